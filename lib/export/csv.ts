/**
 * CSV writers shared by the popup, the options page and the CLI. Pure: no Node or browser APIs.
 *
 * Format (RFC 4180): fields separated by `,`, records end with CRLF, a field is wrapped in
 * double quotes when it contains `,`, `"`, CR or LF (inner quotes doubled). Text is written as
 * is (UTF-8 is the caller's encoding; no BOM unless the caller prepends `CSV_BOM`).
 *
 * Spreadsheet formula injection: by default cells are NOT altered — research data must round-trip
 * exactly (a clause may legitimately start with "-" or "+"). Callers that hand the file to a
 * spreadsheet user (the popup) pass `{ formulaGuard: true }`, which prefixes a cell starting with
 * `=`, `+`, `-`, `@`, TAB or CR with a single quote (OWASP "CSV injection").
 *
 * Column sets are stable and documented in docs/cli.md; new columns are only ever appended.
 */
import { CORE_LABELS, LABELS, type Label } from '../labels';
import type { ClauseTag } from '../types';
import type { DocumentRecord } from './jsonl';

/** Prepend to a CSV string when it is meant for Excel, which otherwise guesses a legacy code page. */
export const CSV_BOM = '\uFEFF';
/** Record terminator required by RFC 4180. */
export const CSV_EOL = '\r\n';
/** Separator for list values inside one cell (labels, parties). */
export const LIST_SEPARATOR = ';';

export interface CsvCellOptions {
  /** Neutralise spreadsheet formulas (see module comment). Default false. */
  formulaGuard?: boolean;
}

const NEEDS_QUOTES = /[",\r\n]/;
const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell: null/undefined → empty, booleans → true/false, non-finite numbers → empty. */
export function csvCell(value: unknown, opts: CsvCellOptions = {}): string {
  let s: string;
  if (value === null || value === undefined) s = '';
  else if (typeof value === 'string') s = value;
  else if (typeof value === 'number') s = Number.isFinite(value) ? String(value) : '';
  else if (typeof value === 'boolean') s = value ? 'true' : 'false';
  else if (Array.isArray(value)) s = value.map((v) => (v === null || v === undefined ? '' : String(v))).join(LIST_SEPARATOR);
  else s = JSON.stringify(value) ?? '';
  if (opts.formulaGuard && FORMULA_START.test(s)) s = `'${s}`;
  return NEEDS_QUOTES.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One CSV record including its CRLF terminator. */
export function csvRow(values: readonly unknown[], opts: CsvCellOptions = {}): string {
  let out = '';
  for (let i = 0; i < values.length; i++) out += (i === 0 ? '' : ',') + csvCell(values[i], opts);
  return out + CSV_EOL;
}

/** Scores are rounded to this many decimals in CSV (JSONL keeps what the classifier gave). */
const SCORE_DECIMALS = 4;
const round = (x: number): number => {
  const f = 10 ** SCORE_DECIMALS;
  return Math.round(x * f) / f;
};

export interface ClauseCsvOptions extends CsvCellOptions {
  /** Score columns to write, in this order. Default: all 13 labels in LABELS order. */
  labels?: readonly Label[];
  /**
   * When set, the `labels` column lists the selected labels whose score is ≥ minScore;
   * otherwise it lists the classifier's own labels (restricted to the selected ones).
   */
  minScore?: number;
}

/** Which labels a clause counts as having under the export options. Shared with the JSONL writer. */
export function selectedLabels(tag: Pick<ClauseTag, 'labels' | 'scores'>, labels: readonly Label[], minScore?: number): Label[] {
  if (minScore === undefined) return labels.filter((l) => tag.labels.includes(l));
  return labels.filter((l) => (tag.scores[l] ?? 0) >= minScore);
}

/**
 * Clause CSV columns: source, error, clause_id, block_id, heading, text, lang, labels,
 * one score column per selected label (named after the label), sale, retention_period,
 * retention_vague, remote_consent, parties.
 */
export function clauseCsvHeader(labels: readonly Label[] = LABELS): string[] {
  return [
    'source', 'error', 'clause_id', 'block_id', 'heading', 'text', 'lang', 'labels',
    ...labels,
    'sale', 'retention_period', 'retention_vague', 'remote_consent', 'parties',
  ];
}

/** One clause row. `source` is the file path (CLI) or page URL (popup). */
export function clauseToCsvRow(source: string, tag: ClauseTag, opts: ClauseCsvOptions = {}): string {
  const labels = opts.labels ?? LABELS;
  return csvRow(
    [
      source, '', tag.id, tag.blockId, tag.heading, tag.text, tag.lang,
      selectedLabels(tag, labels, opts.minScore),
      ...labels.map((l) => round(tag.scores[l] ?? 0)),
      tag.sale, tag.retention_period, tag.retention_vague, tag.remote_consent, tag.parties,
    ],
    opts,
  );
}

/** A failed document in clause CSV: only `source` and `error` are filled. */
export function clauseErrorCsvRow(source: string, error: string, opts: ClauseCsvOptions = {}): string {
  const width = clauseCsvHeader(opts.labels ?? LABELS).length;
  const row: unknown[] = new Array(width).fill('');
  row[0] = source;
  row[1] = error;
  return csvRow(row, opts);
}

/** Whole clause table with header, e.g. for the popup's "export CSV" button. */
export function clausesToCsv(source: string, clauses: readonly ClauseTag[], opts: ClauseCsvOptions = {}): string {
  let out = csvRow(clauseCsvHeader(opts.labels ?? LABELS), opts);
  for (const c of clauses) out += clauseToCsvRow(source, c, opts);
  return out;
}

/**
 * Document CSV columns: source, error, lang, title, is_policy, grade, score, the five verdicts
 * (data_sale … retention), clause_count, one `<core label>_evidence` column (strongest evidence
 * sentence) per core label, tool_version, model_version.
 */
export function summaryCsvHeader(): string[] {
  return [
    'source', 'error', 'lang', 'title', 'is_policy', 'grade', 'score',
    ...CORE_LABELS,
    'clause_count',
    ...CORE_LABELS.map((l) => `${l}_evidence`),
    'tool_version', 'model_version',
  ];
}

/** One document row from a successful record (see `documentRecord` in jsonl.ts). */
export function summaryToCsvRow(rec: DocumentRecord, opts: CsvCellOptions = {}): string {
  return csvRow(
    [
      rec.source, '', rec.lang, rec.title, rec.is_policy, rec.grade, rec.score,
      ...CORE_LABELS.map((l) => rec.verdicts[l]),
      rec.clause_count,
      ...CORE_LABELS.map((l) => rec.categories[l]?.evidence[0]?.text ?? ''),
      rec.tool_version, rec.model_version,
    ],
    opts,
  );
}

/** A failed document in document CSV: only `source` and `error` are filled. */
export function summaryErrorCsvRow(source: string, error: string, opts: CsvCellOptions = {}): string {
  const row: unknown[] = new Array(summaryCsvHeader().length).fill('');
  row[0] = source;
  row[1] = error;
  return csvRow(row, opts);
}
