// Conventions of Chinese dailies (issue 12, "What to build" 3): bylines and datelines.
// Every page here is written for the test (no corpus text); each expectation was
// written from the convention (docs/ingest.md, spec/article-format.md: the byline as a
// CMS shows it) before the ingest was run on it.
import { describe, expect, test } from 'vitest';
import { ingestBlocks } from '../../helpers/ingest.ts';
import { bodyOf } from '../../helpers/conventions.ts';

describe('bylines printed under the headline', () => {
  test('本报记者 with two names keeps its role as printed', () => {
    const [a] = ingestBlocks([
      '我市加快推进海岛公园建设',
      '本报记者 王海东 李晓燕',
      '今年以来，我市加快推进海岛公园建设，已完成投资十二亿元。',
      '下一步，将重点抓好配套设施建设。',
    ]).articles;
    expect(a?.data).toMatchObject({ title: '我市加快推进海岛公园建设', byline: '本报记者 王海东 李晓燕' });
    expect(bodyOf(a)).toEqual([
      ['paragraph', '今年以来，我市加快推进海岛公园建设，已完成投资十二亿元。'],
      ['paragraph', '下一步，将重点抓好配套设施建设。'],
    ]);
  });

  test('a two-character name padded to three cells (王  川) is one name', () => {
    const [a] = ingestBlocks(['渔区群众喜迎开渔节', '本报记者 王  川 李晓燕', '连日来，沈家门渔港处处洋溢着喜庆气氛。']).articles;
    expect(a?.data.byline).toBe('本报记者 王川 李晓燕');
  });

  test('□ 文/图 某某: the marker goes, the credit stays as printed', () => {
    const [a] = ingestBlocks(['渔港迎来开渔季', '□ 文/图 陈静', '九月的沈家门渔港，千帆竞发，场面壮观。']).articles;
    expect(a?.data).toMatchObject({ title: '渔港迎来开渔季', byline: '文/图 陈静' });
    expect(bodyOf(a)).toEqual([['paragraph', '九月的沈家门渔港，千帆竞发，场面壮观。']]);
  });

  test('文/某某 图/某某 on one line', () => {
    const [a] = ingestBlocks(['海岛民宿的新春天', '文/周涛 图/郑磊', '春日的东极岛，游人如织，民宿一房难求。']).articles;
    expect(a?.data).toMatchObject({ title: '海岛民宿的新春天', byline: '文/周涛 图/郑磊' });
    expect(bodyOf(a)).toHaveLength(1);
  });

  test('a name whose last character is also a function word (周文其, 林之) is still a byline', () => {
    // 其 and 之 end many cut clauses; under a headline, after a credit word, they end a name.
    for (const byline of ['新华社记者 周文其', '本报记者 林之', '记者 陈立其']) {
      const [a] = ingestBlocks(['海岛渔村的新变化', byline, '走进东极岛，新修的步道沿着海岸线蜿蜒伸展。', '村民们说，日子一年比一年好。']).articles;
      expect(a?.data.byline, byline).toBe(byline);
      expect(bodyOf(a), byline).toEqual([
        ['paragraph', '走进东极岛，新修的步道沿着海岸线蜿蜒伸展。'],
        ['paragraph', '村民们说，日子一年比一年好。'],
      ]);
    }
  });

  test('新华社记者 某某', () => {
    const [a] = ingestBlocks(['我国远洋科考船完成首次环球航行', '新华社记者 刘明远', '历时二百一十天，航程四万余海里，科考船日前顺利返航。']).articles;
    expect(a?.data).toMatchObject({ title: '我国远洋科考船完成首次环球航行', byline: '新华社记者 刘明远' });
  });
});

// A credit closing a short item (`（某某）`, `（记者 某某）`): read wrongly today, in conventions-model.test.ts.

