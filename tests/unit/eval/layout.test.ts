// The layout: deterministic, and it accounts for every character. Run over the
// invented fixture edition re-dated 28 times, so that many page styles are drawn.
import { describe, expect, test } from 'vitest';
import { readCorpus, type Edition } from '../../../scripts/lib/eval/corpus.ts';
import { planEdition, splitAt } from '../../../scripts/lib/eval/edition.ts';
import { layoutPage, type LaidOutPage, type PageTruth } from '../../../scripts/lib/eval/layout.ts';
import { hanOf, multiset, uncovered } from '../../../scripts/lib/eval/text.ts';

const [fixture] = readCorpus('tests/fixtures/eval/corpus').editions;
if (!fixture) throw new Error('fixture edition missing');

const redated = (day: number): Edition => {
  const date = `2030-04-${String(day).padStart(2, '0')}`;
  return { date, pages: fixture.pages.map((p) => ({ ...p, articles: p.articles.map((a) => ({ ...a, date })) })) };
};
const editions = Array.from({ length: 28 }, (_, i) => redated(i + 1));
const layouts = (e: Edition): LaidOutPage[] => {
  const plan = planEdition(e);
  return plan.pages.flatMap(({ page }) => layoutPage(plan, page) ?? []);
};
const all = editions.flatMap(layouts);

const truthHan = (t: PageTruth): string[] =>
  [
    ...t.articles.flatMap((a) => [a.column, a.kicker, a.title, a.subtitle, a.byline.kind === 'cms' ? a.byline.text : undefined, ...a.paragraphs, ...a.photos]),
    ...t.credits,
  ].flatMap((s) => (s === undefined ? [] : hanOf(s)));

describe('planEdition', () => {
  test('the story printed whole on pages 1 and 2 is one story cut across them', () => {
    const plan = planEdition(fixture);
    expect(plan.pages.map((p) => p.stories.map((s) => s.order))).toEqual([
      [1, 2, 3],
      [1, 2, 3],
    ]);
    expect(plan.jumps.get('1-1')).toMatchObject({ kind: 'source', to: 2 });
    expect(plan.jumps.get('2-3')).toMatchObject({ kind: 'continuation', from: 1, title: '海岛渔港迎来开渔季' });
    expect(plan.names.slice(0, 3)).toEqual(['李晓', '林小海', '陈一舟'].sort());
  });

  test('splitAt cuts at a paragraph or inside one', () => {
    expect(splitAt(['甲乙', '丙丁戊', '己'], { paragraph: 1 })).toEqual([['甲乙'], ['丙丁戊', '己']]);
    expect(splitAt(['甲乙', '丙丁戊', '己'], { paragraph: 1, offset: 2 })).toEqual([['甲乙', '丙丁'], ['戊', '己']]);
  });
});

describe('layoutPage', () => {
  test('is deterministic: same edition and page, same page text and truth', () => {
    const again = editions.flatMap(layouts);
    expect(again.map((p) => p.text)).toEqual(all.map((p) => p.text));
    expect(JSON.stringify(again.map((p) => p.truth))).toBe(JSON.stringify(all.map((p) => p.truth)));
  });

  test('varies from page to page', () => {
    expect(new Set(all.map((p) => p.text)).size).toBe(all.length);
    expect(new Set(all.map((p) => JSON.stringify(p.style))).size).toBeGreaterThan(20);
  });

  test('blocks are single lines separated by blank lines, and the text is nothing else', () => {
    for (const p of all) {
      for (const b of p.blocks) expect(b.text).not.toMatch(/\n/u);
      expect(p.text.split(/\n{2,}/u).map((s) => s.trim()).filter((s) => s !== '')).toEqual(p.blocks.map((b) => b.text.trim()));
    }
  });

  test('every Han character of the page (jump lines aside) is in the truth', () => {
    for (const p of all) {
      const page = p.blocks.flatMap((b) => hanOf(b.clean));
      expect(uncovered(page, multiset(truthHan(p.truth)))).toEqual([]);
      // clean is the printed text less the jump line: nothing else is dropped
      for (const b of p.blocks) expect(hanOf(b.text).length).toBeGreaterThanOrEqual(hanOf(b.clean).length);
    }
  });

  test('every Han character of the e-paper articles is on a page (a story on two pages, on one of them)', () => {
    for (const e of editions) {
      const printed = multiset(layouts(e).flatMap((p) => p.blocks.flatMap((b) => hanOf(b.clean))));
      const seen = new Set<string>();
      const input = e.pages.flatMap((p) =>
        p.articles.flatMap((a) => {
          const key = JSON.stringify([a.title, a.paragraphs]);
          if (a.title === '广告' || seen.has(key)) return [];
          seen.add(key);
          return [a.kicker, a.title, a.subtitle, ...a.paragraphs].flatMap((s) => (s === undefined ? [] : hanOf(s)));
        }),
      );
      expect(uncovered(input, printed)).toEqual([]);
    }
  });

  test('a cut paragraph rejoins to the truth paragraph', () => {
    let cuts = 0;
    for (const p of all) {
      p.truth.articles.forEach((a, i) => {
        a.paragraphs.forEach((text, j) => {
          const pieces = p.blocks.filter((b) => b.role.kind === 'body' && b.role.article === i && b.role.paragraph === j);
          if (pieces.length > 1) cuts++;
          expect(pieces.map((b) => b.clean).join('')).toBe(text);
        });
      });
    }
    expect(cuts).toBeGreaterThan(10);
  });

  test('the continued story: a jump line on each page, the text split between them, one byline', () => {
    for (const e of editions) {
      const [one, two] = layouts(e);
      const first = one?.truth.articles[0];
      const rest = two?.truth.articles[2];
      expect(first?.continuedOn).toBe(2);
      expect(rest?.continuedFrom).toBe(1);
      expect(rest?.title).toBe('海岛渔港迎来开渔季');
      expect([...(first?.paragraphs ?? []), ...(rest?.paragraphs ?? [])].join('')).toBe(fixture.pages[0]?.articles[0]?.paragraphs.join(''));
      expect(first?.byline).toEqual({ kind: 'cms', text: '记者 林小海 陈一舟' });
      expect(rest?.byline).toEqual({ kind: 'absent' });
      expect(one?.blocks.some((b) => b.role.kind === 'jump') || one?.blocks.some((b) => /转第/u.test(b.text))).toBe(true);
      expect(two?.text).toMatch(/上接第(1|一)版/u);
    }
  });

  test('bylines the layout adds are in the CMS form in the truth, and printed on the page', () => {
    let added = 0;
    for (const p of all) {
      for (const a of p.truth.articles) {
        if (a.byline.kind !== 'cms') continue;
        expect(a.byline.text).toMatch(/^[^\s□]+( [^\s□]+)*$/u);
        if (a.file.endsWith('02-01.txt')) added++;
      }
    }
    expect(added).toBeGreaterThan(5);
  });

  test('page credits from the e-paper text go to page data and are printed on one line', () => {
    for (const p of all.filter((x) => x.page === 2)) {
      expect(p.truth.credits).toContain('版式设计：吴小帆');
      expect(p.blocks.filter((b) => b.role.kind === 'credits')).toHaveLength(1);
      expect(p.truth.articles.every((a) => a.paragraphs.every((t) => !t.includes('版式设计')))).toBe(true);
    }
  });
});
