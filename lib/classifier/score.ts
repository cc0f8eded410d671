/**
 * Clause tags → document summary: five verdicts with evidence, an explainable 0–100 score and a
 * grade. The formula (also in lib/classifier/README.md):
 *
 *   score = clamp(100 + Σ points, 0, 100); grade A ≥ 85 > B ≥ 70 > C ≥ 55 > D ≥ 40 > E
 *
 * | label | case | points | reason |
 * | data_sale | a clause says data is sold | −40 | sold |
 * | data_sale | only denials of sale | 0 | not_sold |
 * | data_sale | never mentioned | −10 | sale_unknown |
 * | third_party_sharing | shared with advertisers / ad partners | −20 | shares_with_advertisers |
 * | third_party_sharing | shared with third parties | −10 | shares |
 * | third_party_sharing | never mentioned | −5 | no_sharing_info |
 * | cookies_tracking | named third-party trackers | −15 | third_party_trackers |
 * | cookies_tracking | cookies / tracking | −5 | cookies |
 * | cookies_tracking | never mentioned | 0 | no_cookies_info |
 * | remote_access | remote access, consent not required | −25 | remote_without_consent |
 * | remote_access | remote access only with consent | −5 | remote_with_consent |
 * | remote_access | never mentioned | 0 | no_remote_access |
 * | retention | period longer than 5 years | −10 | retention_long |
 * | retention | a period is given | 0 | retention_period |
 * | retention | only "as long as necessary" | −10 | retention_vague |
 * | retention | never mentioned | −15 | retention_none |
 *
 * A topic the policy never mentions is never rewarded: its points are ≤ the best stated case.
 * Document booleans need either one confident clause (score ≥ STRONG) or at least two clauses
 * over the label threshold, so one weak false positive among hundreds does not flip a verdict.
 */
import type { CoreLabel } from '../labels';
import { CORE_LABELS } from '../labels';
import type { Adjustment, Bcp47, CategorySummary, ClauseTag, Evidence, Grade, PolicySummary, Verdicts } from '../types';
import { findPeriods, remoteConsentCue, retentionPeriods, TRACKERS } from './attributes';
import { MODEL } from './shipped-model';
import { sharingStance } from './stance';

/** Every reason code the summary can produce (the popup localises `reason.<code>`). */
export const REASONS = [
  'sold', 'not_sold', 'sale_unknown',
  'shares_with_advertisers', 'shares', 'no_sharing_info',
  'third_party_trackers', 'cookies', 'no_cookies_info',
  'remote_without_consent', 'remote_with_consent', 'no_remote_access',
  'retention_long', 'retention_period', 'retention_vague', 'retention_none',
] as const;
export type Reason = (typeof REASONS)[number];

/** Points per reason code. */
export const POINTS: Record<Reason, number> = {
  sold: -40, not_sold: 0, sale_unknown: -10,
  shares_with_advertisers: -20, shares: -10, no_sharing_info: -5,
  third_party_trackers: -15, cookies: -5, no_cookies_info: 0,
  remote_without_consent: -25, remote_with_consent: -5, no_remote_access: 0,
  retention_long: -10, retention_period: 0, retention_vague: -10, retention_none: -15,
};

/** A clause score at or above this is confident on its own. */
export const STRONG = 0.75;
/** A label is on for a clause at 0.5 (scores are threshold-centred). */
export const ON = 0.5;
/** Evidence clauses per category. */
export const MAX_EVIDENCE = 3;
/** Retention longer than this many days is "long". */
export const LONG_RETENTION_DAYS = 5 * 365;
/** Grade boundaries (minimum score per grade). */
export const GRADES: Array<[Grade, number]> = [['A', 85], ['B', 70], ['C', 55], ['D', 40], ['E', 0]];

/** Advertising words in sharing clauses (en/nl/de/fr/es). */
const ADS_RE = /advertis|\bads?\b|marketing partners|adverteerder|reclame|werbe|werbung|annonceur|publicit|anunciante|publicidad/i;

export function gradeOf(score: number): Grade {
  for (const [grade, min] of GRADES) if (score >= min) return grade;
  return 'E';
}

function evidenceOf(clauses: ClauseTag[], label: CoreLabel, prefer?: (c: ClauseTag) => boolean): Evidence[] {
  return clauses
    .filter((c) => c.labels.includes(label))
    .sort((a, b) => Number(prefer?.(b) ?? 0) - Number(prefer?.(a) ?? 0) || b.scores[label] - a.scores[label])
    .slice(0, MAX_EVIDENCE)
    .map((c) => ({ clauseId: c.id, blockId: c.blockId, text: c.text, heading: c.heading, score: Number(c.scores[label].toFixed(4)) }));
}

/** Only a denial: "we never sell your data", "we do not share it with anyone". */
function deniesSharing(c: ClauseTag): boolean {
  if (!c.labels.includes('third_party_sharing')) return false;
  const stance = sharingStance(c.text);
  return stance === 'denied' || (stance === null && c.sale === 'not_sold');
}

/** Is a label present in the document (confident clause or two clauses over threshold)? */
export function documentHas(clauses: ClauseTag[], label: CoreLabel): boolean {
  let n = 0;
  for (const c of clauses) {
    const s = c.scores[label];
    if (s >= STRONG) return true;
    if (s >= ON && c.labels.includes(label)) n++;
    if (n >= 2) return true;
  }
  return false;
}

function partiesOf(clauses: ClauseTag[], label: CoreLabel): string[] {
  const out: string[] = [];
  for (const c of clauses) if (c.labels.includes(label)) for (const p of c.parties) if (!out.includes(p)) out.push(p);
  return out;
}

