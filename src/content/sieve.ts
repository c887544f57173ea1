// Astro's glob loader reads every file and parses its frontmatter on every build, to
// learn its id, and only then compares the file's digest with the data store's and
// skips an unchanged one (node_modules/astro/dist/content/loaders/glob.js). At 20,000
// articles that reading was most of the content sync of a build that corrected one
// article (profiled: the files' reads, their YAML and ids, against 4 s for Astro's
// writing of its store). The sieve hands the glob loader only the files that may have
// changed since the previous `npm run build`: the others keep their stored entry,
// as the glob loader would have kept it.
//
// A file counts as unchanged when its identity (device, inode, size, modification
// and change time) is the one recorded after the previous build's checks passed, and
// the data store still holds the entry recorded for it under the same digest. A file
// changed within RACY_MS of the scan that recorded it is not recorded (file systems
// keep coarse times; git's index does the same), so it is read again next time. Any
// doubt reads the file: a fresh checkout (new inodes and times) reads everything, as
// without the sieve. The record is made under the build's stamp (screen-memo.ts), in
// Astro's cache folder, which the build discards with its stamp; `astro dev`, a bare
// `astro build` and the check keep nothing and read every file.
import { statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AstroError } from 'astro/errors';
import type { DataStore, Loader, LoaderContext } from 'astro/loaders';
import { escapePath, glob as listFiles } from 'tinyglobby';
import { AFTER_CHECKS, type AfterChecks } from './loader.ts';
import { STAMP_VARIABLE } from './screen-memo.ts';
import { readStamped, writeStamped } from './stamped-record.ts';

export interface GlobOptions {
  pattern: string | string[];
  /** From the project root, as the glob loader takes it. */
  base: string;
}

/** A file changed this close to the scan is read again next time: its time may not tell a later change. */
export const RACY_MS = 2000;

/** What is kept of a file that was loaded: its identity, and the id and digest of its entry. */
export interface Recorded {
  identity: string;
  id: string;
  digest: string;
}

export interface Identity {
  key: string;
  mtimeMs: number;
}

export function identityOf(file: string): Identity {
  const s = statSync(file, { bigint: true });
  return { key: `${s.dev}:${s.ino}:${s.size}:${s.mtimeNs}:${s.ctimeNs}`, mtimeMs: Number(s.mtimeNs / 1_000_000n) };
}

/** The stored entry a listed file keeps, if its identity and entry are the recorded ones. */
export function keptEntry(recorded: Recorded | undefined, identity: Identity, store: Pick<DataStore, 'get'>, filePath: string): ReturnType<DataStore['get']> {
  if (!recorded || recorded.identity !== identity.key) return undefined;
  const entry = store.get(recorded.id);
  return entry && entry.filePath === filePath && entry.digest !== undefined && String(entry.digest) === recorded.digest ? entry : undefined;
}

/** What to record of this build's files: those loaded (in the store) and not changed within RACY_MS of the scan. */
export function recordOf(listed: ReadonlyMap<string, Identity>, entryOf: (file: string) => { id: string; digest?: number | string } | undefined, scannedAt: number): Record<string, Recorded> {
  const files: Record<string, Recorded> = {};
  for (const [file, identity] of listed) {
    const entry = entryOf(file);
    if (!entry || entry.digest === undefined || identity.mtimeMs >= scannedAt - RACY_MS) continue;
    files[file] = { identity: identity.key, id: entry.id, digest: String(entry.digest) };
  }
  return files;
}

type AssetStore = DataStore & { addAssetImports?: (assets: string[], filePath?: string) => void };

/**
 * The glob loader (`makeGlob`, Astro's `glob`) over only the files that may have
 * changed. It must be wrapped by `explained` (loader.ts), which says when the checks
 * passed: without it, or without the build's stamp, every file is read.
 */
export function sievedGlob(options: GlobOptions, makeGlob: (options: GlobOptions) => Loader): Loader {
  return {
    name: 'glob-loader',
    async load(ctx: LoaderContext) {
      const stamp = process.env[STAMP_VARIABLE];
      const after = (ctx as LoaderContext & { [AFTER_CHECKS]?: AfterChecks })[AFTER_CHECKS];
      if (!stamp || !after) return makeGlob(options).load(ctx);
      const root = fileURLToPath(ctx.config.root);
      const base = path.resolve(root, options.base);
      const filePathOf = (file: string) => path.relative(root, path.join(base, file)).split(path.sep).join('/');
      const recordFile = path.join(fileURLToPath(ctx.config.cacheDir), 'sieve', `${ctx.collection}.json`);

      const scannedAt = Date.now();
      // As the glob loader lists them (same library, same options).
      const files = await listFiles(options.pattern, { cwd: base, expandDirectories: false });
      const recorded = readStamped<Recorded>(recordFile, stamp); // none yet, cut short or of another stamp: every file is read
      const listed = new Map(files.map((file) => [file, identityOf(path.join(base, file))]));
      const kept: NonNullable<ReturnType<DataStore['get']>>[] = [];
      const changed: string[] = [];
      for (const [file, identity] of listed) {
        const entry = keptEntry(recorded[file], identity, ctx.store, filePathOf(file));
        if (entry) kept.push(entry);
        else changed.push(file);
      }

      if (kept.length > 0) ctx.logger.info(`${kept.length} of ${listed.size} file(s) unchanged since the last build, kept without reading them`);
      if (kept.length === 0) {
        await makeGlob(options).load(ctx);
      } else {
        // What the glob loader does for a file it skips by digest.
        const store = ctx.store as AssetStore;
        for (const entry of kept) {
          if (entry.deferredRender) store.addModuleImport(entry.filePath!);
          if (entry.assetImports?.length) {
            if (typeof store.addAssetImports !== 'function') throw new AstroError('[content] Astro\'s data store no longer takes asset imports as the content loader expects.', 'Pin the Astro version this project was made with (package.json).');
            store.addAssetImports(entry.assetImports, entry.filePath);
          }
        }
        const keptIds = new Set(kept.map((e) => e.id));
        if (changed.length === 0) {
          for (const id of store.keys()) if (!keptIds.has(id)) store.delete(id); // a deleted file's entry
        } else {
          // The glob loader removes the stored entries it did not meet: it must not meet the kept ones.
          const hiding = new Proxy(store, {
            get: (target, key, receiver) => (key === 'keys' ? () => target.keys().filter((id) => !keptIds.has(id)) : Reflect.get(target, key, receiver)),
          });
          await makeGlob({ ...options, pattern: changed.map(escapePath) }).load({ ...ctx, store: hiding });
        }
      }

      after.push(() => {
        const byPath = new Map(ctx.store.values().flatMap((e) => (e.filePath ? [[e.filePath, e] as const] : [])));
        writeStamped(recordFile, stamp, recordOf(listed, (file) => byPath.get(filePathOf(file)), scannedAt));
      });
    },
  };
}
