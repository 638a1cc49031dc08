/**
 * Bad and hostile input through the real CLI. A failed input must cost one line on stderr
 * ("news-parse: <file>: <reason>", no stack trace), exit code 1 at the end, and nothing else:
 * every other input is still parsed and written, and no output (or temp file) is left for it.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, closeSync, createReadStream, existsSync, mkdirSync, openSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { once } from 'node:events';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleSchema, type Article } from '../src/index.js';
import {
  ARTICLE, PERMISSIONS_APPLY, articlesFrom, ensureBuilt, feedUntilRead, listTree, openToAll, removeTempDirs, runCli, startCli,
  tempDir, writeTree, type CliResult, type StartOptions,
} from './cli-harness.js';

beforeAll(ensureBuilt);
afterAll(removeTempDirs);

const MEGABYTE = 1024 * 1024;

/** The article with `count` body paragraphs, each a different sentence (long dumps that still read as articles). */
function longArticle(count: number): string {
  const paragraphs = Array.from({ length: count }, (_, i) =>
    `Paragraph ${i} of the council report said the repairs on section ${i % 97} of the bridge had cost more than planned, and that the work would continue into next year.`,
  );
  return `${ARTICLE}\n${paragraphs.join('\n\n')}\n`;
}

const readJson = (file: string): Article => articleSchema.parse(JSON.parse(readFileSync(file, 'utf8')));

/** good.txt plus the bad arguments, as one batch into out/. */
function batch(dir: string, badArgs: string[], options: StartOptions = {}): Promise<CliResult> {
  writeTree(dir, { 'good.txt': ARTICLE });
  return runCli(['good.txt', ...badArgs, '--out-dir', 'out'], { cwd: dir, ...options });
}

/** Exactly these inputs failed, with these reasons, and exactly these outputs were written, each valid. */
function expectBatch(result: CliResult, dir: string, failures: Array<[string, string]>, written: string[]): void {
  expect(result.stderr).toBe(failures.map(([file, reason]) => `news-parse: ${file}: ${reason}\n`).join(''));
  expect(result.code).toBe(failures.length ? 1 : 0);
  const out = path.join(dir, 'out');
  expect(listTree(out)).toEqual(written);
  for (const file of written) readJson(path.join(out, file));
}

function mkfifo(file: string): void {
  const made = spawnSync('mkfifo', [file]);
  if (made.status !== 0) throw new Error(`mkfifo failed: ${made.stderr}`);
}

