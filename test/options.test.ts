import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';
import { learnBoilerplate } from '../src/learn.js';
import { offsetInTimeZone } from '../src/dates/index.js';

describe('--timezone', () => {
  const dump = readFileSync('fixtures/one-para-per-line.txt');

  it('gives zone-less times the offset of the named zone, marked inferred', () => {
    expect(parseArticle(dump).published).toBe('2024-10-07T15:15:00');
    const article = parseArticle(dump, { timeZone: 'Asia/Dhaka' });
    expect(article.published).toBe('2024-10-07T15:15:00+06:00');
    expect(article.dates.find((d) => d.role === 'published')?.zone).toBe('inferred');
  });

  it('follows daylight saving time of the wall-clock date', () => {
    expect(offsetInTimeZone('2024-01-15T10:05:00', 'America/New_York')).toBe(-300);
    expect(offsetInTimeZone('2024-07-15T10:05:00', 'America/New_York')).toBe(-240);
  });

  it('never overrides a zone the dump states', () => {
    const seed = parseArticle(readFileSync('seeds/000_94eb0a8464f32015.txt'), { timeZone: 'America/New_York' });
    expect(seed.updated).toBe('2024-06-21T17:40:35+06:00');
  });
});

describe('--reference-date', () => {
  const dump = readFileSync('fixtures/ca-posted-et-winter.txt');

  it('resolves relative stamps only when given', () => {
    expect(parseArticle(dump).dates.some((d) => d.role === 'updated')).toBe(false);
    const article = parseArticle(dump, { referenceDate: new Date('2024-11-18T17:30:00Z') });
    expect(article.updated).toBe('2024-11-18T15:30:00+00:00');
  });
});

describe('learnt boilerplate', () => {
  const footer = 'Follow the Harbour Times on every platform you use';
  const dumps = ['ferry', 'library', 'market', 'school'].map((topic) =>
    [`Council news about the ${topic}`, '', `The ${topic} story begins with a sentence long enough to be a paragraph of prose.`, '', `It continues with a second sentence about the ${topic} that also reads as prose.`, '', footer].join('\n'),
  );

  it('learns the lines that recur across the batch, not the stories', () => {
    const learned = learnBoilerplate(dumps);
    expect(learned.has('follow the harbour times on every platform you use')).toBe(true);
    expect([...learned].some((l) => l.includes('ferry'))).toBe(false);
  });

  it('treats learnt lines as boilerplate in the second pass', () => {
    const knownBoilerplate = learnBoilerplate(dumps);
    expect(parseArticle(dumps[0]!).body.join('\n')).toContain(footer);
    const article = parseArticle(dumps[0]!, { knownBoilerplate });
    expect(article.body.join('\n')).not.toContain(footer);
    expect(article.boilerplate.footer).toContain(footer);
  });
});

describe('relative stamps on a line of their own', () => {
  it('are read when a reference date is given', () => {
    const dump = 'Harbour bridge reopens after repairs\n\nBy Jane Doe\nUpdated 3 hours ago\n\nThe harbour bridge reopened to traffic on Monday after six months of repairs, the city council said in a statement.\n';
    expect(parseArticle(dump).updated).toBeNull();
    const article = parseArticle(dump, { referenceDate: new Date('2024-06-03T12:00:00Z') });
    expect(article.published).toBe('2024-06-03T09:00:00+00:00');
    expect(article.body).toHaveLength(1);
  });
});
