// Conventions of Chinese dailies (issue 12, "What to build" 3), whole pages: a
// commentary page, an agency-dispatch page with no □ at all, a page that opens with
// the 引题 of its lead story, and an ambiguous page that is written, not refused.
// The pages are ours (tests/fixtures/ingest/pages/); expectations were written from the
// convention before the ingest was run on them.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { ingestPage, type IngestedPage } from '#src/ingest/page.ts';
import { bodyOf, reviewAt, titlesOf } from '../../helpers/conventions.ts';

const PAGES = 'tests/fixtures/ingest/pages';
const ingestFixture = (name: string, page: number): IngestedPage =>
  ingestPage({ bytes: readFileSync(`${PAGES}/${name}`), date: '2026-05-06', page, known: () => [] });

describe('a commentary page', () => {
  const result = ingestFixture('commentary.txt', 4);

  test('three commentaries, the credits as page data', () => {
    expect(titlesOf(result)).toEqual(['以钉钉子精神抓好落实', '让“小窗口”彰显“大服务”', '节约粮食从餐桌做起']);
    expect(result.credits).toEqual(['本版编辑：孙伟', '校对：钱琳']);
    expect(result.banner).toBeUndefined();
  });

  test('本报评论员 under the title is the byline, not a 副题 or a paragraph', () => {
    const [a] = result.articles;
    expect(a?.data.byline).toBe('本报评论员');
    expect(a?.data.subtitle).toBeUndefined();
    expect(bodyOf(a)).toEqual([
      ['paragraph', '蓝图已经绘就，关键在于落实。'],
      ['paragraph', '抓落实，要有钉钉子的精神，一锤接着一锤敲。'],
      ['paragraph', '只有真抓实干，才能把美好蓝图变为现实。'],
    ]);
  });

  test('a pen name under the title is the byline', () => {
    const a = result.articles[1];
    expect(a?.data.byline).toBe('舟言');
    expect(a?.data.subtitle).toBeUndefined();
    expect(bodyOf(a)).toHaveLength(2);
  });

  test('今日谈 is the 栏目 of the last item, whose credit closes it', () => {
    const a = result.articles[2];
    expect(a?.data).toMatchObject({ column: '今日谈', title: '节约粮食从餐桌做起', byline: '林一' });
    expect(bodyOf(a)).toEqual([['paragraph', '珍惜每一粒粮食，是对劳动的尊重。']]);
  });
});

describe('an agency-dispatch page with no □ at all', () => {
  const result = ingestFixture('agency.txt', 7);

  test('every dispatch is an article of its own, under its headline', () => {
    expect(titlesOf(result)).toEqual(['联合国发布全球粮食安全报告', '欧洲多国遭遇强降雨', '世界卫生组织发布新版健康指南']);
    expect(result.articles.map((a) => bodyOf(a).length)).toEqual([3, 2, 2]);
  });

  test('bylines from the datelines: reporters, 据新华社电, and a dispatch naming no reporter', () => {
    expect(result.articles.map((a) => a.data.byline)).toEqual(['新华社记者 张伟 李娜', '新华社', '新华社']);
    expect(bodyOf(result.articles[0])[0]).toEqual(['paragraph', '新华社纽约4月1日电（记者 张伟、李娜）联合国1日发布全球粮食安全年度报告。']);
  });

  test('the editor line at the foot is page data', () => {
    expect(result.credits).toEqual(['责任编辑：周明', '版式设计：吴芳']);
    expect(result.articles.at(-1)?.content).not.toContain('责任编辑');
  });
});

describe('a page that opens with the 引题 of its lead story', () => {
  const result = ingestFixture('lead-kicker.txt', 1);

  test('the first line is the lead story’s 引题, not a banner', () => {
    expect(result.banner).toBeUndefined();
    const [a] = result.articles;
    expect(a?.data).toMatchObject({ kicker: '市委常委会召开会议强调', title: '以更大力度推进海洋经济高质量发展', byline: '记者 王海东' });
    expect(bodyOf(a)).toHaveLength(3);
  });

  test('the second story follows', () => {
    expect(titlesOf(result)).toEqual(['以更大力度推进海洋经济高质量发展', '我市一季度外贸进出口增长一成']);
    expect(result.articles[1]?.data.byline).toBe('本报记者 李晓燕');
  });
});

describe('an ambiguous page is written with draft: true and a review line, never refused', () => {
  test('a headline group of only a ——副题 line', () => {
    const result = ingestFixture('subtitle-only.txt', 3);
    expect(result.articles).toHaveLength(2);
    const [a, b] = result.articles;
    expect(a?.data.draft).toBe(true);
    expect(a?.data.byline).toBe('本报记者 王海东');
    expect(a?.content).toContain('draft: true');
    expect(a?.content).toContain('东港新区今年新引进重点项目十二个，总投资超过百亿元。');
    expect(reviewAt(result, 1).some((m) => /draft: true/u.test(m))).toBe(true);
    expect(b?.data).toMatchObject({ title: '渔业产量稳中有升', byline: '本报记者 李晓燕' });
    expect(b?.data.draft).toBeUndefined();
  });
});
