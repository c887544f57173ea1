// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { newspaperBody } from '#src/site/markdown-plugin.ts';
import { closedMdx, safeHtml } from '#src/site/safe-body.ts';
import { offline } from '#src/build/dev-bundles.ts';
import { SITE_URL } from '#src/site/site-url.ts';
import { currentShard, inShard, latestCatalogDate } from '#src/build/shard.ts';
import { ASTRO_CACHE_SUBDIR, cacheFolder } from '#src/build/cache.ts';

// A shard build (SHARD=2025; see src/build/shard.ts) writes its own sitemap files, and
// lists site-wide pages only when it is the newest shard, whose copies of them the
// assembled site keeps.
const shard = currentShard();
const frontShard = !shard || inShard(shard, latestCatalogDate('./content/editions') ?? '0000');
const datedPage = /^\/(?:archive\/)?(\d{4})\//u;
/** @param {string} page */
const inSitemap = (page) => {
  if (page.endsWith('/404/') || page.endsWith('/404.html')) return false;
  const year = datedPage.exec(new URL(page).pathname)?.[1];
  return year ? inShard(shard, `${year}-01-01`) : frontShard;
};

export default defineConfig({
  // The public URL of the site; override with SITE_URL for another host.
  site: SITE_URL,
  // URLs end in a slash and are folders (/2026/04/02/01/03/index.html); see README "Site URLs".
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // Pages are small and read once: inline CSS saves a render-blocking request on phones.
    inlineStylesheets: 'always',
    // Pages rendered side by side: one at a time, the build waited on each page's writes
    // (the output and Astro's cache copy) with the processor idle. On 5,000 articles the
    // page step took 59–88 s at 1, 47–58 s at 4 and 41–46 s at 12, for the same CPU time
    // and peak memory (two runs each, docs/developers.md "The build cache").
    concurrency: 12,
  },
  // Content is data (src/site/safe-body.ts): closed MDX, then the HTML allowlist, then the
  // section labels and `> **标题**` boxes, in .md and .mdx bodies (MDX inherits this processor).
  // No code in a newspaper: no highlighter (Shiki's inline styles would also break the CSP).
  markdown: { processor: satteri({ mdastPlugins: [closedMdx], hastPlugins: [safeHtml, newspaperBody] }), syntaxHighlight: false },
  integrations: [
    mdx(),
    // The search index, offline files and relative links are made after `astro build`, by
    // scripts/postbuild.ts in its own process (npm run build runs both; see src/build/postbuild.ts).
    // In `astro dev`, this serves the two scripts the post-build bundles.
    offline(),
    sitemap({ filter: inSitemap, ...(shard ? { filenameBase: `sitemap-${shard.name}` } : {}) }),
  ],
  security: {
    csp: {
      // Astro adds the hashes of its own inline scripts and styles to script-src/style-src.
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        // The service worker that keeps opened editions for reading offline (sw.js, same origin).
        "worker-src 'self'",
      ],
    },
  },
  vite: {
    build: {
      // `npm run build` lays the unchanged pages out in its fresh work folder before Astro
      // runs (src/build/astro-pages.ts) and says so; a plain `astro build` empties dist/ first.
      emptyOutDir: process.env.BUILD_PAGES_PLACED !== '1',
      rolldownOptions: {
        // Known and harmless: withastro/astro#18087 (MDX "use astro:head-inject" directive under rolldown).
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
  devToolbar: { enabled: false },
  // The build cache (src/build/cache.ts, docs/operators.md "The build cache"): Astro's
  // content data store and incremental build live in the project's .build-cache/, which
  // CI keeps between runs (node_modules/, Astro's default, is deleted by `npm ci`).
  // Only `astro build` uses it: `astro dev`, `sync` and `check` keep Astro's default, as
  // dev's store, updated file by file while articles are edited, is not what a build
  // made and must not be what the next build starts from.
  cacheDir: process.argv[2] === 'build' ? `./${cacheFolder(shard?.name)}/${ASTRO_CACHE_SUBDIR}` : './node_modules/.astro',
  experimental: {
    // A dated page whose cacheKey (src/site/cache-keys.ts) and code are unchanged is
    // copied from the previous build instead of rendered.
    incrementalBuild: true,
  },
});
