// Compact views of an ingested page for the convention tests: the frontmatter fields
// an editor checks and the body as [kind, text] pairs, so each expectation reads like
// the page it was written from.
import type { IngestedArticle, IngestedPage } from '#src/ingest/page.ts';

export type BodyView = readonly [kind: 'paragraph' | 'subheading' | 'section', text: string] | readonly [kind: 'aside', title: string, paragraphs: readonly string[]];

export function bodyOf(article: IngestedArticle | undefined): BodyView[] {
  if (!article) throw new Error('no such article on the page');
  return article.parsed.body.map((b): BodyView => (b.type === 'aside' ? ['aside', b.title, b.paragraphs] : [b.type, b.text]));
}

export const titlesOf = (page: IngestedPage): string[] => page.articles.map((a) => a.data.title);

/** The review lines whose block is `block`. */
export const reviewAt = (page: IngestedPage, block: number): string[] => page.review.filter((n) => n.block === block).map((n) => n.message);
