import { describe, expect, test } from 'vitest';
import { monthsNamed, reservedIn } from '../../../scripts/lib/eval/reserved.ts';

describe('monthsNamed', () => {
  test.each([
    ['2019-02', ['2019-02']],
    ['201902', ['2019-02']],
    ['2019_02', ['2019-02']],
    ['2019年2月', ['2019-02']],
    ['2020年01月.7z', ['2020-01']],
    ['20200115', ['2020-01']],
    ['20200115-01-01.txt', ['2020-01']],
    ['2019-10', ['2019-10']],
    ['rmrb', []],
  ])('%s', (name, months) => expect(monthsNamed(name)).toEqual(months));
});

describe('reservedIn', () => {
  test.each([
    ['/work/corpus/rmrb', undefined],
    ['/work/corpus/rmrb/2019-10', undefined],
    ['/work/corpus/rmrb/2019-02', '2019-02'],
    ['/work/corpus/rmrb/2020-01/', '2020-01'],
    ['/data/2019年2月/x', '2019-02'],
    ['/data/20200131', '2020-01'],
    ['/data/2020-12', undefined],
  ])('%s', (path, month) => expect(reservedIn(path)).toBe(month));
});
