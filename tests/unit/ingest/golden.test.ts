// The sample page (content/raw/2026-04-02/01.txt) against the sample edition's files
// (content/editions/2026-04-02/, checked by hand against ../shared/spec/seed-page.md and
// committed as the edition a new user builds), and every point of that spec asserted.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { ingestPage, type IngestedArticle } from '#src/ingest/page.ts';
import type { BodyBlock } from '#src/ingest/types.ts';
import { fileTexts, hanDifference, hanOf } from '../../helpers/text-check.ts';

const RAW = 'content/raw/2026-04-02/01.txt';
const EXPECTED = 'content/editions/2026-04-02';
const raw = readFileSync(RAW);
const result = ingestPage({ bytes: raw, date: '2026-04-02', page: 1 });
const [a1, a2, a3, a4, a5] = result.articles as [IngestedArticle, IngestedArticle, IngestedArticle, IngestedArticle, IngestedArticle];

const paragraphs = (a: IngestedArticle) => a.parsed.body.filter((b) => b.type === 'paragraph');
const startBlocks = (blocks: BodyBlock[]) => blocks.map((b) => b.source.block);

describe('golden files', () => {
  test('the ingest writes exactly the expected article files', () => {
    const expected = readdirSync(EXPECTED).filter((f) => /\.mdx?$/u.test(f)).sort();
    expect(result.articles.map((a) => a.fileName)).toEqual(expected);
  });
  test('only the article with a box is MDX; the others are plain Markdown', () => {
    expect(result.articles.map((a) => a.fileName)).toEqual(['01-01.mdx', '01-02.md', '01-03.md', '01-04.md', '01-05.md']);
  });
  test.each(['01-01.mdx', '01-02.md', '01-03.md', '01-04.md', '01-05.md'])('%s is byte-identical to the hand-checked file', (name) => {
    // readFileSync throws on a missing expected file: it is never written here.
    const expected = readFileSync(`${EXPECTED}/${name}`, 'utf8');
    expect(result.articles.find((a) => a.fileName === name)?.content).toBe(expected);
  });
});

