// Bylines as the e-paper text gives them, and their CMS form (article-format.md).
import { describe, expect, test } from 'vitest';
import { bylineOf, parseCredits } from '../../../scripts/lib/eval/byline.ts';

describe('parseCredits', () => {
  test.each([
    ['记者林小海', [{ role: '记者', names: ['林小海'] }]],
    ['记者欧阳小溪、陈一舟', [{ role: '记者', names: ['欧阳小溪', '陈一舟'] }]],
    ['通讯员 李四 记者 王五', [{ role: '通讯员', names: ['李四'] }, { role: '记者', names: ['王五'] }]],
    ['本报记者  李  舸', [{ role: '本报记者', names: ['李舸'] }]],
    ['周若水、马啸川', [{ names: ['周若水', '马啸川'] }]],
    ['本报记者林小海、陈一舟整理', undefined],
    ['记者', undefined],
    ['记者林小海 网站记者陈一舟', undefined],
  ])('%s', (text, credits) => expect(parseCredits(text)).toEqual(credits));
});

describe('bylineOf', () => {
  const cms = (text: string, names: string[], from: 'dateline' | 'trailing') => ({ kind: 'cms', text, names, from });
  test.each([
    [['本报北京3月1日电 （记者林小海）大会举行。'], cms('记者 林小海', ['林小海'], 'dateline')],
    [['本报讯（通讯员 李四 记者 王五）昨天，'], cms('通讯员 李四 记者 王五', ['李四', '王五'], 'dateline')],
    [['本报东京3月1日电 （记者甲乙丙、丁戊）会晤。'], cms('记者 甲乙丙 丁戊', ['甲乙丙', '丁戊'], 'dateline')],
    [['新华社北京3月1日电 有关部门发布通知。'], cms('新华社', [], 'dateline')],
    [['据新华社电 某地发生地震。'], cms('新华社', [], 'dateline')],
    [['新华社重庆3月1日电 （记者陈一舟）调研。'], cms('新华社记者 陈一舟', ['陈一舟'], 'dateline')],
    [['第一段。', '最后一段。（本报记者 李晓）'], cms('本报记者 李晓', ['李晓'], 'trailing')],
    [['本报记者日前从国家电网获悉，'], { kind: 'none' }],
    [['一段普通的话。', '（作者为某大学教授）'], { kind: 'none' }],
    [['图为渔民整理渔网。（影像中国）'], { kind: 'none' }],
  ])('%j', (paragraphs, expected) => expect(bylineOf(paragraphs)).toEqual(expected));

  test.each([
    [['本报北京3月1日电 有关部门发布。'], 'a 本报 dispatch names no reporter'],
    [['新华社北京3月1日电 （周若水、马啸川）发布。'], '新华社 dateline credits not plain'],
    [['第一段。', '末段。（本报记者王某整理）'], 'trailing credits not plain'],
  ])('unsure: %j', (paragraphs, reason) => {
    const b = bylineOf(paragraphs);
    expect(b.kind).toBe('unsure');
    expect(b.kind === 'unsure' && b.reason).toContain(reason);
  });
});

describe('bylineOf: closing credit lines of other forms', () => {
  test.each([[['漫画说明。', '周 海图 林小海文']], [['正文。', '本报记者 王某 李某整理']]])('%j is unsure', (paragraphs) => {
    expect(bylineOf(paragraphs).kind).toBe('unsure');
  });
  test('a short last sentence is not a credit line', () => expect(bylineOf(['正文。', '会议还研究了其他事项。'])).toEqual({ kind: 'none' }));
});
