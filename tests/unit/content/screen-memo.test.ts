import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import type { Screened } from '#src/content/loader.ts';
import { verdictMemo } from '#src/content/screen-memo.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
const memoFile = () => {
  const dir = mkdtempSync(join(tmpdir(), 'screen-memo-'));
  dirs.push(dir);
  return join(dir, 'screened', 'articles.json');
};

const bad: Screened = { problems: [{ file: 'a.md', line: 2, field: 'title', zh: '标题不能为空', en: 'title: empty' }], refuse: true };
const good: Screened = { problems: [], refuse: false };

/** A screen that counts its calls. */
function counting(verdict: Screened) {
  const calls: string[] = [];
  return { calls, screen: (file: string) => () => (calls.push(file), verdict) };
}

describe('the screen verdicts kept between builds', () => {
  test('a file whose path and text are unchanged is not screened again under the same stamp', () => {
    const file = memoFile();
    const first = counting(bad);
    const one = verdictMemo(file, 'stamp-1');
    expect(one.verdict('a.md', '---\ntitle:\n---\n', first.screen('a.md'))).toEqual(bad);
    one.save(['a.md']);
    const second = counting(good);
    const two = verdictMemo(file, 'stamp-1');
    expect(two.verdict('a.md', '---\ntitle:\n---\n', second.screen('a.md'))).toEqual(bad);
    expect(second.calls).toEqual([]);
    expect(two.reused()).toBe(1);
  });

  test('a changed text, another path or another stamp is screened afresh', () => {
    const file = memoFile();
    const one = verdictMemo(file, 'stamp-1');
    one.verdict('a.md', 'text', counting(bad).screen('a.md'));
    one.save(['a.md']);
    const again = counting(good);
    const same = verdictMemo(file, 'stamp-1');
    expect(same.verdict('a.md', 'text changed', again.screen('a.md'))).toEqual(good);
    expect(same.verdict('b.md', 'text', again.screen('b.md'))).toEqual(good);
    expect(verdictMemo(file, 'stamp-2').verdict('a.md', 'text', again.screen('a.md'))).toEqual(good);
    expect(again.calls).toEqual(['a.md', 'b.md', 'a.md']);
  });

  test('only the files the collection still holds are kept: a deleted file leaves no verdict behind', () => {
    const file = memoFile();
    const one = verdictMemo(file, 's');
    one.verdict('a.md', 'A', counting(good).screen('a.md'));
    one.verdict('b.md', 'B', counting(good).screen('b.md'));
    one.save(['a.md', 'b.md']);
    const two = verdictMemo(file, 's');
    two.verdict('a.md', 'A', counting(good).screen('a.md'));
    two.save(['a.md']);
    const three = counting(good);
    verdictMemo(file, 's').verdict('b.md', 'B', three.screen('b.md'));
    expect(three.calls).toEqual(['b.md']);
  });

  test('a file still there but not read this build (the sieve kept it) keeps its verdict for a later build', () => {
    const file = memoFile();
    const one = verdictMemo(file, 's');
    one.verdict('a.md', 'A', counting(good).screen('a.md'));
    one.verdict('b.md', 'B', counting(bad).screen('b.md'));
    one.save(['a.md', 'b.md']);
    const two = verdictMemo(file, 's');
    two.verdict('a.md', 'A changed', counting(good).screen('a.md'));
    two.save(['a.md', 'b.md']); // b.md was not read
    const three = counting(good);
    const memo = verdictMemo(file, 's');
    expect(memo.verdict('b.md', 'B', three.screen('b.md'))).toEqual(bad);
    expect(memo.verdict('a.md', 'A changed', three.screen('a.md'))).toEqual(good);
    expect(memo.verdict('a.md', 'A', three.screen('a.md'))).toEqual(good);
    expect(three.calls).toEqual(['a.md']);
  });

  test('without a stamp (astro dev, a bare astro build) nothing is kept or read', () => {
    const file = memoFile();
    const memo = verdictMemo(file, undefined);
    const c = counting(good);
    memo.verdict('a.md', 'A', c.screen('a.md'));
    memo.verdict('a.md', 'A', c.screen('a.md'));
    memo.save(['a.md']);
    expect(c.calls).toEqual(['a.md', 'a.md']);
    expect(existsSync(file)).toBe(false);
  });

  test('a memo file cut short is no memo: every file is screened', () => {
    const file = memoFile();
    const one = verdictMemo(file, 's');
    one.verdict('a.md', 'A', counting(good).screen('a.md'));
    one.save(['a.md']);
    writeFileSync(file, readFileSync(file, 'utf8').slice(0, 10));
    const c = counting(good);
    verdictMemo(file, 's').verdict('a.md', 'A', c.screen('a.md'));
    expect(c.calls).toEqual(['a.md']);
  });
});
