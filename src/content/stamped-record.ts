// A record kept from one `npm run build` to the next under the build's stamp (the
// screen's verdicts, screen-memo.ts; the sieve's file identities, sieve.ts): a JSON
// file naming the stamp it was made under, so a file of another stamp, or one cut
// short, reads as no record, and written whole under a temporary name, then renamed.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

interface StampedFile<T> {
  stamp: string;
  entries: Record<string, T>;
}

/** The entries kept at `path` under `stamp`; none when there is no such file, it is cut short, or of another stamp. */
export function readStamped<T>(path: string, stamp: string): Record<string, T> {
  try {
    const data = JSON.parse(readFileSync(path, 'utf8')) as Partial<StampedFile<T>> | null;
    return data?.stamp === stamp && typeof data.entries === 'object' && data.entries !== null ? data.entries : {};
  } catch {
    return {};
  }
}

export function writeStamped<T>(path: string, stamp: string, entries: Record<string, T>): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify({ stamp, entries } satisfies StampedFile<T>));
  renameSync(tmp, path);
}
