// Corpus pages laid out by the evaluation (scripts/lib/eval/layout.ts) → labelled pages:
// the truth says which article and field each block is; the roles it does not tell
// apart (a subheading, a Q&A line and a paragraph are all "paragraphs" of the e-paper)
// are told apart here by shape, which changes nothing the evaluation counts.
import { readCorpus } from '../eval/corpus.ts';
import { planEdition } from '../eval/edition.ts';
import { layoutPage, type PageBlock } from '../eval/layout.ts';
import { bracketLabel, isHeadlineShaped, isPhotoCredit, isQaLine, isSummaryPoint, jumpIn } from '#src/ingest/shapes.ts';
import { charLength, endsSentence } from '#src/ingest/text.ts';
import type { Role } from '#src/ingest/roles.ts';
import type { LabelledPage } from './labelled.ts';

function bodyRole(b: PageBlock, next: PageBlock | undefined): Role {
  if (b.role.kind !== 'body') throw new Error('bodyRole: not a body block');
  if (b.role.piece > 0) return 'cont';
  if (b.role.paragraph === 0 && jumpIn(b.text)) return 'jumpIn';
  const t = b.text;
  const startsNext = next?.role.kind === 'body' && next.role.article === b.role.article && next.role.piece === 0;
  if (bracketLabel(t) !== undefined && startsNext) return 'section';
  if (isSummaryPoint(t)) return 'summary';
  if (isQaLine(t)) return 'qa';
  if (startsNext && charLength(t) <= 20 && !endsSentence(t) && isHeadlineShaped(t)) return 'subheading';
  return 'para';
}

export function labelBlocks(blocks: readonly PageBlock[]): Role[] {
  const titled = new Set<number>();
  return blocks.map((b, i): Role => {
    const role = b.role;
    switch (role.kind) {
      case 'credits':
        return 'editor';
      case 'jump':
        return role.direction === 'from' ? 'jumpIn' : 'jumpOut';
      case 'byline':
        return 'byline';
      case 'caption':
        return isPhotoCredit(b.text) ? 'credit' : 'caption';
      case 'head': {
        const f = role.fields;
        if (f.includes('title')) {
          const more = titled.has(role.article);
          titled.add(role.article);
          return more ? 'titleMore' : 'title';
        }
        if (f.includes('kicker')) return 'kicker';
        if (f.includes('subtitle')) return 'subtitle';
        return titled.has(role.article) ? 'series' : 'column';
      }
      case 'body':
        return bodyRole(b, blocks[i + 1]);
      default: {
        const unknown: never = role;
        throw new Error(`labelBlocks: unhandled block role ${JSON.stringify(unknown)}`);
      }
    }
  });
}

/** Every page of the months, laid out and labelled; `limit` takes the first N in edition order. */
export function corpusPages(root: string, months: readonly string[], limit?: number): LabelledPage[] {
  const { editions } = readCorpus(root, months);
  const out: LabelledPage[] = [];
  for (const edition of editions) {
    const plan = planEdition(edition);
    for (const { page } of plan.pages) {
      const laid = layoutPage(plan, page);
      if (!laid) continue;
      const blocks = laid.blocks.filter((b) => b.text.trim() !== '');
      out.push({ name: `${laid.date} p${page}`, texts: blocks.map((b) => b.text), roles: labelBlocks(blocks) });
      if (limit !== undefined && out.length >= limit) return out;
    }
  }
  return out;
}
