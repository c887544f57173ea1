// One article file on its own: frontmatter present and readable, fields valid
// (the shared ArticleSchema), photos found next to the file, body compiles.
import { ArticleSchema, type Article } from './article.ts';
import { ARTICLE_HELP } from './explain.ts';
import { isExternalSrc, photoKey, photoProblem } from './photos.ts';
import { compileProblem } from './compile.ts';
import type { Problem } from './problem.ts';
import { validate, ARTICLE_HELP_ZH } from './explain-zh.ts';
import { readFrontmatter, type Frontmatter } from './frontmatter.ts';
import { HINT_MARK } from './defaults.ts';

export interface CheckedArticle {
  file: string;
  source: Frontmatter;
  /** The validated frontmatter; undefined when it has problems. */
  article?: Article;
  problems: Problem[];
}

/** `exists` answers for a path from the project root (`content/editions/…/photo.jpg`). */
export function checkArticle(file: string, text: string, exists: (path: string) => boolean): CheckedArticle {
  const source = readFrontmatter(text);
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
  const compiled = compileProblem(file, text);
  if (compiled) problems.push(compiled);
  if (!source.hasFrontmatter || source.yamlErrors.length > 0) return { file, source, problems };

  const { value, problems: fieldProblems } = validate(ArticleSchema, {
    file,
    data: source.data,
    help: ARTICLE_HELP,
    helpZh: ARTICLE_HELP_ZH,
    lineOf: source.lineOf,
  });
  problems.push(...fieldProblems);
  if (value && value.draft !== true) problems.push(...unfinished(file, text));
  // Files are looked for even when another field is wrong: one run shows everything.
  problems.push(...photoProblems(file, source, exists));
  return { file, source, problems, ...(value ? { article: value } : {}) };
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

/**
 * The image files the site finds, as in the glob of src/lib/photo-files.ts (a glob
 * there must be a literal, so it is repeated here; a unit test keeps the two equal).
 */
export const PHOTO_EXTENSIONS = ['jpg', 'jpeg', 'png', 'webp', 'avif', 'JPG', 'JPEG', 'PNG'] as const;
const isPhotoFile = (path: string) => (PHOTO_EXTENSIONS as readonly string[]).includes(path.split('.').at(-1) ?? '');

function photoProblems(file: string, source: Frontmatter, exists: (path: string) => boolean): Problem[] {
  const problems: Problem[] = [];
  const photos: unknown = source.data['photos'];
  if (!Array.isArray(photos)) return problems;
  photos.forEach((item: unknown, i) => {
    const photo = item !== null && typeof item === 'object' ? (item as { src?: unknown }) : {};
    if (typeof photo.src !== 'string' || photo.src.trim() === '') return;
    const external = isExternalSrc(photo.src);
    const path = photoKey(file, photo.src).slice(1);
    const en = photoProblem(file, i, photo.src, !external && isPhotoFile(path) && exists(path));
    if (!en) return;
    problems.push({
      file,
      line: source.lineOf(['photos', i, 'src']),
      field: `photos[${i}].src`,
      zh: external
        ? `图片文件（photos[${i}].src）是外站链接“${photo.src}”，网站不从别的网站取图；改法：把图片存到文章旁边，写 \`src: ./photo.jpg\``
        : isPhotoFile(path)
          ? `图片文件（photos[${i}].src）是“${photo.src}”，但 ${path} 不存在；改法：把 .jpg/.png/.webp/.avif 图片放到文章文件旁边，或改正文件名`
          : `图片文件（photos[${i}].src）是“${photo.src}”，网站只认 .jpg/.jpeg/.png/.webp/.avif 图片；改法：把图片另存为 .jpg 或 .png，放到文章文件旁边`,
      en: en.slice(`${file}: `.length),
    });
  });
  return problems;
}
