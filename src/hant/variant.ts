// Which Traditional standard the 繁體 switch shows, a setting of the site:
// HANT_VARIANT=t (OpenCC's standard Traditional, the default), tw (Taiwan) or hk
// (Hong Kong), read by the post-build like SITE_URL.

export const HANT_VARIANTS = { t: 'zh-Hant', tw: 'zh-Hant-TW', hk: 'zh-Hant-HK' } as const;
export type HantVariant = keyof typeof HANT_VARIANTS;

/** The variant an environment sets, or the default; a clear error for any other value. */
export function hantVariant(env: Readonly<Record<string, string | undefined>> = process.env): HantVariant {
  const value = env.HANT_VARIANT?.trim() || 't';
  if (value in HANT_VARIANTS) return value as HantVariant;
  throw new Error(`[build] HANT_VARIANT is "${value}"; expected one of ${Object.keys(HANT_VARIANTS).join(', ')} (standard Traditional, Taiwan, Hong Kong). Unset it for the standard.`);
}
