// The page model's features (src/ingest/features.ts): numbered names, and the page's column width.
import { describe, expect, test } from 'vitest';
import { FEATURE_COUNT, FEATURE_NAMES, columnWidth, featureIndex, pageFeatures, shapeOf } from '#src/ingest/features.ts';

const han = (n: number): string => '海岛渔港迎来开渔季千余艘渔船陆续出港'.repeat(10).slice(0, n);

describe('feature numbers', () => {
  test('every name has one number and back', () => {
    expect(new Set(FEATURE_NAMES).size).toBe(FEATURE_COUNT);
    for (const [i, name] of FEATURE_NAMES.entries()) expect(featureIndex(name)).toBe(i);
    expect(featureIndex('no such feature')).toBeUndefined();
  });
  test('neighbours are seen under their prefix', () => {
    const names = pageFeatures([{ text: '我市启动春季招聘月', line: 1, block: 1 }, { text: '□记者 李明', line: 3, block: 2 }]).map((fs) => fs.map((f) => FEATURE_NAMES[f]));
    expect(names[0]).toEqual(expect.arrayContaining(['bias', 'headline-shaped', 'n:byline', 'pos:0', 'first', 'short-before-byline']));
    expect(names[1]).toEqual(expect.arrayContaining(['byline', 'p:headline-shaped', 'last']));
  });
});

describe('the pair of characters across a break', () => {
  const names = (texts: string[]) => pageFeatures(texts.map((text, i) => ({ text, line: 2 * i + 1, block: i + 1 }))).map((fs) => fs.map((f) => FEATURE_NAMES[f]!));
  test('a cut mid-word makes a pair the page uses again; a heading before a new paragraph does not', () => {
    const page = names([
      '全市今年将完成老旧小区改造三十个，改造后的小区将增设电梯和停车位。老旧小区改造是民生工程，',
      '老旧小区改造要听取居民意见，小区改造方案公示后再动工。',
      '渔港新貌',
      '清晨，沈家门渔港千帆竞发，渔民们忙着出海。',
      '今年全市计划改造老旧小',
      '区十二个。',
    ]);
    // `渔港新貌|清晨`: 貌清 occurs nowhere else on the page.
    expect(page[3]).toContain('join:0');
    // `老旧小|区`: 小区 occurs inside several blocks.
    expect(page[5]).toContain('join:2+');
    // After a block that ends with a mark, the pair is not asked about.
    expect(page[1]!.some((n) => n.startsWith('join:'))).toBe(false);
    expect(page[4]!.some((n) => n.startsWith('join:'))).toBe(false);
  });
});

describe('columnWidth', () => {
  test('the width whose lines the blocks cut mid-clause fill (first line 2 shorter), when they stand out', () => {
    // Cut pieces of a 12-character column: 10, 22, 34 characters; the rest are whole paragraphs.
    const shapes = [10, 22, 34, 10, 22, 46].flatMap((n) => [shapeOf(han(n)), shapeOf(`${han(17)}。`)]);
    expect(columnWidth(shapes)).toBe(12);
  });
  test('no width when the lengths show none', () => {
    expect(columnWidth([7, 13, 19, 25, 31].map((n) => shapeOf(han(n))))).toBeUndefined();
    expect(columnWidth([])).toBeUndefined();
  });
});
