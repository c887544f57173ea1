// One page of an edition laid out as extraction from the printed page gives it, with
// the truth for that page. Deterministic: every draw comes from streams keyed by date,
// page and article. The damage is what real extraction does (spec/seed-page.md),
// varied from page to page, and chosen without looking at what any ingest recognises.
//
// Invariants (tests/unit/eval/layout.test.ts): each Han character of the page text,
// jump lines aside, is in the truth; each of the stories' is on the page (for a story
// on two pages, on one of them); a paragraph's pieces join back to the truth's paragraph.
import { storyKey, splitAt, type EditionPlan, type JumpRole } from './edition.ts';
import { COLUMN_WIDTHS, cutOffsets, halfWidth, piecesAt, wrapSpace } from './damage.ts';
import { BYLINE_KINDS, editorLine, inventCredits, jumpInLine, jumpOutLine, needsText, printByline, type BylineKind, type PrintedByline } from './print.ts';
import { random, type Random } from './prng.ts';
import { captionOf, type Photo, type Story } from './story.ts';

export type HeadField = 'column' | 'kicker' | 'title' | 'subtitle';

/** What a block of the page is, in the truth's terms. `article` is the index in PageTruth.articles. */
export type BlockRole =
  | { kind: 'head'; article: number; fields: readonly HeadField[] }
  | { kind: 'byline'; article: number }
  | { kind: 'caption'; article: number; photo: number }
  | { kind: 'body'; article: number; paragraph: number; piece: number }
  | { kind: 'jump'; article: number; direction: 'on' | 'from'; page: number }
  | { kind: 'credits' };

export interface PageBlock {
  /** As printed: damaged, with any jump line glued on. */
  text: string;
  /** What the block holds for the truth: undamaged, without jump lines ('' for a jump line alone). */
  clean: string;
  role: BlockRole;
}

export type TruthByline = { kind: 'absent' } | { kind: 'cms'; text: string } | { kind: 'unsure'; reason: string };

export interface ArticleTruth {
  file: string;
  column?: string;
  kicker?: string;
  title: string;
  /** False for a continued part printed without its headline (the title is then the first part's). */
  titlePrinted: boolean;
  subtitle?: string;
  byline: TruthByline;
  /** Body paragraphs (subheadings included: the e-paper does not tell them apart). */
  paragraphs: string[];
  /** Photo captions, credit included. */
  photos: string[];
  continuedOn?: number;
  continuedFrom?: number;
}

export interface PageTruth {
  date: string;
  page: number;
  articles: ArticleTruth[];
  /** Page credits as page data (`责任编辑：某某`). */
  credits: string[];
}

/** How this page was damaged; drawn once per page, recorded for --dump. */
export interface PageStyle {
  halfWidth: number;
  cutScale: number;
  house: BylineKind;
  addByline: number;
  editor: 'none' | 'head' | 'foot';
  captions: 'after-head' | 'end';
  wrapHead: number;
  brackets: boolean;
  joinKicker: number;
  looseGaps: boolean;
  /** Characters per printed line of a body column: where a column foot may cut a paragraph. */
  columnWidth: number;
}

export interface LaidOutPage {
  date: string;
  page: number;
  files: string[];
  style: PageStyle;
  blocks: PageBlock[];
  text: string;
  truth: PageTruth;
}

function drawStyle(r: Random): PageStyle {
  return {
    halfWidth: r.pick([0, 0, 0.03, 0.15, 0.4]),
    cutScale: r.pick([0.4, 0.8, 1.2]),
    house: r.weighted(BYLINE_KINDS),
    addByline: r.pick([0.5, 0.8, 0.95]),
    editor: r.weighted([['none', 3], ['head', 1], ['foot', 3]] as const),
    captions: r.pick(['after-head', 'end'] as const),
    wrapHead: r.pick([0, 0.2, 0.5]),
    brackets: r.chance(0.5),
    joinKicker: r.pick([0, 0.3, 0.6]),
    looseGaps: r.chance(0.3),
    columnWidth: r.pick(COLUMN_WIDTHS),
  };
}

/** The part of a story this page prints, and its relation to another page. */
interface Part {
  story: Story;
  paragraphs: string[];
  photos: Photo[];
  credits: string[];
  byline: TruthByline;
  /** A byline may be added (the e-paper text gives none, and this part is where print puts one). */
  mayAddByline: boolean;
  /** The e-paper's closing credit, printed on its own line after this part's text (the part that ends the story). */
  closingCredit?: string;
  jump?: JumpRole;
}

