import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractPolicy } from '../../../lib/extract/index';
import { parseHtml } from '../../../lib/extract/parse-html';
import { goldRecall, type GoldIndex } from './gold';

const here = '[extract/OPP-115 pages] ';
const DIR = join(import.meta.dirname, '../../../../shared/data/html');
const present = existsSync(join(DIR, 'index.json'));
/** Mean bag-of-words recall of the gold segments (measured 0.987 on the 15 pages). */
const MIN_MEAN_RECALL = 0.9;
/** No single page may lose most of its text. */
const MIN_PAGE_RECALL = 0.75;

describe(here, () => {
  if (!present) console.warn(`${here}skipped: ${DIR}/index.json not found`);

  it.skipIf(!present)('extracted text covers the gold segments', () => {
    const index = JSON.parse(readFileSync(join(DIR, 'index.json'), 'utf8')) as GoldIndex;
    const recalls: Record<string, number> = {};
    for (const [file, entry] of Object.entries(index)) {
      const url = `https://www.${entry.policy_id.replace(/^\d+_/, '')}/privacy`;
      const res = extractPolicy(parseHtml(readFileSync(join(DIR, file), 'utf8'), url), url);
      expect(res.ok, file).toBe(true);
      if (!res.ok) continue;
      expect(res.value.isPolicy, file).toBe(true);
      expect(res.value.lang, file).toBe('en');
      const text = res.value.blocks.map((b) => b.text).join('\n');
      recalls[file] = goldRecall(text, entry.segments.map((s) => s.text)).recall;
    }
    const values = Object.values(recalls);
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    console.log(`${here}mean gold recall ${mean.toFixed(3)} over ${values.length} pages`);
    expect(values.length).toBe(15);
    expect(mean).toBeGreaterThanOrEqual(MIN_MEAN_RECALL);
    for (const [file, r] of Object.entries(recalls)) expect(r, file).toBeGreaterThanOrEqual(MIN_PAGE_RECALL);
  });
});
