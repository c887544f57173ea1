// `npm run ingest` driven in-process (runIngest), its output collected: what the CLI
// tests assert on.
import { runIngest } from '#src/ingest/run.ts';

export interface IngestRun {
  code: number;
  out: string;
  err: string;
}

export function runIngestCli(args: readonly string[]): IngestRun {
  const out: string[] = [];
  const err: string[] = [];
  const code = runIngest(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}
