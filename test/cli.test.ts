/**
 * The command line as users run it: the built bin in a temp folder, inputs in, JSON/Markdown out.
 * Bad and hostile input is in bad-input.test.ts.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTICLE, articlesFrom, ensureBuilt, feedUntilRead, listTree, removeTempDirs, runCli, startCli, tempDir, writeTree } from './cli-harness.js';
import { readBackMarkdown } from './helpers.js';

beforeAll(ensureBuilt);
afterAll(removeTempDirs);

/** ARTICLE with its headline changed, so that outputs can be told apart. */
const articleTitled = (title: string) => ARTICLE.replace(/^.*\n/, `${title}\n`);

describe.concurrent('news-parse', () => {
  it('prints one JSON object per dump on one line each, exit 0, nothing on stderr', async () => {
    const dir = tempDir();
    writeTree(dir, { 'a.txt': articleTitled('Alpha bridge reopens after repairs'), 'b.txt': articleTitled('Beta bridge closes for repairs') });
    const result = await runCli(['a.txt', 'b.txt'], { cwd: dir });
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(articlesFrom(result.stdout).map((a) => [a.file, a.headline])).toEqual([
      ['a.txt', 'Alpha bridge reopens after repairs'],
      ['b.txt', 'Beta bridge closes for repairs'],
    ]);
  });

  it('searches a folder recursively and keeps relative paths under --out-dir; hidden files are skipped', async () => {
    const dir = tempDir();
    writeTree(dir, { 'dumps/top.txt': ARTICLE, 'dumps/2024/06/deep.md': ARTICLE, 'dumps/.hidden.txt': ARTICLE, 'dumps/notes.pdf': 'not a dump' });
    const result = await runCli(['dumps', '--out-dir', 'out'], { cwd: dir });
    expect(result).toMatchObject({ code: 0, stdout: '', stderr: '' });
    expect(listTree(path.join(dir, 'out'))).toEqual(['2024/06/deep.json', 'top.json']);
    const deep = JSON.parse(readFileSync(path.join(dir, 'out/2024/06/deep.json'), 'utf8'));
    expect(deep.file).toBe(path.join('dumps', '2024/06/deep.md'));
  });

  it('expands a quoted pattern and keeps the path below its fixed part', async () => {
    const dir = tempDir();
    writeTree(dir, { 'in/x/one.txt': ARTICLE, 'in/y/two.txt': ARTICLE, 'in/y/skip.json': '{}' });
    const result = await runCli(['in/**/*.txt', '--out-dir', 'out'], { cwd: dir });
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(listTree(path.join(dir, 'out'))).toEqual(['x/one.json', 'y/two.json']);
  });

  it('reads stdin for "-" and when no path is given', async () => {
    for (const args of [['-'], []]) {
      const result = await runCli(args, { input: ARTICLE });
      expect(result).toMatchObject({ code: 0, stderr: '' });
      expect(articlesFrom(result.stdout)).toMatchObject([{ file: '-', headline: 'Harbour bridge reopens after six months of repairs' }]);
    }
  });

  it('writes Markdown whose front matter and paragraphs read back as the article', async () => {
    const dir = tempDir();
    writeTree(dir, { 'a.txt': ARTICLE });
    const json = articlesFrom((await runCli(['a.txt'], { cwd: dir })).stdout)[0]!;
    const result = await runCli(['-f', 'markdown', '--out-dir', 'out', 'a.txt'], { cwd: dir });
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const back = readBackMarkdown(readFileSync(path.join(dir, 'out/a.md'), 'utf8'));
    expect(back.paragraphs).toEqual(json.body);
    expect(back.meta).toMatchObject({ title: json.headline, date: json.published, authors: json.authors, file: 'a.txt' });
  });

  it('prints the JSON Schema of the output with --schema', async () => {
    const result = await runCli(['--schema']);
    expect(result.code).toBe(0);
    const schema = JSON.parse(result.stdout);
    expect(schema.$schema).toContain('2020-12');
    expect(schema.required).toContain('body');
  });

  it('starts from the code cache the build wrote: V8 accepts it', () => {
    const root = path.resolve(import.meta.dirname, '..');
    const probe = `import { loadBundle } from './dist/code-cache.js'; process.stdout.write(String(loadBundle(${JSON.stringify(path.join(root, 'dist/cli.cjs'))}).script.cachedDataRejected));`;
    const rejected = execFileSync(process.execPath, ['--input-type=module', '-e', probe], { cwd: root, encoding: 'utf8' });
    expect(rejected).toBe('false');
  });

  it('exits 2 on a usage error, before reading anything', async () => {
    const result = await runCli(['--no-such-option', 'a.txt']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("unknown option '--no-such-option'");
    expect(result.stdout).toBe('');
  });

  it('gives byte-identical outputs whatever the order of the files in the batch', async () => {
    const dir = tempDir();
    const names = ['a.txt', 'b.txt', 'c.txt', 'd.txt'];
    writeTree(dir, Object.fromEntries(names.map((name, i) => [name, articleTitled(`Bridge number ${i} reopens after repairs`)])));
    await runCli([...names, '--out-dir', 'forward'], { cwd: dir });
    await runCli([...names].reverse().concat('--out-dir', 'backward'), { cwd: dir });
    for (const name of ['a.json', 'b.json', 'c.json', 'd.json']) {
      expect(readFileSync(path.join(dir, 'backward', name))).toEqual(readFileSync(path.join(dir, 'forward', name)));
    }
  });

  it('stops quietly when the reader of its output goes away (| head)', async () => {
    const dir = tempDir();
    writeTree(dir, { 'a.txt': ARTICLE, 'b.txt': ARTICLE });
    // a.txt is written, then the CLI waits on stdin: the test closes its end of stdout meanwhile.
    const run = startCli(['a.txt', '-', 'b.txt'], { cwd: dir });
    await feedUntilRead(run.child);
    run.child.stdout!.destroy();
    run.child.stdin!.end();
    const result = await run.done;
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
  });
});
