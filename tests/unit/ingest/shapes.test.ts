import { describe, expect, test } from 'vitest';
import {
  bracketLabel,
  isByline,
  isColumnShaped,
  isHeadlineShaped,
  isQaLine,
  jumpIn,
  jumpOut,
  subtitleText,
} from '#src/ingest/shapes.ts';

describe('isByline', () => {
  test.each([
    ['□记者 吴建波 通讯员 毛燕芳 廖华南/文 记者 张磊/摄', true],
    ['□记者 某某 摄', true],
    ['■通讯员 李四', true],
    ['记者 岑瑜 通讯员 孙靓', true],
    ['记者从市医保局获悉，截至今年3月，全市参保人数达101.76万人。', false],
    ['本报讯 我市已实现全覆盖。', false],
    // A credit word that starts a word, or a box title or 栏目 name that starts with one, is no byline.
    ['文物有话说', false],
    ['图片报道', false],
    ['记者手记', false],
    ['记者调查', false],
    ['文/王某 图/李某', true],
    ['摄影 王某', true],
  ])('%s → %s', (text, expected) => {
    expect(isByline(text)).toBe(expected);
  });
});

describe('jumpOut / jumpIn', () => {
  test.each([
    ['下转第2版▶', 2, ''],
    ['（下转第二版）', 2, ''],
    ['员工骑个电动车就能上下班；（下转第3版）', 3, '员工骑个电动车就能上下班；'],
    ['下转第 12 版', 12, ''],
  ])('jumpOut %s', (text, page, rest) => {
    expect(jumpOut(text)).toEqual({ page, rest });
  });
  test.each([
    ['（上接第1版）', 1, ''],
    ['(上接第一版)企业关心的招工问题', 1, '企业关心的招工问题'],
  ])('jumpIn %s', (text, page, rest) => {
    expect(jumpIn(text)).toEqual({ page, rest });
  });
  test('ordinary text has no jump', () => {
    expect(jumpOut('我们下转第二阶段的工作。')).toBeUndefined();
    expect(jumpIn('本文上接第1版的内容')).toBeUndefined();
  });
  test('a bare 上接 at the start is a jump line glued to the text, as extraction leaves it', () => {
    expect(jumpIn('上接第1版员工骑个电动车就能上下班。')).toEqual({ page: 1, rest: '员工骑个电动车就能上下班。' });
    expect(jumpIn('◀上接第十二版')).toEqual({ page: 12, rest: '' });
    expect(jumpOut('企业关心的招工问题。转第4版')).toEqual({ page: 4, rest: '企业关心的招工问题。' });
  });
});

describe('bracketLabel and subtitleText', () => {
  test('a whole-line 【…】 is a label; a line that only starts with one is not', () => {
    expect(bracketLabel('【攻坚清单】')).toBe('攻坚清单');
    expect(bracketLabel('【一线探访】 位于定海')).toBeUndefined();
  });
  test('a 副题 starts with a dash', () => {
    expect(subtitleText('——定海高端制造产业园项目招引背后的攻坚故事')).toBe('定海高端制造产业园项目招引背后的攻坚故事');
    expect(subtitleText('--记者手记')).toBe('记者手记');
    expect(subtitleText('定海——舟山')).toBeUndefined();
  });
});

describe('isHeadlineShaped', () => {
  test.each([
    ['10亿芯片封测项目缘何四个月落户定海?', true],
    ['一季度我市GDP增长8.5% 规上工业增加值增长12.3%', true],
    ['孙小晓参加。', false],
    ['□记者 葛高蓉', false],
    ['本报讯 我市已实现全覆盖', false],
    ['下转第2版▶', false],
    ['一'.repeat(80), false],
  ])('%s → %s', (text, expected) => {
    expect(isHeadlineShaped(text)).toBe(expected);
  });
});

describe('isColumnShaped', () => {
  test('series labels with a middle dot or brackets', () => {
    expect(isColumnShaped('聚力打好七大攻坚战·攻坚一线行')).toBe(true);
    expect(isColumnShaped('【民生关注】')).toBe(true);
    expect(isColumnShaped('首个“海员优先”就医通道在六横启用')).toBe(false);
  });
});

describe('isQaLine', () => {
  test.each([
    ['记者：今年的渔汛怎么样？', true],
    ['答：继续推进渔业转型升级', true],
    ['主持人：欢迎收看', true],
    ['王海东：是的，我们今年多了两条船。', true],
    ['王海东：我们今年新增了两条远洋渔船和一座冷库，产量比去年增长了百分之五', true],
    // A label, a colon and a phrase: a headline, not a speaker.
    ['人设：自我提升和自我规范的开始', false],
    ['赵师傅：爱心车队的坚守', false],
    ['责任编辑：王海东', false],
  ])('%s → %s', (text, qa) => {
    expect(isQaLine(text)).toBe(qa);
  });
});
