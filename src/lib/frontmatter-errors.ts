// A schema failure told the way a journalist can fix it: the file, each field,
// what was expected, what was found, and an example to copy. Astro's own message
// for a zod failure names the file and field but not the fix, so the content
// loader (src/lib/explained-loader.ts) validates first and throws this instead.

/** The part of a zod issue read here (zod 4 issue shapes). */
export interface FieldIssue {
  code: string;
  path: readonly PropertyKey[];
  message: string;
  input?: unknown;
  expected?: string;
  keys?: readonly string[];
}

/** Per field: what it holds and a line to copy. */
export type FieldHelp = Readonly<Record<string, string>>;

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
 * (explainIssue) and the journalists' check (src/journalist/, Chinese too) are
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
      return `${keys}: unknown field. Fix: check the spelling or remove it; known fields are ${Object.keys(help).join(', ')}.`;
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
  return [`${file}: the frontmatter does not match the article format (../shared/spec/article-format.md):`, ...lines].join(
    '\n',
  );
}

/** What each article field holds, with a line to copy. */
export const ARTICLE_HELP: FieldHelp = {
  title: 'write the headline (主题) as `title: 全市长护险参保人数超百万`',
  kicker: 'write the line above the headline (引题) as text, `kicker: …`',
  subtitle: 'write the subtitle (副题) as text without the leading ——, `subtitle: …`',
  column: 'write the column label (栏目) as text, `column: …`',
  byline: 'write the byline as printed without □, `byline: 记者 岑瑜 通讯员 孙靓`',
  date: 'write the edition date in quotes, `date: "2026-04-02"`',
  page: 'write the page number without quotes, `page: 1`',
  order: 'write the reading order on the page without quotes, `order: 3`',
  photos: 'write a list, each item with a caption: `photos:` then `  - caption: 图片说明`',
  continuedOn: 'write the page number the story continues on, `continuedOn: 2`',
  continuedFrom: 'write the page number the story comes from, `continuedFrom: 1`',
  draft: 'write `draft: true` or `draft: false`',
  corrections: 'write a list of `- date: "2026-04-03"` and `text: …` pairs',
};

/** What each edition.yaml field holds. */
export const EDITION_HELP: FieldHelp = {
  paper: 'write the paper name, `paper: 舟山日报`',
  date: 'write the edition date in quotes, `date: "2026-04-02"`',
  pages: 'write a list of pages, each `- number: 1` with `name: 要闻` (and an optional `banner: …`)',
};
