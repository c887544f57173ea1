// The article frontmatter: the one source of truth shared by the ingest (which
// validates before it writes), src/content.config.ts (which validates at build) and
// `npm run check`. Field names follow the article format (content/写稿指南.md); each
// field carries its own description (src/content/fields.ts), and the order of the
// fields here is the order files are written in: the printed head in reading order first.
import { z } from 'astro/zod';
import { isoDate } from './date.ts';
import { documented as doc } from './fields.ts';

/** A text field that must hold something once trimmed (a new schema each call: each field has its own doc). */
const text = () => z.string().trim().min(1, { error: 'must not be empty' });

const dateDoc = { zh: '日期', help: 'write the edition date in quotes, `date: "2026-04-02"`', helpZh: '日期加引号写成年-月-日，如 `date: "2026-04-02"`' };

export const PhotoSchema = z
  .object({
    /** 图片说明, the caption as printed under the picture. */
    caption: doc(text(), { zh: '图片说明', help: 'give every photo a caption, `  - caption: 正在建设的定海高端制造产业园`', helpZh: '每张图都要有图片说明，如 `  - caption: 正在建设的定海高端制造产业园`' }),
    /** Image file next to the article file (`./photo.jpg`). Optional: the print caption alone is kept when no image exists. */
    src: doc(text(), { zh: '图片文件', help: 'put the image file next to the article, `    src: ./chanyeyuan.jpg`', helpZh: '图片文件放在文章旁边，如 `    src: ./chanyeyuan.jpg`' }).optional(),
    /** Text alternative for readers who cannot see the image; required when `src` is set. */
    alt: doc(text(), { zh: '图片替代文字', help: 'under `src`, say what the picture shows, `    alt: 工人在产业园工地上浇筑混凝土`', helpZh: '在 src 下面加一行，写图上是什么，如 `    alt: 工人在产业园工地上浇筑混凝土`' }).optional(),
  })
  .strict()
  .refine((photo) => photo.src === undefined || photo.alt !== undefined, {
    error: 'a photo with `src` needs `alt` (describe what the picture shows)',
    path: ['alt'],
  });

export const CorrectionSchema = z
  .object({
    /** Date of the correction, YYYY-MM-DD. */
    date: doc(isoDate(), { zh: '更正日期', help: 'write the date of the correction in quotes, `    date: "2026-04-03"`', helpZh: '更正日期加引号写成年-月-日，如 `    date: "2026-04-03"`' }),
    /** What was corrected, shown to readers as 更正. */
    text: doc(text(), { zh: '更正内容', help: 'write what was corrected, `    text: 原文“百万”应为“一百零二万”。`', helpZh: '写更正的内容，如 `    text: 原文“百万”应为“一百零二万”。`' }),
  })
  .strict();

export const ArticleSchema = z
  .object({
    /** 栏目 / series label. */
    column: doc(text(), { zh: '栏目', help: 'write the column label (栏目) as text, `column: …`', helpZh: '栏目写成文字，如 `column: 攻坚一线行`' }).optional(),
    /** 引题, the line above the headline. */
    kicker: doc(text(), { zh: '引题', help: 'write the line above the headline (引题) as text, `kicker: …`', helpZh: '引题写成文字，如 `kicker: 我市深入开展学习教育`' }).optional(),
    /** 主题, the headline. A two-line headline keeps one ASCII space between its lines. */
    title: doc(text(), { zh: '主题', help: 'write the headline (主题) as `title: 全市长护险参保人数超百万`', helpZh: '写主题，如 `title: 全市长护险参保人数超百万`' }),
    /** 副题, without the leading `——`. */
    subtitle: doc(text(), { zh: '副题', help: 'write the subtitle (副题) as text without the leading ——, `subtitle: …`', helpZh: '副题写成文字，不要开头的“——”，如 `subtitle: 定海高端制造产业园项目招引背后的攻坚故事`' }).optional(),
    /** As a CMS shows it, without `□`: `记者 岑瑜 通讯员 孙靓`, `新华社记者 李宣良`, `新华社`. */
    byline: doc(text(), { zh: '署名', help: 'write the byline as printed without □, `byline: 记者 岑瑜 通讯员 孙靓`', helpZh: '署名照报纸写，不要“□”，如 `byline: 记者 岑瑜 通讯员 孙靓`' }).optional(),
    /** The edition's date, YYYY-MM-DD. */
    date: doc(isoDate(), dateDoc),
    /** 版次, the page number (1 for the front page). */
    page: doc(z.number().int().min(1), { zh: '版次', help: 'write the page number without quotes, `page: 1`', helpZh: '版次写数字，不加引号，如 `page: 1`' }),
    /** Reading order on that page, from 1. */
    order: doc(z.number().int().min(1), { zh: '版内顺序', help: 'write the reading order on the page without quotes, `order: 3`', helpZh: '版内顺序写数字，不加引号，如 `order: 3`' }),
    /** Pictures and their captions, in print order. */
    photos: doc(z.array(PhotoSchema), { zh: '图片', help: 'write a list, each item with a caption: `photos:` then `  - caption: 图片说明`', helpZh: '写成列表，每张图一项，至少有图片说明：`photos:` 下一行写 `  - caption: 图片说明`' }).optional(),
    /** 上接第N版: this part continues a story from page N. */
    continuedFrom: doc(z.number().int().min(1), { zh: '上接版次', help: 'write the page number the story comes from, `continuedFrom: 1`', helpZh: '写从哪一版接来的版次数字，如 `continuedFrom: 1`' }).optional(),
    /** 下转第N版: the story continues on page N. */
    continuedOn: doc(z.number().int().min(1), { zh: '下转版次', help: 'write the page number the story continues on, `continuedOn: 2`', helpZh: '写转到的版次数字，如 `continuedOn: 2`' }).optional(),
    /** Corrections published after the edition, shown as 更正. */
    corrections: doc(z.array(CorrectionSchema), { zh: '更正', help: 'write a list of `- date: "2026-04-03"` and `text: …` pairs', helpZh: '写成列表，每条有日期和内容：`  - date: "2026-04-03"` 和 `    text: …`' }).optional(),
    /** Not published when true. */
    draft: doc(z.boolean(), { zh: '草稿', help: 'write `draft: true` or `draft: false`', helpZh: '写 `draft: true`（不发布）或 `draft: false`' }).optional(),
  })
  .strict()
  .refine((a) => a.continuedOn === undefined || a.continuedOn !== a.page, {
    error: '`continuedOn` must name another page than the article’s own `page`',
    path: ['continuedOn'],
  })
  .refine((a) => a.continuedFrom === undefined || a.continuedFrom !== a.page, {
    error: '`continuedFrom` must name another page than the article’s own `page`',
    path: ['continuedFrom'],
  });

/** What a file's frontmatter holds (dates may be YAML dates or strings). */
export type ArticleInput = z.input<typeof ArticleSchema>;
/** The validated article data the site renders. */
export type Article = z.output<typeof ArticleSchema>;
export type Photo = z.output<typeof PhotoSchema>;

/** Frontmatter keys in the order files are written: the order of the schema. */
export const ARTICLE_KEY_ORDER = Object.keys(ArticleSchema.shape) as (keyof ArticleInput)[];
