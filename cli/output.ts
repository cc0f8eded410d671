/**
 * Output sink with backpressure: `write` resolves immediately while the stream accepts data and
 * waits for 'drain' when its buffer is full, so a slow consumer slows us down instead of growing
 * memory. A closed pipe (EPIPE: `policylens … | head`) ends the process quietly with status 0.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';

/** Called once when the reader went away; the process exits without a stack trace. */
function quietExit(): never {
  process.exit(0);
}

function isEpipe(e: unknown): boolean {
  const code = (e as NodeJS.ErrnoException | null)?.code;
  return code === 'EPIPE' || code === 'ERR_STREAM_DESTROYED';
}

export class Output {
  private failed: Error | null = null;

  private constructor(private readonly stream: Writable, private readonly owned: boolean) {
    stream.on('error', (e) => {
      if (isEpipe(e)) quietExit();
      this.failed = e;
    });
  }

  /** stdout, or a file (created/truncated) when `path` is given. */
  static open(path: string | null): Output {
    if (path === null || path === '-') return new Output(process.stdout, false);
    return new Output(createWriteStream(path), true);
  }

  /** Write a chunk; await the result only when it is a promise (hot path stays synchronous). */
  write(chunk: string): void | Promise<void> {
    if (this.failed) throw this.failed;
    if (chunk === '') return;
    if (!this.stream.write(chunk)) return this.drain();
    return;
  }

  private async drain(): Promise<void> {
    await new Promise<void>((resolve) => {
      // Both listeners are removed again: a long run drains thousands of times.
      const done = () => {
        this.stream.off('drain', done);
        this.stream.off('close', done);
        resolve();
      };
      this.stream.on('drain', done);
      this.stream.on('close', done);
    });
    if (this.failed) throw this.failed;
  }

  /** Flush and close a file; for stdout wait until everything queued was handed to the OS. */
  async close(): Promise<void> {
    if (this.failed) throw this.failed;
    if (this.owned) {
      this.stream.end();
      await once(this.stream, 'finish');
    } else if (this.stream.writableLength > 0) {
      await new Promise<void>((resolve) => this.stream.write('', () => resolve()));
    }
    if (this.failed) throw this.failed;
  }
}

/** Install once: EPIPE on stdout/stderr anywhere ends the process quietly. */
export function installPipeGuards(): void {
  process.stdout.on('error', (e) => {
    if (isEpipe(e)) quietExit();
  });
  process.stderr.on('error', () => {
    /* nowhere left to report it */
  });
}
