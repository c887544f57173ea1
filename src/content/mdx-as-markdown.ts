// The ingest writes an article with a box as `.mdx` (`<Aside title="…">`, the writing
// guide's form), and Vite bundles every `.mdx` file as a JavaScript module on every
// build, also when Astro's incremental build renders none of them again: at 20,000
// synthetic articles (4,014 of them `.mdx`) that bundle was the largest single cost
// of a build with the cache (docs/developers.md, "The build cache"). An `.mdx` body
// that uses nothing of MDX but `<Aside title="…">` around Markdown says the same as
// the `.md` form of a box, `> **标题**` (src/site/markdown-plugin.ts gives both the
// same markup as src/components/Aside.astro), so the loader renders such a body as
// Markdown instead: no module, same page. An `.mdx` with anything else (import,
// export, `{expressions}`, other components) stays MDX.
import type { Loader, LoaderContext } from 'astro/loaders';
import type { Blockquote, Root, RootContent } from 'mdast';
import { toMarkdown } from 'mdast-util-to-markdown';
import { mdxToMdast } from 'satteri';
import { tildeGuard } from './markdown-options.ts';

interface MdNode {
  type: string;
  name?: string | null;
  attributes?: Array<{ type: string; name?: string; value?: unknown }>;
  children?: MdNode[];
}

/** The one MDX component a body may use to be read as Markdown, and how it is written there. */
function asideTitle(node: MdNode): string | undefined {
  if (node.type !== 'mdxJsxFlowElement' || node.name !== 'Aside') return undefined;
  const [title, ...rest] = node.attributes ?? [];
  if (rest.length > 0 || title?.type !== 'mdxJsxAttribute' || title.name !== 'title' || typeof title.value !== 'string' || title.value.trim() === '') return undefined;
  return title.value;
}

const isMdx = (node: MdNode): boolean => node.type.startsWith('mdx') || (node.children ?? []).some(isMdx);

/** The Markdown of an `.mdx` body that uses only `<Aside title="…">` (not nested); undefined for any other MDX. */
export function markdownOfMdx(body: string): string | undefined {
  let root: MdNode;
  try {
    root = mdxToMdast(body) as unknown as MdNode;
  } catch {
    return undefined; // MDX's own error, said by the MDX build
  }
  const children: RootContent[] = [];
  for (const node of root.children ?? []) {
    const title = asideTitle(node);
    if (title !== undefined) {
      if ((node.children ?? []).some(isMdx)) return undefined;
      const box: Blockquote = {
        type: 'blockquote',
        children: [{ type: 'paragraph', children: [{ type: 'strong', children: [{ type: 'text', value: title }] }] }, ...(node.children as unknown as Blockquote['children'])],
      };
      children.push(box);
    } else if (isMdx(node)) {
      return undefined;
    } else {
      children.push(node as unknown as RootContent);
    }
  }
  try {
    return toMarkdown({ type: 'root', children } as Root, { extensions: [tildeGuard] });
  } catch {
    return undefined; // a node plain Markdown cannot write (a GFM table, strikethrough): keep MDX
  }
}

/**
 * Wraps the articles' glob loader: after it has loaded, each `.mdx` entry whose body
 * markdownOfMdx() can write is stored rendered, like an `.md` entry, instead of as a
 * module to bundle. Unchanged files keep their stored entry (the glob loader skips
 * them by digest), so this runs only for new and changed files.
 */
export function mdxAsMarkdown(loader: Loader): Loader {
  return {
    ...loader,
    async load(ctx: LoaderContext) {
      await loader.load(ctx);
      for (const entry of [...ctx.store.values()]) {
        if (!entry.deferredRender || !entry.filePath?.endsWith('.mdx') || entry.body === undefined) continue;
        const markdown = markdownOfMdx(entry.body);
        if (markdown === undefined) continue;
        const rendered = await ctx.renderMarkdown(markdown, { fileURL: new URL(entry.filePath, ctx.config.root) });
        // The store keeps an entry of the same digest as it is: remove it first.
        ctx.store.delete(entry.id);
        ctx.store.set({
          id: entry.id,
          data: entry.data,
          body: entry.body,
          filePath: entry.filePath,
          ...(entry.digest !== undefined ? { digest: entry.digest } : {}),
          ...(entry.assetImports ? { assetImports: entry.assetImports } : {}),
          rendered,
        });
      }
    },
  };
}
