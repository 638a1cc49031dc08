/**
 * Normalise decoded text so that later stages see one form of each thing:
 * LF line ends, plain spaces, NFC, no trailing space, no invisible format characters.
 * Leading indentation is kept: wire copy marks paragraphs and table rows with it.
 * Every step is a single linear pass (no backtracking), whatever the input.
 */

// CRLF, lone CR (old Mac), NEL and the Unicode line separator all end a line.
const LINE_BREAK = /\r\n?|[\u0085\u2028]/g;
// The Unicode paragraph separator ends a paragraph: a blank line.
const PARAGRAPH_BREAK = /\u2029/g;
// No-break, en/em/thin/figure and other Unicode spaces (not tab, not newline).
const UNICODE_SPACES = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;
// Zero-width space, word joiner, BOM, soft hyphen and bidi controls: they break word matching but
// carry no text. ZWNJ and ZWJ (U+200C, U+200D) stay: Bengali, Persian and emoji spell with them.
const INVISIBLE = /[\u200b\u2060\ufeff\u00ad\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
// C0 controls other than tab and newline (form feeds, bells, stray escapes), DEL and C1 controls.
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
// A surrogate half without its partner (only a string, never decoded bytes, can hold one).
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function normalise(text: string): string {
  return text
    .replace(LINE_BREAK, '\n')
    .replace(PARAGRAPH_BREAK, '\n\n')
    .replace(UNICODE_SPACES, ' ')
    .replace(INVISIBLE, '')
    .replace(CONTROLS, '')
    .replace(LONE_SURROGATE, '\ufffd')
    .replace(/\t/g, '    ')
    .normalize('NFC')
    .split('\n')
    // Per line rather than /[ \t]+$/gm, which backtracks quadratically on long inner runs of spaces.
    .map((line) => line.trimEnd())
    .join('\n');
}
