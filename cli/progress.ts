/**
 * Progress line on stderr, only when stderr is a TTY and not --quiet: documents done, failures,
 * documents/s and ETA (when the total is known). Redrawn at most every 200 ms.
 */
const REDRAW_MS = 200;

function clock(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '?';
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

export class Progress {
  private done = 0;
  private failed = 0;
  private total: number | null = null;
  private readonly start = Date.now();
  private lastDraw = 0;
  private drawn = false;

  constructor(private readonly enabled: boolean) {}

  static forStderr(quiet: boolean): Progress {
    return new Progress(!quiet && Boolean(process.stderr.isTTY));
  }

  setTotal(total: number): void {
    this.total = total;
  }

  tick(ok: boolean): void {
    this.done++;
    if (!ok) this.failed++;
    if (!this.enabled) return;
    const now = Date.now();
    if (now - this.lastDraw >= REDRAW_MS) this.draw(now);
  }

  private draw(now: number): void {
    this.lastDraw = now;
    const secs = (now - this.start) / 1000;
    const rate = secs > 0 ? this.done / secs : 0;
    const of = this.total === null ? '' : `/${this.total}`;
    const eta = this.total !== null && rate > 0 ? ` ETA ${clock((this.total - this.done) / rate)}` : '';
    const line = `policylens: ${this.done}${of} docs, ${this.failed} failed, ${rate.toFixed(1)} docs/s${eta}`;
    process.stderr.write(`\r\x1b[2K${line}`);
    this.drawn = true;
  }

  /** Erase the progress line (before the summary is printed). */
  finish(): void {
    if (this.enabled && this.drawn) process.stderr.write('\r\x1b[2K');
  }
}
