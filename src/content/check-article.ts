// One article file on its own: frontmatter present and readable, fields valid
// (the shared ArticleSchema), photos found next to the file, body compiles.
import { ArticleSchema, type Article } from './article.ts';
import { ARTICLE_HELP } from './explain.ts';
import { BYLINE_MARK, splitDateline } from './newsroom.ts';
import { photoFinding, type PhotoFile } from './photos.ts';
import { bodyProblems, htmlProblems } from './body-check.ts';
import { mdxMode, type MdxMode } from './mdx-rules.ts';
import type { Problem } from './problem.ts';
import { validate, ARTICLE_HELP_ZH } from './explain-zh.ts';
import { readFrontmatter, type Frontmatter } from './frontmatter.ts';
import { frontmatterProblems } from './frontmatter-problems.ts';
import { HINT_MARK } from './defaults.ts';

export interface CheckedArticle {
  file: string;
  source: Frontmatter;
  /** The validated frontmatter; undefined when it has problems. */
  article?: Article;
  problems: Problem[];
}

/**
 * `probe` answers for a path from the project root (`content/editions/…/photo.jpg`);
 * `mode` is the MDX setting (src/content/mdx-rules.ts), closed unless CONTENT_MDX=open.
 */
export function checkArticle(file: string, text: string, probe: (path: string) => PhotoFile | boolean, mode: MdxMode = mdxMode()): CheckedArticle {
  const source = readFrontmatter(text);
  const problems: Problem[] = [...frontmatterProblems(file, source), ...bodyProblems(file, text, mode), ...htmlProblems(file, text)];
  if (!source.hasFrontmatter || source.yamlErrors.length > 0 || source.limit) return { file, source, problems };

  const { value, problems: fieldProblems } = validate(ArticleSchema, {
    file,
    data: source.data,
    help: ARTICLE_HELP,
    helpZh: ARTICLE_HELP_ZH,
    lineOf: source.lineOf,
  });
  problems.push(...fieldProblems);
  if (value && value.draft !== true) problems.push(...unfinished(file, text));
  if (value?.byline) problems.push(...bylineNotes(file, value.byline, source.lineOf(['byline'])));
  // Files are looked for even when another field is wrong: one run shows everything.
  problems.push(...photoProblems(file, source, probe));
  return { file, source, problems, ...(value ? { article: value } : {}) };
}

/**
 * Notes on a byline still written as printed: the `□` mark, or the whole dateline
 * (`本报讯（记者 某某）`), where the format wants what a CMS shows (`记者 某某`).
 */
function bylineNotes(file: string, byline: string, line: number): Problem[] {
  const note = (zh: string, en: string): Problem => ({ file, line, field: 'byline', note: true, zh, en });
  if (BYLINE_MARK.test(byline)) {
    return [note(`署名前面不要“${byline[0]}”；改法：写 \`byline: ${byline.replace(BYLINE_MARK, '')}\``, `the byline starts with the print mark "${byline[0]}". Fix: write \`byline: ${byline.replace(BYLINE_MARK, '')}\`.`)];
  }
  const dateline = splitDateline(byline);
  if (dateline) {
    return [note(`署名里写了电头“${dateline.dateline}”；改法：电头留在正文第一段，署名只写人名和身份，如 \`byline: 记者 某某\``, `the byline holds the dateline "${dateline.dateline}". Fix: keep the dateline in the first paragraph and write only the credit here, e.g. \`byline: 记者 某某\`.`)];
  }
  return [];
}

/** Notes, not errors, on a published article that still looks scaffolded: the build takes it as it is. */
function unfinished(file: string, text: string): Problem[] {
  const at = text.indexOf(HINT_MARK);
  if (at < 0) return [];
  const line = text.slice(0, at).split('\n').length - 1;
  return [
    {
      file,
      line,
      field: 'body',
      note: true,
      zh: '正文里还留着新建稿件时的写稿提示；改法：写好正文后删去 <!-- … --> 这段注释',
      en: 'the body still holds the hints `npm run new` wrote. Fix: delete the <!-- … --> comment once the article is written.',
    },
  ];
}

function photoProblems(file: string, source: Frontmatter, probe: (path: string) => PhotoFile | boolean): Problem[] {
  const photos: unknown = source.data['photos'];
  if (!Array.isArray(photos)) return [];
  return photos.flatMap((item: unknown, i): Problem[] => {
    const photo = item !== null && typeof item === 'object' ? (item as { src?: unknown }) : {};
    if (typeof photo.src !== 'string' || photo.src.trim() === '') return [];
    const finding = photoFinding(file, i, photo.src, probe);
    return finding ? [{ file, line: source.lineOf(['photos', i, 'src']), ...finding }] : [];
  });
}
