// The edition data file, `content/editions/<date>/edition.yaml`: the paper and its
// pages (版). Written by the ingest and `npm run new`, read by the site. Each field
// carries its own description (src/content/fields.ts).
import { z } from 'astro/zod';
import { isoDate } from './date.ts';
import { documented as doc } from './fields.ts';

export const PageSchema = z
  .object({
    /** 版次, from 1. */
    number: doc(z.number().int().min(1), { zh: '版次', help: 'write the page number without quotes, `  - number: 2`', helpZh: '版次写数字，不加引号，如 `  - number: 2`' }),
    /** 版名, e.g. 要闻. */
    name: doc(z.string().trim().min(1, { error: 'must not be empty' }), { zh: '版名', help: 'write the page name as printed, `    name: 要闻`', helpZh: '版名照报纸写，如 `    name: 要闻`' }),
    /** 通栏标语 printed across the top of the page, if any. */
    banner: doc(z.string().trim().min(1), { zh: '通栏标语', help: 'write the banner across the top of the page as text, `    banner: …`', helpZh: '通栏标语写成文字，如 `    banner: 奋力夺取高质量发展开局胜`' }).optional(),
    /** The page's credits as printed (责任编辑, 版式设计, 美编, 校对 …), one `职务：姓名` each: page data, never article text. */
    credits: doc(z.array(z.string().trim().min(1)), {
      zh: '版面署名',
      help: 'list the page credits as printed, `    credits:` then `      - 责任编辑：王某`',
      helpZh: '照报纸列出本版的责任编辑、版式设计、美编、校对等，如 `    credits:` 下一行写 `      - 责任编辑：王某`',
    }).optional(),
  })
  .strict();

export const EditionSchema = z
  .object({
    /** Paper name for the masthead, e.g. 舟山日报. */
    paper: doc(z.string().trim().min(1, { error: 'must not be empty' }), { zh: '报名', help: 'write the paper name, `paper: 舟山日报`', helpZh: '写报名，如 `paper: 舟山日报`' }),
    /** The edition's date, YYYY-MM-DD; must match the folder name. */
    date: doc(isoDate(), { zh: '日期', help: 'write the edition date in quotes, `date: "2026-04-02"`', helpZh: '日期加引号写成年-月-日，如 `date: "2026-04-02"`' }),
    /** The pages of the edition, by number. */
    pages: doc(
      z
        .array(PageSchema)
        .min(1, { error: 'an edition needs at least one page' })
        .refine((pages) => new Set(pages.map((p) => p.number)).size === pages.length, {
          error: 'each page number may appear only once',
        }),
      { zh: '版面列表', help: 'write a list of pages, each `- number: 1` with `name: 要闻` (and an optional `banner: …`)', helpZh: '写成版面列表，每版 `- number: 1` 和 `name: 要闻`（可加 `banner: …`）' },
    ),
  })
  .strict();

export type EditionInput = z.input<typeof EditionSchema>;
export type Edition = z.output<typeof EditionSchema>;
export type EditionPage = z.output<typeof PageSchema>;
