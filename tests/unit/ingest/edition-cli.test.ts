// `npm run ingest -- <folder>`: a whole edition in one run, as an editor uses it. The
// pages are ours (tests/fixtures/ingest/pages/edition/2026-05-06/): page 1 has three
// stories that jump to pages 2, 3 and 4; page 2 opens with page 1's continued part
// printed without its headline; page 3 opens with a part that says 上接第二版 although
// page 2 jumps nowhere, then page 1's second story with its headline repeated.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { readFrontmatter } from '#src/content/frontmatter.ts';
import { parseEditionYaml } from '#src/ingest/edition-data.ts';
import { runIngestCli } from '../../helpers/ingest-cli.ts';

const FIXTURE = 'tests/fixtures/ingest/pages/edition/2026-05-06';
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ingest-edition-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const run = runIngestCli;

/** A copy of the fixture edition's raw folder, named `name`. */
function rawFolder(name = '2026-05-06'): string {
  const folder = join(dir, 'raw', name);
  mkdirSync(join(dir, 'raw'), { recursive: true });
  cpSync(FIXTURE, folder, { recursive: true });
  return folder;
}

const outDir = () => join(dir, 'editions');
const edition = () => join(outDir(), '2026-05-06');
const files = () => (existsSync(edition()) ? readdirSync(edition()).sort() : []);
const data = (file: string) => readFrontmatter(readFileSync(join(edition(), file), 'utf8')).data;
const ingestFolder = (folder: string, ...more: string[]) => run([folder, '--out', outDir(), ...more]);