function partOf(story: Story, jump: JumpRole | undefined): Part {
  const source = story.byline;
  const kept: TruthByline = source.kind === 'none' ? { kind: 'absent' } : source.kind === 'cms' ? { kind: 'cms', text: source.text } : { kind: 'unsure', reason: source.reason };
  const closing = story.closingCredit !== undefined ? { closingCredit: story.closingCredit } : {};
  const whole = { story, paragraphs: story.paragraphs, photos: story.photos, credits: story.credits, ...closing };
  // A picture item's credit is its photo credit: print adds no byline to it.
  const bare = source.kind === 'none' && story.paragraphs.length > 0;
  if (!jump) return { ...whole, byline: kept, mayAddByline: bare };
  const [first, second] = splitAt(story.paragraphs, jump.cut);
  // A dateline is on the first part; credits closing the text are on the second.
  const here = jump.kind === 'source' ? 'dateline' : 'trailing';
  const byline: TruthByline = source.kind !== 'none' && source.from === here ? kept : { kind: 'absent' };
  const { closingCredit: _, ...opening } = whole;
  return jump.kind === 'source'
    ? { ...opening, paragraphs: first, credits: [], byline, mayAddByline: bare, jump }
    : { ...whole, paragraphs: second, photos: [], byline, mayAddByline: false, jump };
}

function chooseByline(part: Part, style: PageStyle, plan: EditionPlan, r: Random): PrintedByline | undefined {
  if (!part.mayAddByline || !r.chance(style.addByline)) return undefined;
  let kind = r.chance(0.7) ? style.house : r.weighted(BYLINE_KINDS);
  const text = part.paragraphs.join('');
  if (needsText(kind) && part.paragraphs.length === 0) kind = 'staff';
  // 文/图 credits go with a picture.
  if ((kind === 'wentu' || kind === 'split') && part.photos.length === 0) kind = 'square';
  // Credits closing the text belong to short items, and never to a part continued elsewhere.
  if (kind === 'trailing' && (part.jump || part.paragraphs.length > 4 || Array.from(text).length > 800)) kind = 'square';
  return printByline(kind, plan.names, plan.date, r);
}

interface Draft {
  blocks: PageBlock[];
  truth: ArticleTruth;
}

function headBlocks(part: Part, article: number, style: PageStyle, r: Random): { blocks: PageBlock[]; printed: boolean } {
  const s = part.story;
  const head = (clean: string, fields: HeadField[], wrap = false): PageBlock => ({
    clean,
    text: halfWidth(wrap && !clean.includes(' ') && r.chance(style.wrapHead) ? wrapSpace(clean, r) : clean, style.halfWidth, r),
    role: { kind: 'head', article, fields },
  });
  const titleBlocks = (): PageBlock[] =>
    s.title.includes(' ') && r.chance(0.3) ? s.title.split(' ').map((line) => head(line, ['title'])) : [head(s.title, ['title'], true)];
  if (part.jump?.kind === 'continuation') {
    // Print repeats the 主题 over a continued part, or not.
    return r.chance(0.7) ? { blocks: titleBlocks(), printed: true } : { blocks: [], printed: false };
  }
  const blocks: PageBlock[] = [];
  if (s.column) blocks.push(head(style.brackets ? `【${s.column}】` : s.column, ['column']));
  const kicker = s.kicker === undefined ? undefined : `${s.kicker}${r.chance(s.kickerDash ? 0.85 : 0.1) ? '——' : ''}`;
  if (kicker !== undefined && r.chance(style.joinKicker)) blocks.push(head(`${kicker} ${s.title}`, ['kicker', 'title']));
  else {
    if (kicker !== undefined) blocks.push(head(kicker, ['kicker'], true));
    blocks.push(...titleBlocks());
  }
  if (s.subtitle !== undefined) blocks.push(head(`${r.chance(s.subtitleDash ? 0.8 : 0.4) ? '——' : ''}${s.subtitle}`, ['subtitle'], true));
  return { blocks, printed: true };
}

function captionBlocks(photos: readonly Photo[], article: number, style: PageStyle, r: Random): PageBlock[] {
  return photos.flatMap((photo, i) => {
    const role: BlockRole = { kind: 'caption', article, photo: i };
    const parts = photo.text !== undefined && photo.credit !== undefined && r.chance(0.35) ? [photo.text, photo.credit] : [[photo.text, photo.credit].filter((x) => x !== undefined).join(r.pick([' ', '  ']))];
    return parts.map((clean) => ({ clean, text: halfWidth(clean, style.halfWidth, r), role }));
  });
}

