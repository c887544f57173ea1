// Bytes → text. Newspaper systems still export GB18030/GBK, sometimes UTF-16, and
// editors' tools add BOMs; the rest of the ingest only ever sees a JS string.
import { analyse } from 'chardet';
import iconv from 'iconv-lite';
import { IngestError } from './types.ts';

export interface Decoded {
  text: string;
  /** The encoding the bytes were read as, for the report. */
  encoding: string;
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** A NUL byte or a run of control bytes means this is not a text page at all. */
function assertNotBinary(bytes: Uint8Array): void {
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    throw new IngestError(
      `this looks like a binary file (a NUL byte at byte ${nul}); expected the page's extracted text (.txt, UTF-8 or GB18030)`,
      { line: lineAt(bytes, nul) },
    );
  }
  let control = 0;
  for (const b of bytes) if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) control++;
  if (control > 8 && control / bytes.length > 0.01) {
    throw new IngestError(
      `this looks like a binary file (${control} control bytes); expected the page's extracted text (.txt, UTF-8 or GB18030)`,
      { line: 1 },
    );
  }
}

function decodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** Encodings a Chinese newspaper's text may come in when it is not UTF-8. */
const LEGACY_CHINESE = new Set(['GB18030', 'GBK', 'GB2312', 'Big5']);

export function decode(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) throw new IngestError('the file is empty; expected the text of a newspaper page', { line: 1 });
  if (startsWith(bytes, [0xff, 0xfe])) return { text: iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16le'), encoding: 'UTF-16LE' };
  if (startsWith(bytes, [0xfe, 0xff])) return { text: iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16be'), encoding: 'UTF-16BE' };
  const body = startsWith(bytes, UTF8_BOM) ? bytes.subarray(3) : bytes;
  assertNotBinary(body);
  const utf8 = decodeUtf8(body);
  if (utf8 !== undefined) return { text: utf8, encoding: body === bytes ? 'UTF-8' : 'UTF-8 (BOM)' };
  // UTF-8 but for a few bytes (a damaged copy): say where the first one is, not guess another encoding.
  const lenient = new TextDecoder('utf-8').decode(body);
  const bad = (lenient.match(/\uFFFD/gu) ?? []).length;
  const good = (lenient.match(/[^\x00-\x7F\uFFFD]/gu) ?? []).length;
  if (good > 0 && bad <= Math.max(3, good / 100)) {
    const at = lenient.indexOf('\uFFFD');
    throw new IngestError(`this line holds a byte that is not UTF-8 (the rest of the file is UTF-8); save the page as UTF-8 again, or retype the damaged character, and run the ingest again`, {
      line: lenient.slice(0, at).split('\n').length,
    });
  }
  // Not valid UTF-8: GB18030 is a superset of GBK and GB2312, so it reads all three.
  const guess = analyse(body).find((m) => LEGACY_CHINESE.has(m.name));
  const encoding = guess?.name === 'Big5' ? 'Big5' : 'GB18030';
  const text = iconv.decode(Buffer.from(body), encoding);
  if (text.includes('\ufffd')) {
    const bad = text.split('\n').findIndex((l) => l.includes('\ufffd'));
    throw new IngestError(
      `the text is neither UTF-8 nor ${encoding}; save the page as UTF-8 and run the ingest again`,
      { line: bad + 1 },
    );
  }
  return { text, encoding };
}
