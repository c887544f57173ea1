// The build's own guards on an article body, in the Sätteri pipeline that compiles
// `.md` and `.mdx` (astro.config.mjs; MDX inherits it). The content loader has
// already refused what it can see (src/content/screen.ts); these hold wherever a
// body is compiled, `astro dev` included:
// - closedMdx: an .mdx body that is not closed MDX (src/content/mdx-rules.ts) stops
//   the compile before a line of it becomes code, naming the file and line;
// - safeHtml: what the HTML allowlist drops (src/content/html-rules.ts) never
//   reaches the page, and the build says what it dropped, where.
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Element, Root } from 'hast';
import { defineHastPlugin, type HastPluginEntry, type MdastPluginEntry, type PluginFactoryContext } from 'satteri';
import { cleanBody, elementNeedsCleaning, htmlDropWords, mayHoldHtml } from '#src/content/html-rules.ts';
import { mdxMode, mdxViolations, mdxViolationWords } from '#src/content/mdx-rules.ts';

const fileOf = (url: URL | undefined) => (url ? relative(process.cwd(), fileURLToPath(url)).split('\\').join('/') : '(an MDX body)');

/** A Sätteri plugin factory: no plugin at all for Markdown or open MDX, and an error for a body that is not closed MDX. */
export function closedMdx(ctx: PluginFactoryContext): MdastPluginEntry {
  if (ctx.sourceFormat !== 'mdx' || mdxMode() === 'open') return null;
  // The MDX compile sees the frontmatter blanked out, so its lines are the file's.
  const violations = mdxViolations(ctx.source);
  if (violations.length === 0) return null;
  const file = fileOf(ctx.fileURL);
  const lines = violations.map((v) => {
    const words = mdxViolationWords(v);
    return `${file}:${v.line}: ${words.en}\n  ${words.zh}`;
  });
  throw new Error(`[content] ${file} is not closed MDX, so none of it was compiled:\n${lines.join('\n')}`);
}

type Plain = { type: string; children?: Plain[]; [key: string]: unknown };

/** A detached plain copy of a tree the visitor hands out lazily. */
function plain(node: Plain): Plain {
  const copy: Plain = { type: node.type };
  for (const key of ['tagName', 'value', 'name', 'attributes', 'position', 'data'] as const) {
    if (node[key] !== undefined) copy[key] = structuredClone(node[key]);
  }
  if (node['properties'] !== undefined) copy['properties'] = { ...(node['properties'] as object) };
  if (node.children) copy.children = node.children.map(plain);
  return copy;
}

/** The file line of `line` in the compiled source (Astro hands a .md body over trimmed, without its frontmatter). */
function fileLine(url: URL | undefined, source: string, line: number): number {
  const body = source.trimStart();
  const leading = source.length - body.length === 0 ? 0 : source.slice(0, source.length - body.length).split('\n').length - 1;
  try {
    const text = url ? readFileSync(url, 'utf8') : '';
    const at = text.indexOf(body.slice(0, 200));
    return at < 0 ? line : text.slice(0, at).split('\n').length + line - 1 - leading;
  } catch {
    return line;
  }
}

/**
 * A Sätteri plugin factory. A body with no `<` and no link syntax has nothing to
 * clean (mayHoldHtml) and gets no plugin at all; otherwise the visitors note raw HTML
 * and links or images that would lose an attribute, and only then is the tree
 * copied, cleaned and replaced.
 */
export function safeHtml(factory: PluginFactoryContext): HastPluginEntry {
  if (!mayHoldHtml(factory.source)) return null;
  let dirty = false;
  return defineHastPlugin({
    name: 'zsdaily-safe-html',
    options: { position: true },
    raw() {
      dirty = true;
    },
    element: {
      filter: ['a', 'img'],
      visit(node) {
        if (!dirty && elementNeedsCleaning(node as Element)) dirty = true;
      },
    },
    after(root, ctx) {
      if (!dirty) return;
      const { tree, drops } = cleanBody(plain(root as unknown as Plain) as unknown as Root, ctx.source);
      if (tree) ctx.replaceNode(root, tree);
      const file = fileOf(ctx.fileURL);
      for (const d of drops) {
        const words = htmlDropWords(d);
        console.warn(`[content] ${file}:${fileLine(ctx.fileURL, ctx.source, d.line)}: (dropped) ${words.en}\n  ${words.zh}`);
      }
    },
  });
}
