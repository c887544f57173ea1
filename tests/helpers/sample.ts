// What the built pages must show, read from the article files themselves (the
// repository's content/, read only): frontmatter through the project's own schema,
// body blocks by the rules of the article format (content/写稿指南.md).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ArticleSchema, type Article } from '#src/content/article.ts';
import { EditionSchema, type Edition } from '#src/content/edition.ts';
import { REPO_ROOT } from '../../scripts/lib/project-build.ts';
import { articlePath } from '#src/site/paths.ts';
import { EDITION_FILE } from '#src/content/defaults.ts';
import { readFrontmatter, readYaml } from '#src/content/frontmatter.ts';

export type Block =
  | { type: 'paragraph'; text: string }
  | { type: 'heading'; text: string }
  | { type: 'aside'; title: string; items: string[] };

export type SampleArticle = { file: string; data: Article; blocks: Block[]; url: string };

export const SAMPLE_DATE = '2026-04-02';
export const SAMPLE_DIR = join(REPO_ROOT, 'content', 'editions', SAMPLE_DATE);

/** Markdown inline syntax and MDX escapes removed: what a reader sees of a line. */
function plain(line: string): string {
  return line
    .trim()
    .replace(/\\([\\`*_{}[\]()#+\-.!<>|~])/g, '$1')
    .replace(/\*\*([^*]+)\*\*/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** The body's blocks in file order. */
export function bodyBlocks(body: string): Block[] {
  const blocks: Block[] = [];
  const lines = body.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === '' || line.startsWith('import ')) continue;
    const asideOpen = /^<Aside\s+title=(?:"([^"]*)"|'([^']*)'|\{"([^"]*)"\})\s*>$/.exec(line);
    if (asideOpen) {
      const items: string[] = [];
      for (i++; i < lines.length && lines[i]!.trim() !== '</Aside>'; i++) if (lines[i]!.trim() !== '') items.push(plain(lines[i]!));
      blocks.push({ type: 'aside', title: asideOpen[1] ?? asideOpen[2] ?? asideOpen[3] ?? '', items });
      continue;
    }
    if (line.startsWith('>')) {
      const quoted: string[] = [];
      for (; i < lines.length && lines[i]!.trim().startsWith('>'); i++) quoted.push(lines[i]!.trim().replace(/^>\s?/, ''));
      i--;
      const [first = '', ...rest] = quoted.filter((q) => q.trim() !== '');
      const title = /^\*\*(.+)\*\*$/.exec(first.trim())?.[1];
      if (title) blocks.push({ type: 'aside', title, items: rest.map(plain) });
      else quoted.filter((q) => q.trim() !== '').forEach((q) => blocks.push({ type: 'paragraph', text: plain(q) }));
      continue;
    }
    const heading = /^#{2,6}\s+(.*)$/.exec(line);
    if (heading) blocks.push({ type: 'heading', text: plain(heading[1]!) });
    else blocks.push({ type: 'paragraph', text: plain(line) });
  }
  return blocks;
}

export function readArticle(path: string): SampleArticle {
  const source = readFrontmatter(readFileSync(path, 'utf8'));
  if (!source.hasFrontmatter) throw new Error(`${path}: no frontmatter`);
  const data = ArticleSchema.parse(source.data);
  return { file: path, data, blocks: bodyBlocks(source.body), url: articlePath(data.date, data.page, data.order) };
}

/** The sample edition's published articles in reading order (page, then order). */
export function sampleArticles(): SampleArticle[] {
  return readdirSync(SAMPLE_DIR)
    .filter((name) => /\.mdx?$/.test(name))
    .map((name) => readArticle(join(SAMPLE_DIR, name)))
    .filter((a) => a.data.draft !== true)
    .sort((a, b) => a.data.page - b.data.page || a.data.order - b.data.order);
}

export function sampleEdition(): Edition {
  return EditionSchema.parse(readYaml(readFileSync(join(SAMPLE_DIR, EDITION_FILE), 'utf8'), 1).data);
}

/** Writers in a byline (`记者 吴建波 通讯员 毛燕芳 廖华南/文 记者 张磊/摄`): not roles, not photographers. */
export function bylineNames(byline: string): string[] {
  return byline
    .split(/\s+/)
    .filter((w) => !/\/(摄|图)$/.test(w))
    .map((w) => w.replace(/\/文$/, ''))
    .filter((w) => w !== '' && !/^(记者|通讯员|实习生|本报|见习记者)$/.test(w));
}

/** The first paragraph's opening words, without the 本报讯（…） dateline. */
export function leadWords(article: SampleArticle, length = 10): string {
  const first = article.blocks.find((b) => b.type === 'paragraph');
  if (!first || first.type !== 'paragraph') throw new Error(`${article.file}: no paragraph`);
  return first.text.replace(/^本报讯(（[^）]*）)?\s*/, '').replace(/\s+/g, '').slice(0, length);
}
