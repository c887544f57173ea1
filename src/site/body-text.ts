// Plain text out of an article body, for leads, descriptions and reading time: the
// body parsed as the build parses it (Sätteri, the Markdown/MDX compiler Astro uses;
// `.md` as Markdown, `.mdx` as MDX) and its text taken with mdast-util-to-string, so
// escapes and character references (`\{`, `&#x69;mport`, `&amp;`) read as the
// characters a reader sees, and raw HTML never counts as text.
import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { markdownToMdast, mdxToMdast } from 'satteri';
import { STRIPPED } from '#src/content/html-rules.ts';

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

const OPENS = new RegExp(`^<(${STRIPPED.join('|')})\\b`, 'iu');
const CLOSES = new RegExp(`^</(${STRIPPED.join('|')})\\s*>`, 'iu');

/**
 * Text between an inline `<script>` (or any element the site drops with its content,
 * src/content/html-rules.ts) and its end tag is not on the page, so it is not text a
 * reader reads either: not in a lead, a description or the reading time.
 */
function withoutDropped(node: RootContent): RootContent {
  if (!('children' in node)) return node;
  const kept: RootContent[] = [];
  let depth = 0;
  for (const child of node.children as RootContent[]) {
    if (child.type === 'html' && OPENS.test(child.value) && !/\/>\s*$/u.test(child.value)) depth++;
    else if (child.type === 'html' && CLOSES.test(child.value) && depth > 0) depth--;
    else if (depth === 0) kept.push(withoutDropped(child));
  }
  return { ...node, children: kept } as RootContent;
}

/** A block's text on one line, as a reader reads it. */
const textOf = (node: RootContent): string =>
  toString(withoutDropped(node), { includeHtml: false }).replace(/\s*\n\s*/gu, ' ').trim();

interface BodyTexts {
  paragraphs: string[];
  text: string;
}

/**
 * One parse per body, kept by its text: an article's lead and reading time are asked
 * for by its cache key, its page, its edition's and its page's (版) teasers and the
 * feed, and parsing was 6 of the 45 s a 5,000-article build spent rendering (profiled).
 * Kept as strings, not trees; bounded so that `astro dev`, which sees every edit as a
 * new body, does not grow without end.
 */
const parsed = new Map<string, BodyTexts>();
const KEPT = 50_000;

function texts(source: BodySource): BodyTexts {
  const key = `${source.filePath?.endsWith('.mdx') ? 'mdx' : 'md'}\0${source.body ?? ''}`;
  let found = parsed.get(key);
  if (!found) {
    const nodes = blocks(source);
    found = {
      paragraphs: nodes.filter((node) => node.type === 'paragraph').map(textOf).filter((text) => text !== ''),
      text: nodes.map(textOf).filter((text) => text !== '').join('\n'),
    };
    if (parsed.size >= KEPT) parsed.clear();
    parsed.set(key, found);
  }
  return found;
}

/** The body's paragraphs as plain text, in order; boxes, quotations and headings left out. */
export function bodyParagraphs(source: BodySource): string[] {
  return [...texts(source).paragraphs];
}

/** Every character a reader reads: paragraphs, headings and the boxes' text, a block a line. */
export function bodyText(source: BodySource): string {
  return texts(source).text;
}
