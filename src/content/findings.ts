// Checks across files that no single file's schema can make: two articles
// claiming one date/page/order, and an article whose `date` is not its folder's.
// Run by the content loader (src/content/loader.ts) so the build stops with a
// message a journalist can act on, and by `npm run check` (src/content/check-edition.ts),
// which adds line numbers; each finding is worded here in English and in Chinese.

export interface CheckedEntry {
  /** Path from the project root, e.g. content/editions/2026-04-02/01-03.md. */
  filePath: string;
  data: { date: string; page: number; order: number; draft?: boolean | undefined };
}

/** One problem across files, before it is put into words. */
export type ArticleFinding =
  | { kind: 'date-folder'; entry: CheckedEntry; folder: string }
  | { kind: 'duplicate'; first: CheckedEntry; second: CheckedEntry }
  | { kind: 'future'; entry: CheckedEntry; today: string };

/**
 * How far ahead of today an edition may be dated: the next days' papers are made
 * ahead, but the newest edition is the home page, so a mistyped year (9999, 2062)
 * would put a wrong paper in place of today's.
 */
export const MAX_DAYS_AHEAD = 7;

/** The last date that is not "in the future" for MAX_DAYS_AHEAD, from `now` (UTC). */
export function latestAllowedDate(now: Date = new Date()): string {
  return new Date(now.getTime() + MAX_DAYS_AHEAD * 86_400_000).toISOString().slice(0, 10);
}

/** Every problem found; empty when the files agree. `now` is the clock (tests fix it). */
export function articleFindings(entries: readonly CheckedEntry[], now: Date = new Date()): ArticleFinding[] {
  const findings: ArticleFinding[] = [];
  const latest = latestAllowedDate(now);
  const today = now.toISOString().slice(0, 10);
  const seen = new Map<string, CheckedEntry>();
  const sorted = [...entries].sort((a, b) => a.filePath.localeCompare(b.filePath));
  for (const entry of sorted) {
    const { date, page, order } = entry.data;
    const folder = /(?:^|\/)(\d{4}-\d{2}-\d{2})\/[^/]+$/.exec(entry.filePath)?.[1];
    if (folder && folder !== date) findings.push({ kind: 'date-folder', entry, folder });
    if (entry.data.draft === true) continue;
    if (date > latest) findings.push({ kind: 'future', entry, today });
    const key = `${date}/${page}/${order}`;
    const other = seen.get(key);
    if (other) findings.push({ kind: 'duplicate', first: other, second: entry });
    else seen.set(key, entry);
  }
  return findings;
}

/** Where a finding stands in its file: the field it is about. */
export function findingPlace(finding: ArticleFinding): { file: string; path: string[] } {
  switch (finding.kind) {
    case 'date-folder':
    case 'future':
      return { file: finding.entry.filePath, path: ['date'] };
    case 'duplicate':
      return { file: finding.second.filePath, path: ['order'] };
    default: {
      const never: never = finding;
      return never;
    }
  }
}

/** The build's line for a finding: its file and line first (`lineOf` reads the line), the English, the Chinese under it. */
export function findingLine(finding: ArticleFinding, lineOf: (file: string, path: readonly PropertyKey[]) => number): string {
  const { file, path } = findingPlace(finding);
  const en = findingMessage(finding);
  const own = en.startsWith(`${file}: `) ? en.slice(file.length + 2) : en;
  return `${file}:${lineOf(file, path)}: ${own}\n  ${findingZh(finding)}`;
}

/** The build's English sentence for a finding. */
export function findingMessage(finding: ArticleFinding): string {
  switch (finding.kind) {
    case 'date-folder': {
      const { entry, folder } = finding;
      const { date } = entry.data;
      return (
        `${entry.filePath}: field \`date\` is "${date}" but the file is in the folder of ${folder}; ` +
        `expected the folder's date. Fix: write \`date: "${folder}"\`, or move the file to the folder ${date}/.`
      );
    }
    case 'duplicate': {
      const { first, second } = finding;
      const { date, page, order } = second.data;
      return (
        `${first.filePath} and ${second.filePath} both claim ${date} page ${page} order ${order}; ` +
        `expected one article per date/page/order. Fix: give one of them another \`order\` (or \`page\`), ` +
        `or set \`draft: true\` on the one that should not be published.`
      );
    }
    case 'future': {
      const { entry, today } = finding;
      return (
        `${entry.filePath}: field \`date\` is "${entry.data.date}", more than ${MAX_DAYS_AHEAD} days after today (${today}); ` +
        `the newest edition becomes the home page, so this one would replace today's paper. Fix: correct the date, or set \`draft: true\` until it is due.`
      );
    }
    default: {
      const never: never = finding;
      return never;
    }
  }
}

/** The Chinese for a finding: the check prints it beside a line number, the build under its English sentence. */
export function findingZh(finding: ArticleFinding): string {
  switch (finding.kind) {
    case 'date-folder': {
      const { date } = finding.entry.data;
      return `日期（date）是 ${date}，文件却在 ${finding.folder} 文件夹里；改法：写 \`date: "${finding.folder}"\`，或把文件移到 ${date}/ 文件夹`;
    }
    case 'duplicate': {
      const { date, page, order } = finding.second.data;
      return `与 ${finding.first.filePath} 都是 ${date} 第${page}版第${order}篇；改法：把其中一篇的 order（或 page）改掉，或在不发布的那篇写 \`draft: true\``;
    }
    case 'future':
      return `日期（date）是 ${finding.entry.data.date}，比今天（${finding.today}）晚了 ${MAX_DAYS_AHEAD} 天以上；最新的一期会成为网站首页，这一期会顶替今天的报纸；改法：改正日期，或先写 \`draft: true\`，到期再发布`;
    default: {
      const never: never = finding;
      return never;
    }
  }
}

/** Every problem found, one message each; empty when the files agree. */
export function articleProblems(entries: readonly CheckedEntry[]): string[] {
  return articleFindings(entries).map(findingMessage);
}
