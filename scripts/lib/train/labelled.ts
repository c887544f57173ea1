// Pages with the role of each block, for training and checking the page model: a
// block per line as `role<TAB>text`, `#` lines are comments. Our own convention pages
// and the sample live in tests/fixtures/ingest/labelled/; corpus pages are labelled
// from the evaluation's truth (from-layout.ts) and never written to the repository.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { opensArticle } from '#src/ingest/grammar.ts';
import { ROLES, type Role } from '#src/ingest/roles.ts';
import { random } from '../eval/prng.ts';

export interface LabelledPage {
  name: string;
  texts: string[];
  roles: Role[];
  /** One-block headlines of the page, for the kicker splitter. */
  kickers?: KickerExample[];
}

/** A headline block as the ingest cleans it, and the 引题 it starts with (none: it is all 主题). */
export interface KickerExample {
  text: string;
  kicker?: string;
  /** For each space, whether its two characters are printed together elsewhere on the page (src/ingest/kicker.ts spacesInWords), when the example comes from a page. */
  inWords?: boolean[];
}

export const KICKERS_FILE = 'tests/fixtures/ingest/kickers.tsv';

/** Our own one-block headlines: `引题<TAB>主题` per line (an empty 引题: the line is all 主题); `#` lines are comments. */
export function parseKickers(name: string, text: string): KickerExample[] {
  const out: KickerExample[] = [];
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '' || line.startsWith('#')) return;
    const [kicker, title, extra] = line.split('\t');
    if (title === undefined || extra !== undefined || title.trim() === '') throw new Error(`${name}:${i + 1}: expected "引题<TAB>主题" (引题 may be empty), got "${line.slice(0, 30)}"`);
    out.push(kicker ? { text: `${kicker} ${title}`, kicker } : { text: title });
  });
  return out;
}

export const readKickers = (file = KICKERS_FILE): KickerExample[] => parseKickers(file, readFileSync(file, 'utf8'));

export function parseLabelled(name: string, text: string): LabelledPage {
  const texts: string[] = [];
  const roles: Role[] = [];
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '' || line.startsWith('#')) return;
    const tab = line.indexOf('\t');
    const role = line.slice(0, tab) as Role;
    if (tab < 0 || !ROLES.includes(role)) throw new Error(`${name}:${i + 1}: expected "role<TAB>text" with a role of src/ingest/roles.ts, got "${line.slice(0, 30)}"`);
    roles.push(role);
    texts.push(line.slice(tab + 1));
  });
  return { name, texts, roles };
}

export const LABELLED_DIR = 'tests/fixtures/ingest/labelled';

export function readLabelledDir(dir = LABELLED_DIR): LabelledPage[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.tsv'))
    .sort()
    .map((f) => parseLabelled(join(dir, f), readFileSync(join(dir, f), 'utf8')));
}

/**
 * More pages from our own: the articles of the labelled pages put together again in
 * other orders and company (seeded, so always the same pages). Each convention is then
 * seen after and before other kinds of article, not only where we happened to write it.
 * A page's banner stays at its top and its editor lines at its foot.
 */
export function recombine(pages: readonly LabelledPage[], count: number, seed = 'recombine'): LabelledPage[] {
  type Piece = { texts: string[]; roles: Role[] };
  const articles: Piece[] = [];
  for (const page of pages) {
    let current: Piece | undefined;
    page.roles.forEach((role, i) => {
      if (role === 'banner' || role === 'editor') return;
      if (!current || opensArticle(page.roles[i - 1], role)) articles.push((current = { texts: [], roles: [] }));
      current.texts.push(page.texts[i]!);
      current.roles.push(role);
    });
  }
  const r = random(seed);
  return Array.from({ length: count }, (_, k) => {
    const n = r.int(1, 6);
    const chosen = Array.from({ length: n }, () => r.pick(articles));
    // A part without its headline (a continued part, text above the first headline) can only open a page.
    const body = chosen.filter((a, i) => i === 0 || HEAD_START.has(a.roles[0]!));
    return { name: `recombined ${k + 1}`, texts: body.flatMap((a) => a.texts), roles: body.flatMap((a) => a.roles) };
  });
}

const HEAD_START = new Set<Role>(['column', 'kicker', 'title', 'briefTitle']);