describe.concurrent('inputs that cannot be read', () => {
  it('a missing file', async () => {
    const dir = tempDir();
    expectBatch(await batch(dir, ['missing.txt']), dir, [['missing.txt', 'no such file or folder']], ['good.json']);
  });

  it('a folder with no dumps in it', async () => {
    const dir = tempDir();
    writeTree(dir, { 'empty/notes.pdf': 'x', 'empty/sub/readme.rst': 'x' });
    expectBatch(await batch(dir, ['empty']), dir, [['empty', 'no .txt, .md or .markdown dumps in this folder']], ['good.json']);
  });

  it('a pattern matching nothing', async () => {
    const dir = tempDir();
    expectBatch(await batch(dir, ['nothing/**/*.txt']), dir, [['nothing/**/*.txt', 'pattern matched no files']], ['good.json']);
  });

  it.skipIf(!PERMISSIONS_APPLY)('an unreadable file (as root: the CLI runs as nobody)', async () => {
    const dir = tempDir();
    openToAll(dir);
    writeTree(dir, { 'secret.txt': ARTICLE });
    chmodSync(path.join(dir, 'secret.txt'), 0o000);
    expectBatch(await batch(dir, ['secret.txt'], PERMISSIONS_APPLY!), dir, [['secret.txt', 'permission denied']], ['good.json']);
  });

  it.skipIf(!PERMISSIONS_APPLY)('an unreadable folder inside a folder: reported, the rest of the folder still parsed', async () => {
    const dir = tempDir();
    openToAll(dir);
    writeTree(dir, { 'dumps/ok.txt': ARTICLE, 'dumps/locked/hidden.txt': ARTICLE });
    chmodSync(path.join(dir, 'dumps'), 0o755);
    chmodSync(path.join(dir, 'dumps/locked'), 0o000);
    const result = await runCli(['dumps', '--out-dir', 'out'], { cwd: dir, ...PERMISSIONS_APPLY });
    expectBatch(result, dir, [['dumps/locked', 'permission denied']], ['ok.json']);
  });

  it('a FIFO, without waiting for a writer', async () => {
    const dir = tempDir();
    mkfifo(path.join(dir, 'pipe.txt'));
    expectBatch(await batch(dir, ['pipe.txt']), dir, [['pipe.txt', 'not a regular file (FIFO)']], ['good.json']);
  });

  it('a device, without reading it (/dev/zero never ends)', async () => {
    const dir = tempDir();
    expectBatch(await batch(dir, ['/dev/zero']), dir, [['/dev/zero', 'not a regular file (device)']], ['good.json']);
  });

  it('a symbolic link loop and a broken link inside a folder', async () => {
    const dir = tempDir();
    writeTree(dir, { 'dumps/ok.txt': ARTICLE });
    symlinkSync('loop.txt', path.join(dir, 'dumps/loop.txt'));
    symlinkSync('gone.txt', path.join(dir, 'dumps/dangling.txt'));
    const result = await runCli(['dumps', '--out-dir', 'out'], { cwd: dir });
    expectBatch(result, dir, [['dumps/dangling.txt', 'broken symbolic link'], ['dumps/loop.txt', 'symbolic link loop']], ['ok.json']);
  });

  it('a file that vanishes between listing and reading', async () => {
    const dir = tempDir();
    writeTree(dir, { 'dumps/a.txt': ARTICLE, 'dumps/b.txt': ARTICLE });
    const run = startCli(['-', 'dumps', '--out-dir', 'out'], { cwd: dir });
    await feedUntilRead(run.child); // everything is listed: the CLI is on stdin, the first input
    rmSync(path.join(dir, 'dumps/a.txt'));
    run.child.stdin!.end();
    expectBatch(await run.done, dir, [['dumps/a.txt', 'no such file or folder']], ['b.json', 'stdin.json']);
  });

  it('a file larger than --max-size', async () => {
    const dir = tempDir();
    writeTree(dir, { 'huge.txt': longArticle(200) });
    const result = await batch(dir, ['huge.txt', '--max-size', '0.01']);
    expectBatch(result, dir, [['huge.txt', 'too large: 32 KB (the limit is 0.01 MB; see --max-size)']], ['good.json']);
  });
});

describe.concurrent('empty input is not an error', () => {
  it.each([
    ['an empty file', ''],
    ['a whitespace-only file', ' \n\t\n  \r\n\u00a0\n'],
  ])('%s: a valid object with the warning "empty input"', async (_, content) => {
    const dir = tempDir();
    writeTree(dir, { 'blank.txt': content });
    const result = await runCli(['blank.txt'], { cwd: dir });
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(articlesFrom(result.stdout)).toMatchObject([{ file: 'blank.txt', headline: null, body: [], warnings: ['empty input'] }]);
  });
});

describe.concurrent('binary input is refused', () => {
  it('PNG, gzip, PDF and NUL bytes, even far into the file', async () => {
    const dir = tempDir();
    writeTree(dir, {
      'a-image.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
      'b-archive.txt': gzipSync(ARTICLE),
      'c-document.txt': '%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n',
      'd-nul.txt': `${longArticle(1000)}\u0000tail`,
    });
    const result = await batch(dir, ['a-image.txt', 'b-archive.txt', 'c-document.txt', 'd-nul.txt']);
    expectBatch(result, dir, [
      ['a-image.txt', 'binary, not text (PNG image)'],
      ['b-archive.txt', 'binary, not text (gzip archive)'],
      ['c-document.txt', 'binary, not text (PDF document)'],
      ['d-nul.txt', 'binary, not text (NUL bytes)'],
    ], ['good.json']);
  });
});

