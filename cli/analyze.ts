/**
 * `policylens analyze`: sources → worker pool → ordered output.
 *
 * Ordering and memory: sources are dispatched into a FIFO window of at most `jobs × 8` pending
 * results; the oldest is awaited and written before a new source is admitted. Results that finish
 * early wait in the window (the reorder buffer), so output order = input order and at most
 * `jobs × 8` results are held, whatever the corpus size. Writes wait for 'drain', so a slow
 * consumer throttles the whole pipeline.
 */
import { clauseCsvHeader, csvRow, summaryCsvHeader } from '../lib/export/csv';
import type { AnalyzeOptions } from './args';
import { renderError, type DocResult, type RenderOptions } from './render';
import { Output } from './output';
import { WorkerPool } from './pool';
import { Progress } from './progress';
import { log, summariseErrors } from './report';
import { enumerate, type Enumeration, type Source } from './sources';

/** Pending results per worker (dispatched or finished but not yet written). */
const WINDOW_PER_JOB = 8;
/** Failures named one by one on stderr before only counting them. */
const MAX_LISTED_FAILURES = 20;

export async function runAnalyze(opts: AnalyzeOptions, self: URL, toolVersion: string): Promise<number> {
  const render: RenderOptions = {
    format: opts.format,
    clauses: opts.clauses,
    labels: opts.labels,
    minScore: opts.minScore,
    lang: opts.lang,
    toolVersion,
  };
  const output = Output.open(opts.output);
  const progress = Progress.forStderr(opts.quiet);
  const stats: Enumeration = { skippedOther: 0 };
  const started = Date.now();

  if (opts.format === 'csv') {
    await output.write(csvRow(opts.clauses ? clauseCsvHeader(opts.labels ?? undefined) : summaryCsvHeader()));
  }

  // Positional arguments are enumerated up front (paths only) so progress can show an ETA;
  // stdin lists stream.
  const streaming = opts.filesFrom !== null || opts.inputs.includes('-');
  let sources: AsyncIterable<Source> | Source[];
  let workers = opts.jobs;
  if (streaming) sources = enumerate(opts, stats);
  else {
    const all: Source[] = [];
    for await (const s of enumerate(opts, stats)) all.push(s);
    progress.setTotal(all.length);
    sources = all;
    // No more threads than documents; one document is faster in-process.
    workers = Math.min(workers, all.filter((s) => !s.error).length);
  }

  const pool =
    workers > 1
      ? new WorkerPool<string, DocResult>({
          size: workers,
          script: self,
          workerData: render,
          timeoutMs: opts.timeoutMs,
          onFailure: (source, error, detail) => renderError(source, error, detail, render),
        })
      : null;
  // Without workers this thread analyses; with them it never loads the classifier.
  const analyse: (source: string) => Promise<DocResult> = pool
    ? (source) => pool.run(source)
    : await import('./document').then((m) => (source: string) => m.processDocument(source, render));
  const run = (s: Source): Promise<DocResult> => {
    if (s.error) return Promise.resolve(renderError(s.source, s.error, s.detail, render));
    return analyse(s.source);
  };

  const errors = new Map<string, number>();
  const kinds = { html: 0, text: 0 };
  let ok = 0;
  let failed = 0;
  const emit = async (src: string, r: DocResult): Promise<void> => {
    if (r.ok) {
      ok++;
      if (r.kind) kinds[r.kind]++;
    } else {
      failed++;
      const code = r.error ?? 'internal';
      errors.set(code, (errors.get(code) ?? 0) + 1);
      if (!opts.quiet && failed <= MAX_LISTED_FAILURES) {
        progress.finish();
        log(`skipped ${src}: ${code}${r.detail ? ` (${r.detail})` : ''}`);
      }
    }
    progress.tick(r.ok);
    const w = output.write(r.out);
    if (w) await w;
  };

  const window: { source: string; result: Promise<DocResult> }[] = [];
  const limit = Math.max(2, opts.jobs * WINDOW_PER_JOB);
  try {
    for await (const s of sources) {
      window.push({ source: s.source, result: run(s) });
      if (window.length >= limit) {
        const head = window.shift()!;
        await emit(head.source, await head.result);
      }
    }
    while (window.length) {
      const head = window.shift()!;
      await emit(head.source, await head.result);
    }
  } finally {
    await pool?.close();
  }
  await output.close();
  progress.finish();

  if (!opts.quiet && failed > MAX_LISTED_FAILURES) log(`… and ${failed - MAX_LISTED_FAILURES} more failures (see the error records)`);
  if (!opts.quiet && stats.skippedOther > 0) {
    log(`ignored ${stats.skippedOther} file${stats.skippedOther === 1 ? '' : 's'} with other extensions inside directories/globs`);
  }
  if (ok + failed === 0) {
    log('no input documents found (supported: .html .htm .txt .md)');
    return 1;
  }
  if (!opts.quiet || failed > 0) {
    const secs = (Date.now() - started) / 1000;
    log(
      `analysed ${ok} document${ok === 1 ? '' : 's'} (${kinds.html} html, ${kinds.text} text), failed ${failed}` +
        `${failed ? `: ${summariseErrors(errors)}` : ''} in ${secs.toFixed(1)} s`,
    );
  }
  return failed > 0 ? 1 : 0;
}
