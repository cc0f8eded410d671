/**
 * `policylens tag` contract (DESIGN.md "CLI contract"), against the real bundle.
 */
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { LABELS } from '../../../lib/labels';
import { POLICIES, LANGS } from './corpus';
import { tempDir } from '../temp-dir';
import { buildTempCli, jsonLines, runCli } from './helpers';

const here = '[cli/tag] ';
let cli = '';

beforeAll(async () => {
  cli = await buildTempCli();
}, 60_000);

/** Every paragraph of every language as an input clause. */
const CLAUSES = LANGS.flatMap((lang) =>
  POLICIES[lang].sections.flatMap((s, i) => s.paragraphs.map((text) => ({ id: `${lang}-${i}`, text, lang, heading: s.heading }))),
);

function expectTag(rec: Record<string, unknown>): void {
  expect(Object.keys(rec).slice(0, 7)).toEqual(['id', 'lang', 'labels', 'scores', 'sale', 'retention_period', 'remote_consent']);
  const scores = rec.scores as Record<string, number>;
  expect(Object.keys(scores).sort()).toEqual([...LABELS].sort());
  for (const v of Object.values(scores)) {
    expect(v).toBeGreaterThanOrEqual(0);
    expect(v).toBeLessThanOrEqual(1);
  }
  expect(Array.isArray(rec.labels)).toBe(true);
  for (const l of rec.labels as string[]) expect(LABELS).toContain(l);
  expect([null, 'sold', 'not_sold']).toContain(rec.sale);
  expect(rec.retention_period === null || typeof rec.retention_period === 'string').toBe(true);
  expect([null, true, false]).toContain(rec.remote_consent);
}

