// `prepare` (run by npm install / npm ci): installs the git hooks of lefthook.yml,
// so journalists get the pre-commit check by installing the project. Never fails an
// install: CI needs no hooks, and a copy without .git (a tarball, a test's copy of
// the project) has nowhere to put them.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';

function skip(why: string): void {
  console.log(`[hooks] not installed: ${why}`);
}

/** lefthook's launcher, found the way Node finds a package (so a copy inside the repository uses the repository's). */
function lefthookLauncher(): string | undefined {
  try {
    return createRequire(join(process.cwd(), 'package.json')).resolve('lefthook/bin/index.js');
  } catch {
    return undefined;
  }
}

const inGit = spawnSync('git', ['rev-parse', '--git-dir'], { stdio: 'ignore' }).status === 0;
const launcher = lefthookLauncher();
if (process.env['CI']) skip('CI');
else if (!inGit) skip('not a git work tree');
else if (!launcher) skip('lefthook is not installed (dev dependencies omitted)');
else {
  const result = spawnSync(process.execPath, [launcher, 'install'], { stdio: 'inherit' });
  // A hook that could not be installed is worth a warning, not a broken install.
  if (result.status !== 0) console.warn('[hooks] lefthook install failed; run `npx lefthook install` to retry');
}
