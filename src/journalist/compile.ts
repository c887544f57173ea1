// The body must compile the way the build compiles it: satteri is the Markdown/MDX
// compiler Astro itself uses (@astrojs/markdown-satteri), so a file that fails
// here fails the build, and the error's line is the file's line.
import { markdownToJs, mdxToJs } from 'satteri';
import type { Problem } from './problem.ts';

/** satteri says `7:4: Unexpected end of file … (mdx-jsx:unexpected-character)`. */
const POSITION = /^(\d+):(\d+):\s*/;

const HOW_TO_FIX_MDX =
  '改法：.mdx 里 { } < > 是语法符号，要写这些字符本身请在前面加反斜杠（\\{ \\< ），或改用全角“＜＞”；<Aside title="…"> 这样的组件必须有配对的 </Aside>';
const HOW_TO_FIX_EN =
  'Fix: in .mdx, { } < > are syntax; write \\{ or \\< for the character itself (or full-width ＜＞), and close every component such as <Aside title="…"> with </Aside>.';

/** A problem when the body does not compile; undefined when it does. */
export function compileProblem(file: string, text: string): Problem | undefined {
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