describe(here, () => {
  it('one line out per line in, same order, all 13 scores, exit 0', async () => {
    const input = CLAUSES.map((c) => JSON.stringify(c)).join('\n') + '\n';
    const r = await runCli(cli, ['tag'], { input });
    expect(r.code).toBe(0);
    const out = jsonLines(r.stdout);
    expect(out.map((o) => o.id)).toEqual(CLAUSES.map((c) => c.id));
    out.forEach(expectTag);
    // lang is taken from the input when given.
    expect(out.map((o) => o.lang)).toEqual(CLAUSES.map((c) => c.lang));
  });

  it('detects the language when the line has none', async () => {
    const text = POLICIES.de.sections[0].paragraphs[0] + ' ' + POLICIES.de.sections[3].paragraphs[0];
    const r = await runCli(cli, ['tag'], { input: JSON.stringify({ id: 'x', text }) + '\n' });
    expect(r.code).toBe(0);
    expect(jsonLines(r.stdout)[0].lang).toBe('de');
  });

  it('a bad line gives an error line in place; the rest is tagged; exit 1; summary on stderr', async () => {
    const good = (id: string) => JSON.stringify({ id, text: POLICIES.en.sections[1].paragraphs[0] });
    const lines = [
      good('g1'),
      '{"id": "broken", "text": "unterminated',
      good('g2'),
      '',
      '[1, 2, 3]',
      '"just a string"',
      JSON.stringify({ id: 'no-text' }),
      JSON.stringify({ id: 'num-text', text: 42 }),
      JSON.stringify({ id: 'empty', text: '   ' }),
      JSON.stringify({ id: 'huge', text: 'a'.repeat(100_001) }),
      JSON.stringify({ id: { nested: true }, text: 'x' }),
      JSON.stringify({ id: 'bad-lang', text: 'We sell data.', lang: 7 }),
      good('g3'),
    ];
    const r = await runCli(cli, ['tag'], { input: lines.join('\n') + '\n' });
    expect(r.code).toBe(1);
    const out = jsonLines(r.stdout);
    expect(out).toHaveLength(lines.length);
    expect(out.map((o) => [o.id, o.error ?? null])).toEqual([
      ['g1', null],
      ['broken', 'invalid-json'],
      ['g2', null],
      [null, 'blank-line'],
      [null, 'not-an-object'],
      [null, 'not-an-object'],
      ['no-text', 'missing-text'],
      ['num-text', 'text-not-a-string'],
      ['empty', 'empty-text'],
      ['huge', 'text-too-long'],
      [null, 'invalid-id'],
      ['bad-lang', 'invalid-lang'],
      ['g3', null],
    ]);
    expect(out[1].line).toBe(2);
    [out[0], out[2], out[12]].forEach(expectTag);
    expect(r.stderr).toMatch(/tagged 3 lines, failed 10/);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('a partial last line without newline is processed; CRLF is accepted', async () => {
    const input = `${JSON.stringify({ id: 1, text: 'We keep logs for 30 days.' })}\r\n${JSON.stringify({ id: 2, text: 'We do not sell your data.' })}`;
    const r = await runCli(cli, ['tag'], { input });
    expect(r.code).toBe(0);
    expect(jsonLines(r.stdout).map((o) => o.id)).toEqual([1, 2]);
  });

  it('a line over 1,000,000 characters is skipped without buffering it, id salvaged', async () => {
    const huge = JSON.stringify({ id: 'big', text: 'x'.repeat(1_200_000) });
    const input = [JSON.stringify({ id: 'a', text: 'We sell data.' }), huge, JSON.stringify({ id: 'b', text: 'We sell data.' })].join('\n');
    const r = await runCli(cli, ['tag'], { input });
    expect(r.code).toBe(1);
    expect(jsonLines(r.stdout).map((o) => [o.id, o.error ?? null])).toEqual([['a', null], ['big', 'line-too-long'], ['b', null]]);
  });

  it('invalid UTF-8 bytes become U+FFFD, never a crash', async () => {
    const input = Buffer.concat([Buffer.from('{"id":"u","text":"caf'), Buffer.from([0xe9, 0xff]), Buffer.from(' data we sell"}\n')]);
    const r = await runCli(cli, ['tag'], { input });
    expect(r.code).toBe(0);
    const [rec] = jsonLines(r.stdout);
    expect(rec.id).toBe('u');
    expectTag(rec);
  });

  it('--input / --output files and --labels', async () => {
    const dir = tempDir('tag');
    writeFileSync(join(dir, 'in.jsonl'), CLAUSES.slice(0, 5).map((c) => JSON.stringify(c)).join('\n'));
    const r = await runCli(cli, ['tag', '--input', join(dir, 'in.jsonl'), '--output', join(dir, 'out.jsonl'), '--labels', 'retention,data_sale', '--quiet']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('');
    const out = jsonLines(readFileSync(join(dir, 'out.jsonl'), 'utf8'));
    expect(out).toHaveLength(5);
    expect(Object.keys(out[0].scores as object)).toEqual(['data_sale', 'retention']);
  });

  it('--jobs 3 gives byte-identical output (order kept across worker threads)', async () => {
    const lines: string[] = [];
    for (let i = 0; i < 6000; i++) {
      const c = CLAUSES[i % CLAUSES.length];
      lines.push(i % 997 === 5 ? '{"id": ' + i + ', broken' : JSON.stringify({ id: i, text: c.text, lang: i % 2 ? c.lang : undefined }));
    }
    const input = lines.join('\n');
    const one = await runCli(cli, ['tag', '-q'], { input });
    const three = await runCli(cli, ['tag', '-q', '--jobs', '3'], { input });
    expect(one.code).toBe(1);
    expect(three.code).toBe(1);
    expect(jsonLines(three.stdout)).toHaveLength(6000);
    expect(three.stdout).toBe(one.stdout);
    expect(three.stderr).toBe(one.stderr);
    expect(one.stderr).toBe('policylens: tagged 5993 lines, failed 7: invalid-json: 7\n'); // no warnings
  });

  it.each([['1'], ['2']])('streams (--jobs %s): 5,000 piped lines, output starts before input ends', async (jobs) => {
    const child = spawn(process.execPath, [cli, 'tag', '--jobs', jobs], { stdio: ['pipe', 'pipe', 'pipe'] });
    let received = '';
    let firstOutputAt = -1;
    let written = 0;
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (d: string) => {
      if (firstOutputAt === -1) firstOutputAt = written;
      received += d;
    });
    const line = (i: number) => JSON.stringify({ id: i, text: CLAUSES[i % CLAUSES.length].text, lang: CLAUSES[i % CLAUSES.length].lang }) + '\n';
    // First a small batch, then wait until its output is visible, then the rest.
    for (; written < 200; written++) child.stdin.write(line(written));
    const deadline = Date.now() + 15_000;
    while (firstOutputAt === -1 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    expect(firstOutputAt).toBe(200);
    for (; written < 5000; written++) {
      if (!child.stdin.write(line(written))) await new Promise((r) => child.stdin.once('drain', r));
    }
    child.stdin.end();
    const code = await new Promise<number | null>((r) => child.on('close', r));
    expect(code).toBe(0);
    const out = jsonLines(received);
    expect(out).toHaveLength(5000);
    expect(out.every((o, i) => o.id === i)).toBe(true);
  });

  it('| head -n 1 exits quietly (EPIPE), no stack trace', () => {
    const dir = tempDir('pipe');
    const input = join(dir, 'in.jsonl');
    writeFileSync(input, Array.from({ length: 5000 }, (_, i) => JSON.stringify({ id: i, text: CLAUSES[i % CLAUSES.length].text })).join('\n'));
    const r = spawnSync('bash', ['-c', `set -o pipefail; "${process.execPath}" "${cli}" tag < "${input}" | head -n 1`], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(jsonLines(r.stdout)).toHaveLength(1);
    expect(r.stderr).not.toMatch(/EPIPE|Error|\n\s+at /);
  });
});
