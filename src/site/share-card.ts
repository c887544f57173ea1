// Build time: the picture a shared link shows (og:image) for an article without a
// photo, and for the edition's other pages: the paper's masthead and the edition's
// date, one PNG an edition (src/pages/[year]/[month]/[day]/share-card.png.ts). The
// text is drawn with Noto Serif SC from an npm package (@fontsource/noto-serif-sc),
// as paths by satori, and rasterised by sharp, so the build needs no system font
// and fetches nothing. Only the font's subsets that hold the card's characters are read.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import satori from 'satori';
import sharp, { type OutputInfo } from 'sharp';
import { formatDateZh, weekdayZh } from './dates.ts';
import { formatLunarZh } from './lunar.ts';
import { SHARE_CARD } from './share.ts';


const FONT_PACKAGE = '@fontsource/noto-serif-sc';
const FAMILY = 'Noto Serif SC';  // named apart per subset, see fontsFor
const require = createRequire(import.meta.url);

type Weight = 400 | 900;

/** `U+4e00-4e0f,U+4e2d` → [[0x4e00, 0x4e0f], [0x4e2d, 0x4e2d]]. */
export function parseUnicodeRange(range: string): Array<[number, number]> {
  return range.split(',').map((part) => {
    const [from, to = from] = part.trim().replace(/^U\+/iu, '').split('-');
    return [parseInt(from!, 16), parseInt(to!, 16)];
  });
}

/** The package's subsets (`[37]`…) that hold some character of `text`. */
export function subsetsFor(text: string, ranges: Readonly<Record<string, string>>): string[] {
  const cps = [...new Set(Array.from(text.replace(/\s/gu, '')).map((ch) => ch.codePointAt(0)!))];
  const parsed = Object.entries(ranges).map(([name, range]) => ({ name, ranges: parseUnicodeRange(range) }));
  const chosen = new Set<string>();
  for (const cp of cps) {
    const subset = parsed.find((s) => s.ranges.some(([a, b]) => cp >= a && cp <= b));
    if (!subset) throw new Error(`[share-card] ${FONT_PACKAGE} has no glyph for "${String.fromCodePoint(cp)}" (U+${cp.toString(16)}); the card cannot draw it`);
    chosen.add(subset.name);
  }
  return [...chosen];
}

type Font = { name: string; weight: Weight; style: 'normal'; data: Buffer };
/**
 * Fonts read once a build: satori parses a font once per object it is given, so an
 * archive of a thousand editions parses each subset once (3 ms a card, measured,
 * against 300 ms when every card brought its own copies).
 */
const fonts = new Map<string, Font>();

function fontsFor(text: string, weight: Weight): Font[] {
  const ranges = require(`${FONT_PACKAGE}/unicode.json`) as Record<string, string>;
  // Each subset is a font of its own name: satori falls back from one to the next per
  // glyph only across families, not across fonts of one family.
  return subsetsFor(text, ranges).map((subset) => {
    const name = `${FAMILY} ${weight} ${subset}`;
    let font = fonts.get(name);
    if (!font) {
      const file = require.resolve(`${FONT_PACKAGE}/files/noto-serif-sc-${subset.replace(/^\[|\]$/gu, '')}-${weight}-normal.woff`);
      fonts.set(name, (font = { name, weight, style: 'normal', data: readFileSync(file) }));
    }
    return font;
  });
}

/** What the card says: the masthead, and the edition's date line. */
export function shareCardText(paper: string, date: string): { masthead: string; dateLine: string } {
  return { masthead: paper, dateLine: [formatDateZh(date), weekdayZh(date), formatLunarZh(date)].filter(Boolean).join('  ') };
}

/** Every character a date line can hold (formatDateZh, weekdayZh, formatLunarZh). */
const DATE_CHARS = '0123456789年月日星期一二三四五六七八九十农历甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥正冬腊初廿闰';

