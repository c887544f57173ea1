// Photos are files next to the article (`photos[].src: ./photo.jpg`); the site
// finds them among the images under content/editions (src/lib/photo-files.ts)
// and Astro optimises them. A URL to another site is refused: pages load nothing
// from another origin.

import path from 'node:path';

/** The import.meta.glob key of a photo: `/content/editions/2026-04-02/photo.jpg`. */
export function photoKey(articleFile: string, src: string): string {
  return path.posix.join('/', path.posix.dirname(articleFile.replace(/\\/g, '/')), src.replace(/\\/g, '/'));
}

/** True for `https://…`, `//host/…` and `data:` sources. */
export function isExternalSrc(src: string): boolean {
  return /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(src);
}

/** Why a photo cannot be shown, as a build error naming file and field; undefined when it can. */
export function photoProblem(articleFile: string, index: number, src: string, found: boolean): string | undefined {
  const field = `photos[${index}].src`;
  if (isExternalSrc(src)) {
    return `${articleFile}: field \`${field}\` is "${src}", a link to another site; expected an image file next to the article. Fix: save the picture beside the article and write \`src: ./photo.jpg\`.`;
  }
  if (!found) {
    return `${articleFile}: field \`${field}\` is "${src}" but there is no such image at ${photoKey(articleFile, src).slice(1)}; expected a .jpg, .png, .webp or .avif file next to the article. Fix: add the file or correct the name.`;
  }
  return undefined;
}
