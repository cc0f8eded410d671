/**
 * PolicyLens clause classifier: pure TypeScript, no DOM, no fs, no browser APIs (runs in the MV3
 * service worker and in Node).
 *
 *   text ──segmentText──▶ blocks ──segmentBlocks──▶ clauses ──tagClause──▶ ClauseTag[] ──summarize──▶ PolicySummary
 */
import detectLang, { primaryTag } from '../lang';
import { LABELS, type Label } from '../labels';
import type { Bcp47, Block, Clause, ClauseTag, PolicySummary } from '../types';
import { findPartiesIn, isVagueRetention, remoteConsentCue, retentionPeriod } from './attributes';
import { clauseScores, scoredByConcepts, type LoadedModel } from './model';
import { MODEL } from './shipped-model';
import { segmentBlocks, segmentText } from './segment';
import { analyseClause } from './features';
import { applyRules } from './rules';
import { stanceFallback } from './stance-model';
import { summarize } from './score';

export { segmentText, segmentBlocks, summarize };
export { REASONS, POINTS, gradeOf } from './score';
export { saleStance } from './stance';
export { findParties, findPeriods, retentionPeriod, remoteConsentCue } from './attributes';

/** Short hash of the weights (cache invalidation, reproducibility). */
export const MODEL_VERSION: string = MODEL.version;

const SHIPPED_FALLBACK = stanceFallback(MODEL.stance);

function round4(x: number): number {
  return Math.round(x * 10_000) / 10_000;
}

/** Tag one clause (lang null → detected from its text); `model`: another model to score with (evaluation). */
export function tagClause(clause: Clause, lang: Bcp47 | null, model: LoadedModel = MODEL): ClauseTag {
  const text = typeof clause?.text === 'string' ? clause.text : '';
  const heading = typeof clause?.heading === 'string' ? clause.heading : null;
  const clauseLang = primaryTag(lang) ?? detectLang(text);
  const analysed = analyseClause(text);
  const scores = clauseScores(text, heading, clauseLang, model, analysed);
  const { sale, floors, caps } = applyRules(text, analysed, heading, scores, model === MODEL ? SHIPPED_FALLBACK : stanceFallback(model.stance), scoredByConcepts(model, clauseLang));
  for (const l of Object.keys(floors) as Label[]) scores[l] = Math.max(scores[l], floors[l] ?? 0);
  for (const l of Object.keys(caps) as Label[]) scores[l] = Math.min(scores[l], caps[l] ?? 1);
  for (const l of LABELS) scores[l] = round4(scores[l]);
  const labels = LABELS.filter((l) => scores[l] >= 0.5) as Label[];
  const isRetention = labels.includes('retention');
  const period = isRetention ? retentionPeriod(text, heading) : null;
  const isRemote = labels.includes('remote_access');
  return {
    id: typeof clause?.id === 'string' ? clause.id : '',
    blockId: typeof clause?.blockId === 'string' ? clause.blockId : null,
    text,
    heading,
    lang: clauseLang,
    labels,
    scores,
    sale: labels.includes('data_sale') ? sale : null,
    retention_period: period,
    retention_vague: isRetention && period === null,
    remote_consent: isRemote ? remoteConsentCue(text) === 'yes' : null,
    parties: findPartiesIn(analysed.infos),
  };
}

/** Classify blocks (segmented into clauses). The language is detected once for the document. */
export function classify(blocks: Block[], opts: { lang?: Bcp47 | null } = {}): ClauseTag[] {
  const clauses = segmentBlocks(blocks);
  if (clauses.length === 0) return [];
  let lang = primaryTag(opts?.lang ?? null);
  if (!lang) {
    let sample = '';
    for (const c of clauses) {
      if (sample.length > 4000) break;
      sample += c.text + '\n';
    }
    lang = detectLang(sample);
  }
  return clauses.map((c) => tagClause(c, lang));
}

export function analyzeBlocks(blocks: Block[], opts: { lang?: Bcp47 | null } = {}): PolicySummary {
  const tags = classify(blocks, opts);
  return summarize(tags, primaryTag(opts?.lang ?? null) ?? tags[0]?.lang ?? null);
}

export function analyzeText(text: string, opts: { lang?: Bcp47 | null } = {}): PolicySummary {
  return analyzeBlocks(segmentText(text), opts);
}

export { isVagueRetention };
