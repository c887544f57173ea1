// The peer the bench compares the full build with, in the same run on the same
// articles: Eleventy (a devDependency, pinned; markdown-it) with a minimal article
// layout, then the Pagefind CLI (the `pagefind` dependency's own binary) over its
// output, as a newspaper operator would set up a stock static site with search.
// The article files are copied as they are, but for two things Eleventy needs:
// `.mdx` is read as `.md` (markdown-it passes the box's HTML through), and the
// frontmatter key `page` (版次) is renamed, as Eleventy reserves `page` for its own.
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './project-build.ts';
import { sampleMemory, peakBetween } from './process-memory.ts';

export interface PeerStep {
  seconds: number;
  peakBytes: number;
  code: number | null;
  output: string;
}

export interface PeerRun {
  articles: number;
  eleventy: PeerStep;
  pagefind: PeerStep;
}

const CONFIG = `export default function (eleventyConfig) {
  eleventyConfig.addGlobalData('layout', 'article.liquid');
}
export const config = {
  dir: { input: 'src', includes: '../_includes', output: '_site' },
  templateFormats: ['md'],
  markdownTemplateEngine: false,
};
`;

const LAYOUT = `<!doctype html>
<html lang="zh-CN">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{{ title }}</title></head>
<body><main data-pagefind-body><h1>{{ title }}</h1>{{ content }}</main></body>
</html>
`;

function timed(args: string[], cwd: string): Promise<PeerStep> {
  return new Promise((done, fail) => {
    const start = Date.now();
    const child = spawn(process.execPath, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
    const memory = sampleMemory(child.pid!);
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr.on('data', (c: Buffer) => (output += c.toString()));
    child.on('error', fail);
    child.on('close', (code) => {
      const end = Date.now();
      done({ seconds: (end - start) / 1000, peakBytes: peakBetween(memory.stop(), start, end), code, output });
    });
  });
}

/** Writes the peer's project into `dir` from the article files of `editionsDir`; returns how many. */
export function writePeer(dir: string, editionsDir: string): number {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, '_includes'), { recursive: true });
  writeFileSync(join(dir, 'eleventy.config.mjs'), CONFIG);
  writeFileSync(join(dir, '_includes', 'article.liquid'), LAYOUT);
  let articles = 0;
  for (const date of readdirSync(editionsDir)) {
    const out = join(dir, 'src', date);
    mkdirSync(out, { recursive: true });
    for (const file of readdirSync(join(editionsDir, date))) {
      if (!/\.mdx?$/u.test(file)) continue;
      const text = readFileSync(join(editionsDir, date, file), 'utf8').replace(/^(---\n[\s\S]*?)^page:/mu, '$1paper_page:');
      writeFileSync(join(out, file.replace(/\.mdx$/u, '.md')), text);
      articles++;
    }
  }
  return articles;
}

/** Eleventy, then the Pagefind CLI over its output, each timed with its peak memory. */
export async function runPeer(dir: string, editionsDir: string): Promise<PeerRun> {
  const articles = writePeer(dir, editionsDir);
  const eleventy = await timed([join(REPO_ROOT, 'node_modules', '@11ty', 'eleventy', 'cmd.cjs'), '--quiet'], dir);
  if (eleventy.code !== 0) throw new Error(`the Eleventy peer failed (exit ${eleventy.code}):\n${eleventy.output}`);
  const pagefind = await timed([join(REPO_ROOT, 'node_modules', 'pagefind', 'lib', 'runner', 'bin.cjs'), '--site', '_site'], dir);
  if (pagefind.code !== 0) throw new Error(`Pagefind over the Eleventy peer failed (exit ${pagefind.code}):\n${pagefind.output}`);
  return { articles, eleventy, pagefind };
}
