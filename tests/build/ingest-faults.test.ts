// Writes that survive faults (src/content/safe-write.ts), tried on the real CLIs:
//  - an ingest killed at 20 seeded points (each step of its commit, and at random
//    moments): every file still parses, nothing is lost, the edition is as before
//    until the commit's journal is written, `npm run check` names what was left, and
//    the next ingest ends exactly as an uninterrupted one;
//  - two ingests of different pages of one edition started together, 10 times: both pages kept;
//  - two `npm run new` on one page started together: two articles, two orders.
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { REPO_ROOT } from '../../scripts/lib/project-build.ts';
import { bundleClis, runCli, same, seeded, snapshot } from '../helpers/faults.ts';
import { ArticleSchema } from '#src/content/article.ts';
import { EditionSchema } from '#src/content/edition.ts';
import { readFrontmatter, readYaml } from '#src/content/frontmatter.ts';
import { journalPath, TEMP_FILE } from '#src/content/safe-write.ts';
import { runCheck } from '#src/cli/check.ts';
import { runIngest } from '#src/ingest/run.ts';

const RAW = join(REPO_ROOT, 'content/raw/2026-04-02/01.txt');
const PAGE3 = join(REPO_ROOT, 'tests/fixtures/pages/page-3.txt');
/** Ingesting the sample page again as page 4 writes 5 articles and updates edition.yaml: 13 steps (6 temporary files, the journal, 6 renames). */
const STEPS = 13;

let bin: Awaited<ReturnType<typeof bundleClis>>;
const dirs: string[] = [];
/** A project folder holding a copy of the sample edition. */
function project(): { root: string; edition: string } {
  const root = mkdtempSync(join(tmpdir(), 'faults-'));
  dirs.push(root);
  cpSync(join(REPO_ROOT, 'content/editions'), join(root, 'content/editions'), { recursive: true });
  return { root, edition: join(root, 'content/editions/2026-04-02') };
}
const quiet = { out: () => {}, err: () => {} };
const ingestArgs = (root: string, raw = RAW, page = 4) => [raw, '--date', '2026-04-02', '--page', String(page), '--out', join(root, 'content/editions')];
/** The edition without the temporary files of an interrupted write. */
const files = (edition: string) => new Map([...snapshot(edition)].filter(([path]) => !TEMP_FILE.test(path)));

/** Each article and edition.yaml parses and passes its schema. */
function everyFileParses(edition: string): string[] {
  const bad: string[] = [];
  for (const name of readdirSync(edition)) {
    const text = readFileSync(join(edition, name), 'utf8');
    if (/\.mdx?$/u.test(name)) {
      const fm = readFrontmatter(text);
      if (!fm.hasFrontmatter || fm.yamlErrors.length > 0 || !ArticleSchema.safeParse(fm.data).success) bad.push(name);
    } else if (name === 'edition.yaml') {
      const yaml = readYaml(text, 1);
      if (yaml.yamlErrors.length > 0 || !EditionSchema.safeParse(yaml.data).success) bad.push(name);
    }
  }
  return bad;
}

