// `npm run new`: the pure part. Which order is free on a page, the file name it
// gets, and the text of a new article that passes `npm run check` as it stands.
import YAML from 'yaml';
import { HINT_MARK } from '#src/content/defaults.ts';


/** Written when no --title is given; the file is then a draft, so it never publishes unfinished. */
export const PLACEHOLDER_TITLE = '待定标题（请改成正式主题）';

export interface Placed {
  page: number;
  order: number;
}

/** One past the highest order on `page` (drafts count too: their place is taken). */
export function nextOrder(existing: readonly Placed[], page: number): number {
  return Math.max(0, ...existing.filter((a) => a.page === page).map((a) => a.order)) + 1;
}

export interface NewArticle {
  date: string;
  page: number;
  order: number;
  title?: string | undefined;
}

/** A YAML scalar for `value` on one line, quoted only when YAML needs it. */
const scalar = (value: string) => YAML.stringify(value, { lineWidth: 0 }).trimEnd();

const BODY_TEMPLATE = `<!--
${HINT_MARK}：
1. 上面两行 --- 之间是文章信息：title 主题，kicker 引题，subtitle 副题，column 栏目，byline 署名。
   date、page、order 是日期、版次和版内顺序，一般不用改。
2. 正文每段一行，段与段之间空一行。小标题写成一行“## 小标题”。
3. 配图：把图片放在本文件旁边，在文章信息里加 photos（见写稿指南“配图”）。
4. 写好后运行 npm run check 检查，npm run dev 预览；有 draft: true 的稿件不会发布。
详见 content/写稿指南.md
-->
`;

/** The new file's text: frontmatter in the ingest's key order, then a body template with Chinese hints. */
export function articleText({ date, page, order, title }: NewArticle): string {
  const lines = [
    '---',
    `title: ${scalar(title ?? PLACEHOLDER_TITLE)}`,
    '# byline: 记者 某某 通讯员 某某',
    `date: "${date}"`,
    `page: ${page}`,
    `order: ${order}`,
    ...(title === undefined ? ['draft: true'] : []),
    '---',
    '',
    BODY_TEMPLATE,
  ];
  return lines.join('\n');
}
