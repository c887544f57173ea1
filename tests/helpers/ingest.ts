// Build small raw pages for ingest tests: one block per array item, blank lines between.
import { ingestPage, type IngestedPage } from '#src/ingest/page.ts';
import type { KnownArticle } from '#src/ingest/types.ts';

export function rawPage(blocks: readonly string[]): Uint8Array {
  return new TextEncoder().encode(`${blocks.join('\n\n')}\n`);
}

export function ingestBlocks(blocks: readonly string[], page = 1, known: KnownArticle[] = []): IngestedPage {
  return ingestPage({ bytes: rawPage(blocks), date: '2026-05-06', page, known: () => known });
}

/** Review messages as `block: message`, for compact assertions. */
export function reviewOf(result: IngestedPage): string[] {
  return result.review.map((n) => `${n.block}: ${n.message}`);
}
