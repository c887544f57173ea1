// The typed stages of the ingest: raw lines → blocks → segments → parsed articles.
// Every block keeps where it came from, so errors and review notes can say `01.txt:93`.
import type { Role } from './roles.ts';

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
  /**
   * For a close call of the page model: how far the best reading's score is above the
   * best reading that decides this block otherwise (0 = a tie). The report lists these
   * closest first.
   */
  gap?: number;
}

/** A block with the role the page reading gave it. */
export interface LabelledBlock extends Block {
  role: Role;
}

/** One article's blocks in the page reading: its headline group, then its body. */
export interface Segment {
  /** Blocks of the headline (栏目, 引题, 主题, 副题…), in print order; empty for a headless part. */
  head: LabelledBlock[];
  /** Everything after the headline, bylines and captions included. */
  body: LabelledBlock[];
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
  /** Set when the ingest could not read the article with confidence (no 主题 found …): not published until an editor looks. */
  draft?: true;
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
