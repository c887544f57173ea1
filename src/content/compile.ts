// The body must compile the way the build compiles it: satteri is the Markdown/MDX
// compiler Astro itself uses (@astrojs/markdown-satteri), so a file that fails
// here fails the build, and the error's line is the file's line.
import { markdownToJs, mdxToJs, mdxToMdast } from 'satteri';
import { MDX_COMPONENTS as COMPONENT_PROPS } from './mdx-rules.ts';
import type { Problem } from './problem.ts';

/** satteri says `7:4: Unexpected end of file … (mdx-jsx:unexpected-character)`. */
const POSITION = /^(\d+):(\d+):\s*/;

const HOW_TO_FIX_MDX =
  '改法：.mdx 里 { } < > 是语法符号，要写这些字符本身请在前面加反斜杠（\\{ \\< ），或改用全角“＜＞”；<Aside title="…"> 这样的组件必须有配对的 </Aside>';
const HOW_TO_FIX_EN =
  'Fix: in .mdx, { } < > are syntax; write \\{ or \\< for the character itself (or full-width ＜＞), and close every component such as <Aside title="…"> with </Aside>.';

/**
 * The components an article page hands to MDX (`<Content components={{ Aside }} />` in
 * src/pages/[year]/[month]/[day]/[page]/[order]/index.astro). With MDX open
 * (CONTENT_MDX=open), any other capitalised tag compiles but stops the build when the
 * page renders, unless the file imports it; closed MDX refuses it outright (mdx-rules.ts).
 */
export const MDX_COMPONENTS: readonly string[] = Object.keys(COMPONENT_PROPS);

interface MdNode {
  type: string;
  name?: string | null;
  value?: string;
  position?: { start: { line: number } };
  children?: MdNode[];
}

/** Names bound by the file's own `import` lines. */
function importedNames(esm: string): string[] {
  const names: string[] = [];
  for (const m of esm.matchAll(/import\s+([\w$]+)?\s*,?\s*(?:\{([^}]*)\})?\s*(?:\*\s+as\s+([\w$]+))?\s*from/g)) {
    if (m[1]) names.push(m[1]);
    if (m[3]) names.push(m[3]);
    for (const part of (m[2] ?? '').split(',')) {
      const name = part.trim().split(/\s+as\s+/).at(-1);
      if (name) names.push(name);
    }
  }
  return names;
}

/** The first component tag MDX would not find at render time. */
function unknownComponent(text: string): { name: string; line: number } | undefined {
  const root = mdxToMdast(text, { features: { frontmatter: true } }) as unknown as MdNode;
  const nodes: MdNode[] = [];
  const walk = (node: MdNode) => {
    nodes.push(node);
    node.children?.forEach(walk);
  };
  walk(root);
  const known = new Set([...MDX_COMPONENTS, ...nodes.filter((n) => n.type === 'mdxjsEsm').flatMap((n) => importedNames(n.value ?? ''))]);
  for (const node of nodes) {
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') continue;
    const name = node.name ?? '';
    const base = name.split('.')[0] ?? '';
    if (/^[A-Z]/.test(name) && !known.has(base)) return { name, line: node.position?.start.line ?? 1 };
  }
  return undefined;
}

/** A problem when the body does not compile (or, in open MDX, names a component nobody provides); undefined when it does. */
export function compileProblem(file: string, text: string): Problem | undefined {
  const problem = compileError(file, text);
  if (problem || !file.endsWith('.mdx')) return problem;
  const unknown = unknownComponent(text);
  if (!unknown) return undefined;
  return {
    file,
    line: unknown.line,
    field: 'MDX',
    zh: `正文里的组件 <${unknown.name}> 网站不认识；改法：方框请用 <Aside title="标题">……</Aside>（可用的组件：${MDX_COMPONENTS.join('、')}），或在 .md 文件里用“> **标题**”引用块`,
    en: `the body uses a component <${unknown.name}> that the site does not provide. Fix: use <Aside title="…">…</Aside> for a box (components: ${MDX_COMPONENTS.join(', ')}), or a \`> **title**\` blockquote in a .md file.`,
  };
}

/** A problem when the body does not compile at all; undefined when it does. */
export function compileError(file: string, text: string): Problem | undefined {
  const mdx = file.endsWith('.mdx');
  try {
    if (mdx) mdxToJs(text, { features: { frontmatter: true } });
    else markdownToJs(text, { features: { frontmatter: true } });
    return undefined;
  } catch (err) {
    const message = (err as Error).message;
    const position = POSITION.exec(message);
    const detail = message.replace(POSITION, '');
    return {
      file,
      line: position ? Number(position[1]) : 1,
      field: mdx ? 'MDX' : 'Markdown',
      zh: `正文无法编译（第 ${position?.[2] ?? '?'} 列：${detail}）；${HOW_TO_FIX_MDX}`,
      en: `the body does not compile: ${detail}. ${HOW_TO_FIX_EN}`,
    };
  }
}
