// How this project writes Markdown with mdast-util-to-markdown (the ingest's article
// files, and the build's .mdx articles read as Markdown: src/content/mdx-as-markdown.ts).
import type { Options } from 'mdast-util-to-markdown';

/**
 * Astro reads both formats with GFM, where `~x~` and `~~x~~` are strikethrough
 * (`5~10元，20~30元` would lose its tildes); mdast-util-to-markdown escapes that
 * only with the GFM extension, which we do not otherwise need.
 */
export const tildeGuard: Options = { unsafe: [{ character: '~', inConstruct: 'phrasing' }] };
