// Conventions of Chinese dailies (issue 12, "What to build" 3): the headline stack.
// Pages written for the test; expectations written from the convention before the
// ingest was run on them.
import { describe, expect, test } from 'vitest';
import { ingestBlocks } from '../../helpers/ingest.ts';
import { bodyOf } from '../../helpers/conventions.ts';

const PARA = '本报讯 昨日，全市召开专题会议，部署下一阶段重点工作。';

describe('headline stacks', () => {


  test('an 引题 ending in —— loses the dash like a 副题 does', () => {
    const [a] = ingestBlocks(['为了海岛群众看病不再难——', '我市建成全域远程医疗网络', '本报记者 王海东', PARA]).articles;
    expect(a?.data).toMatchObject({ kicker: '为了海岛群众看病不再难', title: '我市建成全域远程医疗网络', byline: '本报记者 王海东' });
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


  test('a 副题 naming who attended, printed without ——, under a meeting\'s 主题', () => {
    const result = ingestBlocks([
      '全市海洋经济发展大会召开',
      '陈建国出席并讲话',
      '本报讯（记者 李晓燕）昨日，全市海洋经济发展大会在新城召开。',
      '会议总结了去年海洋经济工作，部署了今年的重点任务。',
    ]);
    expect(result.articles).toHaveLength(1);
    expect(result.articles[0]?.data).toMatchObject({ title: '全市海洋经济发展大会召开', subtitle: '陈建国出席并讲话', byline: '记者 李晓燕' });
    expect(result.articles[0]?.data.kicker).toBeUndefined();
  });

  test('a headline right after a dispatch\'s closing （…电） starts a new article, not a subheading', () => {
    const result = ingestBlocks([
      '欧盟推出新一轮数字经济计划',
      '欧盟委员会日前公布新一轮数字经济计划，拟在未来五年投入专项资金支持中小企业数字化转型。',
      '分析人士认为，这一计划有助于提升欧盟在全球数字经济中的竞争力。',
      '（本报布鲁塞尔4月1日电）',
      '南美多国遭遇持续干旱',
      '近期，南美洲多个国家遭遇持续干旱，部分地区农作物减产，城市供水紧张。',
      '多国政府已宣布进入紧急状态，并出台节水措施。',
    ]);
    expect(result.articles.map((a) => a.data.title)).toEqual(['欧盟推出新一轮数字经济计划', '南美多国遭遇持续干旱']);
  });
});

