// The search index the build writes: Pagefind's files, only the articles in it, and
// the Traditional → Simplified map beside it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, inject, test } from 'vitest';
import { sampleArticles } from '../helpers/sample.ts';

const siteDir = inject('siteDir');

test('Pagefind indexed exactly the articles, in Chinese', () => {
  const entry = JSON.parse(readFileSync(join(siteDir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
  expect(Object.keys(entry.languages)).toEqual(['zh-cn']);
  expect(entry.languages['zh-cn']?.page_count).toBe(sampleArticles().length);
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