describe('the structure of spec/seed-page.md', () => {
  test('line 1 is the page banner, not an article', () => {
    expect(result.banner).toBe('重实干 务实功 拼实绩 奋力夺取“十五五”舟山高质量发展开局胜');
  });

  test('five articles starting at lines 2, 31, 38, 45 and 58', () => {
    expect(result.articles.map((a) => a.parsed.source.block)).toEqual([2, 31, 38, 45, 58]);
    expect(result.articles.map((a) => a.data.order)).toEqual([1, 2, 3, 4, 5]);
  });

  test('article 1: column, title, subtitle, byline, captions, box, section label, subheading, 14 paragraphs, jump', () => {
    expect(a1.data).toMatchObject({
      column: '聚力打好七大攻坚战·攻坚一线行',
      title: '10亿芯片封测项目缘何四个月落户定海？',
      subtitle: '定海高端制造产业园项目招引背后的攻坚故事',
      byline: '记者 吴建波 通讯员 毛燕芳 廖华南/文 记者 张磊/摄',
      continuedOn: 2,
      photos: [
        { caption: '正在快马加鞭建设的定海高端制造产业园' },
        { caption: '让客商一目了然的园区规划图' },
        { caption: '加速推进中的产业园金富隆船舶设备项目' },
      ],
    });
    const [box, label, ...rest] = a1.parsed.body;
    expect(box).toEqual({
      type: 'aside',
      title: '攻坚清单',
      paragraphs: [
        '打好扩投资促消费外贸攻坚战，实现需求扩容、动能接续新突破',
        '招商引资方面，要大力招引高新技术、高成长性、专精特新项目，今年落地亿元以上产业项目80个以上，10亿元以上产业项目12个以上',
      ],
      source: { line: 27, block: 9 },
    });
    expect(label).toMatchObject({ type: 'section', text: '【一线探访】', source: { block: 12 } });
    expect(rest.map((b) => `${b.type}@${b.source.block}`)).toEqual([
      'paragraph@13', 'paragraph@14', 'paragraph@15', 'paragraph@16', 'subheading@17', 'paragraph@18',
      'paragraph@20', 'paragraph@21', 'paragraph@22', 'paragraph@23', 'paragraph@24', 'paragraph@26',
      'paragraph@27', 'paragraph@28', 'paragraph@29',
    ]);
    expect(rest.find((b) => b.type === 'subheading')).toMatchObject({ text: '一场“抢时”赛跑' });
    expect(paragraphs(a1)).toHaveLength(14);
    expect(a1.content).toContain('故事的起因，要从一条规划中的高铁说起。');
    expect(a1.content).toContain('投资方负责人心里有本账：早一天投产');
    expect(a1.content).not.toContain('下转');
  });

  test('article 2: kicker and two-line title in one block, byline from the dateline, closing line kept', () => {
    expect(a2.data).toMatchObject({
      kicker: '徐仁标在调研督导春耕备耕和高标准农田建设工作时强调',
      title: '统筹抓好春耕生产与高标准农田建设 不断开创海岛乡村全面振兴新局面',
      byline: '记者 葛高蓉',
    });
    expect(startBlocks(paragraphs(a2))).toEqual([32, 33, 34, 35, 36, 37]);
    expect(paragraphs(a2)[0]?.text.startsWith('本报讯（记者 葛高蓉）4月1日下午，')).toBe(true);
    expect(paragraphs(a2).at(-1)?.text).toBe('孙小晓参加。');
  });

  test('article 3: the line-42 trap is the start of a cut sentence, not a subheading', () => {
    expect(a3.data).toMatchObject({ title: '全市长护险参保人数超百万 实现基本医保参保人员全覆盖', byline: '记者 岑瑜 通讯员 孙靓' });
    expect(a3.data.kicker).toBeUndefined();
    expect(a3.parsed.body.some((b) => b.type === 'subheading')).toBe(false);
    expect(startBlocks(paragraphs(a3))).toEqual([40, 41, 42, 44]);
    expect(paragraphs(a3)[2]?.text.startsWith('我市长护险制度覆盖全市职工和城乡居民基本医保所有参保人员，按每人每年90元')).toBe(true);
    expect(result.review).toContainEqual({ line: 93, block: 42, message: 'short line without end punctuation joined with the next block' });
  });

  test('article 4: kicker, title, and line 46 as a series label, never body', () => {
    expect(a4.data).toMatchObject({
      kicker: '我市各地各部门深入开展树立和践行正确政绩观学习教育',
      title: '弘扬“六干”作风 笃行为民担当',
      column: '循迹溯源 树立和践行正确政绩观',
      byline: '记者 张莉莉',
    });
    expect(startBlocks(paragraphs(a4))).toEqual([48, 49, 51, 52, 54, 55, 57]);
    expect(a4.content).toContain('一次次集中会诊，解的是难题');
    expect(a4.content).toContain('“组团帮带+集中会诊+片区协同”工作模式');
    expect(a4.content).toContain('定海区聚焦群众急难愁盼');
    expect(a4.content.split('---')[2]).not.toContain('循迹溯源');
  });

  test('article 5: title, byline and 3 paragraphs', () => {
    expect(a5.data).toMatchObject({ title: '首个“海员优先”就医通道在六横启用', byline: '记者 沃青青 通讯员 马瑞棠 俞玮熠' });
    expect(startBlocks(paragraphs(a5))).toEqual([60, 61, 63]);
    expect(a5.content).toContain('此次“海员优先”就医通道的落地，是六横深入推进“十万海员聚舟”工程');
  });
});

describe('text rules of the spec', () => {
  const all = result.articles.map((a) => a.content).join('\n');
  test('no half-width , ? : ; ( ) next to a Chinese character', () => {
    expect(all.match(/[\p{Script=Han}][,?:;()]|[,?:;()][\p{Script=Han}]/gu)).toBeNull();
  });
  test.each(['3.8亿', '101.76万', '5G+AR', '10%至30%', '2024年'])('%s stays as printed', (s) => {
    expect(all).toContain(s);
  });
  test('spaces are kept after 本报讯 and in bylines and headlines, and nowhere between Chinese characters in the body', () => {
    expect(a3.content).toContain('本报讯 我市已实现');
    const bodies = result.articles.map((a) => a.content.split('\n---\n')[1] ?? '').join('\n');
    const debris = bodies.replace(/本报讯(（[^）]*）)? ?/gu, '').match(/[\p{Script=Han}，。、“”] [\p{Script=Han}，。、“”]/gu);
    expect(debris).toBeNull();
  });
  test('every Chinese character of the page is in the output, nothing invented, markers and jump line aside', () => {
    const input = raw.toString('utf8').replace(/下转第2版▶/u, '');
    const output = [result.banner ?? '', ...result.articles.flatMap((a) => fileTexts(a.content))].join('\n');
    expect(hanDifference(input, output)).toEqual([]);
  });
  test('each output text keeps the order of the page: it is a run of the page’s characters', () => {
    const page = hanOf(raw.toString('utf8'));
    for (const a of result.articles) {
      for (const text of fileTexts(a.content)) {
        const han = hanOf(text);
        if (han) expect(page).toContain(han);
      }
    }
  });
  test('output is NFC', () => {
    for (const a of result.articles) expect(a.content.normalize('NFC')).toBe(a.content);
  });
});
