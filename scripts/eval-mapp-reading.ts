/**
 * `npm run eval:mapp-reading` — how much of the MAPP gap is MAPP's annotation? The shipped recipe
 * is trained on `npm run eval`'s split and scored on its MAPP validation clauses twice, for
 * `third_party_sharing` and `cookies_tracking`: against MAPP gold (all 1,120 clauses) and against a
 * second reading of a stratified sample by the product's definitions
 * (tests/fixtures/mapp-reading: ids and labels only). Each sampled clause counts for its cell's
 * size over the cell's sample size, so the second set of numbers estimates the whole validation
 * set; a 90 % interval comes from resampling within the cells (seeded). Nothing is tuned on it.
 * Skips when ../shared/data is absent.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Label } from '../lib/labels';
import { prng } from '../lib/classifier/trainer';
import { fmtInterval as interval, RESAMPLES } from './lib/bootstrap';
import { loadFixtures, loadShared, splitByGroup } from './lib/data';
import { fmt, prf, report } from './lib/metrics';
import { fit, OPTIONS, predict, VAL_SHARE } from './lib/pipeline';

const DIR = path.join(import.meta.dirname, '..', 'tests', 'fixtures', 'mapp-reading');
const LABELS_READ = ['third_party_sharing', 'cookies_tracking'] as const;
type Cell = 'tp' | 'fp' | 'fn' | 'tn';
interface Reading { id: string; third_party_sharing: boolean; cookies_tracking: boolean; stratum: Partial<Record<Label, Cell>> }
interface Design { population: Record<(typeof LABELS_READ)[number], Record<Cell, number>> }

interface Drawn { weight: number; pred: boolean; read: boolean; gold: boolean }

/** Weighted TP/FP/FN of the model against the reading, and of MAPP gold against the reading. */
function estimate(cells: Drawn[][]): { model: ReturnType<typeof prf>; goldAgrees: number } {
  let tp = 0, fp = 0, fn = 0, agree = 0, total = 0;
  for (const cell of cells) for (const d of cell) {
    if (d.pred && d.read) tp += d.weight;
    else if (d.pred) fp += d.weight;
    else if (d.read) fn += d.weight;
    if (d.gold === d.read) agree += d.weight;
    total += d.weight;
  }
  return { model: prf(tp, fp, fn), goldAgrees: agree / total };
}

function main(): void {
  const shared = loadShared();
  if (!shared) {
    console.log('eval:mapp-reading: skipping: ../shared/data not found (set POLICYLENS_DATA to its path)');
    return;
  }
  const readings: Reading[] = readFileSync(path.join(DIR, 'labels.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
  const design: Design = JSON.parse(readFileSync(path.join(DIR, 'design.json'), 'utf8'));
  const { train, val } = splitByGroup(shared.records, VAL_SHARE);
  const mapp = val.filter((r) => r.source === 'mapp');
  const expected = Object.values(design.population.third_party_sharing).reduce((a, b) => a + b, 0);
  if (mapp.length !== expected) {
    console.log(`eval:mapp-reading: the split holds ${mapp.length} MAPP clauses, the sample was drawn from ${expected}: the data or the split changed, the weights no longer apply`);
    process.exitCode = 1;
    return;
  }
  // trained as `npm run eval` trains it: the fixtures' train split, and their test split for the learnt stance model only
  const fixtures = loadFixtures().records;
  const fitted = fit([...train, ...fixtures.filter((r) => r.split === 'train')], OPTIONS, fixtures.filter((r) => r.split === 'test'));
  const pred = predict(fitted, mapp, true);
  const index = new Map(mapp.map((r, i) => [r.id, i]));
  console.log(`MAPP validation clauses: ${mapp.length}; read again: ${readings.length} (tests/fixtures/mapp-reading)\n`);
  console.log('  label                  vs MAPP gold (all)        vs the second reading (estimate, 90 % interval)        MAPP gold agrees');
  for (const label of LABELS_READ) {
    const gold = report(mapp, pred, [label]).perLabel[label]!;
    const cells: Drawn[][] = (['tp', 'fp', 'fn', 'tn'] as const).map((cell) => {
      const drawn = readings.filter((r) => r.stratum[label] === cell);
      return drawn.map((r) => {
        const i = index.get(r.id);
        if (i === undefined) throw new Error(`${r.id} is not a MAPP validation clause`);
        return { weight: design.population[label][cell] / drawn.length, pred: pred[i].has(label), read: r[label], gold: mapp[i].labels.includes(label) };
      });
    });
    const point = estimate(cells);
    // seeded, so the interval is the same on every run
    const next = prng(18);
    const f1s: number[] = [], ps: number[] = [], rs: number[] = [], agrees: number[] = [];
    for (let b = 0; b < RESAMPLES; b++) {
      const e = estimate(cells.map((cell) => cell.map(() => cell[Math.floor(next() * cell.length)])));
      f1s.push(e.model.f1); ps.push(e.model.p); rs.push(e.model.r); agrees.push(e.goldAgrees);
    }
    const m = point.model;
    console.log(`  ${label.padEnd(21)}  P ${fmt(gold.p)} R ${fmt(gold.r)} F1 ${fmt(gold.f1)}     P ${fmt(m.p)} (${interval(ps)}) R ${fmt(m.r)} (${interval(rs)}) F1 ${fmt(m.f1)} (${interval(f1s)})   ${fmt(point.goldAgrees)} (${interval(agrees)})`);
  }
}

main();
