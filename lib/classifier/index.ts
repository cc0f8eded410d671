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

const LABEL_INDEX = Object.fromEntries(LABELS.map((l, k) => [l, k])) as Record<Label, number>;
const { remote_access: REMOTE_ACCESS, retention: RETENTION, third_party_sharing: SHARING, cookies_tracking: COOKIES } = LABEL_INDEX;

/** Scores in LABELS order as a record, written as a literal: every clause's record gets one shape (writes keyed by label name do not). */
function scoreRecord(s: Float64Array): Record<Label, number> {
  return {
    data_sale: s[0], third_party_sharing: s[1], cookies_tracking: s[2], remote_access: s[3], retention: s[4],
    first_party_collection: s[5], user_rights: s[6], security: s[7], children: s[8], policy_change: s[9],
    international_transfer: s[10], do_not_track: s[11], contact: s[12],
  };
}
if (Object.keys(scoreRecord(new Float64Array(LABELS.length))).join() !== LABELS.join()) throw new Error('scoreRecord does not list LABELS in order');

function round4(x: number): number {
  return Math.round(x * 10_000) / 10_000;
}

/** Tag one clause (lang null → detected from its text); `model`: another model to score with (evaluation). */
export function tagClause(clause: Clause, lang: Bcp47 | null, model: LoadedModel = MODEL): ClauseTag {
  const text = typeof clause?.text === 'string' ? clause.text : '';
  const heading = typeof clause?.heading === 'string' ? clause.heading : null;
  const clauseLang = primaryTag(lang) ?? detectLang(text);
  const analysed = analyseClause(text);
  const s = clauseScores(text, heading, clauseLang, model, analysed);
  const modelScores = { remote_access: s[REMOTE_ACCESS], retention: s[RETENTION], third_party_sharing: s[SHARING], cookies_tracking: s[COOKIES] };
  const { sale, floors, caps } = applyRules(text, analysed, heading, modelScores, model === MODEL ? SHIPPED_FALLBACK : stanceFallback(model.stance), scoredByConcepts(model, clauseLang), clauseLang);
  for (const l of Object.keys(floors) as Label[]) s[LABEL_INDEX[l]] = Math.max(s[LABEL_INDEX[l]], floors[l] ?? 0);
  for (const l of Object.keys(caps) as Label[]) s[LABEL_INDEX[l]] = Math.min(s[LABEL_INDEX[l]], caps[l] ?? 1);
  const labels: Label[] = [];
  for (let k = 0; k < s.length; k++) {
    s[k] = round4(s[k]);
    if (s[k] >= 0.5) labels.push(LABELS[k]);
  }
  const scores = scoreRecord(s);
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
