// Jumps across the pages of one edition (src/ingest/jumps.ts): pairing 下转 with 上接,
// naming what is missing, and titles borrowed across the pages of one run.
import { describe, expect, test, vi } from 'vitest';
import { IngestError } from '#src/ingest/types.ts';
import { UnreadablePages, ingestLinked, linkJumps, missingMessage, runParts, type JumpPart, type OutsidePage } from '#src/ingest/jumps.ts';
import { rawPage } from '../../helpers/ingest.ts';

const part = (page: number, order: number, jumps: Partial<JumpPart> = {}): JumpPart => ({ page, order, title: `p${page}a${order}`, file: `${String(page).padStart(2, '0')}.txt`, ...jumps });
const nothingOutside = (): OutsidePage => ({ present: false, parts: [] });
const pairsOf = (links: ReturnType<typeof linkJumps>) => links.pairs.map((p) => `${p.on.title}→${p.from.title}`);

describe('linkJumps', () => {
  test('pairs each 下转 with the 上接 of the page it names, in either direction of reading', () => {
    const links = linkJumps([part(1, 1, { continuedOn: 2, onLine: 9 }), part(1, 2, { continuedOn: 3 }), part(2, 1, { continuedFrom: 1, fromLine: 1 }), part(3, 2, { continuedFrom: 1 })], nothingOutside);
    expect(pairsOf(links)).toEqual(['p1a1→p2a1', 'p1a2→p3a2']);
    expect(links.pairs[0]).toMatchObject({ on: { onLine: 9 }, from: { fromLine: 1 } });
    expect(links.missing).toEqual([]);
    expect(links.crowded).toEqual([]);
  });

  test('a part continued again (上接 and 下转 on one part) is a half of two pairs', () => {
    const links = linkJumps([part(1, 1, { continuedOn: 2 }), part(2, 1, { continuedFrom: 1, continuedOn: 3 }), part(3, 1, { continuedFrom: 2 })], nothingOutside);
    expect(pairsOf(links)).toEqual(['p1a1→p2a1', 'p2a1→p3a1']);
  });

  test('two stories from page 1 to page 2 are paired in reading order, and noted', () => {
    const links = linkJumps(
      [part(1, 1, { continuedOn: 2 }), part(1, 4, { continuedOn: 2 }), part(2, 1, { continuedFrom: 1 }), part(2, 3, { continuedFrom: 1 })],
      nothingOutside,
    );
    expect(pairsOf(links)).toEqual(['p1a1→p2a1', 'p1a4→p2a3']);
    expect(links.crowded).toEqual([{ on: 1, from: 2, count: 2 }]);
  });

  test('a page named by no part of the run nor the edition: page-absent', () => {
    const links = linkJumps([part(1, 3, { continuedOn: 4, onLine: 25 })], nothingOutside);
    expect(links.missing).toEqual([{ part: part(1, 3, { continuedOn: 4, onLine: 25 }), direction: 'on', target: 4, why: { kind: 'page-absent' } }]);
    expect(missingMessage(links.missing[0]!)).toBe('下转第4版, but page 4 is neither in this run nor in the edition: ingest page 4 (its part must say 上接第1版), or correct the jump line');
  });

  test('a page of the run with no part jumping back: no-jump-back', () => {
    const links = linkJumps([part(2, 2, { continuedOn: 1 }), part(3, 1, { continuedFrom: 2, fromLine: 1 }), part(2, 1)], nothingOutside);
    expect(links.missing.map((m) => [m.part.title, m.direction, m.target, m.why.kind])).toEqual([
      ['p2a2', 'on', 1, 'page-absent'],
      ['p3a1', 'from', 2, 'no-jump-back'],
    ]);
    expect(missingMessage(links.missing[1]!)).toBe('上接第2版, but no article of page 2 says 下转第3版: check the jump lines of both pages (a misprinted page number?)');
  });

  test('more 上接 than 下转 between two pages: the later parts are all-paired', () => {
    const links = linkJumps([part(1, 1, { continuedOn: 2 }), part(2, 1, { continuedFrom: 1 }), part(2, 2, { continuedFrom: 1 })], nothingOutside);
    expect(pairsOf(links)).toEqual(['p1a1→p2a1']);
    expect(links.missing).toMatchObject([{ part: { title: 'p2a2' }, direction: 'from', target: 1, why: { kind: 'all-paired', count: 1 } }]);
    expect(missingMessage(links.missing[0]!)).toMatch(/^上接第1版, but page 1 has only 1 part\(s\) that say 下转第2版, each paired with an earlier story/u);
  });

  test('pages outside the run are asked for only when a jump names them; their own unpaired jumps are not reported', () => {
    const onDisk: Record<number, OutsidePage> = {
      1: { present: true, parts: [{ ...part(1, 1, { continuedOn: 2 }), file: 'editions/01-01.md' }, { ...part(1, 2, { continuedOn: 5 }), file: 'editions/01-02.md' }] },
      3: { present: true, parts: [] },
    };
    const outside = vi.fn((page: number) => onDisk[page] ?? nothingOutside());
    const links = linkJumps([part(2, 1, { continuedFrom: 1 }), part(2, 2, { continuedOn: 3 }), part(2, 3)], outside);
    expect(outside.mock.calls.map(([p]) => p)).toEqual([1, 3]);
    expect(links.pairs).toMatchObject([{ on: { file: 'editions/01-01.md' }, from: { page: 2, order: 1 } }]);
    // 01-02 says 下转第5版: a file this run does not write, so `npm run check` speaks for it.
    expect(links.missing).toMatchObject([{ part: { page: 2, order: 2 }, target: 3, why: { kind: 'no-jump-back' } }]);
  });
});

