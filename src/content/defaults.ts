// The content's fixed names and defaults, one place for each: the paper's name, what a
// page is called when nobody named it, and how article and edition files are named.
// The ingest, `npm run new`, the check and the site all take them from here.

/** The paper's name: edition files written without `--paper`, and pages of no edition (archive, 404). */
export const PAPER_NAME = '舟山日报';

/** What the ingest and `npm run new` call page 1 when not told (`--page-name`). */
export const FRONT_PAGE_NAME = '要闻';

/** The paper's title for a picture printed without a headline (the ingest flags it for review). */
export const UNTITLED_PHOTO_TITLE = '图片新闻';

/** Two digits at least: 1 → "01", 12 → "12", 100 → "100" (file names and URLs). */
export function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

/** `第02版`: the name of a page that edition.yaml does not name (article-format.md, "Page data"). */
export function defaultPageName(page: number): string {
  return `第${pad2(page)}版`;
}

/** The name a new page gets in edition.yaml when none is given: 要闻 for page 1, else `第NN版`. */
export function newPageName(page: number): string {
  return page === 1 ? FRONT_PAGE_NAME : defaultPageName(page);
}

/** The edition's data file, beside its articles: content/editions/<date>/edition.yaml. */
export const EDITION_FILE = 'edition.yaml';

/** Where editions live, from the project root. */
export const EDITIONS_DIR = 'content/editions';

export type ArticleFormat = 'md' | 'mdx';

/** An article file: `.md`, or `.mdx` for one that uses a component. */
export const ARTICLE_FILE = /\.mdx?$/u;

/** `01-03.md`: page and reading order, two digits each, then the format. */
export function articleFileName(page: number, order: number, format: ArticleFormat = 'md'): string {
  return `${pad2(page)}-${pad2(order)}.${format}`;
}

/**
 * A raw page in an edition's raw folder (content/raw/<date>/): `01.txt` is page 1,
 * `12.txt` page 12 (`1.txt` is page 1 too). Anything else in the folder is not a page.
 */
export function rawPageNumber(fileName: string): number | undefined {
  const m = /^(\d{1,3})\.txt$/iu.exec(fileName);
  const page = m ? Number(m[1]) : 0;
  return page >= 1 ? page : undefined;
}

/** The file-name prefix of every article of a page: `01-`. */
export const pageFilePrefix = (page: number): string => `${pad2(page)}-`;

/** The first words of the hints `npm run new` writes; `npm run check` notes a published article that still has them. */
export const HINT_MARK = '写稿提示（写好后删去这段注释）';

/** The writing guide, where every message to a journalist points for the details. */
export const WRITING_GUIDE = 'content/写稿指南.md';
