// A deterministic synthetic archive for benchmarks: N articles made by the real ingest
// from synthetic pages in the sample's shapes (scripts/lib/synthetic-pages.ts), eight
// pages an edition, one edition a day from 2016-01-01, written as content/editions/.
import { newPageName, PAPER_NAME } from '#src/content/defaults.ts';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { editionToYaml, mergeEdition } from '#src/ingest/edition-data.ts';
import { ingestPage } from '#src/ingest/page.ts';
import type { EditionInput } from '#src/content/edition.ts';
import { sampleShapes, syntheticPage } from './synthetic-pages.ts';

export const PAGES_PER_EDITION = 8;

export interface ArchiveStats {
  articles: number;
  editions: number;
  pages: number;
}

export function writeSyntheticArchive(editionsDir: string, articles: number, seed = 7): ArchiveStats {
  const shapes = sampleShapes();
  const editions = new Map<string, EditionInput>();
  let written = 0;
  let index = 0;
  while (written < articles) {
    const date = new Date(Date.UTC(2016, 0, 1) + Math.floor(index / PAGES_PER_EDITION) * 86_400_000).toISOString().slice(0, 10);
    const page = (index % PAGES_PER_EDITION) + 1;
    written += writePage(editionsDir, editions, shapes, seed, index, date, page, articles - written);
    index++;
  }
  for (const [date, edition] of editions) writeFileSync(join(editionsDir, date, 'edition.yaml'), editionToYaml(edition));
  return { articles: written, editions: editions.size, pages: index };
}

/** One synthetic page's articles (at most `room`) written into its edition's folder; returns how many. */
function writePage(editionsDir: string, editions: Map<string, EditionInput>, shapes: ReturnType<typeof sampleShapes>, seed: number, index: number, date: string, page: number, room: number): number {
  const result = ingestPage({ bytes: new TextEncoder().encode(syntheticPage(shapes, seed, index, page)), date, page });
  const dir = join(editionsDir, date);
  mkdirSync(dir, { recursive: true });
  const kept = result.articles.slice(0, room);
  for (const a of kept) writeFileSync(join(dir, a.fileName), a.content);
  editions.set(date, mergeEdition(editions.get(date), { paper: PAPER_NAME, date, page, name: newPageName(page), ...(result.banner ? { banner: result.banner } : {}) }).edition);
  return kept.length;
}

/**
 * The next day's edition after the newest one in `editionsDir`: pages of the same
 * shapes (other text) until it holds `articles` (a day of the paper: 40–120), at most
 * 16 pages. Returns its date and what it holds.
 */
export function addSyntheticEdition(editionsDir: string, articles = 50, seed = 7): { date: string } & ArchiveStats {
  const newest = readdirSync(editionsDir).filter((d) => /^\d{4}-\d{2}-\d{2}$/u.test(d)).sort().at(-1) ?? '2015-12-31';
  const date = new Date(Date.parse(`${newest}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  const shapes = sampleShapes();
  const editions = new Map<string, EditionInput>();
  let written = 0;
  let page = 0;
  while (written < articles && page < 16) {
    page++;
    // Far from the archive's page indexes, so the text is new.
    written += writePage(editionsDir, editions, shapes, seed, 1_000_000 + Date.parse(`${date}T00:00:00Z`) / 86_400_000 + page, date, page, articles - written);
  }
  writeFileSync(join(editionsDir, date, 'edition.yaml'), editionToYaml(editions.get(date)!));
  return { date, articles: written, editions: 1, pages: page };
}

/** A correction to the oldest edition's first article: one more sentence at the end of its body. Returns the file. */
export function correctOldArticle(editionsDir: string): string {
  const oldest = readdirSync(editionsDir).filter((d) => /^\d{4}-\d{2}-\d{2}$/u.test(d)).sort()[0]!;
  const file = readdirSync(join(editionsDir, oldest)).filter((f) => /\.mdx?$/u.test(f)).sort()[0]!;
  const path = join(editionsDir, oldest, file);
  writeFileSync(path, `${readFileSync(path, 'utf8').trimEnd()}\n\n（本文有更正：数字已核实。）\n`);
  return path;
}
