import type { Article } from '../schema.js';

/** CSV columns, in order, and how each is read from an article. */
export const CSV_COLUMNS = {
  file: (a: Article) => a.file,
  headline: (a: Article) => a.headline,
  byline: (a: Article) => a.byline,
  authors: (a: Article) => a.authors.join('; '),
  published: (a: Article) => a.published,
  updated: (a: Article) => a.updated,
  dateline: (a: Article) => a.dateline?.text ?? null,
  source: (a: Article) => a.source?.name ?? null,
  words: (a: Article) => String(a.stats.words),
  body: (a: Article) => a.body.join('\n\n'),
} as const;

export type CsvColumn = keyof typeof CSV_COLUMNS;
export const DEFAULT_CSV_COLUMNS = Object.keys(CSV_COLUMNS) as CsvColumn[];

/** RFC 4180: quote a field when it holds a comma, a quote or a line break; double inner quotes. */
function quote(value: string | null): string {
  if (value === null) return '';
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function csvHeader(columns: readonly CsvColumn[] = DEFAULT_CSV_COLUMNS): string {
  return columns.join(',') + '\r\n';
}

/** One row per dump; fields joined with commas, rows ended with CRLF as RFC 4180 says. */
export function csvRow(article: Article, columns: readonly CsvColumn[] = DEFAULT_CSV_COLUMNS): string {
  return columns.map((c) => quote(CSV_COLUMNS[c](article))).join(',') + '\r\n';
}
