/**
 * Normalise decoded text so that later stages see one form of each thing:
 * LF line ends, plain spaces, NFC, no trailing space, no invisible format characters.
 * Leading indentation is kept: wire copy marks paragraphs and table rows with it.
 */

// No-break, en/em/thin/figure and other Unicode spaces (not tab, not newline).
const UNICODE_SPACES = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;
// Zero-width and bidi format characters that break word matching but carry no text.
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
// C0 controls other than tab and newline (form feeds, bells, stray escapes).
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

export function normalise(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(UNICODE_SPACES, ' ')
    .replace(INVISIBLE, '')
    .replace(CONTROLS, '')
    .replace(/\t/g, '    ')
    .normalize('NFC')
    .split('\n')
    // Per line rather than /[ \t]+$/gm, which backtracks quadratically on long inner runs of spaces.
    .map((line) => line.trimEnd())
    .join('\n');
}
