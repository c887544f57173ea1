// The edition zip's container (src/offline/build/zip.ts), read back by an independent
// reader (fflate's unzip) and checked for what a reader's unzip tool relies on.
import { expect, test } from 'vitest';
import { unzipSync } from 'fflate';
import { crc32 } from 'node:zlib';
import { zipFiles } from '#src/offline/build/zip.ts';

const mtime = new Date('2000-01-01T00:00:00Z');
const page = Buffer.from(`<!doctype html><title>舟山日报</title>${'<p>第一段，正文。</p>'.repeat(200)}`);
const files = [
  ['2026-04-02/index.html', page],
  ['2026-04-02/01/01/index.html', Buffer.from('<p>一篇</p>')],
  ['empty.txt', new Uint8Array(0)],
] as const;

test('every file comes back byte for byte, under its path', () => {
  const back = unzipSync(zipFiles(files, { level: 6, mtime }));
  expect(Object.keys(back)).toEqual(files.map(([name]) => name));
  for (const [name, data] of files) expect(Buffer.from(back[name]!).equals(Buffer.from(data))).toBe(true);
});

test('the same files give the same bytes, and the text is compressed', () => {
  const a = zipFiles(files, { level: 6, mtime });
  expect(Buffer.from(a).equals(Buffer.from(zipFiles(files, { level: 6, mtime })))).toBe(true);
  expect(a.byteLength).toBeLessThan(page.byteLength / 4);
});

test('the central directory records each file as deflated, with its CRC-32 and size', () => {
  const zip = Buffer.from(zipFiles(files, { level: 6, mtime }));
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  expect(zip.readUInt16LE(end + 10)).toBe(files.length);
  let at = zip.readUInt32LE(end + 16);
  for (const [name, data] of files) {
    expect(zip.readUInt32LE(at)).toBe(0x02014b50);
    expect(zip.readUInt16LE(at + 10)).toBe(8); // deflate
    expect(zip.readUInt32LE(at + 16)).toBe(crc32(data));
    expect(zip.readUInt32LE(at + 24)).toBe(data.byteLength);
    const nameLength = zip.readUInt16LE(at + 28);
    expect(zip.subarray(at + 46, at + 46 + nameLength).toString()).toBe(name);
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
});
