// `npm run ingest` as an editor uses it: files written, left alone, refused; bad input
// named by file and line with nothing written. Driven in-process through runIngest,
// plus one real `npm run ingest` process to check exit codes end to end.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { runIngestCli } from '../../helpers/ingest-cli.ts';

const SAMPLE = readFileSync('content/raw/2026-04-02/01.txt');
/** The sample edition, checked by hand against the spec (see golden.test.ts). */
const EXPECTED = 'content/editions/2026-04-02';
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ingest-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const run = runIngestCli;

function rawFile(name: string, bytes: Uint8Array | string): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

const outDir = () => join(dir, 'editions');
const edition = () => join(outDir(), '2026-04-02');
const ingest = (raw: string, ...more: string[]) => run([raw, '--date', '2026-04-02', '--page', '1', '--out', outDir(), ...more]);
const files = () => (existsSync(edition()) ? readdirSync(edition()).sort() : []);

describe('writing an edition', () => {
  test('writes one file per article and the edition data, identical to the golden files', () => {
    const r = ingest(rawFile('01.txt', SAMPLE), '--page-name', '要闻');
    expect(r.code).toBe(0);
    expect(files()).toEqual(readdirSync(EXPECTED).sort());
    for (const f of files()) expect(readFileSync(join(edition(), f), 'utf8')).toBe(readFileSync(join(EXPECTED, f), 'utf8'));
    expect(r.out).toMatch(/new\s+\S*01-01\.mdx\s+10亿芯片封测项目缘何四个月落户定海？/u);
    expect(r.out).toMatch(/new\s+\S*01-02\.md\s+统筹抓好春耕生产/u);
  });

  test('prints the review report, naming file and line', () => {
    const raw = rawFile('01.txt', SAMPLE);
    const r = ingest(raw);
    expect(r.out).toContain(`${raw}:93 (block 42): short line without end punctuation joined with the next block`);
    expect(r.out).toMatch(/Close calls of the page model, closest first:\n {2}\S+01\.txt:\d+ \(block \d+\): read as .* \(score 0\.\d\d\); as .* it would score 0\.\d\d/u);
  });

  test('a second run leaves every file unchanged', () => {
    const raw = rawFile('01.txt', SAMPLE);
    ingest(raw);
    const r = ingest(raw);
    expect(r.code).toBe(0);
    expect(r.out.match(/unchanged/gu)).toHaveLength(6);
  });

  test('same input, byte-identical files (determinism)', () => {
    const raw = rawFile('01.txt', SAMPLE);
    ingest(raw);
    const first = files().map((f) => readFileSync(join(edition(), f)));
    rmSync(outDir(), { recursive: true });
    ingest(raw);
    expect(files().map((f) => readFileSync(join(edition(), f)))).toEqual(first);
  });

  test('--dry-run writes nothing but reports what it would do', () => {
    const r = ingest(rawFile('01.txt', SAMPLE), '--dry-run');
    expect(r.code).toBe(0);
    expect(existsSync(outDir())).toBe(false);
    expect(r.out).toContain('dry run: nothing is written');
    expect(r.out).toContain('Review:');
  });
});

describe('never overwriting an editor’s work', () => {
  test('a changed article is refused, named, and nothing at all is written', () => {
    const raw = rawFile('01.txt', SAMPLE);
    ingest(raw);
    const edited = join(edition(), '01-02.md');
    writeFileSync(edited, readFileSync(edited, 'utf8').replace('孙小晓参加。', '孙小晓参加调研。'));
    rmSync(join(edition(), '01-05.md'));
    const r = ingest(raw);
    expect(r.code).toBe(1);
    expect(r.err).toContain('refused');
    expect(r.err).toContain('01-02.md');
    expect(r.err).toContain('--force');
    expect(readFileSync(edited, 'utf8')).toContain('孙小晓参加调研。');
    expect(existsSync(join(edition(), '01-05.md'))).toBe(false);
  });

  test('--force overwrites it', () => {
    const raw = rawFile('01.txt', SAMPLE);
    ingest(raw);
    const edited = join(edition(), '01-02.md');
    writeFileSync(edited, 'edited');
    const r = ingest(raw, '--force');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/overwrite\s+\S*01-02\.md\s/u);
    expect(readFileSync(edited, 'utf8')).toBe(readFileSync(join(EXPECTED, '01-02.md'), 'utf8'));
  });

  test('a journalist’s extra article on the page is kept and mentioned', () => {
    const raw = rawFile('01.txt', SAMPLE);
    ingest(raw);
    writeFileSync(join(edition(), '01-06.md'), '---\ntitle: 补充\ndate: 2026-04-02\npage: 1\norder: 6\n---\n');
    const r = ingest(raw);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/kept\s+\S*01-06\.md/u);
    expect(existsSync(join(edition(), '01-06.md'))).toBe(true);
  });

  test('a different name for a page already in the edition is refused without --force', () => {
    const raw = rawFile('01.txt', SAMPLE);
    ingest(raw, '--page-name', '要闻');
    const r = ingest(raw, '--page-name', '头版');
    expect(r.code).toBe(1);
    expect(r.out).toContain('page 1 is "要闻"');
    expect(r.err).toMatch(/refused.*edition\.yaml/u);
  });
});

