// Conventions of Chinese dailies (issue 12, "What to build" 3), whole pages: an
// agency-dispatch page with no □ at all and a page that opens with the 引题 of its lead
// story (the commentary page and the ambiguous page are in conventions-model.test.ts).
// The pages are ours (tests/fixtures/ingest/pages/); expectations were written from the
// convention before the ingest was run on them.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { ingestPage, type IngestedPage } from '#src/ingest/page.ts';
import { bodyOf, titlesOf } from '../../helpers/conventions.ts';

const PAGES = 'tests/fixtures/ingest/pages';
const ingestFixture = (name: string, page: number): IngestedPage =>
  ingestPage({ bytes: readFileSync(`${PAGES}/${name}`), date: '2026-05-06', page, known: () => [] });

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

