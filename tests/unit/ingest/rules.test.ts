// The ingest's rules on pages of our own, beyond the sample: each test is one shape
// of newspaper text and what the ingest must make of it.
import { describe, expect, test } from 'vitest';
import { ingestBlocks, reviewOf } from '../../helpers/ingest.ts';

const BODY = '本报讯 昨日，全市召开会议，部署相关工作。';
const END = '会议要求，各地要抓好落实。';

describe('headlines', () => {
  test('an 引题 ending in ……时指出 shares the block with a two-line 主题', () => {
    const [a] = ingestBlocks(['王某在全市安全生产工作会议上讲话时指出 守牢安全底线 护航高质量发展', '□记者 李明', BODY]).articles;
    expect(a?.data).toMatchObject({ kicker: '王某在全市安全生产工作会议上讲话时指出', title: '守牢安全底线 护航高质量发展', byline: '记者 李明' });
  });

  test('an 引题 printed as a block of its own above the 主题', () => {
    const [a] = ingestBlocks(['王某在调研时指出', '加快建设海上花园城市', '□记者 李明', BODY]).articles;
    expect(a?.data).toMatchObject({ kicker: '王某在调研时指出', title: '加快建设海上花园城市' });
    expect(a?.data.column).toBeUndefined();
  });

  test('a two-line 主题 of similar lines stays one title with one space', () => {
    const [a] = ingestBlocks(['我市新建5G基站1200个  年底实现城区全覆盖', '□记者 李明', BODY]).articles;
    expect(a?.data.title).toBe('我市新建5G基站1200个 年底实现城区全覆盖');
    expect(a?.data.kicker).toBeUndefined();
  });

  test('titles with digits and % keep their numbers as printed', () => {
    const [a] = ingestBlocks(['一季度我市GDP增长8.5% 规上工业增加值增长12.3%', '□记者 李明', BODY]).articles;
    expect(a?.data.title).toBe('一季度我市GDP增长8.5% 规上工业增加值增长12.3%');
  });

  test('a 栏目 label, a 主题 ending in ? and a 副题', () => {
    const [a] = ingestBlocks(['民生实事·追踪', '停车难为何有解了?', '——来自新城的调查', '□记者 李明', BODY]).articles;
    expect(a?.data).toMatchObject({ column: '民生实事·追踪', title: '停车难为何有解了？', subtitle: '来自新城的调查' });
  });

  test('a headline followed by a dateline, with no printed byline, takes the byline from the dateline', () => {
    const [a] = ingestBlocks(['我市举行植树活动', '本报讯(记者 王芳 通讯员 赵强)昨日,全市开展植树活动。']).articles;
    expect(a?.data.byline).toBe('记者 王芳 通讯员 赵强');
    expect(a?.content).toContain('本报讯（记者 王芳 通讯员 赵强）昨日，全市开展植树活动。');
  });
});

describe('photo-only news item', () => {
  test('title, photo byline and caption: the caption is a photo, not body text', () => {
    const result = ingestBlocks([
      '春到朱家尖',
      '□记者 张磊 摄',
      '3月31日,游客在朱家尖 樱花大道赏花游玩。',
      '渔业产量稳中有升',
      '□记者 李明',
      BODY,
    ]);
    const [photo, next] = result.articles;
    expect(photo?.data).toMatchObject({ title: '春到朱家尖', byline: '记者 张磊 摄', photos: [{ caption: '3月31日，游客在朱家尖樱花大道赏花游玩。' }] });
    expect(photo?.parsed.body).toEqual([]);
    expect(next?.data.title).toBe('渔业产量稳中有升');
    expect(reviewOf(result)).toContain('3: read as a photo caption');
  });

  test('a photo item whose captions are short lines: only the line above the next byline is the next headline', () => {
    const result = ingestBlocks(['港口新貌', '□记者 张磊 摄', '繁忙的集装箱码头', '夜色中的跨海大桥', '渔业产量稳中有升', '□记者 李明', BODY]);
    expect(result.articles.map((a) => a.data.title)).toEqual(['港口新貌', '渔业产量稳中有升']);
    expect(result.articles[0]?.data.photos).toEqual([{ caption: '繁忙的集装箱码头' }, { caption: '夜色中的跨海大桥' }]);
  });
});

