/**
 * `npm run bench:cli` — throughput of `policylens analyze` on a generated corpus.
 *
 *   tsx scripts/bench-cli.ts [--docs 2000] [--jobs N] [--runs 3] [--repeat R] [--keep]
 *
 * 1. Builds dist/cli.mjs (scripts/build-cli.mjs).
 * 2. Generates --docs policies (half .txt, half .html) into a temp dir from the five-language
 *    templates in tests/unit/cli/corpus.ts, each made policy-sized (~1,500–2,500 words) by
 *    repeating and varying its sections.
 * 3. Bare pass: in this process, read every file, decode UTF-8 and split it into Unicode word
 *    tokens (no classification, no DOM) — the floor any analysis has to pay.
 * 4. Runs `node dist/cli.mjs analyze <dir> --jobs N -q -o /dev/null` on the text half and the
 *    HTML half separately, timing wall clock and reading the CLI's peak RSS (workers included).
 *    Steps 3–4 are repeated --runs times, interleaved; each row shows the run with the median CPU
 *    time and the median bare pass: on a shared machine one 0.5 s bare pass can be off by a
 *    third (--runs 1 is the old single-shot bench).
 * 5. Memory flatness: the text files listed R times through `--files-from -` (R × docs/2
 *    documents); peak RSS should stay close to the single pass. Its ratio is to R bare passes:
 *    the same baseline with process and worker start-up spread over R times the documents.
 *
 * Targets (issue 6): ≥ 300 text/s and ≥ 100 HTML/s on 2 cores; ≤ 8× the bare pass.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
// @ts-expect-error plain .mjs build script without types
import { CLI_OUTFILE, buildCli } from './build-cli.mjs';
import { prng } from '../lib/classifier/trainer';
import { LANGS, POLICIES, toHtml, toText, type Policy } from '../tests/unit/cli/corpus';

const { values } = parseArgs({
  options: {
    docs: { type: 'string', default: '2000' },
    jobs: { type: 'string', default: String(availableParallelism()) },
    runs: { type: 'string', default: '3' },
    repeat: { type: 'string', default: '5' },
    keep: { type: 'boolean', default: false },
  },
});
const DOCS = Number(values.docs);
const JOBS = Number(values.jobs);
const REPEAT = Number(values.repeat);
const RUNS = Math.max(1, Number(values.runs));
let CLI: string = CLI_OUTFILE;

const COMPANIES = ['Acme', 'Globex', 'Initech', 'Umbrella', 'Hooli', 'Vandelay', 'Stark', 'Wayne', 'Tyrell', 'Cyberdyne'];
const PERIODS = ['6 months', '12 months', '2 years', '3 years', '5 years', '30 days'];

/** Deterministic PRNG (mulberry32) so every run benchmarks the same corpus. */
const rng = prng;

/** A policy-sized variant: sections repeated 8–14 times, varied names and numbers. */
function variant(base: Policy, i: number): Policy {
  const rand = rng(i + 1);
  const company = COMPANIES[i % COMPANIES.length];
  const reps = 8 + Math.floor(rand() * 7);
  const sections = [];
  for (let r = 0; r < reps; r++) {
    for (const s of base.sections) {
      if (rand() < 0.25) continue;
      sections.push({
        heading: `${r + 1}. ${s.heading}`,
        paragraphs: s.paragraphs.map((p) =>
          `${company} ${p}`.replace(/\b2 years\b|\b2 años\b|\b3 ans\b|\b26 (maanden|Monate)\b/, PERIODS[Math.floor(rand() * PERIODS.length)]),
        ),
      });
    }
  }
  return { ...base, title: `${company} ${base.title}`, sections };
}

