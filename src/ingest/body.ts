// The labelled blocks under a headline → byline, captions, boxes, section labels,
// subheadings and paragraphs, with the pieces of a paragraph cut at column feet joined
// again. The roles come from the page reading; this turns them into text.
import { ROLE_AT_START } from '#src/content/newsroom.ts';
import { boxTitle, bracketLabel, briefItemParts, isByline, jumpIn, jumpOut } from './shapes.ts';
import { bylineFromDateline, cmsCredits, trailingByline } from './byline.ts';
import { charLength, cleanBodyText, cleanCaptionText, endsSentence } from './text.ts';
import type { BodyBlock, LabelledBlock, ReviewNote, Source } from './types.ts';

export interface ParsedBody {
  byline?: string;
  captions: string[];
  body: BodyBlock[];
  continuedOn?: number;
  continuedFrom?: number;
  /** Where the jump lines were, for errors about them. */
  jumps: Source[];
}

/** A short line the reading joined with the next block: worth a look, as it could be a heading. */
const SHORT_LINE = 20;
/** A trailing `（某某）` credits a short item only. */
const SHORT_ITEM_PARAGRAPHS = 4;

const src = (b: Source): Source => ({ line: b.line, block: b.block });
const note = (b: Source, message: string): ReviewNote => ({ line: b.line, block: b.block, message });

