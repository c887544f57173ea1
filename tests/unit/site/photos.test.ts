import { describe, expect, test } from 'vitest';
import { isExternalSrc, photoFinding, photoKey } from '#src/content/photos.ts';

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

describe('photoFinding', () => {
  const none = () => false;
  test('refuses a picture from another site, naming the field, in English and Chinese', () => {
    expect(photoFinding(file, 0, 'https://x.example/a.jpg', none)).toEqual({
      field: 'photos[0].src',
      en: expect.stringMatching(/^field `photos\[0\]\.src`.*another site.*Fix:/),
      zh: expect.stringContaining('外站链接'),
    });
  });
  test('names the missing file', () => {
    expect(photoFinding(file, 1, './nope.jpg', none)?.en).toContain('no such image at content/editions/2026-04-02/nope.jpg');
  });
  test('refuses a file the site does not take as an image, even when it is there', () => {
    expect(photoFinding(file, 0, './a.gif', () => true)?.zh).toContain('网站只认');
  });
  test('has nothing to say about an image that exists', () => {
    expect(photoFinding(file, 0, './a.jpg', (f) => f === 'content/editions/2026-04-02/a.jpg')).toBeUndefined();
  });
});
