// A deterministic synthetic archive for benchmarks: N articles made by the real ingest
// from synthetic pages in the sample's shapes (scripts/lib/synthetic-pages.ts), eight
// pages an edition, one edition a day from 2016-01-01, written as content/editions/.
import { newPageName, PAPER_NAME } from '#src/content/defaults.ts';
import { mkdirSync, writeFileSync } from 'node:fs';
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
    const result = ingestPage({ bytes: new TextEncoder().encode(syntheticPage(shapes, seed, index, page)), date, page });
    const dir = join(editionsDir, date);
    mkdirSync(dir, { recursive: true });
    for (const a of result.articles.slice(0, articles - written)) writeFileSync(join(dir, a.fileName), a.content);
    written = Math.min(articles, written + result.articles.length);
    editions.set(date, mergeEdition(editions.get(date), { paper: PAPER_NAME, date, page, name: newPageName(page), ...(result.banner ? { banner: result.banner } : {}) }).edition);
    index++;
  }
  for (const [date, edition] of editions) writeFileSync(join(editionsDir, date, 'edition.yaml'), editionToYaml(edition));
  return { articles: written, editions: editions.size, pages: index };
}
