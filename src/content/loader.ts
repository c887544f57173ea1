// Wraps a content loader (the glob loader) so a bad file stops the build with a
// message a journalist can act on (src/content/explain.ts), and so checks
// across files (src/content/findings.ts) run once every file is loaded.

import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AstroError } from 'astro/errors';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { z } from 'astro/zod';
import { WRITING_GUIDE } from './defaults.ts';
import { explainFrontmatter, type FieldIssue } from './explain.ts';
import type { FieldHelp } from './fields.ts';

export interface Explanation {
  schema: z.ZodType;
  help: FieldHelp;
  /** The same issue in Chinese, shown under each English line (src/content/explain-zh.ts). */
  chinese?: (issue: FieldIssue, data: unknown) => string;
  /**
   * Problems of the entries that passed the schema, across files or beyond the
   * frontmatter (paths from the project root `root`); the build fails when any.
   */
  check?: (entries: { filePath: string; data: Record<string, unknown> }[], root: string) => string[];
}

/** Fails with every message at once, so one build shows a journalist all there is to fix. */
function fail(collection: string, messages: string[]): never {
  throw new AstroError(
    `[content] ${collection}: ${messages.length} problem(s) to fix before the site can build:\n${messages.join('\n')}`,
    `Fix each line above (file, field, what was expected, how to fix) and build again. The fields are explained in ${WRITING_GUIDE}.`,
  );
}

export function explained(loader: Loader, { schema, help, chinese, check }: Explanation): Loader {
  return {
    ...loader,
    async load(ctx: LoaderContext) {
      const root = fileURLToPath(ctx.config.root);
      const relative = (file: string) => (path.isAbsolute(file) ? path.relative(root, file) : file);
      const errors: string[] = [];
      const invalid: string[] = [];
      const parseData: LoaderContext['parseData'] = async (props) => {
        const result = await schema.safeParseAsync(props.data);
        if (!result.success) {
          const file = relative(props.filePath ?? props.id);
          const zh = chinese && ((issue: FieldIssue) => chinese(issue, props.data));
          errors.push(explainFrontmatter(file, result.error.issues as unknown as FieldIssue[], help, props.data, zh));
          invalid.push(props.id);
          return props.data;
        }
        return ctx.parseData(props);
      };
      await loader.load({ ...ctx, parseData });
      // Not kept in the data store: the next build must read (and report) the file again.
      for (const id of invalid) ctx.store.delete(id);
      // The files that did pass are checked too, so one build shows everything to fix.
      const entries = [...ctx.store.values()].map((e) => ({ filePath: relative(e.filePath ?? e.id), data: e.data }));
      const problems = [...errors, ...(check?.(entries, root) ?? [])];
      if (problems.length > 0) fail(ctx.collection, problems);
    },
  };
}
