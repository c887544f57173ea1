// npm run assemble -- --out <folder> [--force] <shard dist> <shard dist> …
// Puts separately built shards (SHARD=2025 npm run build) together into one site to
// deploy (src/build/assemble.ts). Exits 1 with the reason, writing nothing, when the
// shards do not fit together; 2 on a bad command line.
import { parseArgs } from 'node:util';
import { assemble } from '#src/build/assemble.ts';

let parsed;
try {
  parsed = parseArgs({ allowPositionals: true, options: { out: { type: 'string' }, force: { type: 'boolean', default: false } } });
} catch (error) {
  console.error(`[assemble] ${(error as Error).message}\nUsage: npm run assemble -- --out <folder> [--force] <shard dist> <shard dist> …`);
  process.exit(2);
}
const { values, positionals } = parsed;
if (!values.out || positionals.length === 0) {
  console.error('[assemble] Usage: npm run assemble -- --out <folder> [--force] <shard dist> <shard dist> …');
  process.exit(2);
}
try {
  const s = assemble(positionals, values.out, { force: values.force });
  console.log(`[assemble] ${values.out}: shards ${s.shards.join(', ')}; ${s.editions} editions, ${s.files} files, ${s.parts} search index part(s).`);
} catch (error) {
  console.error(`[assemble] ${(error as Error).message}`);
  process.exit(1);
}
