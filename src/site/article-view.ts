// Everything the article page shows besides the body, worked out in one pure
// step so it can be tested without Astro: path, labels, description, jump lines,
// previous/next article, reading time and the JSON-LD.

import { editionArticles, pageLabel, type ArticleEntry, type EditionView, type PageView } from './editions.ts';
import { jumpTargets, type JumpTarget } from './jump.ts';
import { neighbours } from './neighbours.ts';
import { articleLead } from './lead.ts';
import { readingMinutes } from './reading-time.ts';
import { clip } from './descriptions.ts';
import { newsArticleJsonLd } from './json-ld.ts';
import { formatDateZh } from './dates.ts';
import { absoluteUrl, articlePath, editionPath, pagePath } from './paths.ts';

export interface Link {
  href: string;
  label: string;
}

export interface ArticleView {
  path: string;
  title: string;
  description: string;
  pageLabel: string;
  breadcrumb: Link[];
  jumpsFrom: JumpTarget[];
  jumpsOn: JumpTarget[];
  prev?: Link | undefined;
  next?: Link | undefined;
  back: Link;
  minutes: number;
  jsonLd: Record<string, unknown>;
}

const link = (a: ArticleEntry | undefined): Link | undefined =>
  a && { href: articlePath(a.data.date, a.data.page, a.data.order), label: a.data.title };

export function articleView(entry: ArticleEntry, edition: EditionView, page: PageView, site: URL | string | undefined): ArticleView {
  const a = entry.data;
  const path = articlePath(a.date, a.page, a.order);
  const label = pageLabel(page);
  const dateLabel = `${edition.paper} ${formatDateZh(a.date)}`;
  const description = clip(articleLead(entry, 120) || a.title);
  const jumps = jumpTargets(entry, edition);
  const { prev, next } = neighbours(editionArticles(edition), (x) => x.id === entry.id);
  return {
    path,
    title: `${a.title} · ${edition.paper}`,
    description,
    pageLabel: label,
    breadcrumb: [
      { href: editionPath(a.date), label: dateLabel },
      { href: pagePath(a.date, a.page), label },
    ],
    jumpsFrom: jumps.filter((j) => j.direction === 'from'),
    jumpsOn: jumps.filter((j) => j.direction === 'on'),
    prev: link(prev),
    next: link(next),
    back: { href: editionPath(a.date), label: `返回${formatDateZh(a.date)}报纸` },
    minutes: readingMinutes(entry),
    jsonLd: newsArticleJsonLd({
      headline: a.title,
      description,
      date: a.date,
      url: absoluteUrl(path, site),
      byline: a.byline,
      publisher: edition.paper,
      section: page.name,
      corrected: a.corrections?.map((c) => c.date),
    }),
  };
}
