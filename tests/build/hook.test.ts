// The pre-commit check as a journalist meets it: a copy of the project made a git
// repository, hooks installed by the project's own `prepare`, then commits of a
// bad and a good article, and the one-line emergency skip.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { copyProject, removeFixture } from '../../scripts/lib/project-build.ts';
import { SAMPLE } from '../helpers/content-copy.ts';

let root: string;
/** The machine's environment without CI (prepare skips hooks in CI) and with a committer. */
const env = (() => {
  const { CI: _ci, ...rest } = process.env;
  return {
    ...rest,
    GIT_AUTHOR_NAME: '记者',
    GIT_AUTHOR_EMAIL: 'reporter@example.org',
    GIT_COMMITTER_NAME: '记者',
    GIT_COMMITTER_EMAIL: 'reporter@example.org',
    NO_COLOR: '1',
  };
})();
const run = (cmd: string, args: string[], extra: Record<string, string> = {}) => {
  const r = spawnSync(cmd, args, { cwd: root, encoding: 'utf8', env: { ...env, ...extra } });
  return { code: r.status, out: `${r.stdout}${r.stderr}` };
};
const git = (...args: string[]) => run('git', args);

beforeAll(async () => {
  root = await copyProject('journalist-hook');
  git('init', '-q', '-b', 'main');
  git('add', '.');
  expect(git('commit', '-q', '--no-verify', '-m', 'start').code).toBe(0);
}, 60_000);
afterAll(async () => {
  if (root) await removeFixture(root);
});

const BAD = '---\ntitle: 海岛公交\ndate: "2026-04-02"\npage: 一\norder: 6\n---\n\n正文。\n';
const GOOD = BAD.replace('page: 一', 'page: 1');

describe('the pre-commit check', () => {
  test('npm install’s prepare installs it', () => {
    const prepared = run('npm', ['run', 'prepare']);
    expect(prepared.code, prepared.out).toBe(0);
    expect(run('test', ['-x', '.git/hooks/pre-commit']).code).toBe(0);
  }, 60_000);
  test('stops a commit of a bad article with the check’s message', () => {
    writeFileSync(join(root, SAMPLE, '01-06.md'), BAD);
    git('add', `${SAMPLE}/01-06.md`);
    const commit = git('commit', '-m', 'bad');
    expect(commit.code).not.toBe(0);
    expect(commit.out).toContain(`${SAMPLE}/01-06.md:4: page: 版次（page）应为数字，这里是文字“一”`);
    expect(git('log', '--oneline').out.trim().split('\n')).toHaveLength(1);
  }, 60_000);
  test('lets it through with LEFTHOOK=0 in an emergency', () => {
    const skipped = run('git', ['commit', '-q', '-m', 'emergency'], { LEFTHOOK: '0' });
    expect(skipped.code, skipped.out).toBe(0);
  }, 60_000);
  test('lets a good article through', () => {
    writeFileSync(join(root, SAMPLE, '01-06.md'), GOOD);
    git('add', `${SAMPLE}/01-06.md`);
    const commit = git('commit', '-m', 'fixed');
    expect(commit.code, commit.out).toBe(0);
    expect(git('log', '--oneline').out.trim().split('\n')).toHaveLength(3);
  }, 60_000);
});
