// A schema failure told the way a journalist can fix it: the file, each field,
// what was expected, what was found, and an example to copy. Astro's own message
// for a zod failure names the file and field but not the fix, so the content
// loader (src/content/loader.ts) validates first and throws this instead.
import { ArticleSchema } from './article.ts';
import { WRITING_GUIDE } from './defaults.ts';
import { EditionSchema } from './edition.ts';
import { englishHelp, knownFields, type FieldHelp } from './fields.ts';

/** The part of a zod issue read here (zod 4 issue shapes). */
export interface FieldIssue {
  code: string;
  path: readonly PropertyKey[];
  message: string;
  input?: unknown;
  expected?: string;
  keys?: readonly string[];
}


const EXPECTED: Readonly<Record<string, string>> = {
  number: 'a number',
  string: 'text',
  boolean: 'true or false',
  array: 'a list',
  object: 'a set of fields',
  date: 'a date',
};
const expectedWords = (type: string | undefined) => (type ? (EXPECTED[type] ?? type) : 'a value');

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'string') return `the text "${value}"`;
  if (value instanceof Date) return `the date ${value.toISOString().slice(0, 10)}`;
  return `${Array.isArray(value) ? 'a list' : typeof value} ${JSON.stringify(value)}`;
}

function fieldName(path: readonly PropertyKey[]): string {
  return path.map((p) => (typeof p === 'number' ? `[${p}]` : String(p))).join('.').replace(/\.\[/g, '[');
}

/** The value at `path` in `data` (zod does not report inputs unless asked). */
export function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value: unknown = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/**
 * What one issue says, before it is put into words: the build's English line
 * (explainIssue) and the Chinese of explain-zh.ts, which `npm run check` shows too, are
 * both written from this, so the two never disagree about a field.
 */
export type IssueFacts =
  | { kind: 'unknown'; keys: readonly string[] }
  | { kind: 'missing'; field: string; expected: string | undefined }
  | { kind: 'type'; field: string; expected: string | undefined; input: unknown }
  | { kind: 'rule'; field: string; message: string; input: unknown };

export function issueFacts(raw: FieldIssue, data?: unknown): IssueFacts {
  const input = raw.input ?? valueAt(data, raw.path);
  const field = fieldName(raw.path) || '(frontmatter)';
  if (raw.code === 'unrecognized_keys') return { kind: 'unknown', keys: raw.keys ?? [] };
  if (raw.code === 'invalid_type' && input === undefined) return { kind: 'missing', field, expected: raw.expected };
  if (raw.code === 'invalid_type') return { kind: 'type', field, expected: raw.expected, input };
  return { kind: 'rule', field, message: raw.message, input };
}

/** One line for one issue; `data` is the frontmatter, to show what was found. */
export function explainIssue(raw: FieldIssue, help: FieldHelp, data?: unknown): string {
  const facts = issueFacts(raw, data);
  const top = String(raw.path[0] ?? '');
  const fix = help[top] ? ` Fix: ${help[top]}.` : '';
  switch (facts.kind) {
    case 'unknown': {
      const keys = facts.keys.map((k) => `\`${k}\``).join(', ');
      return `${keys}: unknown field. Fix: check the spelling or remove it; known fields are ${knownFields(help).join(', ')}.`;
    }
    case 'missing':
      return `\`${facts.field}\`: missing; expected ${expectedWords(facts.expected)}.${fix}`;
    case 'type':
      return `\`${facts.field}\`: expected ${expectedWords(facts.expected)}, found ${describe(facts.input)}.${fix}`;
    case 'rule':
      return `\`${facts.field}\`: ${facts.message}${facts.input === undefined ? '' : `, found ${describe(facts.input)}`}.${fix}`;
    default: {
      const never: never = facts;
      return never;
    }
  }
}

/** The whole message: file first, one issue a line (with its Chinese under it when `zh` is given). */
export function explainFrontmatter(
  file: string,
  issues: readonly FieldIssue[],
  help: FieldHelp,
  data?: unknown,
  zh?: (issue: FieldIssue) => string,
): string {
  const lines = issues.map((issue) => {
    const english = `  - ${explainIssue(issue, help, data)}`;
    return zh ? `${english}\n${zh(issue).replace(/^/gm, '    ')}` : english;
  });
  return [`${file}: the frontmatter does not match the article format (${WRITING_GUIDE}):`, ...lines].join(
    '\n',
  );
}

/** What each article field holds, with a line to copy (from the schema, src/content/article.ts). */
export const ARTICLE_HELP: FieldHelp = englishHelp(ArticleSchema);

/** What each edition.yaml field holds. */
export const EDITION_HELP: FieldHelp = englishHelp(EditionSchema);
