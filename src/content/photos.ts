// Photos are files next to the article (`photos[].src: ./photo.jpg`); the site finds
// them among the images under content/editions (src/site/photo-files.ts) and Astro
// optimises them. A URL to another site is refused: pages load nothing from another
// origin. Whether a photo can be shown is decided here, once, in English and in
// Chinese: `npm run check`, the content loader (so the build stops before rendering)
// and the article page all ask photoFinding.
import { closeSync, openSync, readdirSync, readFileSync, readSync, statSync } from 'node:fs';
import path from 'node:path';
import { imageSize } from 'image-size';

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

/** What a photo's file is: an image the build can optimise, or why not. */
export type PhotoFile = 'image' | 'missing' | 'empty' | 'not-image';

/**
 * A probe for photoFinding: reads the file under `root` and asks image-size (the
 * library Astro itself reads image dimensions with) whether it is an image, so a
 * 0-byte or mislabelled `.jpg` is refused by the check as it is by the build.
 */
export function fileIn(root: string): (file: string) => PhotoFile {
  return (file) => {
    const full = path.join(root, file);
    const stat = statSync(full, { throwIfNoEntry: false });
    if (stat?.isFile() !== true) return 'missing';
    if (stat.size === 0) return 'empty';
    // The dimensions are in the first bytes of every format; the whole file only if they are not.
    const head = Buffer.alloc(Math.min(stat.size, HEAD_BYTES));
    const fd = openSync(full, 'r');
    try {
      readSync(fd, head, 0, head.length, 0);
    } finally {
      closeSync(fd);
    }
    return isImage(head) || (stat.size > HEAD_BYTES && isImage(readFileSync(full))) ? 'image' : 'not-image';
  };
}

const HEAD_BYTES = 256 * 1024;

function isImage(bytes: Uint8Array): boolean {
  try {
    const size = imageSize(bytes);
    return Boolean(size.width && size.height);
  } catch {
    return false;
  }
}

/** Every image file under `dir` (from `root`) that no build could read, as the build words it. */
export function brokenImageMessages(root: string, dir: string): string[] {
  const probe = fileIn(root);
  const abs = path.join(root, dir);
  if (statSync(abs, { throwIfNoEntry: false })?.isDirectory() !== true) return [];
  return (readdirSync(abs, { recursive: true }) as string[])
    .map((f) => path.posix.join(dir, f.split(path.sep).join('/')))
    .filter(isPhotoFile)
    .sort()
    .flatMap((file) => {
      const words = brokenImage(probe(file));
      return words ? [`${file}:1: ${words.en}\n  ${words.zh}`] : [];
    });
}

/** True when `file` (from the project root) is an image the site finds (its glob: src/site/photo-files.ts). */
export const isPhotoFile = (file: string): boolean => (PHOTO_EXTENSIONS as readonly string[]).includes(file.split('.').at(-1) ?? '');


export interface PhotoFinding {
  /** `photos[0].src` */
  field: string;
  en: string;
  zh: string;
}

/**
 * Why photo `index` of `articleFile` (from the project root) cannot be shown, or
 * undefined when it can. `probe` answers for a path from the project root (`true`
 * and `false` stand for an image and a missing file).
 */
export function photoFinding(articleFile: string, index: number, src: string, probe: (file: string) => PhotoFile | boolean): PhotoFinding | undefined {
  const field = `photos[${index}].src`;
  if (isExternalSrc(src)) {
    return {
      field,
      en: `field \`${field}\` is "${src}", a link to another site; expected an image file next to the article. Fix: save the picture beside the article and write \`src: ./photo.jpg\`.`,
      zh: `图片文件（${field}）是外站链接“${src}”，网站不从别的网站取图；改法：把图片存到文章旁边，写 \`src: ./photo.jpg\``,
    };
  }
  const file = photoKey(articleFile, src).slice(1);
  // The folder holding the edition folders (content/editions, where the site's image glob looks).
  const editions = path.posix.dirname(path.posix.dirname(articleFile.replace(/\\/g, '/')));
  if (!file.startsWith(`${editions}/`)) {
    return {
      field,
      en: `field \`${field}\` is "${src}", which leads out of ${editions}/ (to ${file}); the site takes photos only from the edition folders. Fix: save the picture beside the article and write \`src: ./photo.jpg\`.`,
      zh: `图片文件（${field}）是“${src}”，指到了 ${editions}/ 之外（${file}），网站只从各期文件夹取图；改法：把图片存到文章旁边，写 \`src: ./photo.jpg\``,
    };
  }
  const found = isPhotoFile(file) ? probe(file) : 'missing';
  const state: PhotoFile = found === true ? 'image' : found === false ? 'missing' : found;
  if (state === 'image') return undefined;
  if (state === 'empty' || state === 'not-image') return notAnImage(field, src, file, state);
  return {
    field,
    en: `field \`${field}\` is "${src}" but there is no such image at ${file}; expected a .jpg, .png, .webp or .avif file next to the article. Fix: add the file or correct the name.`,
    zh: isPhotoFile(file)
      ? `图片文件（${field}）是“${src}”，但 ${file} 不存在；改法：把 .jpg/.png/.webp/.avif 图片放到文章文件旁边，或改正文件名`
      : `图片文件（${field}）是“${src}”，网站只认 .jpg/.jpeg/.png/.webp/.avif 图片；改法：把图片另存为 .jpg 或 .png，放到文章文件旁边`,
  };
}

function notAnImage(field: string, src: string, file: string, state: 'empty' | 'not-image'): PhotoFinding {
  const what = state === 'empty' ? 'an empty file (0 bytes)' : 'not an image the site can read';
  const whatZh = state === 'empty' ? '是空文件（0 字节）' : '不是网站能读的图片';
  return {
    field,
    en: `field \`${field}\` is "${src}" but ${file} is ${what}; expected a .jpg, .png, .webp or .avif picture. Fix: save the picture again (export it as JPEG or PNG) and replace the file.`,
    zh: `图片文件（${field}）是“${src}”，但 ${file} ${whatZh}；改法：重新导出图片（存为 JPEG 或 PNG），替换这个文件`,
  };
}

/** An image file in an edition folder that no build could read: the build reads every one (src/site/photo-files.ts). */
export function brokenImage(state: PhotoFile): { en: string; zh: string } | undefined {
  if (state !== 'empty' && state !== 'not-image') return undefined;
  const what = state === 'empty' ? 'an empty file (0 bytes)' : 'a file that is not an image the site can read';
  return {
    en: `this is ${what}, with an image's name; the build reads every image in the edition folders and stops at it. Fix: export the picture again as JPEG or PNG, or delete the file.`,
    zh: `这个文件名是图片，却${state === 'empty' ? '是空文件（0 字节）' : '不是网站能读的图片'}；网站构建时会读每一张图片，读到它就会停下；改法：重新导出为 JPEG 或 PNG，或删去这个文件`,
  };
}

/** Every photo of an article that cannot be shown, as the build words it (file first, Chinese under the English). */
export function photoMessages(
  articleFile: string,
  photos: readonly { src?: string | undefined }[] | undefined,
  probe: (file: string) => PhotoFile,
  lineOf: (file: string, path: readonly PropertyKey[]) => number = () => 1,
): string[] {
  return (photos ?? []).flatMap((photo, i) => {
    const finding = photo.src ? photoFinding(articleFile, i, photo.src, probe) : undefined;
    return finding ? [`${articleFile}:${lineOf(articleFile, ['photos', i, 'src'])}: ${finding.en}\n  ${finding.zh}`] : [];
  });
}
