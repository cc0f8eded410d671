/**
 * Learnt sale stance: a second, small linear model with two outputs (`sold`, `not_sold`) over the
 * clause model's hashed features, trained on the project's stance clauses and the public data.
 * The rules (`stance.ts`) decide wherever they can read a stance or know the sale wording is about
 * something else; the model is asked only where a clause has sale wording the rules cannot read
 * ("Vos données ne font l'objet d'aucune transaction commerciale avec des tiers"), and answers only
 * when sure.
 *
 * Replaying twelve earlier development rounds (2,100 clauses) with the rules and fixtures as they
 * were before each, it read 21 of the 90 stances the rules had missed and gave 2 clauses a wrong
 * one, and it added no stance to held-out public clauses (docs/model-history.md, session 16).
 */
import { analyseClause, analyseHeading, bucketsInto, type View } from './features';
import { pooledLogits } from './pool';
import type { StanceFallback } from './rules';
import type { Stance } from './stance';
import { conceptId, type Analysed } from './tokenize';

/** Output order of the model's weight rows. */
export const STANCE_LABELS = ['sold', 'not_sold'] as const;
export type StanceLabel = (typeof STANCE_LABELS)[number];
const K = STANCE_LABELS.length;

/** Bucket id of an empty slot (bucket ids have fewer than 24 bits). */
const EMPTY = 0xffffff;

export interface StanceModel {
  /**
   * The weight rows in a linear-probing hash table at most half full, two words per slot: the
   * bucket id in the low 24 bits and the `sold` weight in the high byte, then the `not_sold` weight
   * (like the clause model's table, `packRows`; a Map lookup per feature cost twice as much).
   */
  table: Int32Array;
  mask: number;
  scales: Float64Array;
  /** Probability an output needs before the model states a stance. */
  minScore: number;
}

export function stanceModel(buckets: ArrayLike<number>, q: Int8Array, scales: readonly number[], minScore: number): StanceModel {
  if (q.length !== buckets.length * K || scales.length !== K) throw new Error('corrupt model asset: stance sizes');
  let slots = 1;
  while (slots < buckets.length * 2) slots <<= 1;
  const table = new Int32Array(slots * 2).fill(EMPTY);
  const mask = slots - 1;
  for (let r = 0; r < buckets.length; r++) {
    let s = buckets[r] & mask;
    while (table[s * 2] !== EMPTY) {
      if ((table[s * 2] & EMPTY) === buckets[r]) throw new Error('corrupt model asset: duplicate bucket');
      s = (s + 1) & mask;
    }
    table[s * 2] = buckets[r] | (q[r * K] << 24);
    table[s * 2 + 1] = q[r * K + 1];
  }
  return { table, mask, scales: Float64Array.from(scales), minScore };
}

/** Sentence-pooled logits of one view, like the clause model's (`pool.ts`). */
function viewLogits(text: string, heading: string | null, m: StanceModel, view: View, analysed?: Analysed): Float64Array {
  const { buckets, parts, count, lastPart } = bucketsInto(text, heading, view, analysed);
  const rows = lastPart + 2;
  const sums = new Float64Array(rows * K);
  const counts = new Int32Array(rows);
  const { table, mask } = m;
  for (let j = 0; j < count; j++) {
    const part = parts[j] + 1;
    counts[part]++;
    const key = buckets[j];
    let s = key & mask;
    let w = table[s * 2];
    while ((w & EMPTY) !== key && w !== EMPTY) {
      s = (s + 1) & mask;
      w = table[s * 2];
    }
    if ((w & EMPTY) !== key) continue;
    sums[part * K] += w >> 24;
    sums[part * K + 1] += table[s * 2 + 1];
  }
  return pooledLogits(sums, counts, lastPart + 1, K, m.scales, new Float64Array(K));
}

/** Probability per output: the mean of the word and concept views' logits (the model learnt both in all five languages). */
export function stanceScores(text: string, heading: string | null, m: StanceModel, analysed?: Analysed): Record<StanceLabel, number> {
  const full = viewLogits(text, heading, m, 'full', analysed);
  const concept = viewLogits(text, heading, m, 'concept', analysed);
  return { sold: meanProbability(full, concept, 0), not_sold: meanProbability(full, concept, 1) };
}

function meanProbability(full: Float64Array, concept: Float64Array, k: number): number {
  return 1 / (1 + Math.exp(-(full[k] + concept[k]) / 2));
}

const DATA = conceptId('data');
const namesData = (a: Analysed): boolean => a.concepts.some((cs) => cs.includes(DATA));

/**
 * The model's stance, or null when neither output reaches `minScore` or neither the clause nor its
 * heading names data ("information", "Daten", "~gegevens", …): money words about fees, goods or
 * content look like a sale to a linear model, and a stance is a statement about data. `analysed`:
 * the clause's tokens, when the caller has them.
 */
export function learntStance(text: string, heading: string | null, m: StanceModel, analysed: Analysed = analyseClause(text)): Stance {
  if (!namesData(analysed) && !(heading && namesData(analyseHeading(heading)))) return null;
  const s = stanceScores(text, heading, m, analysed);
  const best: StanceLabel = s.sold > s.not_sold ? 'sold' : 'not_sold';
  return s[best] >= m.minScore ? best : null;
}

/** The stance rules' fallback (`clauseStance`) for a model's learnt stance, if it has one. */
export function stanceFallback(m: StanceModel | null): StanceFallback | undefined {
  return m ? (text, heading, analysed) => learntStance(text, heading, m, analysed) : undefined;
}
