/**
 * Invariants of parseArticle on any input, checked with fast-check on generated dumps: arbitrary
 * Unicode, lone surrogates, control characters, very long lines, and news-like text built from
 * the words and furniture the rules look for. Seeded, so a run is reproducible; a failure prints
 * the shrunk counterexample and the seed.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { articleSchema, parseArticle, renderMarkdown, type Article } from '../src/index.js';
import { NotTextError } from '../src/decode.js';
import { normalise } from '../src/normalise.js';
import { countWords, unitFeatures, wordsOf } from '../src/classify/features.js';
import { STOP_WORD_SET } from '../src/rules/stopwords.js';
import { DATELINE_RULES, mayOpenDateline } from '../src/rules/wire.js';
import type { Unit } from '../src/segment/index.js';
import { readBackMarkdown } from './helpers.js';

const SEED = 42;
const RUNS = 2000;

/** Any UTF-16 code unit, so lone surrogate halves too (fc.string's 'binary' unit never splits a pair). */
const anyCodeUnit = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code));

/** Words, labels and furniture the rule tables react to, with awkward characters among them. */
const VOCABULARY = [
  'the', 'council', 'said', 'on', 'Monday', 'that', 'bridge', 'repairs', 'would', 'end.', 'By', 'Jane', 'Doe', 'and', 'JOHN', 'ROE',
  'Staff', 'Correspondent', 'Desk', '|', 'Updated:', 'Published', 'June', '21,', '2024', '10:05', 'AM', 'IST', 'BDST:', '1740', 'HRS',
  '3', 'hours', 'ago', 'LONDON,', '(Reuters)', '-', '—', '--', 'Source:', 'BBC', 'With', 'inputs', 'from', 'PTI', 'Share', 'Facebook',
  'Twitter', 'Advertisement', 'Read', 'more:', 'Related', '©', 'All', 'rights', 'reserved.', 'Photo:', '(AP', 'Photo/File)', 'Comments',
  '0', '#', '##', '*', '>', '1.', '---', '[link](https://example.com/a)', '![img](x.png)', '<b>', '&amp;', '`code`', 'Bürger',
  'é', 'ß', 'Ελλάδα', 'Москва', 'বাংলাদেশ', 'র\u200dযাব', '東京', '2019年11月18日', 'عربى', '\u200b', '\u00a0', '\t', '\u0000',
  '\u001b', '\u0085', '\u2028', '\u2029', '\ufeff', '\u00ad', '\ud800', '🙂', 'e\u0301',
];
const LINE_BREAKS = ['\n', '\n', '\n\n', '\r\n', '\r', '\n\n\n'];

const newsLine = fc
  .tuple(fc.constantFrom('', '', '', '  ', '    ', '\t'), fc.array(fc.constantFrom(...VOCABULARY), { maxLength: 40 }))
  .map(([indent, words]) => indent + words.join(' '));
const newsText = fc
  .array(fc.tuple(newsLine, fc.constantFrom(...LINE_BREAKS)), { maxLength: 50 })
  .map((lines) => lines.map(([line, end]) => line + end).join(''));
const longLine = fc
  .tuple(fc.constantFrom('a', ' ', '-', 'By ', 'word ', 'Updated: ', '.'), fc.integer({ min: 1_000, max: 20_000 }))
  .map(([unit, count]) => unit.repeat(count));

/** Article-shaped dumps: furniture, a title, metadata, prose paragraphs (maybe hard-wrapped, maybe with a wire dateline), a footer. */
const PROSE = ['the', 'council', 'said', 'bridge', 'would', 'reopen', 'after', 'repairs', 'in', 'a', 'statement', 'on', 'Monday', 'and',
  'engineers', 'of', 'city', 'were', 'to', 'its', 'over', 'weeks', 'ferry', 'commuters', 'Doe', 'London', 'Bürger', 'café', '2024', '40%',
  // Markdown syntax inside prose, which the Markdown output must escape.
  '*', '_', '#', '1.', '>', '-', '+', '[note](https://example.com)', '<b>', '&amp;', '`x`', '\\', '|', '~~', '!['];
const sentence = fc
  .array(fc.constantFrom(...PROSE), { minLength: 6, maxLength: 25 })
  .map((words) => `${words.join(' ').replace(/^./, (first) => first.toUpperCase())}.`);
