/**
 * `policylens tag`: JSONL clauses in, JSONL tags out, exactly one output line per input line, in
 * order, streaming (the map step of Spark `rdd.pipe` / Hadoop Streaming).
 *
 * Reading is chunk by chunk from the input stream (`for await` pulls the next chunk only after
 * the previous one is tagged and written, so backpressure reaches the producer); lines are split
 * here rather than by readline so that a final line without newline, CRLF, invalid UTF-8 (→ U+FFFD
 * via StringDecoder) and absurdly long lines (dropped, error line, memory stays flat) are handled
 * explicitly.
 */
import { createReadStream } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import type { Readable } from 'node:stream';
import { tagClause } from '../lib/classifier/index';
import { jsonlLine, tagRecord } from '../lib/export/jsonl';
import detectLang, { primaryTag } from '../lib/lang';
import type { TagOptions } from './args';
import { Output } from './output';
import { WorkerPool } from './pool';
import { log, summariseErrors } from './report';

/** Longest accepted clause text (characters). */
export const MAX_TEXT_CHARS = 100_000;
/** Longest input line kept in memory; longer lines are skipped (JSON escaping can inflate text ~6×). */
export const MAX_LINE_CHARS = 1_000_000;

type Id = string | number | null;

/** Best-effort id from a line that is not valid JSON, so the error line can still be joined back. */
const ID_PREFIX = /^\s*\{\s*"id"\s*:\s*("(?:[^"\\\n]|\\.){0,1000}"|-?\d{1,20}(?:\.\d+)?)/;
function salvageId(line: string): Id {
  const m = ID_PREFIX.exec(line.length > 2100 ? line.slice(0, 2100) : line);
  if (!m) return null;
  try {
    const v: unknown = JSON.parse(m[1]);
    return typeof v === 'string' || typeof v === 'number' ? v : null;
  } catch {
    return null;
  }
}

export interface TagLineResult {
  out: string;
  error: string | null;
}

