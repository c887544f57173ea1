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
    items: items.map(({ data, body }) => ({
      title: data.title,
      link: articlePath(data.date, data.page, data.order),
      pubDate: publishedAt(data.date),
      description: articleLead(body, 140),
    })),
  });
};
