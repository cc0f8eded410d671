/**
 * JSONL record shapes and writers shared by the popup, the options page and the CLI. Pure: no
 * Node or browser APIs. One JSON object per line, `\n` terminated, UTF-8, keys in a fixed order.
 *
 * Output keys are snake_case (they are a file format, not TypeScript); the shapes are documented
 * in docs/cli.md and only ever gain keys at the end.
 */
import { CORE_LABELS, LABELS, type CoreLabel, type Label } from '../labels';
import type { Bcp47, ClauseTag, Grade, PolicySummary, SaleStance, Verdicts } from '../types';
import { selectedLabels } from './csv';

/** Scores are rounded to this many decimals in every export (keeps files small and diff-stable). */
export const SCORE_DECIMALS = 4;
const round = (x: number): number => {
  const f = 10 ** SCORE_DECIMALS;
  return Math.round((Number.isFinite(x) ? x : 0) * f) / f;
};

/** One JSON line including its `\n`. */
export function jsonlLine(record: unknown): string {
  return JSON.stringify(record) + '\n';
}

/** Many records as one JSONL string (popup/options export). */
export function toJsonl(records: Iterable<unknown>): string {
  let out = '';
  for (const r of records) out += jsonlLine(r);
  return out;
}

export interface ClauseExportOptions {
  /** Labels whose scores are written (and that may appear in `labels`). Default: all 13. */
  labels?: readonly Label[];
  /** When set, `labels` = selected labels with score ≥ minScore instead of the classifier's own. */
  minScore?: number;
}

/** `policylens tag` output line: the contract keys first, then extras. */
export interface TagRecord {
  id: string | number | null;
  lang: Bcp47 | null;
  labels: Label[];
  scores: Record<string, number>;
  sale: SaleStance;
  retention_period: string | null;
  remote_consent: boolean | null;
  retention_vague: boolean;
  parties: string[];
}

function scoresOf(tag: ClauseTag, labels: readonly Label[]): Record<string, number> {
  const scores: Record<string, number> = {};
  for (const l of labels) scores[l] = round(tag.scores[l] ?? 0);
  return scores;
}

export function tagRecord(id: string | number | null, tag: ClauseTag, opts: ClauseExportOptions = {}): TagRecord {
  const labels = opts.labels ?? LABELS;
  return {
    id,
    lang: tag.lang,
    labels: selectedLabels(tag, labels, opts.minScore),
    scores: scoresOf(tag, labels),
    sale: tag.sale,
    retention_period: tag.retention_period,
    remote_consent: tag.remote_consent,
    retention_vague: tag.retention_vague,
    parties: tag.parties,
  };
}

/** A clause inside a document record (`analyze --clauses`). */
export interface ClauseRecord {
  id: string;
  block_id: string | null;
  heading: string | null;
  text: string;
  lang: Bcp47 | null;
  labels: Label[];
  scores: Record<string, number>;
  sale: SaleStance;
  retention_period: string | null;
  retention_vague: boolean;
  remote_consent: boolean | null;
  parties: string[];
}

export function clauseRecord(tag: ClauseTag, opts: ClauseExportOptions = {}): ClauseRecord {
  const labels = opts.labels ?? LABELS;
  return {
    id: tag.id,
    block_id: tag.blockId,
    heading: tag.heading,
    text: tag.text,
    lang: tag.lang,
    labels: selectedLabels(tag, labels, opts.minScore),
    scores: scoresOf(tag, labels),
    sale: tag.sale,
    retention_period: tag.retention_period,
    retention_vague: tag.retention_vague,
    remote_consent: tag.remote_consent,
    parties: tag.parties,
  };
}

export interface EvidenceRecord {
  clause_id: string;
  block_id: string | null;
  /** Section heading of the clause (context for a short quote), or null. */
  heading: string | null;
  text: string;
  score: number;
}

export interface CategoryRecord {
  evidence: EvidenceRecord[];
  parties: string[];
  points: number;
  reason: string;
  remote_consent?: boolean | null;
}

/** One analysed document. */
export interface DocumentRecord {
  source: string;
  lang: Bcp47 | null;
  title: string | null;
  /** false when the extractor did not recognise a privacy policy (the text is analysed anyway). */
  is_policy: boolean | null;
  grade: Grade;
  score: number;
  verdicts: Verdicts;
  categories: Record<CoreLabel, CategoryRecord>;
  adjustments: { label: CoreLabel; points: number; reason: string }[];
  clause_count: number;
  clauses?: ClauseRecord[];
  tool_version: string;
  model_version: string;
}

/** A document that could not be analysed. */
export interface DocumentErrorRecord {
  source: string;
  error: string;
  detail?: string;
}

export interface DocumentMeta {
  source: string;
  title?: string | null;
  isPolicy?: boolean | null;
  toolVersion: string;
}

export interface DocumentExportOptions extends ClauseExportOptions {
  /** Include every clause (`--clauses`). */
  clauses?: boolean;
}

export function documentRecord(summary: PolicySummary, meta: DocumentMeta, opts: DocumentExportOptions = {}): DocumentRecord {
  const categories = {} as Record<CoreLabel, CategoryRecord>;
  for (const label of CORE_LABELS) {
    const c = summary.categories[label];
    if (!c) continue;
    const rec: CategoryRecord = {
      evidence: c.evidence.map((e) => ({ clause_id: e.clauseId, block_id: e.blockId, heading: e.heading ?? null, text: e.text, score: round(e.score) })),
      parties: c.parties,
      points: c.points,
      reason: c.reason,
    };
    if (c.remote_consent !== undefined) rec.remote_consent = c.remote_consent;
    categories[label] = rec;
  }
  const record: DocumentRecord = {
    source: meta.source,
    lang: summary.lang,
    title: meta.title ?? null,
    is_policy: meta.isPolicy ?? null,
    grade: summary.grade,
    score: summary.score,
    verdicts: summary.verdicts,
    categories,
    adjustments: summary.adjustments.map((a) => ({ label: a.label, points: a.points, reason: a.reason })),
    clause_count: summary.clauses.length,
    tool_version: meta.toolVersion,
    model_version: summary.modelVersion,
  };
  if (opts.clauses) {
    // Keep tool/model version last, as documented.
    const { tool_version, model_version, ...head } = record;
    return { ...head, clauses: summary.clauses.map((c) => clauseRecord(c, opts)), tool_version, model_version };
  }
  return record;
}
