// npm run train:ingest -- [<corpus folder> --months 2019-10,2020-02] [--epochs 10]
// Learns the page model's weights (src/ingest/weights.json) with an averaged
// structured perceptron (scripts/lib/train/perceptron.ts) from labelled pages: our own
// convention pages and the sample (tests/fixtures/ingest/labelled/), and, when a corpus
// is given, its pages laid out as extracted pages by the evaluation's layout, with the
// roles its truth gives. Deterministic: the same pages give the same weights.
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { KICKERS_FILE, readKickers, readLabelledDir } from './lib/train/labelled.ts';
import { trainKicker } from './lib/train/kicker.ts';
import { prepare, train } from './lib/train/perceptron.ts';
import { corpusPages } from './lib/train/from-layout.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { months: { type: 'string', default: '2019-10,2020-02' }, epochs: { type: 'string', default: '10' }, pages: { type: 'string' }, out: { type: 'string', default: 'src/ingest/weights.json' } },
});
const epochs = Number(values.epochs);
const own = readLabelledDir();
const corpus = positionals[0] ? corpusPages(positionals[0], values.months.split(','), values.pages ? Number(values.pages) : undefined) : [];
// Our pages are few and each shows a convention the corpus may lack: they count as much as ten corpus pages.
const mine = own.map((p) => prepare(p, 10));
// Every other corpus page is read without its column width, so the model learns to read pages that do not show it too.
const pages = [...mine, ...corpus.map((p, i) => prepare(p, 1, { width: i % 2 === 0 }))];
const about =
  `Learned by scripts/train-ingest.ts (averaged structured perceptron, ${epochs} epochs) from ${own.length} labelled pages of tests/fixtures/ingest/labelled/` +
  (corpus.length > 0 ? ` and ${corpus.length} corpus pages of ${values.months} laid out by scripts/lib/eval/layout.ts` : '') +
  '. Regenerate with `npm run train:ingest -- <corpus folder> --months …`; never edit by hand.';
const t0 = performance.now();
const result = train(pages, epochs, about, mine);
const kicker = trainKicker(corpus.flatMap((p) => p.kickers ?? []), readKickers(), epochs);
writeFileSync(values.out, `${JSON.stringify({ ...result.data, kicker: kicker.weights }, null, 1)}\n`);
console.log(`train:ingest  ${pages.length} pages, ${pages.reduce((n, p) => n + p.roles.length, 0)} blocks, ${epochs} epochs in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
console.log(`  wrong blocks per epoch (before each update): ${result.errors.join(' ')}`);
console.log(`  weights scaled by ${result.scale.toPrecision(3)} so that the review scores are calibrated`);
console.log(`  our pages, wrong blocks per correcting round: ${result.mustErrors.join(' ')}`);
if (result.mustErrors.at(-1) !== 0) console.log('  WARNING: some labelled pages are still read wrong; see the tests');
console.log(`  kicker splitter: one-block headlines read wrong per round ${kicker.errors.join(' ')}; our examples ${kicker.mustErrors.join(' ')}; scaled by ${kicker.scale.toPrecision(3)}`);
if (kicker.mustErrors.at(-1) !== 0) console.log(`  WARNING: some of our kicker examples are still read wrong; see ${KICKERS_FILE}`);
console.log(`  wrote ${values.out}`);
