// Thin CLI: npm run check [-- files…] [--root dir]; see content/写稿指南.md.
import { runCheck } from '#src/cli/check.ts';

process.exitCode = runCheck(process.argv.slice(2), {
  cwd: process.cwd(),
  out: (line) => console.log(line),
  err: (line) => console.error(line),
});
