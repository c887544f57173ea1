// Plain text out of an article body, for leads, descriptions and reading time: the
// body parsed as the build parses it (Sätteri, the Markdown/MDX compiler Astro uses;
// `.md` as Markdown, `.mdx` as MDX) and its text taken with mdast-util-to-string, so
// escapes and character references (`\{`, `&#x69;mport`, `&amp;`) read as the
// characters a reader sees, and raw HTML never counts as text.
import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { markdownToMdast, mdxToMdast } from 'satteri';

/** The part of a collection entry read here: its body and the file it came from (`.md` or `.mdx`). */
export interface BodySource {
  body?: string | undefined;
  filePath?: string | undefined;
}

function blocks({ body, filePath }: BodySource): RootContent[] {
  if (!body) return [];
  const root = (filePath?.endsWith('.mdx') ? mdxToMdast(body) : markdownToMdast(body)) as unknown as Root;
  return root.children;
}

/** A block's text on one line, as a reader reads it. */
const textOf = (node: RootContent): string =>
  toString(node, { includeHtml: false }).replace(/\s*\n\s*/gu, ' ').trim();

/** The body's paragraphs as plain text, in order; boxes, quotations and headings left out. */
export function bodyParagraphs(source: BodySource): string[] {
  return blocks(source)
    .filter((node) => node.type === 'paragraph')
    .map(textOf)
    .filter((text) => text !== '');
}

/** Every character a reader reads: paragraphs, headings and the boxes' text, a block a line. */
export function bodyText(source: BodySource): string {
  return blocks(source).map(textOf).filter((text) => text !== '').join('\n');
}
