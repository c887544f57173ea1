// Page descriptions (<meta name="description">, og:description, RSS) built from
// headlines and leads, kept under what search engines show.

import { formatDateZh } from './dates.ts';

/** Cut `text` at `max` characters, ending with `…` when cut. */
export function clip(text: string, max = 120): string {
  const chars = Array.from(text.trim());
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max - 1).join('')}…`;
}

/** `舟山日报2026年4月2日：headline；headline…` for an edition or a page. */
export function editionDescription(paper: string, date: string, titles: readonly string[], where = ''): string {
  return clip(`${paper}${formatDateZh(date)}${where}：${titles.join('；')}`);
}
