// Astro integration for `astro dev`: serves the classic scripts that the
// post-build bundles into dist/ (search/search-ui.js, sw.js and hant-switch.js; see
// src/build/bundles.ts), bundling them on request. A build gets them, with the
// search index, the offline files and relative links, from scripts/postbuild.ts.
import type { AstroIntegration } from 'astro';
import { BUNDLES, bundle } from './bundles.ts';

export function offline(): AstroIntegration {
  return {
    name: 'newspaper-offline',
    hooks: {
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((req, res, next) => {
          const path = new URL(req.url ?? '/', 'http://dev.invalid').pathname;
          const wanted = BUNDLES.find((b) => `/${b.out}` === path);
          if (!wanted) return next();
          bundle(wanted.entry).then(
            (code) => res.setHeader('content-type', 'text/javascript').end(code),
            (error: unknown) => next(error),
          );
        });
      },
    },
  };
}
