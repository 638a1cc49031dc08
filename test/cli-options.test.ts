/**
 * The options that explain, fix and reshape results (--explain, --provenance, --rules,
 * --timezone, --reference-date, --learn-boilerplate, formats, --fields), the worker pool and the
 * NDJSON streaming mode, through the real bin.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTICLE, articlesFrom, ensureBuilt, removeTempDirs, runCli, tempDir, writeTree } from './cli-harness.js';

beforeAll(ensureBuilt);
afterAll(removeTempDirs);

const ROOT = path.resolve(import.meta.dirname, '..');
const SEED = path.join(ROOT, 'seeds/000_94eb0a8464f32015.txt');

describe.concurrent('news-parse options', () => {
  it('--explain lists every non-blank line once with its role and rule; -f json gives the same as data', async () => {
    const text = await runCli(['--explain', SEED]);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^ *4 +headline +title-above-byline +Putin warns South Korea against arming Ukraine$/m);
    expect(text.stdout).not.toContain('\x1b['); // no colour when piped
    const data = await runCli(['--explain', '-f', 'json', SEED]);
    const trace = JSON.parse(data.stdout) as Array<{ line: number; role: string; rule: string; text: string }>;
    const nonBlank = readFileSync(SEED, 'utf8').split('\n').filter((l) => l.trim()).length;
    expect(trace).toHaveLength(nonBlank);
    expect(trace.find((t) => t.line === 47)).toMatchObject({ role: 'source', rule: 'source-label' });
  });

  it('--provenance gives the input lines of every field', async () => {
    const [article] = articlesFrom((await runCli(['--provenance', SEED])).stdout);
    expect(article!.provenance).toMatchObject({ headline: [4], byline: [6], source: [47], dateline: [49] });
    expect(article!.provenance!.body).toHaveLength(article!.body.length);
  });

  it('-f csv writes a header and one quoted row per dump; --fields picks the columns', async () => {
    const result = await runCli(['-f', 'csv', '--fields', 'file,headline,authors', SEED, SEED]);
    const rows = result.stdout.split('\r\n');
    expect(rows[0]).toBe('file,headline,authors');
    expect(rows[1]).toBe(`${SEED},Putin warns South Korea against arming Ukraine,`);
    expect(rows).toHaveLength(4); // header, two rows, final CRLF
  });

  it('-f text writes the clean article; --fields limits JSON', async () => {
    const text = await runCli(['-f', 'text', SEED]);
    expect(text.stdout.split('\n').slice(0, 2)).toEqual(['Putin warns South Korea against arming Ukraine', 'By International Desk']);
    expect(text.stdout).not.toContain('All rights reserved');
    const json = await runCli(['--fields', 'headline,published', SEED]);
    expect(JSON.parse(json.stdout)).toEqual({ headline: 'Putin warns South Korea against arming Ukraine', published: '2024-06-21T17:40:00+06:00' });
    const bad = await runCli(['--fields', 'headline,colour', SEED]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^news-parse: --fields: unknown field colour/);
  });

  it('finds .news-parse.json in a parent folder; a bad rules file is a usage error naming the JSON path', async () => {
    const dir = tempDir();
    const dump = `${ARTICLE}\nPromoted by the Harbour Trust newsletter team today\n`;
    writeTree(dir, {
      '.news-parse.json': JSON.stringify({ rules: [{ name: 'trust-promo', role: 'boilerplate', pattern: '^Promoted by' }] }),
      'sub/a.txt': dump,
      'elsewhere/bad.json': JSON.stringify({ rules: [{ name: 'x', role: 'boilerplate', pattern: '(' }] }),
    });
    const withRules = articlesFrom((await runCli(['a.txt'], { cwd: path.join(dir, 'sub') })).stdout)[0]!;
    expect(withRules.body.join('\n')).not.toContain('Promoted by');
    const bad = await runCli(['--rules', 'elsewhere/bad.json', 'sub/a.txt'], { cwd: dir });
    expect(bad).toMatchObject({ code: 2, stdout: '' });
    expect(bad.stderr).toBe('news-parse: elsewhere/bad.json: .rules[0].pattern: not a valid regular expression (Invalid regular expression: /(/i: Unterminated group)\n');
  });

  it('--print-rules prints a rules file that --rules accepts', async () => {
    const dir = tempDir();
    const printed = await runCli(['--print-rules']);
    writeTree(dir, { 'rules.json': printed.stdout, 'a.txt': ARTICLE });
    expect(JSON.parse(printed.stdout).rules.length).toBeGreaterThan(30);
    expect(await runCli(['--rules', 'rules.json', 'a.txt'], { cwd: dir })).toMatchObject({ code: 0, stderr: '' });
  });

  it('--timezone and --reference-date', async () => {
    const dir = tempDir();
    writeTree(dir, { 'a.txt': 'Ferry returns after repairs\n\nPosted June 3, 2024 at 9:15 AM | Updated 2 hours ago\n\n' + ARTICLE.split('\n').slice(2).join('\n') });
    const plain = articlesFrom((await runCli(['a.txt'], { cwd: dir })).stdout)[0]!;
    expect(plain.published).toBe('2024-06-03T09:15:00');
    const zoned = articlesFrom((await runCli(['--timezone', 'Asia/Dhaka', '--reference-date', '2024-06-03T12:00:00Z', 'a.txt'], { cwd: dir })).stdout)[0]!;
    expect(zoned.published).toBe('2024-06-03T09:15:00+06:00');
    expect(zoned.updated).toBe('2024-06-03T10:00:00+00:00');
    const bad = await runCli(['--timezone', 'Mars/Olympus', 'a.txt'], { cwd: dir });
    expect(bad.code).toBe(2);
  });

  it('--learn-boilerplate moves lines recurring across the batch out of the body', async () => {
    const dir = tempDir();
    const footer = 'Read the Harbour Times every morning on your phone';
    // Four different stories from one outlet, sharing only the footer.
    const story = (n: string) => ARTICLE.replace(/harbour bridge/gi, `${n} bridge`).replace(/storm/, `${n} storm`);
    const files = Object.fromEntries(['north', 'south', 'east', 'west'].map((n) => [`${n}.txt`, `${story(n)}\n${footer}\n`]));
    writeTree(dir, files);
    const names = Object.keys(files);
    const before = articlesFrom((await runCli(names, { cwd: dir })).stdout);
    expect(before.every((a) => a.body.join('\n').includes(footer))).toBe(true);
    const after = articlesFrom((await runCli(['--learn-boilerplate', ...names], { cwd: dir })).stdout);
    expect(after.every((a) => !a.body.join('\n').includes(footer) && a.boilerplate.footer.includes(footer))).toBe(true);
  });

  it('--jobs: the worker pool gives the same bytes, in input order, as one thread', async () => {
    const dir = tempDir();
    const files = Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`d${String(i).padStart(2, '0')}.txt`, ARTICLE.replace(/^.*\n/, `Story number ${i} of the batch\n`)]));
    writeTree(dir, files);
    const one = await runCli(['-j', '1', '.'], { cwd: dir });
    const pool = await runCli(['-j', '3', '.'], { cwd: dir });
    expect(pool).toMatchObject({ code: 0, stderr: '' });
    expect(pool.stdout).toBe(one.stdout);
    expect(articlesFrom(pool.stdout).map((a) => a.headline)).toEqual(Object.keys(files).map((_, i) => `Story number ${i} of the batch`));
  });

  it('--input ndjson: one result per line in order, ids kept, a bad line gives an error object', async () => {
    const input = [
      JSON.stringify({ id: 'a', text: ARTICLE }),
      '{not json',
      JSON.stringify({ id: 2, body: 'no text field' }),
      JSON.stringify({ id: 'c', text: ARTICLE.replace(/^.*\n/, 'Another headline for the stream\n') }),
    ].join('\n');
    const result = await runCli(['--input', 'ndjson', '-'], { input });
    expect(result.code).toBe(1);
    const lines = result.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['a', null, 2, 'c']);
    expect(lines[1]).toEqual({ id: null, error: 'line 2: not valid JSON' });
    expect(lines[2]).toEqual({ id: 2, error: 'line 3: "text" must be a string' });
    expect(lines[3].headline).toBe('Another headline for the stream');
  });

  it('--fail-on-warning exits 3 when a field is missing', async () => {
    const dir = tempDir();
    writeTree(dir, { 'full.txt': ARTICLE, 'no-byline.txt': ARTICLE.replace('By Jane Doe\n', '') });
    const [full, noByline] = articlesFrom((await runCli(['full.txt', 'no-byline.txt'], { cwd: dir })).stdout);
    expect(full!.warnings).toEqual([]);
    expect(noByline!.warnings).toEqual([expect.stringMatching(/^no byline: /)]);
    expect((await runCli(['--fail-on-warning', 'full.txt'], { cwd: dir })).code).toBe(0);
    expect((await runCli(['--fail-on-warning', 'full.txt', 'no-byline.txt'], { cwd: dir })).code).toBe(3);
  });
});

describe.concurrent('news-parse usage errors', () => {
  it('refuses option combinations that would be silently ignored, with exit 2', async () => {
    const cases: Array<[string[], RegExp]> = [
      [['--explain', '-f', 'csv', SEED], /--explain writes text or json/],
      [['--fields', 'headline', '-f', 'text', SEED], /--fields applies to -f json and -f csv/],
      [['--input', 'ndjson', SEED], /--input ndjson reads standard input only/],
      [['--pretty', '--compact', SEED], /^news-parse: option '--pretty' cannot be used with option '--compact'/],
      [['-j', '0', SEED], /^news-parse: option '-j, --jobs <n>' argument '0' is invalid/],
      [['--out-dir', SEED, SEED], /--out-dir .*: not a folder/],
    ];
    for (const [args, message] of cases) {
      const result = await runCli(args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr).toMatch(message);
    }
  });

  it('a rules file that disables a rule that does not exist is refused', async () => {
    const dir = tempDir();
    writeTree(dir, { 'rules.json': JSON.stringify({ disable: ['shre-bar'] }), 'a.txt': ARTICLE });
    const result = await runCli(['--rules', 'rules.json', 'a.txt'], { cwd: dir });
    expect(result).toMatchObject({ code: 2, stderr: 'news-parse: rules.json: .disable[0]: no built-in rule is called "shre-bar" (see --print-rules)\n' });
    expect((await runCli(['--rules', 'missing.json', 'a.txt'], { cwd: dir })).stderr).toBe('news-parse: missing.json: no such file\n');
  });

  it('a second --out-dir run over the same folder does not read its own outputs', async () => {
    const dir = tempDir();
    writeTree(dir, { 'a.txt': ARTICLE });
    expect((await runCli(['-f', 'markdown', '-o', 'notes', '.'], { cwd: dir })).code).toBe(0);
    expect(await runCli(['-f', 'markdown', '-o', 'notes', '.'], { cwd: dir })).toMatchObject({ code: 0, stderr: '' });
  });

  it('eval names a gold file it cannot read', async () => {
    const dir = tempDir();
    writeTree(dir, { 'a.txt': ARTICLE, 'a.gold.json': '{"id":"a","headline":"x"' });
    const result = await runCli(['eval', '.'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^news-parse: .*a\.gold\.json: not valid JSON/);
  });
});
