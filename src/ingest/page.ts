// The ingest pipeline for one page: bytes → decoded text → blocks → segments →
// parsed articles → validated frontmatter + a Markdown or MDX body. Pure: no file system here.
import { ArticleSchema, type ArticleInput } from '#src/content/article.ts';
import { UNTITLED_PHOTO_TITLE, articleFileName } from '#src/content/defaults.ts';
import { parseBody } from './body.ts';
import { toBlocks } from './blocks.ts';
import { decode } from './decode.ts';
import { parseHeadline } from './headline.ts';
import { hanPairs } from './kicker.ts';
import { MODEL } from './model.ts';
import { splitPageHeaders, type PageHeader } from './page-header.ts';
import { readPage, type PageReading } from './reading.ts';
import { briefTitle, editorCredits, jumpIn, jumpOut, subtitleText } from './shapes.ts';
import { charLength, cleanHeadlineText } from './text.ts';
import { articleFile, articleFormat } from './to-markdown.ts';
import type { KnownArticle, ParsedArticle, ReviewNote, Segment, Source } from './types.ts';
import { IngestError } from './types.ts';

export interface PageInput {
  bytes: Uint8Array;
  date: string;
  page: number;
  /**
   * Articles already in the edition, so a `（上接第1版）` part can borrow its title.
   * A function: reading the edition folder is needed only for such a part.
   */
  known?: () => readonly KnownArticle[];
}

export interface IngestedArticle {
  /** `01-03.md`, or `01-03.mdx` for an article with a box (see articleFormat) */
  fileName: string;
  data: ArticleInput;
  content: string;
  parsed: ParsedArticle;
  /** Where its jump lines are (`on`: 下转, `from`: 上接), so a whole-edition run can say where a jump's other half is missing. */
  jumpLines: { on?: Source; from?: Source };
}

export interface IngestedPage {
  encoding: string;
  banner?: string;
  /** The page's credits as printed (`责任编辑：王某`): page data for edition.yaml. */
  credits?: string[];
  /** What the page's 版头 line gives (`… 第2版 综合`): its 版名 is the page's name unless an editor set one. */
  header?: PageHeader;
  articles: IngestedArticle[];
  /** Close calls of the page model (with `gap`) and notes on other decisions. */
  review: ReviewNote[];
}

const note = (b: Source, message: string): ReviewNote => ({ line: b.line, block: b.block, message });

/** The best 主题 for a part whose head has none: the block the model finds most title-like. */
function bestTitle(segment: Segment, reading: PageReading): string | undefined {
  let best: { text: string; score: number } | undefined;
  for (const b of [...segment.head, ...segment.body].slice(0, 8)) {
    const score = reading.score(reading.indexOf(b), 'title');
    if (!best || score > best.score) best = { text: b.text, score };
  }
  if (!best) return undefined;
  // A paragraph as a title: its first clause, as an editor would shorten it.
  const clause = cleanHeadlineText(subtitleText(best.text) ?? best.text).split(/[，。！？；：]/u)[0] ?? '';
  return charLength(clause) > 30 ? `${Array.from(clause).slice(0, 30).join('')}…` : clause;
}

function parseSegment(segment: Segment, input: PageInput, reading: PageReading, review: ReviewNote[], pairs: () => ReadonlySet<string>): ParsedArticle {
  const start = segment.head[0] ?? segment.body[0]!;
  const source = { line: start.line, block: start.block };
  // A news-in-brief collection: opened by its title (`简讯`), whichever role the model gave that line.
  const brief = segment.head.some((b) => b.role === 'briefTitle' || (b.role === 'title' && briefTitle(b.text) !== undefined));
  const body = parseBody(segment.body, review, { brief });
  for (const page of [body.continuedOn, body.continuedFrom]) {
    if (page === input.page) {
      // A jump to the page itself is a misprint or a wrong --page: keep the text, drop the link.
      review.push(note(body.jumps[0] ?? source, `the jump line points to page ${page}, the page being ingested (--page ${input.page}); check --page or the jump line`));
      if (body.continuedOn === page) delete body.continuedOn;
      if (body.continuedFrom === page) delete body.continuedFrom;
    }
  }
  const { byline, captions, continuedOn, continuedFrom } = body;
  const rest = { ...(byline ? { byline } : {}), captions, body: body.body, ...(continuedOn ? { continuedOn } : {}), ...(continuedFrom ? { continuedFrom } : {}) };
  if (segment.head.length > 0) {
    const head = parseHeadline(segment.head, review, () => bestTitle(segment, reading), MODEL.kicker, pairs);
    const { found, ...headline } = head;
    if (found && headline.title) return { ...headline, ...rest, source };
    review.push(note(source, `no 主题 found for this article: "${headline.title}" is the best candidate; written with draft: true, check the headline and remove \`draft\``));
    return { ...headline, title: headline.title || '（无题）', ...rest, draft: true, source };
  }
  // A continued part printed without its headline: borrow the title of the part it continues.
  const from = continuedFrom;
  const origin = from === undefined ? undefined : input.known?.().find((a) => a.page === from && a.continuedOn === input.page);
  if (origin) {
    review.push(note(source, `continued part without a headline: title taken from page ${from}, article ${origin.order}`));
    return { title: origin.title, ...rest, source };
  }
  // Photos without a headline: the paper's title for a picture item.
  if (body.body.length === 0 && captions.length > 0) {
    review.push(note(source, `photos without a headline: titled "${UNTITLED_PHOTO_TITLE}" as the paper does; check it`));
    return { title: UNTITLED_PHOTO_TITLE, ...rest, source };
  }
  const title = bestTitle(segment, reading) ?? '（无题）';
  review.push(
    note(
      source,
      from === undefined
        ? `text with no headline above it: written as an article titled "${title}" with draft: true; give it its headline, or move the text to the article it belongs to`
        : `（上接第${from}版） has no headline, and no article on page ${from} of ${input.date} says 下转第${input.page}版: titled "${title}" with draft: true; ingest page ${from} in the same run, or add the headline`,
    ),
  );
  return { title, ...rest, draft: true, source };
}

