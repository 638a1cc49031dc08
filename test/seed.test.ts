import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

const SEED = 'seeds/000_94eb0a8464f32015.txt';
const article = parseArticle(readFileSync(SEED), { file: SEED });

describe('the seed dump (acceptance)', () => {
  it('finds headline, byline and no authors for a desk byline', () => {
    expect(article.headline).toBe('Putin warns South Korea against arming Ukraine');
    expect(article.byline).toBe('International Desk');
    expect(article.authors).toEqual([]);
  });

  it('dates: BDST offset applied, the page-date header is not the publication date', () => {
    expect(article.published?.startsWith('2024-06-21')).toBe(true);
    expect(article.published).toMatch(/\+06:00$/);
    expect([article.published, article.updated]).toContain('2024-06-21T17:40:35+06:00');
    expect(JSON.stringify([article.published, article.updated])).not.toContain('2024-07-13');
    const page = article.dates.find((d) => d.iso === '2024-07-13');
    expect(page?.role).toBe('page');
    expect(article.boilerplate.header).toContain('Saturday, 13 Jul, 2024');
  });

  it('dateline and source', () => {
    expect(article.dateline).toEqual({ text: 'BDST: 1740 HRS, JUNE 21, 2024', location: null, date: '2024-06-21T17:40:00+06:00' });
    expect(article.source).toEqual({ text: 'Source: BBC', name: 'BBC' });
  });

  it('body: 19 paragraphs without caption, source, dateline or footer', () => {
    expect(article.body).toHaveLength(19);
    expect(article.body[0]).toMatch(/^Vladimir Putin has warned South Korea/);
    expect(article.body.at(-1)).toMatch(/^This marks the third such incident/);
    const body = article.body.join('\n');
    for (const absent of ['Source: BBC', 'BDST', 'All rights reserved']) expect(body).not.toContain(absent);
    expect(article.body).not.toContain('Putin warns South Korea against arming Ukraine');
  });

  it('keeps the rights footer as boilerplate', () => {
    expect(article.boilerplate.footer.some((l) => l.startsWith('All rights reserved.'))).toBe(true);
  });
});
