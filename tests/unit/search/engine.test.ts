import { describe, expect, test } from 'vitest';
import { searchArticles, type PagefindData, type PagefindLike } from '../../../src/lib/search/engine.ts';
import { encodeText } from '../../../src/lib/search/record.ts';

function fakePagefind(docs: Array<{ url: string; title: string; text: string[]; date?: string }>): PagefindLike & { loads: number; asked: string[] } {
  const fake = {
    loads: 0,
    asked: [] as string[],
    async search(words: string) {
      fake.asked.push(words);
      return {
        results: docs.map((d) => ({
          data: async (): Promise<PagefindData> => {
            fake.loads++;
            return { url: d.url, meta: { title: d.title, date: d.date ?? '2026-04-02', page: '1', order: '1', text: encodeText([d.title, ...d.text]) } };
          },
        })),
      };
    },
  };
  return fake;
}
const noMap = async () => ({});

describe('searchArticles', () => {
  test('only candidates holding the exact query are hits, headline matches first', async () => {
    const pf = fakePagefind([
      { url: '/a/', title: '别的', text: ['长护险参保。长护险'] },
      { url: '/b/', title: '长护险全覆盖', text: ['正文'] },
      { url: '/c/', title: '无关', text: ['长期护理保险'] },
    ]);
    const out = await searchArticles(pf, '长护险', noMap);
    expect(out.hits.map((h) => h.url)).toEqual(['/b/', '/a/']);
    expect(out).toMatchObject({ candidates: 3, checked: 3 });
    expect(out.more).toBeUndefined();
  });

  test('candidates are checked a batch at a time; more() checks the next batch', async () => {
    const docs = Array.from({ length: 7 }, (_, i) => ({ url: `/${i}/`, title: `标题${i}`, text: ['海员优先'] }));
    const pf = fakePagefind(docs);
    const first = await searchArticles(pf, '海员', noMap, {}, 3);
    expect(first).toMatchObject({ candidates: 7, checked: 3 });
    expect(first.hits).toHaveLength(3);
    expect(pf.loads).toBe(3);
    const second = await first.more!();
    expect(second).toMatchObject({ checked: 6 });
    const third = await second.more!();
    expect(third.hits).toHaveLength(7);
    expect(third.more).toBeUndefined();
    expect(pf.loads).toBe(7);
  });

  test('a query of punctuation only asks Pagefind nothing', async () => {
    const pf = fakePagefind([{ url: '/a/', title: 'x', text: ['，'] }]);
    expect(await searchArticles(pf, '，', noMap)).toMatchObject({ hits: [], candidates: 0 });
    expect(pf.asked).toEqual([]);
  });
});
