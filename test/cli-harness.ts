/**
 * Running the real, built CLI (bin/news-parse -> dist/cli.cjs) from tests, in temp folders.
 */
import { execFileSync, spawn, spawnSync, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { chmodSync, closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { articleSchema, type Article } from '../src/index.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const BIN = path.join(ROOT, 'bin/news-parse');
const BUNDLE = path.join(ROOT, 'dist/cli.cjs');

function newestSourceTime(): number {
  const files = readdirSync(path.join(ROOT, 'src'), { recursive: true, encoding: 'utf8' });
  return Math.max(...files.map((f) => statSync(path.join(ROOT, 'src', f)).mtimeMs));
}

const isFresh = () => existsSync(BUNDLE) && statSync(BUNDLE).mtimeMs >= newestSourceTime();
const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/**
 * Build dist/ when it is missing or older than src/, so the CLI tests never run a stale bundle.
 * Test files run in parallel workers and the build empties dist/ first: a lock file makes the
 * second worker wait for the first one's build instead of racing it.
 */
export function ensureBuilt(): void {
  if (isFresh()) return;
  const lock = path.join(os.tmpdir(), `news-parse-build-${Buffer.from(ROOT).toString('hex').slice(-24)}.lock`);
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      closeSync(openSync(lock, 'wx'));
      break;
    } catch {
      if (isFresh()) return;
      // A lock older than any build is left over from a killed run.
      if (Date.now() > deadline || Date.now() - statSync(lock, { throwIfNoEntry: false })!.mtimeMs > 120_000) rmSync(lock, { force: true });
      sleep(200);
    }
  }
  try {
    if (!isFresh()) execFileSync(process.execPath, [path.join(ROOT, 'scripts/build.mjs')], { cwd: ROOT, stdio: 'inherit' });
  } finally {
    rmSync(lock, { force: true });
  }
}

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface CliRun {
  child: ChildProcess;
  /** Resolves when the process has exited and its output is read. */
  done: Promise<CliResult>;
  /** Resolves with stderr so far once it contains `text`. */
  stderrContains(text: string): Promise<string>;
}

export interface StartOptions extends Pick<SpawnOptions, 'cwd' | 'uid' | 'gid' | 'stdio'> {
  /** Node options before the script, e.g. --max-old-space-size. */
  nodeArgs?: string[];
  /** A command the CLI is run under, e.g. a shell setting a resource limit before `exec "$@"`. */
  prefix?: string[];
}

/** Start the CLI; colours off so that stderr can be compared as text. */
export function startCli(args: string[], options: StartOptions = {}): CliRun {
  const { nodeArgs = [], prefix = [], ...spawnOptions } = options;
  const [command, ...commandArgs] = [...prefix, process.execPath, ...nodeArgs, BIN, ...args];
  const child = spawn(command!, commandArgs, {
    stdio: 'pipe',
    ...spawnOptions,
    env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
  });
  let stdout = '';
  let stderr = '';
  const waiting: Array<{ text: string; resolve: (s: string) => void }> = [];
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
    for (const w of waiting.filter((w) => stderr.includes(w.text))) w.resolve(stderr);
  });
  const done = new Promise<CliResult>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
  const stderrContains = (text: string) =>
    new Promise<string>((resolve) => (stderr.includes(text) ? resolve(stderr) : waiting.push({ text, resolve })));
  return { child, done, stderrContains };
}

/** Run the CLI to the end; `input` goes to its stdin. */
export function runCli(args: string[], options: StartOptions & { input?: string | Buffer } = {}): Promise<CliResult> {
  const { input, ...rest } = options;
  const run = startCli(args, rest);
  run.child.stdin?.end(input);
  return run.done;
}

/**
 * Write a dump to the child's stdin and resolve once the child has read most of it. A pipe holds
 * at most 1 MB (Linux pipe-max-size), so a larger dump is drained only by a reader: the CLI reads
 * stdin when it gets to "-" in its batch, after listing every argument and handling the inputs
 * before it. Tests use this as a deterministic "the CLI has got this far".
 */
export function feedUntilRead(child: ChildProcess): Promise<void> {
  // Larger than the stream's high-water mark too, so write() returns false and 'drain' follows.
  child.stdin!.write(GATE_DUMP);
  return new Promise((resolve) => child.stdin!.once('drain', resolve));
}

/** A small, plainly laid out article: headline, byline, stamp, three paragraphs. */
export const ARTICLE = [
  'Harbour bridge reopens after six months of repairs',
  '',
  'By Jane Doe',
  'Published: June 21, 2024',
  '',
  'The harbour bridge reopened to traffic on Monday after six months of repairs, the city council said in a statement.',
  '',
  'Engineers replaced the steel cables and resurfaced the deck, which had been closed since a storm damaged it in December.',
  '',
  'Commuters who had used the ferry during the closure said they were glad to have the shorter route back.',
  '',
].join('\n');

/** ARTICLE repeated past 1.2 MB, for feedUntilRead. */
const GATE_DUMP = `${ARTICLE}\n`.repeat(Math.ceil((1.2 * 1024 * 1024) / (ARTICLE.length + 1)));

/** JSON Lines from stdout, each validated. */
export function articlesFrom(stdout: string): Article[] {
  return stdout.split('\n').filter(Boolean).map((line) => articleSchema.parse(JSON.parse(line)));
}

/** A fresh folder under the OS temp folder, removed with `removeTempDirs`. */
const tempDirs: string[] = [];
export function tempDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'news-parse-test-'));
  tempDirs.push(dir);
  return dir;
}
export function removeTempDirs(): void {
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** Create files under `dir` from a { relativePath: content } map. */
export function writeTree(dir: string, files: Record<string, string | Buffer>): void {
  for (const [relative, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, relative)), { recursive: true });
    writeFileSync(path.join(dir, relative), content);
  }
}

/** Every file under `dir`, relative, sorted; hidden (temp) files included. */
export function listTree(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => !e.isDirectory())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort();
}

const NOBODY = 65534;

/**
 * Spawn options under which file permissions apply: none needed for a normal user; as root
 * (CI, containers), the CLI runs as `nobody`, which root may switch to, provided `nobody` can
 * reach the project (a checkout inside a private folder cannot be). Null when neither works, and
 * permission tests are then skipped rather than faked.
 */
export const PERMISSIONS_APPLY: Pick<SpawnOptions, 'uid' | 'gid'> | null = (() => {
  if (process.getuid?.() !== 0) return process.platform === 'win32' ? null : {};
  const probe = spawnSync(process.execPath, ['-e', `require('node:fs').accessSync(${JSON.stringify(BIN)})`], { uid: NOBODY, gid: NOBODY });
  return probe.status === 0 ? { uid: NOBODY, gid: NOBODY } : null;
})();

/** Let `nobody` into a temp folder made by root (mkdtemp makes it private). */
export function openToAll(dir: string): void {
  chmodSync(dir, 0o777);
}
