// Corpus pages laid out by the evaluation (scripts/lib/eval/layout.ts) → labelled pages:
// the truth says which article and field each block is; the roles it does not tell
// apart (a subheading, a Q&A line and a paragraph are all "paragraphs" of the e-paper)
// are told apart here by shape, which changes nothing the evaluation counts.
import { readCorpus } from '../eval/corpus.ts';
import { planEdition } from '../eval/edition.ts';
import { layoutPage, type ArticleTruth, type PageBlock } from '../eval/layout.ts';
import { bracketLabel, endsWithFunctionWord, isHeadlineShaped, isPhotoCredit, isPhrase, isQaLine, isSummaryPoint, jumpIn } from '#src/ingest/shapes.ts';
import { charLength, endsSentence } from '#src/ingest/text.ts';
import type { Role } from '#src/ingest/roles.ts';
import { normalizeLine } from '#src/ingest/blocks.ts';
import { cleanHeadlineText } from '#src/ingest/text.ts';
import { hanPairs, headlineParts, spacesInWords } from '#src/ingest/kicker.ts';
import type { KickerExample, LabelledPage } from './labelled.ts';

function bodyRole(b: PageBlock, next: PageBlock | undefined): Role {
  if (b.role.kind !== 'body') throw new Error('bodyRole: not a body block');
  if (b.role.piece > 0) return 'cont';
  if (b.role.paragraph === 0 && jumpIn(b.text)) return 'jumpIn';
  const t = b.text;
  const startsNext = next?.role.kind === 'body' && next.role.article === b.role.article && next.role.piece === 0;
  if (bracketLabel(t) !== undefined && startsNext) return 'section';
  if (isSummaryPoint(t)) return 'summary';
  if (isQaLine(t)) return 'qa';
  // A subheading is a phrase (no clause punctuation, nothing left open, no function word at its end); a short
  // paragraph with a comma is a paragraph, and reading it as one keeps it apart from the first piece of a cut one.
  if (startsNext && charLength(t) <= 20 && !endsSentence(t) && isHeadlineShaped(t) && isPhrase(t) && !endsWithFunctionWord(t)) return 'subheading';
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
      case 'byline': {
        // A credit printed after the text (`（本报记者 某某）`) closes the article: its own role, as its place differs.
        const after = blocks.slice(0, i).some((x) => x.role.kind === 'body' && x.role.article === role.article);
        return after ? 'closing' : 'byline';
      }
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

const bare = (s: string): string => s.replace(/\s+/gu, '').replace(/(?:——|—|--)$/u, '');

/**
 * The first 主题 block of each article with no 引题 block above it, and the 引题 it holds
 * (the layout prints 引题 and 主题 on one line at a page style's rate): what the kicker
 * splitter (src/ingest/kicker.ts) learns from. A block whose 引题 cannot be found again
 * at one of its spaces is left out.
 */
function kickerExamples(blocks: readonly PageBlock[], articles: readonly ArticleTruth[]): KickerExample[] {
  const out: KickerExample[] = [];
  // As the ingest reads them (src/ingest/page.ts): from the page's lines, normalised.
  const pairs = hanPairs(blocks.map((b) => normalizeLine(b.text)));
  const done = new Set<number>();
  for (const b of blocks) {
    if (b.role.kind !== 'head') continue;
    const { article, fields } = b.role;
    if (done.has(article)) continue;
    if (fields.includes('kicker') && !fields.includes('title')) done.add(article);
    if (!fields.includes('title')) continue;
    done.add(article);
    const text = cleanHeadlineText(normalizeLine(b.text));
    if (!text.includes(' ')) continue;
    const kicker = fields.includes('kicker') ? articles[article]?.kicker : undefined;
    if (kicker === undefined) {
      out.push({ text, inWords: spacesInWords(headlineParts(text), pairs) });
      continue;
    }
    const parts = text.split(' ');
    const k = parts.findIndex((_, i) => i > 0 && bare(parts.slice(0, i).join('')) === bare(kicker));
    if (k > 0) out.push({ text, kicker: parts.slice(0, k).join(' '), inWords: spacesInWords(parts, pairs) });
  }
  return out;
}

/**
 * Every page of the months, laid out and labelled, `layouts` times each (other draws of
 * style and damage: scripts/lib/eval/layout.ts); `limit` takes the first N in edition order.
 */
export function corpusPages(root: string, months: readonly string[], limit?: number, layouts = 1): LabelledPage[] {
  const { editions } = readCorpus(root, months);
  const out: LabelledPage[] = [];
  for (const edition of editions) {
    const plan = planEdition(edition);
    for (const { page } of plan.pages) {
      for (let variant = 0; variant < layouts; variant++) {
        const laid = layoutPage(plan, page, variant);
        if (!laid) continue;
        const blocks = laid.blocks.filter((b) => b.text.trim() !== '');
        out.push({ name: `${laid.date} p${page}${variant ? ` #${variant}` : ''}`, texts: blocks.map((b) => b.text), roles: labelBlocks(blocks), kickers: kickerExamples(blocks, laid.truth.articles) });
        if (limit !== undefined && out.length >= limit) return out;
      }
    }
  }
  return out;
}
