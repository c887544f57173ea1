// A parsed article → the text of its `.md` or `.mdx` file. Escaping is left to the
// libraries made for it: `yaml` for the frontmatter, mdast-util-to-markdown for the
// body (with the MDX extension for `.mdx`), so `{`, `<`, `#` or `:` in the text can
// never become syntax of the format written.
import type { BlockContent, Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx';
import { mdxToMarkdown } from 'mdast-util-mdx';
import { defaultHandlers, toMarkdown, type Handle, type Options, type State, type Unsafe } from 'mdast-util-to-markdown';
import YAML from 'yaml';
import { ARTICLE_KEY_ORDER, type ArticleInput } from '#src/content/article.ts';
import type { BodyBlock } from './types.ts';
import type { ArticleFormat } from '#src/content/defaults.ts';
import { tildeGuard } from '#src/content/markdown-options.ts';

/**
 * `.mdx` only for a body that needs an MDX component (a box, `<Aside title=…>`),
 * `.md` for every other article. Vite bundles each `.mdx` file as a JavaScript
 * module, and that was the main cost of building a large archive (5,000 synthetic
 * articles, measured with `npm run bench`: 19.2 s for the site step with the plain
 * ones as `.md`, 41.2 s with all as `.mdx`). The site renders
 * both alike, and a box keeps the `<Aside>` that the writing guide shows.
 */
export function articleFormat(body: readonly BodyBlock[]): ArticleFormat {
  return body.some((b) => b.type === 'aside') ? 'mdx' : 'md';
}

const text = (value: string) => ({ type: 'text' as const, value });

function toNode(block: BodyBlock, format: ArticleFormat): RootContent {
  switch (block.type) {
    case 'paragraph':
      return { type: 'paragraph', children: [text(block.text)] };
    case 'subheading':
    case 'section':
      return { type: 'heading', depth: 2, children: [text(block.text)] };
    case 'aside': {
      if (format !== 'mdx') throw new Error(`a box (【${block.title}】) needs .mdx; articleFormat() chooses it for such a body`);
      const aside: MdxJsxFlowElement = {
        type: 'mdxJsxFlowElement',
        name: 'Aside',
        attributes: [{ type: 'mdxJsxAttribute', name: 'title', value: block.title }],
        children: block.paragraphs.map((p): BlockContent => ({ type: 'paragraph', children: [text(p)] })),
      };
      return aside;
    }
    default: {
      const unknown: never = block;
      throw new Error(`unhandled body block ${JSON.stringify(unknown)}`);
    }
  }
}


/**
 * In MDX a paragraph starting with `import`/`export` is JavaScript. mdast-util-mdx
 * does not guard against that, so declare it unsafe: to-markdown then writes the
 * first letter as a character reference (`&#x69;mport`), which reads back as text.
 * In `.md` such a paragraph is plain text and needs nothing.
 */
const esmGuard: Options = {
  unsafe: [
    { character: 'i', atBreak: true, after: 'mport[\\s{*]' },
    { character: 'e', atBreak: true, after: 'xport[\\s{*]' },
  ],
};

/** Every character some unsafe pattern of `state` can escape, and the backslash. */
const unsafeCharacters = new WeakMap<readonly Unsafe[], RegExp>();
function unsafeIn(state: State): RegExp {
  let re = unsafeCharacters.get(state.unsafe);
  if (!re) {
    const chars = new Set(['\\', ...state.unsafe.map((p) => p.character)]);
    re = new RegExp(`[${[...chars].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')}]`, 'u');
    unsafeCharacters.set(state.unsafe, re);
  }
  return re;
}

/**
 * The library's text handler, skipped for text that holds no character any unsafe
 * pattern names: such text cannot need an escape, and a Chinese paragraph is most
 * often such text (scanning it with every pattern was a seventh of the ingest's time).
 */
const fastText: Handle = (node, parent, state, info) => (unsafeIn(state).test((node as { value: string }).value) ? defaultHandlers.text(node as never, parent, state, info) : (node as { value: string }).value);
const fastTextExtension: Options = { handlers: { text: fastText } };

/** Made once: the extensions hold no state between calls. */
const EXTENSIONS: Readonly<Record<ArticleFormat, Options[]>> = {
  mdx: [mdxToMarkdown(), esmGuard, tildeGuard, fastTextExtension],
  md: [tildeGuard, fastTextExtension],
};

export function bodyToMarkdown(body: readonly BodyBlock[], format: ArticleFormat): string {
  const root: Root = { type: 'root', children: body.map((b) => toNode(b, format)) };
  return toMarkdown(root, { extensions: EXTENSIONS[format] });
}

/**
 * YAML 1.1 output quotes every string a 1.1 reader could take for something else
 * (`2026-04-02` as a date, `yes` as a boolean), and Astro's reader is 1.1-ish.
 */
export function frontmatterToYaml(data: ArticleInput): string {
  const ordered: Record<string, unknown> = {};
  for (const key of ARTICLE_KEY_ORDER) if (data[key] !== undefined) ordered[key] = data[key];
  return YAML.stringify(ordered, { version: '1.1', lineWidth: 0 });
}

export function articleFile(data: ArticleInput, body: readonly BodyBlock[], format: ArticleFormat): string {
  const md = body.length > 0 ? `\n${bodyToMarkdown(body, format)}` : '';
  return `---\n${frontmatterToYaml(data)}---\n${md}`;
}