function layoutPart(part: Part, article: number, style: PageStyle, plan: EditionPlan, r: Random): Draft {
  const s = part.story;
  const byline = chooseByline(part, style, plan, r);
  const paragraphs = [...part.paragraphs];
  const last = paragraphs.length - 1;
  if (byline?.place === 'prefix' && last >= 0) paragraphs[0] = `${byline.text}${paragraphs[0]}`;
  // Closing credits are glued to the last paragraph, or printed as a block of their own after it.
  const glued = byline?.place === 'suffix' && last >= 0 && r.chance(0.6);
  if (glued) paragraphs[last] = `${paragraphs[last]}${byline.text}`;

  const { blocks: head, printed } = headBlocks(part, article, style, r);
  const body: PageBlock[] = paragraphs.flatMap((p, paragraph) =>
    piecesAt(p, cutOffsets(Array.from(p).length, style.cutScale, r, style.columnWidth)).map((clean, piece) => ({
      clean,
      text: halfWidth(clean, style.halfWidth, r),
      role: { kind: 'body', article, paragraph, piece } as const,
    })),
  );
  const bylineBlock = (text: string): PageBlock => ({ clean: text, text: halfWidth(text, style.halfWidth, r), role: { kind: 'byline', article } });
  const captions = captionBlocks(part.photos, article, style, r);

  const jump = part.jump;
  if (jump?.kind === 'continuation') {
    const line = halfWidth(jumpInLine(jump.from, r), style.halfWidth, r);
    const where = r.weighted([['before-head', 2], ['after-head', 3], ['glued', 1]] as const);
    const first = body[0];
    if (where === 'glued' && first) body[0] = { ...first, text: `${line}${first.text}` };
    else {
      const block: PageBlock = { clean: '', text: line, role: { kind: 'jump', article, direction: 'from', page: jump.from } };
      if (where === 'before-head') head.unshift(block);
      else head.push(block);
    }
  }
  const blocks: PageBlock[] = [...head];
  if (byline?.place === 'block') blocks.push(bylineBlock(byline.text));
  if (style.captions === 'after-head') blocks.push(...captions);
  blocks.push(...body);
  if (byline?.place === 'suffix' && !glued) blocks.push(bylineBlock(byline.text));
  if (part.closingCredit !== undefined) blocks.push(bylineBlock(part.closingCredit));
  if (style.captions === 'end') blocks.push(...captions);
  if (jump?.kind === 'source') {
    const line = halfWidth(jumpOutLine(jump.to, r), style.halfWidth, r);
    const end = blocks.at(-1);
    if (end?.role.kind === 'body' && r.chance(0.3)) blocks[blocks.length - 1] = { ...end, text: `${end.text}${line}` };
    else blocks.push({ clean: '', text: line, role: { kind: 'jump', article, direction: 'on', page: jump.to } });
  }

  // The 栏目, 引题 and 副题 are printed with the first part only.
  const fullHead = printed && jump?.kind !== 'continuation';
  const truth: ArticleTruth = {
    file: s.file,
    ...(fullHead && s.column !== undefined ? { column: s.column } : {}),
    ...(fullHead && s.kicker !== undefined ? { kicker: s.kicker } : {}),
    title: jump?.kind === 'continuation' ? jump.title : s.title,
    titlePrinted: printed,
    ...(fullHead && s.subtitle !== undefined ? { subtitle: s.subtitle } : {}),
    byline: byline ? { kind: 'cms', text: byline.cms } : part.byline,
    paragraphs,
    photos: part.photos.map(captionOf),
    ...(jump?.kind === 'source' ? { continuedOn: jump.to } : {}),
    ...(jump?.kind === 'continuation' ? { continuedFrom: jump.from } : {}),
  };
  return { blocks, truth };
}

/**
 * Page `page` of the edition, laid out; undefined when the e-paper has nothing printable
 * there. `variant` > 0 lays the same page out again with other draws (style, cuts,
 * bylines): training reads each page in several layouts; the evaluation reads variant 0.
 */
export function layoutPage(plan: EditionPlan, page: number, variant = 0): LaidOutPage | undefined {
  const stories = plan.pages.find((p) => p.page === page)?.stories;
  if (!stories || stories.length === 0) return undefined;
  const key = variant === 0 ? `${plan.date}/${page}` : `${plan.date}/${page}#${variant}`;
  const r = random(key);
  const style = drawStyle(r);
  const parts = stories.map((story) => partOf(story, plan.jumps.get(storyKey(page, story.order))));
  const drafts = parts.map((part, i) => layoutPart(part, i, style, plan, random(`${key}/${part.story.order}`)));

  let credits = parts.flatMap((p) => p.credits);
  if (credits.length === 0 && style.editor !== 'none') credits = inventCredits(r);
  else if (credits.length > 0 && r.chance(0.4)) credits = [...inventCredits(r).slice(0, 1), ...credits];
  const blocks = drafts.flatMap((d) => d.blocks);
  if (credits.length > 0) {
    const clean = editorLine(credits, r);
    const line: PageBlock = { clean, text: halfWidth(clean, style.halfWidth, r), role: { kind: 'credits' } };
    if (style.editor === 'head') blocks.unshift(line);
    else blocks.push(line);
  }
  const gap = (): string => (style.looseGaps && r.chance(0.25) ? r.pick(['\n\n\n', '\n\n\n\n']) : '\n\n');
  const text = `${style.looseGaps ? '\n\n' : ''}${blocks.map((b, i) => (i === 0 ? b.text : `${gap()}${b.text}`)).join('')}\n`;
  return {
    date: plan.date,
    page,
    files: stories.map((s) => s.file),
    style,
    blocks,
    text,
    truth: { date: plan.date, page, articles: drafts.map((d) => d.truth), credits },
  };
}
