// What a shared link shows (Open Graph, read by WeChat, Weibo and the rest): the
// picture of a page. An article's first photo where it has one; otherwise, and for
// the edition's other pages, the edition's card (src/site/share-card.ts). Always an
// absolute URL on this site: crawlers need it absolute, and nothing is loaded from
// another origin.
import { absoluteUrl, shareCardPath } from './paths.ts';
import { formatDateZh } from './dates.ts';

/** The card's size, the one WeChat, Weibo and Open Graph readers show best (1.91:1). */
export const SHARE_CARD = { width: 1200, height: 630 } as const;

export interface ShareImage {
  url: string;
  width: number;
  height: number;
  type: 'image/png' | 'image/jpeg';
  alt: string;
}

/** The edition's card. */
export function editionShareImage(paper: string, date: string, site: URL | string | undefined): ShareImage {
  return { url: absoluteUrl(shareCardPath(date), site), ...SHARE_CARD, type: 'image/png', alt: `${paper} ${formatDateZh(date)}` };
}

/** A photo as Astro's getImage made it (root-relative `src`, its width and height). */
export function photoShareImage(image: { src: string; attributes: Record<string, unknown> }, alt: string, site: URL | string | undefined): ShareImage {
  return { url: absoluteUrl(image.src, site), width: Number(image.attributes.width), height: Number(image.attributes.height), type: 'image/jpeg', alt };
}
