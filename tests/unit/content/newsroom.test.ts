import { describe, expect, test } from 'vitest';
import { bylineAgency, bylineNames, isRoleWord, splitDateline, stripDateline } from '#src/content/newsroom.ts';
import { articleLead } from '#src/site/lead.ts';

describe('bylineNames', () => {
  test.each([
    ['记者 岑瑜 通讯员 孙靓', ['岑瑜', '孙靓']],
    ['记者 吴建波 通讯员 毛燕芳 廖华南/文 记者 张磊/摄', ['吴建波', '毛燕芳', '廖华南', '张磊']],
    ['本报记者 葛高蓉', ['葛高蓉']],
    ['新华社记者 李宣良 李清华', ['李宣良', '李清华']],
    ['新华社', []],
    ['见习记者 王小明 实习生 李四', ['王小明', '李四']],
    [undefined, []],
  ])('%s', (byline, names) => expect(bylineNames(byline)).toEqual(names));
});

describe('bylineAgency', () => {
  test.each([
    ['新华社记者 李宣良', '新华社'],
    ['新华社', '新华社'],
    ['中新社记者 张三', '中新社'],
    ['记者 岑瑜', undefined],
    [undefined, undefined],
  ])('%s', (byline, agency) => expect(bylineAgency(byline)).toBe(agency));
});

describe('isRoleWord', () => {
  test.each(['记者', '本报记者', '新华社记者', '通讯员', '见习记者', '摄', '文'])('%s is a credit', (w) => expect(isRoleWord(w)).toBe(true));
  test.each(['岑瑜', '记者站', '新华社'])('%s is not', (w) => expect(isRoleWord(w)).toBe(false));
});

describe('splitDateline / stripDateline', () => {
  test.each([
    ['本报讯（记者 葛高蓉）4月1日下午，市长调研。', '本报讯（记者 葛高蓉）', '4月1日下午，市长调研。'],
    ['本报讯 我市已实现全覆盖。', '本报讯', '我市已实现全覆盖。'],
    ['本报定海讯（通讯员 李四）昨天，', '本报定海讯（通讯员 李四）', '昨天，'],
    ['本报北京4月1日电（记者 韩晓明）国务院新闻办', '本报北京4月1日电（记者 韩晓明）', '国务院新闻办'],
    ['新华社北京4月1日电（记者 李宣良、李清华）记者从', '新华社北京4月1日电（记者 李宣良、李清华）', '记者从'],
    ['新华社北京4月1日电 国家统计局1日发布', '新华社北京4月1日电', '国家统计局1日发布'],
    ['据新华社电 今年一季度', '据新华社电', '今年一季度'],
    // Places abroad run long: the place, then the month and day, then 电.
    ['本报柬埔寨西哈努克港10月11日电 （记者王伟健）11日，商会成立。', '本报柬埔寨西哈努克港10月11日电 （记者王伟健）', '11日，商会成立。'],
    ['新华社布宜诺斯艾利斯10月11日电（记者 王某）阿根廷', '新华社布宜诺斯艾利斯10月11日电（记者 王某）', '阿根廷'],
    ['据新华社里约热内卢12月31日电 巴西', '据新华社里约热内卢12月31日电', '巴西'],
  ])('%s', (text, dateline, rest) => {
    expect(splitDateline(text)?.dateline).toBe(dateline);
    expect(stripDateline(text)).toBe(rest);
  });
  test('a paragraph without a dateline is left as it is', () => {
    expect(splitDateline('位于定海的产业园。')).toBeUndefined();
    expect(splitDateline('本报将持续关注这家企业的整改进展和后续处理情况电话')).toBeUndefined();
    expect(stripDateline('位于定海的产业园。')).toBe('位于定海的产业园。');
  });
  test('the lead of an agency dispatch leaves its dateline out', () => {
    expect(articleLead({ body: '新华社北京4月1日电（记者 李宣良）国家统计局1日发布数据。\n', filePath: 'a.md' })).toBe('国家统计局1日发布数据。');
  });
});
