import { describe, expect, test } from 'vitest';
import { jsonLdText, newsArticleJsonLd } from '#src/site/json-ld.ts';

describe('newsArticleJsonLd', () => {
  const base = { headline: '标题', description: '导语', date: '2026-04-02', url: 'https://x.example/2026/04/02/01/01/', publisher: '舟山日报' };
  test('carries headline, date published at midnight China time, authors and publisher', () => {
    const ld = newsArticleJsonLd({ ...base, byline: '记者 岑瑜' });
    expect(ld).toMatchObject({
      '@type': 'NewsArticle',
      headline: '标题',
      datePublished: '2026-04-02T00:00:00+08:00',
      author: [{ '@type': 'Person', name: '岑瑜' }],
      publisher: { '@type': 'Organization', name: '舟山日报' },
    });
  });
  test('the latest correction is dateModified; without corrections there is none', () => {
    expect(newsArticleJsonLd({ ...base, corrected: ['2026-04-05', '2026-04-03'] }).dateModified).toBe('2026-04-05T00:00:00+08:00');
    expect(newsArticleJsonLd(base)).not.toHaveProperty('dateModified');
  });
  test('credits the paper when there is no byline', () => {
    expect(newsArticleJsonLd(base).author).toEqual({ '@type': 'Organization', name: '舟山日报' });
  });
});

describe('jsonLdText', () => {
  test('cannot close the script element it sits in', () => {
    expect(jsonLdText({ a: '</script>' })).not.toContain('</script>');
    expect(JSON.parse(jsonLdText({ a: '</script>' }))).toEqual({ a: '</script>' });
  });
});
