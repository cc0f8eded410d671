/**
 * Extraction quality and speed on the real OPP-115 pages in ../shared/data/html (when present).
 *
 *   npx tsx scripts/eval-extract.ts [dir]
 *
 * Per page: gold-segment recall (bag-of-words tokens of index.json segments found in the
 * extracted blocks), noise ratio (extracted tokens that match no gold token), the method used
 * (readability/fallback), and milliseconds to parse + extract with linkedom vs jsdom.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { extractPolicyDebug } from '../lib/extract/extract-policy';
import { parseHtml } from '../lib/extract/parse-html';
import { goldRecall, type GoldIndex } from '../tests/unit/extract/gold';

const dir = process.argv[2] ?? join(import.meta.dirname, '../../shared/data/html');
if (!existsSync(join(dir, 'index.json'))) {
  console.error(`no ${join(dir, 'index.json')}: nothing to evaluate`);
  process.exit(0);
}
const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as GoldIndex;

function time<T>(f: () => T, reps: number): { value: T; ms: number } {
  let value = f();
  const t0 = performance.now();
  for (let i = 0; i < reps; i++) value = f();
  return { value, ms: (performance.now() - t0) / reps };
}

const rows: string[] = [];
let sumRecall = 0;
let sumNoise = 0;
let sumLinkedom = 0;
let sumJsdom = 0;
const names = Object.keys(index).sort();
for (const name of names) {
  const html = readFileSync(join(dir, name), 'utf8');
  const url = `https://${index[name].policy_id.replace(/^\d+_/, 'www.')}/privacy`;
  const lk = time(() => extractPolicyDebug(parseHtml(html, url), url), 3);
  const jd = time(() => extractPolicyDebug(new JSDOM(html, { url, virtualConsole: new VirtualConsole() }).window.document, url), 3);
  const res = lk.value.result;
  const blocks = res.ok ? res.value.blocks : [];
  const { recall, noise } = goldRecall(blocks.map((b) => b.text).join('\n'), index[name].segments.map((s) => s.text));
  const jres = jd.value.result;
  const jrecall = goldRecall(jres.ok ? jres.value.blocks.map((b) => b.text).join('\n') : '', index[name].segments.map((s) => s.text)).recall;
  sumRecall += recall;
  sumNoise += noise;
  sumLinkedom += lk.ms;
  sumJsdom += jd.ms;
  rows.push(
    [
      name.padEnd(32),
      (res.ok ? 'ok' : res.error.code).padEnd(11),
      lk.value.debug.method.padEnd(11),
      String(blocks.length).padStart(5),
      recall.toFixed(3).padStart(7),
      jrecall.toFixed(3).padStart(7),
      noise.toFixed(3).padStart(7),
      `${res.ok ? res.value.confidence.toFixed(2) : '-'}`.padStart(5),
      `${res.ok ? res.value.lang : '-'}`.padStart(4),
      lk.ms.toFixed(1).padStart(8),
      jd.ms.toFixed(1).padStart(8),
    ].join(' '),
  );
}
console.log(`${'page'.padEnd(32)} ${'result'.padEnd(11)} ${'method'.padEnd(11)} blocks  recall jsdomR   noise  conf lang linkedom    jsdom`);
for (const r of rows) console.log(r);
const n = names.length;
console.log(`\nmean recall ${(sumRecall / n).toFixed(3)}  mean noise ${(sumNoise / n).toFixed(3)}  linkedom ${(sumLinkedom / n).toFixed(1)} ms/page  jsdom ${(sumJsdom / n).toFixed(1)} ms/page (parse + extract, mean of 3)`);
