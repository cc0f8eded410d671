/**
 * Sentence pooling. A long clause that touches a topic in one sentence (a retention period inside
 * a paragraph about collection, a cookie sentence inside one about sharing) is diluted in the
 * clause-level score. The pooled logit moves the clause logit POOL_WEIGHT of the way towards its
 * best sentence's logit, and never lowers it:
 *
 *   z = x + POOL_WEIGHT · max(0, max_s x_s − x)
 *
 * x_s is the same linear model over sentence s's own features plus the shared ones (bias, length,
 * heading). Chosen by pooled 4-fold cross-validation by policy group on the training data
 * (docs/model-history.md); 0.3–0.7 measured within 0.013 of each other on OPP-115.
 */
export const POOL_WEIGHT = 0.5;

/**
 * Pooled logits from per-part weight sums.
 * `sums` holds `parts + 1` rows of `k` sums: row 0 the shared features, row 1 + s sentence s;
 * `counts` the feature occurrences per row (features without weights included: they dilute).
 * Writes k logits into `out` and returns it.
 */
export function pooledLogits(sums: Float64Array, counts: Int32Array, parts: number, k: number, scales: ArrayLike<number>, out: Float64Array): Float64Array {
  let total = 0;
  for (let p = 0; p <= parts; p++) total += counts[p];
  for (let j = 0; j < k; j++) {
    let sum = 0;
    for (let p = 0; p <= parts; p++) sum += sums[p * k + j];
    out[j] = (sum * scales[j]) / Math.sqrt(total);
  }
  if (parts < 2) return out;
  for (let j = 0; j < k; j++) {
    let best = -Infinity;
    for (let s = 1; s <= parts; s++) {
      const z = ((sums[j] + sums[s * k + j]) * scales[j]) / Math.sqrt(counts[0] + counts[s]);
      if (z > best) best = z;
    }
    if (best > out[j]) out[j] += POOL_WEIGHT * (best - out[j]);
  }
  return out;
}
