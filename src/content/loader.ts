// Wraps a content loader (the glob loader) so a bad file stops the build with a
// message a journalist can act on (src/content/explain.ts), and so checks
// across files (src/content/findings.ts) run once every file is loaded.
// Every file's text is screened first (`screen`: the rules `npm run check` applies
// to a file's text, e.g. closed MDX and bounded YAML), inside the glob loader's own
// read and before Astro parses a line of it: a file the screen refuses outright is
// never handed to Astro's YAML reader, and no MDX is compiled (that happens only
// after loading, when a page imports it).

import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AstroError } from 'astro/errors';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { z } from 'astro/zod';
import { WRITING_GUIDE } from './defaults.ts';
import { explainFrontmatter, type FieldIssue } from './explain.ts';
import type { FieldHelp } from './fields.ts';
import type { Problem } from './problem.ts';
import { STAMP_VARIABLE, verdictMemo, type VerdictMemo } from './screen-memo.ts';

/** What the screen says of one file's text (`file` from the project root). */
export interface Screened {
  problems: Problem[];
  /** The file is not handed to Astro at all (its YAML is not safe to read). */
  refuse: boolean;
}

/**
 * Where a wrapped loader leaves what must wait until every check of the collection has
 * passed (sieve.ts keeps its record of unchanged files only then): a file whose
 * problems failed this build must be read, and said, again by the next.
 */
export const AFTER_CHECKS = Symbol('after the checks passed');
export type AfterChecks = Array<() => void>;

/** How the build words a problem the check prints as `file:line: field: 中文` / English. */
export const buildWords = (p: Problem): string => `${p.file}:${p.line}: ${p.en}\n  ${p.zh}`;

/** The part of Astro's entry types (passed to loaders as `entryTypes`) that reads a file. */
interface EntryType {
  getEntryInfo(params: { fileUrl: URL; contents: string }): unknown;
}

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
  /** Rules on each file's text, before Astro reads it. */
  screen?: (file: string, text: string) => Screened;
}

/** Fails with every message at once, so one build shows a journalist all there is to fix. */
function fail(collection: string, messages: string[]): never {
  throw new AstroError(
    `[content] ${collection}: ${messages.length} problem(s) to fix before the site can build:\n${messages.join('\n')}`,
    `Fix each line above (file, field, what was expected, how to fix) and build again. The fields are explained in ${WRITING_GUIDE}.`,
  );
}

/**
 * Astro's entry types with `screen` run on each file's text first. Astro hands them to
 * loaders without declaring them; if it ever stops, the build must stop too rather
 * than build unscreened files.
 */
function screened(ctx: LoaderContext, relative: (file: string) => string, screen: NonNullable<Explanation['screen']>, found: Problem[], refused: Set<string>, memo: VerdictMemo): Map<string, EntryType> {
  const entryTypes = (ctx as LoaderContext & { entryTypes?: Map<string, EntryType> }).entryTypes;
  if (!(entryTypes instanceof Map)) throw new AstroError('[content] Astro did not hand its entry types to the content loader, so files cannot be checked before they are read.', 'Pin the Astro version this project was made with (package.json).');
  return new Map(
    [...entryTypes].map(([ext, type]) => [
      ext,
      {
        ...type,
        getEntryInfo(params: { fileUrl: URL; contents: string }) {
          const file = relative(fileURLToPath(params.fileUrl)).split(path.sep).join('/');
          const verdict = memo.verdict(file, params.contents, () => screen(file, params.contents));
          found.push(...verdict.problems);
          if (!verdict.refuse) return type.getEntryInfo(params);
          refused.add(fileURLToPath(params.fileUrl));
          return { data: {}, body: '', rawData: '' };
        },
      },
    ]),
  );
}

export function explained(loader: Loader, { schema, help, chinese, check, screen }: Explanation): Loader {
  return {
    ...loader,
    async load(ctx: LoaderContext) {
      const root = fileURLToPath(ctx.config.root);
      const relative = (file: string) => (path.isAbsolute(file) ? path.relative(root, file) : file);
      const errors: string[] = [];
      const invalid: string[] = [];
      const found: Problem[] = [];
      const refused = new Set<string>();
      const parseData: LoaderContext['parseData'] = async (props) => {
        if (props.filePath && refused.has(props.filePath)) {
          invalid.push(props.id); // said by the screen; its fields were never read
          return props.data;
        }
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
      // Kept in Astro's cache folder, which the build discards with its stamp (src/build/cache.ts).
      // Only for a collection with a screen: nothing to keep for the others.
      const memo = screen ? verdictMemo(path.join(fileURLToPath(ctx.config.cacheDir), 'screened', `${ctx.collection}.json`), process.env[STAMP_VARIABLE]) : undefined;
      const entryTypes = screen && memo ? { entryTypes: screened(ctx, relative, screen, found, refused, memo) } : {};
      const after: AfterChecks = [];
      const inner: LoaderContext & { [AFTER_CHECKS]: AfterChecks } = { ...ctx, parseData, ...entryTypes, [AFTER_CHECKS]: after };
      await loader.load(inner);
      // Not kept in the data store: the next build must read (and report) the file again.
      for (const id of invalid) ctx.store.delete(id);
      // The files that did pass are checked too, so one build shows everything to fix.
      const entries = [...ctx.store.values()].map((e) => ({ filePath: relative(e.filePath ?? e.id), data: e.data }));
      const sorted = [...found].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
      const problems = [...sorted.map(buildWords), ...errors, ...(check?.(entries, root) ?? [])];
      if (problems.length > 0) fail(ctx.collection, problems);
      memo?.save(entries.map((e) => e.filePath.split(path.sep).join('/')));
      for (const keep of after) keep();
    },
  };
}