describe.concurrent('encodings are detected, decoded and reported', () => {
  const WESTERN = 'The café owner said “we are open again” after the bridge reopened – a relief for the whole quarter.';
  const LATIN = 'Der Bürgermeister sagte, die Brücke über die Straße sei nach der Reparatur für alle wieder offen.';
  const dump = (paragraph: string) => `Bridge reopens\n\nBy Jane Doe\n\n${paragraph}\n\n${paragraph}\n`;
  const withBom = (bom: number[], body: Buffer) => Buffer.concat([Buffer.from(bom), body]);
  const utf16be = (text: string) => Buffer.from(text, 'utf16le').swap16();

  it.each([
    ['UTF-8 with BOM', withBom([0xef, 0xbb, 0xbf], Buffer.from(dump(WESTERN))), 'utf-8', WESTERN],
    ['UTF-16 LE with BOM', withBom([0xff, 0xfe], Buffer.from(dump(WESTERN), 'utf16le')), 'utf-16le', WESTERN],
    ['UTF-16 BE with BOM', withBom([0xfe, 0xff], utf16be(dump(WESTERN))), 'utf-16be', WESTERN],
    ['Windows-1252 (curly quotes, en dash, é)', iconv.encode(dump(WESTERN), 'windows-1252'), 'windows-1252', WESTERN],
    ['Latin-1', Buffer.from(dump(LATIN), 'latin1'), 'iso-8859-1', LATIN],
  ])('%s', async (_, bytes, encoding, paragraph) => {
    const dir = tempDir();
    writeTree(dir, { 'dump.txt': bytes });
    const result = await runCli(['dump.txt'], { cwd: dir });
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const [article] = articlesFrom(result.stdout);
    expect(article).toMatchObject({ encoding, headline: 'Bridge reopens', body: [paragraph, paragraph] });
    expect(JSON.stringify(article)).not.toContain('\ufffd');
  });

  it('invalid UTF-8 bytes become U+FFFD, with a warning', async () => {
    const dir = tempDir();
    const broken = Buffer.concat([Buffer.from(`${dump(WESTERN)}\nBroken here: `), Buffer.from([0xff]), Buffer.from(' and '), Buffer.from([0xc3, 0x28]), Buffer.from(' end.\n')]);
    writeTree(dir, { 'broken.txt': broken });
    const result = await runCli(['broken.txt'], { cwd: dir });
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const [article] = articlesFrom(result.stdout);
    expect(article!.encoding).toBe('utf-8');
    expect(article!.warnings).toContain('invalid UTF-8: 2 byte sequences replaced with U+FFFD');
    expect(JSON.stringify(article)).toContain('Broken here: \ufffd and \ufffd( end.');
    expect(JSON.stringify(article)).toContain('“we are open again”');
  });
});

describe.concurrent('line endings', () => {
  it('LF, CRLF, lone CR, mixed and no final newline give the same article', async () => {
    const dir = tempDir();
    const lines = longArticle(3).split('\n');
    writeTree(dir, {
      'lf.txt': lines.join('\n'),
      'crlf.txt': lines.join('\r\n'),
      'cr.txt': lines.join('\r'),
      // No CR directly before an LF, which would make one CRLF of two line ends.
      'mixed.txt': lines.map((line, i) => (i ? ['\r\n', '\n', '\r'][i % 3] : '') + line).join(''),
      'unterminated.txt': lines.join('\n').trimEnd(),
    });
    const result = await runCli(['lf.txt', 'crlf.txt', 'cr.txt', 'mixed.txt', 'unterminated.txt'], { cwd: dir });
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const [lf, ...others] = articlesFrom(result.stdout).map(({ file: _file, ...article }) => article);
    expect(lf!.body).toHaveLength(6);
    // Line ends and a missing final newline change nothing, stats.lines included.
    for (const other of others) expect(other).toEqual(lf);
  });

  it('a 10 MB dump with no newline at all', async () => {
    const dir = tempDir();
    const words = 'the council said the bridge would reopen soon and commuters welcomed the news ';
    writeTree(dir, { 'one-line.txt': words.repeat(Math.ceil((10 * MEGABYTE) / words.length)).trimEnd() });
    const result = await runCli(['one-line.txt', '--out-dir', 'out'], { cwd: dir });
    expectBatch(result, dir, [], ['one-line.json']);
    expect(readJson(path.join(dir, 'out/one-line.json')).stats.lines).toBe(1);
  });
});

