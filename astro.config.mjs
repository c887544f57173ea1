// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { newspaperBody } from './src/lib/body-plugin.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { offline } from './src/integrations/offline.ts';

export default defineConfig({
  // The public URL of the site; override with SITE_URL for another host.
  site: process.env.SITE_URL ?? 'https://zsdaily.example.com',
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
    // Pagefind (Extended) over the built articles, as part of every build; see src/integrations.
    searchIndex(),
    // After the index: offline search data, edition zips, relative links (see src/integrations/offline.ts).
    offline(),
    sitemap({ filter: (page) => !page.endsWith('/404/') && !page.endsWith('/404.html') }),
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
