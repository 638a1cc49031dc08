/**
 * At scale: the streaming mode (--input ndjson -) as the map step of a distributed run, here GNU
 * parallel splitting one JSON Lines stream into chunks of 50 records, each parsed by its own
 * news-parse process (what Spark's rdd.pipe, Hadoop Streaming or `parallel --pipe --sshlogin` do
 * across hosts). Every id must come back exactly once, in order, and every result must equal what
 * file mode gives for the same text. Skipped, with the reason, when `parallel` is not installed.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, removeTempDirs, runCli, tempDir, writeTree } from './cli-harness.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const BIN = path.join(ROOT, 'bin/news-parse');
const CHUNK = 50;
const VARIANTS = 8;

const parallelVersion = spawnSync('parallel', ['--version'], { encoding: 'utf8' });
const PARALLEL = parallelVersion.status === 0 && /GNU parallel/.test(parallelVersion.stdout);
const SKIP_REASON = 'GNU parallel is not installed (apt-get install parallel); the streaming-at-scale test is skipped';
if (!PARALLEL) console.warn(`test/scale.test.ts: ${SKIP_REASON}`);

/**
 * A few hundred records from the fixtures and seeds: each source as it is, then variants with
 * its digits shifted (other numbers and dates, some of them impossible) and two paragraphs swapped.
 */
function records(): Array<{ id: string; text: string }> {
  const sources = ['seeds', 'fixtures'].flatMap((folder) =>
    readdirSync(path.join(ROOT, folder))
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => ({ name: f.replace(/\.txt$/, ''), text: readFileSync(path.join(ROOT, folder, f), 'utf8') })),
  );
  const out: Array<{ id: string; text: string }> = [];
  for (let variant = 0; variant < VARIANTS; variant++) {
    for (const { name, text } of sources) {
      let varied = text.replace(/\d/g, (d) => String((Number(d) + variant) % 10));
      const blocks = varied.split('\n\n');
      if (variant % 2 && blocks.length > 4) {
        const i = 2 + (variant % (blocks.length - 3));
        [blocks[i], blocks[i + 1]] = [blocks[i + 1]!, blocks[i]!];
        varied = blocks.join('\n\n');
      }
      out.push({ id: `${name}~${variant}`, text: varied });
    }
  }
  return out;
}

const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

describe('streaming mode through GNU parallel --pipe', () => {
  beforeAll(() => ensureBuilt());
  afterAll(() => removeTempDirs());

  it('returns every id exactly once, in order, each equal to file mode', async (ctx) => {
    if (!PARALLEL) ctx.skip(SKIP_REASON);
    const items = records();
    expect(items.length).toBeGreaterThanOrEqual(250);

    // File mode: the same texts as files, one batch over their folder.
    const dir = tempDir();
    writeTree(dir, Object.fromEntries(items.map(({ id, text }) => [`${id}.txt`, text])));
    const fileRun = await runCli(['--compact', dir]);
    expect(fileRun.stderr).toBe('');
    expect(fileRun.code).toBe(0);
    const fromFiles = fileRun.stdout.split('\n').filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>);
    const byId = new Map(fromFiles.map((article) => [path.basename(article.file as string, '.txt'), article]));
    expect(byId.size).toBe(items.length);

    // Stream mode: chunks of CHUNK records, one news-parse process each, output kept in input order.
    const jsonl = items.map((item) => JSON.stringify(item)).join('\n') + '\n';
    const command = `${quote(process.execPath)} ${quote(BIN)} --input ndjson -`;
    const stream = spawnSync('parallel', ['--will-cite', '--pipe', '-k', '-N', String(CHUNK), command], {
      input: jsonl,
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
      timeout: 25_000,
    });
    expect(stream.error).toBeUndefined();
    expect(stream.stderr).toBe('');
    expect(stream.status).toBe(0);

    const lines = stream.stdout.split('\n').filter(Boolean);
    const results = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    const ids = results.map((result) => result.id);
    // Exactly once each, and -k keeps the input order across the chunks.
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(items.map((item) => item.id));

    for (const { id, error, ...article } of results) {
      expect(error, `${id}`).toBeUndefined();
      expect(article.file, `${id}`).toBe(id);
      const { file: _streamFile, ...fromStream } = article;
      const { file: _file, ...fromFile } = byId.get(id as string)!;
      expect(fromStream, `${id}`).toEqual(fromFile);
    }
  }, 30_000);
});
