// A synthetic archive built the way `npm run build` builds (astro build, then the
// post-build): for the benchmarks. Each step is timed and its process tree sampled
// for memory on its own.
import { readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildCommand, copyProject, spawnBuildStep } from './project-build.ts';
import { sampleMemory, type Sample } from './process-memory.ts';
import { writeSyntheticArchive, type ArchiveStats } from './synthetic-archive.ts';

export interface Line {
  at: number;
  text: string;
}

export interface Step {
  lines: Line[];
  code: number | null;
  start: number;
  end: number;
  /** Resident memory of the step's whole process tree over time. */
  samples: Sample[];
}

export interface SyntheticBuild extends Build {
  /** The private copy of the project (under tmp/), holding the archive and dist/. */
  root: string;
  editionsDir: string;
  made: ArchiveStats;
}

function runStep(root: string, args: string[], env: Record<string, string> = {}): Promise<Step> {
  const start = Date.now();
  const child = spawnBuildStep(root, args, env);
  const memory = sampleMemory(child.pid!);
  const lines: Line[] = [];
  let pending = '';
  const onData = (chunk: Buffer) => {
    pending += chunk.toString();
    const parts = pending.split('\n');
    pending = parts.pop() ?? '';
    for (const text of parts) lines.push({ at: Date.now(), text });
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  return new Promise((done) => child.on('close', (code) => done({ lines, code, start, end: Date.now(), samples: memory.stop() })));
}

/** One `npm run build` (scripts/build.ts) cut into its two steps at the line where the post-build starts. */
export interface Build {
  /** The whole command: the cache check, astro build, the post-build. */
  all: Step;
  /** astro build */
  site: Step;
  /** scripts/postbuild.ts (not run when the site step failed) */
  post?: Step;
  code: number | null;
}

function splitBuild(all: Step): Build {
  const at = all.lines.find((l) => /\[build\] post-build$/u.test(l.text))?.at;
  const site: Step = { ...all, end: at ?? all.end, lines: all.lines.filter((l) => at === undefined || l.at < at) };
  if (at === undefined) return { all, site, code: all.code === 0 ? 1 : all.code };
  return { all, site, post: { ...all, start: at, lines: all.lines.filter((l) => l.at >= at) }, code: all.code };
}

/** `npm run build` (`--full` when `full`) on a copy made by buildSyntheticSite. */
export async function buildCopy(root: string, env: Record<string, string> = {}, { full = false } = {}): Promise<Build> {
  return splitBuild(await runStep(root, buildCommand(root, join(root, 'dist'), { full }), env));
}

/**
 * Copies the project, replaces its editions with `articles` synthetic ones, builds it.
 * `allMdx` renames every `.md` article to `.mdx` (the synthetic text has nothing MDX
 * would read differently), to measure what the ingest's `.md` saves. `beforeBuild` runs
 * once the archive is written, before the build (the bench's peer, so that the builds
 * with the cache follow the full build as a day's build follows yesterday's).
 */
export async function buildSyntheticSite(
  articles: number,
  env: Record<string, string> = {},
  { allMdx = false, beforeBuild }: { allMdx?: boolean; beforeBuild?: (editionsDir: string, root: string) => Promise<void> } = {},
): Promise<SyntheticBuild> {
  const root = await copyProject(`bench-${articles}`);
  const editionsDir = join(root, 'content', 'editions');
  rmSync(editionsDir, { recursive: true, force: true });
  const made = writeSyntheticArchive(editionsDir, articles);
  if (allMdx) {
    for (const date of readdirSync(editionsDir)) {
      for (const f of readdirSync(join(editionsDir, date))) if (f.endsWith('.md')) renameSync(join(editionsDir, date, f), join(editionsDir, date, `${f}x`));
    }
  }
  await beforeBuild?.(editionsDir, root);
  return { root, editionsDir, made, ...(await buildCopy(root, env)) };
}

export function parseArticles(text: string | undefined, command: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) {
    console.error(`[${command}] --articles must be a whole number ≥ 1, e.g. npm run ${command} -- --articles 5000`);
    process.exit(2);
  }
  return n;
}
