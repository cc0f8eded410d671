/** Gold-segment recall for the OPP-115 pages (shared by the unit test and scripts/eval-extract.ts). */

export interface GoldIndex {
  [file: string]: { policy_id: string; segments: { text: string }[] };
}

function tokens(s: string): string[] {
  return s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * Bag-of-words overlap. recall = gold tokens found in the extraction / gold tokens;
 * noise = extracted tokens matching no gold token / extracted tokens.
 */
export function goldRecall(extracted: string, gold: string[]): { recall: number; noise: number } {
  const have = new Map<string, number>();
  const ext = tokens(extracted);
  for (const t of ext) have.set(t, (have.get(t) ?? 0) + 1);
  let total = 0;
  let found = 0;
  for (const seg of gold) {
    for (const t of tokens(seg)) {
      total++;
      const n = have.get(t) ?? 0;
      if (n > 0) {
        found++;
        have.set(t, n - 1);
      }
    }
  }
  let left = 0;
  for (const n of have.values()) left += n;
  return { recall: total ? found / total : 1, noise: ext.length ? left / ext.length : 0 };
}
