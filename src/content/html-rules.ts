// HTML in an article is data: raw HTML in Markdown is parsed (hast-util-raw, the
// parser browsers use) and cut to what an article needs by an allowlist
// (hast-util-sanitize with GitHub's schema, stricter where a newspaper needs it):
// no <meta> (a refresh would send every reader elsewhere, and a CSP cannot stop
// it), <base>, <script>, <style>, <iframe>, <form>, no event attributes, no
// `javascript:` links, no image from another site. Decided once, here: the build's
// Markdown pipeline (src/site/markdown-plugin.ts) publishes `tree`, and
// `npm run check` reports `drops`, each with its file line.
import type { Element, Nodes, Root, RootContent } from 'hast';
import { raw } from 'hast-util-raw';
import { defaultSchema, sanitize, type Schema } from 'hast-util-sanitize';
import { find, html } from 'property-information';
import { VFile } from 'vfile';

/** Elements dropped with everything inside them (others are unwrapped: their text stays). */
export const STRIPPED: readonly string[] = ['script', 'style', 'meta', 'base', 'link', 'template', 'noscript', 'iframe', 'object', 'embed', 'textarea', 'select', 'title', 'xmp', 'noembed', 'noframes', 'svg', 'math'];

/** Elements that set up the page (a refresh to another site, another base for links), not content. */
const PAGE_LEVEL = new Set(['meta', 'base', 'link', 'title']);

export const ARTICLE_SCHEMA: Schema = {
  ...defaultSchema,
  strip: [...STRIPPED],
  protocols: {
    ...defaultSchema.protocols,
    // An image is one of the site's own files: a URL with any protocol is dropped. (The
    // library treats an empty list as "any", so the list names a protocol no URL has.)
    src: ['-'],
  },
};

/** MDX components pass through (closed MDX allows only <Aside title="…"> at the top level; src/content/mdx-rules.ts). */
const COMPONENT = new Set(['mdxJsxFlowElement', 'mdxJsxTextElement']);
const PASS_THROUGH = ['mdxJsxFlowElement', 'mdxJsxTextElement', 'mdxFlowExpression', 'mdxTextExpression', 'mdxjsEsm'];
const CLOBBERED = new Set(defaultSchema.clobber ?? []);
const PREFIX = defaultSchema.clobberPrefix ?? '';

/** What the allowlist takes out, with its file line. */
export type HtmlDrop =
  | { kind: 'element'; line: number; tag: string; content: 'kept' | 'removed' }
  | { kind: 'attribute'; line: number; tag: string; attribute: string; value: string };

type AnyNode = Nodes | { type: string; children?: AnyNode[]; position?: Element['position'] };

function hasRaw(node: AnyNode): boolean {
  return node.type === 'raw' || ('children' in node && (node.children as AnyNode[] | undefined)?.some(hasRaw) === true);
}

/**
 * Ids the Markdown compiler made (footnotes: `user-content-fn-1`) already carry the
 * prefix the sanitiser adds to every id; without it they would get it twice and the
 * footnote links would point nowhere.
 */
function unprefix(node: AnyNode): void {
  if (node.type === 'element') {
    const props = (node as Element).properties;
    for (const key of Object.keys(props)) {
      if (!CLOBBERED.has(key)) continue;
      const value = props[key];
      const strip = (v: unknown) => (typeof v === 'string' && v.startsWith(PREFIX) ? v.slice(PREFIX.length) : v);
      props[key] = (Array.isArray(value) ? value.map(strip) : strip(value)) as Element['properties'][string];
    }
  }
  if ('children' in node) (node.children as AnyNode[] | undefined)?.forEach(unprefix);
}

function clean(root: Root): Root {
  const children = root.children.flatMap((child): RootContent[] => {
    if (COMPONENT.has(child.type)) {
      const component = child as unknown as { children: RootContent[] };
      return [{ ...child, children: clean({ type: 'root', children: component.children }).children } as RootContent];
    }
    return (sanitize({ type: 'root', children: [child] }, ARTICLE_SCHEMA) as Root).children;
  });
  return { ...root, children };
}

function elementsByPlace(node: AnyNode, into = new Map<string, Element>()): Map<string, Element> {
  if (node.type === 'element' && node.position?.start.offset !== undefined) into.set(`${node.position.start.offset}:${(node as Element).tagName}`, node as Element);
  if ('children' in node) (node.children as AnyNode[] | undefined)?.forEach((c) => elementsByPlace(c, into));
  return into;
}

const attributeName = (property: string) => find(html, property).attribute;
const valueText = (value: unknown) => (Array.isArray(value) ? value.join(' ') : String(value));

