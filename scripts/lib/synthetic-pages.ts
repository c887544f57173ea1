// Deterministic synthetic raw pages made from the sample page's shapes: its articles
// (headline groups, bylines, captions, boxes, cut paragraphs, jumps) recombined and
// with their numbers changed, for benchmarks. Same seed, same pages.
import { readFileSync } from 'node:fs';
import { toBlocks } from '#src/ingest/blocks.ts';
import { readPage } from '#src/ingest/reading.ts';
import type { Block } from '#src/ingest/types.ts';

export const SAMPLE_RAW = 'content/raw/2026-04-02/01.txt';

/** mulberry32: a small, fast, seedable PRNG. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Shapes {
  banner?: string;
  articles: string[][];
}

export function sampleShapes(path = SAMPLE_RAW): Shapes {
  const page = readPage(toBlocks(readFileSync(path, 'utf8')));
  const text = (b: Block) => b.text;
  return {
    ...(page.banner[0] ? { banner: page.banner.map(text).join(' ') } : {}),
    articles: page.segments.map((s) => [...s.head.map(text), ...s.body.map(text)]),
  };
}

/** Change every number, keeping its length; a jump line points to the next page. */
function renumber(line: string, random: () => number, page: number): string {
  if (/[下上][转接]第\d+版/u.test(line)) return line.replace(/第\d+版/u, `第${page + 1}版`);
  return line.replace(/\d+/gu, (digits) => {
    const first = 1 + Math.floor(random() * 9);
    const rest = Array.from({ length: digits.length - 1 }, () => Math.floor(random() * 10)).join('');
    return `${first}${rest}`;
  });
}

/** The text of synthetic page `index`, printed as page `page`: a banner and 3–6 of the sample's articles. */
export function syntheticPage(shapes: Shapes, seed: number, index: number, page: number): string {
  const random = rng(seed * 100_003 + index);
  const count = 3 + Math.floor(random() * 4);
  const lines: string[] = [];
  if (shapes.banner) lines.push(shapes.banner);
  for (let i = 0; i < count; i++) {
    const article = shapes.articles[Math.floor(random() * shapes.articles.length)] ?? [];
    lines.push(...article.map((l) => renumber(l, random, page)));
  }
  return `${lines.join('\n\n')}\n`;
}
