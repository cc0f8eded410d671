/**
 * A small worker_threads pool: FIFO queue, up to `perWorker` jobs in flight per worker (so a
 * worker that finishes one job finds the next already waiting, and a job's asynchronous I/O can
 * overlap another's CPU), a per-job time limit, and crash recovery. `run` never
 * rejects. The worker script is the CLI bundle itself (see cli/index.ts).
 *
 * Failure rules: a job that exceeds the time limit resolves as 'timeout' and its worker is
 * replaced; the worker's other jobs go back to the front of the queue. When a worker dies, its
 * oldest job resolves as 'worker-crashed' and the others are retried once.
 */
import { Worker } from 'node:worker_threads';

export const WORKER_ROLE = 'policylens-worker';
/** Heap cap per worker; a 5 MB page needs well under this. */
const WORKER_HEAP_MB = 1536;

interface Job<T, R> {
  id: number;
  payload: T;
  resolve: (r: R) => void;
  retried: boolean;
  timer: NodeJS.Timeout | null;
}

interface Slot<T, R> {
  worker: Worker;
  /** In dispatch order (oldest first). */
  jobs: Map<number, Job<T, R>>;
}

export interface PoolOptions<T, R> {
  size: number;
  script: URL | string;
  workerData: unknown;
  /** ms; 0 = no limit. */
  timeoutMs: number;
  /** Jobs dispatched to one worker at a time (default 2). */
  perWorker?: number;
  /** Result for a job whose worker died ('worker-crashed') or ran out of time ('timeout'). */
  onFailure: (payload: T, error: 'worker-crashed' | 'timeout', detail?: string) => R;
}

export class WorkerPool<T, R> {
  private readonly slots: Slot<T, R>[] = [];
  private readonly queue: Job<T, R>[] = [];
  private nextId = 0;
  private closed = false;
  private readonly perWorker: number;
  /** Deaths since the last answered job; too many means the worker script itself is broken. */
  private crashesInARow = 0;
  private broken = false;

  constructor(private readonly opts: PoolOptions<T, R>) {
    this.perWorker = Math.max(1, opts.perWorker ?? 2);
    for (let i = 0; i < opts.size; i++) this.slots.push(this.spawn());
  }

  private spawn(): Slot<T, R> {
    const worker = new Worker(this.opts.script, {
      workerData: { role: WORKER_ROLE, data: this.opts.workerData },
      // A pathological document exhausts its worker's heap, not the process: the worker dies,
      // the document is reported as 'worker-crashed' and a fresh worker takes over.
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
      stdout: false,
      stderr: false,
    });
    const slot: Slot<T, R> = { worker, jobs: new Map() };
    worker.on('message', (msg: { id: number; result: R }) => {
      const job = slot.jobs.get(msg.id);
      if (!job) return;
      if (job.timer) clearTimeout(job.timer);
      slot.jobs.delete(msg.id);
      this.crashesInARow = 0;
      job.resolve(msg.result);
      this.pump();
    });
    const onDeath = (detail: string) => {
      if (this.closed) return;
      const [oldest, ...others] = this.takeJobs(slot);
      if (oldest) oldest.resolve(this.opts.onFailure(oldest.payload, 'worker-crashed', detail));
      this.requeue(others, detail);
      this.replace(slot);
    };
    worker.on('error', (e) => onDeath(e?.message ?? String(e)));
    worker.on('exit', (code) => onDeath(`exit ${code}`));
    return slot;
  }

  private takeJobs(slot: Slot<T, R>): Job<T, R>[] {
    const jobs = [...slot.jobs.values()];
    slot.jobs.clear();
    for (const j of jobs) if (j.timer) clearTimeout(j.timer);
    return jobs;
  }

  /** Innocent bystanders of a dead worker: retry once, at the front of the queue. */
  private requeue(jobs: Job<T, R>[], detail: string): void {
    for (const j of jobs.reverse()) {
      if (j.retried) j.resolve(this.opts.onFailure(j.payload, 'worker-crashed', detail));
      else this.queue.unshift({ ...j, retried: true, timer: null });
    }
  }

  private replace(slot: Slot<T, R>, crashed = true): void {
    const i = this.slots.indexOf(slot);
    if (i === -1) return;
    slot.worker.removeAllListeners();
    slot.worker.on('error', () => undefined);
    if (crashed && ++this.crashesInARow > 5 * this.opts.size + 5) {
      this.broken = true;
      this.slots.splice(i, 1);
      if (this.slots.length === 0) {
        for (const q of this.queue.splice(0)) q.resolve(this.opts.onFailure(q.payload, 'worker-crashed', 'worker pool broken'));
      }
      return;
    }
    this.slots[i] = this.spawn();
    this.pump();
  }

  private pump(): void {
    for (const slot of this.slots) {
      while (slot.jobs.size < this.perWorker && this.queue.length > 0) {
        const job = this.queue.shift()!;
        if (this.opts.timeoutMs > 0) {
          job.timer = setTimeout(() => {
            if (slot.jobs.get(job.id) !== job) return;
            slot.jobs.delete(job.id);
            job.resolve(this.opts.onFailure(job.payload, 'timeout', `${this.opts.timeoutMs / 1000} s`));
            this.requeue(this.takeJobs(slot).map((j) => ({ ...j, retried: false })), 'timeout');
            void slot.worker.terminate();
            this.replace(slot, false);
          }, this.opts.timeoutMs);
        }
        slot.jobs.set(job.id, job);
        slot.worker.postMessage({ id: job.id, payload: job.payload });
      }
    }
  }

  run(payload: T): Promise<R> {
    if (this.broken && this.slots.length === 0) return Promise.resolve(this.opts.onFailure(payload, 'worker-crashed', 'worker pool broken'));
    return new Promise<R>((resolve) => {
      this.queue.push({ id: this.nextId++, payload, resolve, retried: false, timer: null });
      this.pump();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}

/** Worker side: answer `{id, payload}` messages with `{id, result}`. */
export function serveWorker<T, R>(
  port: { on(ev: 'message', cb: (m: { id: number; payload: T }) => void): void; postMessage(m: unknown): void },
  handle: (payload: T) => Promise<R>,
): void {
  port.on('message', (msg) => {
    void handle(msg.payload).then((result) => port.postMessage({ id: msg.id, result }));
  });
}
