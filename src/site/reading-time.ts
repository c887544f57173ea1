// Reading time for Chinese text, counted in characters rather than words: an adult
// reads roughly 300–500 汉字 a minute; 400 is used here. Latin words and numbers
// count as one unit each, like a character.

import { bodyText, type BodySource } from './body-text.ts';

export const CHARS_PER_MINUTE = 400;

/** Han characters plus Latin/number words, punctuation and spaces left out. */
export function countReadingUnits(text: string): number {
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  const words = text.match(/[\p{Script=Latin}\d]+(?:[.,'’-][\p{Script=Latin}\d]+)*/gu)?.length ?? 0;
  return han + words;
}

/** Whole minutes to read `body`, at least 1. */
export function readingMinutes(entry: BodySource, perMinute = CHARS_PER_MINUTE): number {
  return Math.max(1, Math.ceil(countReadingUnits(bodyText(entry)) / perMinute));
}
