// The blocks under a headline → captions, boxes, section labels, subheadings and
// paragraphs, with the paragraphs that extraction cut at column feet joined again.
import {
  MAX_SUBHEADING_CHARS,
  bracketLabel,
  bylineText,
  endsWithFunctionWord,
  hasDateline,
  isByline,
  isHeadlineShaped,
  isPhrase,
  jumpIn,
  jumpOut,
} from './shapes.ts';
import { ROLE_AT_START, splitDateline } from '#src/content/newsroom.ts';
import { charLength, cleanBodyText, cleanCaptionText, endsSentence } from './text.ts';
import type { Block, BodyBlock, ReviewNote, Source } from './types.ts';

export interface ParsedBody {
  byline?: string;
  captions: string[];
  body: BodyBlock[];
  continuedOn?: number;
  continuedFrom?: number;
  /** Where the jump lines were, for errors about them. */
  jumps: Source[];
}

const src = (b: Source): Source => ({ line: b.line, block: b.block });
const note = (b: Source, message: string): ReviewNote => ({ line: b.line, block: b.block, message });

/** Join two pieces of one paragraph; a space only between two Latin letters. */
function joinPieces(a: string, b: string): string {
  return /[A-Za-z]$/u.test(a) && /^[A-Za-z]/u.test(b) ? `${a} ${b}` : `${a}${b}`;
}

/** `本报讯（记者 葛高蓉）` → `记者 葛高蓉`. */
function bylineFromDateline(text: string): string | undefined {
  const d = splitDateline(text);
  const inner = d && /[（(]([^）)]+)[）)]$/u.exec(d.dateline)?.[1];
  if (!inner || !ROLE_AT_START.test(inner)) return undefined;
  return inner.replace(/^本报/u, '').replace(/\s+/gu, ' ').trim();
}

/** Strip jump marks, recording the pages; returns the blocks that still hold text. */
function stripJumps(rest: Block[], out: ParsedBody): Block[] {
  const kept: Block[] = [];
  rest.forEach((b, i) => {
    let text = b.text;
    const from = i === 0 ? jumpIn(text) : undefined;
    if (from) {
      out.continuedFrom = from.page;
      out.jumps.push(src(b));
      text = from.rest;
    }
    const on = jumpOut(text);
    if (on) {
      out.continuedOn = on.page;
      out.jumps.push(src(b));
      text = on.rest;
    }
    if (text) kept.push({ ...b, text });
  });
  return kept;
}

/** Captions: under a photo byline (`…/摄`, `… 摄`), the short lines before the text. */
function takeCaptions(blocks: Block[], byline: string | undefined, review: ReviewNote[]): string[] {
  if (!byline || !/摄/u.test(byline)) return [];
  const photoOnly = !/文/u.test(byline);
  let n = 0;
  while (n < blocks.length) {
    const text = blocks[n]!.text;
    if (bracketLabel(text) !== undefined) break;
    if (!photoOnly && !isHeadlineShaped(text)) break;
    n++;
  }
  const taken = blocks.splice(0, n);
  const first = taken[0];
  if (first) {
    review.push(note(first, `${taken.length} line(s) under the photo byline read as photo captions${photoOnly ? ' (a photo-only item)' : ''}`));
  }
  return taken.map((b) => cleanCaptionText(b.text));
}

export function parseBody(rest: Block[], printedByline: string | undefined, review: ReviewNote[]): ParsedBody {
  const out: ParsedBody = { captions: [], body: [], jumps: [] };
  if (printedByline) out.byline = printedByline;
  const blocks = stripJumps(rest, out);
  out.captions = takeCaptions(blocks, printedByline, review);
  const isNewsItem = blocks.some((b) => hasDateline(b.text));
  let open: { text: string; source: Source; joined?: true } | undefined;

  const close = (): void => {
    if (open) out.body.push({ type: 'paragraph', text: cleanBodyText(open.text), source: open.source });
    open = undefined;
  };
  const isText = (b: Block | undefined): boolean =>
    b !== undefined && bracketLabel(b.text) === undefined && !isByline(b.text);

  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    const label = bracketLabel(b.text);
    if (label !== undefined) {
      close();
      const next = blocks[i + 1];
      if (next && isText(next) && !endsSentence(next.text)) {
        const items: string[] = [];
        while (isText(blocks[i + 1]) && !endsSentence(blocks[i + 1]!.text)) items.push(cleanBodyText(blocks[++i]!.text));
        out.body.push({ type: 'aside', title: label, paragraphs: items, source: src(b) });
        if (blocks[i + 1] && isText(blocks[i + 1])) review.push(note(blocks[i + 1]!, `box 【${label}】 ends above this line (a full sentence)`));
      } else {
        out.body.push({ type: 'section', text: `【${label}】`, source: src(b) });
      }
      continue;
    }
    if (isByline(b.text) && !open) {
      if (!out.byline) {
        out.byline = bylineText(b.text);
        review.push(note(b, 'byline found inside the article body'));
        continue;
      }
    }
    if (open) {
      if (!open.joined && charLength(open.text) <= MAX_SUBHEADING_CHARS) {
        review.push(note(open.source, 'short line without end punctuation joined with the next block'));
      }
      open.joined = true;
      open.text = joinPieces(open.text, b.text);
    } else if (
      charLength(b.text) <= MAX_SUBHEADING_CHARS &&
      !endsSentence(b.text) &&
      isHeadlineShaped(b.text) &&
      isPhrase(b.text) &&
      isText(blocks[i + 1])
    ) {
      if (isNewsItem || endsWithFunctionWord(b.text)) {
        open = { text: b.text, source: src(b) };
        continue; // the note is written when the next block joins it
      }
      out.body.push({ type: 'subheading', text: cleanBodyText(b.text), source: src(b) });
      review.push(note(b, 'short line without end punctuation read as a subheading; if it starts a paragraph cut at a column foot, join it with the next one'));
      continue;
    } else {
      open = { text: b.text, source: src(b) };
    }
    if (endsSentence(open.text)) close();
  }
  close();

  if (!out.byline) {
    const first = out.body.find((x) => x.type === 'paragraph');
    const fromDateline = first && bylineFromDateline(first.text);
    if (first && fromDateline) {
      out.byline = fromDateline;
      review.push(note(first.source, `byline "${fromDateline}" taken from the dateline`));
    }
  }
  return out;
}
