/**
 * The real, built CLI on a real (pseudo-)terminal: colour, the progress bar, the end-of-batch
 * summary and the red error prefix appear on a terminal and only there.
 *
 * Every case runs in its own tmux window on a private tmux server, 200x50 cells. The window's
 * command first blocks on `tmux wait-for` so that `pipe-pane` is attached before the CLI writes
 * anything: the pane's raw byte stream (including a progress bar that is later erased) is then
 * complete. The command ends by printing an end marker with its exit status; the tests poll for
 * that marker with a deadline and never sleep for a fixed time.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTICLE, ensureBuilt, removeTempDirs, tempDir, writeTree } from './cli-harness.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const BIN = path.join(ROOT, 'bin/news-parse');
const SEED = path.join(ROOT, 'seeds/000_94eb0a8464f32015.txt');
const HEADLINE = 'Putin warns South Korea against arming Ukraine';

const TMUX = (() => {
  const probe = spawnSync('tmux', ['-V'], { encoding: 'utf8' });
  return probe.status === 0 ? 'tmux' : null;
})();
if (!TMUX) console.warn('test/terminal.test.ts: tmux is not installed (e.g. apt-get install tmux); the terminal tests are skipped');

const SOCKET = `news-parse-test-${process.pid}-${Date.now().toString(36)}`;
const COLUMNS = 200;
const ROWS = 50;
const DEADLINE_MS = 20_000;
const END = '__news_parse_terminal_test_end__';

/** The CLI's colour decisions depend only on these, so the tmux server starts without them. */
const serverEnv = (() => {
  const env: NodeJS.ProcessEnv = { ...process.env, LC_ALL: 'C.UTF-8', TERM: 'xterm-256color' };
  for (const name of ['NO_COLOR', 'FORCE_COLOR', 'NODE_OPTIONS', 'TMUX', 'TMUX_PANE', 'CI']) delete env[name];
  return env;
})();

function tmux(...args: string[]): string {
  return execFileSync(TMUX!, ['-L', SOCKET, '-f', '/dev/null', '-u', ...args], { encoding: 'utf8', env: serverEnv, stdio: ['ignore', 'pipe', 'pipe'] });
}

const quote = (s: string) => `'${s.replaceAll("'", `'\\''`)}'`;
/** The CLI as a shell word list, run by the same Node as the tests. */
const CLI = `${quote(process.execPath)} ${quote(BIN)}`;

const ESC = /\x1b\[/;
const RED_PREFIX = /\x1b\[31mnews-parse:\x1b\[39m /;
const BAR = /\[=* *\] \d+\/\d+ files · \d+ files\/s · ETA /;
const SUMMARY = /^parsed (\d+) of (\d+) dumps \((\d+) with warnings, (\d+) failed\) in \d+(\.\d)? s$/m;

async function until<T>(what: string, probe: () => T | undefined): Promise<T> {
  const deadline = Date.now() + DEADLINE_MS;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${DEADLINE_MS / 1000} s waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

interface TerminalRun {
  /** The pane as drawn at the end (scrollback included), with tmux's escape sequences for colours, up to the end marker. */
  screen: string;
  /** Every byte the command wrote to the terminal, up to the end marker. */
  raw: string;
  /** Exit status of the shell command (of the last command of a pipeline). */
  status: number;
}

let work = '';
let windows = 0;

/** Run a shell command in a fresh terminal window and wait until it has finished. */
async function onTerminal(command: string): Promise<TerminalRun> {
  const name = `case${++windows}`;
  const target = `np:${name}`;
  const log = path.join(work, `${name}.raw`);
  tmux('new-window', '-d', '-t', 'np:', '-n', name, '-c', ROOT, `${quote(TMUX!)} -L ${SOCKET} wait-for ${name}; ${command}; echo "${END} $?"`);
  try {
    tmux('pipe-pane', '-t', target, `cat > ${quote(log)}`);
    tmux('wait-for', '-S', name);
    const capture = () => tmux('capture-pane', '-p', '-e', '-S', '-', '-E', '-', '-t', target);
    const [screen, status] = await until(`the end of \`${command}\` on the screen`, () => {
      const text = capture();
      const end = new RegExp(`${END} (\\d+)`).exec(text);
      return end ? ([text.slice(0, end.index), Number(end[1])] as const) : undefined;
    });
    const raw = await until(`the end of \`${command}\` in the pane's byte stream`, () => {
      const text = existsSync(log) ? readFileSync(log, 'latin1') : '';
      const end = text.indexOf(END);
      return end >= 0 ? Buffer.from(text.slice(0, end), 'latin1').toString('utf8') : undefined;
    });
    return { screen, raw, status };
  } catch (error) {
    const screen = (() => {
      try {
        return tmux('capture-pane', '-p', '-S', '-', '-t', target);
      } catch {
        return '(no pane)';
      }
    })();
    throw new Error(`${(error as Error).message}\n--- screen ---\n${screen}`);
  } finally {
    spawnSync(TMUX!, ['-L', SOCKET, 'kill-window', '-t', target], { env: serverEnv });
  }
}

