// The roles a block of a page can play. Every block gets a score for each of them
// (features.ts, model.ts), and the page grammar (grammar.ts) says which may follow
// which; the decoder (decoder.ts) picks the best reading of the whole page.

export const ROLES = [
  /** 通栏标语 across the page top: page data. */
  'banner',
  /** `责任编辑：王某  版式设计：李某`: the page's credits, page data. */
  'editor',
  /** 栏目 label that opens an article (`今日谈`, `聚力打好七大攻坚战·攻坚一线行`). */
  'column',
  /** 引题 above the 主题. */
  'kicker',
  /** First line of the 主题: opens an article unless a 栏目 or 引题 already did. */
  'title',
  /** A further printed line of the same 主题. */
  'titleMore',
  /** 副题, with or without `——`. */
  'subtitle',
  /** A series label printed under the headline (`循迹溯源 …`): the article's 栏目. */
  'series',
  /** A byline line: `□记者 …`, `本报记者 王某`, `本报评论员`. */
  'byline',
  /** A photo caption. */
  'caption',
  /** A photo credit line: `本报记者 张磊摄`. */
  'credit',
  /** The title of a box: `【攻坚清单】`, `相关链接`. */
  'boxTitle',
  /** A line inside a box; lines of a box are never joined. */
  'boxItem',
  /** A section label opening a part of the body: `【一线探访】`. */
  'section',
  /** An in-article subheading. */
  'subheading',
  /** A paragraph, or its first piece. */
  'para',
  /** A piece of the paragraph above, cut at a column foot. */
  'cont',
  /** `（下转第二版）` alone on its line: the article goes on on another page. */
  'jumpOut',
  /** `（上接第一版）` alone on its line: a continued part starts here, with or without its headline. */
  'jumpIn',
  /** A closing note: `（完）`, `（本报记者 王某）`. */
  'closing',
  /** A line of verse (ends in `，` and is not cut). */
  'verse',
  /** A line of an interview (`记者：`, `答：`). */
  'qa',
  /** A summary point (`■ …`) or 提要 line under the headline. */
  'summary',
  /** The title of a news-in-brief collection (`简讯`): opens an article. */
  'briefTitle',
  /** The title of one item of a brief collection: a subheading of that article. */
  'briefItem',
  /** A paragraph inside a brief collection. */
  'briefPara',
  /** A cut piece inside a brief collection. */
  'briefCont',
] as const;

export type Role = (typeof ROLES)[number];

export const ROLE_COUNT = ROLES.length;
export const roleIndex = (r: Role): number => ROLES.indexOf(r);

/** Roles whose block is a line of an article's headline group. */
export const HEAD_ROLES: readonly Role[] = ['column', 'kicker', 'title', 'titleMore', 'subtitle', 'series', 'briefTitle'];

/** What the review report calls each role, in the editors' words. */
export const ROLE_NAMES: Readonly<Record<Role, string>> = {
  banner: 'the page banner (通栏标语)',
  editor: 'an editor line (page credits)',
  column: 'a 栏目 label',
  kicker: 'an 引题',
  title: 'a 主题',
  titleMore: 'a second line of the 主题',
  subtitle: 'a 副题',
  series: 'a series label under the headline',
  byline: 'a byline',
  caption: 'a photo caption',
  credit: 'a photo credit',
  boxTitle: 'a box title',
  boxItem: 'a line of a box',
  section: 'a section label',
  subheading: 'a subheading',
  para: 'a paragraph',
  cont: 'the rest of the paragraph above (cut at a column foot)',
  jumpOut: 'a 下转 jump line',
  jumpIn: 'a 上接 jump line (a continued part starts)',
  closing: 'a closing note',
  verse: 'a line of verse',
  qa: 'a line of an interview',
  summary: 'a summary point',
  briefTitle: 'the title of a news-in-brief collection',
  briefItem: 'the title of a brief item',
  briefPara: 'a paragraph of a brief item',
  briefCont: 'the rest of a brief paragraph (cut at a column foot)',
};
