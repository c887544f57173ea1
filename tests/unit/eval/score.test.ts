// Scoring on a hand-built page and hand-built ingest outputs; every expectation is
// counted by hand from the page below, not taken from the code's output.
import { describe, expect, test } from 'vitest';
import type { ArticleTruth, BlockRole, LaidOutPage, PageBlock } from '../../../scripts/lib/eval/layout.ts';
import { scorePage, type ArticleScore, type OutputArticle, type OutputPage } from '../../../scripts/lib/eval/score.ts';
import { summarise, worstPages } from '../../../scripts/lib/eval/summary.ts';

const block = (clean: string, role: BlockRole, text = clean): PageBlock => ({ clean, text, role });
const BLOCKS: PageBlock[] = [
  block('市里部署——', { kind: 'head', article: 0, fields: ['kicker'] }),
  block('春耕备耕全面展开', { kind: 'head', article: 0, fields: ['title'] }),
  block('□记者 王一', { kind: 'byline', article: 0 }),
  block('各地抢抓农时，', { kind: 'body', article: 0, paragraph: 0, piece: 0 }, '各地抢抓农时,'),
  block('田间地头一派繁忙。', { kind: 'body', article: 0, paragraph: 0, piece: 1 }),
  block('农技人员深入一线指导。', { kind: 'body', article: 0, paragraph: 1, piece: 0 }),
  block('', { kind: 'jump', article: 0, direction: 'on', page: 2 }, '（下转第二版）'),
  block('新书屋开放', { kind: 'head', article: 1, fields: ['title'] }),
  block('孩子们在读书。 张三摄', { kind: 'caption', article: 1, photo: 0 }),
  block('东沙镇新书屋昨天开放。', { kind: 'body', article: 1, paragraph: 0, piece: 0 }),
  block('责任编辑：李四', { kind: 'credits' }),
];
const A: ArticleTruth = {
  file: 'a.txt',
  kicker: '市里部署',
  title: '春耕备耕全面展开',
  titlePrinted: true,
  byline: { kind: 'cms', text: '记者 王一' },
  paragraphs: ['各地抢抓农时，田间地头一派繁忙。', '农技人员深入一线指导。'],
  photos: [],
  continuedOn: 2,
};
const B: ArticleTruth = { file: 'b.txt', title: '新书屋开放', titlePrinted: true, byline: { kind: 'absent' }, paragraphs: ['东沙镇新书屋昨天开放。'], photos: ['孩子们在读书。 张三摄'] };
const page = (articles: ArticleTruth[] = [A, B]): LaidOutPage => ({
  date: '2030-03-01',
  page: 1,
  files: ['a.txt', 'b.txt'],
  style: { halfWidth: 0, cutScale: 1, house: 'staff', addByline: 1, editor: 'foot', captions: 'after-head', wrapHead: 0, brackets: false, joinKicker: 0, looseGaps: false, columnWidth: 13 },
  blocks: BLOCKS,
  text: BLOCKS.map((b) => b.text).join('\n\n'),
  truth: { date: '2030-03-01', page: 1, articles, credits: ['责任编辑：李四'] },
});
// Han characters of the page, jump line aside, counted by hand: 4+8+4+6+8+10 (A) + 5+9+10 (B) + 6 (credits).
const HAN = 70;

const outA: OutputArticle = {
  kicker: '市里部署',
  title: '春耕备耕全面展开',
  byline: '记者 王一',
  paragraphs: 2,
  captions: [],
  continuedOn: 2,
  text: '---\nkicker: 市里部署\ntitle: 春耕备耕全面展开\nbyline: 记者 王一\ncontinuedOn: 2\n---\n\n各地抢抓农时，田间地头一派繁忙。\n\n农技人员深入一线指导。\n',
};
const outB: OutputArticle = {
  title: '新书屋开放',
  paragraphs: 1,
  captions: ['孩子们在读书。 张三摄'],
  text: '---\ntitle: 新书屋开放\nphotos:\n  - caption: 孩子们在读书。 张三摄\n---\n\n东沙镇新书屋昨天开放。\n',
};
const read = (articles: OutputArticle[], pageText: string[] = ['责任编辑：李四']): OutputPage => ({ kind: 'read', articles, pageText });
const verdicts = (a: ArticleScore | undefined) => Object.fromEntries((a?.fields ?? []).map((f) => [f.field, f.verdict]));
const ALL_RIGHT = { title: 'right', kicker: 'right', subtitle: 'right', column: 'right', byline: 'right', paragraphs: 'right', photos: 'right', jumps: 'right' };

