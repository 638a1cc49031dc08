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
