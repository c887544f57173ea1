// Bylines: reading the ones the e-paper text holds (a dateline, a trailing
// `（本报记者 某某）`) and writing any byline in the CMS form of article-format.md:
// role and names separated by one space, `、` between names becoming a space,
// `□` and the padding inside two-character names (`李  舸`) dropped.

/** One role and its names: `记者 张三 李四`. */
export interface Credit {
  role?: string;
  names: string[];
}

/** Longest first, so `本报记者` wins over `记者`. */
const ROLES = [
  '本报特约记者',
  '本报见习记者',
  '新华社记者',
  '特约通讯员',
  '本报记者',
  '特约记者',
  '见习记者',
  '实习记者',
  '摄影记者',
  '通讯员',
  '实习生',
  '记者',
].sort((a, b) => b.length - a.length);

const NAME = /^[\p{Script=Han}·]{2,6}$/u;
/** A token that names work, not a person: the byline is not a plain one. */
// (Not 文 or 图: 张文 is a name; `某某文` credits only occur in photo credit lines, which are not read here.)
const NOT_A_NAME = /(整理|采写|编译|报道|摄影|摄|供图|综合|执笔)$/u;

export const cmsByline = (credits: readonly Credit[]): string =>
  credits
    .flatMap((c) => [...(c.role ? [c.role] : []), ...c.names])
    .join(' ');

/**
 * `记者林某、李某 通讯员 王某` → credits; undefined when any part is not a role or a
 * name (then a human would have to decide, and the eval does not score it).
 */
export function parseCredits(text: string): Credit[] | undefined {
  const tokens = text.split(/[\s、，,]+/u).filter((t) => t !== '');
  const credits: Credit[] = [];
  let single: string | undefined;
  const addName = (name: string): boolean => {
    if (credits.length === 0) credits.push({ names: [] });
    credits.at(-1)?.names.push(name);
    return true;
  };
  for (const token of tokens) {
    const role = ROLES.find((r) => token.startsWith(r));
    const rest = role ? token.slice(role.length) : token;
    if (role) {
      if (single !== undefined) return undefined;
      credits.push({ role, names: [] });
    }
    if (rest === '') continue;
    if (NOT_A_NAME.test(rest)) return undefined;
    // Two-character names are printed padded (`李  舸`): two single characters are one name.
    if (Array.from(rest).length === 1) {
      if (single === undefined) {
        single = rest;
        continue;
      }
      addName(single + rest);
      single = undefined;
      continue;
    }
    if (single !== undefined || !NAME.test(rest)) return undefined;
    addName(rest);
  }
  if (single !== undefined || credits.length === 0 || credits.some((c) => c.names.length === 0)) return undefined;
  return credits;
}

/** What the e-paper text says about the byline. `from` says where it sits, for stories cut across pages. */
export type BylineSource =
  | { kind: 'none' }
  | { kind: 'cms'; text: string; names: string[]; from: 'dateline' | 'trailing' }
  | { kind: 'unsure'; reason: string; from: 'dateline' | 'trailing' };

// 本报北京9月30日电 / 本报电 / 本报讯 / 新华社北京9月30日电 / 据新华社电 / 据新华社科伦坡5月3日电,
// then an optional `（记者 某某、某某）`. A place is a few Han characters (or a list: 布鲁塞尔、曼谷电).
const DATELINE =
  /^(据)?(本报|新华社)(讯|(?:[\p{Script=Han}、]{0,14}?\d{1,2}月\d{1,2}日|[\p{Script=Han}、]{0,8}?)电)\s*(?:[（(]([^（）()]{1,80})[）)])?/u;
const TRAILING = /[（(]((?:本报记者|记者|新华社记者)[^（）()]{1,80})[）)]$/u;

function fromDateline(first: string): BylineSource | undefined {
  const m = DATELINE.exec(first);
  if (!m) return undefined;
  const [, , agency, , inner] = m;
  if (/记者|通讯员|获悉/u.test(m[3] ?? '')) return undefined; // 本报记者从国家电网获悉… is a sentence, not a dateline
  if (agency === '本报') {
    if (!inner) return { kind: 'unsure', reason: 'a 本报 dispatch names no reporter', from: 'dateline' };
    const credits = parseCredits(inner);
    if (!credits) return { kind: 'unsure', reason: `dateline credits not plain: ${inner}`, from: 'dateline' };
    return { kind: 'cms', text: cmsByline(credits), names: credits.flatMap((c) => c.names), from: 'dateline' };
  }
  // 新华社: no reporter named → `新华社`; reporters → `新华社记者 某某 某某` (article-format.md).
  if (!inner) {
    const after = first.slice(m[0].length);
    if (/^\s*(记者|通讯员)/u.test(after)) return { kind: 'unsure', reason: 'a 新华社 dateline with credits outside brackets', from: 'dateline' };
    return { kind: 'cms', text: '新华社', names: [], from: 'dateline' };
  }
  const credits = parseCredits(inner);
  if (!credits || credits.some((c) => c.role !== '记者')) return { kind: 'unsure', reason: `新华社 dateline credits not plain: ${inner}`, from: 'dateline' };
  const names = credits.flatMap((c) => c.names);
  return { kind: 'cms', text: cmsByline([{ role: '新华社记者', names }]), names, from: 'dateline' };
}

function fromTrailing(last: string): BylineSource | undefined {
  const m = TRAILING.exec(last);
  if (!m?.[1]) return undefined;
  const credits = parseCredits(m[1]);
  if (!credits) return { kind: 'unsure', reason: `trailing credits not plain: ${m[1]}`, from: 'trailing' };
  return { kind: 'cms', text: cmsByline(credits), names: credits.flatMap((c) => c.names), from: 'trailing' };
}

// A last paragraph that is a credit line of another form (`周 某图 林某某文`, `某某 某某整理`).
const CREDIT_LINE = /^[^。，；！？：:]{2,24}(图|文|整理|采写|绘)$/u;

/** The byline the e-paper's own text gives (a dateline in the first paragraph, credits closing the last). */
export function bylineOf(paragraphs: readonly string[]): BylineSource {
  const first = paragraphs[0];
  const last = paragraphs.at(-1);
  const dateline = first === undefined ? undefined : fromDateline(first);
  const credit = last !== undefined && paragraphs.length > 1 && CREDIT_LINE.test(last);
  const trailing = last === undefined ? undefined : (fromTrailing(last) ?? (credit ? { kind: 'unsure', reason: `closing credit line: ${last}`, from: 'trailing' } : undefined));
  if (dateline && trailing) return { kind: 'unsure', reason: 'both a dateline and trailing credits', from: 'dateline' };
  return dateline ?? trailing ?? { kind: 'none' };
}