describe('scorePage', () => {
  test('a right reading: boundaries and every field right, nothing lost, credits in page data', () => {
    const s = scorePage(page(), read([outA, outB]));
    expect(s.articles.map((a) => a.flaws)).toEqual([[], []]);
    expect(verdicts(s.articles[0])).toEqual(ALL_RIGHT);
    expect(verdicts(s.articles[1])).toEqual(ALL_RIGHT);
    expect(s.han).toEqual({ total: HAN, lost: 0, sample: '' });
    expect(s.credits).toBe(true);
    expect(s.outputArticles).toBe(2);
  });

  test('two articles read as one: both merged, the second one’s title wrong', () => {
    const one: OutputArticle = { ...outA, paragraphs: 3, captions: outB.captions, text: `${outA.text}\n新书屋开放\n\n孩子们在读书。 张三摄\n\n东沙镇新书屋昨天开放。` };
    const s = scorePage(page(), read([one]));
    expect(s.articles.map((a) => a.flaws)).toEqual([['merged'], ['merged']]);
    expect(s.articles[1]?.fields.find((f) => f.field === 'title')).toMatchObject({ verdict: 'wrong', expected: '新书屋开放', got: '春耕备耕全面展开' });
    expect(verdicts(s.articles[0])).toMatchObject({ title: 'right', paragraphs: 'wrong', photos: 'wrong' });
    expect(s.han.lost).toBe(0);
  });

  test('an article read as two: split, its paragraph count from the part holding most of it', () => {
    const head: OutputArticle = { ...outA, paragraphs: 1, text: outA.text.replace('农技人员深入一线指导。', '') };
    const tail: OutputArticle = { title: '农技人员深入一线指导。', paragraphs: 0, captions: [], text: 'title: 农技人员深入一线指导。' };
    const s = scorePage(page(), read([head, tail, outB]));
    expect(s.articles.map((a) => a.flaws)).toEqual([['split'], []]);
    expect(verdicts(s.articles[0])).toMatchObject({ title: 'right', paragraphs: 'wrong' });
  });

  test('the 引题 read into the 主题: title and kicker wrong, boundaries right', () => {
    const s = scorePage(page(), read([{ ...outA, kicker: undefined, title: '市里部署 春耕备耕全面展开' }, outB]));
    expect(s.articles[0]?.flaws).toEqual([]);
    expect(verdicts(s.articles[0])).toMatchObject({ title: 'wrong', kicker: 'wrong', byline: 'right' });
  });

  test('a field the truth lacks must be absent; a kicker’s closing dash does not matter', () => {
    const s = scorePage(page(), read([{ ...outA, kicker: '市里部署——' }, { ...outB, kicker: '新书屋' }]));
    expect(verdicts(s.articles[0])).toMatchObject({ kicker: 'right' });
    expect(s.articles[1]?.fields.find((f) => f.field === 'kicker')).toMatchObject({ verdict: 'wrong', present: false, got: '新书屋' });
  });

  test('bylines compare in CMS form: a □ or 、 is wrong, spacing runs are not', () => {
    const v = (byline: string) => verdicts(scorePage(page(), read([{ ...outA, byline }, outB])).articles[0]).byline;
    expect(v('记者  王一')).toBe('right');
    expect(v('记者王一')).toBe('wrong');
    expect(v('记者 王一、')).toBe('wrong');
  });

  test('lost characters are counted and shown in page order', () => {
    const s = scorePage(page(), read([outA, { ...outB, text: outB.text.replace('昨天', '') }]));
    expect(s.han).toEqual({ total: HAN, lost: 2, sample: '昨天' });
    expect(s.articles[1]?.flaws).toEqual(['lost-text']);
  });

  test('page credits kept in an article: that article holds page furniture, credits not in page data', () => {
    const s = scorePage(page(), read([outA, { ...outB, text: `${outB.text}\n责任编辑：李四` }], []));
    expect(s.articles.map((a) => a.flaws)).toEqual([[], ['with-credits']]);
    expect(s.credits).toBe(false);
    expect(s.han.lost).toBe(0);
  });

  test('an unsure truth byline is not scored', () => {
    const s = scorePage(page([{ ...A, byline: { kind: 'unsure', reason: 'why' } }, B]), read([{ ...outA, byline: undefined }, outB]));
    expect(verdicts(s.articles[0]).byline).toBe('unscored');
  });

  test('a refused page: every article refused, every character lost', () => {
    const s = scorePage(page(), { kind: 'refused', message: 'no article found', crash: false });
    expect(s.refused).toEqual({ message: 'no article found', crash: false });
    expect(s.articles.map((a) => a.flaws)).toEqual([['refused'], ['refused']]);
    expect(s.han.lost).toBe(HAN);
    expect(s.credits).toBe(false);
    expect(verdicts(s.articles[1]).title).toBe('wrong');
  });
});

describe('summarise', () => {
  const right = scorePage(page(), read([outA, outB]));
  const refused = scorePage({ ...page(), page: 2 }, { kind: 'refused', message: 'text before the first headline (line 3)', crash: false });
  const merged = scorePage({ ...page(), page: 3 }, read([{ ...outA, text: `${outA.text}${outB.text}`, draft: true }]));
  const s = summarise([right, refused, merged]);

  test('per-field figures over all pages and over read pages', () => {
    expect(s).toMatchObject({ pages: 3, refused: 1, crashed: 0, articles: 6 });
    expect(s.boundary.all).toEqual({ right: 2, total: 6 });
    expect(s.boundary.read).toEqual({ right: 2, total: 4 });
    expect(s.boundary.flaws).toMatchObject({ refused: 2, merged: 2 });
    expect(s.fields.title.all).toEqual({ right: 3, total: 6 });
    expect(s.fields.title.read).toEqual({ right: 3, total: 4 });
    // kicker: A has one (right twice), B has none (right on the right page, on the merged page it gets A's)
    expect(s.fields.kicker.present).toEqual({ right: 2, total: 2 });
    expect(s.fields.kicker.absent).toEqual({ right: 1, total: 2 });
  });

  test('characters over read pages; refusals grouped by reason; drafts against wrong articles', () => {
    expect(s.han).toEqual({ total: 2 * HAN, lost: 0, pagesWithLoss: 0 });
    expect(s.refusals).toEqual([{ reason: 'text before the first headline …', count: 1, example: '2030-03-01 p2' }]);
    expect(s.drafts).toEqual({ flagged: 2, wrong: 2, both: 2 });
    expect(s.credits).toEqual({ right: 2, total: 2 });
  });

  test('the worst read pages first; refused pages are not listed among them', () => {
    expect(worstPages([right, refused, merged], 5).map((p) => p.page)).toEqual([3, 1]);
  });
});
