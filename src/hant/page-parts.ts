// What of a page the 繁體 switch converts, and the names the page, the switch and the
// data files share: one place, read by the build (build/hant-data.ts, which makes
// the data from the same texts) and by the browser (browser/switch.ts).

/** Elements whose text is left alone: code, styles, what never shows. */
export const SKIPPED_ELEMENTS = ['script', 'style', 'noscript', 'template', 'textarea'] as const;
/** Attributes a reader meets (tooltips, labels, alt text, placeholders): converted too. */
export const CONVERTED_ATTRIBUTES = ['title', 'aria-label', 'alt', 'placeholder'] as const;

/** The global the data files (classic scripts) put their data on, by their own URL. */
export const HANT_GLOBAL = 'zsdailyHant';
/** The reader's choice, remembered like the font size: `hant` or `hans`. */
export const HANT_STORAGE_KEY = 'zsdaily-script';
