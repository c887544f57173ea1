// The search index the build writes: its parts manifest, Pagefind's files in each
// part, only the articles in them, the Traditional → Simplified map beside them, and
// fragments without the pair-word content (src/search/build/pagefind-bundle.ts).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, inject, test } from 'vitest';
import { decodeFragment } from '#src/search/build/pagefind-bundle.ts';
import { parseManifest } from '#src/search/parts.ts';
import { sampleArticles } from '../helpers/sample.ts';

const siteDir = inject('siteDir');
const manifest = () => parseManifest(readFileSync(join(siteDir, 'pagefind', 'parts.json'), 'utf8'), 'parts.json');
const partDir = () => join(siteDir, 'pagefind', manifest().parts[0]!.dir);

test('one part (the sample is small), named by its dates, listing every article', () => {
  const { parts } = manifest();
  expect(parts).toEqual([{ dir: 'parts/2026-04-02_2026-04-02/', from: '2026-04-02', to: '2026-04-02', articles: sampleArticles().length }]);
});

test('Pagefind indexed exactly the articles, as pair words (language "und", see src/build/part.ts)', () => {
  const entry = JSON.parse(readFileSync(join(partDir(), 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
  expect(Object.keys(entry.languages)).toEqual(['und']);
  expect(entry.languages.und?.page_count).toBe(sampleArticles().length);
});

test('fragments keep the text and meta but not the indexed pair words; unused UIs are left out', () => {
  const dir = join(partDir(), 'fragment');
  const fragments = readdirSync(dir).map((name) => decodeFragment(readFileSync(join(dir, name))));
  expect(fragments).toHaveLength(sampleArticles().length);
  for (const f of fragments) {
    expect(f.content).toBe('');
    expect((f.meta as Record<string, string>).text?.length).toBeGreaterThan(20);
    expect(sampleArticles().map((a) => a.url)).toContain(f.url);
  }
  expect(existsSync(join(partDir(), 'pagefind.js'))).toBe(true);
  expect(existsSync(join(partDir(), 'pagefind-ui.js'))).toBe(false);
});

test('the Traditional map covers the characters of the articles and nothing else', () => {
  const map = JSON.parse(readFileSync(join(siteDir, 'pagefind', 'zh-charmap.json'), 'utf8')) as Record<string, string>;
  expect(map).toMatchObject({ 長: '长', 護: '护', 險: '险', 員: '员', 績: '绩', 觀: '观' });
  const text = sampleArticles().map((a) => JSON.stringify(a)).join('');
  for (const simple of Object.values(map)) expect(text.includes(simple), simple).toBe(true);
});

test('only the search page may run WebAssembly', () => {
  const csp = (path: string) => /http-equiv="content-security-policy" content="([^"]*)"/u.exec(readFileSync(join(siteDir, path), 'utf8'))?.[1] ?? '';
  expect(csp('search/index.html')).toContain("'wasm-unsafe-eval'");
  expect(csp('index.html')).not.toContain("'wasm-unsafe-eval'");
  expect(csp(`${sampleArticles()[0]!.url.slice(1)}index.html`)).not.toContain("'wasm-unsafe-eval'");
});
