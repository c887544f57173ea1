import { describe, expect, test } from 'vitest';
import { parseHeadline } from '#src/ingest/headline.ts';
import type { Block, ReviewNote } from '#src/ingest/types.ts';

const blocks = (...texts: string[]): Block[] => texts.map((text, i) => ({ text, line: i * 2 + 1, block: i + 1 }));

describe('parseHeadline', () => {
  test.each([
    [['首个“海员优先”就医通道在六横启用'], { title: '首个“海员优先”就医通道在六横启用' }],
    [['全市长护险参保人数超百万 实现基本医保参保人员全覆盖'], { title: '全市长护险参保人数超百万 实现基本医保参保人员全覆盖' }],
    [['李四在检查防汛工作时指出 压实责任 确保安全度汛'], { kicker: '李四在检查防汛工作时指出', title: '压实责任 确保安全度汛' }],
    [['李四在检查防汛工作时指出', '压实责任确保安全度汛'], { kicker: '李四在检查防汛工作时指出', title: '压实责任确保安全度汛' }],
    [['聚力打好七大攻坚战·攻坚一线行', '10亿芯片封测项目缘何四个月落户定海?', '——定海高端制造产业园项目招引背后的攻坚故事'],
      { column: '聚力打好七大攻坚战·攻坚一线行', title: '10亿芯片封测项目缘何四个月落户定海？', subtitle: '定海高端制造产业园项目招引背后的攻坚故事' }],
    [['我市各地各部门深入开展树立和践行正确政绩观学习教育 弘扬“六干”作风 笃行为民担当', '循迹溯源 树立和践行正确政绩观'],
      { kicker: '我市各地各部门深入开展树立和践行正确政绩观学习教育', title: '弘扬“六干”作风 笃行为民担当', column: '循迹溯源 树立和践行正确政绩观' }],
    [['一季度全市经济运行情况发布', 'GDP增长6.8% 增速居全省前列'], { kicker: '一季度全市经济运行情况发布', title: 'GDP增长6.8% 增速居全省前列' }],
    [['首个“海员优先”就医通道在六横启用', '循迹溯源'], { title: '首个“海员优先”就医通道在六横启用', column: '循迹溯源' }],
    [['一季度我市GDP增长8.5% 规上工业增加值增长12.3%'], { title: '一季度我市GDP增长8.5% 规上工业增加值增长12.3%' }],
    [['【民生】', '老旧小区加装电梯提速', '——今年已开工120台'], { column: '【民生】', title: '老旧小区加装电梯提速', subtitle: '今年已开工120台' }],
  ])('%j', (texts, expected) => {
    const review: ReviewNote[] = [];
    const headline = parseHeadline(blocks(...texts), review);
    expect(headline).toEqual(expected);
  });

  test('a borderline first line stays in the title and is listed for review', () => {
    const review: ReviewNote[] = [];
    expect(parseHeadline(blocks('全市新建改建农村公路一百二十公里 惠及沿线群众超过十二万人'), review)).toEqual({ title: '全市新建改建农村公路一百二十公里 惠及沿线群众超过十二万人' });
    expect(review.map((r) => r.message)).toEqual(['read as one two-line 主题; if "全市新建改建农村公路一百二十公里" is an 引题, move it to `kicker`']);
  });

  test('a group with only a label and a subtitle has no title: an error naming the line', () => {
    expect(() => parseHeadline(blocks('民生实事·追踪', '——来自新城的调查'), [])).toThrow(/no 主题/);
  });
});