describe('a whole edition in one run', () => {
  test('every page file is ingested, its page number from its file name and the date from the folder name', () => {
    const r = ingestFolder(rawFolder());
    expect(r.code).toBe(0);
    expect(files()).toEqual(['01-01.md', '01-02.md', '01-03.md', '02-01.md', '02-02.md', '03-01.md', '03-02.md', 'edition.yaml']);
    for (const f of files().filter((f) => f !== 'edition.yaml')) {
      expect(data(f)).toMatchObject({ date: '2026-05-06', page: Number(f.slice(0, 2)), order: Number(f.slice(3, 5)) });
    }
  });

  test('jumps are linked across the pages of the run: a part without its headline borrows its first part’s title', () => {
    ingestFolder(rawFolder());
    expect(data('01-01.md')).toMatchObject({ title: '我市海洋经济一季度实现开门红', continuedOn: 2 });
    expect(data('02-01.md')).toMatchObject({ title: '我市海洋经济一季度实现开门红', continuedFrom: 1 });
    expect(data('02-01.md')['draft']).toBeUndefined();
    expect(data('01-02.md')).toMatchObject({ title: '东港新区重点项目集中开工', continuedOn: 3 });
    expect(data('03-02.md')).toMatchObject({ title: '东港新区重点项目集中开工', continuedFrom: 1 });
    expect(data('01-03.md')).toMatchObject({ title: '沈家门渔港启动改造提升工程', continuedOn: 4 });
  });

  test('the report names each link and each jump without its other half by file:line, the page it names and what is missing', () => {
    const folder = rawFolder();
    const r = ingestFolder(folder);
    const at = (page: string, line: number) => `${join(folder, page)}:${line}`;
    expect(r.out).toContain('Jumps: 2 linked, 2 without their other half');
    expect(r.out).toContain(`linked    ${at('01.txt', 9)} 下转第2版 → ${at('02.txt', 1)} 上接第1版  我市海洋经济一季度实现开门红`);
    expect(r.out).toContain(`linked    ${at('01.txt', 17)} 下转第3版 → ${at('03.txt', 7)} 上接第1版  东港新区重点项目集中开工`);
    expect(r.out).toContain(`missing   ${at('01.txt', 25)}: 下转第4版, but page 4 is neither in this run nor in the edition`);
    expect(r.out).toContain(`missing   ${at('03.txt', 1)}: 上接第2版, but no article of page 2 says 下转第3版`);
  });

  test('a continued part whose first part is nowhere is written with draft: true, with a review line', () => {
    const r = ingestFolder(rawFolder());
    expect(data('03-01.md')).toMatchObject({ continuedFrom: 2, draft: true });
    expect(r.out).toMatch(/03\.txt:1 \(block 1\): （上接第2版） has no headline, and no article on page 2 of 2026-05-06 says 下转第3版: .* with draft: true/u);
  });

  test('each page gets its review report and its files; the edition data holds every page with its name and credits', () => {
    const r = ingestFolder(rawFolder(), '--page-names', '1=要闻，2=综合');
    expect(r.out.match(/^\[ingest\] \S+\/0[123]\.txt \(UTF-8\): 2026-05-06 page [123], \d article\(s\)$/gmu)).toHaveLength(3);
    expect(r.out.match(/^Review: /gmu)).toHaveLength(3);
    expect(r.out).toMatch(/edition 2026-05-06, 3 page\(s\) \(1, 2, 3\), 7 article\(s\)/u);
    const yaml = parseEditionYaml(readFileSync(join(edition(), 'edition.yaml'), 'utf8'));
    expect(yaml).toMatchObject({
      date: '2026-05-06',
      pages: [
        { number: 1, name: '要闻', credits: ['责任编辑：孙伟', '版式设计：钱琳'] },
        { number: 2, name: '综合', credits: ['本版编辑：周明'] },
        { number: 3, name: '第03版' },
      ],
    });
  });

  test('the same files as ingesting the pages one by one, in page order', () => {
    const folder = rawFolder();
    ingestFolder(folder);
    const together = files().map((f) => [f, readFileSync(join(edition(), f), 'utf8')]);
    rmSync(outDir(), { recursive: true });
    for (const page of [1, 2, 3]) {
      expect(run([join(folder, `0${page}.txt`), '--date', '2026-05-06', '--page', String(page), '--out', outDir()]).code).toBe(0);
    }
    expect(files().map((f) => [f, readFileSync(join(edition(), f), 'utf8')])).toEqual(together);
  });

  test('a second run leaves every file unchanged', () => {
    const folder = rawFolder();
    ingestFolder(folder);
    const r = ingestFolder(folder);
    expect(r.code).toBe(0);
    expect(r.out.match(/^ {2}unchanged /gmu)).toHaveLength(8);
  });

  test('--dry-run writes nothing', () => {
    const r = ingestFolder(rawFolder(), '--dry-run');
    expect(r.code).toBe(0);
    expect(existsSync(outDir())).toBe(false);
    expect(r.out).toContain('Jumps: 2 linked');
  });

  test('a file or folder that is not a page file is left alone and named', () => {
    const folder = rawFolder();
    writeFileSync(join(folder, '说明.txt'), '排版说明');
    mkdirSync(join(folder, '05.txt'));
    const r = ingestFolder(folder);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/skipped\s+\S+说明\.txt\s+\(not a page file/u);
    expect(r.out).toMatch(/skipped\s+\S+05\.txt\s+\(not a page file/u);
    expect(files()).toHaveLength(8);
  });

  test('a folder not named by a date takes --date', () => {
    const r = ingestFolder(rawFolder('today'), '--date', '2026-05-06');
    expect(r.code).toBe(0);
    expect(files()).toHaveLength(8);
  });
});

describe('names of pages', () => {
  test('a page keeps the name edition.yaml gives it; a page the command line names gets that name', () => {
    const folder = rawFolder();
    expect(run([join(folder, '01.txt'), '--date', '2026-05-06', '--page', '1', '--page-name', '头版', '--out', outDir()]).code).toBe(0);
    const r = ingestFolder(folder, '--page-names', '2=综合');
    expect(r.code).toBe(0);
    const yaml = readFileSync(join(edition(), 'edition.yaml'), 'utf8');
    expect(yaml).toMatch(/- number: 1\n {4}name: 头版\n[\s\S]*- number: 2\n {4}name: 综合\n[\s\S]*- number: 3\n {4}name: 第03版\n/u);
    expect(r.out).toMatch(/unchanged\s+\S+01-01\.md/u);
  });

  test('renaming a page already in edition.yaml needs --force', () => {
    const folder = rawFolder();
    ingestFolder(folder, '--page-names', '1=要闻');
    const r = ingestFolder(folder, '--page-names', '1=头版');
    expect(r.code).toBe(1);
    expect(r.out).toContain('page 1 is "要闻"');
    expect(r.err).toMatch(/refused.*edition\.yaml/u);
    expect(ingestFolder(folder, '--page-names', '1=头版', '--force').code).toBe(0);
  });

  test('--page-names naming a page the folder does not hold is noted, not an error', () => {
    const r = ingestFolder(rawFolder(), '--page-names', '1=要闻,8=体育');
    expect(r.code).toBe(0);
    expect(r.out).toContain('--page-names names page 8, which this folder does not hold; ignored');
  });
});

describe('all pages are written together, or none', () => {
  test('an editor’s change on one page refuses the whole run, and no page is written', () => {
    const folder = rawFolder();
    ingestFolder(folder);
    const edited = join(edition(), '02-02.md');
    writeFileSync(edited, readFileSync(edited, 'utf8').replace('活动将持续一个月。', '活动将持续一个月。（已改）'));
    rmSync(join(edition(), '01-01.md'));
    rmSync(join(edition(), '03-02.md'));
    const r = ingestFolder(folder);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/refused: 1 existing file\(s\) differ .*02-02\.md.*Nothing was written\. Re-run with --force/u);
    expect(existsSync(join(edition(), '01-01.md'))).toBe(false);
    expect(existsSync(join(edition(), '03-02.md'))).toBe(false);
    expect(readFileSync(edited, 'utf8')).toContain('（已改）');
  });

  test('--force overwrites it and writes the rest', () => {
    const folder = rawFolder();
    ingestFolder(folder);
    const before = readFileSync(join(edition(), '02-02.md'), 'utf8');
    writeFileSync(join(edition(), '02-02.md'), 'edited');
    rmSync(join(edition(), '01-01.md'));
    const r = ingestFolder(folder, '--force');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/overwrite\s+\S+02-02\.md/u);
    expect(readFileSync(join(edition(), '02-02.md'), 'utf8')).toBe(before);
    expect(files()).toContain('01-01.md');
  });

  test('a raw file that is not a page stops the run before anything is written, each one named', () => {
    const folder = rawFolder();
    writeFileSync(join(folder, '03.txt'), '');
    writeFileSync(join(folder, '04.txt'), '\n\n  \n');
    const r = ingestFolder(folder);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/03\.txt:1: the file is empty.*Nothing was written\./u);
    expect(r.err).toMatch(/04\.txt:1: the file holds only blank lines.*Nothing was written\./u);
    expect(existsSync(outDir())).toBe(false);
  });

  test('two files for one page (1.txt and 01.txt) stop the run', () => {
    const folder = rawFolder();
    cpSync(join(folder, '01.txt'), join(folder, '1.txt'));
    const r = ingestFolder(folder);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/01\.txt and 1\.txt are both page 1; keep one of them.*Nothing was written/u);
    expect(existsSync(outDir())).toBe(false);
  });

  test('a folder without page files stops the run', () => {
    const folder = join(dir, 'raw', '2026-05-06');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'notes.md'), 'x');
    const r = ingestFolder(folder);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/no page files in this folder; expected one file a page named by its number \(01\.txt, 02\.txt …\)/u);
  });
});

