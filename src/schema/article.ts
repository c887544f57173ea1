// The article frontmatter: the one source of truth shared by the ingest (which
// validates before it writes), `src/content.config.ts` (which validates at build)
// and the journalists' checks. Field names follow ../shared/spec/article-format.md.
import { z } from 'astro/zod';
import { IsoDateSchema } from './date.ts';

/** A text field that must hold something once trimmed. */
const Text = z.string().trim().min(1, { error: 'must not be empty' });

export const PhotoSchema = z
  .object({
    /** 图片说明, the caption as printed under the picture. */
    caption: Text,
    /** Image file next to the article file (`./photo.jpg`). Optional: the print caption alone is kept when no image exists. */
    src: Text.optional(),
    /** Text alternative for readers who cannot see the image; required when `src` is set. */
    alt: Text.optional(),
  })
  .strict()
  .refine((photo) => photo.src === undefined || photo.alt !== undefined, {
    error: 'a photo with `src` needs `alt` (describe what the picture shows)',
    path: ['alt'],
  });

export const CorrectionSchema = z
  .object({
    /** Date of the correction, YYYY-MM-DD. */
    date: IsoDateSchema,
    /** What was corrected, shown to readers as 更正. */
    text: Text,
  })
  .strict();

export const ArticleSchema = z
  .object({
    /** 主题, the headline. A two-line headline keeps one ASCII space between its lines. */
    title: Text,
    /** 引题, the line above the headline. */
    kicker: Text.optional(),
    /** 副题, without the leading `——`. */
    subtitle: Text.optional(),
    /** 栏目 / series label. */
    column: Text.optional(),
    /** As printed, without `□`: `记者 岑瑜 通讯员 孙靓`. */
    byline: Text.optional(),
    /** The edition's date, YYYY-MM-DD. */
    date: IsoDateSchema,
    /** 版次, the page number (1 for the front page). */
    page: z.number().int().min(1),
    /** Reading order on that page, from 1. */
    order: z.number().int().min(1),
    /** Pictures and their captions, in print order. */
    photos: z.array(PhotoSchema).optional(),
    /** 下转第N版: the story continues on page N. */
    continuedOn: z.number().int().min(1).optional(),
    /** 上接第N版: this part continues a story from page N. */
    continuedFrom: z.number().int().min(1).optional(),
    /** Not published when true. */
    draft: z.boolean().optional(),
    /** Corrections published after the edition, shown as 更正. */
    corrections: z.array(CorrectionSchema).optional(),
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

/** Frontmatter keys in the order files are written: reading order of the printed head first. */
export const ARTICLE_KEY_ORDER = [
  'column',
  'kicker',
  'title',
  'subtitle',
  'byline',
  'date',
  'page',
  'order',
  'photos',
  'continuedFrom',
  'continuedOn',
  'corrections',
  'draft',
] as const satisfies readonly (keyof ArticleInput)[];
