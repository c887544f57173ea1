// The weights of the page model: one score per (role, feature), per allowed pair of
// roles, and per role at the page's start and end. They live in one data file,
// src/ingest/weights.json, written by `npm run train:ingest` (scripts/train-ingest.ts);
// this module turns a page's features into the score tables the decoder reads.
import weightsFile from './weights.json' with { type: 'json' };
import { FEATURE_COUNT, featureIndex } from './features.ts';
import { GRAMMAR } from './grammar.ts';
import { ROLES, ROLE_COUNT, roleIndex, type Role } from './roles.ts';

/** The data file's shape: readable tables keyed by names. */
export interface WeightsData {
  about: string;
  emission: Partial<Record<Role, Record<string, number>>>;
  /** `title>subtitle`: the score of a 副题 right after a 主题. */
  transition: Record<string, number>;
  start: Partial<Record<Role, number>>;
  end: Partial<Record<Role, number>>;
  /** The kicker splitter's weights (kicker.ts): where a one-block headline's 引题 ends. */
  kicker?: Record<string, number>;
}

/**
 * Roles that share the features of another role and add their own: a brief item's
 * title reads like a subheading, its paragraphs like paragraphs. Sharing keeps what is
 * learned about paragraphs in general true inside a brief collection too.
 */
export const SHARES: Partial<Record<Role, Role>> = { briefItem: 'subheading', briefPara: 'para', briefCont: 'cont' };

/**
 * Candidate roles: a block is a candidate for these roles only when it shows one of
 * the listed features (an editor line has `label：name`, a jump line names a page …).
 * Everything else is a candidate for every role the grammar allows.
 */
export const GATES: Partial<Record<Role, readonly string[]>> = {
  banner: ['pos:0', 'pos:1'],
  title: ['no-stop'],
  titleMore: ['no-stop'],
  editor: ['editor'],
  jumpOut: ['jump-out'],
  jumpIn: ['jump-in', 'jump-in-start'],
  credit: ['photo-credit'],
  briefTitle: ['brief-word'],
  boxTitle: ['bracket', 'box-word'],
  section: ['bracket', 'box-word'],
  summary: ['summary-mark'],
  qa: ['qa'],
  closing: ['closing-note', 'trailing-byline', 'credit-note', 'byline'],
  verse: ['verse-shape'],
  byline: ['byline', 'name-like', 'closing-note', 'trailing-byline', 'credit-note'],
};

/**
 * After a block that ends with a word no phrase ends with (`……最难忘的`, `……和`), the
 * text goes on: the next block is the rest of that paragraph, whatever else it looks like.
 */
const AFTER_OPEN_WORD: readonly Role[] = ['cont', 'briefCont'];

const known = (name: string, where: string): number => {
  const i = featureIndex(name);
  if (i === undefined) throw new Error(`${where}: unknown feature "${name}" (features.ts has no such feature); retrain with \`npm run train:ingest\``);
  return i;
};

const OPEN_WORD = known('open-word', 'model.ts');
/** Inside a run of three or more verse lines, a line is never the rest of the one above (features.ts `in-verse`). */
const IN_VERSE = known('in-verse', 'model.ts');
const CUT_ROLES = [roleIndex('cont'), roleIndex('briefCont')];
/** A line that is only a 【】 label is never a line of a box or the rest of a paragraph: it opens something. */
const BRACKET = known('bracket', 'model.ts');
const NOT_BRACKETED = [roleIndex('boxItem'), roleIndex('cont'), roleIndex('briefCont')];
const NOT_AFTER_OPEN_WORD = ROLES.flatMap((r, i) => (AFTER_OPEN_WORD.includes(r) ? [] : [i]));

const GATE_LIST = (Object.entries(GATES) as [Role, readonly string[]][]).map(([role, fs]) => ({ at: roleIndex(role), fs: fs.map((f) => known(f, 'model.ts GATES')) }));

export interface Model {
  /** emission[feature * ROLE_COUNT + role]: the weight of a feature (by number, features.ts) for a role */
  emission: Float64Array;
  /** The kicker splitter's weights, by feature name. */
  kicker: Readonly<Record<string, number>>;
  /** transition[prev * ROLE_COUNT + role]; -Infinity where the grammar forbids it */
  transition: Float64Array;
  start: Float64Array;
  end: Float64Array;
}

export function compileModel(data: WeightsData): Model {
  const emission = new Float64Array(FEATURE_COUNT * ROLE_COUNT);
  for (const role of ROLES) {
    for (const [f, w] of Object.entries(data.emission[role] ?? {})) emission[known(f, 'weights.json') * ROLE_COUNT + roleIndex(role)]! += w;
  }
  for (const [role, shared] of Object.entries(SHARES) as [Role, Role][]) {
    for (const [f, w] of Object.entries(data.emission[shared] ?? {})) emission[known(f, 'weights.json') * ROLE_COUNT + roleIndex(role)]! += w;
  }
  const transition = new Float64Array(ROLE_COUNT * ROLE_COUNT).fill(-Infinity);
  for (let i = 0; i < transition.length; i++) if (GRAMMAR.allowed[i]) transition[i] = 0;
  for (const [key, w] of Object.entries(data.transition)) {
    const [a, b] = key.split('>') as [Role, Role];
    const i = roleIndex(a) * ROLE_COUNT + roleIndex(b);
    if (roleIndex(a) < 0 || roleIndex(b) < 0) throw new Error(`weights.json: unknown roles in transition "${key}"`);
    if (GRAMMAR.allowed[i]) transition[i] = w;
  }
  const start = new Float64Array(ROLE_COUNT).map((_, r) => (GRAMMAR.start[r] ? (data.start[ROLES[r]!] ?? 0) : -Infinity));
  const end = new Float64Array(ROLE_COUNT).map((_, r) => (GRAMMAR.end[r] ? (data.end[ROLES[r]!] ?? 0) : -Infinity));
  return { emission, transition, start, end, kicker: data.kicker ?? {} };
}

export const MODEL: Model = compileModel(weightsFile as WeightsData);

/** Scores of every role for every block: emission[i * ROLE_COUNT + r]. */
export function emissionScores(model: Model, features: readonly (readonly number[])[]): Float64Array {
  const R = ROLE_COUNT;
  const w = model.emission;
  const out = new Float64Array(features.length * R);
  // Which features the block has, for the gates: marked here and cleared after each block.
  const present = new Uint8Array(FEATURE_COUNT);
  features.forEach((fs, i) => {
    const base = i * R;
    for (const f of fs) {
      present[f] = 1;
      const row = f * R;
      for (let r = 0; r < R; r++) out[base + r]! += w[row + r]!;
    }
    for (const gate of GATE_LIST) {
      let open = false;
      for (const f of gate.fs) if (present[f]) open = true;
      if (!open) out[base + gate.at] = -Infinity;
    }
    if (i > 0 && features[i - 1]!.includes(OPEN_WORD)) for (const r of NOT_AFTER_OPEN_WORD) out[base + r] = -Infinity;
    else if (present[IN_VERSE]) for (const r of CUT_ROLES) out[base + r] = -Infinity;
    if (present[BRACKET]) for (const r of NOT_BRACKETED) out[base + r] = -Infinity;
    for (const f of fs) present[f] = 0;
  });
  return out;
}
