// The typed stages of the ingest: raw lines → blocks → segments → parsed articles.
// Every block keeps where it came from, so errors and review notes can say `01.txt:93`.

/** Where a piece of text came from in the raw file. */
export interface Source {
  /** Physical line in the file, 1-based: what an editor's "go to line" wants. */
  line: number;
  /** Ordinal among non-empty lines, 1-based: the numbering of spec/seed-page.md. */
  block: number;
}

/** One non-empty line of the raw page, whitespace-normalised. */
export interface Block extends Source {
  text: string;
}

/** A decision a human should look at: printed in the review report. */
export interface ReviewNote extends Source {
  message: string;
}

/** A headline group and the blocks that follow it, up to the next headline group. */
export interface Segment {
  /** Blocks of the headline (column, kicker, title, subtitle…), in print order. */
  head: Block[];
  /** The `□…` byline block, if printed. */
  byline?: Block;
  /** Everything after the headline and byline. */
  rest: Block[];
}

export type BodyBlock =
  | { type: 'paragraph'; text: string; source: Source }
  | { type: 'subheading'; text: string; source: Source }
  | { type: 'section'; text: string; source: Source }
  | { type: 'aside'; title: string; paragraphs: string[]; source: Source };

export interface Headline {
  column?: string;
  kicker?: string;
  title: string;
  subtitle?: string;
}

/** An article as recovered from the page, before it becomes frontmatter + a Markdown or MDX body. */
export interface ParsedArticle extends Headline {
  byline?: string;
  captions: string[];
  body: BodyBlock[];
  continuedOn?: number;
  continuedFrom?: number;
  /** Where the article starts in the raw file. */
  source: Source;
}

/** What the ingest knows about other pages of the same edition (for 上接 lookups). */
export interface KnownArticle {
  page: number;
  order: number;
  title: string;
  continuedOn?: number;
}

/** A failure that names the place in the input and how to fix it. */
export class IngestError extends Error {
  constructor(
    message: string,
    readonly where?: Partial<Source>,
  ) {
    super(message);
    this.name = 'IngestError';
  }
}
