// A journalist's day, in a copy of the content: scaffold an article, fill it in,
// check it; scaffold on a new page and a new date; be refused an existing file;
// check only the staged files. Plus the real commands, as separate processes.
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { REPO_ROOT } from '../../../scripts/lib/project-build.ts';
import { check, cli, contentCopy, SAMPLE, scaffold, type ContentCopy } from '../../helpers/content-copy.ts';
import { fillIn } from '../../helpers/fill-in.ts';

let copy: ContentCopy;
afterEach(() => copy.remove());

describe('npm run new', () => {
  test('scaffolds the next free order on the page as a draft that passes the check, then the filled-in file passes', () => {
    copy = contentCopy();
    const made = scaffold(copy.root, '--date', '2026-04-02', '--page', '1');
    expect(made).toEqual({ code: 0, out: `${SAMPLE}/01-06.md` });
    const text = copy.read(`${SAMPLE}/01-06.md`);
    expect(text).toMatch(/^---\ntitle: 待定标题（请改成正式主题）\n# byline: 记者 某某 通讯员 某某\ndate: "2026-04-02"\npage: 1\norder: 6\ndraft: true\n---\n/);
    expect(text).toContain('写稿提示');
    expect(check(copy.root).code).toBe(0);
    copy.write(`${SAMPLE}/01-06.md`, fillIn(text));
    expect(copy.read(`${SAMPLE}/01-06.md`)).not.toMatch(/^draft:/m);
    expect(check(copy.root, `${SAMPLE}/01-06.md`)).toEqual({ code: 0, out: '[check] 1 个文件没有问题 / 1 file(s) OK in 1 edition(s)' });
    expect(scaffold(copy.root, '--date', '2026-04-02', '--page', '1', '--title', '第二篇').out).toBe(`${SAMPLE}/01-07.md`);
    // Published with the hints still in it: a note, not a failure.
    const noted = check(copy.root, `${SAMPLE}/01-07.md`);
    expect(noted.code).toBe(0);
    expect(noted.out).toContain(`${SAMPLE}/01-07.md:9: body: （提示）正文里还留着新建稿件时的写稿提示；改法：写好正文后删去 <!-- … --> 这段注释`);
    expect(copy.read(`${SAMPLE}/01-07.md`)).toMatch(/^title: 第二篇$/m);
    expect(copy.read(`${SAMPLE}/01-07.md`)).not.toMatch(/^draft:/m);
  });

  test('adds a new page to edition.yaml, and a new date gets its own edition file', () => {
    copy = contentCopy();
    expect(scaffold(copy.root, '--date', '2026-04-02', '--page', '2', '--page-name', '综合')).toEqual({
      code: 0,
      out: `[new] 第2版已加入 ${SAMPLE}/edition.yaml / page 2 added to ${SAMPLE}/edition.yaml\n${SAMPLE}/02-01.md`,
    });
    expect(copy.read(`${SAMPLE}/edition.yaml`)).toMatch(/banner: .*\n {2}- number: 2\n {4}name: 综合\n$/);
    expect(scaffold(copy.root, '--date', '2026-05-01', '--page', '3').code).toBe(0);
    expect(copy.read('content/editions/2026-05-01/edition.yaml')).toBe(
      'paper: 舟山日报\ndate: "2026-05-01"\npages:\n  - number: 3\n    name: 第03版\n',
    );
    expect(copy.read('content/editions/2026-05-01/03-01.md')).toContain('order: 1\ndraft: true');
  });

  test('refuses to touch a file that is already there', () => {
    copy = contentCopy();
    // An unfinished file with no order yet still holds its name.
    copy.write(`${SAMPLE}/01-06.md`, '还没写完\n');
    expect(scaffold(copy.root, '--date', '2026-04-02', '--page', '1')).toEqual({
      code: 1,
      out: `[new] ${SAMPLE}/01-06.md 已经存在，不会改动它；请直接编辑它，或换一个版次 / ${SAMPLE}/01-06.md already exists and is left as it is; edit it, or choose another page`,
    });
    expect(copy.read(`${SAMPLE}/01-06.md`)).toBe('还没写完\n');
  });

  test.each([
    [['--page', '1'], '--date "" 不是日期'],
    [['--date', '2026-02-30', '--page', '1'], '--date "2026-02-30" 不是日期，请写成年-月-日，如 --date 2026-04-02 / --date "2026-02-30" is not a calendar date'],
    [['--date', '2026-04-02', '--page', '0'], '--page "0" 不是版次，请写从 1 开始的整数，如 --page 2 / --page "0" is not a page number'],
    [['--date', '2026-04-02', '--page', '二'], '--page "二" 不是版次'],
    [['--date', '2026-04-02', '--page', '1', '--title', ' '], '--title 是空的'],
    [['--date', '2026-04-02', '--page', '1', '--colour', 'red'], "Unknown option '--colour'"],
  ])('refuses bad arguments %j with exit 2 and says why', (args, message) => {
    copy = contentCopy();
    const { code, out } = scaffold(copy.root, ...args);
    expect(code).toBe(2);
    expect(out).toContain(message);
    expect(out).toContain('用法 / usage: npm run new -- --date YYYY-MM-DD --page N');
  });
});

describe('npm run check on given files (the pre-commit hook)', () => {
  test('shows only those files’ problems, but judges them against the whole edition', () => {
    copy = contentCopy();
    copy.write(`${SAMPLE}/01-06.md`, '---\ntitle: 甲\ndate: "2026-04-02"\npage: 1\norder: 3\n---\n\n正文。\n');
    copy.write(`${SAMPLE}/01-07.md`, '---\ntitle: 乙\ndate: "2026-04-02"\npage: 一\norder: 7\n---\n\n正文。\n');
    const staged = check(copy.root, join(copy.root, SAMPLE, '01-06.md'), 'README.md');
    expect(staged.code).toBe(1);
    expect(staged.out).toContain(`${SAMPLE}/01-06.md:5: order: 与 ${SAMPLE}/01-03.md 都是 2026-04-02 第1版第3篇`);
    expect(staged.out).not.toContain('01-07.md');
    expect(check(copy.root, `${SAMPLE}/01-03.md`).out).toContain(`${SAMPLE}/01-06.md:5: order:`);
  });
  test('checks the whole sample edition in well under 5 s (the work, without process start-up)', () => {
    copy = contentCopy();
    const started = performance.now();
    expect(check(copy.root).code).toBe(0);
    expect(performance.now() - started).toBeLessThan(5000);
  });
  test('a staged part on page N shows the jump on page 1 that it does not answer', () => {
    copy = contentCopy();
    copy.edit(`${SAMPLE}/edition.yaml`, (t) => `${t}  - number: 2\n    name: 综合\n`);
    copy.write(`${SAMPLE}/02-01.md`, '---\ntitle: 丙\ndate: "2026-04-02"\npage: 2\norder: 1\n---\n\n正文。\n');
    const staged = check(copy.root, `${SAMPLE}/02-01.md`);
    expect(staged.code).toBe(1);
    expect(staged.out).toContain(`${SAMPLE}/01-01.mdx:13: continuedOn: 下转第2版，但第2版没有写 \`continuedFrom: 1\` 的文章`);
  });
  test('a staged deletion or a file outside the content is nothing to check', () => {
    copy = contentCopy();
    expect(check(copy.root, `${SAMPLE}/gone.md`, 'package.json')).toEqual({ code: 0, out: '[check] 0 个文件没有问题 / 0 file(s) OK in 0 edition(s)' });
  });
});

describe('the commands as separate processes', () => {
  // Separate processes start tsx each time: seconds apiece on a busy two-core machine.
  test('npm run new then npm run check in a copy of the content', { timeout: 60_000 }, () => {
    copy = contentCopy();
    const made = cli(copy.root, 'new', '--date', '2026-04-02', '--page', '1', '--title', '海岛公交开通三条夜间线路');
    expect(made).toEqual({ code: 0, out: `${SAMPLE}/01-06.md\n` });
    const checked = cli(copy.root, 'check');
    expect(checked.code, checked.out).toBe(0);
    expect(checked.out).toMatch(/\[check\] 7 个文件没有问题 \/ 7 file\(s\) OK in 1 edition\(s\)\n$/);
    writeFileSync(join(copy.root, SAMPLE, '01-06.md'), '---\ntitle: 甲\n---\n');
    expect(cli(copy.root, 'check').code).toBe(1);
  });
  test('npm run check -- --root content/examples: the writing guide’s examples pass', { timeout: 60_000 }, () => {
    const npm = spawnSync('npm', ['run', '--silent', 'check', '--', '--root', 'content/examples'], { cwd: REPO_ROOT, encoding: 'utf8' });
    expect(npm.stderr).toBe('');
    expect(npm.stdout).toBe('[check] 4 个文件没有问题 / 4 file(s) OK in 1 edition(s)\n');
    expect(npm.status).toBe(0);
    expect(existsSync(join(REPO_ROOT, 'content/examples/2026-04-09/haibian.jpg'))).toBe(true);
  });
  test('a root that does not exist is an argument error', () => {
    copy = contentCopy();
    expect(check(copy.root, '--root', 'content/nothing')).toEqual({
      code: 2,
      out: '[check] content/nothing: no such folder\nusage: npm run check [-- <file>…] [--root content/editions]',
    });
  });
});
