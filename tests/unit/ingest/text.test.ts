import { describe, expect, test } from 'vitest';
import {
  cleanBodyText,
  cleanCaptionText,
  cleanHeadlineText,
  endsSentence,
  fullWidthPunctuation,
  parsePageNumber,
  removeCjkSpaces,
} from '#src/ingest/text.ts';
import { splitDateline } from '#src/content/newsroom.ts';

describe('fullWidthPunctuation', () => {
  test.each([
    ['定海?', '定海？'],
    ['战,实现', '战，实现'],
    ['传来:嘉兴', '传来：嘉兴'],
    ['上下班;', '上下班；'],
    ['本报讯(记者 葛高蓉)4月1日', '本报讯（记者 葛高蓉）4月1日'],
    ['推广(AR)技术', '推广（AR）技术'],
    ['真好!', '真好！'],
    ['12个以上,10亿元', '12个以上，10亿元'],
  ])('converts in Chinese context: %s', (input, expected) => {
    expect(fullWidthPunctuation(input)).toBe(expected);
  });

  test.each([
    ['3.8亿', '3.8亿'],
    ['101.76万', '101.76万'],
    ['“5G+AR”远程', '“5G+AR”远程'],
    ['10%至30%', '10%至30%'],
    ['2024年', '2024年'],
    ['10:30开始', '10:30开始'],
    ['共1,000人', '共1,000人'],
    ['Hello, world', 'Hello, world'],
    ['f(x)', 'f(x)'],
  ])('leaves numbers and Latin alone: %s', (input, expected) => {
    expect(fullWidthPunctuation(input)).toBe(expected);
  });
});

describe('removeCjkSpaces', () => {
  test.each([
    ['打好扩投资促消费 外贸攻坚战，实现需求 扩容', '打好扩投资促消费外贸攻坚战，实现需求扩容'],
    ['攻坚战 ， 实现', '攻坚战，实现'],
    ['使用 5G 网络', '使用 5G 网络'],
    ['“双向 奔赴”', '“双向奔赴”'],
  ])('%s', (input, expected) => {
    expect(removeCjkSpaces(input)).toBe(expected);
  });
});

describe('cleanBodyText', () => {
  test('keeps the space after 本报讯 and inside the dateline byline', () => {
    expect(cleanBodyText('本报讯 我市 已实现')).toBe('本报讯 我市已实现');
    expect(cleanBodyText('本报讯(记者 葛高蓉)4月1日 下午,市委')).toBe('本报讯（记者 葛高蓉）4月1日下午，市委');
    expect(cleanBodyText('新华社北京4月1日电(记者 张三)国务院 今天')).toBe('新华社北京4月1日电（记者 张三）国务院今天');
  });
  test('a body without a dateline loses every space between Chinese characters', () => {
    expect(cleanBodyText('记者 从 市医保局 获悉')).toBe('记者从市医保局获悉');
  });
});

describe('splitDateline', () => {
  test.each([
    ['本报讯 我市', '本报讯'],
    ['本报讯（记者 葛高蓉）4月', '本报讯（记者 葛高蓉）'],
    ['本报定海讯 近日', '本报定海讯'],
    ['新华社北京4月1日电 国务院', '新华社北京4月1日电'],
  ])('%s', (input, dateline) => {
    expect(splitDateline(input)?.dateline).toBe(dateline);
  });
  test('ordinary sentences have none', () => {
    expect(splitDateline('本报记者从市医保局获悉')).toBeUndefined();
    expect(splitDateline('我市已实现全覆盖。')).toBeUndefined();
  });
});

describe('cleanHeadlineText', () => {
  test('keeps one space between printed lines and converts punctuation', () => {
    expect(cleanHeadlineText('全市长护险参保人数超百万   实现全覆盖')).toBe('全市长护险参保人数超百万 实现全覆盖');
    expect(cleanHeadlineText('缘何四个月落户定海?')).toBe('缘何四个月落户定海？');
  });
});

describe('cleanCaptionText', () => {
  test('removes wrap spaces but keeps a trailing photo credit as printed', () => {
    expect(cleanCaptionText('游客在 朱家尖 游玩。 记者 张磊 摄')).toBe('游客在朱家尖游玩。 记者 张磊 摄');
    expect(cleanCaptionText('正在快马加鞭建设的 定海高端制造产业园')).toBe('正在快马加鞭建设的定海高端制造产业园');
  });
});

describe('endsSentence', () => {
  test.each([
    ['信任。', true],
    ['智慧？', true],
    ['他说：“再等等……”', true],
    ['开出了什么条件……”这既是压力。”', true],
    ['“最后一公里”。', true],
    ['（上接第1版）', true],
    ['故事的起因，要从一条规划', false],
    ['员工骑个电动车就能上下班；', false],
    ['打通“最后一公里”', false],
  ])('%s → %s', (text, expected) => {
    expect(endsSentence(text)).toBe(expected);
  });
});

describe('parsePageNumber', () => {
  test.each([
    ['2', 2],
    ['２', 2],
    ['12', 12],
    ['二', 2],
    ['十', 10],
    ['十二', 12],
    ['二十', 20],
    ['二十三', 23],
  ])('%s → %d', (text, n) => {
    expect(parsePageNumber(text)).toBe(n);
  });
  test('rejects what is not a number', () => {
    expect(parsePageNumber('A')).toBeUndefined();
  });
});