let before: Map<string, string>;
let after: Map<string, string>;
beforeAll(async () => {
  bin = await bundleClis(['ingest', 'new']);
  const ref = project();
  before = files(ref.edition);
  expect(runIngest(ingestArgs(ref.root), quiet)).toBe(0);
  after = files(ref.edition);
}, 60_000);
afterAll(() => {
  bin?.remove();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('an ingest killed at 20 seeded points', () => {
  const random = seeded(20261202);
  const trials = Array.from({ length: 20 }, (_, i) => {
    // Three in four at an injected step of the commit, one in four by a real kill at a random moment.
    const external = i % 4 === 3;
    const killAt = external ? undefined : 1 + Math.floor(random() * STEPS);
    const afterMs = external ? Math.floor(random() * 400) : undefined;
    return { killAt, afterMs, label: `trial ${i}: ${killAt ? `killed at step ${killAt} of ${STEPS}` : `killed after ${afterMs} ms`}` };
  });

  // Each trial is its own folder and process: they run side by side.
  test.concurrent.each(trials)('$label', async ({ killAt, afterMs }) => {
    const { root, edition } = project();
    const run = await runCli(bin.cli('ingest'), ingestArgs(root), { cwd: root, ...(killAt ? { env: { SAFE_WRITE_KILL_AT: String(killAt) } } : {}), ...(afterMs === undefined ? {} : { killAfterMs: afterMs }) });
    if (killAt) expect(run.signal, run.out).toBe('SIGKILL');
    const state = files(edition);
    const temps = [...snapshot(edition).keys()].filter((p) => TEMP_FILE.test(p));
    const journal = existsSync(journalPath(edition));

    expect(everyFileParses(edition)).toEqual([]);
    // Nothing lost, nothing half-written: each file holds its old bytes or its new ones.
    for (const [path, bytes] of before) expect([bytes, after.get(path)], path).toContain(state.get(path));
    for (const [path, bytes] of state) expect([before.get(path), after.get(path)], path).toContain(bytes);
    // Until the journal is written, the edition is exactly as it was (or the run got to the end).
    if (!journal) expect(same(state, before) || same(state, after)).toBe(true);

    const lines: string[] = [];
    runCheck(['--root', 'content/editions'], { cwd: root, out: (l) => lines.push(l), err: (l) => lines.push(l) });
    const out = lines.join('\n');
    for (const t of temps) expect(out).toContain(`content/editions/2026-04-02/${t}:1: temporary file:`);
    expect(out.includes('content/editions/.2026-04-02.journal.json:1: interrupted write:')).toBe(journal);

    // The next ingest finishes (or clears away) what was left, and ends as one that was never interrupted.
    expect(runIngest(ingestArgs(root), quiet)).toBe(0);
    expect(same(snapshot(edition), after)).toBe(true);
    expect(readdirSync(join(root, 'content/editions')).filter((f) => f.startsWith('.'))).toEqual([]);
  }, 30_000);
});

describe('two ingests of one edition started together keep both pages', () => {
  test.concurrent.each(Array.from({ length: 10 }, (_, i) => i))('try %i', async () => {
    const { root, edition } = project();
    const [a, b] = await Promise.all([runCli(bin.cli('ingest'), ingestArgs(root), { cwd: root }), runCli(bin.cli('ingest'), ingestArgs(root, PAGE3, 3), { cwd: root })]);
    expect(a.code, a.out).toBe(0);
    expect(b.code, b.out).toBe(0);
    const pages = (readYaml(readFileSync(join(edition, 'edition.yaml'), 'utf8'), 1).data as { pages: { number: number }[] }).pages.map((p) => p.number);
    expect(pages.sort()).toEqual([1, 3, 4]);
    const names = readdirSync(edition);
    for (const f of ['03-01.md', '04-01.mdx', '04-02.md', '04-03.md', '04-04.md', '04-05.md']) expect(names).toContain(f);
    expect(everyFileParses(edition)).toEqual([]);
  }, 30_000);
});

describe('two `npm run new` on one page started together', () => {
  test('each gets its own order; neither fails or overwrites the other', async () => {
    const { root, edition } = project();
    const args = ['--date', '2026-04-02', '--page', '1', '--title', '同时新建'];
    const [a, b] = await Promise.all([runCli(bin.cli('new'), args, { cwd: root }), runCli(bin.cli('new'), args, { cwd: root })]);
    expect([a.code, b.code], `${a.out}\n${b.out}`).toEqual([0, 0]);
    const made = [a.out, b.out].map((o) => o.trim().split('\n').at(-1)).sort();
    expect(made).toEqual(['content/editions/2026-04-02/01-06.md', 'content/editions/2026-04-02/01-07.md']);
    expect(everyFileParses(edition)).toEqual([]);
  }, 30_000);
});
