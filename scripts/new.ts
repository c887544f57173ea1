// Thin CLI: npm run new -- --date YYYY-MM-DD --page N [--title …] [--page-name …]; see content/写稿指南.md.
import { runNew } from '#src/cli/new.ts';

process.exitCode = runNew(process.argv.slice(2), {
  cwd: process.cwd(),
  out: (line) => console.log(line),
  err: (line) => console.error(line),
});
