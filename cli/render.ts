/**
 * What a document turns into on the output, and its error records. Kept apart from document.ts
 * so that the main thread, which only orders and writes results, never loads the classifier or
 * the HTML libraries its workers use.
 */
import { clauseErrorCsvRow, summaryErrorCsvRow } from '../lib/export/csv';
import { jsonlLine } from '../lib/export/jsonl';
import type { Label } from '../lib/labels';

export interface RenderOptions {
  format: 'jsonl' | 'csv';
  clauses: boolean;
  labels: Label[] | null;
  minScore: number | undefined;
  lang: string | null;
  toolVersion: string;
}

export interface DocResult {
  ok: boolean;
  /** Text to append to the output as is (JSONL line or CSV rows; may be '' for a CSV doc with no clauses). */
  out: string;
  error?: string;
  detail?: string;
  kind?: 'html' | 'text';
}

/** Render an error record in the chosen format. */
export function renderError(source: string, error: string, detail: string | undefined, opts: RenderOptions): DocResult {
  let out: string;
  if (opts.format === 'jsonl') out = jsonlLine(detail === undefined ? { source, error } : { source, error, detail });
  else if (opts.clauses) out = clauseErrorCsvRow(source, error, { labels: opts.labels ?? undefined });
  else out = summaryErrorCsvRow(source, error);
  return { ok: false, out, error, detail };
}
