// Small article and edition entries shaped like the collection entries.
import type { Article } from '#src/content/article.ts';
import type { ArticleEntry, EditionEntry } from '#src/site/editions.ts';

export function article(data: Partial<Article> & Pick<Article, 'date' | 'page' | 'order'>, body = '正文。'): ArticleEntry {
  const id = `${data.date}/${String(data.page).padStart(2, '0')}-${String(data.order).padStart(2, '0')}`;
  return { id, filePath: `content/editions/${id}.mdx`, body, data: { title: `标题${data.page}-${data.order}`, ...data } };
}

export function edition(date: string, pages: { number: number; name: string; banner?: string }[]): EditionEntry {
  return { data: { paper: '舟山日报', date, pages } };
}
