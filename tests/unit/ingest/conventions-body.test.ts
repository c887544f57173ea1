// Conventions of Chinese dailies (issue 12, "What to build" 3): jumps, page credits,
// boxes, news in brief, photos, verse, Q&A and 提要 lines. Pages written for the test;
// expectations written from the convention before the ingest was run on them.
import { describe, expect, test } from 'vitest';
import { ingestBlocks } from '../../helpers/ingest.ts';
import { bodyOf, titlesOf } from '../../helpers/conventions.ts';

const HEAD = ['我市启动春季招聘月', '本报记者 王海东'];
const NEXT = ['渔业产量稳中有升', '本报记者 李晓燕', '本报讯 一季度，全市渔业总产量同比增长百分之三。'];

describe('jumps in digits and Chinese numerals', () => {
  test('（下转第二版） on a line of its own: continuedOn 2, no jump text left', () => {
    const [a] = ingestBlocks([...HEAD, '本报讯 招聘月期间，全市将举办各类招聘会四十场，', '提供就业岗位两万余个。', '（下转第二版）']).articles;
    expect(a?.data.continuedOn).toBe(2);
    expect(bodyOf(a)).toEqual([['paragraph', '本报讯 招聘月期间，全市将举办各类招聘会四十场，提供就业岗位两万余个。']]);
    expect(a?.content).not.toContain('下转');
  });

  test('（下转第十二版）: a two-character numeral', () => {
    const [a] = ingestBlocks([...HEAD, '本报讯 招聘月期间，全市将举办各类招聘会四十场。（下转第十二版）']).articles;
    expect(a?.data.continuedOn).toBe(12);
    expect(bodyOf(a)).toEqual([['paragraph', '本报讯 招聘月期间，全市将举办各类招聘会四十场。']]);
  });


  test('（上接第一版） opening a page: the part without a headline borrows the title of the part it continues', () => {
    const known = [{ page: 1, order: 3, title: '我市启动春季招聘月', continuedOn: 2 }];
    const result = ingestBlocks(['（上接第一版）', '各区县也将结合实际开展专场招聘。', '招聘会现场还设有政策咨询台。', ...NEXT], 2, known);
    const [a, b] = result.articles;
    expect(a?.data).toMatchObject({ title: '我市启动春季招聘月', continuedFrom: 1, page: 2, order: 1 });
    expect(a?.data.draft).toBeUndefined();
    expect(a?.data.byline).toBeUndefined();
    expect(bodyOf(a)).toEqual([
      ['paragraph', '各区县也将结合实际开展专场招聘。'],
      ['paragraph', '招聘会现场还设有政策咨询台。'],
    ]);
    expect(b?.data.title).toBe('渔业产量稳中有升');
  });

  test('a continued part printed with its own headline keeps it', () => {
    const [a] = ingestBlocks(['招聘月里的暖心服务', '（上接第一版）', '各区县也将结合实际开展专场招聘。'], 2).articles;
    expect(a?.data).toMatchObject({ title: '招聘月里的暖心服务', continuedFrom: 1 });
    expect(a?.content).not.toContain('上接');
  });
});

describe('page credits are page data, never article text', () => {
  test('责任编辑 and 版式设计 at the foot of the page', () => {
    const result = ingestBlocks([...HEAD, '本报讯 招聘月期间，全市将举办各类招聘会四十场。', ...NEXT, '责任编辑：孙伟  版式设计：钱琳']);
    expect(result.credits).toEqual(['责任编辑：孙伟', '版式设计：钱琳']);
    expect(titlesOf(result)).toEqual(['我市启动春季招聘月', '渔业产量稳中有升']);
    for (const a of result.articles) expect(a.content).not.toMatch(/责任编辑|版式设计|孙伟|钱琳/u);
  });

  test('本版编辑 and 校对 at the head of the page', () => {
    const result = ingestBlocks(['本版编辑：孙伟  校对：钱琳', ...HEAD, '本报讯 招聘月期间，全市将举办各类招聘会四十场。']);
    expect(result.credits).toEqual(['本版编辑：孙伟', '校对：钱琳']);
    expect(result.banner).toBeUndefined();
    expect(result.articles[0]?.data.title).toBe('我市启动春季招聘月');
    expect(result.articles[0]?.content).not.toMatch(/本版编辑|校对/u);
  });
});

// Boxes with and without 【】: all read wrongly today, in conventions-model.test.ts.

