// "Nothing lost or invented": compare the Han characters of a raw page with those of
// what the ingest produced.
import YAML from 'yaml';

const HAN = /\p{Script=Han}/gu;
export const hanOf = (text: string): string => (text.match(HAN) ?? []).join('');

function count(text: string): Map<string, number> {
  const m = new Map<string, number>();
  for (const ch of hanOf(text)) m.set(ch, (m.get(ch) ?? 0) + 1);
  return m;
}

/** Characters whose count differs between the two texts, e.g. `诊: 2 → 1`. */
export function hanDifference(input: string, output: string): string[] {
  const a = count(input);
  const b = count(output);
  const diffs: string[] = [];
  for (const ch of new Set([...a.keys(), ...b.keys()])) {
    if ((a.get(ch) ?? 0) !== (b.get(ch) ?? 0)) diffs.push(`${ch}: ${a.get(ch) ?? 0} → ${b.get(ch) ?? 0}`);
  }
  return diffs;
}

/**
 * Every string value of a file's frontmatter, and its body, as separate texts. A
 * byline copied out of the dateline (`本报讯（记者 葛高蓉）`) is data derived from text
 * that is still there, so it is left out.
 */
export function fileTexts(content: string): string[] {
  const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/u.exec(content);
  if (!m) throw new Error('no frontmatter');
  const body = m[2] ?? '';
  const data = YAML.parse(m[1] ?? '') as Record<string, unknown>;
  if (typeof data.byline === 'string' && body.includes(`（${data.byline}）`)) delete data.byline;
  const values: string[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === 'string') values.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(data);
  return [...values, body];
}
