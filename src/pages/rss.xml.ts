// /rss.xml: the latest articles (newest edition first, reading order within it).
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { loadEditions } from '#src/site/load.ts';
import { editionArticles } from '#src/site/editions.ts';
import { articleLead } from '#src/site/lead.ts';
import { publishedAt } from '#src/site/dates.ts';
import { articlePath } from '#src/site/paths.ts';
import { PAPER_NAME } from '#src/content/defaults.ts';

/** How many articles the feed carries: a few days of a daily paper. */
const FEED_SIZE = 60;

export const GET: APIRoute = async (context) => {
  const items = (await loadEditions()).flatMap(editionArticles).slice(0, FEED_SIZE);
  return rss({
    title: PAPER_NAME,
    description: `${PAPER_NAME}最新文章`,
    site: context.site ?? 'http://localhost/',
    customData: '<language>zh-cn</language>',
    items: items.map((entry) => ({
      title: entry.data.title,
      link: articlePath(entry.data.date, entry.data.page, entry.data.order),
      pubDate: publishedAt(entry.data.date),
      description: articleLead(entry, 140),
    })),
  });
};
