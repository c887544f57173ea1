// Thin CLI: npm run ingest -- <raw.txt> --date YYYY-MM-DD --page N [...]; see docs/ingest.md.
import { runIngest } from '#src/ingest/run.ts';

process.exitCode = runIngest(process.argv.slice(2), {
  out: (line) => console.log(line),
  err: (line) => console.error(line),
});
