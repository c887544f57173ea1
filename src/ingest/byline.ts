// Bylines in the form a CMS shows them (article-format.md): one space between a role
// and its names, `、` between names becoming a space, the padding that print puts in
// two-character names (`李  舸`) and the `□` mark gone. Three places give one: a byline
// line of its own, the credit in a dateline, a `（某某）` closing a short item.
import { AGENCY_PATTERN, BYLINE_MARK, COMMENTARY_CREDITS, OWN_PAPER, ROLES, isAgency, splitDateline } from '#src/content/newsroom.ts';
import { charLength, collapseSpaces, fullWidthPunctuation } from './text.ts';

const ROLES_LONGEST = [...ROLES].sort((a, b) => b.length - a.length);
const AGENCY_AT_START = new RegExp(`^(?:${AGENCY_PATTERN})`, 'u');
const HAN_ONE = /^\p{Script=Han}$/u;

/** `本报记者`, `新华社记者`, `记者`: a credit word with an optional paper or agency before it. */
function splitRole(token: string): { role: string; rest: string } | undefined {
  const paper = token.startsWith(OWN_PAPER) ? OWN_PAPER : (AGENCY_AT_START.exec(token)?.[0] ?? '');
  const after = token.slice(paper.length);
  const role = ROLES_LONGEST.find((r) => after.startsWith(r));
  if (role === undefined) return undefined;
  // `文/图` and `王某/文` keep their slash forms; `文` alone before a name is a role only with a slash.
  if ((role === '文' || role === '图' || role === '摄') && !/^[文图摄](?:\/|$)/u.test(after)) return undefined;
  return { role: paper + role, rest: after.slice(role.length) };
}

/** Where a credit word for a person (`记者`, `本报记者`, `通讯员`, `实习生` …) starts inside a token, after a name of two to four characters; −1 if none. */
function runOnRole(token: string): number {
  const cs = Array.from(token);
  for (let i = 2; i <= Math.min(4, cs.length - 2); i++) {
    const split = splitRole(cs.slice(i).join(''));
    if (split && /(?:记者|通讯员|实习生)$/u.test(split.role)) return cs.slice(0, i).join('').length;
  }
  return -1;
}

/**
 * Printed credits → CMS form: `□记者 吴建波 通讯员 毛燕芳` stays as it is, `记者韩晓明`
 * becomes `记者 韩晓明`, `记者 王某、李某` becomes `记者 王某 李某`, `本报记者 李  舸` becomes
 * `本报记者 李舸`.
 */
export function cmsCredits(printed: string): string {
  const text = collapseSpaces(fullWidthPunctuation(printed.replace(BYLINE_MARK, '')));
  const tokens: string[] = [];
  for (const whole of text.split(/[\s、，,；;]+/u)) {
    // A credit word and its name run together (`记者韩晓明`) are two tokens, and so are a name
    // and the next credit word (`陆娅楠记者`, when a cut at a column foot took the space).
    let raw = whole;
    while (raw !== '') {
      const split = raw.includes('/') ? undefined : splitRole(raw);
      if (split && split.rest !== '' && !split.rest.startsWith('/')) {
        tokens.push(split.role);
        raw = split.rest;
        continue;
      }
      const at = split || raw.includes('/') ? -1 : runOnRole(raw);
      if (at <= 0) {
        tokens.push(raw);
        break;
      }
      tokens.push(raw.slice(0, at));
      raw = raw.slice(at);
    }
  }
  // Two single characters side by side are one padded two-character name.
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    if (HAN_ONE.test(t) && next !== undefined && HAN_ONE.test(next) && !splitRole(t) && !splitRole(next)) {
      out.push(t + next);
      i++;
    } else out.push(t);
  }
  return out.join(' ');
}

/** The bracketed credit of a dateline, and what kind of dateline it is. */
export interface DatelineCredit {
  /** `新华社`, `中新社` …, or undefined for the paper's own (`本报讯`, `本报北京…电`). */
  agency?: string;
  /** What the brackets hold, if any: `记者 王某、李某`. */
  credit?: string;
}

export function datelineCredit(text: string): DatelineCredit | undefined {
  const d = splitDateline(text);
  if (!d) return undefined;
  const inner = /[（(]([^）)]+)[）)]$/u.exec(d.dateline)?.[1];
  const agency = AGENCY_AT_START.exec(d.dateline.replace(/^据/u, ''))?.[0];
  return { ...(agency && agency !== '人民日报' ? { agency } : {}), ...(inner ? { credit: inner } : {}) };
}

