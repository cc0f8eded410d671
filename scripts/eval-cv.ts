/**
 * `npm run eval:cv` — pooled k-fold cross-validation of the whole recipe: every record of the
 * shared data (folds by policy group) and of the project's own clauses (both splits, folds by
 * record) is predicted once by a model that never saw it, trained and thresholded exactly as
 * `npm run train` does (`fit`, rules on top). Four times the validation data of `npm run eval`'s
 * single split, so model choices compared with it are less at the mercy of which 25 policies
 * happen to be held out. Slow (k full trainings, ≈ 4 min on 2 cores).
 *
 *   tsx scripts/eval-cv.ts [--folds 4] [--salt cv] [--opts '{"lr":0.1}'] [--out report.json]
 *
 * Never uses tests/fixtures/clauses/blind (evaluation only: `npm run eval`).
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { CORE_LABELS, LABELS, type Label } from '../lib/labels';
import { clauseStance } from '../lib/classifier/rules';
import type { Stance } from '../lib/classifier/stance';
import { FIXTURE_LANGS, foldsByGroup, loadFixtures, loadShared, type Record_ } from './lib/data';
import { fmt, report } from './lib/metrics';
import { bootstrap, column, fmtInterval, RESAMPLES } from './lib/bootstrap';
import { fit, OPTIONS, predict, stanceFallback } from './lib/pipeline';

const { values } = parseArgs({
  options: {
    folds: { type: 'string', default: '4' },
    salt: { type: 'string', default: 'cv' },
    opts: { type: 'string', default: '{}' },
    out: { type: 'string' },
  },
});

function main(): void {
  const shared = loadShared();
  if (!shared) {
    console.log('eval:cv: skipping: ../shared/data not found (set POLICYLENS_DATA to its path)');
    return;
  }
  const opts = { ...OPTIONS, ...JSON.parse(values.opts!) };
  const k = Number(values.folds);
  const recs: Record_[] = [...shared.records, ...loadFixtures().records];
  const folds = foldsByGroup(recs, k, values.salt);
  const pred: Array<Set<Label>> = recs.map(() => new Set());
  const stance: Stance[] = recs.map(() => null);
  const t0 = Date.now();
  for (let f = 0; f < k; f++) {
    const fitted = fit(recs.filter((_, i) => folds[i] !== f), opts);
    const test = recs.map((_, i) => i).filter((i) => folds[i] === f);
    const p = predict(fitted, test.map((i) => recs[i]), true);
    test.forEach((i, j) => (pred[i] = p[j]));
    const fallback = stanceFallback(fitted);
    for (const i of test) if (recs[i].sale) stance[i] = clauseStance(recs[i].text, recs[i].heading, fallback);
    console.error(`fold ${f + 1}/${k} done in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  }
  const subset = (keep: (r: Record_) => boolean) => {
    const idx = recs.map((_, i) => i).filter((i) => keep(recs[i]));
    return { records: idx.map((i) => recs[i]), pred: idx.map((i) => pred[i]) };
  };
  const sub = (keep: (r: Record_) => boolean, only: readonly Label[] = LABELS) => {
    const s = subset(keep);
    return report(s.records, s.pred, only);
  };
  const out: Record<string, unknown> = { folds: k, salt: values.salt, options: opts };
  console.log(`PolicyLens eval:cv — ${k} folds (salt ${values.salt}), ${shared.records.length} shared + ${recs.length - shared.records.length} fixture clauses`);
  console.log(`  shared data, macro/micro F1 (90 % interval: ${RESAMPLES.toLocaleString('en')} draws of whole policies within each source):`);
  for (const [name, keep] of [['all sources', (r: Record_) => r.source !== 'fixture'], ['opp115', (r: Record_) => r.source === 'opp115'], ['tosdr', (r: Record_) => r.source === 'tosdr'], ['mapp (German)', (r: Record_) => r.source === 'mapp']] as const) {
    const s = subset(keep);
    const r = report(s.records, s.pred);
    const b = bootstrap(s.records, [s.pred]);
    const spread = { macro: fmtInterval(column(b.macro, 0)), micro: fmtInterval(column(b.micro, 0)) };
    out[name] = { macro: r.macro, micro: r.micro, interval90: spread, f1: Object.fromEntries(Object.entries(r.perLabel).map(([l, m]) => [l, Number(m!.f1.toFixed(4))])) };
    console.log(`    ${name.padEnd(14)} ${fmt(r.macro)}/${fmt(r.micro)} (${spread.macro} / ${spread.micro})   ${Object.entries(r.perLabel).map(([l, m]) => `${l} ${fmt(m!.f1)}`).join(', ')}`);
  }
  console.log('  own clauses (both splits), core-label macro-F1 and sale-stance accuracy per language:');
  for (const lang of FIXTURE_LANGS) {
    const r = sub((x) => x.source === 'fixture' && x.lang === lang, CORE_LABELS);
    const withStance = recs.map((_, i) => i).filter((i) => recs[i].source === 'fixture' && recs[i].lang === lang && recs[i].sale);
    const acc = withStance.filter((i) => stance[i] === recs[i].sale).length / withStance.length;
    out[`fixtures_${lang}`] = { core_macro: r.macro, stance: acc };
    console.log(`    ${lang}  ${fmt(r.macro)}  [${CORE_LABELS.map((l) => `${l} ${fmt(r.perLabel[l]?.f1 ?? 0)}`).join(', ')}]  stance ${fmt(acc)} (n=${withStance.length})`);
  }
  if (values.out) writeFileSync(values.out, JSON.stringify(out, null, 2) + '\n');
}

main();
