// Chinese words for the frontmatter: each field's name as the newsroom says it,
// and a line to copy for each (the English help is ARTICLE_HELP/EDITION_HELP in
// src/lib/frontmatter-errors.ts; keys here are the same).
import type { FieldHelp } from '../lib/frontmatter-errors.ts';

/** 字段的中文名, by the last key of a path (`photos[0].alt` → `alt`). */
export const FIELD_NAMES_ZH: Readonly<Record<string, string>> = {
  title: '主题',
  kicker: '引题',
  subtitle: '副题',
  column: '栏目',
  byline: '署名',
  date: '日期',
  page: '版次',
  order: '版内顺序',
  photos: '图片',
  caption: '图片说明',
  src: '图片文件',
  alt: '图片替代文字',
  continuedOn: '下转版次',
  continuedFrom: '上接版次',
  draft: '草稿',
  corrections: '更正',
  text: '更正内容',
  paper: '报名',
  pages: '版面列表',
  number: '版次',
  name: '版名',
  banner: '通栏标语',
};

export const ARTICLE_HELP_ZH: FieldHelp = {
  title: '写主题，如 `title: 全市长护险参保人数超百万`',
  kicker: '引题写成文字，如 `kicker: 我市深入开展学习教育`',
  subtitle: '副题写成文字，不要开头的“——”，如 `subtitle: 定海高端制造产业园项目招引背后的攻坚故事`',
  column: '栏目写成文字，如 `column: 攻坚一线行`',
  byline: '署名照报纸写，不要“□”，如 `byline: 记者 岑瑜 通讯员 孙靓`',
  date: '日期加引号写成年-月-日，如 `date: "2026-04-02"`',
  page: '版次写数字，不加引号，如 `page: 1`',
  order: '版内顺序写数字，不加引号，如 `order: 3`',
  photos: '写成列表，每张图一项，至少有图片说明：`photos:` 下一行写 `  - caption: 图片说明`',
  continuedOn: '写转到的版次数字，如 `continuedOn: 2`',
  continuedFrom: '写从哪一版接来的版次数字，如 `continuedFrom: 1`',
  draft: '写 `draft: true`（不发布）或 `draft: false`',
  corrections: '写成列表，每条有日期和内容：`  - date: "2026-04-03"` 和 `    text: …`',
  'photos.caption': '每张图都要有图片说明，如 `  - caption: 正在建设的定海高端制造产业园`',
  'photos.src': '图片文件放在文章旁边，如 `    src: ./chanyeyuan.jpg`',
  'photos.alt': '在 src 下面加一行，写图上是什么，如 `    alt: 工人在产业园工地上浇筑混凝土`',
  'corrections.date': '更正日期加引号写成年-月-日，如 `    date: "2026-04-03"`',
  'corrections.text': '写更正的内容，如 `    text: 原文“百万”应为“一百零二万”。`',
};

export const EDITION_HELP_ZH: FieldHelp = {
  paper: '写报名，如 `paper: 舟山日报`',
  date: '日期加引号写成年-月-日，如 `date: "2026-04-02"`',
  pages: '写成版面列表，每版 `- number: 1` 和 `name: 要闻`（可加 `banner: …`）',
};

/** `photos[0].alt` → `图片替代文字（photos[0].alt）`. */
export function fieldLabelZh(field: string): string {
  const last = /([A-Za-z]+)$/.exec(field)?.[1] ?? field;
  const zh = FIELD_NAMES_ZH[last];
  return zh ? `${zh}（${field}）` : field;
}
