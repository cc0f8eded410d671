/**
 * Exports offered by the popup and the options page, built on the same writers as the CLI so a
 * summary saved from the browser has the CLI's record shape and columns.
 */
import { CORE_LABELS } from '../labels';
import type { HistoryEntry } from '../history';
import type { ClauseTag, PolicySummary } from '../types';
import { clausesToCsv as clauseRows, csvRow } from './csv';
import { documentRecord, toJsonl } from './jsonl';

/** The popup's "Copy/Download JSON": the CLI's `analyze --clauses` record, pretty-printed. */
export function summaryToJson(source: string, summary: PolicySummary, toolVersion = 'extension'): string {
  return JSON.stringify(documentRecord(summary, { source, toolVersion }, { clauses: true }), null, 2);
}

/** Clause tags as CSV for a spreadsheet: formulas neutralised (a policy is untrusted text). */
export function clausesToCsv(source: string, clauses: readonly ClauseTag[]): string {
  return clauseRows(source, clauses, { formulaGuard: true });
}

const HISTORY_COLUMNS = [
  'site', 'url', 'source_url', 'title', 'lang', 'grade', 'score',
  ...CORE_LABELS,
  'content_hash', 'model_version', 'analyzed_at', 'policy_changed', 'changed_verdicts',
] as const;

function historyValues(row: HistoryEntry): unknown[] {
  return [
    row.site, row.url, row.sourceUrl, row.title, row.lang, row.grade, row.score,
    ...CORE_LABELS.map((label) => row.verdicts[label]),
    row.contentHash, row.modelVersion, new Date(row.analyzedAt).toISOString(), row.policyChanged, row.changedVerdicts,
  ];
}

export function historyToCsv(rows: readonly HistoryEntry[]): string {
  return csvRow(HISTORY_COLUMNS, { formulaGuard: true }) + rows.map((r) => csvRow(historyValues(r), { formulaGuard: true })).join('');
}

export function historyToJsonl(rows: readonly HistoryEntry[]): string {
  return toJsonl(rows.map((r) => Object.fromEntries(HISTORY_COLUMNS.map((c, i) => [c, historyValues(r)[i]]))));
}
