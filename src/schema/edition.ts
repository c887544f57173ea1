// The edition data file, `content/editions/<date>/edition.yaml`: the paper and its
// pages (版). Written by the ingest, read by the site.
import { z } from 'astro/zod';
import { IsoDateSchema } from './date.ts';

export const EDITION_FILE = 'edition.yaml';

export const PageSchema = z
  .object({
    /** 版次, from 1. */
    number: z.number().int().min(1),
    /** 版名, e.g. 要闻. */
    name: z.string().trim().min(1, { error: 'must not be empty' }),
    /** 通栏标语 printed across the top of the page, if any. */
    banner: z.string().trim().min(1).optional(),
  })
  .strict();

export const EditionSchema = z
  .object({
    /** Paper name for the masthead, e.g. 舟山日报. */
    paper: z.string().trim().min(1, { error: 'must not be empty' }),
    /** The edition's date, YYYY-MM-DD; must match the folder name. */
    date: IsoDateSchema,
    /** The pages of the edition, by number. */
    pages: z
      .array(PageSchema)
      .min(1, { error: 'an edition needs at least one page' })
      .refine((pages) => new Set(pages.map((p) => p.number)).size === pages.length, {
        error: 'each page number may appear only once',
      }),
  })
  .strict();

export type EditionInput = z.input<typeof EditionSchema>;
export type Edition = z.output<typeof EditionSchema>;
export type EditionPage = z.output<typeof PageSchema>;