describe('datelines give the byline when none is printed, and stay in the text', () => {
  test('本报讯（通讯员 … 记者 …）', () => {
    const [a] = ingestBlocks([
      '我市举办首届海鲜美食节',
      '本报讯（通讯员 张敏 记者 王海东）昨天，首届海鲜美食节在沈家门开幕。',
      '美食节持续三天，吸引游客两万余人次。',
    ]).articles;
    expect(a?.data).toMatchObject({ title: '我市举办首届海鲜美食节', byline: '通讯员 张敏 记者 王海东' });
    expect(bodyOf(a)).toEqual([
      ['paragraph', '本报讯（通讯员 张敏 记者 王海东）昨天，首届海鲜美食节在沈家门开幕。'],
      ['paragraph', '美食节持续三天，吸引游客两万余人次。'],
    ]);
  });

  test.each([
    ['with a space', '本报杭州4月1日电（记者 林海）'],
    ['without a space', '本报杭州4月1日电（记者林海）'],
  ])('本报…电（记者 某某） %s gives 记者 某某', (_name, dateline) => {
    const [a] = ingestBlocks(['全省海洋经济工作会议召开', `${dateline}全省海洋经济工作会议今天召开。`, '会议部署了今年的重点工作。']).articles;
    expect(a?.data).toMatchObject({ title: '全省海洋经济工作会议召开', byline: '记者 林海' });
    expect(bodyOf(a)[0]?.[1]).toMatch(/^本报杭州4月1日电（记者 ?林海）全省海洋经济工作会议今天召开。$/u);
  });

  test('新华社…电（记者 某某、某某） gives 新华社记者 某某 某某', () => {
    const [a] = ingestBlocks([
      '我国首艘大型邮轮完成试航',
      '新华社上海4月1日电（记者 张伟、李娜）我国首艘国产大型邮轮1日完成第二次试航。',
      '此次试航重点测试了船舶的操纵性能。',
    ]).articles;
    expect(a?.data).toMatchObject({ title: '我国首艘大型邮轮完成试航', byline: '新华社记者 张伟 李娜' });
    expect(bodyOf(a)[0]).toEqual(['paragraph', '新华社上海4月1日电（记者 张伟、李娜）我国首艘国产大型邮轮1日完成第二次试航。']);
  });

  test('本报…电（某某、某某） names the reporters without a credit word: the names, as printed', () => {
    const [a] = ingestBlocks([
      '全省海洋经济论坛在舟山开幕',
      '本报舟山4月1日电（陈海涛、林小雨）4月1日，全省海洋经济论坛在舟山开幕。',
      '论坛为期两天，来自各地的三百余名代表参加。',
    ]).articles;
    expect(a?.data.byline).toBe('陈海涛 林小雨');
    expect(bodyOf(a)?.[0]).toEqual(['paragraph', '本报舟山4月1日电（陈海涛、林小雨）4月1日，全省海洋经济论坛在舟山开幕。']);
  });

  test('a bracket after a dateline that is not names gives no byline', () => {
    const [a] = ingestBlocks([
      '全省海洋经济论坛在舟山开幕',
      '本报舟山4月1日电（综合报道）4月1日，全省海洋经济论坛在舟山开幕。',
      '论坛为期两天，来自各地的三百余名代表参加。',
    ]).articles;
    expect(a?.data.byline).toBeUndefined();
  });

  test('据新华社电 gives 新华社', () => {
    const [a] = ingestBlocks(['全国春季农业生产进展顺利', '据新华社电 农业农村部1日发布消息，全国春播粮食已完成两成。']).articles;
    expect(a?.data).toMatchObject({ title: '全国春季农业生产进展顺利', byline: '新华社' });
  });

  test('新华社…电 without a reporter gives 新华社', () => {
    const [a] = ingestBlocks(['世界气象组织发布年度气候报告', '新华社日内瓦4月1日电 世界气象组织1日发布年度全球气候状况报告。', '报告说，去年全球平均气温再创新高。']).articles;
    expect(a?.data).toMatchObject({ title: '世界气象组织发布年度气候报告', byline: '新华社' });
  });

  test('a printed byline wins over the dateline', () => {
    const [a] = ingestBlocks(['港口货物吞吐量稳步增长', '本报记者 李晓燕', '本报讯 一季度，全市港口完成货物吞吐量两亿吨。']).articles;
    expect(a?.data.byline).toBe('本报记者 李晓燕');
  });

  test('a closing （本报…电） stays in the text, names no one and ends its article', () => {
    const result = ingestBlocks([
      '全省部署春季植树造林工作',
      '全省春季植树造林工作会议近日召开。',
      '会议要求，各地要科学规划，确保完成年度造林任务。（本报杭州4月1日电）',
      '我市新增三条海上旅游航线',
      '本报讯（记者 王海东）记者昨日从市交通部门获悉，我市新增三条海上旅游航线。',
    ]);
    const [a, b] = result.articles;
    expect(result.articles).toHaveLength(2);
    expect(a?.data.title).toBe('全省部署春季植树造林工作');
    expect(a?.data.byline).toBeUndefined();
    expect(bodyOf(a)).toEqual([
      ['paragraph', '全省春季植树造林工作会议近日召开。'],
      ['paragraph', '会议要求，各地要科学规划，确保完成年度造林任务。（本报杭州4月1日电）'],
    ]);
    expect(b?.data).toMatchObject({ title: '我市新增三条海上旅游航线', byline: '记者 王海东' });
  });
});

describe('credits whose spaces the extraction lost', () => {
  test('a dateline cut at a column foot between two credits: 通讯员 某某 and 记者 某某 stay apart', () => {
    // The column ends after `陆晓燕`; the rest of the line, ` 记者 王沛）…`, is the next block.
    const [a] = ingestBlocks(['渔民转产上岸有了新门路', '本报讯（通讯员 陆晓燕', ' 记者 王沛）近日，定海区为转产渔民开设了十个技能培训班。']).articles;
    expect(a?.data.byline).toBe('通讯员 陆晓燕 记者 王沛');
  });

  test('names and credit words printed without spaces: 通讯员陆晓燕记者王沛', () => {
    const [a] = ingestBlocks(['渔民转产上岸有了新门路', '本报讯（通讯员陆晓燕记者王沛）近日，定海区为转产渔民开设了十个技能培训班。']).articles;
    expect(a?.data.byline).toBe('通讯员 陆晓燕 记者 王沛');
  });
});
