// The trainers of the page model (scripts/lib/train/): on our own labelled pages only,
// so the test is small; the corpus run is `npm run train:ingest`.
import { describe, expect, test } from 'vitest';
import { prepare, readable, train } from '../../../scripts/lib/train/crf.ts';
import { trainKicker } from '../../../scripts/lib/train/kicker.ts';
import { parseKickers, parseLabelled, readKickers, readLabelledDir, recombine } from '../../../scripts/lib/train/labelled.ts';
import { compileModel } from '#src/ingest/model.ts';
import { readPage } from '#src/ingest/reading.ts';
import { readKicker } from '#src/ingest/kicker.ts';

const own = readLabelledDir();

describe('train (CRF)', () => {
  const pages = own.map((p) => prepare(p, 1));
  const result = train(pages, 'test', pages, { epochs: 4, l2: 0.5, rate: 0.3 });
  const model = compileModel(result.data);

  test('every labelled page is read back exactly as labelled', () => {
    expect(result.mustErrors.at(-1) ?? 0).toBe(0);
    for (const p of own) {
      const blocks = p.texts.map((text, i) => ({ text, line: i + 1, block: i + 1 }));
      expect(readPage(blocks, model).blocks.map((b) => b.role), p.name).toEqual(p.roles);
    }
  });
  test('the loss falls and the same pages give the same weights', () => {
    expect(result.loss.at(-1)!).toBeLessThan(result.loss[0]!);
    expect(JSON.stringify(train(pages, 'test', pages, { epochs: 4, l2: 0.5, rate: 0.3 }).data)).toBe(JSON.stringify(result.data));
  });
  test('a labelled reading the grammar forbids is found before training', () => {
    const bad = prepare(parseLabelled('bad', 'cont\t开头就是半截话\n'));
    expect(readable(bad)).toBe(false);
    expect(pages.every(readable)).toBe(true);
  });
});

describe('recombine', () => {
  test('articles of our pages in other company, always the same pages, banners never inside a page', () => {
    const a = recombine(own, 20);
    expect(a).toEqual(recombine(own, 20));
    expect(a).toHaveLength(20);
    for (const p of a) {
      expect(p.texts).toHaveLength(p.roles.length);
      expect(p.roles).not.toContain('banner');
      expect(p.roles).not.toContain('editor');
    }
  });
});

describe('kicker examples and trainKicker', () => {
  test('引题<TAB>主题 lines; a malformed line names its file and line', () => {
    expect(parseKickers('k.tsv', '# x\n甲乙丙丁戊\t己庚辛\n\t壬癸 子丑\n')).toEqual([{ text: '甲乙丙丁戊 己庚辛', kicker: '甲乙丙丁戊' }, { text: '壬癸 子丑' }]);
    expect(() => parseKickers('k.tsv', '只有一栏\n')).toThrow(/k\.tsv:1: expected "引题<TAB>主题"/u);
  });
  test('our examples are read as written once trained on them', () => {
    const ours = readKickers();
    const { weights, mustErrors } = trainKicker(ours, ours, 3);
    expect(mustErrors.at(-1)).toBe(0);
    for (const e of ours) expect(readKicker(e.text, weights).kicker).toBe(e.kicker);
  });
});
