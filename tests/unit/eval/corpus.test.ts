// Reading the corpus format (docs/ingest-eval.md) from invented fixture files.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { parseArticle, parseFileName, readCorpus } from '../../../scripts/lib/eval/corpus.ts';

const ROOT = 'tests/fixtures/eval/corpus';

describe('parseFileName', () => {
  test.each([
    ['20300301-01-02.txt', { date: '2030-03-01', page: 1, order: 2 }],
    ['20300301-12-10.txt', { date: '2030-03-01', page: 12, order: 10 }],
    ['notes.txt', undefined],
    ['20300301-01-02.md', undefined],
  ])('%s', (name, expected) => expect(parseFileName(name)).toEqual(expected));
});

describe('parseArticle', () => {
  test('lines 1–3 are 引题 / 主题 / 副题, then one paragraph a line; CRLF, indentation and NBSP tidied', () => {
    const a = parseArticle('x/20300301-01-02.txt', '市政府召开常务会议——\r\n部署春季防汛工作\r\n——确保群众安全度汛\r\n\u3000\u3000新华社杭州2月28日电\u00a0\u00a0浙江省有关部门部署。\r\n\u3000\u3000会议还研究了其他事项。\r\n');
    expect(a).toEqual({
      file: 'x/20300301-01-02.txt',
      date: '2030-03-01',
      page: 1,
      order: 2,
      kicker: '市政府召开常务会议——',
      title: '部署春季防汛工作',
      subtitle: '——确保群众安全度汛',
      paragraphs: ['新华社杭州2月28日电 浙江省有关部门部署。', '会议还研究了其他事项。'],
    });
  });

  test('empty header lines are absent fields; empty <p> lines are dropped', () => {
    const a = parseArticle('20300301-01-03.txt', '\r\n图片报道\r\n\r\n\u3000\u3000渔民在码头整理渔网。\r\n\u3000\u3000\r\n\r\n');
    expect(a.kicker).toBeUndefined();
    expect(a.subtitle).toBeUndefined();
    expect(a.paragraphs).toEqual(['渔民在码头整理渔网。']);
  });

  test('two paragraphs run together in one <p> (the second keeps its indentation) are split', () => {
    const a = parseArticle('20300301-02-01.txt', '\n标题\n\n\u3000\u3000镇里办起了海岛书屋\u3000\u3000书屋每周开放五天。\n');
    expect(a.paragraphs).toEqual(['镇里办起了海岛书屋', '书屋每周开放五天。']);
  });

  test('a name that is not YYYYMMDD-PP-NN.txt is refused with the file named', () => {
    expect(() => parseArticle('dir/readme.txt', '')).toThrow(/dir\/readme\.txt: not a corpus article file name/u);
  });
});

describe('readCorpus', () => {
  test('groups the fixture corpus by date and page, articles in e-paper order', () => {
    const { editions, skipped } = readCorpus(ROOT);
    expect(skipped).toEqual([]);
    expect(editions.map((e) => e.date)).toEqual(['2030-03-01', '2030-03-02']);
    const first = editions[0];
    expect(first?.pages.map((p) => p.page)).toEqual([1, 2]);
    expect(first?.pages[0]?.articles.map((a) => a.order)).toEqual([1, 2, 3, 4]);
    expect(first?.pages[0]?.articles[0]?.file).toBe('2030-03/20300301/20300301-01-01.txt');
    expect(first?.pages[1]?.articles[0]?.paragraphs).toHaveLength(7);
  });

  test('--months keeps only those months', () => {
    expect(readCorpus(ROOT, ['2030-03']).editions).toHaveLength(2);
    expect(readCorpus(ROOT, ['2030-04']).editions).toHaveLength(0);
  });

  describe('reserved months', () => {
    let dir = '';
    afterEach(() => rmSync(dir, { recursive: true, force: true }));

    test('a folder or file of a reserved month is skipped, never read', () => {
      dir = mkdtempSync(join(tmpdir(), 'eval-corpus-'));
      const article = '\n标题\n\n\u3000\u3000正文。\n';
      for (const sub of ['2019-02/20190201', '2030-03/20300301']) mkdirSync(join(dir, sub), { recursive: true });
      writeFileSync(join(dir, '2019-02/20190201/20190201-01-01.txt'), article);
      writeFileSync(join(dir, '2030-03/20300301/20300301-01-01.txt'), article);
      writeFileSync(join(dir, '2030-03/20200115-01-01.txt'), article);
      const { editions, skipped } = readCorpus(dir);
      expect(editions.map((e) => e.date)).toEqual(['2030-03-01']);
      expect(skipped.sort()).toEqual(['2019-02', '2030-03/20200115-01-01.txt']);
    });
  });
});