describe('a 50 MB dump', () => {
  // Peak resident memory of the CLI, written to fd 3 as it exits.
  const REPORT_PEAK_RSS = `data:text/javascript,${encodeURIComponent(
    'import { writeSync } from "node:fs"; process.on("exit", () => writeSync(3, String(process.resourceUsage().maxRSS * 1024)));',
  )}`;

  it('parses with the JavaScript heap capped at 8x its size, and the output is valid', { timeout: 180_000 }, async () => {
    const dir = tempDir();
    const article = longArticle(330_000);
    writeTree(dir, { 'big.txt': article });
    const size = Buffer.byteLength(article);
    expect(size).toBeGreaterThan(50 * MEGABYTE);
    const heapCap = Math.round((8 * size) / MEGABYTE);
    const run = startCli(['big.txt', '--out-dir', 'out'], {
      cwd: dir,
      nodeArgs: [`--max-old-space-size=${heapCap}`, '--import', REPORT_PEAK_RSS],
      stdio: ['ignore', 'pipe', 'pipe', 'pipe'],
    });
    let peak = '';
    run.child.stdio[3]!.on('data', (chunk: Buffer) => (peak += chunk));
    expectBatch(await run.done, dir, [], ['big.json']);
    expect(readJson(path.join(dir, 'out/big.json')).stats.paragraphs).toBeGreaterThan(330_000);
    // Resident memory adds the file's bytes, Node itself and GC slack to the capped heap (measured: ~10x).
    expect(Number(peak)).toBeLessThan(16 * size);
  });
});

describe.concurrent('--out-dir problems', () => {
  it.skipIf(!PERMISSIONS_APPLY)('a read-only output folder (as root: the CLI runs as nobody)', async () => {
    const dir = tempDir();
    openToAll(dir);
    mkdirSync(path.join(dir, 'out'));
    chmodSync(path.join(dir, 'out'), 0o555);
    writeTree(dir, { 'other.txt': ARTICLE });
    const result = await batch(dir, ['other.txt'], PERMISSIONS_APPLY!);
    expectBatch(result, dir, [
      ['good.txt', 'cannot write out/good.json: permission denied'],
      ['other.txt', 'cannot write out/other.json: permission denied'],
    ], []);
  });

  it('an output folder under a file', async () => {
    const dir = tempDir();
    writeTree(dir, { 'good.txt': ARTICLE });
    const result = await runCli(['good.txt', '--out-dir', 'good.txt/out'], { cwd: dir });
    expect(result.stderr).toBe('news-parse: good.txt: cannot write good.txt/out/good.json: a part of the path is not a folder\n');
    expect(result.code).toBe(1);
  });

  it.skipIf(!existsSync('/dev/full'))('a full disk under standard output (/dev/full)', async () => {
    const dir = tempDir();
    writeTree(dir, { 'a.txt': ARTICLE, 'b.txt': ARTICLE });
    const full = openSync('/dev/full', 'w');
    const result = await runCli(['a.txt', 'b.txt'], { cwd: dir, stdio: ['pipe', full, 'pipe'] }).finally(() => closeSync(full));
    expect(result.stderr).toBe('news-parse: standard output: no space left on device; stopping\n');
    expect(result.code).toBe(1);
  });

  it.skipIf(process.platform === 'win32')('a write that fails half-way (file size limit): nothing partial is left', async () => {
    const dir = tempDir();
    writeTree(dir, { 'big.txt': longArticle(2000) });
    // RLIMIT_FSIZE of 64 blocks (32 or 64 KB, by shell): good.json fits, big.json fails mid-write with EFBIG.
    const result = await batch(dir, ['big.txt'], { prefix: ['/bin/sh', '-c', 'ulimit -f 64 && exec "$@"', 'sh'] });
    expectBatch(result, dir, [['big.txt', 'cannot write out/big.json: file too large for the file system or the process limit']], ['good.json']);
  });

  it('an output name that would leave the folder', async () => {
    const dir = tempDir();
    writeTree(dir, { 'work/in/a.txt': ARTICLE, 'elsewhere/b.txt': ARTICLE });
    const result = await runCli(['{in,../elsewhere}/*.txt', '--out-dir', 'out'], { cwd: path.join(dir, 'work') });
    expect(result.stderr).toBe('news-parse: ../elsewhere/b.txt: output ../elsewhere/b.json would land outside out\n');
    expect(result.code).toBe(1);
    expect(listTree(path.join(dir, 'work/out'))).toEqual(['in/a.json']);
    expect(listTree(path.join(dir, 'elsewhere'))).toEqual(['b.txt']);
  });

  it('an output that would overwrite an input', async () => {
    const dir = tempDir();
    writeTree(dir, { 'good.txt': ARTICLE, 'notes.md': ARTICLE });
    const result = await runCli(['-f', 'markdown', '--out-dir', '.', 'good.txt', 'notes.md'], { cwd: dir });
    expect(result.stderr).toBe('news-parse: notes.md: output notes.md would overwrite an input file\n');
    expect(result.code).toBe(1);
    expect(readFileSync(path.join(dir, 'notes.md'), 'utf8')).toBe(ARTICLE);
    expect(listTree(dir)).toEqual(['good.md', 'good.txt', 'notes.md']);
  });

  it('two inputs with the same output name', async () => {
    const dir = tempDir();
    writeTree(dir, { 'a/x.txt': ARTICLE, 'b/x.txt': ARTICLE });
    const result = await runCli(['a/x.txt', 'b/x.txt', '--out-dir', 'out'], { cwd: dir });
    expectBatch(result, dir, [['b/x.txt', 'output out/x.json would overwrite the output of a/x.txt']], ['x.json']);
    expect(readJson(path.join(dir, 'out/x.json')).file).toBe('a/x.txt');
  });
});