const paragraph = fc.array(sentence, { minLength: 1, maxLength: 4 }).map((sentences) => sentences.join(' '));
const hardWrap = (text: string, width: number) => text.replace(new RegExp(`(.{1,${width}})(?: |$)`, 'g'), '$1\n').trimEnd();
const articleText = fc
  .record({
    furniture: fc.array(fc.constantFrom('Home', 'World', 'Skip to content', 'Share', 'Facebook Twitter WhatsApp', 'Saturday, 13 Jul, 2024', 'Advertisement'), { maxLength: 6 }),
    title: fc.array(fc.constantFrom(...PROSE), { minLength: 3, maxLength: 12 }).map((words) => words.join(' ').replace(/^./, (first) => first.toUpperCase())),
    meta: fc.subarray(['By Jane Doe and John Roe', 'Staff Correspondent |', 'Updated: June 21, 2024 10:05 AM IST', 'Published 3 hours ago', 'BDST: 1740 HRS, JUNE 21, 2024']),
    dateline: fc.constantFrom('', 'LONDON, June 21 (Reuters) - ', 'WASHINGTON (AP) — ', 'KYIV — ', 'New Delhi, Jun 21 (PTI): '),
    paragraphs: fc.array(paragraph, { minLength: 1, maxLength: 10 }),
    footer: fc.array(fc.constantFrom('Source: BBC', '(Reporting by Jane Doe; Editing by John Roe)', 'Related', '© 2024 The Daily Example. All rights reserved.', 'Comments', '0'), { maxLength: 5 }),
    wrap: fc.constantFrom(0, 0, 60, 72),
    lineBreak: fc.constantFrom('\n', '\r\n', '\r'),
  })
  .map(({ furniture, title, meta, dateline, paragraphs, footer, wrap, lineBreak }) => {
    const body = paragraphs.map((text, i) => (i === 0 ? dateline : '') + text).map((text) => (wrap ? hardWrap(text, wrap) : text));
    return [...furniture, title, ...meta, ...body, ...footer].join('\n\n').replaceAll('\n', lineBreak);
  });

/**
 * Feed-shaped dumps: an RSS or Atom item's elements in any order and number, as a scrape can jumble
 * them (once a crash: a front matter with no body after it).
 */
const FEED_LINES = ['<channel>', '<item>', '</item>', '</channel>', '</rss>', '<entry>', '</entry>', '<title>Ferry adds late sailings</title>',
  '<dc:creator><![CDATA[Jane Doe]]></dc:creator>', '<pubDate>Thu, 13 Mar 2025 09:20:44 +0000</pubDate>', '<description>Two sailings after 10 p.m. will run.</description>',
  '<content:encoded><![CDATA[', ']]></content:encoded>', '<p>The council agreed to fund the trial for six months at a cost of about $84,000.</p>',
  '<p>The island&#8217;s operator said the numbers &amp; the petition decided it.</p>', '<ul>', '<li><a href="https://example.com/a">Related</a></li>', '</ul>'];
const feedText = fc
  .tuple(fc.constantFrom('<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">', '<feed xmlns="http://www.w3.org/2005/Atom">', '<?xml version="1.0"?>'), fc.array(fc.constantFrom(...FEED_LINES), { maxLength: 30 }))
  .map(([opener, lines]) => [opener, ...lines].join('\n'));

/** Any text a dump might hold. */
const anyText = fc.oneof(
  { weight: 3, arbitrary: articleText },
  { weight: 2, arbitrary: feedText },
  { weight: 3, arbitrary: newsText },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 400 }) },
  { weight: 2, arbitrary: fc.string({ unit: anyCodeUnit, maxLength: 400 }) },
  { weight: 1, arbitrary: longLine },
);

const FORMATS = ['auto', 'text', 'markdown', 'feed'] as const;

/** Words as letters, digits and marks; compared on normalised text, since normalise is a defined step. */
const WORD = /[\p{L}\p{N}\p{M}]+/gu;
function wordCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of text.match(WORD) ?? []) counts.set(word, (counts.get(word) ?? 0) + 1);
  return counts;
}
/** Words of `part` that `whole` does not hold as often, with how many are missing. */
function missingWords(part: Map<string, number>, whole: Map<string, number>): Array<[string, number]> {
  return [...part].filter(([word, n]) => (whole.get(word) ?? 0) < n).map(([word, n]) => [word, n - (whole.get(word) ?? 0)]);
}

/** Every text the output holds: fields, body and boilerplate. */
function outputText(article: Article): string {
  const { header, footer, other } = article.boilerplate;
  return [article.headline, article.subheadline, article.byline, article.dateline?.text, article.source?.text, ...article.body, ...header, ...footer, ...other]
    .filter((text) => text !== null && text !== undefined)
    .join('\n');
}