describe('one article slot, two extensions: 01-02.md and 01-02.mdx', () => {
  const at = (name: string) => join(edition(), name);
  /** A file name inside a RegExp. */
  const re = (name: string) => name.replaceAll('.', '\\.');
  /** The sample ingested, then one article moved to the other extension (and maybe edited), as a journalist may have it. */
  function moved(from: string, to: string, edit = (t: string) => t): string {
    const raw = rawFile('01.txt', SAMPLE);
    ingest(raw);
    writeFileSync(at(to), edit(readFileSync(at(from), 'utf8')));
    rmSync(at(from));
    return raw;
  }
  // [what exists, the file the ingest writes, the file that holds the article]
  const DIRECTIONS = [
    ['an .mdx where the ingest now writes .md (an older ingest’s file)', '01-02.md', '01-02.mdx'],
    ['a .md where the ingest writes .mdx (the box rewritten as a `> **…**` quote)', '01-01.mdx', '01-01.md'],
  ] as const;

  test.each(DIRECTIONS)('%s: refused without --force, naming both files, and nothing is written', (_name, produced, existing) => {
    const raw = moved(produced, existing, (t) => t.replace('。', '。（已改）'));
    rmSync(at('01-05.md'));
    const before = files();
    const r = ingest(raw);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(new RegExp(`conflict\\s+\\S*${re(produced)}\\s.*${re(existing)} holds this article`, 'u'));
    expect(r.out).not.toContain('kept');
    expect(r.err).toMatch(new RegExp(`refused: .*${re(existing)} \\(now \\S*${re(produced)}\\)`, 'u'));
    expect(r.err).toContain('Re-run with --force');
    expect(r.err).toContain('Nothing was written');
    expect(files()).toEqual(before);
    expect(readFileSync(at(existing), 'utf8')).toContain('（已改）');
  });

  test('an old file with exactly what the ingest would write is refused too: a rename is never silent', () => {
    const r = ingest(moved('01-03.md', '01-03.mdx'));
    expect(r.code).toBe(1);
    expect(files()).toContain('01-03.mdx');
    expect(files()).not.toContain('01-03.md');
  });

  test.each(DIRECTIONS)('%s: --dry-run --force reports the replacement and writes nothing', (_name, produced, existing) => {
    const r = ingest(moved(produced, existing), '--force', '--dry-run');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(new RegExp(`replace\\s+\\S*${re(produced)}\\s.*\\(removes \\S*${re(existing)}\\)`, 'u'));
    expect(files()).toContain(existing);
    expect(files()).not.toContain(produced);
  });

  test.each(DIRECTIONS)('%s: --force writes the new file and removes the old one in the same run', (_name, produced, existing) => {
    const raw = moved(produced, existing, (t) => `${t}\n编辑加的一段。\n`);
    rmSync(at('01-05.md'));
    const r = ingest(raw, '--force');
    expect(r.code).toBe(0);
    expect(files()).toEqual(readdirSync(EXPECTED).sort());
    for (const f of [produced, '01-05.md']) expect(readFileSync(at(f), 'utf8')).toBe(readFileSync(join(EXPECTED, f), 'utf8'));
  });
});

describe('more pages of the same edition', () => {
  test('page 2 adds to the edition and its continuation borrows nothing it does not need', () => {
    ingest(rawFile('01.txt', SAMPLE));
    const page2 = rawFile('02.txt', '（上接第1版）周边生活配套设施完善。\n\n双方一拍即合。\n\n渔业产量稳中有升\n\n□记者 王芳\n\n会议要求，各地要抓好落实。\n');
    const r = run([page2, '--date', '2026-04-02', '--page', '2', '--page-name', '综合', '--out', outDir()]);
    expect(r.code).toBe(0);
    expect(readFileSync(join(edition(), 'edition.yaml'), 'utf8')).toMatch(/- number: 1\n {4}name: 要闻\n[\s\S]*- number: 2\n {4}name: 综合\n/u);
    const cont = readFileSync(join(edition(), '02-01.md'), 'utf8');
    expect(cont).toContain('title: 10亿芯片封测项目缘何四个月落户定海？');
    expect(cont).toContain('continuedFrom: 1');
    expect(r.out).toContain('title taken from page 1, article 1');
  });
});

