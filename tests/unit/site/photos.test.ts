import { describe, expect, test } from 'vitest';
import { isExternalSrc, photoKey, photoProblem } from '#src/content/photos.ts';

const file = 'content/editions/2026-04-02/01-06.md';

describe('photoKey', () => {
  test.each([
    ['./photo.jpg', '/content/editions/2026-04-02/photo.jpg'],
    ['photo.jpg', '/content/editions/2026-04-02/photo.jpg'],
    ['img/a.png', '/content/editions/2026-04-02/img/a.png'],
    ['../shared/a.png', '/content/editions/shared/a.png'],
  ])('%s beside the article is %s', (src, key) => expect(photoKey(file, src)).toBe(key));
});

describe('isExternalSrc', () => {
  test.each([
    ['https://cdn.example.com/a.jpg', true],
    ['//cdn.example.com/a.jpg', true],
    ['data:image/png;base64,AA', true],
    ['./a.jpg', false],
    ['a.jpg', false],
  ])('%s → %s', (src, out) => expect(isExternalSrc(src)).toBe(out));
});

describe('photoProblem', () => {
  test('refuses a picture from another site, naming file and field', () => {
    expect(photoProblem(file, 0, 'https://x.example/a.jpg', false)).toMatch(/01-06\.md: field `photos\[0\]\.src`.*another site.*Fix:/);
  });
  test('names the missing file', () => {
    expect(photoProblem(file, 1, './nope.jpg', false)).toContain('no such image at content/editions/2026-04-02/nope.jpg');
  });
  test('has nothing to say about a file that exists', () => {
    expect(photoProblem(file, 0, './a.jpg', true)).toBeUndefined();
  });
});