function generate(dir: string, n: number): { text: string; html: string; words: number } {
  const text = join(dir, 'text');
  const html = join(dir, 'html');
  mkdirSync(text, { recursive: true });
  mkdirSync(html, { recursive: true });
  let words = 0;
  for (let i = 0; i < n; i++) {
    const p = variant(POLICIES[LANGS[i % LANGS.length]], i);
    const name = `p${String(i).padStart(6, '0')}`;
    if (i % 2 === 0) {
      const t = toText(p);
      words += t.split(/\s+/).length;
      writeFileSync(join(text, `${name}.txt`), t);
    } else writeFileSync(join(html, `${name}.html`), toHtml(p));
  }
  return { text, html, words: Math.round(words / Math.ceil(n / 2)) };
}

const WORD = /[\p{L}\p{N}]+/gu;

interface Bare {
  seconds: number;
  cpu: number;
  tokens: number;
}

/** The run with the median CPU time (odd counts; the lower middle for even). */
function medianOf<T extends { cpu: number }>(xs: T[]): T {
  return [...xs].sort((a, b) => a.cpu - b.cpu)[Math.floor((xs.length - 1) / 2)];
}

/** Read + decode + tokenise every file of a directory, single thread. */
async function barePass(dir: string): Promise<Bare> {
  const files = readdirSync(dir).sort().map((f) => join(dir, f));
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  let tokens = 0;
  for (const f of files) {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(await readFile(f));
    for (const m of text.toLowerCase().matchAll(WORD)) if (m[0]) tokens++;
  }
  const c = process.cpuUsage(c0);
  return { seconds: (performance.now() - t0) / 1000, cpu: (c.user + c.system) / 1e6, tokens };
}

interface CliRun {
  seconds: number;
  rssMb: number;
  /** CPU seconds of the CLI process, all threads. */
  cpu: number;
  code: number | null;
  stderr: string;
}

function runCli(args: string[], stdin?: string): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, [CLI, ...args], {
      env: { ...process.env, POLICYLENS_REPORT_RSS: '1' },
      stdio: ['pipe', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => {
      const m = /peak-rss-kb (\d+) cpu-ms (\d+)/.exec(stderr);
      resolve({ seconds: (performance.now() - t0) / 1000, rssMb: m ? Number(m[1]) / 1024 : NaN, cpu: m ? Number(m[2]) / 1000 : NaN, code, stderr });
    });
    child.stdin.end(stdin ?? '');
  });
}

function row(cells: (string | number)[]): string {
  return '| ' + cells.map(String).join(' | ') + ' |';
}

