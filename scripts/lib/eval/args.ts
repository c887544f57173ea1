// The eval command's arguments: npm run eval:ingest -- <corpus folder> [--pages N]
// [--months 2019-10,2020-02] [--worst 10] [--dump <dir>]
import { parseArgs } from 'node:util';
import { RESERVED_MONTHS, reservedIn } from './reserved.ts';

export type EvalArgs =
  | { kind: 'run'; folder: string; pages?: number; months?: string[]; worst: number; dump?: string }
  | { kind: 'help' }
  /** Exit 2 with the message. */
  | { kind: 'refuse'; message: string };

export const USAGE = 'usage: npm run eval:ingest -- <corpus folder> [--pages N] [--months 2019-10,2020-02] [--worst 10] [--dump <dir>]';

const reservedMessage = (what: string, month: string): string =>
  `${what} names ${month}, a month reserved for the final evaluation (${RESERVED_MONTHS.join(', ')}); the eval never reads those. Point it at the development months instead (e.g. /work/corpus/rmrb --months 2019-10,2020-02,2020-05).`;

export function parseEvalArgs(argv: readonly string[]): EvalArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        pages: { type: 'string' },
        months: { type: 'string' },
        worst: { type: 'string' },
        dump: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    return { kind: 'refuse', message: `${e instanceof Error ? e.message : String(e)}\n${USAGE}` };
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: 'help' };
  const [folder, ...extra] = positionals;
  if (folder === undefined) return { kind: 'refuse', message: `no corpus folder given\n${USAGE}` };
  if (extra.length > 0) return { kind: 'refuse', message: `one corpus folder expected, got also: ${extra.join(' ')}\n${USAGE}` };
  const reserved = reservedIn(folder);
  if (reserved) return { kind: 'refuse', message: reservedMessage(`the corpus folder ${folder}`, reserved) };

  const count = (name: string, v: string | undefined): number | string | undefined => {
    if (v === undefined) return undefined;
    const n = Number(v);
    return Number.isInteger(n) && n > 0 ? n : `--${name} ${v}: expected a whole number above 0`;
  };
  const pages = count('pages', values.pages);
  const worst = count('worst', values.worst) ?? 10;
  for (const v of [pages, worst]) if (typeof v === 'string') return { kind: 'refuse', message: `${v}\n${USAGE}` };

  let months: string[] | undefined;
  if (values.months !== undefined) {
    months = values.months.split(',').map((m) => m.trim()).filter((m) => m !== '');
    const bad = months.find((m) => !/^\d{4}-(0[1-9]|1[0-2])$/u.test(m));
    if (bad !== undefined || months.length === 0) return { kind: 'refuse', message: `--months ${values.months}: expected YYYY-MM[,YYYY-MM…], e.g. 2019-10,2020-02` };
    const hit = months.find((m) => RESERVED_MONTHS.includes(m));
    if (hit) return { kind: 'refuse', message: reservedMessage('--months', hit) };
  }
  if (values.dump !== undefined) {
    const r = reservedIn(values.dump);
    if (r) return { kind: 'refuse', message: reservedMessage(`--dump ${values.dump}`, r) };
  }
  return {
    kind: 'run',
    folder,
    ...(typeof pages === 'number' ? { pages } : {}),
    ...(months ? { months } : {}),
    worst: worst as number,
    ...(values.dump !== undefined ? { dump: values.dump } : {}),
  };
}
