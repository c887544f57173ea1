// The post-build's share of the build cache (src/build/cache.ts says where it lives
// and what discards it whole). Per edition and per index part, a key over what shapes
// the output, kept beside the output it gave:
//   editions/<date>/input.key    the edition's built files (every byte of every file
//                                Astro wrote under YYYY/MM/DD/), its articles' search
//                                meta, and the shared inputs (search page, its script,
//                                SITE_URL)
//   editions/<date>/identity.txt the identity of those files (inode, size, mtime) and
//                                the input key their bytes gave: the key without reading
//   editions/<date>/records.json its search records (read from its pages)
//   editions/<date>/offline.key  input.key and the part's Traditional map cut to the
//                                edition's text; with it search-data.js, offline.json,
//                                the zip and pages/ (the edition's pages made relative)
//   parts/<from>_<to>/key        the part's name and its editions' input keys; with it
//                                map.json (the part's Traditional map) and index/ (its
//                                Pagefind files)
// Files an edition's pages load from outside its folder are Astro's /_astro/ files,
// named by the hash of their content (so a change shows in the pages' bytes), and
// public/'s, which are in the cache stamp.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { SearchMetaFile } from '#src/search/build/article-meta.ts';
import { urlDate } from '#src/search/parts.ts';
import { editionFolder } from '#src/site/paths.ts';
import { placeTree } from './links.ts';

export const digest = (...parts: Array<string | Uint8Array>): string => {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('base64url');
};


/** One cached thing: a folder with a key file, valid when the key is the one asked for. */
export class CacheEntry {
  readonly dir: string;
  readonly #keyName: string;

  // No parameter properties: part.ts runs under Node's type stripping, which refuses them.
  constructor(dir: string, keyName = 'key') {
    this.dir = dir;
    this.#keyName = keyName;
  }

  has(key: string): boolean {
    const file = join(this.dir, this.#keyName);
    return existsSync(file) && readFileSync(file, 'utf8') === key;
  }

  /** Empties the entry before it is written anew (its key last). */
  clear(): void {
    rmSync(join(this.dir, this.#keyName), { force: true });
  }

  path(...rel: string[]): string {
    return join(this.dir, ...rel);
  }

  read(rel: string): Buffer {
    return readFileSync(this.path(rel));
  }

  /** The file's bytes, or undefined when the entry has no such file. */
  readIf(rel: string): Buffer | undefined {
    const file = this.path(rel);
    return existsSync(file) ? readFileSync(file) : undefined;
  }

  write(rel: string, data: string | Uint8Array): void {
    const file = this.path(rel);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, data);
  }

  /** Written last: the entry is complete. */
  seal(key: string): void {
    this.write(this.#keyName, key);
  }

  /** Places a cached file or folder at `to` (replacing what is there), by hard link (links.ts). */
  copyOut(rel: string, to: string): void {
    placeTree(this.path(rel), to);
  }

  /** Places a file or folder into the entry at `rel` (replacing what is there), by hard link (links.ts). */
  copyIn(from: string, rel: string): void {
    const to = this.path(rel);
    rmSync(to, { recursive: true, force: true });
    placeTree(from, to);
  }
}

/** In an edition's entry: the identity of its built files (inode, size, mtime) and the input key their bytes gave (part.ts). */
export const IDENTITY_FILE = 'identity.txt';

export const editionEntry = (cacheDir: string, date: string): CacheEntry => new CacheEntry(join(cacheDir, 'editions', date), 'input.key');
export const editionOfflineEntry = (cacheDir: string, date: string): CacheEntry => new CacheEntry(join(cacheDir, 'editions', date), 'offline.key');
/** `partDir` as in the manifest: `parts/2016-01-01_2016-07-04/`. */
export const partEntry = (cacheDir: string, partDir: string): CacheEntry => new CacheEntry(join(cacheDir, partDir));

/** The edition's built files (relative to the out folder): those under its folder. */
export const editionOwnFiles = (files: readonly string[], date: string): string[] => {
  const folder = `${editionFolder(date)}/`;
  return files.filter((file) => file.startsWith(folder));
};

/** The edition's articles' search meta, as the keys take it. */
export function editionMeta(articles: SearchMetaFile, date: string): string[] {
  const meta: string[] = [];
  for (const [url, m] of Object.entries(articles)) if (urlDate(url) === date) meta.push(url, JSON.stringify(m));
  return meta;
}

/**
 * What an edition's input key depends on, without reading a byte: its built files'
 * identity (inode, size, modification time: a page Astro placed again, links.ts, is
 * the same file; one it rendered again was written), its articles' meta and the
 * shared inputs.
 */
export function editionIdentity(outDir: string, own: readonly string[], date: string, meta: readonly string[], sharedKey: string): string {
  return digest(
    sharedKey,
    date,
    ...own.map((file) => {
      const s = statSync(join(outDir, file), { bigint: true });
      return `${file}\0${s.ino}\0${s.size}\0${s.mtimeNs}`;
    }),
    ...meta,
  );
}

/** The input key the previous build's bytes gave, when `identity` is that build's too. */
export function knownInputKey(cacheDir: string, date: string, identity: string): string | undefined {
  const known = editionEntry(cacheDir, date).readIf(IDENTITY_FILE)?.toString('utf8').split('\n');
  return known?.[0] === identity && known[1] ? known[1] : undefined;
}

/** The key of a part's Pagefind index and map: its name and its editions' input keys. */
export const indexKey = (partDir: string, inputKeys: readonly string[]): string => digest(partDir, ...inputKeys);

/**
 * Whether a part's index will come from the cache, read from the identities alone:
 * every edition's is the previous build's and so is the part's key. Only the order
 * the parts start in rests on it (postbuild.ts); part.ts decides from the bytes.
 */
export function indexLikelyCached(outDir: string, cacheDir: string, partDir: string, dates: readonly string[], byFolder: ReadonlyMap<string, readonly string[]>, articles: SearchMetaFile, sharedKey: string): boolean {
  const keys: string[] = [];
  for (const date of dates) {
    const own = byFolder.get(`${editionFolder(date)}/`) ?? [];
    const key = knownInputKey(cacheDir, date, editionIdentity(outDir, own, date, editionMeta(articles, date), sharedKey));
    if (key === undefined) return false;
    keys.push(key);
  }
  return partEntry(cacheDir, partDir).has(indexKey(partDir, keys));
}

/** Removes cached editions and parts the build no longer has (deleted editions, re-cut parts). */
export function pruneCache(cacheDir: string, dates: readonly string[], partDirs: readonly string[]): number {
  let removed = 0;
  const keep = (sub: string, names: ReadonlySet<string>) => {
    const dir = join(cacheDir, sub);
    if (!existsSync(dir)) return;
    for (const name of readdirSync(dir)) {
      if (names.has(name)) continue;
      rmSync(join(dir, name), { recursive: true, force: true });
      removed++;
    }
  };
  keep('editions', new Set(dates));
  keep('parts', new Set(partDirs.map((d) => d.replace(/^parts\//u, '').replace(/\/$/u, ''))));
  return removed;
}
