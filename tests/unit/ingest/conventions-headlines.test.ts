// Conventions of Chinese dailies (issue 12, "What to build" 3): the headline stack.
// Pages written for the test; expectations written from the convention before the
// ingest was run on them.
import { describe, expect, test } from 'vitest';
import { ingestBlocks } from '../../helpers/ingest.ts';
import { bodyOf } from '../../helpers/conventions.ts';

const PARA = '本报讯 昨日，全市召开专题会议，部署下一阶段重点工作。';

describe('headline stacks', () => {
  test('引题, 主题 and ——副题', () => {
    const [a] = ingestBlocks(['乡村振兴看海岛', '小岛渔村变身网红打卡地', '——东极镇发展文旅产业纪实', '本报记者 李晓燕', '走进东极镇，一幢幢民宿依山而建。']).articles;
    expect(a?.data).toMatchObject({ kicker: '乡村振兴看海岛', title: '小岛渔村变身网红打卡地', subtitle: '东极镇发展文旅产业纪实', byline: '本报记者 李晓燕' });
    expect(a?.data.column).toBeUndefined();
    expect(bodyOf(a)).toEqual([['paragraph', '走进东极镇，一幢幢民宿依山而建。']]);
  });

  test('a 主题 and a 副题 printed without ——', () => {
    const [a] = ingestBlocks(['小岛渔村变身网红打卡地', '东极镇发展文旅产业纪实', '本报记者 李晓燕', '走进东极镇，一幢幢民宿依山而建。']).articles;
    expect(a?.data).toMatchObject({ title: '小岛渔村变身网红打卡地', subtitle: '东极镇发展文旅产业纪实' });
    expect(a?.data.kicker).toBeUndefined();
  });

  test('an 引题 ending in —— loses the dash like a 副题 does', () => {
    const [a] = ingestBlocks(['为了海岛群众看病不再难——', '我市建成全域远程医疗网络', '本报记者 王海东', PARA]).articles;
    expect(a?.data).toMatchObject({ kicker: '为了海岛群众看病不再难', title: '我市建成全域远程医疗网络', byline: '本报记者 王海东' });
    expect(a?.data.subtitle).toBeUndefined();
  });

  test('a two-line 主题 printed as two blocks is one title with one space', () => {
    const [a] = ingestBlocks(['稳住外贸基本盘', '激活消费新引擎', '本报记者 王海东', PARA]).articles;
    expect(a?.data).toMatchObject({ title: '稳住外贸基本盘 激活消费新引擎', byline: '本报记者 王海东' });
    expect(a?.data.kicker).toBeUndefined();
    expect(a?.data.subtitle).toBeUndefined();
  });

  test('an 引题 above a two-line 主题 is not shifted by one slot', () => {
    const [a] = ingestBlocks(['市政府常务会议研究部署', '加快发展海洋经济', '推动港口提档升级', '本报记者 王海东', PARA]).articles;
    expect(a?.data).toMatchObject({ kicker: '市政府常务会议研究部署', title: '加快发展海洋经济 推动港口提档升级' });
    expect(a?.data.subtitle).toBeUndefined();
  });

  test('a 副题 without —— between the 主题 and a dateline, the article following another', () => {
    const result = ingestBlocks([
      '我市启动春季招聘月',
      '本报记者 王海东',
      '本报讯 招聘月期间，全市将举办各类招聘会四十场。',
      '港城夜经济火起来',
      '定海老街夜市开市首周客流超十万',
      '本报讯（记者 李晓燕）4月1日晚，定海老街夜市人头攒动。',
    ]);
    expect(result.articles.map((a) => a.data.title)).toEqual(['我市启动春季招聘月', '港城夜经济火起来']);
    expect(result.articles[1]?.data).toMatchObject({ subtitle: '定海老街夜市开市首周客流超十万', byline: '记者 李晓燕' });
    expect(bodyOf(result.articles[1])).toEqual([['paragraph', '本报讯（记者 李晓燕）4月1日晚，定海老街夜市人头攒动。']]);
  });

  test('a headline with no end punctuation after a finished paragraph starts a new article', () => {
    const result = ingestBlocks([
      '我市启动春季招聘月',
      '本报记者 王海东',
      '本报讯 招聘月期间，全市将举办各类招聘会四十场。',
      '渔业产量稳中有升',
      '本报记者 李晓燕',
      '本报讯 一季度，全市渔业总产量同比增长百分之三。',
    ]);
    expect(result.articles.map((a) => a.data.title)).toEqual(['我市启动春季招聘月', '渔业产量稳中有升']);
    expect(bodyOf(result.articles[0])).toEqual([['paragraph', '本报讯 招聘月期间，全市将举办各类招聘会四十场。']]);
  });
});

describe('栏目 labels on a line of their own', () => {
  test('今日谈 over a short commentary, credit at the end', () => {
    const [a] = ingestBlocks([
      '今日谈',
      '小小停车位 连着大民生',
      '停车难，是不少老旧小区居民的烦心事。',
      '破解停车难，既要挖潜扩容，也要精细管理。',
      '（陈言）',
    ]).articles;
    expect(a?.data).toMatchObject({ column: '今日谈', title: '小小停车位 连着大民生', byline: '陈言' });
    expect(bodyOf(a)).toHaveLength(2);
  });

  test('人民论坛 with a pen name under the title', () => {
    const [a] = ingestBlocks(['人民论坛', '以实干践行初心', '李文', '初心不是挂在嘴上的口号，而是落在行动上的担当。', '实干，是最好的答卷。']).articles;
    expect(a?.data).toMatchObject({ column: '人民论坛', title: '以实干践行初心', byline: '李文' });
    expect(a?.data.kicker).toBeUndefined();
    expect(bodyOf(a)).toEqual([
      ['paragraph', '初心不是挂在嘴上的口号，而是落在行动上的担当。'],
      ['paragraph', '实干，是最好的答卷。'],
    ]);
  });

  test('记者调查', () => {
    const [a] = ingestBlocks(['记者调查', '老旧小区加装电梯难在哪', '本报记者 王海东 李晓燕', '记者近日走访了城区多个老旧小区。']).articles;
    expect(a?.data).toMatchObject({ column: '记者调查', title: '老旧小区加装电梯难在哪', byline: '本报记者 王海东 李晓燕' });
    expect(a?.data.kicker).toBeUndefined();
  });

  test('a numbered series label 新时代新作为·某某④', () => {
    const [a] = ingestBlocks(['新时代新作为·海岛追梦人④', '守岛人的三十年', '本报记者 李晓燕', '三十年前，他第一次登上这座无人小岛。']).articles;
    expect(a?.data).toMatchObject({ column: '新时代新作为·海岛追梦人④', title: '守岛人的三十年', byline: '本报记者 李晓燕' });
    expect(a?.data.kicker).toBeUndefined();
  });

  test('a 栏目 above an 引题, 主题 and 副题', () => {
    const [a] = ingestBlocks(['记者调查', '城区停车难题调查之二', '共享车位为何叫好不叫座', '——来自新城社区的调查', '本报记者 王海东', '记者近日走访了新城多个社区。']).articles;
    expect(a?.data).toMatchObject({ column: '记者调查', kicker: '城区停车难题调查之二', title: '共享车位为何叫好不叫座', subtitle: '来自新城社区的调查' });
  });
});
