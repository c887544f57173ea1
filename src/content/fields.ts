// Each frontmatter field is described once, on its schema (src/content/article.ts,
// src/content/edition.ts): its Chinese name and a line to copy, in English and in
// Chinese. The build's messages, `npm run check` and the file's key order are all
// read from there, so a new field needs one entry, not four lists.
import { z } from 'astro/zod';

export interface FieldDoc {
  /** 字段的中文名: 主题, 版次. */
  zh: string;
  /** What to write, in English, with a line to copy. */
  help: string;
  /** The same in Chinese. */
  helpZh: string;
}

/** Where the field docs are kept (a zod registry: the schema carries them). */
export const fieldDocs = z.registry<FieldDoc>();

/** `schema` with its doc attached. */
export function documented<T extends z.ZodType>(schema: T, doc: FieldDoc): T {
  fieldDocs.add(schema, doc);
  return schema;
}

/** Optional, default and refined wrappers hide the documented schema inside them. */
function unwrap(schema: z.ZodType): z.ZodType {
  let s: z.ZodType = schema;
  for (;;) {
    if (fieldDocs.has(s)) return s;
    if (s instanceof z.ZodOptional || s instanceof z.ZodNullable || s instanceof z.ZodDefault) s = s.unwrap() as z.ZodType;
    else return s;
  }
}

const docOf = (schema: z.ZodType): FieldDoc | undefined => fieldDocs.get(unwrap(schema));

/** The object inside a list field (`photos: [{ caption, src, alt }]`), if it is one. */
function itemObject(schema: z.ZodType): z.ZodObject | undefined {
  const s = unwrap(schema);
  const item = s instanceof z.ZodArray ? (s.element as z.ZodType) : undefined;
  return item instanceof z.ZodObject ? item : undefined;
}

/** Per top-level field, then per field of a list's items (`photos.alt`): one help line each. */
export type FieldHelp = Readonly<Record<string, string>>;

/** The fields of `schema` in its declared order: the order the ingest writes them in. */
export const fieldOrder = (schema: z.ZodObject): string[] => Object.keys(schema.shape);

function helpOf(schema: z.ZodObject, pick: (doc: FieldDoc) => string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, field] of Object.entries(schema.shape) as [string, z.ZodType][]) {
    const doc = docOf(field);
    if (doc) out[key] = pick(doc);
  }
  for (const [key, field] of Object.entries(schema.shape) as [string, z.ZodType][]) {
    const item = itemObject(field);
    if (!item) continue;
    for (const [sub, subField] of Object.entries(item.shape) as [string, z.ZodType][]) {
      const doc = docOf(subField);
      if (doc) out[`${key}.${sub}`] = pick(doc);
    }
  }
  return out;
}

/** English help, `title` → `write the headline (主题) as …`; list items as `photos.alt`. */
export const englishHelp = (schema: z.ZodObject): FieldHelp => helpOf(schema, (d) => d.help);
/** Chinese help, keyed the same way. */
export const chineseHelp = (schema: z.ZodObject): FieldHelp => helpOf(schema, (d) => d.helpZh);

/** Chinese names by the last key of a path (`photos[0].alt` → `alt` → 图片替代文字), over several schemas. */
export function chineseNames(...schemas: z.ZodObject[]): Readonly<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const schema of schemas) {
    for (const [key, zh] of Object.entries(helpOf(schema, (d) => d.zh))) out[key.split('.').at(-1)!] ??= zh;
  }
  return out;
}

/** The top-level fields with help: those the messages list as "known fields". */
export const knownFields = (help: FieldHelp): string[] => Object.keys(help).filter((k) => !k.includes('.'));
