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

const BOMS: ReadonlyArray<{ encoding: string; bytes: number[] }> = [
  { encoding: 'utf-8', bytes: [0xef, 0xbb, 0xbf] },
  { encoding: 'utf-16le', bytes: [0xff, 0xfe] },
  { encoding: 'utf-16be', bytes: [0xfe, 0xff] },
];

const startsWith = (buf: Uint8Array, bytes: number[]) =>
  buf.length >= bytes.length && bytes.every((b, i) => buf[i] === b);

/** How many bytes to look at when sniffing for binary content and the encoding. */
const SNIFF_BYTES = 64 * 1024;

/**
 * Bytes to text. A BOM decides the encoding; else valid UTF-8 is UTF-8; else chardet guesses
 * among legacy encodings (Windows-1252, Latin-1, ...) and iconv-lite decodes. Binary input is refused.
 */
export function decode(bytes: Uint8Array): Decoded {
  for (const bom of BOMS) {
    if (startsWith(bytes, bom.bytes)) {
      const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset + bom.bytes.length, bytes.length - bom.bytes.length), bom.encoding);
      return { text, encoding: bom.encoding, warnings: [] };
    }
  }
  for (const sig of BINARY_SIGNATURES) {
    if (startsWith(bytes, sig.bytes)) throw new NotTextError(`binary, not text (${sig.name})`);
  }
  const head = bytes.subarray(0, SNIFF_BYTES);
  if (head.includes(0)) {
    const utf16 = sniffBomlessUtf16(head);
    if (utf16) return { text: iconv.decode(Buffer.from(bytes), utf16), encoding: utf16, warnings: [] };
    throw new NotTextError('binary, not text (NUL bytes)');
  }
  if (isValidUtf8(bytes)) return { text: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('utf8'), encoding: 'utf-8', warnings: [] };

  const guess = (chardet.detect(head) ?? 'UTF-8').toLowerCase();
  if (guess === 'utf-8' || !iconv.encodingExists(guess)) {
    // Mostly UTF-8 with a few broken bytes: keep UTF-8, bad bytes become U+FFFD.
    const text = Buffer.from(bytes).toString('utf8');
    return { text, encoding: 'utf-8', warnings: ['invalid UTF-8 bytes replaced with U+FFFD'] };
  }
  // chardet reports ISO-8859-1 for most Western text; Windows-1252 is its superset used in practice.
  const encoding = guess === 'iso-8859-1' ? 'windows-1252' : guess;
  return { text: iconv.decode(Buffer.from(bytes), encoding), encoding, warnings: [] };
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

const utf8Decoder = new TextDecoder('utf-8', { fatal: true });
function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    utf8Decoder.decode(bytes);
    return true;
  } catch {
    return false;
  }
}
