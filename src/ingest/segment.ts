// Blocks → page banner + one segment per article. An article starts at a headline
// group: the headline-shaped blocks just above an anchor, which is a byline (`□记者 …`),
// a dateline paragraph (`本报讯 …`) or a continuation mark (`（上接第1版）`).
import {
  bracketLabel,
  bylineText,
  hasDateline,
  isByline,
  isHeadlineShaped,
  jumpIn,
  subtitleText,
} from './shapes.ts';
import type { Block, ReviewNote, Segment } from './types.ts';
import { IngestError } from './types.ts';

/** Column, kicker, title, subtitle, series label, plus a banner at the page top. */
const MAX_GROUP = 6;

type Anchor = { index: number; kind: 'byline' | 'dateline' | 'continuation' };

export interface SegmentedPage {
  banner?: Block;
  segments: Segment[];
  review: ReviewNote[];
}

function anchorAt(blocks: Block[], i: number): Anchor['kind'] | undefined {
  const text = blocks[i]?.text ?? '';
  if (isByline(text)) return 'byline';
  if (jumpIn(text)) return 'continuation';
  if (hasDateline(text)) return 'dateline';
  return undefined;
}

interface Group {
  start: number;
  anchor: Anchor;
}

/**
 * Walk up from an anchor over headline-shaped blocks. Where the walk runs into a
 * box label or a photo byline, the short lines above may be box items or captions
 * of the previous article: keep only the last headline line and say so.
 */
function groupAbove(blocks: Block[], anchor: Anchor, floor: number, review: ReviewNote[]): number {
  let start = anchor.index;
  while (start - 1 >= floor && anchor.index - (start - 1) <= MAX_GROUP) {
    const text = blocks[start - 1]!.text;
    if (!isHeadlineShaped(text) && subtitleText(text) === undefined) break;
    if (bracketLabel(text) !== undefined) break;
    start--;
  }
  const above = blocks[start - 1];
  const walked = anchor.index - start;
  // A dateline under a byline or a box is the body of the article already open.
  if (anchor.kind === 'dateline' && above !== undefined && (isByline(above.text) || bracketLabel(above.text) !== undefined)) {
    return anchor.index;
  }
  const stoppedAtHeadMatter =
    above !== undefined && (bracketLabel(above.text) !== undefined || (isByline(above.text) && /摄/u.test(above.text)));
  if (!stoppedAtHeadMatter || walked <= 1) return start;
  // Keep the last non-subtitle line (the title) and any subtitle under it.
  let title = anchor.index - 1;
  while (title > start && subtitleText(blocks[title]!.text) !== undefined) title--;
  const first = blocks[start]!;
  review.push({
    line: first.line,
    block: first.block,
    message: `lines ${first.line}–${blocks[title - 1]?.line ?? first.line} read as the end of the previous article (box items or captions); the headline starts at line ${blocks[title]!.line}`,
  });
  return title;
}

function findGroups(blocks: Block[], review: ReviewNote[]): Group[] {
  const groups: Group[] = [];
  let floor = 0;
  for (let i = 0; i < blocks.length; i++) {
    const kind = anchorAt(blocks, i);
    if (!kind) continue;
    const anchor: Anchor = { index: i, kind };
    const start = groupAbove(blocks, anchor, floor, review);
    // A dateline right under a byline, or a byline with nothing above it, is part of
    // the article already open; a continuation mark always opens one.
    if (start < i || kind === 'continuation') {
      groups.push({ start, anchor });
    }
    floor = i + 1;
  }
  return groups;
}

/** Slogans are several short phrases: `重实干 务实功 拼实绩 …`. */
const isSlogan = (text: string): boolean => text.split(' ').length >= 3;

function takeBanner(head: Block[], review: ReviewNote[]): Block | undefined {
  const lines = head.filter((b) => subtitleText(b.text) === undefined);
  const first = head[0];
  if (!first || lines.length < 2) return undefined;
  if (lines.length >= 3 || isSlogan(first.text)) {
    review.push({ line: first.line, block: first.block, message: 'first line read as the page banner (通栏标语), not part of an article' });
    head.shift();
    return first;
  }
  return undefined;
}

export function segmentPage(blocks: Block[]): SegmentedPage {
  const review: ReviewNote[] = [];
  const groups = findGroups(blocks, review);
  if (groups.length === 0) {
    throw new IngestError(
      `no article found in ${blocks.length} lines: an article starts with a headline followed by a byline (□记者 …) or a dateline (本报讯 …); check that this is a page's text`,
      { line: blocks[0]?.line ?? 1, block: 1 },
    );
  }
  const segments: Segment[] = groups.map((g, k) => {
    const end = groups[k + 1]?.start ?? blocks.length;
    const head = blocks.slice(g.start, g.anchor.index);
    const isBylineAnchor = g.anchor.kind === 'byline';
    const byline = isBylineAnchor ? blocks[g.anchor.index] : undefined;
    const rest = blocks.slice(isBylineAnchor ? g.anchor.index + 1 : g.anchor.index, end);
    return { head, ...(byline ? { byline: { ...byline, text: bylineText(byline.text) } } : {}), rest };
  });

  const firstStart = groups[0]!.start;
  let banner: Block | undefined;
  if (firstStart === 0) {
    banner = takeBanner(segments[0]!.head, review);
  } else {
    const preamble = blocks.slice(0, firstStart);
    const only = preamble[0];
    if (preamble.length === 1 && only && isHeadlineShaped(only.text)) {
      banner = only;
      review.push({ line: only.line, block: only.block, message: 'line above the first headline read as the page banner (通栏标语)' });
    } else {
      const at = preamble[0]!;
      throw new IngestError(
        `text before the first headline (${preamble.length} lines) belongs to no article; a page starts with its banner or a headline, or with （上接第N版） for a continued story`,
        { line: at.line, block: at.block },
      );
    }
  }
  return { ...(banner ? { banner } : {}), segments, review };
}