describe.concurrent('SIGINT and SIGTERM during a batch', () => {
  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)('%s: stops, keeps the outputs already written complete, leaves no temp file', async (signal, code) => {
    const dir = tempDir();
    writeTree(dir, { 'first/a.txt': ARTICLE, 'first/b.txt': ARTICLE, 'later/c.txt': ARTICLE });
    const run = startCli(['first', '-', 'later', '--out-dir', 'out'], { cwd: dir });
    await feedUntilRead(run.child); // first/ is written; the CLI is reading stdin
    run.child.kill(signal);
    const result = await run.done;
    expect(result.stderr).toBe(`news-parse: stopping on ${signal}; outputs written so far are complete\n`);
    expect(result.code).toBe(code);
    expect(listTree(path.join(dir, 'out'))).toEqual(['a.json', 'b.json']);
    for (const file of ['a.json', 'b.json']) readJson(path.join(dir, 'out', file));
  });

  /**
   * Stop the CLI in the middle of writing an output. Its temp file is made a FIFO that the test
   * reads: the CLI's write blocks once the pipe is full, and the test knows it is mid-write.
   */
  async function stopMidWrite(then: (run: ReturnType<typeof startCli>, reader: ReturnType<typeof createReadStream>) => Promise<void>) {
    const dir = tempDir();
    writeTree(dir, { 'big.txt': longArticle(20_000) });
    mkdirSync(path.join(dir, 'out'));
    const run = startCli(['-', 'big.txt', '--out-dir', 'out'], { cwd: dir });
    const temp = path.join(dir, 'out', `.big.json.${run.child.pid}.tmp`);
    mkfifo(temp);
    const reader = createReadStream(temp); // opens once the CLI opens it to write
    run.child.stdin!.end(ARTICLE); // stdin.json first, then big.txt into the FIFO
    await once(reader, 'data');
    reader.pause();
    run.child.kill('SIGTERM');
    await run.stderrContains('stopping on SIGTERM');
    await then(run, reader);
    const result = await run.done;
    expect(listTree(path.join(dir, 'out'))).toEqual(['stdin.json']);
    return result;
  }

  it('a signal in the middle of writing an output: the temp file goes, the target is never created', async () => {
    const result = await stopMidWrite(async (_, reader) => {
      reader.destroy(); // the blocked write fails; the CLI removes its temp file and stops
    });
    expect(result.stderr).toBe('news-parse: stopping on SIGTERM; outputs written so far are complete\n');
    expect(result.code).toBe(143);
  });

  it('a second signal, while the write is stuck, ends the process at once and still removes the temp file', async () => {
    const result = await stopMidWrite(async (run, reader) => {
      run.child.kill('SIGTERM');
      await run.done;
      reader.destroy();
    });
    expect(result.signal).toBe('SIGTERM');
  });
});
