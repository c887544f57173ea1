import { describe, expect, test } from 'vitest';
import { parseEvalArgs } from '../../../scripts/lib/eval/args.ts';
import { readCorpus } from '../../../scripts/lib/eval/corpus.ts';
import { planEdition } from '../../../scripts/lib/eval/edition.ts';
import { selectPages } from '../../../scripts/lib/eval/select.ts';

describe('parseEvalArgs', () => {
  test('a run', () => {
    expect(parseEvalArgs(['/c', '--pages', '300', '--months', '2019-10,2020-05', '--dump', '/d'])).toEqual({ kind: 'run', folder: '/c', pages: 300, months: ['2019-10', '2020-05'], worst: 10, dump: '/d' });
    expect(parseEvalArgs(['/c', '--worst', '3'])).toEqual({ kind: 'run', folder: '/c', worst: 3 });
  });
  test.each([
    [['/work/corpus/rmrb/2019-02'], /reserved for the final evaluation/u],
    [['/work/corpus/2020年1月'], /2020-01, a month reserved/u],
    [['/c', '--months', '2019-10,2020-01'], /--months names 2020-01/u],
    [['/c', '--dump', '/tmp/201902'], /--dump/u],
    [['/c', '--months', '2019-1'], /expected YYYY-MM/u],
    [['/c', '--pages', '0'], /--pages 0: expected a whole number/u],
    [[], /no corpus folder given/u],
    [['/a', '/b'], /one corpus folder expected/u],
    [['/c', '--bogus'], /usage:/u],
  ])('refused: %j', (argv, message) => {
    const a = parseEvalArgs(argv);
    expect(a.kind).toBe('refuse');
    expect(a.kind === 'refuse' && a.message).toMatch(message);
  });
});

describe('selectPages', () => {
  const plans = readCorpus('tests/fixtures/eval/corpus').editions.map(planEdition);
  test('all pages in edition order, or a seeded sample of them in edition order', () => {
    expect(selectPages(plans)).toEqual([
      { date: '2030-03-01', page: 1 },
      { date: '2030-03-01', page: 2 },
      { date: '2030-03-02', page: 1 },
    ]);
    const two = selectPages(plans, 2);
    expect(two).toHaveLength(2);
    expect(selectPages(plans, 2)).toEqual(two);
    expect([...two].sort((a, b) => a.date.localeCompare(b.date) || a.page - b.page)).toEqual(two);
  });
});
