// The frontmatter as a whole, before its fields: present, valid YAML, within the
// reader's limits. Worded once for `npm run check` and for the build's content loader,
// which stops on these before Astro's own YAML reader sees the file.
import type { Frontmatter } from './frontmatter.ts';
import { FRONTMATTER_LIMITS } from './frontmatter.ts';
import type { Problem } from './problem.ts';
import { EDITION_FILE } from './defaults.ts';

/** What is wrong with an article's frontmatter block itself; empty when it can be read. */
export function frontmatterProblems(file: string, source: Frontmatter): Problem[] {
  const problems: Problem[] = [];
  if (!source.hasFrontmatter) {
    problems.push({
      file,
      line: 1,
      field: 'frontmatter',
      zh: '文件开头没有 --- 包起来的文章信息（frontmatter）；改法：第一行写 ---，接着写 title、date、page、order 各一行，再写一行 ---',
      en: 'no frontmatter at the top of the file. Fix: start the file with a line `---`, then `title:`, `date:`, `page:`, `order:`, then `---`.',
    });
  }
  for (const e of source.yamlErrors) {
    problems.push({
      file,
      line: e.line,
      field: 'frontmatter',
      zh: `文章信息不是正确的 YAML（${e.message}）；改法：每行写成“字段: 值”，冒号后空一格，值里有冒号或引号时整个值加引号`,
      en: `the frontmatter is not valid YAML (${e.message}). Fix: write one \`field: value\` a line, a space after the colon, and quote a value that holds a colon or quote.`,
    });
  }
  if (source.limit) problems.push(limitProblem(file, source.limit, 'frontmatter'));
  return problems;
}

/** A YAML text past FRONTMATTER_LIMITS (an article's frontmatter, or edition.yaml). */
export function limitProblem(file: string, limit: NonNullable<Frontmatter['limit']>, field: string): Problem {
  switch (limit.what) {
    case 'size':
      return {
        file,
        line: limit.line,
        field,
        en: `the YAML is ${Math.ceil(limit.bytes / 1024)} KB, more than the ${FRONTMATTER_LIMITS.bytes / 1024} KB it may be, so it was not read. Fix: keep only the article's fields here and put long text in the body.`,
        zh: `这段 YAML 有 ${Math.ceil(limit.bytes / 1024)} KB，超过上限 ${FRONTMATTER_LIMITS.bytes / 1024} KB，没有读取；改法：这里只写文章信息的各个字段，长文字放进正文`,
      };
    case 'aliases':
      return {
        file,
        line: limit.line,
        field,
        en: `the YAML's aliases (*name) expand past ${FRONTMATTER_LIMITS.aliases} copies, so it was not read (a few such lines can fill the build machine's memory). Fix: write each value out instead of using & and *.`,
        zh: `这段 YAML 的别名（*名字）展开超过 ${FRONTMATTER_LIMITS.aliases} 份，没有读取（几行这样的写法就能占满构建机器的内存）；改法：不要用 & 和 *，把每个值直接写出来`,
      };
    default: {
      const never: never = limit;
      return never;
    }
  }
}

/** edition.yaml that cannot be read: not YAML, or past the limits. */
export function editionYamlProblems(file: string, source: Pick<Frontmatter, 'yamlErrors' | 'limit'>): Problem[] {
  if (source.limit) return [limitProblem(file, source.limit, EDITION_FILE)];
  return source.yamlErrors.map((e) => ({
    file,
    line: e.line,
    field: EDITION_FILE,
    zh: `不是正确的 YAML（${e.message}）；改法：每行写成“字段: 值”，冒号后空一格`,
    en: `not valid YAML (${e.message}). Fix: write one \`field: value\` a line, a space after the colon.`,
  }));
}
