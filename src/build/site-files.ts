// The built site as files: what the post-build steps read.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { BuiltSite } from '#src/offline/build/edition-pack.ts';

/** Every file of dist/, as paths from its root with `/`. */
export function siteFiles(outDir: string): Set<string> {
  return new Set(
    readdirSync(outDir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => relative(outDir, join(e.parentPath, e.name)).split(sep).join('/')),
  );
}

/**
 * The site with its HTML read on demand and kept (each page is read by several steps)
 * until forgotten (a part forgets each edition's pages once it is done with them).
 */
export function builtSite(outDir: string, files: ReadonlySet<string> = siteFiles(outDir)): BuiltSite & { forget(file: string): void } {
  const html = new Map<string, string>();
  return {
    files,
    html: (file) => {
      let text = html.get(file);
      if (text === undefined) html.set(file, (text = readFileSync(join(outDir, file), 'utf8')));
      return text;
    },
    forget: (file) => void html.delete(file),
  };
}
