import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyseArticle, articleSchema, renderMarkdown } from '../src/index.js';
import { accountingProblems, dumpFiles, readBackMarkdown } from './helpers.js';

/** Hand-written expectations beside each fixture (fixtures/NAME.expect.json). */
interface Expectation {
  headline: string | null;
  subheadline: string | null;
  byline: string | null;
  authors: string[];
  published: string | null;
  updated: string | null;
  dateline: { text: string; location: string | null } | null;
  source: { text: string; name: string } | null;
  bodyFirst: string;
  bodyLast: string;
  paragraphs: number;
  footerContains: string[];
  notInBody: string[];
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

for (const file of dumpFiles()) {
  const bytes = readFileSync(file);
  const { article, trace, layout } = analyseArticle(bytes, { file });
  const stem = file.replace(/\.(?:txt|md)$/, '');

  describe(file, () => {
    it('validates against the schema', () => {
      expect(() => articleSchema.parse(article)).not.toThrow();
    });

    it('accounts for every non-blank line exactly once', () => {
      expect(accountingProblems(bytes.toString('utf8'), article, trace, layout === 'markdown')).toEqual([]);
    });

    it('round-trips through Markdown', () => {
      const back = readBackMarkdown(renderMarkdown(article));
      expect(back.paragraphs).toEqual(article.body);
      expect(back.headline).toBe(article.headline);
      expect(back.meta.title ?? null).toBe(article.headline);
      expect(back.meta.date ?? null).toBe(article.published);
      expect(back.meta.authors ?? []).toEqual(article.authors);
    });

    if (existsSync(`${stem}.json`)) {
      it('matches its reviewed snapshot (npm run fixtures:update regenerates it)', () => {
        expect(article).toEqual(JSON.parse(readFileSync(`${stem}.json`, 'utf8')));
      });
    }

    if (existsSync(`${stem}.expect.json`)) {
      const want = JSON.parse(readFileSync(`${stem}.expect.json`, 'utf8')) as Expectation;
      it('meets its hand-written expectations', () => {
        expect({
          headline: article.headline,
          subheadline: article.subheadline,
          byline: article.byline,
          authors: article.authors,
          dateline: article.dateline && { text: article.dateline.text, location: article.dateline.location },
          source: article.source,
          paragraphs: article.body.length,
          bodyFirst: squash(article.body[0] ?? ''),
          bodyLast: squash(article.body.at(-1) ?? ''),
        }).toEqual({
          headline: want.headline,
          subheadline: want.subheadline,
          byline: want.byline,
          authors: want.authors,
          dateline: want.dateline,
          source: want.source,
          paragraphs: want.paragraphs,
          bodyFirst: squash(want.bodyFirst),
          bodyLast: squash(want.bodyLast),
        });
        expect(article.published).toBe(want.published);
        expect(article.updated).toBe(want.updated);
        for (const s of want.footerContains) expect(article.boilerplate.footer.join('\n')).toContain(s);
        for (const s of want.notInBody) expect(article.body.join('\n')).not.toContain(s);
      });
    }
  });
}
