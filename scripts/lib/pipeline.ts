/**
 * The training recipe (options, fixture weight, threshold tuning) shared by train and eval, so
 * the numbers eval prints are for exactly the model train ships.
 */
import { LABELS } from '../../lib/labels';
import { DEFAULT_OPTIONS, train, type QuantModel, type TrainOptions } from '../../lib/classifier/trainer';
import type { Record_ } from './data';
import { applyThresholds, predictLogits, report, tuneThresholds, thresholdsFrom, type Report, type ViewChoice } from './metrics';

/** Chosen by measurement on the policy-grouped validation split (see assets/model/README.md). */
export const OPTIONS: Partial<TrainOptions> = { ...DEFAULT_OPTIONS, lr: 0.1, epochs: 12 };
/** Sample weight of the project's own fixture clauses (the only nl/fr/es and remote-access data). */
export const FIXTURE_WEIGHT = 3;
/** Share of policy groups held out for validation metrics (train.ts _meta.json and eval.ts). */
export const VAL_SHARE = 0.25;
/** Threshold-tuning folds. */
export const FOLDS = 4;
/** Languages with their own thresholds (enough in-scope data to tune them). */
export const LANG_THRESHOLDS = ['de'] as const;

/** Languages with word-level training data; others are scored with the concept-only view. */
export const WORD_LANGS = ['en', 'de'];
/** Languages the concept view is used for (known languages without word-level data). */
export const CONCEPT_LANGS = ['nl', 'fr', 'es'];

export interface Fitted {
  model: QuantModel;
  thresholds: number[];
  langThresholds: Record<string, number[]>;
  conceptLangs: string[];
  conceptThresholds: number[];
  blendLangs: string[];
}

export function withWeights(records: Record_[]): Record_[] {
  return records.map((r) => (r.source === 'fixture' ? { ...r, weight: FIXTURE_WEIGHT } : r));
}

/** Thresholds tuned on a subset; labels the subset cannot tune (NaN) come from `fill`. */
function tuned(data: Record_[], z: number[][], keep: (r: Record_) => boolean, fill: number[]): number[] {
  const idx = data.map((_, i) => i).filter((i) => keep(data[i]));
  const own = thresholdsFrom(idx.map((i) => data[i]), idx.map((i) => z[i]), NaN, NaN);
  return own.map((t, k) => (Number.isNaN(t) ? fill[k] : t));
}

/**
 * Train on `records` with per-label thresholds from out-of-fold predictions, each tuned on the
 * data of the domain it serves: the full view on the public data (fixture clauses are short and
 * clean and would shift it; labels the public data lacks, i.e. remote_access, use everything),
 * German on German records, the concept view (nl/fr/es) on the nl/fr/es fixture clauses.
 */
export function fit(records: Record_[], opts: Partial<TrainOptions> = OPTIONS): Fitted {
  const data = withWeights(records);
  const { thresholds: all, oof, conceptThresholds: allConcept, oofConcept } = tuneThresholds(data, opts, FOLDS);
  const thresholds = tuned(data, oof, (r) => r.source !== 'fixture' && !(LANG_THRESHOLDS as readonly string[]).includes(r.lang), all);
  const langThresholds: Record<string, number[]> = {};
  const blendLangs: string[] = [];
  const oofBlend = oof.map((row, i) => row.map((x, k) => (x + oofConcept[i][k]) / 2));
  for (const lang of LANG_THRESHOLDS) {
    // Full view or the mean of full and concept views, whichever has the better out-of-fold
    // macro-F1 on this language's records (German MAPP words carry MAPP's own label semantics).
    const mine = (r: Record_): boolean => r.lang === lang;
    const idx = data.map((_, i) => i).filter((i) => mine(data[i]));
    const tFull = tuned(data, oof, mine, thresholds);
    const tBlend = tuned(data, oofBlend, mine, thresholds);
    const recs = idx.map((i) => data[i]);
    const fFull = report(recs, applyThresholds(idx.map((i) => oof[i]), tFull)).macro;
    const fBlend = report(recs, applyThresholds(idx.map((i) => oofBlend[i]), tBlend)).macro;
    if (fBlend > fFull) blendLangs.push(lang);
    langThresholds[lang] = fBlend > fFull ? tBlend : tFull;
  }
  const conceptThresholds = tuned(data, oofConcept, (r) => CONCEPT_LANGS.includes(r.lang), allConcept);
  return { model: train(data, opts), thresholds, langThresholds, conceptLangs: [...CONCEPT_LANGS], conceptThresholds, blendLangs };
}

/** Which view a record's language is scored with. */
export function viewFor(f: Pick<Fitted, 'conceptLangs' | 'blendLangs'>, lang: string | null): ViewChoice {
  if (lang && f.conceptLangs.includes(lang)) return 'concept';
  return lang && f.blendLangs.includes(lang) ? 'blend' : 'full';
}

export function thresholdsFor(f: Pick<Fitted, 'thresholds' | 'langThresholds' | 'conceptLangs' | 'conceptThresholds'>, lang: string | null): number[] {
  if (lang && f.conceptLangs.includes(lang)) return f.conceptThresholds;
  return (lang && f.langThresholds[lang]) || f.thresholds;
}

export function predict(f: Fitted, records: readonly Record_[]): Array<Set<(typeof LABELS)[number]>> {
  const z = predictLogits(f.model, records, (r) => viewFor(f, r.lang));
  return z.map((row, i) => applyThresholds([row], thresholdsFor(f, records[i].lang))[0]);
}

export interface SourceReports { all: Report; bySource: Record<string, Report> }

export function reportBySource(records: readonly Record_[], pred: ReadonlyArray<ReadonlySet<(typeof LABELS)[number]>>): SourceReports {
  const bySource: Record<string, Report> = {};
  for (const source of [...new Set(records.map((r) => r.source))].sort()) {
    const idx = records.map((_, i) => i).filter((i) => records[i].source === source);
    bySource[source] = report(idx.map((i) => records[i]), idx.map((i) => pred[i]));
  }
  return { all: report(records, pred), bySource };
}
