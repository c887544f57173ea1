// The article body's two newspaper conventions, for `.md` and `.mdx` alike (a
// Sätteri hast plugin, set as `markdown.processor` in astro.config.mjs; MDX
// inherits it):
// - a `## 【一线探访】` heading is a section label, not a subheading: it gets the
//   class `section-label` and is styled as a label;
// - a `> ` blockquote whose first line is `**标题**` is a boxed sidebar: it becomes
//   the same markup as the <Aside title="标题"> component (src/components/Aside.astro).

import { defineHastPlugin } from 'satteri';
import type { Element, ElementContent } from 'hast';

export const SECTION_LABEL = /^【[^】]+】$/;

/** A detached plain copy: the visitor hands out lazy nodes that cannot be reused as they are. */
function plain(node: ElementContent): ElementContent {
  if (node.type === 'element') {
    return { type: 'element', tagName: node.tagName, properties: { ...node.properties }, children: node.children.map(plain) };
  }
  if (node.type === 'text') return { type: 'text', value: node.value };
  if (node.type === 'comment') return { type: 'comment', value: node.value };
  return { type: 'text', value: '' };
}

const blank = (n: ElementContent) => n.type === 'text' && n.value.trim() === '';
const textOf = (n: ElementContent): string =>
  n.type === 'text' ? n.value : n.type === 'element' ? n.children.map(textOf).join('') : '';

/** The box markup shared with Aside.astro. */
export function boxElement(title: string, children: ElementContent[]): Element {
  return {
    type: 'element',
    tagName: 'aside',
    properties: { className: ['box'], dataBox: '' },
    children: [
      { type: 'element', tagName: 'p', properties: { className: ['box-title'] }, children: [{ type: 'text', value: title }] },
      ...children,
    ],
  };
}

/** The box a `> **标题**` blockquote stands for, or undefined for an ordinary quotation. */
export function blockquoteBox(node: Element): Element | undefined {
  const children = node.children.filter((c) => !blank(c)).map(plain);
  const first = children[0];
  if (!first || first.type !== 'element' || first.tagName !== 'p') return undefined;
  const inner = first.children.filter((c) => !blank(c));
  const strong = inner[0];
  if (!strong || strong.type !== 'element' || strong.tagName !== 'strong') return undefined;
  const title = textOf(strong).trim();
  if (title === '') return undefined;
  // `> **标题**` directly followed by text on the next line: that text is a paragraph of the box.
  const rest = first.children.slice(first.children.indexOf(strong) + 1).filter((c) => !(c.type === 'element' && c.tagName === 'br'));
  const restText = rest.map(textOf).join('').trim();
  const lead: ElementContent[] =
    restText === '' ? [] : [{ type: 'element', tagName: 'p', properties: {}, children: trimStart(rest) }];
  return boxElement(title, [...lead, ...children.slice(1)]);
}

function trimStart(nodes: ElementContent[]): ElementContent[] {
  const [head, ...tail] = nodes;
  if (head?.type === 'text') return [{ type: 'text', value: head.value.replace(/^\s+/, '') }, ...tail];
  return nodes;
}

export const newspaperBody = defineHastPlugin({
  name: 'zsdaily-newspaper-body',
  element: [
    {
      filter: ['h2'],
      visit(node, ctx) {
        if (SECTION_LABEL.test(ctx.textContent(node).trim())) ctx.setProperty(node, 'className', ['section-label']);
      },
    },
    {
      filter: ['blockquote'],
      visit(node, ctx) {
        const box = blockquoteBox(node as Element);
        if (box) ctx.replaceNode(node, box);
      },
    },
  ],
});