describe('news-in-brief collections are one article whose items are subheadings', () => {
  test.each(['简讯', '短讯', '新闻速递', '一周要闻'])('%s', (name) => {
    const result = ingestBlocks([
      name,
      '我市召开防汛工作会议',
      '本报讯 昨日，我市召开防汛防台工作会议，部署今年的防汛工作。',
      '定海新建两座口袋公园',
      '本报讯 近日，定海区新建的两座口袋公园向市民开放。',
      '普陀开展海上应急演练',
      '本报讯 日前，普陀区组织开展海上搜救应急演练。',
    ]);
    expect(result.articles).toHaveLength(1);
    const [a] = result.articles;
    expect(a?.data.title).toBe(name);
    expect(a?.data.byline).toBeUndefined();
    expect(bodyOf(a)).toEqual([
      ['subheading', '我市召开防汛工作会议'],
      ['paragraph', '本报讯 昨日，我市召开防汛防台工作会议，部署今年的防汛工作。'],
      ['subheading', '定海新建两座口袋公园'],
      ['paragraph', '本报讯 近日，定海区新建的两座口袋公园向市民开放。'],
      ['subheading', '普陀开展海上应急演练'],
      ['paragraph', '本报讯 日前，普陀区组织开展海上搜救应急演练。'],
    ]);
  });
});

describe('photos', () => {

  test('a caption and its credit on separate lines are one caption', () => {
    const [a] = ingestBlocks(['春色满园', '4月1日，市民在海山公园赏花游玩。', '本报记者 王海东 摄', ...NEXT]).articles;
    expect(a?.data.title).toBe('春色满园');
    expect(a?.data.photos).toHaveLength(1);
    expect(a?.data.photos?.[0]?.caption).toMatch(/^4月1日，市民在海山公园赏花游玩。\s?本报记者 王海东 ?摄$/u);
    expect(bodyOf(a)).toEqual([]);
  });

});

describe('lines that are not column cuts', () => {
  test('verse lines ending in ， stay lines of their own', () => {
    const [a] = ingestBlocks([
      '海岛诗会在岱山举行',
      '本报记者 李晓燕',
      '本报讯 诗会上，青年诗人朗诵了新作《渔港》：',
      '海风吹过千年的渔港，',
      '浪花写下古老的诗行，',
      '我们在这里守望，',
      '守望一片蔚蓝的希望。',
      '诗会持续了两个小时。',
    ]).articles;
    expect(bodyOf(a)).toEqual([
      ['paragraph', '本报讯 诗会上，青年诗人朗诵了新作《渔港》：'],
      ['paragraph', '海风吹过千年的渔港，'],
      ['paragraph', '浪花写下古老的诗行，'],
      ['paragraph', '我们在这里守望，'],
      ['paragraph', '守望一片蔚蓝的希望。'],
      ['paragraph', '诗会持续了两个小时。'],
    ]);
  });

  test('Q&A lines (记者：, 答：) are paragraphs, neither joined nor subheadings', () => {
    const [a] = ingestBlocks([
      '让渔民的钱袋子鼓起来',
      '——访市海洋与渔业局负责人',
      '本报记者 王海东',
      '今年以来，我市渔业经济保持平稳增长。',
      '记者：效果如何？',
      '答：总体平稳，产量比去年增长了百分之五。',
      '记者：下一步有什么打算？',
      '答：继续推进渔业转型升级',
      '让渔民的日子越过越好。',
    ]).articles;
    expect(a?.data).toMatchObject({ title: '让渔民的钱袋子鼓起来', subtitle: '访市海洋与渔业局负责人', byline: '本报记者 王海东' });
    expect(bodyOf(a)).toEqual([
      ['paragraph', '今年以来，我市渔业经济保持平稳增长。'],
      ['paragraph', '记者：效果如何？'],
      ['paragraph', '答：总体平稳，产量比去年增长了百分之五。'],
      ['paragraph', '记者：下一步有什么打算？'],
      ['paragraph', '答：继续推进渔业转型升级让渔民的日子越过越好。'],
    ]);
  });


  test('■ summary points are paragraphs of the article', () => {
    const [a] = ingestBlocks([
      ...HEAD,
      '■ 全年举办招聘会四十场',
      '■ 提供就业岗位两万余个',
      '本报讯 招聘月期间，全市将举办各类招聘会四十场，提供就业岗位两万余个。',
    ]).articles;
    expect(a?.data.title).toBe('我市启动春季招聘月');
    const body = bodyOf(a);
    expect(body.map((b) => b[0])).toEqual(['paragraph', 'paragraph', 'paragraph']);
    expect(body[0]?.[1]).toContain('全年举办招聘会四十场');
    expect(body[1]?.[1]).toContain('提供就业岗位两万余个');
  });
});
