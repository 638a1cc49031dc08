/**
 * Normalise decoded text so that later stages see one form of each thing:
 * LF line ends, plain spaces, NFC, no trailing space, no invisible format characters.
 * Leading indentation is kept: wire copy marks paragraphs and table rows with it.
 * Every step is one linear pass, whatever the input (the ReDoS test checks the patterns).
 */

/** The replacements, in order; each step may rely on the ones before it. */
export const NORMALISE_STEPS: ReadonlyArray<{ name: string; pattern: RegExp; replacement: string }> = [
  // CRLF, lone CR (old Mac), NEL and the Unicode line separator all end a line.
  { name: 'line-breaks', pattern: /\r\n?|[\u0085\u2028]/g, replacement: '\n' },
  // The Unicode paragraph separator ends a paragraph: a blank line.
  { name: 'paragraph-separators', pattern: /\u2029/g, replacement: '\n\n' },
  // No-break, en/em/thin/figure and other Unicode spaces (not tab, not newline).
  { name: 'unicode-spaces', pattern: /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g, replacement: ' ' },
  // Zero-width space, word joiner, BOM, soft hyphen and bidi controls: they break word matching but
  // carry no text. ZWNJ and ZWJ (U+200C, U+200D) stay: Bengali, Persian and emoji spell with them.
  { name: 'invisible', pattern: /[\u200b\u2060\ufeff\u00ad\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, replacement: '' },
  // C0 controls other than tab and newline (form feeds, bells, stray escapes), DEL and C1 controls.
  { name: 'controls', pattern: /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, replacement: '' },
  // The end-of-text control as an SGML entity, closing each story of the Reuters-21578 collection ("Reuter &#3;").
  { name: 'end-of-text-entity', pattern: /&#0?3;/g, replacement: '' },
  // A surrogate half without its partner (only a string, never decoded bytes, can hold one).
  { name: 'lone-surrogates', pattern: /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, replacement: '\ufffd' },
  // A Factiva export sets each field after its code and a tab ("HD\tTitle", "BY\tBy ...", "LP\tLONDON, May 21 ..."): the codes go.
  { name: 'factiva-field-codes', pattern: /^(?:HD|BY|WC|PD|ET|SN|SC|LA|CY|LP|TD|CO|IN|NS|RE|IPC|IPD|PUB|AN|ED|PG|VOL|ART|CR|SE|CLM|RF)(?:\t| {2,})/gm, replacement: '' },
  { name: 'tabs', pattern: /\t/g, replacement: '    ' },
  // A feed reader's or a tool's printout aligns each field's value in a column ("Author:      AAP",
  // "Published:   Tue, 04 Feb 2025"): one space after the label, as a page writes it.
  { name: 'aligned-field-values', pattern: /^(\p{Lu}[\p{L}-]{1,20}:) {2,}(?=\S)/gmu, replacement: '$1 ' },
  // A text browser numbers every link ("[14]Rupesh Acharya", "[3]Politics"); the numbers are no text.
  // The bracket comes first so that the engine skips to each "[" (a lookbehind first is tried at every position).
  { name: 'link-numbers', pattern: /\[(?<=(?:^|[ \t])\[)\d{1,4}\](?=\p{L})/gmu, replacement: '' },
  // A text browser or a browser's "save as text" writes each link's target after its text ("National
  // <https://example.com/national>", "Skip to content <#main>"): like a Markdown link's, the target is
  // markup. A target alone on its line stays, as the line's only text.
  // The literal " <" comes first so that the engine skips to it (a lookbehind first is tried at every position).
  { name: 'link-targets', pattern: / <(?<=\S <)(?:https?:\/\/|mailto:|#)[^\s<>]{0,2000}>/g, replacement: '' },
  // Emphasis around a whole byline or credit, as Markdown converters and chat apps write it ("_By Ana Ruiz,
  // Staff Writer_", "*By Ana Ruiz*", "_Source: Deccan Herald_"): the markers are markup. (An emphasised caption stays one: the
  // Markdown reader sees it.)
  { name: 'byline-emphasis', pattern: /^(\*\*|__|\*|_)((?:[Bb]y|[Ss]ource:) [^*_\n]{1,200})(?<=[^\s*_])\1$/gm, replacement: '$2' },
  // Pandoc's fenced divs (":::: {#main-content .article}", ":::") are markup around blocks: each
  // fence becomes a blank line, so it joins no title or paragraph.
  { name: 'pandoc-div-fences', pattern: /^:{3,}(?: ?\{[^{}\n]{0,200}\}| ?[\w-]{1,40})? *$/gm, replacement: '' },
  // Debian's html2text sets headings between runs of asterisks ("****** Title ******", "***** Related
  // stories *****"): the runs are markup.
  { name: 'asterisk-headings', pattern: /^\*{2,6} ([^*\s][^*\n]{0,300}[^*\s]) \*{2,6}$/gm, replacement: '$1' },
  // A mailing tool's plain-text e-mail opens each heading with two asterisks and no closing run
  // ("** Province says ..."): the run is markup.
  { name: 'mail-heading-marks', pattern: /^\*\* (?=[^*\s])(?![^\n]*\*$)/gm, replacement: '' },
  // A name glued to the clock of its stamp ("Fiona Cole Whitaker15:23, Mar 02 2020"): a space between.
  // The pattern opens with the clock's digits; the lookbehind checks the letter once they match.
  { name: 'glued-clock', pattern: /(?<![\d:])(?:[01]?\d|2[0-3]):[0-5]\d(?![\d:])(?<=\p{Ll}\d{1,2}:\d{2})/gu, replacement: ' $&' },
  // A name glued to the month of its stamp ("Hamza Riaz BhattiMarch 06, 2025"), or an agency in capitals
  // ("KUNAJune 05, 2024 14:51"): a space between. The pattern opens with the month's letters; the
  // lookbehind checks the letters before.
  { name: 'glued-month', pattern: /(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)(?=[a-z]{0,6}\.? \d{1,2}(?:st|nd|rd|th)?,? (?:19|20)\d{2}\b)(?<=(?:\p{Ll}|\p{Lu}{2})(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))/gu, replacement: ' $&' },
  // A name glued to the day of its stamp ("Ahmad Shah Erfanzai12 Mar 2025 - 15:47"): a space between.
  // The pattern opens with the day's digits; the lookbehinds check the whole number and the letter before.
  { name: 'glued-day', pattern: /(?<!\d)\d{1,2}(?= (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?,? (?:19|20)\d{2}\b)(?<=\p{Ll}\d{1,2})/gu, replacement: ' $&' },
  // A magazine's drop cap copies as a capital alone on its line (maybe a blank line between) over the
  // rest of the word ("T" / "he village ..."): the two are one word. "A" and "I" are words of their
  // own, so they stay apart unless what follows is no word alone ("I" / "n the summer ...").
  { name: 'drop-caps', pattern: /^(?:([B-HJ-Z])\n\n?(?=\p{Ll}[\p{Ll} ])|([AI])\n\n?(?=(?:n|s|t|f|nd) ))/gmu, replacement: '$1$2' },
  // The opening words set in small capitals on a line of their own ("THE DINING ROOM" / "at Bellbird
  // Lodge seats 40, ..."): one paragraph. A byline under a title in capitals ("by Ana Lee") or a web
  // address under a masthead is not one.
  { name: 'small-caps-lead', pattern: /^(\p{Lu}[\p{Lu}'’ ]{1,40}\p{Lu})\n\n?(?=(?!by )\p{Ll}+[ ,][^\n]{60})/gmu, replacement: '$1 ' },
  // Spaces ending a line (all other white space is a plain space by now). The lookbehind lets only
  // the first space of a run try to match: plain / +$/gm retries from every space of a long inner
  // run, which is quadratic.
  { name: 'trailing-spaces', pattern: /(?<! ) +$/gm, replacement: '' },
  // A story file whose line breaks became " . " (the CNN/Daily Mail story files): "By . Tom Fairley
  // . PUBLISHED: . 19:47 EST, 2 March 2014 . | . UPDATED: . 05:12 EST, 3 March 2014 . A deaf
  // springer ..." is a byline, a stamp line and the lede again.
  { name: 'dotted-field-labels', pattern: /\b(By|PUBLISHED:|UPDATED:) \. /g, replacement: '$1 ' },
  { name: 'dotted-field-pipe', pattern: / \. \| /g, replacement: ' | ' },
  { name: 'dotted-field-breaks', pattern: / \.(?: (?=PUBLISHED:)|(?<=\d{4} \.) (?=\p{Lu}))/gu, replacement: '\n' },
  { name: 'dotted-byline-end', pattern: /^(By [^\s.]{1,30}(?: [^\s.]{1,30}){0,9}) \.$/gm, replacement: '$1' },
];

/** A mail client's quote marks opening a line: "> ", "> > ", ">>". */
export const MAIL_QUOTE_MARKS = /^(?:> ?)+/gm;
/** Quoted lines, at least this many and this share of the text's lines, make a forwarded e-mail. */
const MIN_QUOTED_LINES = 5;
const MIN_QUOTED_SHARE = 0.3;

/**
 * An article forwarded in a plain-text e-mail has every line quoted ("> CINCINNATI (AP) — The Ohio
 * River ..."): the marks are the mail client's, not the article's, and would hide its layout. A
 * few quoted lines (a reader's quote in a story) stay as they are.
 */
function withoutMailQuotes(text: string): string {
  let quoted = 0;
  let lines = 0;
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    lines++;
    if (line.startsWith('>')) quoted++;
  }
  return quoted >= MIN_QUOTED_LINES && quoted >= lines * MIN_QUOTED_SHARE ? text.replace(MAIL_QUOTE_MARKS, '') : text;
}

/**
 * A chat app's stamp and sender before each message of a copied or exported chat: "[8:02 am, 14/01/2025]
 * Sunil Mama: ", "[14/01/2025, 08:02:11] Sunil Mama: ", "14/01/2025, 8:02 am - Sunil Mama: ".
 */
export const CHAT_MESSAGE_LEAD = /^(?:\[[\d:/., APMapm]{6,30}\]|\d{1,2}\/\d{1,2}\/\d{2,4}, \d{1,2}:\d{2}(?::\d{2})?(?: ?[AaPp][Mm])? -) [^:\n[\]]{1,40}: /gm;
/** Messages of a chat: a forwarded article is their text, one message or several. */
const MIN_CHAT_MESSAGES = 2;

/** A chat copied from a phone ("[8:02 am, 14/01/2025] Sunil Mama: *Title*"): the stamps and senders are the app's, not the article's. */
function withoutChatLeads(text: string): string {
  const messages = text.match(CHAT_MESSAGE_LEAD)?.length ?? 0;
  return messages >= MIN_CHAT_MESSAGES ? text.replace(CHAT_MESSAGE_LEAD, '') : text;
}

/** A gap of two or more spaces between words, and a gap of one. (The lookbehind first costs one
 * step a position; a run of spaces first would be retried from each of its spaces.) */
export const WIDE_WORD_GAP = /(?<=\S) {2,}(?=\S)/g;
export const WORD_GAP = /(?<=\S) +(?=\S)/g;
/** Wide gaps, at least this many and this share of all gaps between words, make a doubled spacing. */
const MIN_WIDE_GAPS = 20;
const MIN_WIDE_GAP_SHARE = 0.5;

/**
 * Some scrapes put two spaces between every pair of words ("BISHKEK  (AKIpress)  -  Kyrgyzstan  and
 * ..."): the spacing is the scraper's, and it would hide dateline, title and table shapes. A page
 * whose wide gaps are few (aligned columns, two spaces after a full stop) keeps them.
 */
function withSingleWordGaps(text: string): string {
  const wide = text.match(WIDE_WORD_GAP)?.length ?? 0;
  if (wide < MIN_WIDE_GAPS) return text;
  const all = text.match(WORD_GAP)?.length ?? 0;
  return wide >= all * MIN_WIDE_GAP_SHARE ? text.replace(WIDE_WORD_GAP, ' ') : text;
}

export function normalise(text: string): string {
  let normalised = text;
  for (const step of NORMALISE_STEPS) normalised = normalised.replace(step.pattern, step.replacement);
  normalised = withSingleWordGaps(withoutChatLeads(withoutMailQuotes(normalised)));
  // NFC composes characters and never makes white space or controls, so it can come last.
  return normalised.normalize('NFC');
}
