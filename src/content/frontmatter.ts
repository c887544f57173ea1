// The one reader of an article's frontmatter (and of edition.yaml): the check, the
// ingest, `npm run new`, the shard catalog and the tests all read files with it. It
// reads the way the build reads (Astro's frontmatter rule: `---` fences at the top,
// YAML between; values as js-yaml reads them, which Astro uses: YAML 1.2 core plus
// timestamps, so an unquoted 2026-04-02 is a date; tests/unit/content/frontmatter.test.ts
// holds the two readers to the same values), but keeps where each key stands so a
// problem can say `file:line`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LineCounter, parseDocument, isMap, isSeq, type Document, type Node } from 'yaml';

/** Astro's own frontmatter pattern (@astrojs/internal-helpers/frontmatter). */
const FRONTMATTER = /(?:^\uFEFF?|^\s*\n)---([\s\S]*?\n)---/;

/**
 * Bounds on what the frontmatter reader takes: a YAML "alias bomb" (`a: &a [x, x]`,
 * `b: &b [*a, *a]`, …) is a few lines that expand to gigabytes, and crashed both
 * the check and the build. An article's frontmatter is a few hundred bytes.
 */
export const FRONTMATTER_LIMITS = { bytes: 64 * 1024, aliases: 100 } as const;

/** Why a frontmatter was not read at all: it is past one of FRONTMATTER_LIMITS. */
export type FrontmatterLimit = { line: number; what: 'size'; bytes: number } | { line: number; what: 'aliases' };

export interface Frontmatter {
  /** The frontmatter's data; `{}` when there is none or it does not parse. */
  data: Record<string, unknown>;
  /** True when the file has a `---` block at the top. */
  hasFrontmatter: boolean;
  /** YAML syntax errors, with the file line of each. */
  yamlErrors: { line: number; message: string }[];
  /** Set when the YAML was not read because it is past a limit (its data is then `{}`). */
  limit?: FrontmatterLimit;
  /** File line of the key at `path` (or of its nearest present parent); 1 when none is present. */
  lineOf: (path: readonly PropertyKey[]) => number;
  /** What follows the closing fence (the whole text when there is no frontmatter). */
  body: string;
}

/** A YAML text read with line numbers; `firstLine` is the file line its first line is on. */
export function readYaml(text: string, firstLine: number): Omit<Frontmatter, 'hasFrontmatter' | 'body'> {
  const bytes = Buffer.byteLength(text);
  if (bytes > FRONTMATTER_LIMITS.bytes) return { data: {}, yamlErrors: [], limit: { line: firstLine, what: 'size', bytes }, lineOf: () => firstLine };
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, customTags: ['timestamp'], prettyErrors: false });
  const toFileLine = (offset: number) => counter.linePos(offset).line + firstLine - 1;
  const yamlErrors = doc.errors.map((e) => ({ line: toFileLine(e.pos[0]), message: e.message.split('\n')[0] ?? e.message }));
  let value: unknown;
  try {
    value = yamlErrors.length === 0 ? doc.toJS({ maxAliasCount: FRONTMATTER_LIMITS.aliases }) : undefined;
  } catch {
    // yaml throws a ReferenceError past maxAliasCount; the first alias is where to look.
    const alias = /^[^#\n]*\*[\w-]/m.exec(text);
    const line = alias ? text.slice(0, alias.index).split('\n').length + firstLine - 1 : firstLine;
    return { data: {}, yamlErrors: [], limit: { line, what: 'aliases' }, lineOf: () => line };
  }
  const data = value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  return { data, yamlErrors, lineOf: (path) => keyLine(doc, path, toFileLine) };
}

function keyLine(doc: Document, path: readonly PropertyKey[], toFileLine: (offset: number) => number): number {
  let node: unknown = doc.contents;
  let line = 1;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => (p.key as Node | null)?.toJSON?.() === key || String((p.key as Node | null)?.toJSON?.()) === String(key));
      const start = (pair?.key as Node | undefined)?.range?.[0];
      if (!pair || start === undefined) return line;
      line = toFileLine(start);
      node = pair.value;
    } else if (isSeq(node) && typeof key === 'number') {
      const item = node.items[key] as Node | undefined;
      const start = item?.range?.[0];
      if (start === undefined) return line;
      line = toFileLine(start);
      node = item;
    } else {
      return line;
    }
  }
  return line;
}

/** Splits an article file into its frontmatter (with file lines) and body. */
export function readFrontmatter(text: string): Frontmatter {
  const match = FRONTMATTER.exec(text);
  if (!match?.[1]) return { data: {}, hasFrontmatter: false, yamlErrors: [], lineOf: () => 1, body: text };
  // The YAML starts on the line after the opening fence.
  const before = text.slice(0, match.index + match[0].indexOf('---') + 3);
  const firstLine = before.split('\n').length + 1;
  return { ...readYaml(match[1].replace(/^\r?\n/, ''), firstLine), hasFrontmatter: true, body: text.slice(match.index + match[0].length) };
}

/** For messages that name a file's line after the file was read elsewhere (the build's checks across files): reads it again. */
export function lineInFile(root: string): (file: string, path: readonly PropertyKey[]) => number {
  return (file, path) => {
    try {
      return readFrontmatter(readFileSync(join(root, file), 'utf8')).lineOf(path);
    } catch {
      return 1;
    }
  };
}