describe('parseArticle on any input', () => {
  it('never throws, and its result passes the schema, also after a JSON round trip', () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom(...FORMATS), (text, format) => {
        const article = parseArticle(text, { format });
        expect(articleSchema.safeParse(JSON.parse(JSON.stringify(article))).success).toBe(true);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  // Once a crash: one unit of 150k lines overflowed a spread push(...lines).
  it('never throws on 150k lines of one character', () => {
    const article = parseArticle('x\n'.repeat(150_000));
    expect(articleSchema.safeParse(article).success).toBe(true);
    expect(article.stats.lines).toBe(150_000);
  });

  it('on any bytes, returns a valid article or refuses them as not text', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) => {
        try {
          expect(articleSchema.safeParse(parseArticle(bytes)).success).toBe(true);
        } catch (error) {
          expect(error).toBeInstanceOf(NotTextError);
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('loses nothing: every word of the (normalised) input is in a field, the body or the boilerplate', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const article = parseArticle(text, { format: 'text' });
        expect(missingWords(wordCounts(normalise(text)), wordCounts(outputText(article)))).toEqual([]);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('invents nothing: every word of the body is in the input', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const article = parseArticle(text, { format: 'text' });
        expect(missingWords(wordCounts(article.body.join('\n')), wordCounts(normalise(text)))).toEqual([]);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('is deterministic: the same input gives the same output, byte for byte', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(JSON.stringify(parseArticle(text))).toBe(JSON.stringify(parseArticle(text)));
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('does not depend on what was parsed before it (the order of a batch)', () => {
    fc.assert(
      fc.property(fc.array(anyText, { minLength: 2, maxLength: 6 }), (texts) => {
        const parse = (text: string) => JSON.stringify(parseArticle(text));
        const forward = texts.map(parse);
        const backward = [...texts].reverse().map(parse).reverse();
        expect(backward).toEqual(forward);
      }),
      { seed: SEED, numRuns: RUNS / 4 },
    );
  });

  it('renders Markdown that remark-parse reads back as the body paragraphs and front matter values', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const article = parseArticle(text);
        const back = readBackMarkdown(renderMarkdown(article));
        expect(back.paragraphs).toEqual(article.body);
        expect(back.headline).toBe(article.headline);
        expect(back.meta).toEqual(
          Object.fromEntries(
            Object.entries({
              title: article.headline,
              subtitle: article.subheadline,
              byline: article.byline,
              authors: article.authors.length ? article.authors : null,
              date: article.published,
              updated: article.updated,
              dateline: article.dateline?.text,
              source: article.source?.name,
              file: article.file,
            }).filter(([, value]) => value !== null && value !== undefined),
          ),
        );
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});

describe('word counts', () => {
  it('counts the words wordsOf finds, on any text', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, newsText, fc.array(anyCodeUnit).map((units) => units.join(''))), (text) => {
        expect(countWords(text)).toBe(wordsOf(text).length);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('gives unitFeatures the shares of function words and numbers among the words wordsOf finds', () => {
    fc.assert(
      fc.property(newsLine, (line) => {
        const text = normalise(line).trim();
        fc.pre(text.length > 0 && !text.includes('\n'));
        const words = wordsOf(text);
        const features = unitFeatures({ text } as Unit);
        fc.pre(!features.unspacedScript);
        expect(features.words).toBe(words.length);
        const share = (count: number) => (words.length ? count / words.length : 0);
        expect(features.stopRatio).toBe(share(words.filter((w) => STOP_WORD_SET.has(w.toLowerCase())).length));
        expect(features.numericRatio).toBe(share(words.filter((w) => !STOP_WORD_SET.has(w.toLowerCase()) && /^\d/.test(w)).length));
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});

describe('the dateline table\'s lead-word gate', () => {
  // Lead words and delimiters the dateline patterns are made of, and prose around them.
  const DATELINE_PIECES = [
    'LONDON', 'LONDON,', 'Dhaka', 'Dhaka:', 'San', 'José', 'Santo', 'Domingo.-', 'de', 'del', 'la', 'es', 'el', 'upon', 'Dar', 'Salaam.', 'BELIZE', 'CITY,',
    'Thurs.', 'Mar.', 'march', 'June', '21', '6,', '2025--', '(AFP)', '(Reuters)', '-', '--', '—', '–', '―', '_', ':', '/', '[KYIV]', 'Tenn.,', 'Calif.,',
    'MONDAY,', 'The', 'council', 'said', 'on', 'A', 'judge', 'Washington', 'AP', 'CNN', '(Xinhua)', 'Le', 'le', '12', 'mai', '2025', 'TEMPO.CO,', 'Jakarta',
  ];
  const candidate = fc.array(fc.constantFrom(...DATELINE_PIECES), { minLength: 1, maxLength: 9 }).chain((words) =>
    fc.array(fc.constantFrom(' ', ' ', ' ', '', '  '), { minLength: words.length, maxLength: words.length }).map((gaps) => words.map((w, i) => (i ? gaps[i] : '') + w).join('') + ' The council voted.'),
  );
  it('lets through every line a dateline pattern matches', () => {
    fc.assert(
      fc.property(candidate, (line) => {
        if (DATELINE_RULES.some((rule) => rule.pattern.test(line))) expect(mayOpenDateline(line)).toBe(true);
      }),
      { seed: SEED, numRuns: 20_000 },
    );
    for (const rule of DATELINE_RULES) if (rule.pattern.test(rule.example)) expect(mayOpenDateline(rule.example), rule.name).toBe(true);
  });
  it('turns prose away', () => {
    expect(mayOpenDateline('The council voted on Monday to delay the ban.')).toBe(false);
    expect(mayOpenDateline('LONDON, June 21 (Reuters) - The council voted.')).toBe(true);
  });
});
