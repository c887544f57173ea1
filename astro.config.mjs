// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { newspaperBody } from '#src/site/markdown-plugin.ts';
import { offline } from '#src/build/dev-bundles.ts';
import { SITE_URL } from '#src/site/site-url.ts';
import { currentShard, inShard, latestCatalogDate } from '#src/build/shard.ts';

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
  },
  // Section labels and `> **标题**` boxes in .md/.mdx bodies (MDX inherits this processor).
  // No code in a newspaper: no highlighter (Shiki's inline styles would also break the CSP).
  markdown: { processor: satteri({ hastPlugins: [newspaperBody] }), syntaxHighlight: false },
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
});
