// Text → blocks: one block per non-empty line, with both of its line numbers.
import type { Block } from './types.ts';

/**
 * NFC, every line ending to `\n`, ideographic/no-break spaces and tabs to plain
 * spaces (extraction uses U+3000 for first-line indents), each line trimmed.
 */
export function normalizeLine(line: string): string {
  return line
    .normalize('NFC')
    .replace(/[\u3000\u00a0\u2002-\u200a\u202f\u205f\t\f\v]/gu, ' ')
    .replace(/[\u200b\ufeff]/gu, '')
    .trim();
}

export function toBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  text.split(/\r\n|\r|\n/u).forEach((raw, i) => {
    const line = normalizeLine(raw);
    if (line) blocks.push({ text: line, line: i + 1, block: blocks.length + 1 });
  });
  return blocks;
}
