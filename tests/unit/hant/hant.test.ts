import { runInNewContext } from 'node:vm';
import * as OpenCC from 'opencc-js';
import { describe, expect, test } from 'vitest';
import { hantData, pageTexts } from '#src/hant/build/hant-data.ts';
import { hantScript, toHant } from '#src/hant/convert.ts';
import { HANT_GLOBAL } from '#src/hant/page-parts.ts';
import { hantVariant } from '#src/hant/variant.ts';
import { sampleArticles } from '../../helpers/sample.ts';

const sampleTexts = sampleArticles().flatMap((a) => [a.data.title, ...(a.data.photos ?? []).map((p) => p.caption), ...a.blocks.flatMap((b) => (b.type === 'aside' ? [b.title, ...b.items] : [b.text]))]);

describe('hantData + toHant', () => {
  test.each(['t', 'tw', 'hk'] as const)('give exactly what OpenCC gives (cn → %s) for every text of the sample edition', (variant) => {
    const opencc = OpenCC.Converter({ from: 'cn', to: variant });
    const data = hantData(sampleTexts, variant);
    for (const text of sampleTexts) expect(toHant(text, data)).toBe(opencc(text));
    expect(data.lang).toBe({ t: 'zh-Hant', tw: 'zh-Hant-TW', hk: 'zh-Hant-HK' }[variant]);
  });

  test('phrases decide where a character alone is ambiguous', () => {
    const texts = ['让客商一目了然', '详细了解情况', '了不起', '头发白了', '发展经济', '发展发展再发展', '理发店'];
    const data = hantData(texts, 't');
    expect(texts.map((t) => toHant(t, data))).toEqual(['讓客商一目瞭然', '詳細瞭解情況', '了不起', '頭髮白了', '發展經濟', '發展發展再發展', '理髮店']);
    expect(Object.keys(data.phrases).length).toBeGreaterThan(0);
    expect(toHant('全市长护险', hantData(['全市长护险'], 't'))).toBe('全市長護險');
  });

  test('the Taiwan and Hong Kong standards differ where OpenCC says they do', () => {
    const text = '里面着急';
    expect(toHant(text, hantData([text], 'tw'))).toBe(OpenCC.Converter({ from: 'cn', to: 'tw' })(text));
    expect(toHant(text, hantData([text], 'hk'))).toBe(OpenCC.Converter({ from: 'cn', to: 'hk' })(text));
    expect(toHant(text, hantData([text], 'tw'))).not.toBe(toHant(text, hantData([text], 'hk')));
  });

  test('settles even when context flips a character every time, and when the length changes', () => {
    // A made-up converter: `a` becomes `A` only after `x`, `b` doubles.
    const convert = (s: string) => s.replace(/(?<=x)a/gu, 'A').replace(/b/gu, 'bb');
    const texts = ['xa', 'ya', 'xaxa', 'axa', 'yxa', 'xya', 'ab', 'aaxaa', 'xxaa'];
    const data = hantData(texts, 't', convert);
    for (const t of texts) expect(toHant(t, data), t).toBe(convert(t));
  });

  test('text the data never saw is converted by its characters', () => {
    const data = hantData(['长护险'], 't');
    expect(toHant('险长护', data)).toBe('險長護');
    expect(toHant('abc 123', data)).toBe('abc 123');
  });
});

describe('pageTexts', () => {
  test('the title, text nodes and reader-facing attributes with Chinese characters; not scripts, styles or noscript', () => {
    const html = `<html><head><title>长护险 · 舟山日报</title><style>p{}</style></head><body>
      <p title="提示">正文<b>加粗</b> 123</p><img alt="图片说明" src="x.jpg"><input placeholder="搜索" aria-label="搜索文章">
      <script>var a = "脚本";</script><noscript>需要脚本</noscript><p>&lt;书名&gt;</p></body></html>`;
    expect(pageTexts(html)).toEqual(['长护险 · 舟山日报', '提示', '正文', '加粗', '图片说明', '搜索文章', '搜索', '<书名>']);
  });
});

describe('hantScript', () => {
  test('a classic script that files its data under its own URL', () => {
    const data = { lang: 'zh-Hant', chars: '长長', phrases: {} };
    const self: Record<string, unknown> = {};
    runInNewContext(hantScript(data), { self, document: { currentScript: { src: 'file:///x/2026/04/02/zh-hant.js' } } });
    expect((self[HANT_GLOBAL] as Record<string, unknown>)['file:///x/2026/04/02/zh-hant.js']).toEqual(data);
  });
});

describe('hantVariant', () => {
  test('standard by default; tw and hk when set; anything else is an error that says what to set', () => {
    expect(hantVariant({})).toBe('t');
    expect(hantVariant({ HANT_VARIANT: 'hk' })).toBe('hk');
    expect(hantVariant({ HANT_VARIANT: ' tw ' })).toBe('tw');
    expect(() => hantVariant({ HANT_VARIANT: 'zh-TW' })).toThrow(/HANT_VARIANT is "zh-TW"; expected one of t, tw, hk/);
  });
});