/**
 * What `before` had that `after` has not: elements (matched by their place in the
 * file) and attributes. What lies inside an element dropped with its content is not
 * worth a line of its own.
 */
function dropsBetween(before: AnyNode, after: AnyNode): HtmlDrop[] {
  const kept = elementsByPlace(after);
  const drops: HtmlDrop[] = [];
  const walk = (node: AnyNode) => {
    if (node.type === 'element' && node.position?.start.offset !== undefined) {
      const element = node as Element;
      const line = node.position.start.line;
      const survivor = kept.get(`${node.position.start.offset}:${element.tagName}`);
      if (!survivor) {
        const removed = STRIPPED.includes(element.tagName);
        drops.push({ kind: 'element', line, tag: element.tagName, content: removed ? 'removed' : 'kept' });
        if (removed) return;
      } else {
        for (const [property, value] of Object.entries(element.properties)) {
          if (value === undefined || value === null || value === false) continue;
          if (survivor.properties[property] === undefined) drops.push({ kind: 'attribute', line, tag: element.tagName, attribute: attributeName(property), value: valueText(value) });
        }
      }
    }
    if ('children' in node) (node.children as AnyNode[] | undefined)?.forEach(walk);
  };
  walk(before);
  return drops;
}

/**
 * False when `source` cannot hold anything the allowlist drops: raw HTML and autolinks
 * need `<`, every other link or image `](`, `][` or `]:`. Most articles have none, and
 * cleaning costs a whole tree copy, so the build and the check skip those.
 */
export function mayHoldHtml(source: string): boolean {
  return /<|\]\(|\]\[|\]:/.test(source);
}

/** Whether one element as compiled from Markdown would lose an attribute (its links and images). */
export function elementNeedsCleaning(element: Element): boolean {
  const copy: Element = { type: 'element', tagName: element.tagName, properties: { ...element.properties }, children: [] };
  const cleaned = (sanitize({ type: 'root', children: [copy] }, ARTICLE_SCHEMA) as Root).children[0] as Element | undefined;
  return cleaned?.type !== 'element' || Object.keys(copy.properties).some((k) => copy.properties[k] != null && cleaned.properties[k] === undefined);
}

export interface CleanBody {
  /** The tree to publish; `undefined` when the input is already clean and can be published as it is. */
  tree: Root | undefined;
  drops: HtmlDrop[];
}

/**
 * Cleans a compiled article body. `source` is the text the tree's positions refer
 * to (raw HTML is parsed in place, with its lines kept).
 */
export function cleanBody(root: Root, source: string): CleanBody {
  const parsed = hasRaw(root) ? (raw(root, { file: new VFile(source), passThrough: PASS_THROUGH }) as Root) : root;
  unprefix(parsed);
  const tree = clean(structuredClone(parsed));
  const drops = dropsBetween(parsed, tree);
  return { tree: drops.length > 0 || parsed !== root ? tree : undefined, drops };
}

/** The check's and the build's words for a drop: English, then Chinese. */
export function htmlDropWords(d: HtmlDrop): { en: string; zh: string } {
  switch (d.kind) {
    case 'element':
      return d.content === 'removed'
        ? {
            en: `<${d.tag}> is not published: the site drops it with everything inside it (articles may not hold ${PAGE_LEVEL.has(d.tag) ? 'page settings' : 'scripts, styles, frames or forms'}). Fix: delete it.`,
            zh: `<${d.tag}> 不会发布，网站会连同里面的内容一起删掉（稿件里不能有${PAGE_LEVEL.has(d.tag) ? '页面设置' : '脚本、样式、框架或表单'}）；改法：删去它`,
          }
        : {
            en: `<${d.tag}> is not published: the site drops the tag (its text stays). Fix: delete the tag; write Markdown instead (**bold**, [link](https://…), > quote).`,
            zh: `<${d.tag}> 标签不会发布，网站会删掉这个标签（文字保留）；改法：删去标签，改用 Markdown 写法（**加粗**、[链接](https://…)、> 引用）`,
          };
    case 'attribute':
      return {
        en: `<${d.tag} ${d.attribute}="${d.value.slice(0, 60)}">: the site drops this attribute (${/^on/.test(d.attribute) ? 'event handlers are code' : 'only links to http(s) and mailto, and images that are the site’s own files, are kept'}). Fix: remove it.`,
        zh: `<${d.tag}> 的 ${d.attribute}="${d.value.slice(0, 60)}" 不会发布，网站会删掉它（${/^on/.test(d.attribute) ? '事件属性是程序代码' : '只保留 http(s)、mailto 链接和本站的图片'}）；改法：删去这个属性`,
      };
    default: {
      const never: never = d;
      return never;
    }
  }
}
