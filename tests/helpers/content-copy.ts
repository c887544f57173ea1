// A journalist's working copy: the repository's content/ copied to a temporary
// folder (the repository's own content/ is never written), and the commands run
// in it the way a journalist runs them.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { REPO_ROOT } from '../../scripts/lib/project-build.ts';
import { runCheck } from '#src/cli/check.ts';
import { runNew } from '#src/cli/new.ts';

export const SAMPLE = 'content/editions/2026-04-02';

export interface ContentCopy {
  root: string;
  write: (rel: string, text: string | Buffer) => void;
  read: (rel: string) => string;
  edit: (rel: string, change: (text: string) => string) => void;
  remove: () => void;
}

export function contentCopy(): ContentCopy {
  const root = mkdtempSync(join(tmpdir(), 'journalist-'));
  cpSync(join(REPO_ROOT, 'content', 'editions'), join(root, 'content', 'editions'), { recursive: true });
  cpSync(join(REPO_ROOT, 'content', 'examples'), join(root, 'content', 'examples'), { recursive: true });
  const write = (rel: string, text: string | Buffer) => {
    mkdirSync(dirname(join(root, rel)), { recursive: true });
    writeFileSync(join(root, rel), text);
  };
  const read = (rel: string) => readFileSync(join(root, rel), 'utf8');
  return {
    root,
    write,
    read,
    edit: (rel, change) => {
      const before = read(rel);
      const after = change(before);
      if (after === before) throw new Error(`edit changed nothing in ${rel}`);
      write(rel, after);
    },
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}

export interface Run {
  code: number;
  out: string;
}

/** The check, in-process (the same code `npm run check` runs), in `root`. */
export function check(root: string, ...args: string[]): Run {
  const lines: string[] = [];
  const code = runCheck(args, { cwd: root, out: (l) => lines.push(l), err: (l) => lines.push(l) });
  return { code, out: lines.join('\n') };
}

/** `npm run new`, in-process. */
export function scaffold(root: string, ...args: string[]): Run {
  const lines: string[] = [];
  const code = runNew(args, { cwd: root, out: (l) => lines.push(l), err: (l) => lines.push(l) });
  return { code, out: lines.join('\n') };
}

/**
 * What `npm run <script> -- …` runs (tsx scripts/<script>.ts), as a separate process in `root`,
 * with the repository's scripts and packages.
 */
export function cli(root: string, script: 'new' | 'check', ...args: string[]): Run {
  const tsx = join(REPO_ROOT, 'node_modules', '.bin', 'tsx');
  const result = spawnSync(tsx, [join(REPO_ROOT, 'scripts', `${script}.ts`), ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: result.status ?? -1, out: `${result.stdout}${result.stderr}` };
}
