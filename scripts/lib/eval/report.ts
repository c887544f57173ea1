// The eval's printed report: figures per field, refusals by reason, the worst pages.
import { FIELDS, type Field, type PageScore } from './score.ts';
import type { Summary, Tally } from './summary.ts';

const LABELS: Readonly<Record<Field, string>> = {
  title: '主题 title',
  kicker: '引题 kicker',
  subtitle: '副题 subtitle',
  column: '栏目 column',
  byline: 'byline',
  paragraphs: 'paragraph count',
  photos: 'photo captions',
  jumps: 'jump lines',
};

/** Display width: CJK and full-width characters take two columns. */
const width = (s: string): number => Array.from(s).reduce((w, c) => w + (/[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u.test(c) ? 2 : 1), 0);
const pad = (s: string, n: number): string => s + ' '.repeat(Math.max(1, n - width(s)));

const pct = (t: Tally): string => (t.total === 0 ? '—' : `${((100 * t.right) / t.total).toFixed(1)}%`);
const cell = (t: Tally): string => pad(`${pct(t)} (${t.right}/${t.total})`, 22);
const cut = (s: string | undefined, n = 18): string => {
  const cs = Array.from(s ?? '');
  return cs.length > n ? `${cs.slice(0, n).join('')}…` : cs.join('');
};

export function formatSummary(s: Summary, heading: string): string[] {
  const lines = [heading, ''];
  lines.push(`pages ${s.pages}, articles ${s.articles}; refused ${s.refused} page(s)${s.crashed > 0 ? ` (${s.crashed} crashed: not an IngestError)` : ''}`);
  lines.push('');
  lines.push(`${pad('', 20)}${pad('all pages', 22)}${pad('read pages', 22)}${pad('truth has it', 22)}truth has none`);
  lines.push(`${pad('article boundaries', 20)}${cell(s.boundary.all)}${cell(s.boundary.read)}`.trimEnd());
  for (const f of FIELDS) {
    const x = s.fields[f];
    lines.push(`${pad(LABELS[f], 20)}${cell(x.all)}${cell(x.read)}${cell(x.present)}${cell(x.absent)}${x.unscored > 0 ? `unscored ${x.unscored}` : ''}`.trimEnd());
  }
  lines.push('');
  const lostPct = s.han.total === 0 ? '—' : `${((100 * s.han.lost) / s.han.total).toFixed(2)}%`;
  lines.push(`Han characters lost (read pages): ${s.han.lost} of ${s.han.total} (${lostPct}); pages with any loss: ${s.han.pagesWithLoss}/${s.pages - s.refused}`);
  lines.push(`page credits found in page data: ${s.credits.total === 0 ? 'no page has credits' : cell(s.credits).trim()}`);
  const flaws = Object.entries(s.boundary.flaws).filter(([, n]) => n > 0);
  lines.push(`boundary flaws (an article may have several): ${flaws.length === 0 ? 'none' : flaws.map(([k, n]) => `${k} ${n}`).join(', ')}`);
  lines.push(
    s.drafts.flagged === 0
      ? `draft flags: none set (${s.drafts.wrong} articles of read pages are wrong: boundaries or title)`
      : `draft flags: ${s.drafts.flagged} set, ${s.drafts.both} of them on wrong articles; ${s.drafts.both} of ${s.drafts.wrong} wrong articles flagged`,
  );
  if (s.refusals.length > 0) {
    lines.push('', 'refusals by reason:');
    for (const r of s.refusals.slice(0, 8)) lines.push(`  ${String(r.count).padStart(4)}× ${r.reason}  (e.g. ${r.example})`);
    if (s.refusals.length > 8) lines.push(`  … ${s.refusals.length - 8} more reasons`);
  }
  return lines;
}

const pageFiles = (p: PageScore): string => (p.files[0] ?? '').replace(/-\d+\.txt$/u, '-*.txt');

/** One page in a few lines: what went wrong, compactly. */
export function formatPage(p: PageScore, articleLines = 4): string[] {
  const wrongArticles = p.articles.filter((a) => a.flaws.length > 0 || a.fields.some((f) => f.verdict === 'wrong'));
  const fieldCounts = new Map<Field, number>();
  for (const a of p.articles) for (const f of a.fields) if (f.verdict === 'wrong') fieldCounts.set(f.field, (fieldCounts.get(f.field) ?? 0) + 1);
  const right = p.articles.filter((a) => a.flaws.length === 0).length;
  const head = `${p.date} p${String(p.page).padStart(2, '0')} ${pageFiles(p)}: ${p.articles.length} articles → ${p.outputArticles} output; boundaries right ${right}/${p.articles.length}; wrong fields: ${
    [...fieldCounts].map(([f, n]) => `${f} ${n}`).join(', ') || 'none'
  }; lost ${p.han.lost}/${p.han.total} Han${p.han.lost > 0 ? ` 「${p.han.sample}」` : ''}${p.credits === false ? '; credits not in page data' : ''}`;
  const lines = [head];
  for (const a of wrongArticles.slice(0, articleLines)) {
    const wrong = a.fields.filter((f) => f.verdict === 'wrong').map((f) => `${f.field} ${cut(f.expected) || '∅'} → ${cut(f.got) || '∅'}`);
    lines.push(`    #${a.index + 1} 「${cut(a.title, 14)}」 ${a.flaws.join('+') || 'bounds ok'}${wrong.length ? `; ${wrong.join('; ')}` : ''}`);
  }
  if (wrongArticles.length > articleLines) lines.push(`    … ${wrongArticles.length - articleLines} more articles with faults`);
  return lines;
}
