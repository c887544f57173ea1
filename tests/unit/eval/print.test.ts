// The printed forms the layout adds, and the damage extraction does.
import { describe, expect, test } from 'vitest';
import { cutOffsets, halfWidth, piecesAt, wrapSpace } from '../../../scripts/lib/eval/damage.ts';
import { BYLINE_KINDS, chineseNumber, dispatchDay, inventCredits, printByline } from '../../../scripts/lib/eval/print.ts';
import { random } from '../../../scripts/lib/eval/prng.ts';
import { hanOf, multiset, uncovered } from '../../../scripts/lib/eval/text.ts';

describe('chineseNumber and dispatchDay', () => {
  test.each([
    [1, '一'],
    [10, '十'],
    [12, '十二'],
    [20, '二十'],
    [24, '二十四'],
  ])('%i → %s', (n, cn) => expect(chineseNumber(n)).toBe(cn));
  test('out of range is refused', () => expect(() => chineseNumber(0)).toThrow(/outside 1–99/u));
  test('the day before the edition, across a month end', () => {
    expect(dispatchDay('2030-03-01')).toBe('2月28日');
    expect(dispatchDay('2019-10-02')).toBe('10月1日');
  });
});

describe('printByline', () => {
  const pool = ['林小海', '陈一舟', '李晓', '王岚'];
  for (const [kind] of BYLINE_KINDS) {
    test(`${kind}: the CMS form has one space between parts, no □ or 、, and every Han character is printed`, () => {
      for (let i = 0; i < 30; i++) {
        const b = printByline(kind, pool, '2030-03-01', random(`${kind}/${i}`));
        expect(b.cms).toMatch(/^\S+( \S+)*$/u);
        expect(b.cms).not.toMatch(/[□、]/u);
        expect(uncovered(hanOf(b.cms), multiset(hanOf(b.text)))).toEqual([]);
      }
    });
  }
  test('a 新华社 dateline is bylined as the agency with its reporters', () => {
    const b = printByline('dateline-agency', ['林小海'], '2030-03-01', random('x'));
    expect(b.place).toBe('prefix');
    expect(b.text).toMatch(/^新华社\p{Script=Han}+2月28日电（记者 林小海）/u);
    expect(b.cms).toBe('新华社记者 林小海');
  });
  test('invented credits are role：name pairs', () => {
    for (let i = 0; i < 10; i++) for (const c of inventCredits(random(`c${i}`))) expect(c).toMatch(/^\p{Script=Han}+：\p{Script=Han}+$/u);
  });
});

describe('damage', () => {
  test('half-width punctuation only beside Chinese text, never touching digits or Latin', () => {
    expect(halfWidth('记者：今天（周一）开会，5，6', 1, random('h'))).toBe('记者:今天(周一)开会，5，6');
    expect(halfWidth('记者：今天', 0, random('h'))).toBe('记者：今天');
  });
  test('a wrap space falls between two Han characters, away from the ends', () => {
    for (let i = 0; i < 20; i++) {
      const t = wrapSpace('海岛渔港迎来开渔季', random(`w${i}`));
      expect(t.replace(' ', '')).toBe('海岛渔港迎来开渔季');
      expect(t).toMatch(/^\p{Script=Han}{3,} \p{Script=Han}{2,}$/u);
    }
  });
  test('pieces join back to the text', () => {
    expect(piecesAt('abcdef', [2, 4])).toEqual(['ab', 'cd', 'ef']);
    for (let i = 0; i < 50; i++) {
      const text = '东沙渔港迎来开渔季，千余艘渔船陆续出港。'.repeat(1 + (i % 30));
      const cuts = cutOffsets(Array.from(text).length, 1.2, random(`c${i}`), 12);
      expect(cuts.every((c) => c > 0 && c < Array.from(text).length)).toBe(true);
      expect(piecesAt(text, cuts).join('')).toBe(text);
    }
  });
  test.each([10, 13, 16])('a column foot cuts only where a printed line of %i characters ends (the first line 2 shorter)', (width) => {
    const seen = new Set<number>();
    for (let i = 0; i < 300; i++) {
      for (const c of cutOffsets(200, 1.2, random(`w${width}/${i}`), width)) {
        expect((c - (width - 2)) % width).toBe(0);
        expect(c).toBeGreaterThanOrEqual(width - 2);
        seen.add(c);
      }
    }
    // Not always the first line: the cut falls on any line end of the paragraph.
    expect(seen.size).toBeGreaterThan(5);
  });
  test('the piece after a cut may be a single character; a paragraph on one line is never cut', () => {
    // 9 characters in a 10-wide column: 8 on the first line, 1 on the next.
    const cuts = Array.from({ length: 200 }, (_, i) => cutOffsets(9, 40, random(`one/${i}`), 10)).filter((c) => c.length > 0);
    expect(cuts.length).toBeGreaterThan(0);
    for (const c of cuts) expect(c).toEqual([8]);
    for (let i = 0; i < 200; i++) expect(cutOffsets(8, 40, random(`fit/${i}`), 10)).toEqual([]);
  });
  test('long paragraphs are cut more often than short ones', () => {
    const cut = (len: number) => Array.from({ length: 400 }, (_, i) => cutOffsets(len, 0.8, random(`${len}/${i}`), 13).length > 0).filter(Boolean).length;
    expect(cut(400)).toBeGreaterThan(cut(40) * 2);
  });
});
