// A labelled headline group → 栏目 / 引题 / 主题 / 副题. The page reading has given each
// line its role; what is left here is the text: the `——` marks, and a block that holds
// the 引题 and the 主题 on one line (extraction puts a space between printed lines).
import { readKicker } from './kicker.ts';
import { MODEL } from './model.ts';
import { subtitleText } from './shapes.ts';
import { cleanHeadlineText } from './text.ts';
import type { Headline, LabelledBlock, ReviewNote } from './types.ts';

const note = (b: LabelledBlock, message: string): ReviewNote => ({ line: b.line, block: b.block, message });

/** When the runner-up reading of a one-block headline scores this much (0–1), it is listed for review. */
export const KICKER_CLOSE = 0.15;

/** Split a block into kicker + title when its first printed lines are an 引题 (kicker.ts decides where). */
function splitKicker(block: LabelledBlock, review: ReviewNote[], weights: Readonly<Record<string, number>>, pairs?: () => ReadonlySet<string>): { kicker?: string; title: string } {
  const text = cleanHeadlineText(block.text);
  const read = readKicker(text, weights, pairs);
  if (read.kicker !== undefined) {
    review.push(note(block, `first part of the headline read as the 引题 (kicker): "${read.kicker}"`));
    return { kicker: read.kicker, title: read.title };
  }
  const other = read.other;
  if (other?.kicker !== undefined && other.score >= KICKER_CLOSE) {
    review.push(note(block, `read as one two-line 主题 (score ${read.score.toFixed(2)}); if "${other.kicker}" is an 引题 (score ${other.score.toFixed(2)}), move it to \`kicker\``));
  }
  return { title: read.title };
}

const kickerText = (text: string): string => cleanHeadlineText(text).replace(/\s*(?:——|—|--)$/u, '');
const subtitleOf = (text: string): string => cleanHeadlineText(subtitleText(text) ?? text);
/** The 栏目 is the label (`column: 民生`, src/content/article.ts): `■`, `●` marks and enclosing `【】` `《》` `〖〗` go. */
const columnText = (text: string): string => cleanHeadlineText(text.replace(/^[■●◆▲]\s*/u, '').replace(/^[【《〖]\s*(.+?)\s*[】》〗]$/u, '$1'));

export interface HeadlineResult extends Headline {
  /** False when no line was read as the 主题 and the title is the best candidate. */
  found: boolean;
}

/**
 * `fallback` gives the best candidate for the 主题 when the group has none; `kickerWeights`
 * are the kicker splitter's; `pairs` gives the page's pairs of characters (kicker.ts hanPairs).
 */
export function parseHeadline(
  head: readonly LabelledBlock[],
  review: ReviewNote[],
  fallback?: () => string | undefined,
  kickerWeights: Readonly<Record<string, number>> = MODEL.kicker,
  pairs?: () => ReadonlySet<string>,
): HeadlineResult {
  const columns: string[] = [];
  const kickers: string[] = [];
  const titles: string[] = [];
  const subtitles: string[] = [];
  for (const b of head) {
    switch (b.role) {
      case 'column':
      case 'series':
        columns.push(columnText(b.text));
        break;
      case 'kicker':
        kickers.push(kickerText(b.text));
        break;
      case 'title':
      case 'briefTitle': {
        // A 主题 never opens with ——: a line that does is a 副题 whose 主题 was not printed
        // (or not extracted), and the article is written as a draft for an editor to see.
        if (titles.length === 0 && subtitleText(b.text) !== undefined) {
          subtitles.push(subtitleOf(b.text));
          break;
        }
        if (titles.length === 0 && kickers.length === 0) {
          const split = splitKicker(b, review, kickerWeights, pairs);
          if (split.kicker !== undefined) kickers.push(split.kicker);
          titles.push(split.title);
        } else titles.push(cleanHeadlineText(b.text));
        break;
      }
      case 'titleMore':
        titles.push(cleanHeadlineText(b.text));
        break;
      case 'subtitle':
        subtitles.push(subtitleOf(b.text));
        break;
      default:
        // Only head roles reach a headline group (reading.ts); a body role here is a bug there.
        throw new Error(`parseHeadline: a ${b.role} block (line ${b.line}) in a headline group`);
    }
  }
  let found = titles.length > 0;
  let title = titles.join(' ');
  if (!found) {
    // No 主题: the best candidate, so that the page is still written (as a draft).
    const candidate = fallback?.() ?? subtitles.shift() ?? kickers.pop() ?? columns.pop();
    title = candidate ?? '';
    found = false;
  }
  const result: HeadlineResult = { title, found };
  if (columns.length > 0) result.column = columns.join(' ');
  if (kickers.length > 0) result.kicker = kickers.join(' ');
  if (subtitles.length > 0) result.subtitle = subtitles.join(' ');
  return result;
}
