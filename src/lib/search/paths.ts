// Where the search assets live in the built site, relative to its root.
export const PAGEFIND_DIR = 'pagefind';
/** The classic script (built from ui.ts) the search page runs, online and from disk. */
export const SEARCH_UI_FILE = 'search/search-ui.js';
/** Lists the editions whose offline index a copy of the site holds. */
export const EDITIONS_SCRIPT = 'search/editions.js';
/** Each edition's offline index, in the edition's folder (YYYY/MM/DD/search-data.js). */
export const SEARCH_DATA_FILE = 'search-data.js';
