// How an article is handed to Pagefind. Pagefind's Chinese segmenter makes words of
// several characters and matches query characters only at the start of a word, so
// `心` is never found inside `中心`. Every character is therefore indexed as a word
// of its own (separated by spaces), which makes recall complete by construction;
// the exact check in engine.ts then gives the precision. The stored text must still
// show as it was, so printed spaces and block breaks travel as private-use marks.

/** Stands for a space of the original text. */
const SPACE = '\ue000';
/** Stands for the break between two blocks (paragraph, heading, caption…). */
const BREAK = '\ue001';

export function encodeRecord(blocks: readonly string[]): string {
  return blocks
    .map((block) => Array.from(block.replace(/\s+/gu, ' ').trim()).map((ch) => (ch === ' ' ? SPACE : ch)).join(' '))
    .join(` ${BREAK} `);
}

export function decodeRecord(content: string): string[] {
  return content
    .split(BREAK)
    .map((block) => block.replace(/\s+/gu, '').replaceAll(SPACE, ' ').trim())
    .filter((block) => block.length > 0);
}

/** The words Pagefind gets for a query: its letters and digits, one character each. */
export function pagefindQuery(terms: readonly string[]): string {
  return Array.from(terms.join('').replace(/[\p{P}\p{S}\s]+/gu, '')).join(' ');
}
