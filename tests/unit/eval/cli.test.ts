// The command end to end on the invented fixture corpus: a report, and the refusals (exit 2).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const run = (...args: string[]) => {
  const r = spawnSync('node_modules/.bin/tsx', ['scripts/eval-ingest.ts', ...args], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

describe('npm run eval:ingest', () => {
  test('prints figures per field for the fixture corpus, and dumps pages on request', () => {
    const dump = mkdtempSync(join(tmpdir(), 'eval-dump-'));
    try {
      const r = run('tests/fixtures/eval/corpus', '--dump', dump);
      expect(r.err).toBe('');
      expect(r.code).toBe(0);
      expect(r.out).toMatch(/pages 3, articles 7/u);
      expect(r.out).toMatch(/主题 title/u);
      expect(readdirSync(dump).sort()).toEqual(
        ['2030-03-01-p01', '2030-03-01-p02', '2030-03-02-p01'].flatMap((b) => [`${b}.score.json`, `${b}.truth.json`, `${b}.txt`]),
      );
    } finally {
      rmSync(dump, { recursive: true, force: true });
    }
  }, 60_000);

  test.each([
    [['/work/corpus/rmrb/2019-02'], /reserved/u],
    [['tests/fixtures/eval/corpus', '--months', '2020-01'], /reserved/u],
    [['tests/fixtures/eval/no-such-folder'], /no such folder/u],
    [['tests/fixtures/eval/corpus', '--dump', 'tests/eval-dump'], /inside the repository/u],
  ])('exit 2: %j', (args, message) => {
    const r = run(...args);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(existsSync('tests/eval-dump')).toBe(false);
  }, 60_000);
});
