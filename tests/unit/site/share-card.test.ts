import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { parseUnicodeRange, shareCardPng, shareCardText, subsetsFor } from '#src/site/share-card.ts';

describe('the edition card', () => {
  test('says the masthead and the date with its weekday and 农历 day', () => {
    expect(shareCardText('舟山日报', '2026-04-02')).toEqual({ masthead: '舟山日报', dateLine: '2026年4月2日  星期四  农历丙午年二月十五' });
  });

  test('is a 1200×630 PNG, drawn without a system font', async () => {
    const png = await shareCardPng('舟山日报', '2026-04-02');
    const meta = await sharp(png).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['png', 1200, 630]);
    // Ink where the masthead is: the glyphs were drawn, not left blank or as boxes of nothing.
    const { data, info } = await sharp(png).extract({ left: 150, top: 170, width: 900, height: 200 }).removeAlpha().raw().toBuffer({ resolveWithObject: true });
    const pixels = data.length / info.channels;
    const red = [...Array(pixels).keys()].filter((i) => data[i * info.channels]! > 120 && data[i * info.channels + 1]! < 60).length;
    // A missing glyph draws as an outlined box (~2% of this area); the four characters fill far more.
    expect(red / pixels).toBeGreaterThan(0.15);
  });

  test('reads only the font subsets that hold its characters, and says which character it cannot draw', () => {
    const ranges = { '[1]': 'U+4e00-4e0f', '[2]': 'U+5e74,U+6708', '[3]': 'U+30-39' };
    expect(parseUnicodeRange('U+4e00-4e0f,U+4e2d')).toEqual([[0x4e00, 0x4e0f], [0x4e2d, 0x4e2d]]);
    expect(subsetsFor('2026年 一月', ranges).sort()).toEqual(['[1]', '[2]', '[3]']);
    expect(() => subsetsFor('😀', ranges)).toThrow(/no glyph for "😀" \(U\+1f600\)/);
  });
});
