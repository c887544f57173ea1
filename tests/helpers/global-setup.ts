// Vitest global setup of the `site` project: builds the site ONCE per test run and
// hands its output folder to every built-site and browser test through `inject`.
// A failed build fails the whole run with Astro's own message: nothing is skipped.
import type { TestProject } from 'vitest/node';
import { buildFixture, removeFixture } from '../../scripts/lib/project-build.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Absolute path of the built sample site (what `astro build` writes to dist/). */
    siteDir: string;
    /** How long the shared build took, for the record. */
    siteBuildMs: number;
  }
}

export default async function setup(project: TestProject) {
  // For working on the tests only: reuse a site built earlier (never set in CI).
  if (process.env.SITE_DIR) {
    console.log(`[site tests] using the site already built in ${process.env.SITE_DIR} (SITE_DIR)`);
    project.provide('siteDir', process.env.SITE_DIR);
    project.provide('siteBuildMs', 0);
    return;
  }
  const build = await buildFixture('shared');
  if (!build.ok) {
    const root = build.root;
    await removeFixture(root);
    throw new Error(`[site tests] astro build of the project failed (exit ${build.code}):\n${build.output}`);
  }
  console.log(`[site tests] built the site once in ${build.ms} ms → ${build.outDir}`);
  project.provide('siteDir', build.outDir);
  project.provide('siteBuildMs', build.ms);
  return async () => {
    if (!process.env.KEEP_SITE_BUILD) await removeFixture(build.root);
  };
}
