// Structured data for search engines: schema.org NewsArticle. Authors come from
// the byline as printed (`记者 岑瑜 通讯员 孙靓`): each name is a Person (credit words
// and `/文` `/摄` go, src/content/newsroom.ts); a dispatch that names no reporter
// (`新华社`) has the agency as its author, an article with no byline the paper.
import { bylineAgency, bylineNames } from '#src/content/newsroom.ts';
import { publishedIso } from './dates.ts';

export interface NewsArticleInput {
  headline: string;
  description: string;
  date: string;
  url: string;
  byline?: string | undefined;
  publisher: string;
  section?: string | undefined;
  /** Dates (YYYY-MM-DD) of corrections published since; the latest is `dateModified`. */
  corrected?: readonly string[] | undefined;
}

/** The JSON-LD object of one article page. */
export function newsArticleJsonLd(a: NewsArticleInput): Record<string, unknown> {
  const authors = bylineNames(a.byline).map((name) => ({ '@type': 'Person', name }));
  const organization = bylineAgency(a.byline) ?? a.publisher;
  const modified = [...(a.corrected ?? [])].sort().at(-1);
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: a.headline,
    description: a.description,
    datePublished: publishedIso(a.date),
    ...(modified && modified > a.date ? { dateModified: publishedIso(modified) } : {}),
    inLanguage: 'zh-CN',
    mainEntityOfPage: a.url,
    ...(a.section ? { articleSection: a.section } : {}),
    author: authors.length > 0 ? authors : { '@type': 'Organization', name: organization },
    publisher: { '@type': 'Organization', name: a.publisher },
  };
}

/** JSON for a `<script type="application/ld+json">`, safe against `</script>` in text. */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