/** A folder of `count` small dumps (24: enough for the worker pool too). */
function batch(count: number): string {
  const dir = tempDir();
  writeTree(dir, Object.fromEntries(Array.from({ length: count }, (_, i) => [`dump-${String(i).padStart(2, '0')}.txt`, ARTICLE])));
  return dir;
}

describe.skipIf(!TMUX)(`news-parse on a terminal${TMUX ? '' : ' (skipped: tmux is not installed)'}`, () => {
  let dumps = '';
  let socketPath = '';

  beforeAll(() => {
    ensureBuilt();
    work = tempDir();
    dumps = batch(24);
    tmux('new-session', '-d', '-s', 'np', '-x', String(COLUMNS), '-y', String(ROWS), '-c', ROOT);
    socketPath = tmux('display-message', '-p', '#{socket_path}').trim();
    for (const [option, value] of [
      ['default-shell', '/bin/sh'],
      ['default-size', `${COLUMNS}x${ROWS}`],
      ['remain-on-exit', 'on'],
      ['history-limit', '20000'],
    ] as const) {
      tmux('set-option', '-g', option, value);
    }
  });

  afterAll(() => {
    if (TMUX) spawnSync(TMUX, ['-L', SOCKET, 'kill-server'], { env: serverEnv });
    // tmux leaves its socket file behind.
    if (socketPath.endsWith(SOCKET)) rmSync(socketPath, { force: true });
    removeTempDirs();
  });

  it('runs in a pane of the fixed size', async () => {
    const { screen } = await onTerminal('stty size');
    expect(screen.trim()).toBe(`${ROWS} ${COLUMNS}`);
  });

  describe('--explain', () => {
    it('colours the file header and the roles on a terminal', async () => {
      const { screen, raw, status } = await onTerminal(`${CLI} --explain ${quote(SEED)}`);
      expect(status).toBe(0);
      // What the CLI wrote: bold header, bold headline role and text, coloured byline, plain body.
      expect(raw).toContain(`\x1b[1m== ${SEED}\x1b[22m\r\n`);
      expect(raw).toContain(` 4  \x1b[1mheadline   \x1b[22m  title-above-byline  \x1b[1m${HEADLINE}\x1b[22m\r\n`);
      expect(raw).toMatch(/\r\n 6  \x1b\[3[0-7]mbyline +\x1b\[39m  desk-byline +\x1b\[3[0-7]mInternational Desk \|\x1b\[39m\r\n/);
      expect(raw).toMatch(/\r\n10  body +clean-dump +Vladimir Putin/);
      // What the terminal shows (tmux's own escape sequences): bold and colour attributes.
      expect(screen).toContain(`\x1b[1m== ${SEED}`);
      expect(screen).toMatch(new RegExp(`\\x1b\\[1m${HEADLINE}`));
      expect(screen).toMatch(/\x1b\[3[0-7]mInternational Desk/);
    });

    it('is plain when stdout is piped', async () => {
      const { screen, status } = await onTerminal(`${CLI} --explain ${quote(SEED)} | cat`);
      expect(status).toBe(0);
      expect(screen).toMatch(new RegExp(`^ 4  headline +title-above-byline +${HEADLINE}$`, 'm'));
      expect(screen).not.toMatch(ESC);
    });

    it('is plain on a terminal with NO_COLOR=1 or --no-color', async () => {
      for (const command of [`NO_COLOR=1 ${CLI} --explain ${quote(SEED)}`, `${CLI} --no-color --explain ${quote(SEED)}`]) {
        const { screen, raw, status } = await onTerminal(command);
        expect(status, command).toBe(0);
        expect(screen, command).toMatch(new RegExp(`^ 4  headline +title-above-byline +${HEADLINE}$`, 'm'));
        expect(screen, command).not.toMatch(ESC);
        expect(raw, command).not.toMatch(ESC);
      }
    });

    it('an empty NO_COLOR does not turn colour off (no-color.org); FORCE_COLOR=1 colours a pipe', async () => {
      const empty = await onTerminal(`NO_COLOR= ${CLI} --explain ${quote(SEED)}`);
      expect(empty.screen).toContain(`\x1b[1m== ${SEED}`);
      const forced = await onTerminal(`FORCE_COLOR=1 ${CLI} --explain ${quote(SEED)} | cat`);
      expect(forced.screen).toContain(`\x1b[1m== ${SEED}`);
      const both = await onTerminal(`FORCE_COLOR=1 ${CLI} --no-color --explain ${quote(SEED)}`);
      expect(both.screen).not.toMatch(ESC);
    });
  });

  describe('progress bar and summary', () => {
    it('a batch on a terminal draws the bar, erases it, and ends with the one-line summary', async () => {
      const { screen, raw, status } = await onTerminal(`${CLI} ${quote(dumps)} > /dev/null`);
      expect(status).toBe(0);
      expect(raw).toMatch(BAR);
      expect(raw).toMatch(/\[={24}\] 24\/24 files/); // the last frame is complete
      const lines = screen.split('\n').filter((line) => line.trim());
      expect(lines).toHaveLength(1); // nothing but the summary is left on the screen
      expect(lines[0]).toMatch(SUMMARY);
      expect(SUMMARY.exec(lines[0]!)!.slice(1, 5)).toEqual(['24', '24', '0', '0']);
      expect(screen).not.toContain('files/s');
    });

    // Once a bug: with stdout on the same terminal, bar frames got mixed into the output lines.
    it('output written to the same terminal is not mixed with bar frames, and the summary follows it', async () => {
      const { screen, status } = await onTerminal(`${CLI} -f csv --fields headline ${quote(dumps)}`);
      expect(status).toBe(0);
      const lines = screen.split('\n').filter((line) => line.trim());
      expect(lines.at(-1)).toMatch(SUMMARY);
      expect(lines[0]).toBe('headline');
      expect(lines.slice(1, -1)).toEqual(Array(24).fill('Harbour bridge reopens after six months of repairs'));
    });

    it('an error in the middle of a batch starts on a clean line, and the summary counts it', async () => {
      const dir = batch(8);
      writeFileSync(path.join(dir, 'dump-04.txt'), Buffer.from([0x48, 0x00, 0x01, 0x02, 0x00, 0x69]));
      const { screen, status } = await onTerminal(`cd ${quote(dir)} && ${CLI} . > /dev/null`);
      expect(status).toBe(1);
      const lines = screen.split('\n').filter((line) => line.trim());
      expect(lines).toHaveLength(2);
      expect(lines[0]).toMatch(/^\x1b\[31mnews-parse:\x1b\[39m dump-04\.txt: binary, not text/);
      expect(SUMMARY.exec(lines[1]!)?.slice(1, 5)).toEqual(['7', '8', '0', '1']);
    });

    it('--quiet shows neither the bar nor the summary', async () => {
      const { screen, raw, status } = await onTerminal(`${CLI} --quiet ${quote(dumps)} > /dev/null`);
      expect(status).toBe(0);
      expect(raw).not.toMatch(BAR);
      expect(raw).not.toContain('parsed ');
      expect(screen.trim()).toBe('');
    });

    it('a batch of three files or fewer has a summary but no bar; a single file has neither', async () => {
      const three = await onTerminal(`${CLI} ${quote(path.join(dumps, 'dump-00.txt'))} ${quote(path.join(dumps, 'dump-01.txt'))} ${quote(SEED)} > /dev/null`);
      expect(three.raw).not.toMatch(BAR);
      expect(three.screen.trim()).toMatch(SUMMARY);
      const one = await onTerminal(`${CLI} ${quote(SEED)} > /dev/null`);
      expect(one.raw).toBe('');
    });

    it('stderr redirected to a file gets neither; --progress draws the bar there but still no summary', async () => {
      const plain = path.join(work, 'plain.err');
      const forced = path.join(work, 'forced.err');
      const first = await onTerminal(`${CLI} ${quote(dumps)} > /dev/null 2> ${quote(plain)}`);
      expect(first.status).toBe(0);
      expect(readFileSync(plain, 'utf8')).toBe('');
      expect(first.screen.trim()).toBe('');
      const second = await onTerminal(`${CLI} --progress ${quote(dumps)} > /dev/null 2> ${quote(forced)}`);
      expect(second.status).toBe(0);
      const err = readFileSync(forced, 'utf8');
      expect(err).toMatch(BAR);
      expect(err.replaceAll('\x1b[K', '')).not.toMatch(ESC); // only the erase-line control, no colour
      expect(err).toMatch(/\r\x1b\[K$/); // the bar is erased at the end
      expect(err).not.toContain('parsed ');
    });
  });

  describe('errors', () => {
    it('the "news-parse:" prefix is red on a terminal', async () => {
      const { screen, status } = await onTerminal(`${CLI} no-such-dump.txt`);
      expect(status).toBe(1);
      expect(screen.trim()).toMatch(new RegExp(`^${RED_PREFIX.source}no-such-dump\\.txt: no such file or folder$`));
    });

    it('is plain when stderr is piped, with NO_COLOR=1 and with --no-color', async () => {
      for (const command of [`${CLI} no-such-dump.txt 2>&1 | cat`, `NO_COLOR=1 ${CLI} no-such-dump.txt`, `${CLI} --no-color no-such-dump.txt`]) {
        const { screen } = await onTerminal(command);
        expect(screen.trim(), command).toBe('news-parse: no-such-dump.txt: no such file or folder');
      }
    });

    it('a usage error is red on a terminal too, and exits with 2', async () => {
      const { screen, status } = await onTerminal(`${CLI} --timezone Mars/Olympus ${quote(SEED)}`);
      expect(status).toBe(2);
      expect(screen.trim()).toMatch(new RegExp(`^${RED_PREFIX.source}--timezone: Mars/Olympus is not an IANA time zone`));
    });
  });
});
