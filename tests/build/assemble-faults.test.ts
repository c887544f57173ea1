// `npm run assemble -- --force` replacing a site, killed at 20 seeded points (each
// step of the swap, and at random moments while it copies): the site is the old one
// or the new one, whole, every file of it readable; the next assemble ends as an
// uninterrupted one, with nothing left beside the site. Small made-up shards (the
// files assemble reads), so no build is needed.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { bundleClis, runCli, same, seeded, snapshot } from '../helpers/faults.ts';
import { assemble } from '#src/build/assemble.ts';
import { journalPath, recover } from '#src/content/safe-write.ts';

/** A shard's dist/: its build.json, search manifest and map, 30 pages of its year and the site-wide pages. */
function shard(dir: string, year: number, version: string): string {
  const files: Record<string, string> = {
    'build.json': JSON.stringify({ shard: String(year), years: [year, year], editions: [`${year}-01-01`] }),
    'pagefind/parts.json': JSON.stringify({ version: 1, parts: [{ dir: `parts/${year}-01-01_${year}-12-31/`, from: `${year}-01-01`, to: `${year}-12-31`, articles: 30 }] }),
    'pagefind/zh-charmap.json': JSON.stringify({ [String(year)]: version }),
    [`pagefind/parts/${year}-01-01_${year}-12-31/pagefind.js`]: `// ${year} ${version}\n`,
    'index.html': `<p>home ${year} ${version}</p>\n`,
    'search/index.html': `<p>search ${version}</p>\n`,
  };
  for (let i = 1; i <= 30; i++) files[`${year}/01/01/${String(i).padStart(3, '0')}/index.html`] = `<p>${year} article ${i} ${version}</p>\n`;
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), text);
  }
  return dir;
}

const STEPS = 4; // the journal, the old site renamed aside, the new one renamed in, the old one deleted

let bin: Awaited<ReturnType<typeof bundleClis>>;
let work: string;
let v1: string[];
let v2: string[];
let oldSite: Map<string, string>;
let newSite: Map<string, string>;
beforeAll(async () => {
  bin = await bundleClis(['assemble']);
  work = mkdtempSync(join(tmpdir(), 'assemble-faults-'));
  v1 = [shard(join(work, 'v1/2025'), 2025, 'v1'), shard(join(work, 'v1/2026'), 2026, 'v1')];
  v2 = [shard(join(work, 'v2/2025'), 2025, 'v2'), shard(join(work, 'v2/2026'), 2026, 'v2')];
  assemble(v1, join(work, 'old'));
  assemble(v2, join(work, 'new'));
  oldSite = snapshot(join(work, 'old'));
  newSite = snapshot(join(work, 'new'));
}, 60_000);
afterAll(() => {
  bin?.remove();
  rmSync(work, { recursive: true, force: true });
});

describe('assemble --force killed at 20 seeded points', () => {
  const random = seeded(4144);
  const trials = Array.from({ length: 20 }, (_, i) => {
    const external = i % 2 === 1;
    const killAt = external ? undefined : 1 + Math.floor(random() * STEPS);
    const afterMs = external ? 150 + Math.floor(random() * 500) : undefined;
    return { i, killAt, afterMs, label: `trial ${i}: ${killAt ? `killed at step ${killAt} of ${STEPS}` : `killed after ${afterMs} ms`}` };
  });

  test.concurrent.each(trials)('$label', async ({ i, killAt, afterMs }) => {
    const parent = join(work, `trial-${i}`);
    const site = join(parent, 'site');
    mkdirSync(parent);
    cpSync(join(work, 'old'), site, { recursive: true });
    const run = await runCli(bin.cli('assemble'), ['--force', '--out', site, ...v2], {
      cwd: parent,
      ...(killAt ? { env: { SAFE_WRITE_KILL_AT: String(killAt) } } : {}),
      ...(afterMs === undefined ? {} : { killAfterMs: afterMs }),
    });
    if (killAt) expect(run.signal, run.out).toBe('SIGKILL');

    if (existsSync(site)) {
      // The old site or the new one, whole: never the half-deleted mix of before.
      const now = snapshot(site);
      expect(same(now, oldSite) || same(now, newSite), `${now.size} files`).toBe(true);
    } else {
      // Killed between the two renames: the swap's journal is there, and the next run finishes it.
      expect(existsSync(journalPath(site))).toBe(true);
      recover(site);
      expect(same(snapshot(site), newSite)).toBe(true);
    }
    // The next assemble ends as one that was never interrupted, with nothing left beside the site.
    assemble(v2, site, { force: true });
    expect(same(snapshot(site), newSite)).toBe(true);
    expect(readdirSync(parent)).toEqual(['site']);
  }, 30_000);
});

describe('a damaged shard is named, not a stack trace', () => {
  test.each([
    ['pagefind/parts.json', '{"version": 1, "parts": [', /pagefind\/parts\.json is not valid JSON \(.+\): the build that wrote it was interrupted or the file was damaged; build it again\./u],
    ['pagefind/parts.json', '{"version": 1, "parts": [null]}', /pagefind\/parts\.json is not a search parts manifest \(version 1, a list of parts with from, to and dir\): build it again\./u],
    ['build.json', '{"shard": "2025"', /build\.json is not valid JSON \(.+\): that shard's build was interrupted or damaged; build it again\./u],
    ['build.json', 'null', /build\.json is not the build\.json this project writes \(no list of editions\): build that shard again\./u],
    ['pagefind/zh-charmap.json', '{', /zh-charmap\.json is not valid JSON/u],
  ])('%s holding %s', async (file, text, message) => {
    const dir = join(work, `damaged-${file.replace(/\W/gu, '-')}-${text.length}`);
    cpSync(v2[0]!, dir, { recursive: true });
    writeFileSync(join(dir, file), text);
    const out = join(work, `out-${dir.split('-').at(-1)}-${file.length}`);
    const run = await runCli(bin.cli('assemble'), ['--out', out, dir, v2[1]!], { cwd: work });
    expect(run.code).toBe(1);
    expect(run.out).toMatch(new RegExp(`^\\[assemble\\] ${dir.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}/`, 'u'));
    expect(run.out).toMatch(message);
    expect(run.out).not.toMatch(/^\s+at /mu);
    expect(existsSync(out)).toBe(false);
  });
});
