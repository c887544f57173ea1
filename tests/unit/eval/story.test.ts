// Reading an e-paper article with print's conventions, on invented fixture articles.
import { describe, expect, test } from 'vitest';
import { readCorpus, type CorpusArticle } from '../../../scripts/lib/eval/corpus.ts';
import { captionOf, isPhotoCredit, pageCredits, splitColumn, toStory } from '../../../scripts/lib/eval/story.ts';

const articles = new Map<string, CorpusArticle>(
  readCorpus('tests/fixtures/eval/corpus').editions.flatMap((e) => e.pages.flatMap((p) => p.articles.map((a) => [a.file.split('/').at(-1) ?? '', a]))),
);
const story = (name: string) => {
  const a = articles.get(name);
  if (!a) throw new Error(`fixture ${name} missing`);
  return toStory(a);
};

describe('splitColumn', () => {
  test.each([
    ['守护一片海（海岛新风）', { title: '守护一片海', column: '海岛新风' }],
    ['潮头再出发（走进新城·东区篇（下））', { title: '潮头再出发', column: '走进新城·东区篇（下）' }],
    ['年度工作报告（摘要）', { title: '年度工作报告（摘要）' }],
    ['海岛行记（上）', { title: '海岛行记（上）' }],
    ['（海岛时评）', { title: '（海岛时评）' }],
    ['没有括号的标题', { title: '没有括号的标题' }],
  ])('%s', (title, expected) => expect(splitColumn(title)).toEqual(expected));
});

describe('pageCredits and isPhotoCredit', () => {
  test.each([
    ['版式设计：吴小帆', ['版式设计：吴小帆']],
    ['本版编辑：甲乙  版式设计：丙  丁', ['本版编辑：甲乙', '版式设计：丙 丁']],
    ['数据来源：国家统计局', undefined],
    ['版式设计：这是一句话，不是名字。', undefined],
  ])('pageCredits %s', (p, expected) => expect(pageCredits(p)).toEqual(expected));

  test.each([
    ['新华社发', true],
    ['本报记者 王 岚摄', true],
    ['周 海摄（示例图片）', true],
    ['某公司供图（新华社发）', true],
    ['阿依古丽 王 岚 摄影报道', true],
    ['记者走进车间，看到工人正在忙碌，摄', false],
    ['这是一段很长的正文，讲的是摄影师如何拍下这张照片的故事和他的心得体会摄', false],
  ])('isPhotoCredit %s', (p, expected) => expect(isPhotoCredit(p)).toBe(expected));
});

describe('toStory', () => {
  test('an ad slot is not a story', () => expect(story('20300301-01-04.txt')).toBeUndefined());

  test('引题 and 副题 without their dashes; a 新华社 dispatch naming no reporter is bylined 新华社', () => {
    expect(story('20300301-01-02.txt')).toMatchObject({
      kicker: '市政府召开常务会议',
      kickerDash: true,
      title: '部署春季防汛工作',
      subtitle: '确保群众安全度汛',
      subtitleDash: true,
      byline: { kind: 'cms', text: '新华社', from: 'dateline' },
      photos: [],
      credits: [],
    });
  });

  test('a picture item: its text is the caption, its credit closes it, no body', () => {
    const s = story('20300301-01-03.txt');
    expect(s?.paragraphs).toEqual([]);
    expect(s?.photos.map(captionOf)).toEqual(['2月27日，渔民在码头整理渔网，准备出海。 本报记者 王 岚摄']);
    expect(s?.byline).toEqual({ kind: 'none' });
  });

  test('column from the title, a captioned photo, page credits out of the text', () => {
    const s = story('20300301-02-01.txt');
    expect(s?.title).toBe('让小岛更有温度');
    expect(s?.column).toBe('海岛新风');
    expect(s?.photos).toEqual([{ text: '图①：孩子们在海岛书屋读书。', credit: '周 海摄（示例图片）' }]);
    expect(s?.credits).toEqual(['版式设计：吴小帆']);
    expect(s?.paragraphs).toHaveLength(4);
    expect(s?.paragraphs[3]).toBe('“有了书屋，孩子们的课余生活丰富多了。”一位家长说。');
  });

  test('bylines from a dateline and from closing credits', () => {
    expect(story('20300301-01-01.txt')?.byline).toMatchObject({ kind: 'cms', text: '记者 林小海 陈一舟' });
    expect(story('20300301-02-02.txt')?.byline).toMatchObject({ kind: 'cms', text: '本报记者 李晓', from: 'trailing' });
    expect(story('20300302-01-01.txt')?.byline.kind).toBe('unsure');
  });

  const invented = (paragraphs: string[]): CorpusArticle => ({ file: 'x/20300303-01-01.txt', date: '2030-03-03', page: 1, order: 1, title: '海岛夜市开市', paragraphs });
  test('a closing credit alone as the last paragraph is the byline, not a paragraph of the text', () => {
    const s = toStory(invented(['夜市昨晚开市。', '首晚客流超过两万人次。', '（本报记者 林小海）']));
    expect(s).toMatchObject({ byline: { kind: 'cms', text: '本报记者 林小海' }, closingCredit: '（本报记者 林小海）', paragraphs: ['夜市昨晚开市。', '首晚客流超过两万人次。'] });
  });
  test('a closing credit glued to the text, or the only paragraph, stays in the text', () => {
    expect(toStory(invented(['夜市昨晚开市。（本报记者 林小海）']))).toMatchObject({ paragraphs: ['夜市昨晚开市。（本报记者 林小海）'], byline: { kind: 'cms' } });
    expect(toStory(invented(['夜市昨晚开市。（本报记者 林小海）']))?.closingCredit).toBeUndefined();
    expect(toStory(invented(['（本报记者 林小海）']))?.closingCredit).toBeUndefined();
  });
});

describe('headline punctuation', () => {
  test('the e-paper’s half-width brackets beside Chinese text are made full-width, so the 栏目 splits off', () => {
    const s = toStory({ file: 'x', date: '2030-03-01', page: 1, order: 1, title: '一季度渔业产值稳中有升(数据发布)', paragraphs: ['正文。'] });
    expect(s).toMatchObject({ title: '一季度渔业产值稳中有升', column: '数据发布' });
    expect(toStory({ file: 'x', date: '2030-03-01', page: 1, order: 1, title: '5G:10:30开播', paragraphs: ['正文。'] })?.title).toBe('5G:10:30开播');
  });
});