/** `（本报记者 某某、某某）`, `（某某）`, `本报记者 某某` alone after the text → the byline in CMS form; undefined for other notes. */
function closingCredit(text: string): string | undefined {
  const trailing = trailingByline(text);
  if (trailing !== undefined && /^[（(]/u.test(text.trim())) return trailing;
  const inner = text.trim().replace(/^[（(]\s*(.*?)\s*[）)]$/u, '$1');
  return isByline(inner) || ROLE_AT_START.test(inner) && !/[，。；！？]/u.test(inner) ? cmsCredits(inner) : undefined;
}

/** Join two pieces of one paragraph; a space only between two Latin letters. */
function joinPieces(a: string, b: string): string {
  return /[A-Za-z]$/u.test(a) && /^[A-Za-z]/u.test(b) ? `${a} ${b}` : `${a}${b}`;
}

/** Strip jump marks, recording the pages; returns the text that is left. */
function stripJumps(b: LabelledBlock, out: ParsedBody): string {
  let text = b.text;
  const from = jumpIn(text);
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
  return text;
}

export interface BodyOptions {
  /** The article is a news-in-brief collection (`简讯`): an item printed title-first on one line is split into its subheading and its text. */
  brief?: boolean;
}

export function parseBody(blocks: readonly LabelledBlock[], review: ReviewNote[], options: BodyOptions = {}): ParsedBody {
  const out: ParsedBody = { captions: [], body: [], jumps: [] };
  const bylines: string[] = [];
  let open: { text: string; source: Source; joined?: true } | undefined;
  let box: { title: string; paragraphs: string[]; source: Source } | undefined;
  let photoNoted = false;
  let lastCaptionHasCredit = true;

  const closeParagraph = (): void => {
    if (open) out.body.push({ type: 'paragraph', text: cleanBodyText(open.text), source: open.source });
    open = undefined;
  };
  const closeBox = (): void => {
    if (box) out.body.push({ type: 'aside', ...box });
    box = undefined;
  };
  const close = (): void => {
    closeParagraph();
    closeBox();
  };

  for (const b of blocks) {
    const text = stripJumps(b, out);
    if (text === '') continue;
    switch (b.role) {
      case 'byline':
        close();
        // A credit printed alone after the text, `（记者 王某）`, loses its brackets.
        bylines.push(trailingByline(text) ?? cmsCredits(text.replace(/^[（(]\s*(.*?)\s*[）)]$/u, '$1')));
        break;
      case 'caption':
      case 'credit': {
        closeParagraph();
        const caption = cleanCaptionText(text);
        // A credit line closes the caption above it: `图为…… 新华社记者 李某摄`.
        if (b.role === 'credit' && out.captions.length > 0 && !lastCaptionHasCredit) {
          out.captions[out.captions.length - 1] = `${out.captions.at(-1)} ${caption}`;
          lastCaptionHasCredit = true;
        } else {
          out.captions.push(caption);
          lastCaptionHasCredit = b.role === 'credit' || /摄$/u.test(caption);
        }
        if (!photoNoted && b.role === 'caption') review.push(note(b, 'read as a photo caption'));
        photoNoted = true;
        break;
      }
      case 'boxTitle':
        close();
        box = { title: boxTitle(text) ?? bracketLabel(text) ?? cleanBodyText(text), paragraphs: [], source: src(b) };
        break;
      case 'boxItem':
        closeParagraph();
        if (box) box.paragraphs.push(cleanBodyText(text));
        else out.body.push({ type: 'paragraph', text: cleanBodyText(text), source: src(b) });
        break;
      case 'section': {
        close();
        const label = bracketLabel(text);
        out.body.push({ type: 'section', text: label !== undefined ? `【${label}】` : cleanBodyText(text), source: src(b) });
        break;
      }
      case 'subheading':
      case 'briefItem':
        close();
        // A heading in 【】 is a section label, whichever of the two the page model called it.
        if (b.role === 'subheading' && bracketLabel(text) !== undefined) {
          out.body.push({ type: 'section', text: `【${bracketLabel(text)}】`, source: src(b) });
          break;
        }
        // The mirror of the join below: a short line kept apart could be the first piece of a cut paragraph.
        if (b.role === 'subheading' && charLength(text) <= SHORT_LINE && !endsSentence(text)) {
          review.push(note(b, 'short line without end punctuation read as a subheading; if it is the start of a paragraph cut at a column foot, join it with the next block'));
        }
        out.body.push({ type: 'subheading', text: cleanBodyText(text), source: src(b) });
        break;
      case 'cont':
      case 'briefCont':
        closeBox();
        if (open) {
          if (!open.joined && charLength(open.text) <= SHORT_LINE) review.push(note(open.source, 'short line without end punctuation joined with the next block'));
          open.joined = true;
          open.text = joinPieces(open.text, text);
          break;
        }
        open = { text, source: src(b) };
        break;
      case 'closing': {
        // A credit closing the text (`（本报记者 某某）`, `（某某）`) is the byline; any other closing note (`（完）`) is text.
        const credit = closingCredit(text);
        if (credit !== undefined) {
          close();
          bylines.push(credit);
          break;
        }
        close();
        open = { text, source: src(b) };
        break;
      }
      case 'para':
      case 'briefPara':
      case 'verse':
      case 'qa':
      case 'summary': {
        close();
        const item = options.brief ? briefItemParts(text) : undefined;
        if (item) {
          out.body.push({ type: 'subheading', text: cleanBodyText(item.title), source: src(b) });
          open = { text: item.text, source: src(b) };
          break;
        }
        open = { text, source: src(b) };
        break;
      }
      case 'jumpOut':
      case 'jumpIn':
        // A jump line alone: stripJumps has read it; any text left is kept as a paragraph.
        close();
        open = { text, source: src(b) };
        break;
      case 'banner':
      case 'editor':
      case 'column':
      case 'kicker':
      case 'title':
      case 'titleMore':
      case 'subtitle':
      case 'series':
      case 'briefTitle':
        throw new Error(`parseBody: a ${b.role} block (line ${b.line}) in an article body`);
      default: {
        const unknown: never = b.role;
        throw new Error(`parseBody: unhandled role ${String(unknown)}`);
      }
    }
  }
  close();

  if (bylines.length > 0) out.byline = bylines.join(' ');
  const paragraphs = out.body.filter((x) => x.type === 'paragraph');
  const first = paragraphs[0];
  const fromDateline = first && bylineFromDateline(first.text);
  if (!out.byline && first && fromDateline) {
    out.byline = fromDateline;
    review.push(note(first.source, `byline "${fromDateline}" taken from the dateline`));
  }
  const last = paragraphs.at(-1);
  // A brief collection's items carry their own credits: none of them is the article's byline.
  const isBrief = options.brief === true || blocks.some((b) => b.role === 'briefPara');
  const fromEnd = last && !isBrief && paragraphs.length <= SHORT_ITEM_PARAGRAPHS ? trailingByline(last.text) : undefined;
  if (!out.byline && last && fromEnd) {
    out.byline = fromEnd;
    review.push(note(last.source, `byline "${fromEnd}" taken from the credit closing the item`));
  }
  return out;
}
