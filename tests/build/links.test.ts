// The internal link checker over the built site, as a module and as the
// `npm run check:links` CLI (which must fail, naming the file, on a broken link).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, inject, test } from 'vitest';
import { checkLinks, formatBroken } from '../../scripts/lib/linkcheck.ts';
import { configuredSiteOrigin } from '../../scripts/lib/site-config.ts';
import { REPO_ROOT } from '../../scripts/lib/project-build.ts';
import { siteOf } from '../helpers/built-site.ts';

const siteDir = inject('siteDir');

function checkLinksCli(dir: string) {
  const tsx = join(REPO_ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
  return spawnSync(process.execPath, [tsx, join(REPO_ROOT, 'scripts', 'check-links.ts'), dir], { encoding: 'utf8', cwd: REPO_ROOT });
}

test('every internal href, src, srcset and url() of the built site resolves, fragments included', async () => {
  const origin = await configuredSiteOrigin(REPO_ROOT);
  const report = checkLinks(siteOf(siteDir), { siteOrigins: origin ? [origin] : [] });
  expect(formatBroken(report.broken)).toBe('');
  expect(report.filesChecked).toBeGreaterThan(8);
  expect(report.internal).toBeGreaterThan(50);
});

test('npm run check:links passes on the built site', () => {
  const run = checkLinksCli(siteDir);
  expect(run.stderr).not.toContain('→');
  expect(run.stdout).toMatch(/ 0 broken\./);
  expect(run.status).toBe(0);
});

test('npm run check:links fails on a broken link and names the file it is in', () => {
  const dir = mkdtempSync(join(tmpdir(), 'check-links-'));
  try {
    writeFileSync(join(dir, 'index.html'), '<!doctype html><a href="/2026/04/02/">x</a><img src="/a.png" alt="">');
    writeFileSync(join(dir, 'a.png'), '');
    const run = checkLinksCli(dir);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('index.html: <a href="/2026/04/02/"> → no file for /2026/04/02/');
    expect(run.stderr).not.toContain('a.png');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
