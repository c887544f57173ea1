// Blocks → the best reading of the page: features, scores, the decoder, then the
// labelled blocks grouped into page furniture and articles. Every role decision that
// the second-best reading came close to is kept for the review report.
import { decode, type Reading } from './decoder.ts';
import { pageFeatures } from './features.ts';
import { opensArticle } from './grammar.ts';
import { MODEL, emissionScores, type Model } from './model.ts';
import { HEAD_ROLES, ROLES, ROLE_COUNT, ROLE_NAMES, type Role } from './roles.ts';
import type { Block, LabelledBlock, ReviewNote, Segment } from './types.ts';

export interface PageReading {
  banner: LabelledBlock[];
  editors: LabelledBlock[];
  segments: Segment[];
  /** Close calls of the model, each with its gap. */
  review: ReviewNote[];
  /** The 0–1 score of reading block `i` (index into the blocks the model read) as `role`. */
  score: (i: number, role: Role) => number;
  /** The index of a block among those the model read (a page's 版头 lines are not among them). */
  indexOf: (b: Block) => number;
  blocks: readonly LabelledBlock[];
}

/**
 * Roles that make the same output: reading a block as one or the other of them changes
 * nothing an editor would see, so it is never a close call worth a look.
 */
const OUTPUT: Readonly<Record<Role, string>> = {
  banner: 'banner', editor: 'editor', column: 'column', series: 'column', kicker: 'kicker', title: 'title', titleMore: 'title-line',
  subtitle: 'subtitle', byline: 'byline', caption: 'photo', credit: 'photo', boxTitle: 'box-title', boxItem: 'box-item', section: 'section',
  subheading: 'subheading', briefItem: 'subheading', para: 'paragraph', verse: 'paragraph', qa: 'paragraph', summary: 'paragraph',
  closing: 'paragraph', briefPara: 'paragraph', cont: 'cut', briefCont: 'cut', jumpOut: 'jump', jumpIn: 'jump-in', briefTitle: 'title',
};

/** Below this gap (in score units) a decision is listed for review. */
export const CLOSE_GAP = 1.5;

function closeCalls(blocks: readonly Block[], roles: readonly Role[], reading: Reading): ReviewNote[] {
  const notes: ReviewNote[] = [];
  const R = ROLE_COUNT;
  roles.forEach((role, i) => {
    const chosen = ROLES.indexOf(role);
    const best = reading.marginals[i * R + chosen]!;
    let alt = -1;
    for (let r = 0; r < R; r++) {
      if (OUTPUT[ROLES[r]!] === OUTPUT[role]) continue;
      if (alt < 0 || reading.marginals[i * R + r]! > reading.marginals[i * R + alt]!) alt = r;
    }
    const other = alt < 0 ? -Infinity : reading.marginals[i * R + alt]!;
    const gap = best - other;
    if (!(gap < CLOSE_GAP)) return;
    // Softmax of the two readings' totals: what each would score, 0–1, summing to 1 with the others.
    let z = 0;
    for (let r = 0; r < R; r++) z += Math.exp(reading.marginals[i * R + r]! - best);
    const p = (s: number) => (Math.exp(s - best) / z).toFixed(2);
    const b = blocks[i]!;
    notes.push({
      line: b.line,
      block: b.block,
      gap: Math.round(gap * 100) / 100,
      message: `read as ${ROLE_NAMES[role]} (score ${p(best)}); as ${ROLE_NAMES[ROLES[alt]!]} it would score ${p(other)}`,
    });
  });
  return notes;
}

export function readPage(blocks: readonly Block[], model: Model = MODEL): PageReading {
  const features = pageFeatures(blocks);
  const emission = emissionScores(model, features);
  const reading = decode(model, emission, blocks.length);
  const labelled = blocks.map((b, i): LabelledBlock => ({ ...b, role: reading.roles[i]! }));
  const banner: LabelledBlock[] = [];
  const editors: LabelledBlock[] = [];
  const segments: Segment[] = [];
  let prev: Role | undefined;
  for (const b of labelled) {
    if (b.role === 'banner') banner.push(b);
    else if (b.role === 'editor') editors.push(b);
    else if (opensArticle(prev, b.role)) segments.push(b.role === 'jumpIn' ? { head: [], body: [b] } : { head: [b], body: [] });
    else if (HEAD_ROLES.includes(b.role) && segments.length > 0) segments.at(-1)!.head.push(b);
    else if (segments.length === 0) segments.push({ head: [], body: [b] });
    else segments.at(-1)!.body.push(b);
    // Furniture is transparent: a head line after an editor line still belongs to the head above.
    if (b.role !== 'editor') prev = b.role;
  }
  const score = (i: number, role: Role): number => {
    if (i < 0 || i >= blocks.length) return 0;
    const own = reading.marginals[i * ROLE_COUNT + ROLES.indexOf(role)]!;
    let z = 0;
    for (let r = 0; r < ROLE_COUNT; r++) z += Math.exp(reading.marginals[i * ROLE_COUNT + r]! - own);
    return own === -Infinity ? 0 : 1 / z;
  };
  const index = new Map(blocks.map((b, i) => [b.block, i]));
  const indexOf = (b: Block): number => index.get(b.block) ?? -1;
  return { banner, editors, segments, review: closeCalls(blocks, reading.roles, reading), score, indexOf, blocks: labelled };
}
