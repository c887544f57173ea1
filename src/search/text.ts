// Words the search page shows: filter names, a result's date line, and what to try
// when nothing was found.
import { defaultPageName } from '#src/content/defaults.ts';
import { pageLabel } from '#src/site/editions.ts';
import type { SearchHit, SearchOutcome } from './engine.ts';

/** Pagefind filter name → label, in the order the filters are shown. */
export const FILTER_LABELS = { date: '日期', page: '版面', column: '栏目' } as const;

export function formatHitMeta(hit: Pick<SearchHit, 'date' | 'page' | 'pageName' | 'column'>): string {
  const [y, m, d] = hit.date.split('-').map(Number);
  const date = y ? `${y}年${m}月${d}日` : '';
  const page = hit.page > 0 ? pageLabel({ number: hit.page, name: hit.pageName ?? defaultPageName(hit.page) }) : '';
  return [date, page, hit.column].filter(Boolean).join(' · ');
}

/** The rule the search page's help line states (src/pages/search/index.astro), kept beside the words that depend on it. */
export const SEARCH_HELP =
  '在页面顶部的搜索框输入关键词，结果随输入更新；空格分开的几个词须同时出现，引号里的词按整个词组查找。标点和引号不影响查找（“舟山,宁波”也能找到“舟山、宁波”）；繁体字、全角字母数字也能找到。';

/** What the search page says before a query, and its button and filter words. */
export const PROMPT = '输入关键词开始搜索。';
export const MORE_LABEL = '显示更多';
export const ALL_LABEL = '全部';

/** Every fixed word the search page may show, for the 繁體 data of the site-wide pages (src/hant/). */
export function searchPageWords(): string[] {
  const outcome = { hits: [], candidates: 2, checked: 1 };
  return [
    SEARCH_HELP, PROMPT, MORE_LABEL, ALL_LABEL, ...Object.values(FILTER_LABELS),
    emptyAdvice('', []), emptyAdvice('', ['', '']), foundText('', outcome), foundText('', { ...outcome, checked: 2 }), foundText('', { ...outcome, searchedSince: '2025' }),
    formatHitMeta({ date: '2026-01-01', page: 1 }),
  ];
}

export function emptyAdvice(query: string, terms: readonly string[]): string {
  if (terms.length === 0) return `“${query}”里没有可查找的文字：标点和引号不参与查找，请输入字词。`;
  const tips = ['换一个更短的词', '检查有没有错别字'];
  if (terms.length > 1) tips.unshift('空格分开的词必须同时出现，试试只搜其中一个');
  tips.push('或到“往期”按日期浏览');
  return `没有找到包含“${query}”的文章。可以${tips.join('，')}。`;
}

/**
 * The result count: exact once every candidate is checked, else what is shown so far;
 * while older years are not searched yet (see engine.ts), from which year.
 */
export function foundText(query: string, outcome: Pick<SearchOutcome, 'hits' | 'candidates' | 'checked' | 'searchedSince'>): string {
  const since = outcome.searchedSince ? `${outcome.searchedSince}年以来` : '';
  const count =
    outcome.checked >= outcome.candidates
      ? `${since}找到 ${outcome.hits.length} 篇包含“${query}”的文章`
      : `${since}已找到 ${outcome.hits.length} 篇包含“${query}”的文章，另有 ${outcome.candidates - outcome.checked} 篇待查看`;
  return since ? `${count}；更早的报纸，点“显示更多”继续查找。` : `${count}。`;
}
