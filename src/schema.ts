import * as z from 'zod';

/** Output contract, schema version 1: one object per input dump. */

const dateRole = z.enum(['published', 'updated', 'page', 'print', 'other']);
const precision = z.enum(['year', 'month', 'day', 'minute', 'second']);
const zone = z.enum(['stated', 'inferred', 'none']);

export const dateStampSchema = z.object({
  role: dateRole.describe('published | updated | page (site date header, capture day) | print | other'),
  text: z.string().describe('the stamp as written in the dump'),
  iso: z.string().describe('ISO 8601; only the parts the dump states'),
  precision,
  zone: zone.describe('stated: the stamp names its zone; inferred: the dump names it elsewhere; none: local'),
  line: z.number().int().positive().describe('1-based input line number'),
});

export const datelineSchema = z.object({
  text: z.string(),
  location: z.string().nullable(),
  date: z.string().nullable(),
});

export const sourceSchema = z.object({
  text: z.string().describe('the attribution as written, e.g. "Source: BBC"'),
  name: z.string().describe('the outlet or agency, e.g. "BBC"'),
});

export const articleSchema = z
  .object({
    schemaVersion: z.literal(1),
    file: z.string().describe('path as given, "-" for stdin'),
    encoding: z.string().describe('detected input encoding, e.g. "utf-8"'),
    headline: z.string().nullable(),
    subheadline: z.string().nullable(),
    byline: z.string().nullable(),
    authors: z.array(z.string()),
    published: z.string().nullable(),
    updated: z.string().nullable(),
    dates: z.array(dateStampSchema),
    dateline: datelineSchema.nullable(),
    source: sourceSchema.nullable(),
    body: z.array(z.string()),
    boilerplate: z.object({
      header: z.array(z.string()),
      footer: z.array(z.string()),
      other: z.array(z.string()),
    }),
    stats: z.object({
      lines: z.number().int().nonnegative(),
      paragraphs: z.number().int().nonnegative(),
      words: z.number().int().nonnegative(),
    }),
    warnings: z.array(z.string()),
    provenance: z
      .object({
        headline: z.array(z.number().int()),
        subheadline: z.array(z.number().int()),
        byline: z.array(z.number().int()),
        published: z.array(z.number().int()),
        updated: z.array(z.number().int()),
        dateline: z.array(z.number().int()),
        source: z.array(z.number().int()),
        body: z.array(z.array(z.number().int())).describe('per paragraph'),
      })
      .optional()
      .describe('input line numbers each field came from (only with --provenance)'),
  })
  .strict();

export type Article = z.infer<typeof articleSchema>;
export type DateStamp = z.infer<typeof dateStampSchema>;
export type Dateline = z.infer<typeof datelineSchema>;
export type SourceAttribution = z.infer<typeof sourceSchema>;
export type DateRole = z.infer<typeof dateRole>;

/** JSON Schema of the output, generated from the zod schema (what `--schema` prints). */
export function articleJsonSchema(): object {
  return z.toJSONSchema(articleSchema, { target: 'draft-2020-12' });
}
