import iconv from 'iconv-lite';
import { describe, expect, test } from 'vitest';
import { toBlocks } from '#src/ingest/blocks.ts';
import { decode } from '#src/ingest/decode.ts';
import { IngestError } from '#src/ingest/types.ts';

const TEXT = '全市长护险参保人数超百万\n\n□记者 岑瑜\n\n本报讯 我市已实现全覆盖。“舟惠保”、10%至30%。\n';

describe('decode', () => {
  test('UTF-8 as is', () => {
    expect(decode(new TextEncoder().encode(TEXT))).toEqual({ text: TEXT, encoding: 'UTF-8' });
  });
  test('a UTF-8 BOM is dropped', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(TEXT)]);
    expect(decode(bytes)).toEqual({ text: TEXT, encoding: 'UTF-8 (BOM)' });
  });
  test.each(['gb18030', 'gbk'])('%s from newspaper systems is detected and decoded', (enc) => {
    expect(decode(iconv.encode(TEXT, enc))).toEqual({ text: TEXT, encoding: 'GB18030' });
  });
  test('UTF-16 with its BOM', () => {
    expect(decode(iconv.encode(TEXT, 'utf-16le', { addBOM: true })).text).toBe(TEXT);
  });
  test('an empty file is an error', () => {
    expect(() => decode(new Uint8Array())).toThrow(/the file is empty/);
  });
  test('a binary file is an error that names the line of the first NUL byte', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('第一行\n第二行\n'), 0x00, 0x01, 0x02]);
    try {
      decode(bytes);
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(IngestError);
      expect((err as IngestError).message).toMatch(/binary file/);
      expect((err as IngestError).where?.line).toBe(3);
    }
  });
  test('a PNG is binary', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]);
    expect(() => decode(png)).toThrow(/binary file/);
  });
});

describe('toBlocks', () => {
  test('CRLF, CR, U+3000 indents and NBSP become plain lines with their physical line numbers', () => {
    const blocks = toBlocks('\r\n\u3000\u3000本报讯\u3000我市已实现。\r\n\r\n□记者\u00a0岑瑜\r第三行\n');
    expect(blocks).toEqual([
      { text: '本报讯 我市已实现。', line: 2, block: 1 },
      { text: '□记者 岑瑜', line: 4, block: 2 },
      { text: '第三行', line: 5, block: 3 },
    ]);
  });
  test('text is NFC: a decomposed character is composed', () => {
    expect(toBlocks('Cafe\u0301')[0]?.text).toBe('Café');
  });
});
