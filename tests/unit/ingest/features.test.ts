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