describe('encodings and line ends give the same files', () => {
  const text = SAMPLE.toString('utf8');
  test.each([
    ['GB18030', () => iconv.encode(text, 'gb18030')],
    ['UTF-8 with BOM', () => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), SAMPLE])],
    ['CRLF line ends', () => Buffer.from(text.replace(/\n/gu, '\r\n'))],
    ['U+3000 indents', () => Buffer.from(text.replace(/^(?=\S)/gmu, '\u3000\u3000'))],
  ])('%s', (_name, bytes) => {
    const r = ingest(rawFile('01.txt', bytes()));
    expect(r.code).toBe(0);
    for (const f of files()) expect(readFileSync(join(edition(), f), 'utf8')).toBe(readFileSync(join(EXPECTED, f), 'utf8'));
  });
});

describe('bad input: a clear message naming file and line, a non-zero exit, nothing written', () => {
  test.each([
    ['an empty file', '', /01\.txt:1: the file is empty/u],
    ['blank lines only', '\n\n  \n', /01\.txt:1: the file holds only blank lines/u],
    ['a binary file', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x0a, 0x00, 0x00, 0x00]), /01\.txt:2: this looks like a binary file \(a NUL byte at byte 5\)/u],
  ])('%s', (_name, content, message) => {
    const r = ingest(rawFile('01.txt', content));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(message);
    expect(r.err).toContain('Nothing was written');
    expect(existsSync(outDir())).toBe(false);
  });

  test.each([
    ['no headline anywhere', '这是一段正文。\n\n这是另一段正文。\n'],
    ['text before the first headline', '\n\n这是一段没有标题的正文。\n\n还有一段。\n\n我市启动春季招聘月\n\n□记者 李明\n\n正文。\n'],
  ])('a readable page is never refused (%s): the doubtful article is written with draft: true and a review line', (_name, content) => {
    const r = ingest(rawFile('01.txt', content));
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/01\.txt:\d+ \(block 1\): text with no headline above it: written as an article titled ".+" with draft: true/u);
    expect(readFileSync(join(edition(), '01-01.md'), 'utf8')).toContain('draft: true');
  });

  test('a file that does not exist', () => {
    const r = ingest(join(dir, 'missing.txt'));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/missing\.txt: cannot read the raw page \(ENOENT\)/u);
  });

  test.each([
    [['--date', '2026-02-30', '--page', '1'], /--date "2026-02-30" is not a calendar date; write it YYYY-MM-DD/u],
    [['--date', '2026/04/02', '--page', '1'], /--date "2026\/04\/02" is not a calendar date/u],
    [['--page', '1'], /--date "" is not a calendar date/u],
    [['--date', '2026-04-02', '--page', '0'], /--page "0" is not a page number/u],
    [['--date', '2026-04-02', '--page', 'A3'], /--page "A3" is not a page number/u],
    [['--date', '2026-04-02', '--page', '1', '--page-name', ' '], /--page-name is empty/u],
    [['--date', '2026-04-02', '--page', '1', '--bogus'], /Unknown option '--bogus'[\s\S]*usage: npm run ingest/u],
  ])('arguments %j', (args, message) => {
    const r = run([rawFile('01.txt', SAMPLE), ...args, '--out', outDir()]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(existsSync(outDir())).toBe(false);
  });
});

describe('the real command', () => {
  test('npm run ingest exits non-zero on a bad date and zero on the sample, with the same files', () => {
    const bad = spawnSync('npm', ['run', '--silent', 'ingest', '--', 'content/raw/2026-04-02/01.txt', '--date', '2026-13-01', '--page', '1', '--out', outDir()], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--date "2026-13-01" is not a calendar date');
    execFileSync('npm', ['run', '--silent', 'ingest', '--', 'content/raw/2026-04-02/01.txt', '--date', '2026-04-02', '--page', '1', '--out', outDir()]);
    expect(files()).toEqual(readdirSync(EXPECTED).sort());
  }, 60_000);
});
