// The smaller findings of issue 13, each with the behaviour it must now have.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { REPO_ROOT } from '../../../scripts/lib/project-build.ts';
import { scaffold } from '../../helpers/content-copy.ts';
import { ArticleSchema } from '#src/content/article.ts';
import { decode } from '#src/ingest/decode.ts';
import { IngestError } from '#src/ingest/types.ts';
import { runIngest } from '#src/ingest/run.ts';
import { articleSearchMeta } from '#src/search/build/article-meta.ts';
import { searchRecord } from '#src/search/build/records.ts';
import { articlePath, articleUrls, pageKind } from '#src/site/paths.ts';

const dirs: string[] = [];
const temp = (label: string) => {
  const d = mkdtempSync(join(tmpdir(), `${label}-`));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('a page or order number of 100 or more is in search', () => {
  test('its built page is an article page, and so among the pages indexed', () => {
    const files = ['2026/04/02/100/100/index.html', '2026/04/02/01/01/index.html', '2026/04/02/100/index.html'];
    expect(pageKind('2026/04/02/100/100/index.html')).toBe('article');
    expect(pageKind('2026/04/02/100/index.html')).toBe('page');
    expect(articleUrls(files)).toEqual(['/2026/04/02/01/01/', '/2026/04/02/100/100/']);
    expect(articlePath('2026-04-02', 100, 100)).toBe('/2026/04/02/100/100/');
  });
});

describe('a page name cannot add fields to the search record', () => {
  test('a name holding `, title:` is the page name and nothing else', () => {
    const article = ArticleSchema.parse({ title: '真标题', date: '2026-04-02', page: 3, order: 1 });
    const name = '综合, title:假标题, date:1999-01-01';
    const record = searchRecord('<article data-pagefind-body><div class="article-body"><p>正文</p></div></article>', '/2026/04/02/03/01/', articleSearchMeta(article, { number: 3, name }));
    expect(record?.meta).toEqual({ title: '真标题', date: '2026-04-02', page: '3', order: '1', pageName: name });
    expect(record?.filters['page']).toEqual([`第03版 ${name}`]);
  });
});

describe('npm run new -- --out with an absolute folder', () => {
  test('writes there, prints that path, and nothing under the project', () => {
    const project = temp('project');
    const elsewhere = temp('elsewhere');
    const run = scaffold(project, '--date', '2026-04-02', '--page', '2', '--title', '标题', '--out', elsewhere);
    expect(run.code, run.out).toBe(0);
    expect(run.out.split('\n').at(-1)).toBe(`${elsewhere}/2026-04-02/02-01.md`);
    expect(readdirSync(join(elsewhere, '2026-04-02')).sort()).toEqual(['02-01.md', 'edition.yaml']);
    expect(readdirSync(project)).toEqual([]);
  });
});

describe('ingest --out that is not a folder one can write to', () => {
  const raw = join(REPO_ROOT, 'content/raw/2026-04-02/01.txt');
  const ingest = (out: string) => {
    const lines: string[] = [];
    const code = runIngest([raw, '--date', '2026-04-02', '--page', '1', '--out', out], { out: () => {}, err: (l) => lines.push(l) });
    return { code, err: lines.join('\n') };
  };
  test('a file: named, with the fix, exit 1, no stack trace, the file untouched', () => {
    const file = join(temp('out-file'), 'editions');
    writeFileSync(file, 'not a folder');
    const r = ingest(file);
    expect(r.code).toBe(1);
    expect(r.err).toBe(`[ingest] cannot write into ${file}: a file stands where a folder is needed. Fix: give a folder you can write to, or move the file away.`);
    expect(readFileSync(file, 'utf8')).toBe('not a folder');
  });
  test('a folder that cannot be created: named, with its reason (a name too long for the file system, which no permission can allow)', () => {
    const out = join(temp('out-long'), 'x'.repeat(300));
    const r = ingest(out);
    expect(r.code).toBe(1);
    expect(r.err).toBe(`[ingest] cannot write into ${out}: it cannot be created (ENAMETOOLONG). Fix: give a folder you can write to, or move the file away.`);
  });
  test('a file further up: named as a file in the way', () => {
    const file = join(temp('out-under-file'), 'file');
    writeFileSync(file, 'x');
    const r = ingest(join(file, 'editions'));
    expect(r.code).toBe(1);
    expect(r.err).toBe(`[ingest] cannot write into ${join(file, 'editions')}: a file stands where a folder is needed. Fix: give a folder you can write to, or move the file away.`);
  });
});

describe('a byte that is not UTF-8 in a UTF-8 page is named at its own line', () => {
  test('line 5, not line 1 and not a guess at another encoding', () => {
    const lines = ['舟山日报 第一行', '第二行标题', '第三行：正文内容比较长一些。', '第四行正文继续。'].map((l) => Buffer.from(`${l}\n`));
    const bytes = Buffer.concat([...lines, Buffer.from('第五行'), Buffer.from([0xff]), Buffer.from('坏字节\n第六行。\n')]);
    try {
      decode(new Uint8Array(bytes));
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(IngestError);
      expect((err as IngestError).where?.line).toBe(5);
      expect((err as Error).message).toBe('this line holds a byte that is not UTF-8 (the rest of the file is UTF-8); save the page as UTF-8 again, or retype the damaged character, and run the ingest again');
    }
  });
});
