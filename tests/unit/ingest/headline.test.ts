import { describe, expect, test } from 'vitest';
import { parseHeadline } from '#src/ingest/headline.ts';
import type { Role } from '#src/ingest/roles.ts';
import type { LabelledBlock, ReviewNote } from '#src/ingest/types.ts';

const head = (...lines: [Role, string][]): LabelledBlock[] => lines.map(([role, text], i) => ({ role, text, line: i * 2 + 1, block: i + 1 }));

describe('parseHeadline', () => {
  test.each([
    [head(['title', '首个“海员优先”就医通道在六横启用']), { title: '首个“海员优先”就医通道在六横启用' }],
    [head(['title', '李四在检查防汛工作时指出 压实责任 确保安全度汛']), { kicker: '李四在检查防汛工作时指出', title: '压实责任 确保安全度汛' }],
    [head(['kicker', '李四在检查防汛工作时指出'], ['title', '压实责任确保安全度汛']), { kicker: '李四在检查防汛工作时指出', title: '压实责任确保安全度汛' }],
    [head(['kicker', '激发市场活力——'], ['title', '民营经济增加值突破千亿元']), { kicker: '激发市场活力', title: '民营经济增加值突破千亿元' }],
    [head(['column', '聚力打好七大攻坚战·攻坚一线行'], ['title', '10亿芯片封测项目缘何四个月落户定海?'], ['subtitle', '——定海高端制造产业园项目招引背后的攻坚故事']),
      { column: '聚力打好七大攻坚战·攻坚一线行', title: '10亿芯片封测项目缘何四个月落户定海？', subtitle: '定海高端制造产业园项目招引背后的攻坚故事' }],
    [head(['title', '股权投资 赋能创新'], ['subtitle', '安徽省级资金5年投资项目155个']), { title: '股权投资 赋能创新', subtitle: '安徽省级资金5年投资项目155个' }],
    [head(['title', '统筹抓好春耕生产'], ['titleMore', '不断开创乡村振兴新局面']), { title: '统筹抓好春耕生产 不断开创乡村振兴新局面' }],
    [head(['title', '首个“海员优先”就医通道在六横启用'], ['series', '循迹溯源']), { title: '首个“海员优先”就医通道在六横启用', column: '循迹溯源' }],
  ])('%j', (blocks, expected) => {
    const { found, ...headline } = parseHeadline(blocks, []);
    expect(found).toBe(true);
    expect(headline).toEqual(expected);
  });

  test('a borderline first line stays in the title and is listed for review', () => {
    const review: ReviewNote[] = [];
    expect(parseHeadline(head(['title', '全市新建改建农村公路一百二十公里 惠及沿线群众超过十二万人']), review)).toMatchObject({ title: '全市新建改建农村公路一百二十公里 惠及沿线群众超过十二万人' });
    expect(review).toHaveLength(1);
    expect(review[0]?.message).toMatch(/^read as one two-line 主题 \(score 0\.\d\d\); if "全市新建改建农村公路一百二十公里" is an 引题 \(score 0\.\d\d\), move it to `kicker`$/u);
  });

  test('a group with only a label and a subtitle has no 主题: the best candidate, marked not found', () => {
    const result = parseHeadline(head(['column', '民生实事·追踪'], ['subtitle', '——来自新城的调查']), []);
    expect(result).toMatchObject({ found: false, title: '来自新城的调查', column: '民生实事·追踪' });
  });
});
