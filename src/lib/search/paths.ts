// Where the search assets live in the built site, relative to its root.
export const PAGEFIND_DIR = 'pagefind';
/** The Traditional → Simplified map, beside Pagefind's own files. */
export const CHAR_MAP_FILE = 'pagefind/zh-charmap.json';
