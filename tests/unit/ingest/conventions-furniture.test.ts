// Conventions of Chinese dailies (issue 12, "What to build" 3): the 版头 line that
// extraction keeps above a page, news-in-brief items printed title-first on one line,
// and an agency photo whose caption and credit are two lines. The pages are ours
// (tests/fixtures/ingest/pages/); expectations were written from the convention before
// the ingest was run on them. Body text follows the project's rule for extraction's
// spaces (none between two Chinese characters: `（记者周敏）`).
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { pageHeader } from '#src/ingest/page-header.ts';
import { ingestPage, type IngestedPage } from '#src/ingest/page.ts';
import { bodyOf, titlesOf } from '../../helpers/conventions.ts';

const PAGES = 'tests/fixtures/ingest/pages';
const ingestFixture = (name: string, page: number, date = '2026-05-06'): IngestedPage =>
  ingestPage({ bytes: readFileSync(`${PAGES}/${name}`), date, page, known: () => [] });

describe('the 版头 line', () => {
  test('is read for its page name, page number and date', () => {
    expect(pageHeader('舟山日报 2026年5月6日 星期三 第3版 综合')).toEqual({ name: '综合', page: 3, date: '2026-05-06' });
    expect(pageHeader('2026年5月6日 星期三 A3 要闻')).toEqual({ name: '要闻', page: 3, date: '2026-05-06' });
    expect(pageHeader('第五版：国际新闻  2026年5月6日')).toEqual({ name: '国际新闻', page: 5, date: '2026-05-06' });
    expect(pageHeader('2026年5月6日 星期三')).toEqual({ date: '2026-05-06' });
  });

  test('a headline or a paragraph with a date is no 版头', () => {
    expect(pageHeader('2026年5月6日，全市召开安全生产工作会议。')).toBeUndefined();
    expect(pageHeader('第十届南非国际农业博览会开幕')).toBeUndefined();
    expect(pageHeader('2026年一季度全市经济运行情况')).toBeUndefined();
  });

  const result = ingestFixture('header-briefs.txt', 3);

  test('is page data: no article opens with it, and its 版名 names the page', () => {
    expect(titlesOf(result)).toEqual(['沈家门渔港开展安全检查', '简讯']);
    expect(result.header).toEqual({ name: '综合', page: 3, date: '2026-05-06' });
    expect(result.credits).toEqual(['责任编辑：孙海', '版式设计：钱芳']);
    expect(result.review.some((n) => n.line === 1 && n.message.includes('page header'))).toBe(true);
  });

  test('a 版头 that disagrees with --page or --date is named in the review', () => {
    const wrong = ingestFixture('header-briefs.txt', 4, '2026-05-07');
    const notes = wrong.review.filter((n) => n.line === 1).map((n) => n.message);
    expect(notes.some((m) => m.includes('says page 3') && m.includes('--page'))).toBe(true);
    expect(notes.some((m) => m.includes('2026-05-06') && m.includes('--date'))).toBe(true);
  });
});

describe('news-in-brief items printed title-first on one line', () => {
  const brief = ingestFixture('header-briefs.txt', 3).articles[1];

  test('each item is a subheading followed by its text, with or without a ● marker', () => {
    expect(bodyOf(brief)).toEqual([
      ['subheading', '定海区举办夏季招聘会'],
      ['paragraph', '5月5日，定海区夏季招聘会在城东举行，86家企业提供岗位1500余个。（记者周敏）'],
      ['subheading', '普陀山景区推出预约游览'],
      ['paragraph', '近日，普陀山景区推出分时段预约游览服务，游客可在线选择入园时间。（通讯员陈立）'],
      ['subheading', '嵊泗县启动海岛垃圾清运'],
      ['paragraph', '本报讯 5月4日，嵊泗县启动新一轮海岛垃圾集中清运，计划用一个月完成。（记者何平）'],
    ]);
  });

  test('the collection takes no item’s credit as its byline', () => {
    expect(brief?.data.byline).toBeUndefined();
  });
});

describe('an agency photo: the caption line, then the credit line', () => {
  const result = ingestFixture('agency-photo.txt', 6);

  test('caption and credit make one photo caption, out of the text', () => {
    const [photo] = result.articles;
    expect(titlesOf(result)).toEqual(['东南亚迎来旅游旺季', '南非举行国际农业博览会']);
    expect(photo?.data.photos).toEqual([{ caption: '5月3日，游客在泰国曼谷大皇宫参观。 新华社发（林某摄）' }]);
    expect(bodyOf(photo)).toHaveLength(2);
    expect(photo?.data.byline).toBe('新华社记者 宋某 黄某');
  });
});
