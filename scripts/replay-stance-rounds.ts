/**
 * `npm run eval:stance-replay` — how the learnt stance model does on sale text that neither it nor
 * the rules have seen. Each stance development round is a commit that added fresh clauses to
 * tests/fixtures/clauses and adapted the rules to them. For each such commit C this checks out C's
 * parent into a temporary git worktree and, with *that* code and *those* fixtures (+ the public
 * data's training side), trains a stance model the way `fitStance` does, then scores C's new
 * clauses: where the old rules see sale wording but read no stance (old `saleWording` null), how
 * many stances the model reads right and how many it gets wrong, and how many held-out public
 * clauses it gives a stance. The decision in docs/model-history.md (session 16) rests on this.
 * It also prints each round's score before its rules, as the development log records it: stance
 * clauses the old rules got right, the old product (`tagClause`, rules + its shipped stance model)
 * got right, and clauses without a stance it left without one.
 *
 *   tsx scripts/replay-stance-rounds.ts [commit …]   (default: twelve rounds of sessions 7–15;
 *   the rounds of sessions 16–17: bb30dcc fefaecc 34964f4 80844c4)
 *
 * Needs the git history and ../shared/data (skips with a message without them). Old trainers know
 * only the clause labels, so the two outputs ride on two of their slots (the maths is the same).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadShared, REPO_ROOT, splitByGroup } from './lib/data';
import { STANCE_MIN_SCORE, STANCE_OPTIONS, VAL_SHARE } from './lib/pipeline';

const ROUNDS = ['c9478d5', 'ac7aae2', '3b2de6f', 'd0bc853', '3f06ef7', 'bed0de2', '0063176', '573fea1', '8d2675c', '6590bf2', '5b2372f', 'a567f87'];
const LANGS = ['en', 'nl', 'de', 'fr', 'es'];

interface Clause { id: string; text: string; heading: string | null; sale: 'sold' | 'not_sold' | null; split?: string }
type Stance = 'sold' | 'not_sold' | null;

const git = (...args: string[]): string => execFileSync('git', ['-C', REPO_ROOT, ...args], { encoding: 'utf8', maxBuffer: 64 << 20, stdio: ['ignore', 'pipe', 'pipe'] });
const parse = (lines: string): Clause[] => lines.split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as Clause);

interface Replayed { n: number; stances: number; rulesRight: number; productRight: number; negatives: number; negativesClean: number; missed: number; read: number; wrong: number; pubAdded: number }

async function replay(commit: string, pub: { train: Clause[]; val: Clause[] }): Promise<Replayed> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'policylens-replay-'));
  try {
    git('worktree', 'add', '--detach', '-f', dir, `${commit}^`);
    symlinkSync(path.join(REPO_ROOT, 'node_modules'), path.join(dir, 'node_modules'));
    const round = parse(git('diff', `${commit}^`, commit, '--', 'tests/fixtures/clauses/').split('\n').filter((l) => l.startsWith('+{')).map((l) => l.slice(1)).join('\n'));
    const ids = new Set(round.map((r) => r.id));
    const fixtures = LANGS.flatMap((l) => parse(git('show', `${commit}^:tests/fixtures/clauses/${l}.jsonl`))).filter((r) => !ids.has(r.id));
    const stance = await import(path.join(dir, 'lib/classifier/stance.ts'));
    const product = await import(path.join(dir, 'lib/classifier/index.ts'));
    const trainer = await import(path.join(dir, 'lib/classifier/trainer.ts'));
    const features = await import(path.join(dir, 'lib/classifier/features.ts'));
    const { conceptId } = await import(path.join(dir, 'lib/classifier/tokenize.ts'));
    const DATA = conceptId('data');
    const namesData = (r: Clause): boolean => [features.analyseClause(r.text), ...(r.heading ? [features.analyseHeading(r.heading)] : [])]
      .some((a: { concepts: number[][] }) => a.concepts.some((cs) => cs.includes(DATA)));
    const rules = (r: Clause): Stance => stance.saleStance(r.text, r.heading ?? null);
    // the same examples as `stanceExamples`, on two of the old trainer's label slots
    const slot = { sold: 'data_sale', not_sold: 'retention' } as const;
    const example = (r: Clause) => ({ text: r.text, heading: r.heading ?? null, labels: r.sale ? [slot[r.sale]] : [], scope: Object.values(slot) });
    const examples = [...fixtures.map(example), ...pub.train.filter((r) => r.sale || rules(r) === null).map(example)];
    const s = trainer.scorer(trainer.train(examples, STANCE_OPTIONS));
    const K = { sold: 0, not_sold: 4 };
    const learnt = (r: Clause): Stance => {
      if (stance.saleWording(r.text, r.heading ?? null) !== null || !namesData(r)) return null;
      const a = trainer.logits(s, r.text, r.heading ?? null, 'full');
      const c = trainer.logits(s, r.text, r.heading ?? null, 'concept');
      const p = (k: number): number => 1 / (1 + Math.exp(-(a[k] + c[k]) / 2));
      const best = p(K.sold) > p(K.not_sold) ? 'sold' : 'not_sold';
      return p(K[best]) >= STANCE_MIN_SCORE ? best : null;
    };
    let missed = 0, read = 0, wrong = 0;
    for (const r of round) {
      if (rules(r) !== null) continue;
      if (r.sale) missed++;
      const m = learnt(r);
      if (m === null) continue;
      if (m === r.sale) read++;
      else wrong++;
    }
    const pubAdded = pub.val.filter((r) => rules(r) === null && learnt(r) !== null).length;
    // the round as scored before its rules: the old rules alone, and the old product with its own stance model
    const shipped = (r: Clause): Stance => product.tagClause({ text: r.text, heading: r.heading ?? null }, r.id.slice(0, 2)).sale ?? null;
    const stances = round.filter((r) => r.sale);
    const negatives = round.filter((r) => !r.sale);
    return {
      n: round.length, stances: stances.length, rulesRight: stances.filter((r) => rules(r) === r.sale).length, productRight: stances.filter((r) => shipped(r) === r.sale).length,
      negatives: negatives.length, negativesClean: negatives.filter((r) => shipped(r) === null).length, missed, read, wrong, pubAdded,
    };
  } finally {
    try { git('worktree', 'remove', '--force', dir); } catch { rmSync(dir, { recursive: true, force: true }); }
  }
}

async function main(): Promise<void> {
  const shared = loadShared();
  if (!shared) {
    console.log('eval:stance-replay: skipping: ../shared/data not found (set POLICYLENS_DATA to its path)');
    return;
  }
  try {
    git('rev-parse', '--verify', `${ROUNDS[0]}^`);
  } catch {
    console.log('eval:stance-replay: skipping: the git history of the stance rounds is not available (shallow clone?)');
    return;
  }
  // the public data's validation split stays out of training, to count stances the model adds there
  const split = splitByGroup(shared.records, VAL_SHARE);
  const pub = { train: split.train as Clause[], val: split.val as Clause[] };
  const commits = process.argv.slice(2).length ? process.argv.slice(2) : ROUNDS;
  console.log(`PolicyLens eval:stance-replay — ${commits.length} rounds, stance model at ${STANCE_MIN_SCORE}, ${STANCE_OPTIONS.maxFeatures} rows`);
  console.log('  round    clauses  before its rules: stance right (rules / product), no-stance clauses clean (product)  |  rules read no stance in a stance clause  model reads right  model wrong  held-out public clauses given a stance');
  const total: Replayed = { n: 0, stances: 0, rulesRight: 0, productRight: 0, negatives: 0, negativesClean: 0, missed: 0, read: 0, wrong: 0, pubAdded: 0 };
  const row = (name: string, r: Replayed, of = ''): string =>
    `  ${name.padEnd(8)} ${String(r.n).padStart(7)}  ${`${r.rulesRight}/${r.stances} / ${r.productRight}/${r.stances}, ${r.negativesClean}/${r.negatives}`.padStart(82)}  |  ${String(r.missed).padStart(39)}  ${String(r.read).padStart(17)}  ${String(r.wrong).padStart(11)}  ${String(r.pubAdded).padStart(6)}${of}`;
  for (const c of commits) {
    const r = await replay(c, pub);
    console.log(row(c, r, ` of ${pub.val.length}`));
    for (const k of Object.keys(total) as Array<keyof Replayed>) total[k] += r[k];
  }
  console.log(row('all', total));
}

await main();
