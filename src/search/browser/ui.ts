// The search page in the browser: reads `?q=` (and filters) from the URL, searches
// as the reader types in the header box, and renders results into #search-results,
// whose aria-busy is "true" while a search runs and "false" once the list is final.
// Bundled by the post-build into a classic script (search/search-ui.js, see
// src/build/bundles.ts) so that it also runs from disk, where module scripts
// are refused: there, or when Pagefind cannot load, it searches the offline index.
import type { CharMap } from '../fold.ts';
import { BATCH, lazyCharMap, searchArticles, type PagefindLike, type SearchHit, type SearchOutcome, type Widening } from '../engine.ts';
import { parseManifest, yearGroups } from '../parts.ts';
import { EDITIONS_GLOBAL, OFFLINE_GLOBAL, offlinePagefind, type OfflineEdition } from '../offline-data.ts';
import { ALL_LABEL, FILTER_LABELS, MORE_LABEL, PROMPT, emptyAdvice, formatHitMeta, foundText } from '../text.ts';
import { EDITIONS_SCRIPT, SEARCH_DATA_FILE, PAGEFIND_DIR, CHAR_MAP_NAME, MANIFEST_NAME, relativeUrl, fileHref } from '#src/site/paths.ts';

interface Pagefind extends PagefindLike {
  init(): Promise<void>;
  mergeIndex(url: string): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

interface Engine {
  pagefind: PagefindLike;
  filters(): Promise<Record<string, Record<string, number>>>;
  charMap: (query: string) => Promise<CharMap>;
  /** Candidates checked per batch: a fragment each online; free from disk, so all at once. */
  batch: number;
  /** Online, over an index in several years' parts: how the search reaches older years. */
  widening?: Widening;
}

type OfflineWindow = Window & { [OFFLINE_GLOBAL]?: OfflineEdition[]; [EDITIONS_GLOBAL]?: string[] };

const fromDisk = () => location.protocol === 'file:';

/** A classic script, the one way to read a file next to the page from disk. */
function loadScript(src: URL): Promise<void> {
  return new Promise((done, fail) => {
    const script = el('script', { src: src.href });
    script.onload = () => done();
    script.onerror = () => fail(new Error(`[search] could not load ${src.href}`));
    document.head.append(script);
  });
}

/**
 * The index parts (src/search/parts.ts), newest first, in groups by year: Pagefind
 * loads the newest part as its primary index and merges the rest of the newest year;
 * the search widens to older years as it needs them (engine.ts), each merged in turn.
 */
async function onlineEngine(root: URL): Promise<Engine> {
  const base = new URL(`${PAGEFIND_DIR}/`, root);
  const manifestUrl = new URL(MANIFEST_NAME, base);
  const response = await fetch(manifestUrl);
  if (!response.ok) throw new Error(`[search] ${manifestUrl.href}: ${response.status}`);
  const [newest, ...older] = yearGroups(parseManifest(await response.text(), manifestUrl.href).parts);
  if (!newest) throw new Error('[search] the index has no parts');
  const urls = (group: { parts: Array<{ dir: string }> }) => group.parts.map((p) => new URL(p.dir, base).href);
  const [primary, ...rest] = urls(newest);
  const pagefind = (await import(/* @vite-ignore */ new URL('pagefind.js', primary).href)) as Pagefind;
  await pagefind.init();
  await Promise.all(rest.map((url) => pagefind.mergeIndex(url)));
  let merged = 0; // older groups merged so far
  const widening: Widening = {
    searchedSince: () => (merged < older.length ? (older[merged - 1] ?? newest).year : undefined),
    widen: async () => {
      const group = older[merged++];
      if (group) await Promise.all(urls(group).map((url) => pagefind.mergeIndex(url)));
    },
  };
  return {
    pagefind,
    // The filter lists cover the whole archive: every year is merged first.
    filters: async () => {
      while (widening.searchedSince()) await widening.widen();
      return pagefind.filters();
    },
    charMap: lazyCharMap(async () => (await fetch(new URL(CHAR_MAP_NAME, base))).json() as Promise<CharMap>),
    batch: BATCH,
    widening,
  };
}

async function offlineEngine(root: URL): Promise<Engine> {
  const w = window as OfflineWindow;
  if (!w[EDITIONS_GLOBAL]) await loadScript(new URL(EDITIONS_SCRIPT, root));
  await Promise.all((w[EDITIONS_GLOBAL] ?? []).map((edition) => loadScript(new URL(`${edition}/${SEARCH_DATA_FILE}`, root))));
  const pagefind = offlinePagefind(w[OFFLINE_GLOBAL] ?? []);
  return { pagefind, filters: () => pagefind.filters(), charMap: async () => pagefind.charMap(), batch: Number.POSITIVE_INFINITY };
}

/** Online: Pagefind. From disk, or when Pagefind cannot load: the offline index. */
async function chooseEngine(root: URL): Promise<Engine> {
  if (!fromDisk()) {
    try {
      return await onlineEngine(root);
    } catch {
      // e.g. pagefind/ left out of a copy of the site: the offline index still answers.
    }
  }
  return offlineEngine(root);
}

/** A result's link from this page (search/): relative, and to index.html from disk. */
function hitHref(url: string): string {
  const href = relativeUrl('/search/', url);
  return fromDisk() ? fileHref(href) : href;
}

const DEBOUNCE_MS = 120;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: Array<Node | string>): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