describe('one page at a time still works, and links to the pages already in the edition', () => {
  test('page 2 alone after page 1: the continued part borrows from the file on disk, and the link is reported', () => {
    const folder = rawFolder();
    expect(run([join(folder, '01.txt'), '--date', '2026-05-06', '--page', '1', '--out', outDir()]).code).toBe(0);
    const r = run([join(folder, '02.txt'), '--date', '2026-05-06', '--page', '2', '--out', outDir()]);
    expect(r.code).toBe(0);
    expect(data('02-01.md')).toMatchObject({ title: '我市海洋经济一季度实现开门红', continuedFrom: 1 });
    expect(r.out).toContain(`linked    ${join(edition(), '01-01.md')} 下转第2版 → ${join(folder, '02.txt')}:1 上接第1版  我市海洋经济一季度实现开门红`);
  });

  test('the other half may be a file a journalist named (kuaixun.md), found by its frontmatter', () => {
    const folder = rawFolder();
    mkdirSync(edition(), { recursive: true });
    writeFileSync(join(edition(), 'kuaixun.md'), '---\ntitle: 快讯：港口开通新航线\ndate: 2026-05-06\npage: 1\norder: 1\ncontinuedOn: 2\n---\n\n正文。\n');
    const r = run([join(folder, '02.txt'), '--date', '2026-05-06', '--page', '2', '--out', outDir()]);
    expect(r.code).toBe(0);
    expect(data('02-01.md')).toMatchObject({ title: '快讯：港口开通新航线', continuedFrom: 1 });
    expect(r.out).toContain(`linked    ${join(edition(), 'kuaixun.md')} 下转第2版 → ${join(folder, '02.txt')}:1 上接第1版`);
  });

  test('the part of a page re-ingested in the run replaces its old file as the other half', () => {
    const folder = rawFolder();
    ingestFolder(folder);
    // Page 2 now prints no jump back: page 1's story loses its other half in this run.
    writeFileSync(join(folder, '02.txt'), readFileSync(join(folder, '02.txt'), 'utf8').replace('（上接第一版）\n\n', ''));
    const r = ingestFolder(folder, '--force');
    expect(r.out).toMatch(/missing {3}\S+01\.txt:9: 下转第2版, but no article of page 2 says 上接第1版/u);
  });
});

