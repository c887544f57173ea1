// The ingest pipeline for one page: bytes → decoded text → blocks → segments →
// parsed articles → validated frontmatter + a Markdown or MDX body. Pure: no file system here.
import { ArticleSchema, type ArticleInput } from '#src/content/article.ts';
import { articleFileName } from '#src/content/defaults.ts';
import { parseBody } from './body.ts';
import { toBlocks } from './blocks.ts';
import { decode } from './decode.ts';
import { parseHeadline } from './headline.ts';
import { segmentPage } from './segment.ts';
import { cleanHeadlineText } from './text.ts';
import { articleFile, articleFormat } from './to-markdown.ts';
import type { KnownArticle, ParsedArticle, ReviewNote, Segment } from './types.ts';
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
}

export interface IngestedPage {
  encoding: string;
  banner?: string;
  articles: IngestedArticle[];
  review: ReviewNote[];
}


function parseSegment(segment: Segment, input: PageInput, review: ReviewNote[]): ParsedArticle {
  const start = segment.head[0] ?? segment.rest[0] ?? segment.byline;
  const source = { line: start?.line ?? 1, block: start?.block ?? 1 };
  const body = parseBody(segment.rest, segment.byline?.text, review);
  for (const page of [body.continuedOn, body.continuedFrom]) {
    if (page === input.page) {
      throw new IngestError(`the jump line points to page ${page}, the page being ingested (--page ${input.page}); check --page or the jump line`, body.jumps[0] ?? source);
    }
  }
  if (segment.head.length > 0) return { ...parseHeadline(segment.head, review), ...body, source };
  // A continued part printed without its headline: borrow the title of the part it continues.
  const from = body.continuedFrom;
  const origin = input.known?.().find((a) => a.page === from && a.continuedOn === input.page);
  if (from === undefined || !origin) {
    throw new IngestError(
      from === undefined
        ? 'an article without a headline: add the headline line above the byline'
        : `（上接第${from}版） has no headline, and no article on page ${from} of ${input.date} says 下转第${input.page}版; ingest page ${from} first, or add the headline above this line`,
      source,
    );
  }
  review.push({ ...source, message: `continued part without a headline: title taken from page ${from}, article ${origin.order}` });
  return { title: origin.title, ...body, source };
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
  };
}

export function ingestPage(input: PageInput): IngestedPage {
  const { text, encoding } = decode(input.bytes);
  const blocks = toBlocks(text);
  if (blocks.length === 0) throw new IngestError('the file holds only blank lines; expected the text of a newspaper page', { line: 1 });
  const { banner, segments, review } = segmentPage(blocks);
  const articles = segments.map((segment, i): IngestedArticle => {
    const parsed = parseSegment(segment, input, review);
    const data = toFrontmatter(parsed, input, i + 1);
    const checked = ArticleSchema.safeParse(data);
    if (!checked.success) {
      const issue = checked.error.issues[0];
      throw new IngestError(
        `the article starting here would not be valid (${issue?.path.join('.') || 'frontmatter'}: ${issue?.message}); fix the page text or report this as an ingest bug`,
        parsed.source,
      );
    }
    const format = articleFormat(parsed.body);
    return { fileName: articleFileName(input.page, i + 1, format), data, content: articleFile(data, parsed.body, format), parsed };
  });
  review.sort((a, b) => a.line - b.line);
  return { encoding, ...(banner ? { banner: cleanHeadlineText(banner.text) } : {}), articles, review };
}
