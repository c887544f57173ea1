// The Chinese for the build's cross-file findings (src/lib/content-checks.ts): the
// check prints it beside a line number, the build under its English sentence.
import type { ArticleFinding } from '../lib/content-checks.ts';

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
