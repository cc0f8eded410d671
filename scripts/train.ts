/**
 * `npm run train` — trains the clause model and writes assets/model/_weights.json + _meta.json.
 * `npm run gen:check` (`--check`) — trains into a temp dir and compares bytes with the committed
 * files; exit 1 on any difference.
 *
 * Inputs: ../shared/data/train.jsonl (override with POLICYLENS_DATA) + the train split of
 * tests/fixtures/clauses/<lang>.jsonl. Deterministic: fixed seed, fixed key order, quantised
 * weights, rounded numbers. Without the shared data it prints "skipping" and exits 0.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LABELS } from '../lib/labels';
import { serialiseWeights, stanceWeights, weightsFile } from '../lib/classifier/trainer';
import { FIXTURE_LANGS, loadFixtures, loadShared, REPO_ROOT, sha256File, splitByGroup, type Record_ } from './lib/data';
import { fit, OPTIONS, FIXTURE_WEIGHT, predict, reportBySource, STANCE_MIN_SCORE, STANCE_OPTIONS, VAL_SHARE } from './lib/pipeline';
import { report, type Report } from './lib/metrics';
import { CORE_LABELS } from '../lib/labels';

const MODEL_DIR = path.join(REPO_ROOT, 'assets', 'model');

const r4 = (x: number): number => Number(x.toFixed(4));
function compact(rep: Report): Record<string, unknown> {
  return {
    macro_f1: r4(rep.macro),
    micro_f1: r4(rep.micro),
    n: rep.n,
    per_label: Object.fromEntries(Object.entries(rep.perLabel).map(([l, m]) => [l, { p: r4(m!.p), r: r4(m!.r), f1: r4(m!.f1), support: m!.support }])),
  };
}

export function validationMetrics(shared: Record_[], fixtures: Record_[]): Record<string, unknown> {
  const { train, val } = splitByGroup(shared, VAL_SHARE);
  const fixTrain = fixtures.filter((r) => r.split === 'train');
  const fixTest = fixtures.filter((r) => r.split === 'test');
  const fitted = fit([...train, ...fixTrain], OPTIONS, fixTest);
  const pred = predict(fitted, val);
  const rep = reportBySource(val, pred);
  const out: Record<string, unknown> = {
    split: `shared data, ${Math.round(VAL_SHARE * 100)}% of policy groups (policy id + identical text) held out per source`,
    overall: compact(rep.all),
    by_source: Object.fromEntries(Object.entries(rep.bySource).map(([s, r]) => [s, compact(r)])),
  };
  if (fixTest.length) {
    const fp = predict(fitted, fixTest);
    out.fixtures_test = Object.fromEntries(FIXTURE_LANGS.map((lang) => {
      const idx = fixTest.map((_, i) => i).filter((i) => fixTest[i].lang === lang);
      return [lang, { core_macro_f1: r4(report(idx.map((i) => fixTest[i]), idx.map((i) => fp[i]), CORE_LABELS).macro), n: idx.length }];
    }));
  }
  return out;
}

function build(outDir: string): boolean {
  const shared = loadShared();
  if (!shared) {
    console.log('skipping: ../shared/data not found (set POLICYLENS_DATA to its path to train)');
    return false;
  }
  const fixtures = loadFixtures();
  const trainFix = fixtures.records.filter((r) => r.split === 'train');
  const testFix = fixtures.records.filter((r) => r.split === 'test');
  const t0 = Date.now();
  const fitted = fit([...shared.records, ...trainFix], OPTIONS, testFix);
  const payload = serialiseWeights(weightsFile(fitted.model, fitted.thresholds, fitted.langThresholds, fitted.conceptLangs, fitted.conceptThresholds, fitted.conceptMix, stanceWeights(fitted.stance, STANCE_MIN_SCORE)));
  const version = createHash('sha256').update(payload).digest('hex').slice(0, 12);
  const metrics = validationMetrics(shared.records, fixtures.records);
  // Stable names (independent of where the repo or the data live), so _meta.json is reproducible.
  const rel = (f: string): string =>
    shared.files.includes(f) ? `../shared/data/${path.basename(f)}` : path.relative(REPO_ROOT, f).split(path.sep).join('/');
  const meta = {
    generated_by: 'scripts/train.ts (npm run train); do not edit',
    version,
    format: 1,
    labels: [...LABELS],
    seed: OPTIONS.seed,
    options: OPTIONS,
    fixture_weight: FIXTURE_WEIGHT,
    inputs: [...shared.files, ...fixtures.files].map((f) => ({ path: rel(f), sha256: sha256File(f) })),
    records: { shared: shared.records.length, fixtures_train: trainFix.length, fixtures_stance_only: testFix.length },
    stance_model: { options: STANCE_OPTIONS, min_score: STANCE_MIN_SCORE, rows: fitted.stance.buckets.length },
    thresholds: Object.fromEntries(LABELS.map((l, k) => [l, r4(fitted.thresholds[k])])),
    concept_langs: fitted.conceptLangs,
    concept_mix: Object.fromEntries(Object.entries(fitted.conceptMix).map(([lang, m]) => [lang, Object.fromEntries(LABELS.map((l, k) => [l, m[k]]))])),
    concept_thresholds: Object.fromEntries(LABELS.map((l, k) => [l, r4(fitted.conceptThresholds[k])])),
    lang_thresholds: Object.fromEntries(Object.entries(fitted.langThresholds).map(([lang, t]) => [lang, Object.fromEntries(LABELS.map((l, k) => [l, r4(t[k])]))])),
    size: { weights_bytes: Buffer.byteLength(payload), rows: fitted.model.buckets.length },
    validation: metrics,
  };
  mkdirSync(outDir, { recursive: true });
  writeFileSync(path.join(outDir, '_weights.json'), payload);
  writeFileSync(path.join(outDir, '_meta.json'), JSON.stringify(meta, null, 2) + '\n');
  console.error(`trained in ${((Date.now() - t0) / 1000).toFixed(1)} s: ${fitted.model.buckets.length} rows, ${Buffer.byteLength(payload)} bytes, version ${version}`);
  return true;
}

function main(): void {
  const check = process.argv.includes('--check');
  if (!check) {
    if (build(MODEL_DIR)) console.log(`wrote ${path.relative(REPO_ROOT, MODEL_DIR)}/_weights.json and _meta.json`);
    return;
  }
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'policylens-model-'));
  if (!build(tmp)) return;
  let same = true;
  for (const name of ['_weights.json', '_meta.json']) {
    const committed = path.join(MODEL_DIR, name);
    const fresh = readFileSync(path.join(tmp, name));
    if (!existsSync(committed) || !readFileSync(committed).equals(fresh)) {
      console.error(`${name} differs from a fresh training run (${tmp}/${name}); run npm run train, verify and commit.`);
      same = false;
    }
  }
  if (!same) process.exit(1); // keeps the fresh copy for comparison
  rmSync(tmp, { recursive: true, force: true });
  console.log('model assets are up to date');
}

main();