describe('ingestLinked: titles borrowed across the pages of one run', () => {
  const p = (page: number, blocks: string[]) => ({ page, file: `${page}.txt`, bytes: rawPage(blocks) });
  const PAGE1 = p(1, ['我市启动春季招聘月', '□记者 王海东', '本报讯 招聘月期间，全市将举办各类招聘会四十场，', '（下转第2版）']);
  const PAGE2 = p(2, ['（上接第1版）', '提供就业岗位两万余个。', '（下转第3版）']);
  const PAGE3 = p(3, ['（上接第2版）', '各区县也将开展专场招聘。']);

  test('a continued part without its headline takes the title of its first part on another page of the run', () => {
    const [, two] = ingestLinked([PAGE1, PAGE2], '2026-05-06', () => []);
    expect(two?.articles[0]?.data).toMatchObject({ title: '我市启动春季招聘月', continuedFrom: 1, continuedOn: 3 });
    expect(two?.articles[0]?.data.draft).toBeUndefined();
  });

  test('a chain over three pages settles, whatever order the pages come in', () => {
    for (const order of [[PAGE1, PAGE2, PAGE3], [PAGE3, PAGE2, PAGE1]]) {
      const results = ingestLinked(order, '2026-05-06', () => []);
      const third = results[order.indexOf(PAGE3)];
      expect(third?.articles[0]?.data).toMatchObject({ title: '我市启动春季招聘月', continuedFrom: 2 });
      expect(third?.articles[0]?.data.draft).toBeUndefined();
    }
  });

  test('the first part may be in the edition already (outside the run)', () => {
    const outside = vi.fn(() => [{ page: 1, order: 1, title: '已入库的稿件', continuedOn: 2 }]);
    const [two] = ingestLinked([PAGE2], '2026-05-06', outside);
    expect(two?.articles[0]?.data.title).toBe('已入库的稿件');
  });

  test('the edition folder is not read when no part needs a title', () => {
    const outside = vi.fn(() => []);
    ingestLinked([PAGE1], '2026-05-06', outside);
    expect(outside).not.toHaveBeenCalled();
  });

  test('with no first part anywhere the part stays a draft, with its review line', () => {
    const [three] = ingestLinked([PAGE3], '2026-05-06', () => []);
    expect(three?.articles[0]?.data.draft).toBe(true);
    expect(three?.review.some((n) => n.message.includes('no article on page 2 of 2026-05-06 says 下转第3版'))).toBe(true);
  });

  test('two stories of page 1 continue on page 2: the headless part opening page 2 is the first one’s, the headed part the second’s', () => {
    const page1 = p(1, ['我市启动春季招聘月', '□记者 王海东', '本报讯 招聘月期间，全市将举办各类招聘会四十场，', '（下转第2版）', '渔业产量稳中有升', '□记者 李晓燕', '本报讯 一季度，全市渔业总产量同比增长，', '（下转第2版）']);
    const page2 = p(2, ['（上接第1版）', '提供就业岗位两万余个。', '渔业产量稳中有升', '（上接第1版）', '其中海水养殖增长最快。']);
    const [one, two] = ingestLinked([page1, page2], '2026-05-06', () => []);
    expect(one?.articles.map((a) => a.data.continuedOn)).toEqual([2, 2]);
    expect(two?.articles.map((a) => [a.data.title, a.data.continuedFrom])).toEqual([
      ['我市启动春季招聘月', 1],
      ['渔业产量稳中有升', 1],
    ]);
    const links = linkJumps(runParts([{ file: '01.txt', ingested: one! }, { file: '02.txt', ingested: two! }]), nothingOutside);
    expect(links.pairs.map((x) => [x.on.order, x.from.order, x.on.onLine, x.from.fromLine])).toEqual([
      [1, 1, 7, 1],
      [2, 2, 15, 7],
    ]);
  });

  test('every raw file that is not a page is named at once', () => {
    const empty = (page: number) => ({ page, file: `${page}.txt`, bytes: new Uint8Array() });
    let thrown: unknown;
    try {
      ingestLinked([empty(1), PAGE2, empty(3)], '2026-05-06', () => []);
    } catch (err) {
      thrown = err;
    }
    expect(thrown).toBeInstanceOf(UnreadablePages);
    const failures = (thrown as UnreadablePages).failures;
    expect(failures.map((f) => f.file)).toEqual(['1.txt', '3.txt']);
    expect(failures.every((f) => f.error instanceof IngestError)).toBe(true);
  });
});
