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
  | { kind: 'duplicate'; first: CheckedEntry; second: CheckedEntry };

/** Every problem found; empty when the files agree. */
export function articleFindings(entries: readonly CheckedEntry[]): ArticleFinding[] {
  const findings: ArticleFinding[] = [];
  const seen = new Map<string, CheckedEntry>();
  const sorted = [...entries].sort((a, b) => a.filePath.localeCompare(b.filePath));
  for (const entry of sorted) {
    const { date, page, order } = entry.data;
    const folder = /(?:^|\/)(\d{4}-\d{2}-\d{2})\/[^/]+$/.exec(entry.filePath)?.[1];
    if (folder && folder !== date) findings.push({ kind: 'date-folder', entry, folder });
    if (entry.data.draft === true) continue;
    const key = `${date}/${page}/${order}`;
    const other = seen.get(key);
    if (other) findings.push({ kind: 'duplicate', first: other, second: entry });
    else seen.set(key, entry);
  }
  return findings;
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
