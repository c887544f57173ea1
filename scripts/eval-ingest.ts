// npm run eval:ingest -- <corpus folder> [--pages N] [--months 2019-10,2020-02] [--worst 10] [--dump <dir>]
// Lays real e-paper articles out as extracted pages, runs the ingest's public entry
// (ingestPage) on each and scores its output against the layout's truth. Thin: the
// steps are pure modules in scripts/lib/eval/ (docs/ingest-eval.md).
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { ingestPage } from '#src/ingest/page.ts';
import { adaptError, adaptIngested, knownFrom } from './lib/eval/adapt.ts';
import { parseEvalArgs, USAGE } from './lib/eval/args.ts';
import { readCorpus } from './lib/eval/corpus.ts';
import { planEdition, type EditionPlan } from './lib/eval/edition.ts';
import { layoutPage, type LaidOutPage } from './lib/eval/layout.ts';
import { formatPage, formatSummary } from './lib/eval/report.ts';
import { scorePage, type OutputPage, type PageScore } from './lib/eval/score.ts';
import { selectPages } from './lib/eval/select.ts';
import { summarise, worstPages } from './lib/eval/summary.ts';

/** Corpus text must never land in the repository: a dump goes outside it, or into its ignored corpus folders. */
function dumpRefusal(dump: string): string | undefined {
  const root = process.cwd();
  const inside = (dir: string): boolean => {
    const rel = relative(dir, resolve(dump));
    return rel === '' || (!rel.startsWith('..') && !rel.startsWith('/'));
  };
  if (!inside(root) || inside(join(root, 'corpus')) || inside(join(root, '.corpus'))) return undefined;
  return `--dump ${dump} is inside the repository; corpus text is never kept there. Use a folder outside it (e.g. /work/corpus/dump) or ./corpus/ (ignored by git).`;
}

function main(argv: readonly string[]): number {
  const args = parseEvalArgs(argv);
  switch (args.kind) {
    case 'help':
      console.log(USAGE);
      return 0;
    case 'refuse':
      console.error(args.message);
      return 2;
    case 'run':
      break;
    default: {
      const unknown: never = args;
      throw new Error(`unhandled arguments ${JSON.stringify(unknown)}`);
    }
  }
  if (!existsSync(args.folder) || !statSync(args.folder).isDirectory()) {
    console.error(`${args.folder}: no such folder; give the folder the corpus was unpacked into (e.g. /work/corpus/rmrb)`);
    return 2;
  }
  const refusal = args.dump === undefined ? undefined : dumpRefusal(args.dump);
  if (refusal) {
    console.error(refusal);
    return 2;
  }
  const started = Date.now();
  const { editions, skipped } = readCorpus(args.folder, args.months);
  for (const s of skipped) console.error(`not read: ${s} (a reserved month)`);
  if (editions.length === 0) {
    console.error(`${args.folder}: no article files (YYYYMMDD-PP-NN.txt)${args.months ? ` of ${args.months.join(', ')}` : ''} found under it`);
    return 2;
  }
  const plans = new Map<string, EditionPlan>(editions.map((e) => [e.date, planEdition(e)]));
  const selected = selectPages([...plans.values()], args.pages);
  const total = [...plans.values()].reduce((n, p) => n + p.pages.length, 0);

  // Pages are ingested in edition order; a continued part needs its first part's page
  // ingested before it (KnownArticle), so that page is ingested too when not selected.
  const outputs = new Map<string, OutputPage>();
  const known = new Map<string, ReturnType<typeof knownFrom>>();
  const encoder = new TextEncoder();
  const ingest = (plan: EditionPlan, laid: LaidOutPage): OutputPage => {
    const id = `${laid.date}/${laid.page}`;
    const done = outputs.get(id);
    if (done) return done;
    for (const a of laid.truth.articles) {
      const from = a.continuedFrom === undefined ? undefined : layoutPage(plan, a.continuedFrom);
      if (from) ingest(plan, from);
    }
    let out: OutputPage;
    try {
      const result = ingestPage({ bytes: encoder.encode(laid.text), date: laid.date, page: laid.page, known: () => known.get(laid.date) ?? [] });
      known.set(laid.date, [...(known.get(laid.date) ?? []), ...knownFrom(result)]);
      out = adaptIngested(result);
    } catch (e) {
      out = adaptError(e);
    }
    outputs.set(id, out);
    return out;
  };

  const scores: PageScore[] = [];
  if (args.dump) mkdirSync(args.dump, { recursive: true });
  for (const ref of selected) {
    const plan = plans.get(ref.date);
    const laid = plan && layoutPage(plan, ref.page);
    if (!plan || !laid) continue;
    const score = scorePage(laid, ingest(plan, laid));
    scores.push(score);
    if (args.dump) {
      const base = join(args.dump, `${laid.date}-p${String(laid.page).padStart(2, '0')}`);
      writeFileSync(`${base}.txt`, laid.text);
      writeFileSync(`${base}.truth.json`, `${JSON.stringify({ files: laid.files, style: laid.style, truth: laid.truth, blocks: laid.blocks.map((b) => ({ role: b.role, text: b.text })) }, null, 1)}\n`);
      writeFileSync(`${base}.score.json`, `${JSON.stringify(score, null, 1)}\n`);
    }
  }

  const summary = summarise(scores);
  const months = args.months ? ` --months ${args.months.join(',')}` : '';
  const heading = `eval:ingest ${args.folder}${months}: ${scores.length} of ${total} pages${args.pages !== undefined && args.pages < total ? ' (seeded sample)' : ''}, ${((Date.now() - started) / 1000).toFixed(1)} s`;
  const lines = formatSummary(summary, heading);
  const worst = worstPages(scores, args.worst);
  if (worst.length > 0) lines.push('', `worst ${worst.length} read pages:`, ...worst.flatMap((p) => formatPage(p)));
  if (args.dump) lines.push('', `laid-out pages, truths and scores written to ${args.dump}`);
  console.log(lines.join('\n'));
  return 0;
}

process.exitCode = main(process.argv.slice(2));
