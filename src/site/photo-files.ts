// The images under content/editions, found at build time by Vite, so a photo's
// `src` resolves to an optimised same-origin image (see src/lib/photos.ts).

import type { ImageMetadata } from 'astro';
import type { ArticleItem } from './load.ts';
import { photoKey, photoProblem } from '#src/content/photos.ts';

const files = import.meta.glob<ImageMetadata>('/content/editions/**/*.{jpg,jpeg,png,webp,avif,JPG,JPEG,PNG}', {
  eager: true,
  import: 'default',
});

/** One image per photo of `entry` (undefined for a caption-only photo); throws when a `src` is wrong. */
export function photoImages(entry: ArticleItem): (ImageMetadata | undefined)[] {
  const file = entry.filePath ?? entry.id;
  return (entry.data.photos ?? []).map((photo, i) => {
    if (!photo.src) return undefined;
    const image = files[photoKey(file, photo.src)];
    const problem = photoProblem(file, i, photo.src, image !== undefined);
    if (problem) throw new Error(`[content] ${problem}`);
    return image;
  });
}
