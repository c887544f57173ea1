// Post-processing of a Pagefind 1.6 bundle as this site uses it (version pinned in
// package.json; tests/build/search-index.test.ts reads a built fragment back, so a
// format change in an upgrade fails the tests rather than the readers).
//
// - A fragment (one per article, fetched for each result) stores the indexed
//   `content` so Pagefind can cut its own excerpts. Ours is the pair-word stream of
//   record.ts, ~85% of the fragment and never read (excerpts come from meta.text),
//   so it is emptied: a first search fetches 12 fragments, ~50 KB less.
// - The bundle ships four UIs the site does not use; they are left out of each part.
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';

/** Pagefind's files are gzip streams of this signature followed by JSON or CBOR. */
const SIGNATURE = 'pagefind_dcd';

const UNUSED = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

export function decodeFragment(bytes: Uint8Array): Record<string, unknown> {
  const text = gunzipSync(bytes).toString('utf8');
  if (!text.startsWith(SIGNATURE)) throw new Error('not a Pagefind fragment (signature missing)');
  return JSON.parse(text.slice(SIGNATURE.length)) as Record<string, unknown>;
}

/** Empties every fragment's `content`; returns the bytes saved. */
export function slimFragments(bundleDir: string): number {
  const dir = join(bundleDir, 'fragment');
  let saved = 0;
  for (const name of readdirSync(dir)) {
    if (!name.endsWith('.pf_fragment')) continue;
    const file = join(dir, name);
    const before = readFileSync(file);
    const fragment = decodeFragment(before);
    if (typeof fragment.content !== 'string') throw new Error(`${file}: a Pagefind fragment without content; has the format changed?`);
    fragment.content = '';
    const after = gzipSync(SIGNATURE + JSON.stringify(fragment), { level: 9 });
    writeFileSync(file, after);
    saved += before.length - after.length;
  }
  return saved;
}

export function dropUnusedFiles(bundleDir: string): void {
  for (const name of UNUSED) rmSync(join(bundleDir, name), { force: true });
}
