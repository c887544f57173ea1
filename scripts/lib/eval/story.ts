// What an e-paper article is, read with the conventions of print: the 栏目 label the
// e-paper appends to the title in brackets, photo credits and the captions they close,
// page credits (版式设计：…) that the e-paper leaves inside the last article's text,
// and the byline its own text gives. These readings become the truth the ingest is
// scored against, so each rule is narrow: what it does not recognise stays body text.
import type { CorpusArticle } from './corpus.ts';
import { bylineOf, type BylineSource } from './byline.ts';
import { fullWidth, tidy } from './text.ts';

/** A picture: its caption and its credit (`新华社记者 某某摄`), as print sets them. */
export interface Photo {
  text?: string;
  credit?: string;
}

export interface Story {
  file: string;
  date: string;
  page: number;
  order: number;
  column?: string;
  kicker?: string;
  /** The e-paper prints the 引题 with a closing `——`. */
  kickerDash: boolean;
  title: string;
  subtitle?: string;
  /** The e-paper prints the 副题 with a leading `——`. */
  subtitleDash: boolean;
  byline: BylineSource;
  /**
   * `（本报记者 某某）` printed as the text's last paragraph: the e-paper keeps it in the
   * text, but it is the byline (article-format.md: the CMS shows it as the byline, and
   * the ingest reads it so); print sets it as a line of its own after the text.
   */
  closingCredit?: string;
  paragraphs: string[];
  photos: Photo[];
  /** Page credits found in the text (`版式设计：某某`): page data, not article text. */
  credits: string[];
}

/** The caption as the truth holds it: text and credit, one space between. */
export const captionOf = (photo: Photo): string => tidy([photo.text, photo.credit].filter((s) => s !== undefined).join(' '));

// Not a column: part numbers and words that belong to the title (`（上）`, `（草案）`).
const TITLE_PART = /^([上中下续]|[\d一二三四五六七八九十]+|草案|摘要|全文|节选|试行|征求意见稿)$/u;

/** `守护一片海（海岛新风）` → title + column; nested brackets allowed (`（…·东区篇（下））`). */
export function splitColumn(title: string): { title: string; column?: string } {
  if (!title.endsWith('）')) return { title };
  let depth = 0;
  const cs = Array.from(title);
  for (let i = cs.length - 1; i >= 0; i--) {
    if (cs[i] === '）') depth++;
    else if (cs[i] === '（' && --depth === 0) {
      const column = tidy(cs.slice(i + 1, -1).join(''));
      const rest = tidy(cs.slice(0, i).join(''));
      const han = Array.from(column).filter((c) => /\p{Script=Han}/u.test(c)).length;
      if (rest === '' || han < 2 || TITLE_PART.test(column)) return { title };
      return { title: rest, column };
    }
  }
  return { title };
}

const PAGE_ROLES = ['版式设计', '本版制图', '本期统筹', '本版统筹', '本版摄影', '本版图片来源', '本版图片', '本版责编', '责任编辑', '本版编辑', '美编', '校对'];
const PAGE_ROLE = new RegExp(`(${PAGE_ROLES.join('|')})[：:]`, 'gu');

/** `版式设计：郭  祥` → [`版式设计：郭 祥`]; undefined unless the whole paragraph is page credits. */
export function pageCredits(paragraph: string): string[] | undefined {
  const hits = [...paragraph.matchAll(PAGE_ROLE)];
  if (hits.length === 0 || hits[0]?.index !== 0) return undefined;
  const out: string[] = [];
  for (const [i, hit] of hits.entries()) {
    const end = hits[i + 1]?.index ?? paragraph.length;
    const value = tidy(paragraph.slice((hit.index ?? 0) + hit[0].length, end));
    if (value === '' || Array.from(value).length > 24 || /[。，；！？]/u.test(value)) return undefined;
    out.push(`${hit[1]}：${value}`);
  }
  return out;
}

/** `新华社记者 某某摄`, `某 某摄（影像中国）`, `新华社发`, `某某供图（新华社发）`. */
export const isPhotoCredit = (p: string): boolean =>
  Array.from(p).length <= 32 && /^[^。，；！？：:]{0,24}(摄|摄影报道|供图|新华社发)([（(][^（）()]{1,12}[）)])?$/u.test(p);

