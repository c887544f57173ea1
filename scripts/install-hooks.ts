// `prepare` (run by npm install / npm ci): installs the git hooks of lefthook.yml,
// so journalists get the pre-commit check by installing the project. Never fails an
// install: CI needs no hooks, and a copy without .git (a tarball, a test's copy of
// the project) has nowhere to put them.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

function skip(why: string): void {
  console.log(`[hooks] not installed: ${why}`);
}

const lefthook = join(process.cwd(), 'node_modules', '.bin', process.platform === 'win32' ? 'lefthook.cmd' : 'lefthook');
const inGit = spawnSync('git', ['rev-parse', '--git-dir'], { stdio: 'ignore' }).status === 0;
if (process.env['CI']) skip('CI');
else if (!inGit) skip('not a git work tree');
else if (!existsSync(lefthook)) skip('lefthook is not installed (dev dependencies omitted)');
else {
  const result = spawnSync(lefthook, ['install'], { stdio: 'inherit' });
  // A hook that could not be installed is worth a warning, not a broken install.
  if (result.status !== 0) console.warn('[hooks] lefthook install failed; run `npx lefthook install` to retry');
}
