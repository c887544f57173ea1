// The short lead under a headline (edition and page views) and the page
// description: the first sentences of the first paragraph, without the wire
// slug 本报讯（记者 …） that opens many Chinese news reports.

import { bodyParagraphs } from './body-text.ts';

/** `本报讯（记者 葛高蓉）4月1日…` → `4月1日…`. */
export function stripDateline(paragraph: string): string {
  return paragraph.replace(/^本报(?:讯|记者)(?:（[^）]*）|\([^)]*\))?\s*/, '');
}

/**
 * Whole sentences from the start of `text` while they fit in `max` characters;
 * a first sentence longer than that is cut and ends with `…`.
 */
export function firstSentences(text: string, max: number): string {
  const sentences = text.match(/[^。！？!?]+(?:[。！？!?]+[”’」』）)]*)?/g) ?? [];
  let out = '';
  for (const s of sentences) {
    if ((out + s).length > max) break;
    out += s;
  }
  if (out !== '') return out.trim();
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

/** The lead of an article body, about `max` characters; empty for a body without prose. */
export function articleLead(body: string | undefined, max = 90): string {
  const first = bodyParagraphs(body ?? '')[0];
  return first ? firstSentences(stripDateline(first), max) : '';
}