/**
 * The same list of fonts for every card of a paper: satori parses the fonts of a list
 * once and keeps them for that list (by identity), so every card after the first
 * costs its layout alone. A date line with a character not foreseen gets a list of its own.
 */
const fontLists = new Map<string, Font[]>();
function fontList(masthead: string, dateLine: string): { heavy: Font[]; regular: Font[] } {
  const chars = [...new Set(DATE_CHARS + dateLine)].sort().join('');
  const list = (key: string, make: () => Font[]) => {
    let found = fontLists.get(key);
    if (!found) fontLists.set(key, (found = make()));
    return found;
  };
  return { heavy: list(`900 ${masthead}`, () => fontsFor(masthead, 900)), regular: list(`400 ${chars}`, () => fontsFor(chars, 400)) };
}

type Node = { type: string; props: { style: Record<string, string | number>; children?: Node[] | string } };
const box = (style: Node['props']['style'], children?: Node[] | string): Node => ({ type: 'div', props: { style: { display: 'flex', ...style }, ...(children === undefined ? {} : { children }) } });
const families = (list: ReadonlyArray<{ name: string }>) => list.map((f) => `"${f.name}"`).join(', ');
const render = (node: Node, size: { width: number; height: number }, list: Font[]) => satori(node as unknown as Parameters<typeof satori>[0], { ...size, fonts: list });

const ACCENT = '#a8111a';
const INK = '#1c1b19';
const PAPER = '#fdfcf8';
/** Where the date line goes on the card: the band below the masthead and its rules. */
const DATE_LINE = { top: 458, height: 96 } as const;

type Pixels = { data: Buffer; info: OutputInfo };
/**
 * The part of the card every edition of a paper shares (the band, the masthead, the
 * rules) as pixels, drawn once a build: rasterising the masthead's large glyphs was
 * half of each card's time (measured); an edition then draws only its date line.
 */
const backgrounds = new Map<string, Promise<Pixels>>();
function background(masthead: string, heavy: Font[]): Promise<Pixels> {
  let made = backgrounds.get(masthead);
  if (!made) {
    const rule = (height: number) => box({ width: 960, height, background: INK });
    const card = box({ width: '100%', height: '100%', flexDirection: 'column', alignItems: 'center', background: PAPER, borderTop: `24px solid ${ACCENT}`, paddingTop: 120 }, [
      box({ fontSize: 200, fontWeight: 900, color: ACCENT, letterSpacing: 24, lineHeight: 1.2, fontFamily: families(heavy) }, masthead),
      box({ flexDirection: 'column', alignItems: 'center', marginTop: 28, gap: 8 }, [rule(6), rule(2)]),
    ]);
    made = render(card, SHARE_CARD, heavy).then((svg) => sharp(Buffer.from(svg)).raw().toBuffer({ resolveWithObject: true }));
    backgrounds.set(masthead, made);
  }
  return made;
}

/** The edition's card as PNG bytes: the paper's background with the edition's date line drawn in. */
export async function shareCardPng(paper: string, date: string): Promise<Buffer> {
  const { masthead, dateLine } = shareCardText(paper, date);
  const { heavy, regular } = fontList(masthead, dateLine);
  const base = await background(masthead, heavy);
  const line = box({ width: '100%', height: '100%', alignItems: 'center', justifyContent: 'center', fontSize: 52, fontWeight: 400, color: INK, fontFamily: families(regular) }, dateLine);
  const svg = await render(line, { width: SHARE_CARD.width, height: DATE_LINE.height }, regular);
  // zlib level 6: 8 ms a card for ~45 KB, against 55 ms (level 9, ~33 KB) or 130 ms
  // (a palette, ~17 KB), measured: an archive of a thousand editions draws a thousand.
  return sharp(base.data, { raw: base.info })
    .composite([{ input: Buffer.from(svg), top: DATE_LINE.top, left: 0 }])
    .png({ compressionLevel: 6 })
    .toBuffer();
}
