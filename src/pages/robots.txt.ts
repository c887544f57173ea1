// /robots.txt, generated so the sitemap line follows the configured site URL.
// /search/ is left out of crawling: its pages are results, not content.
import type { APIRoute } from 'astro';
import { absoluteUrl, searchPath } from '#src/site/paths.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(
    ['User-agent: *', 'Allow: /', `Disallow: ${searchPath}`, '', `Sitemap: ${absoluteUrl('/sitemap-index.xml', site)}`, ''].join('\n'),
    { headers: { 'Content-Type': 'text/plain; charset=utf-8' } },
  );
