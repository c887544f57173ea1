// An article's body, checked the way the build takes it: text that is UTF-8, a body
// that compiles (compile.ts), closed MDX (mdx-rules.ts) and the HTML the site keeps
// (html-rules.ts). `npm run check` reports all of it; the content loader stops the
// build on bodyProblems before any MDX is compiled, in the same words.
import { markdownToHast, mdxToHast } from 'satteri';
import type { Root } from 'hast';
import { compileError, compileProblem } from './compile.ts';
import { cleanBody, htmlDropWords, mayHoldHtml } from './html-rules.ts';
import { mdxViolations, mdxViolationWords, type MdxMode } from './mdx-rules.ts';
import type { Problem } from './problem.ts';

/** U+FFFD is what a byte that is not UTF-8 becomes when the file is read as text. */
function notUtf8(file: string, text: string): Problem[] {
  const at = text.indexOf('\uFFFD');
  if (at < 0) return [];
  return [
    {
      file,
      line: text.slice(0, at).split('\n').length,
      field: 'encoding',
      en: 'this line holds a byte that is not UTF-8 (shown as �); the page would show it as �. Fix: save the file as UTF-8 (in the editor: File › Save with Encoding › UTF-8) and retype the character.',
      zh: '这一行有不是 UTF-8 编码的字节（显示为 �），网页上会显示成 �；改法：把文件另存为 UTF-8 编码，再重打这个字',
    },
  ];
}

/**
 * What stops the build in a body, with file lines: `text` is the whole file. Closed
 * MDX (the default) refuses every import, export, expression and tag but the site's
 * components; open MDX (CONTENT_MDX=open) only what would not compile or render.
 */
export function bodyProblems(file: string, text: string, mode: MdxMode): Problem[] {
  const problems = notUtf8(file, text);
  // Markdown has no syntax errors (any text is a CommonMark document): only MDX can fail to compile.
  if (!file.endsWith('.mdx')) return problems;
  if (mode === 'open') {
    const compiled = compileProblem(file, text);
    return compiled ? [...problems, compiled] : problems;
  }
  const broken = compileError(file, text);
  if (broken) return [...problems, broken];
  return [...problems, ...mdxViolations(text).map((v): Problem => ({ file, line: v.line, field: 'MDX', ...mdxViolationWords(v) }))];
}

/** What the site's HTML allowlist would drop from the body, each at its file line (the build publishes the rest). */
export function htmlProblems(file: string, text: string): Problem[] {
  if (!mayHoldHtml(text)) return [];
  const mdx = file.endsWith('.mdx');
  let tree: Root;
  try {
    tree = (mdx ? mdxToHast(text, { features: { frontmatter: true } }) : markdownToHast(text, { features: { frontmatter: true } })) as unknown as Root;
  } catch {
    return []; // bodyProblems says why it does not compile
  }
  return cleanBody(tree, text).drops.map((d): Problem => ({ file, line: d.line, field: 'HTML', ...htmlDropWords(d) }));
}