function renderHit(hit: SearchHit): HTMLLIElement {
  const snippet = el('p', { className: 'search-hit__excerpt' });
  if (hit.excerpt.clippedStart) snippet.append('…');
  hit.excerpt.parts.forEach((part, i) => snippet.append(i % 2 === 1 ? el('mark', {}, part) : part));
  if (hit.excerpt.clippedEnd) snippet.append('…');
  const item = el('li', { className: 'search-hit' });
  if (hit.kicker) item.append(el('p', { className: 'search-hit__kicker' }, hit.kicker));
  item.append(el('h2', { className: 'search-hit__title' }, el('a', { href: hitHref(hit.url) }, hit.title)), el('p', { className: 'search-hit__meta' }, formatHitMeta(hit)), snippet);
  return item;
}

function readFilters(form: HTMLElement): Record<string, string[]> {
  const filters: Record<string, string[]> = {};
  form.querySelectorAll<HTMLSelectElement>('select[data-filter]').forEach((s) => {
    if (s.value) filters[s.dataset.filter!] = [s.value];
  });
  return filters;
}

function fillFilters(box: HTMLElement, available: Record<string, Record<string, number>>, chosen: URLSearchParams): void {
  for (const [name, label] of Object.entries(FILTER_LABELS)) {
    const values = Object.keys(available[name] ?? {}).sort().reverse();
    if (values.length === 0) continue;
    const id = `filter-${name}`;
    const select = el('select', { id, name }, el('option', { value: '' }, ALL_LABEL), ...values.map((v) => el('option', { value: v, selected: chosen.get(name) === v }, v)));
    select.dataset.filter = name;
    box.append(el('div', { className: 'search-filter' }, el('label', { htmlFor: id }, label), select));
  }
}

export async function startSearchPage(): Promise<void> {
  const input = document.querySelector<HTMLInputElement>('#site-search');
  const results = document.querySelector<HTMLOListElement>('#search-results');
  const status = document.querySelector<HTMLElement>('#search-status');
  const filterBox = document.querySelector<HTMLFieldSetElement>('#search-filters');
  const filterPanel = document.querySelector<HTMLDetailsElement>('#search-filter-panel');
  if (!input || !results || !status || !filterBox || !filterPanel) return;
  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  // The search page is search/index.html: the site's root is its parent folder.
  const { pagefind, filters, charMap, batch, widening } = await chooseEngine(new URL('../', location.href));
  const moreButton = el('button', { type: 'button', className: 'search-more', hidden: true }, MORE_LABEL);
  results.after(moreButton);
  // The filters' values come from every part of the index: loaded when the panel is
  // opened, or at once for a link that carries a filter, not for every first search.
  let filled: Promise<void> | undefined;
  const loadFilters = () =>
    (filled ??= filters().then((available) => {
      fillFilters(filterBox, available, params);
      filterPanel.hidden = filterBox.querySelector('select') === null;
    }));
  filterPanel.hidden = false;
  filterPanel.addEventListener('toggle', () => {
    if (filterPanel.open) void loadFilters();
  });
  if (Object.keys(FILTER_LABELS).some((name) => params.has(name))) {
    filterPanel.open = true;
    await loadFilters();
  }

  let generation = 0;
  const run = async (): Promise<void> => {
    const mine = ++generation;
    const query = input.value.trim();
    const filters = readFilters(filterBox);
    const url = new URL(location.href);
    url.search = new URLSearchParams({ ...(query ? { q: query } : {}), ...Object.fromEntries(Object.entries(filters).map(([k, v]) => [k, v[0]!])) }).toString();
    history.replaceState(null, '', url);
    results.setAttribute('aria-busy', 'true');
    const outcome: SearchOutcome = query ? await searchArticles(pagefind, query, charMap, filters, batch, widening) : { terms: [], hits: [], candidates: 0, checked: 0 };
    if (mine !== generation) return; // a newer keystroke owns the list now
    show(query, outcome);
  };
  const show = (query: string, outcome: SearchOutcome): void => {
    results.replaceChildren(...outcome.hits.map(renderHit));
    status.textContent = !query ? PROMPT : outcome.hits.length > 0 || outcome.more ? foundText(query, outcome) : emptyAdvice(query, outcome.terms);
    moreButton.hidden = !outcome.more;
    moreButton.onclick = async () => {
      const mine = generation;
      results.setAttribute('aria-busy', 'true');
      const next = await outcome.more!();
      if (mine === generation) show(query, next);
    };
    results.dataset.query = query;
    results.setAttribute('aria-busy', 'false');
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), DEBOUNCE_MS);
  });
  input.form?.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void run();
  });
  filterBox.addEventListener('change', () => void run());
  await run();
}
