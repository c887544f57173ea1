// Building the archive in shards: `SHARD=2025 npm run build` builds only the editions
// of 2025 (`SHARD=2016-2018` a range of years), so each year can be its own CI job;
// `npm run assemble` then puts the shards' dist/ folders together into one site (see
// src/build/assemble.ts and docs/operators.md, "Archive in shards"). A shard still knows every
// edition date of the archive (the catalog, read from content/ without rendering
// anything), so the archive pages link across shards, and its site-wide pages (home,
// 往期, search, feed) are those of the whole archive when it is the newest shard.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ARTICLE_FILE } from '#src/content/defaults.ts';
import { readFrontmatter } from '#src/content/frontmatter.ts';

export interface Shard {
  /** As given: `2025` or `2016-2018`; names the shard's sitemap. */
  name: string;
  fromYear: number;
  toYear: number;
}

/** Reads SHARD; undefined builds the whole archive. A bad value says what is expected. */
export function parseShard(value: string | undefined): Shard | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const m = /^(\d{4})(?:-(\d{4}))?$/u.exec(value.trim());
  const fromYear = Number(m?.[1]);
  const toYear = Number(m?.[2] ?? m?.[1]);
  if (!m || toYear < fromYear) {
    throw new Error(`SHARD must be a year (SHARD=2025) or a range of years (SHARD=2016-2018), not "${value}". Leave it unset to build the whole archive.`);
  }
  return { name: value.trim(), fromYear, toYear };
}

export const inShard = (shard: Shard | undefined, date: string): boolean =>
  !shard || (Number(date.slice(0, 4)) >= shard.fromYear && Number(date.slice(0, 4)) <= shard.toYear);

/** The glob (under content/editions/) of the shard's folders: `{2016,2017}-*` or `2025-*`. */
export function shardGlob(shard: Shard | undefined, files: string): string {
  if (!shard) return `**/${files}`;
  const years = Array.from({ length: shard.toYear - shard.fromYear + 1 }, (_, i) => String(shard.fromYear + i));
  return `${years.length === 1 ? years[0] : `{${years.join(',')}}`}-*/**/${files}`;
}

/** Dated folders of content/editions/ (`2026-04-02`), newest first. */
function dateFolders(editionsDir: string): string[] {
  return readdirSync(editionsDir, { withFileTypes: true })
    .filter((f) => f.isDirectory() && /^\d{4}-\d{2}-\d{2}$/u.test(f.name))
    .map((f) => f.name)
    .sort()
    .reverse();
}

/** Whether a date folder holds an article that is not `draft: true`. */
function hasPublished(dir: string): boolean {
  // A file that does not read counts as published: the build will say what is wrong with it.
  return readdirSync(dir).some((f) => ARTICLE_FILE.test(f) && readFrontmatter(readFileSync(join(dir, f), 'utf8')).data['draft'] !== true);
}

/**
 * Every edition date of the archive that has a published article, newest first:
 * folder names (the build checks that each article's date is its folder's) and each
 * article's `draft` flag. What the whole build's editions would be, without building them.
 */
export function catalogDates(editionsDir: string): string[] {
  return dateFolders(editionsDir).filter((date) => hasPublished(join(editionsDir, date)));
}

/** The newest date of the catalog, reading only as far back as it takes. */
export function latestCatalogDate(editionsDir: string): string | undefined {
  return dateFolders(editionsDir).find((date) => hasPublished(join(editionsDir, date)));
}

/** The shard of this build, from the environment. */
export const currentShard = (): Shard | undefined => parseShard(process.env.SHARD);
