// /YYYY/MM/DD/share-card.png: the edition's masthead and date as the picture of a
// shared link (og:image) for its pages and its articles without a photo: one image
// an edition, drawn at build time (src/site/share-card.ts).
import type { APIRoute, GetStaticPaths } from 'astro';
import { digestOf } from '#src/site/cache-keys.ts';
import { loadEditions } from '#src/site/load.ts';
import { editionParams } from '#src/site/paths.ts';
import { shareCardPng } from '#src/site/share-card.ts';

export const getStaticPaths = (async () =>
  (await loadEditions()).map((edition) => ({
    params: editionParams(edition.date),
    props: { paper: edition.paper, date: edition.date },
    // The card shows the paper's name and the date, nothing else (src/site/cache-keys.ts).
    cacheKey: digestOf({ paper: edition.paper, date: edition.date }),
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ paper: string; date: string }> = async ({ props }) =>
  new Response(new Uint8Array(await shareCardPng(props.paper, props.date)), { headers: { 'Content-Type': 'image/png' } });
