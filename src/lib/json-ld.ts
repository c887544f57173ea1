// Structured data for search engines: schema.org NewsArticle. Authors come from
// the byline as printed (`记者 岑瑜 通讯员 孙靓`): role words and credits such as
// `/文` `/摄` are dropped, each remaining name is a Person.

import { publishedIso } from './dates.ts';

const ROLES = /^(?:本报)?(?:记者|通讯员|见习记者|实习生|特约记者|编辑|摄影|摄|文|图|整理|报道)$/;

/** `记者 吴建波 通讯员 毛燕芳 廖华南/文 记者 张磊/摄` → [吴建波, 毛燕芳, 廖华南, 张磊]. */
export function bylineNames(byline: string | undefined): string[] {
  if (!byline) return [];
  const names = byline
    .split(/[\s,，、]+/)
    .map((token) => token.replace(/\/.*$/, '').trim())
    .filter((token) => token !== '' && !ROLES.test(token));
  return [...new Set(names)];
}

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
    author: authors.length > 0 ? authors : { '@type': 'Organization', name: a.publisher },
    publisher: { '@type': 'Organization', name: a.publisher },
  };
}

/** JSON for a `<script type="application/ld+json">`, safe against `</script>` in text. */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