async function main(): Promise<void> {
  if (process.env.POLICYLENS_BENCH_CLI) CLI = process.env.POLICYLENS_BENCH_CLI; // bench another bundle
  else await buildCli({ quiet: true });
  const dir = mkdtempSync(join(tmpdir(), 'policylens-bench-'));
  const g0 = performance.now();
  const gen = generate(dir, DOCS);
  const nText = Math.ceil(DOCS / 2);
  const nHtml = Math.floor(DOCS / 2);
  console.log(`corpus: ${DOCS} policies (${nText} .txt, ${nHtml} .html, ~${gen.words} words each) in ${((performance.now() - g0) / 1000).toFixed(1)} s → ${dir}`);
  console.log(`jobs: ${JOBS} (cores: ${availableParallelism()}), node ${process.version}, load average ${loadavg().map((x) => x.toFixed(2)).join(' ')}\n`);

  // Warm the page cache for both sides equally.
  await barePass(gen.text);
  await barePass(gen.html);

  const common = ['--jobs', String(JOBS), '-q', '-o', '/dev/null'];
  const runs: { bareText: Bare; bareHtml: Bare; text: CliRun; html: CliRun; textClauses: CliRun }[] = [];
  for (let r = 0; r < RUNS; r++) {
    const bareText = await barePass(gen.text);
    const text = await runCli(['analyze', gen.text, ...common]);
    const bareHtml = await barePass(gen.html);
    const html = await runCli(['analyze', gen.html, ...common]);
    const textClauses = await runCli(['analyze', gen.text, ...common, '--format', 'csv', '--clauses']);
    for (const x of [text, html, textClauses]) if (x.code !== 0) throw new Error(`CLI failed (${x.code}): ${x.stderr}`);
    runs.push({ bareText, bareHtml, text, html, textClauses });
  }
  const bareText = medianOf(runs.map((x) => x.bareText));
  const bareHtml = medianOf(runs.map((x) => x.bareHtml));
  const text = medianOf(runs.map((x) => x.text));
  const html = medianOf(runs.map((x) => x.html));
  const textClauses = medianOf(runs.map((x) => x.textClauses));

  // Other processes on the machine distort wall time; CPU time is the steadier measure, and
  // "est. docs/s" = docs / (CPU s / jobs) is what the run would reach on otherwise idle cores.
  const est = (n: number, r: CliRun) => (n / (r.cpu / Math.min(JOBS, availableParallelism()))).toFixed(0);
  const lines = [
    row(['run', 'docs', 'wall s', 'docs/s', 'CPU s', 'est. docs/s idle', 'bare pass CPU s', 'ratio CPU to bare', 'peak RSS MB']),
    row(['---', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:']),
    row(['text → jsonl', nText, text.seconds.toFixed(2), (nText / text.seconds).toFixed(0), text.cpu.toFixed(2), est(nText, text), bareText.cpu.toFixed(3), (text.cpu / bareText.cpu).toFixed(1) + '×', text.rssMb.toFixed(0)]),
    row(['text → csv --clauses', nText, textClauses.seconds.toFixed(2), (nText / textClauses.seconds).toFixed(0), textClauses.cpu.toFixed(2), est(nText, textClauses), bareText.cpu.toFixed(3), (textClauses.cpu / bareText.cpu).toFixed(1) + '×', textClauses.rssMb.toFixed(0)]),
    row(['html → jsonl', nHtml, html.seconds.toFixed(2), (nHtml / html.seconds).toFixed(0), html.cpu.toFixed(2), est(nHtml, html), bareHtml.cpu.toFixed(3), (html.cpu / bareHtml.cpu).toFixed(1) + '×', html.rssMb.toFixed(0)]),
  ];

  if (REPEAT > 1) {
    const list = readdirSync(gen.text).sort().map((f) => join(gen.text, f)).join('\n') + '\n';
    const big = await runCli(['analyze', '--files-from', '-', ...common], list.repeat(REPEAT));
    if (big.code !== 0) throw new Error(`CLI failed (${big.code}): ${big.stderr}`);
    const n = nText * REPEAT;
    const bare = REPEAT * bareText.cpu;
    lines.push(row([`text ×${REPEAT} via --files-from - (memory)`, n, big.seconds.toFixed(2), (n / big.seconds).toFixed(0), big.cpu.toFixed(2), est(n, big), `${bare.toFixed(3)} (${REPEAT}×)`, (big.cpu / bare).toFixed(1) + '×', big.rssMb.toFixed(0)]));
  }
  console.log(lines.join('\n'));
  if (RUNS > 1) {
    const spread = (f: (x: (typeof runs)[number]) => number) => {
      const v = runs.map(f);
      return `${Math.min(...v).toFixed(1)}–${Math.max(...v).toFixed(1)}×`;
    };
    console.log(`\nmedians of ${RUNS} interleaved runs; per-run ratio CPU to bare: text ${spread((x) => x.text.cpu / x.bareText.cpu)}, text csv ${spread((x) => x.textClauses.cpu / x.bareText.cpu)}, html ${spread((x) => x.html.cpu / x.bareHtml.cpu)}.`);
  }
  console.log(`\nwall and CPU times include process start, worker start-up and model load (once per worker);`);
  console.log(`the bare pass is single-threaded in this process. Load average now: ${loadavg().map((x) => x.toFixed(2)).join(' ')}.`);
  console.log(`targets: ≥ 300 text/s, ≥ 100 HTML/s on 2 cores, ≤ 8× bare pass; RSS flat as documents grow.`);
  if (!values.keep) rmSync(dir, { recursive: true, force: true });
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
