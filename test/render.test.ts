import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { articleJsonSchema, parseArticle, renderJson, renderMarkdown } from '../src/index.js';
import { readBackMarkdown } from './helpers.js';

// Paragraphs that Markdown would read as syntax if written out unescaped.
const TRICKY = [
  '1. This line starts like an ordered list item and must stay a paragraph.',
  '# This one starts like a heading, but it is a sentence of the article itself.',
  'Prices rose 5*3 per cent in snake_case_region, said the *unnamed* official in a _statement_.',
  '- A dash at the start is not a bullet here, the reporter wrote, and [brackets] are text.',
  '> Nor is this a quotation block; it is what the minister said on Tuesday evening.',
];
const DUMP = ['Council: "Budget" vetoed — again: a #1 story', '', 'By Jane Doe and John Roe', 'Published: June 21, 2024', '', ...TRICKY.flatMap((p) => [p, ''])].join('\n');

describe('Markdown rendering', () => {
  const article = parseArticle(DUMP, { file: 'tricky.txt' });

  it('parses the dump as expected before rendering', () => {
    expect(article.body).toEqual(TRICKY);
    expect(article.authors).toEqual(['Jane Doe', 'John Roe']);
  });

  it('round-trips paragraphs that look like Markdown syntax', () => {
    const markdown = renderMarkdown(article);
    const back = readBackMarkdown(markdown);
    expect(back.paragraphs).toEqual(TRICKY);
    expect(back.headline).toBe(article.headline);
  });

  it('writes front matter any YAML reader takes: quoted strings, ISO dates as strings, authors as a list', () => {
    const markdown = renderMarkdown(article);
    const yaml = markdown.split('\n---\n')[0]!.replace(/^---\n/, '');
    const meta = parseYaml(yaml) as Record<string, unknown>;
    expect(meta.title).toBe(article.headline);
    expect(meta.date).toBe('2024-06-21');
    expect(typeof meta.date).toBe('string');
    expect(meta.authors).toEqual(['Jane Doe', 'John Roe']);
    expect(yaml).toMatch(/^date: "2024-06-21"$/m);
  });
});

describe('Markdown in, Markdown out', () => {
  it('reads its own Markdown back to the same fields (front matter states them)', () => {
    const first = parseArticle(DUMP, { file: 'tricky.txt' });
    const again = parseArticle(renderMarkdown(first), { file: 'tricky.md' });
    for (const field of ['headline', 'subheadline', 'authors', 'published', 'updated', 'body'] as const) expect(again[field], field).toEqual(first[field]);
  });

  it('takes title, description, author and dates from a front matter, whatever the page text suggests', () => {
    const dump = ['---', 'title: "Ferry fares frozen for a second year"', 'description: The county keeps the fare at $3.', 'author:', '  - name: Ana Ruiz', '  - Tom Lee', 'date: 2024-03-04T09:30:00-05:00', 'lastmod: 2024-03-05', 'tags: [transport]', '---', '', '![A ferry at the dock](/img/ferry.jpg)', '', 'The county will keep the ferry fare at $3 for a second year, officials said on Monday, citing rising ridership.', ''].join('\n');
    const article = parseArticle(dump, { file: 'ferry.md' });
    expect(article).toMatchObject({
      headline: 'Ferry fares frozen for a second year',
      subheadline: 'The county keeps the fare at $3.',
      byline: 'Ana Ruiz, Tom Lee',
      authors: ['Ana Ruiz', 'Tom Lee'],
      published: '2024-03-04T09:30:00-05:00',
      updated: '2024-03-05',
    });
    expect(article.boilerplate.header.join('\n')).toContain('tags: [transport]');
  });

  it('a front matter that is not YAML, or not a mapping, states nothing', () => {
    for (const yaml of ['title: [unclosed', '- just\n- a list']) {
      const article = parseArticle(`---\n${yaml}\n---\n\n# The real title of this story\n\nA first paragraph of the story that is long enough to read as prose, with words.\n`, { file: 'x.md' });
      expect(article.headline).toBe('The real title of this story');
    }
  });
});

describe('JSON rendering and schema', () => {
  it('compact JSON is one line; pretty JSON is indented', () => {
    const article = parseArticle('Title here\n\nA body paragraph that says enough to be one.\n');
    expect(renderJson(article, false)).not.toContain('\n');
    expect(renderJson(article, true)).toContain('\n  "schemaVersion": 1');
  });

  it('the JSON Schema is generated from the zod schema', () => {
    const schema = articleJsonSchema() as { properties: Record<string, unknown>; required: string[] };
    expect(Object.keys(schema.properties)).toContain('dateline');
    expect(schema.required).toContain('boilerplate');
  });
});
