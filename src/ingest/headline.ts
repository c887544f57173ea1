// A headline group → 栏目 / 引题 / 主题 / 副题. In the extracted text a space separates
// the printed lines of one headline block, and the 引题 may share a block with the 主题.
import { isBorderlineKicker, isColumnShaped, isKickerOf, isSpeechKicker, subtitleText } from './shapes.ts';
import { charLength, cleanHeadlineText } from './text.ts';

/** A series label such as `循迹溯源` is a few characters; a 主题 is longer. */
const MAX_LABEL_CHARS = 6;
import type { Block, Headline, ReviewNote } from './types.ts';
import { IngestError } from './types.ts';

const note = (b: Block, message: string): ReviewNote => ({ line: b.line, block: b.block, message });

/** Split a block into kicker + title when its first printed line is an 引题. */
function splitKicker(block: Block, review: ReviewNote[]): { kicker?: string; title: string } {
  const text = cleanHeadlineText(block.text);
  const [first, ...rest] = text.split(' ');
  if (first === undefined || rest.length === 0) return { title: text };
  if (isKickerOf(first, rest)) {
    review.push(note(block, `first part of the headline read as the 引题 (kicker): "${first}"`));
    return { kicker: first, title: rest.join(' ') };
  }
  if (isBorderlineKicker(first, rest)) {
    review.push(note(block, `read as one two-line 主题; if "${first}" is an 引题, move it to \`kicker\``));
  }
  return { title: text };
}

export function parseHeadline(head: Block[], review: ReviewNote[]): Headline {
  const subtitles = head.filter((b) => subtitleText(b.text) !== undefined);
  const lines = head.filter((b) => subtitleText(b.text) === undefined);
  const firstSubtitle = subtitles[0];
  // With a 副题, the 主题 is the line right above it; without, the first line that is
  // not a 栏目 label.
  let titleIndex = firstSubtitle
    ? lines.findLastIndex((b) => b.block < firstSubtitle.block && !isColumnShaped(b.text))
    : lines.findIndex((b) => !isColumnShaped(b.text));
  // An 引题 printed as a block of its own above the 主题 block (`……时指出` / 主题). A
  // very short block under the title is a series label instead (`循迹溯源`).
  const candidate = lines[titleIndex];
  const next = lines[titleIndex + 1];
  if (!firstSubtitle && candidate && next && !candidate.text.includes(' ') && !isColumnShaped(next.text)) {
    const first = cleanHeadlineText(candidate.text);
    if (isSpeechKicker(first) || charLength(next.text) > MAX_LABEL_CHARS) {
      review.push(note(candidate, 'line read as the 引题 (kicker) of the headline below it'));
      titleIndex++;
    }
  }
  const titleBlock = lines[titleIndex];
  if (!titleBlock) {
    const at = head[0];
    throw new IngestError(
      'a headline group has no 主题 (title): only a 栏目 label or a 副题 was found above the byline; add the title line or fix the label',
      at ? { line: at.line, block: at.block } : undefined,
    );
  }
  const result: Headline = { title: '' };
  const labels: string[] = [];
  let kicker: string | undefined;
  lines.slice(0, titleIndex).forEach((b) => {
    const text = cleanHeadlineText(b.text);
    if (isColumnShaped(text)) labels.push(text);
    else if (kicker === undefined) kicker = text;
    else labels.push(text);
  });
  const split = kicker === undefined ? splitKicker(titleBlock, review) : { title: cleanHeadlineText(titleBlock.text) };
  result.title = split.title;
  kicker ??= split.kicker;
  // Lines printed after the 主题 (not `——`) are series labels such as `循迹溯源 …`.
  for (const b of lines.slice(titleIndex + 1)) {
    labels.push(cleanHeadlineText(b.text));
    review.push(note(b, 'line under the headline read as a series label (栏目); move it to `subtitle` if it is a 副题'));
  }
  const subtitle = subtitles.map((b) => cleanHeadlineText(subtitleText(b.text) ?? '')).join(' ');
  if (labels.length > 0) result.column = labels.join(' ');
  if (kicker !== undefined) result.kicker = kicker;
  if (subtitle) result.subtitle = subtitle;
  return result;
}
