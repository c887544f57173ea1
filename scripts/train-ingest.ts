// npm run train:ingest -- [<corpus folder> --months 2019-10,2020-02] [--layouts 6] [--epochs 14] [--l2 0.5]
// Learns the page model's weights (src/ingest/weights.json): the page model as a
// linear-chain CRF (scripts/lib/train/crf.ts) and the kicker splitter
// (scripts/lib/train/kicker.ts), from labelled pages: our own convention pages and the
// sample (tests/fixtures/ingest/labelled/, tests/fixtures/ingest/kickers.tsv), and, when
// a corpus is given, its pages laid out as extracted pages by the evaluation's layout,
// with the roles its truth gives. Deterministic: the same pages give the same weights.
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { DEFAULT_CRF, prepare, readable, train } from './lib/train/crf.ts';
import { corpusPages } from './lib/train/from-layout.ts';
import { trainKicker } from './lib/train/kicker.ts';
import { KICKERS_FILE, readKickers, readLabelledDir, recombine } from './lib/train/labelled.ts';

/** Pages put together from the articles of our labelled pages. */
const RECOMBINED = 600;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    months: { type: 'string', default: '2019-10,2020-02' },
    epochs: { type: 'string', default: String(DEFAULT_CRF.epochs) },
    l2: { type: 'string', default: String(DEFAULT_CRF.l2) },
    rate: { type: 'string', default: String(DEFAULT_CRF.rate) },
    pages: { type: 'string' },
    layouts: { type: 'string', default: '6' },
    out: { type: 'string', default: 'src/ingest/weights.json' },
  },
});
const options = { epochs: Number(values.epochs), l2: Number(values.l2), rate: Number(values.rate) };
const own = readLabelledDir();
const corpus = positionals[0] ? corpusPages(positionals[0], values.months.split(','), values.pages ? Number(values.pages) : undefined, Number(values.layouts)) : [];
// Our pages are few and each shows a convention the corpus may lack: they count as much as ten corpus pages.
const mine = own.map((p) => prepare(p, 10));
// …and their articles, put together again into more pages, so each convention is learned in other company too.
const mixed = recombine(own, RECOMBINED).map((p) => prepare(p, 6));
// Every other corpus page is read without its column width, so the model learns to read pages that do not show it too.
// A page laid out several times counts once in all: the layouts add variety, not weight against our pages.
const laid = corpus.map((p, i) => prepare(p, 1 / Number(values.layouts), { width: i % 2 === 0 }));
// A page the grammar cannot read as labelled (an e-paper article with a 主题 and no text at all) teaches nothing.
const pages = [...mine, ...mixed.filter(readable), ...laid.filter(readable)];
const unreadable = laid.length - laid.filter(readable).length;
const about =
  `Learned by scripts/train-ingest.ts (linear-chain CRF, ${options.epochs} epochs, L2 ${options.l2}) from ${own.length} labelled pages of tests/fixtures/ingest/labelled/` +
  ` (and ${RECOMBINED} pages put together from their articles)` +
  (corpus.length > 0 ? ` and ${laid.length - unreadable} corpus pages of ${values.months} laid out by scripts/lib/eval/layout.ts (${values.layouts} layouts of each page)` : '') +
  '. Regenerate with `npm run train:ingest -- <corpus folder> --months …`; never edit by hand.';
const t0 = performance.now();
const result = train(pages, about, mine, options);
const kicker = trainKicker(corpus.flatMap((p) => p.kickers ?? []), readKickers());
writeFileSync(values.out, `${JSON.stringify({ ...result.data, kicker: kicker.weights })}\n`);
console.log(`train:ingest  ${pages.length} pages, ${pages.reduce((n, p) => n + p.roles.length, 0)} blocks, ${options.epochs} epochs in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
if (unreadable > 0) console.log(`  ${unreadable} corpus pages left out: the page grammar does not allow their labelled reading (a 主题 with no text)`);
console.log(`  log-loss per block by epoch: ${result.loss.map((x) => x.toFixed(3)).join(' ')}`);
console.log(`  weights scaled by ${result.scale.toPrecision(3)} so that the review scores are calibrated`);
console.log(`  our pages, wrong blocks per correcting round: ${result.mustErrors.join(' ')}`);
if (result.mustErrors.at(-1) !== 0) console.log('  WARNING: some labelled pages are still read wrong; see the tests');
console.log(`  kicker splitter: one-block headlines read wrong per round ${kicker.errors.join(' ')}; our examples ${kicker.mustErrors.join(' ')}; scaled by ${kicker.scale.toPrecision(3)}`);
if (kicker.mustErrors.at(-1) !== 0) console.log(`  WARNING: some of our kicker examples are still read wrong; see ${KICKERS_FILE}`);
console.log(`  wrote ${values.out}`);
