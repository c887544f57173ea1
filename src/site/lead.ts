// The short lead under a headline (edition and page views) and the page
// description: the first sentences of the first paragraph, without the dateline
// (本报讯（记者 …）, 新华社北京4月1日电) that opens many Chinese news reports.
import { stripDateline } from '#src/content/newsroom.ts';
import { bodyParagraphs, type BodySource } from './body-text.ts';

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
export function articleLead(entry: BodySource, max = 90): string {
  const first = bodyParagraphs(entry)[0];
  return first ? firstSentences(stripDateline(first), max) : '';
}
