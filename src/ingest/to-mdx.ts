// A parsed article → the text of its `.mdx` file. Escaping is left to the libraries
// made for it: `yaml` for the frontmatter, mdast-util-to-markdown with the MDX
// extension for the body, so `{`, `<`, `#` or `:` in the text can never become syntax.
import type { BlockContent, Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx';
import { mdxToMarkdown } from 'mdast-util-mdx';
import { toMarkdown, type Options } from 'mdast-util-to-markdown';
import YAML from 'yaml';
import { ARTICLE_KEY_ORDER, type ArticleInput } from '../schema/article.ts';
import type { BodyBlock } from './types.ts';

const text = (value: string) => ({ type: 'text' as const, value });

function toNode(block: BodyBlock): RootContent {
  switch (block.type) {
    case 'paragraph':
      return { type: 'paragraph', children: [text(block.text)] };
    case 'subheading':
    case 'section':
      return { type: 'heading', depth: 2, children: [text(block.text)] };
    case 'aside': {
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
 */
const esmGuard: Options = {
  unsafe: [
    { character: 'i', atBreak: true, after: 'mport[\\s{*]' },
    { character: 'e', atBreak: true, after: 'xport[\\s{*]' },
  ],
};

export function bodyToMdx(body: readonly BodyBlock[]): string {
  const root: Root = { type: 'root', children: body.map(toNode) };
  return toMarkdown(root, { extensions: [mdxToMarkdown(), esmGuard] });
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

export function articleFile(data: ArticleInput, body: readonly BodyBlock[]): string {
  const md = body.length > 0 ? `\n${bodyToMdx(body)}` : '';
  return `---\n${frontmatterToYaml(data)}---\n${md}`;
}
