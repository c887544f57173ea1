// The images under content/editions, found at build time by Vite, so a photo's
// `src` resolves to an optimised same-origin image (see src/content/photos.ts). The
// glob must be a literal for Vite: its extensions are PHOTO_EXTENSIONS, and
// tests/build/agreement.test.ts builds a photo of each to hold the two equal.

import type { ImageMetadata } from 'astro';
import type { ArticleItem } from './load.ts';
import { photoFinding, photoKey } from '#src/content/photos.ts';

const files = import.meta.glob<ImageMetadata>('/content/editions/**/*.{jpg,jpeg,png,webp,avif,JPG,JPEG,PNG}', {
  eager: true,
  import: 'default',
});

/** One image per photo of `entry` (undefined for a caption-only photo); throws when a `src` is wrong. */
export function photoImages(entry: ArticleItem): (ImageMetadata | undefined)[] {
  const file = entry.filePath ?? entry.id;
  const found = (path: string) => files[`/${path}`] !== undefined;
  return (entry.data.photos ?? []).map((photo, i) => {
    if (!photo.src) return undefined;
    const finding = photoFinding(file, i, photo.src, found);
    if (finding) throw new Error(`[content] ${file}: ${finding.en}\n  ${finding.zh}`);
    return files[photoKey(file, photo.src)];
  });
}
