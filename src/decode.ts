import { isUtf8 } from 'node:buffer';
import chardet from 'chardet';
import iconv from 'iconv-lite';

/** Decoded text of one input, with what was learnt about its bytes. */
export interface Decoded {
  text: string;
  encoding: string;
  warnings: string[];
}

/** Thrown for input that is not text at all; the CLI reports it as one line. */
export class NotTextError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'NotTextError';
  }
}

// Magic numbers of common binary formats people end up feeding to a text tool.
const BINARY_SIGNATURES: ReadonlyArray<{ name: string; bytes: number[] }> = [
  { name: 'PNG image', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { name: 'gzip archive', bytes: [0x1f, 0x8b] },
  { name: 'PDF document', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { name: 'ZIP archive', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { name: 'GIF image', bytes: [0x47, 0x49, 0x46, 0x38] },
];

// UTF-32 first: its little-endian BOM starts with the UTF-16 one.
const BOMS: ReadonlyArray<{ encoding: string; bytes: number[] }> = [
  { encoding: 'utf-8', bytes: [0xef, 0xbb, 0xbf] },
  { encoding: 'utf-32le', bytes: [0xff, 0xfe, 0x00, 0x00] },
  { encoding: 'utf-32be', bytes: [0x00, 0x00, 0xfe, 0xff] },
  { encoding: 'utf-16le', bytes: [0xff, 0xfe] },
  { encoding: 'utf-16be', bytes: [0xfe, 0xff] },
];

const startsWith = (buf: Uint8Array, bytes: number[]) =>
  buf.length >= bytes.length && bytes.every((b, i) => buf[i] === b);

/** A Buffer over the same memory (Buffer.from(uint8array) would copy a possibly large input). */
const asBuffer = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);

/** How many bytes to look at when sniffing for binary content and the encoding. */
const SNIFF_BYTES = 64 * 1024;

/** Share of C0 control bytes (other than tab, newlines, form feed, escape) above which input is binary. */
const MAX_CONTROL_SHARE = 0.1;

/**
 * Bytes to text. A BOM decides the encoding; else valid UTF-8 is UTF-8; else UTF-8 with a few
 * broken bytes stays UTF-8 (they become U+FFFD, with a warning); else chardet guesses among legacy
 * encodings (Windows-1252, Latin-1, Shift_JIS, ...) and iconv-lite decodes. Binary input is refused.
 */
export function decode(bytes: Uint8Array): Decoded {
  const buffer = asBuffer(bytes);
  const bom = BOMS.find((candidate) => startsWith(buffer, candidate.bytes));
  if (bom) return { text: iconv.decode(buffer.subarray(bom.bytes.length), bom.encoding), encoding: bom.encoding, warnings: [] };

  const signature = BINARY_SIGNATURES.find((sig) => startsWith(buffer, sig.bytes));
  if (signature) throw new NotTextError(`binary, not text (${signature.name})`);
  const head = buffer.subarray(0, SNIFF_BYTES);
  if (head.includes(0)) {
    const utf16 = sniffBomlessUtf16(head);
    if (utf16) return { text: iconv.decode(buffer, utf16), encoding: utf16, warnings: [] };
  }
  if (buffer.includes(0)) throw new NotTextError('binary, not text (NUL bytes)');
  if (controlShare(head) > MAX_CONTROL_SHARE) throw new NotTextError('binary, not text (control bytes)');

  if (isUtf8(buffer)) return { text: buffer.toString('utf8'), encoding: 'utf-8', warnings: [] };
  const asUtf8 = buffer.toString('utf8');
  const { replaced, otherNonAscii } = countUtf8Damage(asUtf8, buffer);
  // Legacy 8-bit text almost never forms valid multi-byte UTF-8 sequences; damaged UTF-8 mostly does.
  if (otherNonAscii >= replaced) {
    return { text: asUtf8, encoding: 'utf-8', warnings: [`invalid UTF-8: ${replaced} byte sequence${replaced === 1 ? '' : 's'} replaced with U+FFFD`] };
  }
  const encoding = legacyEncoding(buffer, head);
  return { text: iconv.decode(buffer, encoding), encoding, warnings: [] };
}

/** chardet's guess, made precise for the Western single-byte family and safe to decode with iconv-lite. */
function legacyEncoding(buffer: Buffer, head: Buffer): string {
  const guess = (chardet.detect(head) ?? '').toLowerCase();
  // chardet says ISO-8859-1 for most Western text; bytes 0x80-0x9F (curly quotes, dashes, €) are
  // printable only in its superset Windows-1252, which is also what such files are in practice.
  if (guess === 'iso-8859-1') return hasC1Bytes(buffer) ? 'windows-1252' : 'iso-8859-1';
  // No usable guess (or "UTF-8" for bytes that are not): Windows-1252 decodes every byte.
  if (!guess || guess === 'utf-8' || !iconv.encodingExists(guess)) return 'windows-1252';
  return guess;
}

function hasC1Bytes(buffer: Buffer): boolean {
  for (const byte of buffer) if (byte >= 0x80 && byte <= 0x9f) return true;
  return false;
}

/** U+FFFD that decoding introduced, and the other non-ASCII characters (valid multi-byte sequences). */
function countUtf8Damage(text: string, buffer: Buffer): { replaced: number; otherNonAscii: number } {
  let replacements = 0;
  let nonAscii = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0xfffd) replacements++;
    else if (code >= 0x80 && !(code >= 0xdc00 && code <= 0xdfff)) nonAscii++; // a surrogate pair counts once
  }
  let genuine = 0;
  for (let at = buffer.indexOf(REPLACEMENT_BYTES); at !== -1; at = buffer.indexOf(REPLACEMENT_BYTES, at + 3)) genuine++;
  return { replaced: replacements - genuine, otherNonAscii: nonAscii + genuine };
}
const REPLACEMENT_BYTES = Buffer.from('\ufffd', 'utf8');

function controlShare(head: Buffer): number {
  let controls = 0;
  for (const byte of head) {
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d && byte !== 0x1b) controls++;
  }
  return head.length ? controls / head.length : 0;
}

/** UTF-16 without a BOM shows as every other byte NUL in ASCII-heavy text. */
function sniffBomlessUtf16(head: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  let evenZeros = 0;
  let oddZeros = 0;
  const n = head.length - (head.length % 2);
  for (let i = 0; i < n; i += 2) {
    if (head[i] === 0) evenZeros++;
    if (head[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (pairs === 0) return null;
  if (oddZeros / pairs > 0.4 && evenZeros / pairs < 0.05) return 'utf-16le';
  if (evenZeros / pairs > 0.4 && oddZeros / pairs < 0.05) return 'utf-16be';
  return null;
}