function toFrontmatter(a: ParsedArticle, input: PageInput, order: number): ArticleInput {
  return {
    column: a.column,
    kicker: a.kicker,
    title: a.title,
    subtitle: a.subtitle,
    byline: a.byline,
    date: input.date,
    page: input.page,
    order,
    photos: a.captions.length > 0 ? a.captions.map((caption) => ({ caption })) : undefined,
    continuedFrom: a.continuedFrom,
    continuedOn: a.continuedOn,
    draft: a.draft,
  };
}

/** The last block that holds each jump the article kept (as parseBody reads them, the last one wins). */
function jumpLinesOf(segment: Segment, parsed: ParsedArticle): IngestedArticle['jumpLines'] {
  const at = (b: Source | undefined) => (b ? { line: b.line, block: b.block } : undefined);
  const on = parsed.continuedOn === undefined ? undefined : at(segment.body.findLast((b) => jumpOut(jumpIn(b.text)?.rest ?? b.text)?.page === parsed.continuedOn));
  const from = parsed.continuedFrom === undefined ? undefined : at(segment.body.findLast((b) => jumpIn(b.text)?.page === parsed.continuedFrom));
  return { ...(on ? { on } : {}), ...(from ? { from } : {}) };
}

/** What the 版头 line was read as, and where it disagrees with the command line. */
function headerNotes(b: Source, header: PageHeader, input: PageInput): ReviewNote[] {
  const notes = [note(b, `read as the page header (版头), not part of an article${header.name ? `: page name "${header.name}"` : ''}`)];
  if (header.page !== undefined && header.page !== input.page) {
    notes.push(note(b, `the page header says page ${header.page}, but the page is ingested as page ${input.page}; check --page (or the file name)`));
  }
  if (header.date !== undefined && header.date !== input.date) {
    notes.push(note(b, `the page header is dated ${header.date}, but the page is ingested into the edition of ${input.date}; check --date`));
  }
  return notes;
}

/** Only what is not a page at all is refused (decode.ts): empty, binary, undecodable. */
export function ingestPage(input: PageInput): IngestedPage {
  const { text, encoding } = decode(input.bytes);
  const blocks = toBlocks(text);
  if (blocks.length === 0) throw new IngestError('the file holds only blank lines; expected the text of a newspaper page', { line: 1 });
  const { headers, rest } = splitPageHeaders(blocks);
  const reading = readPage(rest);
  // The page's pairs of characters, for the kicker splitter (a wrap inside a word is no 引题's end): made when first asked for.
  let pagePairs: Set<string> | undefined;
  const pairs = (): Set<string> => (pagePairs ??= hanPairs(rest.map((b) => b.text)));
  const review: ReviewNote[] = [...reading.review, ...headers.flatMap(({ block, header }) => headerNotes(block, header, input))];
  const articles = reading.segments.map((segment, i): IngestedArticle => {
    const parsed = parseSegment(segment, input, reading, review, pairs);
    const data = toFrontmatter(parsed, input, i + 1);
    const checked = ArticleSchema.safeParse(data);
    if (!checked.success) {
      const issue = checked.error.issues[0];
      throw new Error(`[ingest] bug: the article at line ${parsed.source.line} would not be valid (${issue?.path.join('.') || 'frontmatter'}: ${issue?.message}); please report it with the page`);
    }
    const format = articleFormat(parsed.body);
    return { fileName: articleFileName(input.page, i + 1, format), data, content: articleFile(data, parsed.body, format), parsed, jumpLines: jumpLinesOf(segment, parsed) };
  });
  for (const b of reading.banner) review.push(note(b, 'read as the page banner (通栏标语), not part of an article'));
  const credits = reading.editors.flatMap((b) => editorCredits(b.text) ?? [cleanHeadlineText(b.text)]);
  review.sort((a, b) => a.line - b.line);
  const banner = reading.banner.map((b) => cleanHeadlineText(b.text)).join(' ');
  const header = headers.reduce<PageHeader>((all, h) => ({ ...h.header, ...all }), {});
  return { encoding, ...(banner ? { banner } : {}), ...(credits.length > 0 ? { credits } : {}), ...(headers.length > 0 ? { header } : {}), articles, review };
}