describe('boxes and section labels', () => {
  test('a box at the end of an article keeps its items apart, and the next article starts after it', () => {
    const result = ingestBlocks([
      '我市启动春季招聘月',
      '□记者 李明',
      BODY,
      '【招聘会时间表】',
      '4月8日：定海区人力资源市场',
      '4月15日：普陀区人才大厦',
      '渔业产量稳中有升',
      '□记者 王芳',
      END,
    ]);
    const [first, second] = result.articles;
    expect(first?.parsed.body.at(-1)).toMatchObject({ type: 'aside', title: '招聘会时间表', paragraphs: ['4月8日：定海区人力资源市场', '4月15日：普陀区人才大厦'] });
    expect(first?.content).toContain('<Aside title="招聘会时间表">');
    expect(second?.data.title).toBe('渔业产量稳中有升');
  });

  test('a box at the very end of the page', () => {
    const [a] = ingestBlocks(['我市启动春季招聘月', '□记者 李明', BODY, '【温馨提示】', '请携带身份证 原件', '现场不收取任何费用']).articles;
    expect(a?.parsed.body.at(-1)).toMatchObject({ type: 'aside', title: '温馨提示', paragraphs: ['请携带身份证原件', '现场不收取任何费用'] });
  });

  test('a label followed by a full sentence is a section label, kept as a heading', () => {
    const [a] = ingestBlocks(['我市启动春季招聘月', '□记者 李明', '【现场直击】', '上午9时，招聘会现场已人头攒动。']).articles;
    expect(a?.parsed.body[0]).toMatchObject({ type: 'section', text: '【现场直击】' });
    expect(a?.content).toContain('## 【现场直击】');
  });
});

describe('paragraphs cut at column feet', () => {
  test('a cut inside a word is joined without a space', () => {
    const [a] = ingestBlocks(['我市启动春季招聘月', '□记者 李明', '今年以来，全市开展“集中会', '诊”活动，成效明显。']).articles;
    expect(a?.parsed.body).toMatchObject([{ type: 'paragraph', text: '今年以来，全市开展“集中会诊”活动，成效明显。' }]);
  });

  test('a paragraph cut twice is joined across three blocks', () => {
    const [a] = ingestBlocks(['我市启动春季招聘月', '□记者 李明', '今年以来，全市累计', '新增就业岗位两万余个，其中', '高校毕业生岗位占三成。']).articles;
    expect(a?.parsed.body).toHaveLength(1);
    expect(a?.parsed.body[0]).toMatchObject({ text: '今年以来，全市累计新增就业岗位两万余个，其中高校毕业生岗位占三成。' });
  });

  test('in a feature, a short line after a full sentence is a subheading', () => {
    const result = ingestBlocks(['港城追梦人', '□记者 李明', '清晨的码头，汽笛声声。', '一份坚守', '老张在码头工作了三十年。']);
    expect(result.articles[0]?.parsed.body.map((b) => b.type)).toEqual(['paragraph', 'subheading', 'paragraph']);
    expect(reviewOf(result).some((r) => r.startsWith('4: short line without end punctuation read as a subheading'))).toBe(true);
  });

  test('in a news item (本报讯), the same shape is the start of a cut sentence', () => {
    const result = ingestBlocks(['港城追梦人', '□记者 李明', '本报讯 清晨的码头，汽笛声声。', '我市海员服务覆盖全市', '各类船舶和港口企业。']);
    expect(result.articles[0]?.parsed.body.map((b) => b.type)).toEqual(['paragraph', 'paragraph']);
    expect(result.articles[0]?.parsed.body[1]).toMatchObject({ text: '我市海员服务覆盖全市各类船舶和港口企业。' });
    expect(reviewOf(result)).toContain('4: short line without end punctuation joined with the next block');
  });

  test('a short line ending in a function word is joined even in a feature', () => {
    const [a] = ingestBlocks(['港城追梦人', '□记者 李明', '清晨的码头，汽笛声声。', '老张最难忘的', '是第一次出海。']).articles;
    expect(a?.parsed.body.map((b) => b.type)).toEqual(['paragraph', 'paragraph']);
  });
});

