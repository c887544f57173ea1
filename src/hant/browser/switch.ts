// The 简/繁 switch once a reader uses it (or comes back having chosen 繁): loaded by
// the header's small inline script (src/components/ScriptSwitch.astro), a classic
// script bundled by the post-build (src/build/bundles.ts) so it runs from disk too.
// It loads the page's conversion data (a classic script made at build time for the
// page's edition, src/hant/build/hant-data.ts), converts the page's text nodes and
// the attributes readers meet (and the title), and keeps converting what the page
// adds later (search results, status lines); 简 puts every original text back.
// On the search page each result is converted with the data of its own edition.
import { toHant, type HantData } from '../convert.ts';
import { CONVERTED_ATTRIBUTES, HANT_GLOBAL, SKIPPED_ELEMENTS } from '../page-parts.ts';
import { HANT_DATA_FILE } from '#src/site/paths.ts';

type HantWindow = Window & { [HANT_GLOBAL]?: Record<string, HantData> };

const SKIPPED = new Set<string>(SKIPPED_ELEMENTS.map((t) => t.toUpperCase()));
const pending = new Map<string, Promise<HantData | undefined>>();

/** Loads a data file once; undefined when it cannot be had (the page stays as it is). */
function loadData(src: string): Promise<HantData | undefined> {
  let p = pending.get(src);
  if (!p) {
    p = new Promise((done) => {
      const script = document.createElement('script');
      script.src = src;
      script.onload = () => done((window as HantWindow)[HANT_GLOBAL]?.[script.src]);
      script.onerror = () => done(undefined);
      document.head.append(script);
    });
    pending.set(src, p);
  }
  return p;
}

// The originals, kept by node: weakly, as the search page replaces its results on every keystroke.
const texts = new WeakMap<Text, string>();
const attributes = new WeakMap<Element, Map<string, string>>();
let originalTitle: string | undefined;
let originalLang: string | undefined;

/** `root` and every node below it that the switch converts (not inside SKIPPED_ELEMENTS). */
function* convertible(root: Node): Generator<Node> {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => (n.nodeType === 1 && SKIPPED.has((n as Element).tagName) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  for (let n: Node | null = root; n; n = walker.nextNode()) yield n;
}

function convertTree(root: Node, data: HantData): void {
  for (const n of convertible(root)) {
    if (n.nodeType === 3) {
      const text = n as Text;
      const source = texts.get(text) ?? text.data;
      const converted = toHant(source, data);
      if (converted !== text.data) {
        if (!texts.has(text)) texts.set(text, source);
        text.data = converted;
      }
    } else if (n.nodeType === 1) {
      const el = n as Element;
      for (const name of CONVERTED_ATTRIBUTES) {
        const value = el.getAttribute(name);
        if (!value) continue;
        const saved = attributes.get(el);
        const source = saved?.get(name) ?? value;
        const converted = toHant(source, data);
        if (converted === value) continue;
        if (!saved?.has(name)) attributes.set(el, (saved ?? new Map()).set(name, source));
        el.setAttribute(name, converted);
      }
    }
  }
}

function restore(): void {
  for (const n of convertible(document.body)) {
    if (n.nodeType === 3) {
      const source = texts.get(n as Text);
      if (source !== undefined) (n as Text).data = source;
      texts.delete(n as Text);
    } else {
      for (const [name, value] of attributes.get(n as Element) ?? []) (n as Element).setAttribute(name, value);
      attributes.delete(n as Element);
    }
  }
  if (originalTitle !== undefined) document.title = originalTitle;
  if (originalLang !== undefined) document.documentElement.lang = originalLang;
}

/** A search result's edition (`2026/04/02`), from its link, for its own data. */
function resultEdition(hit: Element, root: URL): string | undefined {
  const href = hit.querySelector('a[href]')?.getAttribute('href');
  if (!href) return undefined;
  const path = new URL(href, location.href).href;
  return path.startsWith(root.href) ? /^(\d{4}\/\d{2}\/\d{2})\//u.exec(path.slice(root.href.length))?.[1] : undefined;
}

function start(box: HTMLElement): void {
  const src = new URL(box.dataset.hantSrc!, location.href).href;
  // On the search page (and every page of no edition) the data is the site-wide file,
  // at the site's root (paths.ts): each edition's file is in its folder below it.
  const root = new URL('./', src);
  let on = false;
  const convertAll = async (node: Node) => {
    const data = await loadData(src);
    if (!on || !data) return;
    convertTree(node, data);
    // Search results: each with its own edition's data, which knows its words.
    const hits = node.nodeType === 1 ? [...(node as Element).querySelectorAll('.search-hit'), ...((node as Element).matches('.search-hit') ? [node as Element] : [])] : [];
    await Promise.all(
      hits.map(async (hit) => {
        const edition = resultEdition(hit, root);
        const own = edition ? await loadData(new URL(`${edition}/${HANT_DATA_FILE}`, root).href) : undefined;
        if (on && own) convertTree(hit, own);
      }),
    );
  };
  const apply = async () => {
    on = box.querySelector<HTMLInputElement>('input[value="hant"]')?.checked ?? false;
    if (!on) {
      restore();
      document.documentElement.dataset.hant = 'off';
      return;
    }
    const data = await loadData(src);
    if (!on || !data) return;
    originalTitle ??= document.title;
    originalLang ??= document.documentElement.lang;
    document.title = toHant(originalTitle, data);
    document.documentElement.lang = data.lang;
    await convertAll(document.body);
    if (on) document.documentElement.dataset.hant = 'on'; // test hook: the page is converted
  };
  new MutationObserver((records) => {
    if (!on) return;
    for (const r of records) r.addedNodes.forEach((n) => void convertAll(n));
  }).observe(document.body, { childList: true, subtree: true });
  // The header's inline script remembers the choice; this converts or restores.
  box.addEventListener('change', () => {
    delete document.documentElement.dataset.hant;
    void apply();
  });
  void apply();
}

const box = document.querySelector<HTMLElement>('[data-zh-switch]');
if (box?.dataset.hantSrc) start(box);
