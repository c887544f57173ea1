// One thing a journalist must fix, said once in Chinese and once in English, and
// where: `file:line: field`. Editors and terminals turn `file:line` into a link.

export interface Problem {
  /** Path as given to the check (from the project root). */
  file: string;
  /** 1-based line in that file. */
  line: number;
  /** The field (`page`, `photos[0].src`), or what else is wrong (`MDX`, `edition.yaml`). */
  field: string;
  /** 中文：哪里不对；怎么改。 */
  zh: string;
  /** English: what is wrong; how to fix. */
  en: string;
  /** Other files the problem names (a duplicate's first file): it concerns them too. */
  also?: readonly string[];
  /** A note does not fail the check (e.g. the other page of a jump is not ingested yet). */
  note?: true;
}

/** Two lines: `file:line: field: 中文` then the English, indented. */
export function formatProblem(p: Problem): string {
  const head = `${p.file}:${p.line}: ${p.field}: `;
  return `${head}${p.note ? '（提示）' : ''}${p.zh}\n  ${p.note ? '(note) ' : ''}${p.en}`;
}

/** File, then line, then field: the order an editor walks a file. */
export function byPlace(a: Problem, b: Problem): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.field.localeCompare(b.field);
}