describe('jumps between pages', () => {
  test('下转 at the end of a paragraph becomes continuedOn and leaves the text', () => {
    const [a] = ingestBlocks(['我市启动春季招聘月', '□记者 李明', '企业关心的招工问题，盐仓有底气；（下转第3版）']).articles;
    expect(a?.data.continuedOn).toBe(3);
    expect(a?.parsed.body).toMatchObject([{ text: '企业关心的招工问题，盐仓有底气；' }]);
  });

  test('a page-2 continuation with its headline and （上接第1版）', () => {
    const result = ingestBlocks(['10亿芯片封测项目缘何四个月落户定海？', '（上接第1版）', '员工骑个电动车就能上下班。', '孙小晓参加。'], 2);
    const [a] = result.articles;
    expect(a?.data).toMatchObject({ title: '10亿芯片封测项目缘何四个月落户定海？', page: 2, order: 1, continuedFrom: 1 });
    expect(a?.content).not.toContain('上接');
  });

  test('a continuation printed without a headline borrows the title of the part on page 1', () => {
    const known = [{ page: 1, order: 1, title: '10亿芯片封测项目缘何四个月落户定海？', continuedOn: 2 }];
    const result = ingestBlocks(['(上接第1版)周边生活配套设施完善。', '双方一拍即合。', '渔业产量稳中有升', '□记者 王芳', END], 2, known);
    expect(result.articles.map((a) => a.data.title)).toEqual(['10亿芯片封测项目缘何四个月落户定海？', '渔业产量稳中有升']);
    expect(result.articles[0]?.data.continuedFrom).toBe(1);
  });

  test('a continuation without a headline and no page it continues is written as a draft, with a review line', () => {
    const result = ingestBlocks(['（上接第1版）', '周边生活配套设施完善。'], 2);
    expect(result.articles[0]?.data).toMatchObject({ continuedFrom: 1, draft: true });
    expect(reviewOf(result).some((r) => /^1: （上接第1版） has no headline, and no article on page 1 .* ingest page 1 in the same run, or add the headline/u.test(r))).toBe(true);
  });
});

describe('page banner and page start', () => {
  test('a slogan over a single-title article is the page banner', () => {
    const result = ingestBlocks(['勇立潮头 奋勇争先 再创佳绩', '我市启动春季招聘月', '□记者 李明', BODY]);
    expect(result.banner).toBe('勇立潮头 奋勇争先 再创佳绩');
    expect(result.articles[0]?.data.title).toBe('我市启动春季招聘月');
    expect(result.articles[0]?.data.kicker).toBeUndefined();
  });

  test('a page that starts with a headline has no banner', () => {
    const result = ingestBlocks(['我市启动春季招聘月', '□记者 李明', BODY], 2);
    expect(result.banner).toBeUndefined();
  });

  test('running text before the first headline is kept as a draft article, never dropped or refused', () => {
    const result = ingestBlocks(['这是一段没有标题的正文。', '还有一段。', '我市启动春季招聘月', '□记者 李明', BODY]);
    expect(result.articles.map((a) => a.data.draft)).toEqual([true, undefined]);
    expect(result.articles[1]?.data.title).toBe('我市启动春季招聘月');
    expect(reviewOf(result).some((r) => r.startsWith('1: text with no headline above it'))).toBe(true);
  });

  test('a page with no headline anywhere is written as one draft article', () => {
    const result = ingestBlocks(['这是一段正文。', '这是另一段正文。']);
    expect(result.articles).toHaveLength(1);
    expect(result.articles[0]?.data.draft).toBe(true);
  });
});