/** A paragraph that is only a bracketed credit: `（本报记者 某某）`. */
const CREDIT_ALONE = /^[（(][^（）()]+[）)]$/u;

const CAPTION_START = /^(图[①-⑳\d]*[：:]|图为|上图|下图|左图|右图|题图)/u;
/**
 * How news agencies word a caption (`这是4月1日在曼谷拍摄的…`, `4月1日，游客在…`,
 * `当地时间十月一日，…`, `近日，…`): right above a photo credit and short, such a
 * paragraph is the picture's caption, as print sets it beside the picture.
 */
const AGENCY_CAPTION = /^(?:这是|(?:当地时间)?(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})月(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})日[，,]|(?:近日|日前|当日|当天)[，,])/u;
const AGENCY_CAPTION_MAX = 160;
const startsCaption = (p: string): boolean => CAPTION_START.test(p) || (AGENCY_CAPTION.test(p) && Array.from(p).length <= AGENCY_CAPTION_MAX);

function takePhotos(paragraphs: readonly string[]): { body: string[]; photos: Photo[] } {
  const body: string[] = [];
  const photos: Photo[] = [];
  for (const p of paragraphs) {
    if (!isPhotoCredit(p)) {
      body.push(p);
      continue;
    }
    const prev = body.at(-1);
    if (prev !== undefined && startsCaption(prev)) {
      body.pop();
      photos.push({ text: prev, credit: p });
    } else photos.push({ credit: p });
  }
  return { body, photos };
}

/**
 * A picture item (图片报道, or a short text closed by a photo credit): its text is the
 * caption. Kept narrow: at most two short paragraphs.
 */
function asPictureItem(title: string, body: string[], photos: Photo[], endsWithCredit: boolean): { body: string[]; photos: Photo[] } {
  const last = photos.at(-1);
  if (!last || last.text !== undefined || body.length === 0 || !endsWithCredit) return { body, photos };
  const short = body.length <= 2 && body.join('').length <= 300;
  if (title !== '图片报道' && !short) return { body, photos };
  return { body: [], photos: [...photos.slice(0, -1), { text: body.join(' '), credit: last.credit }] };
}

const strip = (s: string | undefined, dash: RegExp): string | undefined => {
  const t = s === undefined ? undefined : tidy(s.replace(dash, ''));
  return t === '' ? undefined : t;
};

/**
 * An e-paper article → a story; undefined for what print does not show as an article
 * (an ad slot) and for an article without a 主题, which the truth could not name.
 */
export function toStory(a: CorpusArticle): Story | undefined {
  if (a.title === '广告' || a.title === '') return undefined;
  const credits: string[] = [];
  const rest: string[] = [];
  for (const p of a.paragraphs) {
    const c = pageCredits(p);
    if (c) credits.push(...c);
    else rest.push(p);
  }
  // Headlines are compared exactly: the e-paper's own stray half-width brackets (`…(数据发布)`)
  // are made full-width by the rule the ingest applies, so truth and rule agree.
  const { title, column } = splitColumn(fullWidth(a.title));
  const taken = takePhotos(rest);
  const { body, photos } = asPictureItem(title, taken.body, taken.photos, rest.length > 0 && isPhotoCredit(rest.at(-1) ?? ''));
  const byline = bylineOf(body);
  const last = body.at(-1);
  const closingCredit = byline.kind === 'cms' && byline.from === 'trailing' && body.length > 1 && last !== undefined && CREDIT_ALONE.test(last) ? last : undefined;
  const kicker = strip(a.kicker === undefined ? undefined : fullWidth(a.kicker), /[—–-]+$/u);
  const subtitle = strip(a.subtitle === undefined ? undefined : fullWidth(a.subtitle), /^[—–-]+/u);
  return {
    file: a.file,
    date: a.date,
    page: a.page,
    order: a.order,
    ...(column ? { column } : {}),
    ...(kicker ? { kicker } : {}),
    kickerDash: /[—]$/u.test(a.kicker ?? ''),
    title,
    ...(subtitle ? { subtitle } : {}),
    subtitleDash: /^[—]/u.test(a.subtitle ?? ''),
    byline,
    ...(closingCredit !== undefined ? { closingCredit } : {}),
    paragraphs: closingCredit !== undefined ? body.slice(0, -1) : body,
    photos,
    credits,
  };
}
