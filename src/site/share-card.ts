// Build time: the picture a shared link shows (og:image) for an article without a
// photo, and for the edition's other pages: the paper's masthead and the edition's
// date, one PNG an edition (src/pages/[year]/[month]/[day]/share-card.png.ts). The
// text is drawn with Noto Serif SC from an npm package (@fontsource/noto-serif-sc),
// as paths by satori, and rasterised by sharp, so the build needs no system font
// and fetches nothing. Only the font's subsets that hold the card's characters are read.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import satori from 'satori';
import sharp from 'sharp';
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

type Node = { type: string; props: { style: Record<string, string | number>; children?: Node[] | string } };
const box = (style: Node['props']['style'], children?: Node[] | string): Node => ({ type: 'div', props: { style: { display: 'flex', ...style }, ...(children === undefined ? {} : { children }) } });

/** The edition's card as PNG bytes. */
export async function shareCardPng(paper: string, date: string): Promise<Buffer> {
  const { masthead, dateLine } = shareCardText(paper, date);
  const accent = '#a8111a';
  const ink = '#1c1b19';
  const rule = (height: number) => box({ width: 960, height, background: ink });
  const card = box(
    { width: '100%', height: '100%', flexDirection: 'column', alignItems: 'center', justifyContent: 'center', background: '#fdfcf8', borderTop: `24px solid ${accent}` },
    [
      box({ fontSize: 200, fontWeight: 900, color: accent, letterSpacing: 24, lineHeight: 1.2 }, masthead),
      box({ flexDirection: 'column', alignItems: 'center', marginTop: 28, gap: 8 }, [rule(6), rule(2)]),
      box({ fontSize: 52, fontWeight: 400, color: ink, marginTop: 40 }, dateLine),
    ],
  );
  const heavy = fontsFor(masthead, 900);
  const regular = fontsFor(dateLine, 400);
  const families = (fonts: ReadonlyArray<{ name: string }>) => fonts.map((f) => `"${f.name}"`).join(', ');
  card.props.style.fontFamily = families(regular);
  (card.props.children as Node[])[0]!.props.style.fontFamily = families(heavy);
  const svg = await satori(card as unknown as Parameters<typeof satori>[0], { ...SHARE_CARD, fonts: [...heavy, ...regular] });
  // zlib level 6: 8 ms a card for ~45 KB, against 55 ms (level 9, ~33 KB) or 130 ms
  // (a palette, ~17 KB), measured: an archive of a thousand editions draws a thousand.
  return sharp(Buffer.from(svg)).png({ compressionLevel: 6 }).toBuffer();
}