describe('arguments of a whole-edition run', () => {
  test.each([
    [['--page', '1'], /--page is for one page file; the pages of the folder .* are numbered by their file names/u],
    [['--page-name', '要闻'], /--page-name is for one page file; name the pages of a folder with --page-names 1=要闻,2=综合/u],
    [['--date', '2026-05-07'], /--date 2026-05-07 but the folder is named 2026-05-06; leave out --date, or rename the folder/u],
    [['--page-names', '1=要闻,二=综合'], /--page-names: "二=综合" is not page=name/u],
    [['--page-names', '1=要闻,1=头版'], /--page-names names page 1 twice \("要闻" and "头版"\)/u],
    [['--page-names', '1='], /--page-names: "1=" is not page=name/u],
  ])('%j', (args, message) => {
    const r = ingestFolder(rawFolder(), ...args);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(existsSync(outDir())).toBe(false);
  });

  test('a folder not named by a date, without --date', () => {
    const r = ingestFolder(rawFolder('pages'));
    expect(r.code).toBe(2);
    expect(r.err).toContain('the folder name "pages" is not a date; give the edition\'s date with --date YYYY-MM-DD');
  });

  test('--page-names with one page file', () => {
    const r = run([join(rawFolder(), '01.txt'), '--date', '2026-05-06', '--page', '1', '--page-names', '1=要闻', '--out', outDir()]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('--page-names is for a folder of pages; for one page file use --page-name 要闻');
  });

  test('the real command: npm run ingest -- <folder>/ exits 0 and writes the edition', () => {
    const folder = rawFolder();
    const r = spawnSync('npm', ['run', '--silent', 'ingest', '--', `${folder}/`, '--out', outDir()], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(files()).toHaveLength(8);
  }, 60_000);
});