/** Tag one input line (without its terminator). Never throws. */
export function tagLine(line: string, lineNo: number, opts: Pick<TagOptions, 'labels' | 'minScore'>): TagLineResult {
  const fail = (id: Id, error: string): TagLineResult => ({ out: jsonlLine({ id, error, line: lineNo }), error });
  if (line.trim() === '') return fail(null, 'blank-line');
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch {
    return fail(salvageId(line), 'invalid-json');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return fail(null, 'not-an-object');
  const obj = parsed as Record<string, unknown>;
  const rawId = obj.id;
  if (rawId !== undefined && rawId !== null && typeof rawId !== 'string' && typeof rawId !== 'number') return fail(null, 'invalid-id');
  const id: Id = (rawId as Id | undefined) ?? null;
  const text = obj.text;
  if (text === undefined || text === null) return fail(id, 'missing-text');
  if (typeof text !== 'string') return fail(id, 'text-not-a-string');
  if (text.trim() === '') return fail(id, 'empty-text');
  if (text.length > MAX_TEXT_CHARS) return fail(id, 'text-too-long');
  let lang: string | null = null;
  if (obj.lang !== undefined && obj.lang !== null && obj.lang !== '') {
    lang = typeof obj.lang === 'string' ? primaryTag(obj.lang) : null;
    if (lang === null) return fail(id, 'invalid-lang');
  }
  const heading = typeof obj.heading === 'string' ? obj.heading : null;
  try {
    const clauseLang = lang ?? detectLang(text);
    const tag = tagClause({ id: id === null ? `line-${lineNo}` : String(id), blockId: null, text, heading }, clauseLang);
    const rec = tagRecord(id, tag, { labels: opts.labels ?? undefined, minScore: opts.minScore });
    if (rec.lang === null) rec.lang = clauseLang;
    return { out: jsonlLine(rec), error: null };
  } catch (e) {
    if (process.env.POLICYLENS_DEBUG) console.error(e);
    return fail(id, 'internal');
  }
}

/** One input line, or a marker for a line that was too long to keep (its salvaged id). */
export type TagItem = string | { tooLong: Id };

/** Consecutive input lines starting at line number `firstLine` (1-based). */
export interface TagBatch {
  items: TagItem[];
  firstLine: number;
}

export interface TagBatchResult {
  out: string;
  ok: number;
  errors: [string, number][];
}

/** Tag a batch of lines (in a worker or in-process). Never throws. */
export function tagBatch(batch: TagBatch, opts: Pick<TagOptions, 'labels' | 'minScore'>): TagBatchResult {
  let out = '';
  let ok = 0;
  const errors = new Map<string, number>();
  let n = batch.firstLine;
  for (const item of batch.items) {
    let error: string | null;
    if (typeof item === 'string') {
      const r = tagLine(item.endsWith('\r') ? item.slice(0, -1) : item, n, opts);
      out += r.out;
      error = r.error;
    } else {
      out += jsonlLine({ id: item.tooLong, error: 'line-too-long', line: n });
      error = 'line-too-long';
    }
    if (error) errors.set(error, (errors.get(error) ?? 0) + 1);
    else ok++;
    n++;
  }
  return { out, ok, errors: [...errors] };
}

/** A batch whose worker died: one error line per input line, ids salvaged where possible. */
function failedBatch(batch: TagBatch, error: string): TagBatchResult {
  let out = '';
  batch.items.forEach((item, i) => {
    const id = typeof item === 'string' ? salvageId(item) : item.tooLong;
    out += jsonlLine({ id, error, line: batch.firstLine + i });
  });
  return { out, ok: 0, errors: [[error, batch.items.length]] };
}

/** Pending batches per worker (dispatched or done but not yet written). */
const TAG_WINDOW_PER_JOB = 4;

export async function runTag(opts: TagOptions, self?: URL): Promise<number> {
  const input: Readable = opts.input === null || opts.input === '-' ? process.stdin : createReadStream(opts.input);
  const output = Output.open(opts.output);
  const decoder = new StringDecoder('utf8');
  const errors = new Map<string, number>();
  let lines = 0;
  let ok = 0;
  let pending = '';
  /** The current line grew past MAX_LINE_CHARS: drop it up to its newline. */
  let skipping = false;
  let skippedId: Id = null;

  /** Split decoded text into complete lines; the unfinished rest stays in `pending`. */
  const split = (text: string): TagItem[] => {
    const items: TagItem[] = [];
    let start = 0;
    for (;;) {
      const nl = text.indexOf('\n', start);
      if (nl === -1) break;
      if (skipping) {
        items.push({ tooLong: skippedId });
        skipping = false;
      } else {
        items.push(pending + text.slice(start, nl));
        pending = '';
      }
      start = nl + 1;
    }
    if (!skipping) {
      pending += text.slice(start);
      if (pending.length > MAX_LINE_CHARS) {
        skippedId = salvageId(pending);
        skipping = true;
        pending = '';
      }
    }
    return items;
  };

  const pool =
    opts.jobs > 1 && self
      ? new WorkerPool<TagBatch, TagBatchResult>({
          size: opts.jobs,
          script: self,
          workerData: { kind: 'tag', labels: opts.labels, minScore: opts.minScore },
          timeoutMs: 0,
          onFailure: (batch, error) => failedBatch(batch, error),
        })
      : null;
  /** Emission promises of dispatched batches, oldest first; each resolves once its batch is written. */
  const written: Promise<void>[] = [];
  let chain: Promise<void> = Promise.resolve();
  const limit = Math.max(2, opts.jobs * TAG_WINDOW_PER_JOB);

  const emit = async (r: TagBatchResult): Promise<void> => {
    ok += r.ok;
    for (const [code, n] of r.errors) errors.set(code, (errors.get(code) ?? 0) + n);
    // One write per batch (= per input chunk): few syscalls, yet lines flow as soon as read.
    const w = output.write(r.out);
    if (w) await w;
  };
  /**
   * In-process: tag and write now. Pool: dispatch, and chain the write after the previous
   * batch's, so results are written in input order as soon as they are ready (also while the
   * input is idle); wait when `limit` batches are pending.
   */
  const submit = async (items: TagItem[]): Promise<void> => {
    if (items.length === 0) return;
    const batch: TagBatch = { items, firstLine: lines + 1 };
    lines += items.length;
    if (!pool) return emit(tagBatch(batch, opts));
    const result = pool.run(batch);
    chain = chain.then(() => result).then(emit);
    written.push(chain);
    while (written.length >= limit) await written.shift();
  };

  try {
    try {
      for await (const chunk of input) {
        await submit(split(typeof chunk === 'string' ? chunk : decoder.write(chunk as Buffer)));
      }
    } catch (e) {
      const err = e as NodeJS.ErrnoException;
      log(`cannot read ${opts.input ?? 'stdin'}: ${err.code ?? err.message}`);
      await chain;
      await output.close().catch(() => undefined);
      return 2;
    }
    const tail = split(decoder.end());
    // A last line without newline is still a line.
    if (skipping) tail.push({ tooLong: skippedId });
    else if (pending !== '') tail.push(pending);
    await submit(tail);
    await chain;
  } finally {
    await pool?.close();
  }
  await output.close();

  const failed = lines - ok;
  if (!opts.quiet || failed > 0) {
    log(`tagged ${ok} line${ok === 1 ? '' : 's'}, failed ${failed}${failed ? `: ${summariseErrors(errors)}` : ''}`);
  }
  return failed > 0 ? 1 : 0;
}
