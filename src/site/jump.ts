// 下转第N版 / 上接第N版: where a continued story's jump line leads. The other part
// is the article on page N that points back to this page; failing that, page N
// itself; and when page N is not in the edition, nowhere (the line is still shown).

import type { ArticleEntry, EditionView } from './editions.ts';
import { articlePath, pagePath } from './paths.ts';

export type JumpDirection = 'on' | 'from';

export interface JumpTarget {
  direction: JumpDirection;
  /** The other page's number. */
  page: number;
  /** Where the link goes, or undefined when that page is not in the edition. */
  href?: string | undefined;
}

/** The jump line(s) of `article` in `edition`: `from` (上接) first, then `on` (下转). */
export function jumpTargets(article: ArticleEntry, edition: EditionView): JumpTarget[] {
  const out: JumpTarget[] = [];
  const { continuedFrom, continuedOn } = article.data;
  if (continuedFrom !== undefined) out.push(resolve('from', continuedFrom, article, edition));
  if (continuedOn !== undefined) out.push(resolve('on', continuedOn, article, edition));
  return out;
}

function resolve(direction: JumpDirection, page: number, article: ArticleEntry, edition: EditionView): JumpTarget {
  const target = edition.pages.find((p) => p.number === page);
  if (!target) return { direction, page };
  const backLink = (a: ArticleEntry) =>
    direction === 'on' ? a.data.continuedFrom === article.data.page : a.data.continuedOn === article.data.page;
  const other =
    target.articles.find((a) => backLink(a) && a.data.title === article.data.title) ?? target.articles.find(backLink);
  return {
    direction,
    page,
    href: other ? articlePath(other.data.date, other.data.page, other.data.order) : pagePath(edition.date, page),
  };
}

/** The words printed on the jump line. */
export function jumpLabel(direction: JumpDirection, page: number): string {
  return `${direction === 'on' ? '下转' : '上接'}第${page}版`;
}