/**
 * The byline a dateline gives: `本报讯（记者 葛高蓉）` → `记者 葛高蓉`,
 * `本报北京4月1日电（记者韩晓明）` → `记者 韩晓明`, `新华社北京4月1日电（记者 李宣良、李清华）` →
 * `新华社记者 李宣良 李清华`, `据新华社电` or a 新华社 dateline without a reporter → `新华社`.
 */
export function bylineFromDateline(text: string): string | undefined {
  const d = datelineCredit(text);
  if (!d) return undefined;
  if (d.credit !== undefined) {
    const credit = cmsCredits(d.credit.replace(new RegExp(`^${OWN_PAPER}(?=记者|通讯员)`, 'u'), ''));
    // `本报北京10月18日电（金歆、王迪）`: the names alone, as printed; a bracket that is not names gives nothing.
    if (!splitRole(credit.split(' ')[0] ?? '')) return bareNames(credit) ? credit : undefined;
    if (d.agency === undefined || credit.startsWith(d.agency)) return credit;
    // `（记者 王某 通讯员 李某）` under an agency: the agency goes before the reporters only.
    return credit.replace(/^记者(?= )/u, `${d.agency}记者`);
  }
  return d.agency;
}

const NAME = String.raw`\p{Script=Han}{2,4}`;
/** What a dateline's bracket holds when it credits no person: `（综合报道）`, `（本报消息）`, `（新华社供稿）`. */
const NOT_A_NAME = new RegExp(`(?:${[...ROLES.filter((r) => r.length > 1), '消息', '综合', '供稿', '专电', '电'].join('|')})`, 'u');
const bareNames = (credit: string): boolean => isNameLike(credit) && !NOT_A_NAME.test(credit);
const CREDIT_ROLE = String.raw`(?:${OWN_PAPER}|${AGENCY_PATTERN})?(?:记者|通讯员|实习生)\s*`;
const CREDIT_NAMES = String.raw`${NAME}(?:[\s、]+${NAME}){0,29}`;
// One credit, or several with their roles, one after another: `（新华社记者张某、朱某，本报记者杜某）`.
const TRAILING = new RegExp(String.raw`[（(]\s*((?:${CREDIT_ROLE})?${CREDIT_NAMES}(?:\s*[，,；;]?\s*${CREDIT_ROLE}${CREDIT_NAMES}){0,5})\s*[）)]$`, 'u');
const TRAILING_AGENCY = new RegExp(String.raw`[（(]\s*(?:据)?(${AGENCY_PATTERN})(?:电|消息)?\s*[）)]$`, 'u');

/**
 * `……。（王某）` or `……。（记者 王某）` closing a short item: the credit in CMS form. Only
 * after a sentence end, and never for a word list such as `（上海、北京）`.
 */
export function trailingByline(text: string): string | undefined {
  const t = text.trim();
  const agency = TRAILING_AGENCY.exec(t);
  if (agency?.[1] && isAgency(agency[1])) return /[。！？”]\s*[（(]/u.test(t) || agency.index === 0 ? agency[1] : undefined;
  const m = TRAILING.exec(t);
  if (!m?.[1]) return undefined;
  const before = t.slice(0, m.index).trimEnd();
  if (before !== '' && !/[。！？”…]$/u.test(before)) return undefined;
  const credit = cmsCredits(m[1]);
  // A bare list of names must be one or two people: `（新华社）`, `（北京、上海）` are not bylines.
  if (!splitRole(credit.split(' ')[0] ?? '') && (credit.split(' ').length > 2 || /[、]/u.test(m[1]))) return undefined;
  return credit;
}

/** One to three names of two to four characters, nothing else: a pen name under a commentary title. */
export const isNameLike = (text: string): boolean => {
  const t = text.replace(BYLINE_MARK, '').trim();
  if (!/^[\p{Script=Han}\s·]+$/u.test(t) || charLength(t) > 12) return false;
  const parts = t.split(/\s+/u);
  return parts.length <= 4 && (parts.every((p) => charLength(p) >= 2 && charLength(p) <= 4) || (parts.length === 2 && parts.every((p) => charLength(p) === 1)));
};

/** `本报评论员`, `任仲平`: a commentary credit printed alone under the title. */
export const isCommentaryCredit = (text: string): boolean =>
  (COMMENTARY_CREDITS as readonly string[]).includes(collapseSpaces(text.replace(BYLINE_MARK, '')).replace(/\s/gu, ''));
