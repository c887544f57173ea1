// The page grammar, as the roles that may follow one another:
//
//   page    := banner* furniture* (article | headless)+ furniture*
//   article := 栏目* 引题? 主题 主题行* (副题 | 系列)* body*   (body* empty: a photo item, never last on the page)
//            | 简讯 (条目标题 段落+ | 段落)+
//   body    := byline | caption | credit | box | section | subheading | paragraph cut* | jump | closing | …
//   box     := box-title box-line+
//
// A headless article (a continued part without its headline, or text above the first
// headline) may only open the page. Furniture (editor lines) may stand anywhere
// between blocks of text. The weights of the allowed transitions are learned; what is
// not allowed here is never read.
import { ROLES, ROLE_COUNT, roleIndex, type Role } from './roles.ts';

/** A role that opens an article when it does not follow these roles. */
const OPENS: Partial<Record<Role, readonly Role[]>> = {
  column: ['column', 'jumpIn'],
  kicker: ['column', 'jumpIn'],
  title: ['column', 'kicker', 'jumpIn'],
  briefTitle: ['column', 'jumpIn'],
  // A continued part opens at its 上接 line unless its headline was printed above it.
  jumpIn: ['column', 'kicker', 'title', 'titleMore', 'subtitle', 'series', 'briefTitle'],
};

/** True when a block with role `role` after one with role `prev` starts a new article. */
export function opensArticle(prev: Role | undefined, role: Role): boolean {
  const after = OPENS[role];
  if (after === undefined) return false;
  return prev === undefined || !after.includes(prev);
}

const NEW: Role[] = ['column', 'kicker', 'title', 'briefTitle', 'jumpIn'];
const BODY: Role[] = ['byline', 'caption', 'credit', 'boxTitle', 'section', 'subheading', 'para', 'jumpOut', 'closing', 'verse', 'qa', 'summary'];
const AFTER_TEXT: Role[] = [...BODY, 'editor', ...NEW];

const FOLLOWS: Record<Role, readonly Role[]> = {
  banner: ['banner', 'editor', ...NEW, ...BODY],
  editor: ['editor', ...NEW, ...BODY, 'briefPara', 'briefItem'],
  column: ['column', 'kicker', 'title', 'briefTitle'],
  kicker: ['kicker', 'title'],
  // A headline is mostly followed by something of its article; a photo item whose picture is all it has is a
  // headline alone, and the next headline or an editor line follows (never the page's end: a headline group
  // there is a box or the foot of the last article).
  title: ['titleMore', 'subtitle', 'series', 'jumpIn', 'editor', ...BODY, ...NEW],
  titleMore: ['titleMore', 'subtitle', 'series', 'jumpIn', 'editor', ...BODY, ...NEW],
  subtitle: ['subtitle', 'series', 'jumpIn', 'editor', ...BODY, ...NEW],
  series: ['series', 'subtitle', 'jumpIn', ...BODY],
  byline: AFTER_TEXT,
  caption: AFTER_TEXT,
  credit: AFTER_TEXT,
  boxTitle: ['boxItem'],
  boxItem: [...AFTER_TEXT, 'boxItem'],
  section: BODY,
  subheading: BODY,
  para: [...AFTER_TEXT, 'cont'],
  cont: [...AFTER_TEXT, 'cont'],
  jumpOut: AFTER_TEXT,
  // A continued part may print its 上接 line above its repeated headline; glued to the text, the rest of its paragraph follows.
  jumpIn: [...BODY, 'editor', 'column', 'kicker', 'title', 'cont'],
  closing: AFTER_TEXT,
  verse: AFTER_TEXT,
  qa: [...AFTER_TEXT, 'cont'],
  summary: [...AFTER_TEXT, 'cont'],
  briefTitle: ['briefItem', 'briefPara', 'byline', 'editor', 'caption'],
  briefItem: ['briefPara'],
  briefPara: ['briefPara', 'briefCont', 'briefItem', 'closing', 'caption', 'credit', 'editor', ...NEW],
  briefCont: ['briefPara', 'briefCont', 'briefItem', 'closing', 'caption', 'credit', 'editor', ...NEW],
};

/** Roles the page may open with: a banner, furniture, an article, or a headless part. */
const STARTS: Role[] = ['banner', 'editor', ...NEW, ...BODY];
/** Roles that may not close the page: they announce something that must follow. */
const NOT_LAST: Role[] = ['column', 'kicker', 'title', 'titleMore', 'subtitle', 'series', 'briefTitle', 'boxTitle', 'briefItem', 'section', 'subheading'];

export interface Grammar {
  /** allowed[prev * ROLE_COUNT + role] */
  allowed: Uint8Array;
  /** For each role, the roles that may come before it. */
  before: number[][];
  start: Uint8Array;
  end: Uint8Array;
}

function build(): Grammar {
  const allowed = new Uint8Array(ROLE_COUNT * ROLE_COUNT);
  for (const prev of ROLES) for (const next of FOLLOWS[prev]) allowed[roleIndex(prev) * ROLE_COUNT + roleIndex(next)] = 1;
  const before = ROLES.map((_, r) => ROLES.flatMap((_, p) => (allowed[p * ROLE_COUNT + r] ? [p] : [])));
  const start = new Uint8Array(ROLE_COUNT);
  for (const r of STARTS) start[roleIndex(r)] = 1;
  const end = new Uint8Array(ROLE_COUNT).fill(1);
  for (const r of NOT_LAST) end[roleIndex(r)] = 0;
  return { allowed, before, start, end };
}

export const GRAMMAR: Grammar = build();

export const isAllowed = (prev: Role, next: Role): boolean => GRAMMAR.allowed[roleIndex(prev) * ROLE_COUNT + roleIndex(next)] === 1;
