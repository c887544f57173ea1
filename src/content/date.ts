import { z } from 'astro/zod';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `text` is a real calendar date written YYYY-MM-DD. */
export function isIsoDate(text: string): boolean {
  const m = ISO_DATE.exec(text);
  if (!m) return false;
  const [, y, mo, d] = m.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/**
 * A calendar date as `YYYY-MM-DD` (a new schema each call, so each field can carry its own doc). YAML parsers read an unquoted `2026-04-02` as a
 * timestamp, so a Date is accepted too and turned back into the string (in UTC,
 * which is how YAML timestamps without a time are read).
 */
export const isoDate = () =>
  z
    .union([z.string(), z.date()], { error: 'expected a date written YYYY-MM-DD, e.g. 2026-04-02' })
    .transform((value, ctx) => {
      const text = value instanceof Date ? value.toISOString().slice(0, 10) : value.trim();
      if (!isIsoDate(text)) {
        ctx.addIssue({ code: 'custom', message: `expected a date written YYYY-MM-DD, e.g. 2026-04-02; got "${String(value)}"` });
        return z.NEVER;
      }
      return text;
    });
