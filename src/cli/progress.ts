/**
 * Progress of a long batch on a terminal's stderr: one line redrawn in place, at most a few times
 * a second, and a one-line summary at the end.
 */
export interface Tally {
  done: number;
  warned: number;
  failed: number;
}

const REDRAW_MS = 100;
const BAR_WIDTH = 24;

const seconds = (ms: number) => (ms < 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms / 1000)} s`);

export class Progress {
  private readonly started = Date.now();
  private lastDraw = 0;
  private drawn = false;

  constructor(
    private readonly total: number,
    private readonly stream: NodeJS.WriteStream,
    private readonly enabled: boolean,
  ) {}

  update(tally: Tally, force = false): void {
    if (!this.enabled) return;
    const now = Date.now();
    if (!force && now - this.lastDraw < REDRAW_MS) return;
    this.lastDraw = now;
    const elapsed = now - this.started;
    const share = this.total ? tally.done / this.total : 1;
    const filled = Math.round(share * BAR_WIDTH);
    const rate = elapsed > 0 ? (tally.done * 1000) / elapsed : 0;
    const eta = rate > 0 ? seconds(((this.total - tally.done) / rate) * 1000) : '?';
    const failures = tally.failed ? ` · ${tally.failed} failed` : '';
    this.stream.write(`\r[${'='.repeat(filled)}${' '.repeat(BAR_WIDTH - filled)}] ${tally.done}/${this.total} files · ${rate.toFixed(0)} files/s · ETA ${eta}${failures}\x1b[K`);
    this.drawn = true;
  }

  /** Clear the bar so that an error line or the summary starts on a clean line. */
  clear(): void {
    if (this.drawn) this.stream.write('\r\x1b[K');
    this.drawn = false;
  }

  summary(tally: Tally): string {
    const parsed = tally.done - tally.failed;
    return `parsed ${parsed} of ${this.total} dump${this.total === 1 ? '' : 's'} (${tally.warned} with warnings, ${tally.failed} failed) in ${seconds(Date.now() - this.started)}`;
  }
}
