// Photos are files next to the article (`photos[].src: ./photo.jpg`); the site finds
// them among the images under content/editions (src/site/photo-files.ts) and Astro
// optimises them. A URL to another site is refused: pages load nothing from another
// origin. Whether a photo can be shown is decided here, once, in English and in
// Chinese: `npm run check`, the content loader (so the build stops before rendering)
// and the article page all ask photoFinding.
import { statSync } from 'node:fs';
import path from 'node:path';

/** The image files the site finds (the glob in src/site/photo-files.ts lists the same; a build test holds them equal). */
export const PHOTO_EXTENSIONS = ['jpg', 'jpeg', 'png', 'webp', 'avif', 'JPG', 'JPEG', 'PNG'] as const;

/** The import.meta.glob key of a photo: `/content/editions/2026-04-02/photo.jpg`. */
export function photoKey(articleFile: string, src: string): string {
  return path.posix.join('/', path.posix.dirname(articleFile.replace(/\\/g, '/')), src.replace(/\\/g, '/'));
}

/** True for `https://…`, `//host/…` and `data:` sources. */
export function isExternalSrc(src: string): boolean {
  return /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(src);
}

/** `exists` for photoFinding: whether a path from `root` is a file. */
export function fileIn(root: string): (file: string) => boolean {
  return (file) => statSync(path.join(root, file), { throwIfNoEntry: false })?.isFile() === true;
}

const isPhotoFile = (file: string) => (PHOTO_EXTENSIONS as readonly string[]).includes(file.split('.').at(-1) ?? '');

export interface PhotoFinding {
  /** `photos[0].src` */
  field: string;
  en: string;
  zh: string;
}

/**
 * Why photo `index` of `articleFile` (from the project root) cannot be shown, or
 * undefined when it can. `exists` answers for a path from the project root.
 */
export function photoFinding(articleFile: string, index: number, src: string, exists: (file: string) => boolean): PhotoFinding | undefined {
  const field = `photos[${index}].src`;
  if (isExternalSrc(src)) {
    return {
      field,
      en: `field \`${field}\` is "${src}", a link to another site; expected an image file next to the article. Fix: save the picture beside the article and write \`src: ./photo.jpg\`.`,
      zh: `图片文件（${field}）是外站链接“${src}”，网站不从别的网站取图；改法：把图片存到文章旁边，写 \`src: ./photo.jpg\``,
    };
  }
  const file = photoKey(articleFile, src).slice(1);
  if (isPhotoFile(file) && exists(file)) return undefined;
  return {
    field,
    en: `field \`${field}\` is "${src}" but there is no such image at ${file}; expected a .jpg, .png, .webp or .avif file next to the article. Fix: add the file or correct the name.`,
    zh: isPhotoFile(file)
      ? `图片文件（${field}）是“${src}”，但 ${file} 不存在；改法：把 .jpg/.png/.webp/.avif 图片放到文章文件旁边，或改正文件名`
      : `图片文件（${field}）是“${src}”，网站只认 .jpg/.jpeg/.png/.webp/.avif 图片；改法：把图片另存为 .jpg 或 .png，放到文章文件旁边`,
  };
}

/** Every photo of an article that cannot be shown, as the build words it (file first, Chinese under the English). */
export function photoMessages(articleFile: string, photos: readonly { src?: string | undefined }[] | undefined, exists: (file: string) => boolean): string[] {
  return (photos ?? []).flatMap((photo, i) => {
    const finding = photo.src ? photoFinding(articleFile, i, photo.src, exists) : undefined;
    return finding ? [`${articleFile}: ${finding.en}\n  ${finding.zh}`] : [];
  });
}
