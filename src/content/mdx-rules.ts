// MDX is a closed language here: an .mdx article may use the components the site
// provides, with literal text props, and nothing else (no import/export, no
// {expressions}, no other JSX). An MDX file is a program: without this rule one
// article could run any command on the build machine (`export const x =
// execSync("…")`) and publish what it prints. Decided here, once, on the file's
// mdast (Sätteri, the build's own parser): `npm run check`, the content loader
// (before any MDX is compiled) and the build's MDX pipeline all ask this module.
// A newsroom that trusts every committer may open MDX with CONTENT_MDX=open
// (docs/operators.md); it is closed unless that is set.
import { mdxToMdast } from 'satteri';

/** The components an article page hands to MDX (`<Content components={{ Aside }} />`), each with the props it takes. */
export const MDX_COMPONENTS: Readonly<Record<string, readonly string[]>> = { Aside: ['title'] };

/** The setting that opens MDX; anything but `open` keeps it closed. */
export const MDX_SETTING = 'CONTENT_MDX';
export type MdxMode = 'closed' | 'open';

/** `closed` unless CONTENT_MDX=open; any other value is a mistake worth stopping for. */
export function mdxMode(env: Readonly<Record<string, string | undefined>> = process.env): MdxMode {
  const value = env[MDX_SETTING];
  if (value === undefined || value === '' || value === 'closed') return 'closed';
  if (value === 'open') return 'open';
  throw new Error(`${MDX_SETTING}="${value}": expected "closed" (the default) or "open" (see docs/operators.md, "MDX").`);
}

/** One thing a closed-MDX article may not hold, with its file line. */
export type MdxViolation =
  | { kind: 'esm'; line: number; code: string }
  | { kind: 'expression'; line: number; code: string }
  | { kind: 'element'; line: number; name: string }
  | { kind: 'attribute'; line: number; element: string; attribute: string }
  | { kind: 'placement'; line: number; element: string };

interface MdxNode {
  type: string;
  name?: string | null;
  value?: unknown;
  attributes?: { type: string; name?: string; value?: unknown }[];
  position?: { start: { line: number } };
  children?: MdxNode[];
}

const firstLine = (code: unknown) => String(code ?? '').trim().split('\n')[0]!.slice(0, 60);

function attributeViolations(node: MdxNode, line: number, name: string): MdxViolation[] {
  const allowed = MDX_COMPONENTS[name] ?? [];
  return (node.attributes ?? []).flatMap((a): MdxViolation[] => {
    // `{...props}` and `prop={expression}` are code; a bare `prop` is `true`, not text.
    const literal = a.type === 'mdxJsxAttribute' && typeof a.value === 'string';
    const attribute = a.type === 'mdxJsxAttribute' ? `${a.name ?? ''}${literal ? '' : a.value === null || a.value === undefined ? '' : '={…}'}` : `{${firstLine(a.value)}}`;
    return literal && allowed.includes(a.name ?? '') ? [] : [{ kind: 'attribute', line, element: name, attribute }];
  });
}

/**
 * Everything in `text` (a whole .mdx file, frontmatter included, so lines are the
 * file's) that closed MDX refuses, in file order. Throws what Sätteri throws when the
 * file does not parse (the compile check words that).
 */
export function mdxViolations(text: string): MdxViolation[] {
  const root = mdxToMdast(text, { features: { frontmatter: true } }) as unknown as MdxNode;
  const found: MdxViolation[] = [];
  const walk = (node: MdxNode, depth: number, inComponent: boolean) => {
    const line = node.position?.start.line ?? 1;
    switch (node.type) {
      case 'mdxjsEsm':
        found.push({ kind: 'esm', line, code: firstLine(node.value) });
        return;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        found.push({ kind: 'expression', line, code: firstLine(node.value) });
        return;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const name = node.name ?? '';
        if (!Object.hasOwn(MDX_COMPONENTS, name)) found.push({ kind: 'element', line, name: name || '<>' });
        else {
          // A box is a block of the article: on its own lines, at the top level, never inside another.
          if (node.type === 'mdxJsxTextElement' || depth !== 1 || inComponent) found.push({ kind: 'placement', line, element: name });
          found.push(...attributeViolations(node, line, name));
        }
        node.children?.forEach((c) => walk(c, depth + 1, true));
        return;
      }
      default:
        node.children?.forEach((c) => walk(c, depth + 1, inComponent));
    }
  };
  walk(root, 0, false);
  return found;
}

/** The check's and the build's words for a violation: English, then Chinese. */
export function mdxViolationWords(v: MdxViolation): { en: string; zh: string } {
  const components = Object.keys(MDX_COMPONENTS).map((c) => `<${c} title="…">`).join(', ');
  switch (v.kind) {
    case 'esm':
      return {
        en: `\`${v.code}\`: import and export are program code, which an article may not hold. Fix: delete the line; a box is <Aside title="…">…</Aside>, which needs no import.`,
        zh: `“${v.code}”是程序代码（import/export），稿件里不能写；改法：删去这一行，方框直接写 <Aside title="标题">……</Aside>，不用 import`,
      };
    case 'expression':
      return {
        en: `\`{${v.code}}\` is a program expression, which an article may not hold. Fix: write \\{ and \\} for the braces themselves (or full-width ｛｝), or remove the expression.`,
        zh: `“{${v.code}}”是程序表达式，稿件里不能写；改法：要写花括号本身请写成 \\{ \\}（或全角“｛｝”），否则删去`,
      };
    case 'element':
      return {
        en: `<${v.name}> is not a component the site provides; an .mdx article may use only ${components}. Fix: remove the tag (write \\< for the character itself), or use a box.`,
        zh: `<${v.name}> 不是网站提供的组件，.mdx 稿件只能用 ${components}；改法：删去这个标签（要写“<”本身请写 \\<），或改用方框`,
      };
    case 'attribute':
      return {
        en: `<${v.element} ${v.attribute}>: a component takes only ${(MDX_COMPONENTS[v.element] ?? []).map((p) => `${p}="text"`).join(', ')}, written as quoted text. Fix: write <${v.element} title="标题">.`,
        zh: `<${v.element}> 的属性“${v.attribute}”不行，组件只接受用引号写的文字：${(MDX_COMPONENTS[v.element] ?? []).map((p) => `${p}="…"`).join('、')}；改法：写成 <${v.element} title="标题">`,
      };
    case 'placement':
      return {
        en: `<${v.element}> must stand on its own lines at the top level of the body, not inside a paragraph, list, quotation or another box. Fix: put <${v.element} title="…"> and </${v.element}> each on a line of its own, with blank lines around the box.`,
        zh: `<${v.element}> 方框要单独成段，放在正文最外层，不能放在段落、列表、引用或另一个方框里；改法：<${v.element} title="…"> 和 </${v.element}> 各占一行，方框前后各空一行`,
      };
    default: {
      const never: never = v;
      return never;
    }
  }
}