/**
 * The document's retention verdict: the longest period any retention clause gives ("calls 30 days,
 * contact details 2 years" → "2 years"), because "how long is my data kept?" asks for the worst case.
 */
function pickPeriod(clauses: ClauseTag[]): string | null {
  let best: { text: string; days: number } | null = null;
  for (const c of clauses) {
    if (!c.labels.includes('retention') || !c.retention_period) continue;
    for (const p of retentionPeriods(c.text, c.heading)) if (!best || p.days > best.days) best = p;
    if (!best) best = { text: c.retention_period, days: findPeriods(c.retention_period)[0]?.days ?? 0 };
  }
  return best ? best.text : null;
}

function docLang(clauses: ClauseTag[], lang: Bcp47 | null): Bcp47 | null {
  if (lang) return lang;
  const counts = new Map<string, number>();
  for (const c of clauses) if (c.lang) counts.set(c.lang, (counts.get(c.lang) ?? 0) + c.text.length);
  let best: string | null = null;
  for (const [l, n] of counts) if (best === null || n > (counts.get(best) ?? 0)) best = l;
  return best;
}

/** Clause tags → document summary. */
export function summarize(clauses: ClauseTag[], lang: Bcp47 | null): PolicySummary {
  const list = Array.isArray(clauses) ? clauses : [];
  const cat = {} as Record<CoreLabel, CategorySummary>;

  // data_sale
  const soldClauses = list.filter((c) => c.sale === 'sold' && c.labels.includes('data_sale'));
  const notSoldClauses = list.filter((c) => c.sale === 'not_sold' && c.labels.includes('data_sale'));
  const sale: Verdicts['data_sale'] = soldClauses.length ? 'sold' : notSoldClauses.length ? 'not_sold' : 'unknown';
  const saleReason: Reason = sale === 'sold' ? 'sold' : sale === 'not_sold' ? 'not_sold' : 'sale_unknown';
  cat.data_sale = {
    evidence: evidenceOf(list, 'data_sale', (c) => c.sale === (sale === 'unknown' ? null : sale)),
    parties: partiesOf(list, 'data_sale'), points: POINTS[saleReason], reason: saleReason,
  };

  // third_party_sharing: a clause that only denies selling or sharing is on topic (the model
  // tags it), but it is no evidence that data is shared
  const passesOn = list.filter((c) => !deniesSharing(c));
  const shares = documentHas(passesOn, 'third_party_sharing');
  const sharing = passesOn.filter((c) => c.labels.includes('third_party_sharing'));
  const withAds = shares && sharing.some((c) => ADS_RE.test(c.text));
  const shareReason: Reason = withAds ? 'shares_with_advertisers' : shares ? 'shares' : 'no_sharing_info';
  cat.third_party_sharing = {
    evidence: evidenceOf(passesOn, 'third_party_sharing', (c) => ADS_RE.test(c.text)),
    parties: partiesOf(passesOn, 'third_party_sharing'), points: POINTS[shareReason], reason: shareReason,
  };

  // cookies_tracking
  const cookies = documentHas(list, 'cookies_tracking');
  const cookieParties = partiesOf(list, 'cookies_tracking');
  const trackers = cookieParties.some((p) => TRACKERS.has(p));
  const cookieReason: Reason = cookies ? (trackers ? 'third_party_trackers' : 'cookies') : 'no_cookies_info';
  cat.cookies_tracking = {
    evidence: evidenceOf(list, 'cookies_tracking', (c) => c.parties.some((p) => TRACKERS.has(p))),
    parties: cookieParties, points: POINTS[cookieReason], reason: cookieReason,
  };

  // remote_access
  const remote = documentHas(list, 'remote_access');
  const remoteClauses = list.filter((c) => c.labels.includes('remote_access'));
  const cues = remoteClauses.map((c) => remoteConsentCue(c.text));
  const consent = remote ? !cues.includes('no') && cues.includes('yes') : null;
  const remoteReason: Reason = !remote ? 'no_remote_access' : consent ? 'remote_with_consent' : 'remote_without_consent';
  cat.remote_access = {
    evidence: evidenceOf(list, 'remote_access', (c) => c.remote_consent === true),
    parties: partiesOf(list, 'remote_access'), points: POINTS[remoteReason], reason: remoteReason,
    remote_consent: consent,
  };

  // retention
  const period = pickPeriod(list);
  const retains = period !== null || documentHas(list, 'retention');
  const days = period ? findPeriods(period)[0]?.days ?? 0 : 0;
  const retention = period ?? (retains ? 'vague' : 'none');
  const retReason: Reason = period ? (days > LONG_RETENTION_DAYS ? 'retention_long' : 'retention_period') : retains ? 'retention_vague' : 'retention_none';
  cat.retention = {
    evidence: evidenceOf(list, 'retention', (c) => c.retention_period !== null),
    parties: [], points: POINTS[retReason], reason: retReason,
  };

  const adjustments: Adjustment[] = CORE_LABELS.map((label) => ({ label, points: cat[label].points, reason: cat[label].reason }));
  const score = Math.max(0, Math.min(100, 100 + adjustments.reduce((s, a) => s + a.points, 0)));
  return {
    lang: docLang(list, lang),
    grade: gradeOf(score),
    score,
    verdicts: { data_sale: sale, third_party_sharing: shares, cookies_tracking: cookies, remote_access: remote, retention },
    categories: cat,
    adjustments,
    clauses: list,
    modelVersion: MODEL.version,
  };
}
