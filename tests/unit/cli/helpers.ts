/**
 * Shared helpers for the CLI tests: build the real bundle once per test file into a temp
 * location (test files run in parallel, so they must not race on dist/cli.mjs), spawn it, and a
 * strict RFC 4180 parser to read CSV back (no CSV package is installed; this one rejects
 * anything malformed instead of guessing).
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
// @ts-expect-error plain .mjs build script without types
import { buildCli } from '../../../scripts/build-cli.mjs';
import { tempDir } from '../temp-dir';

export async function buildTempCli(): Promise<string> {
  // Development aid: point the tests at an existing bundle instead of building one.
  if (process.env.POLICYLENS_TEST_CLI) return process.env.POLICYLENS_TEST_CLI;
  const dir = tempDir('cli');
  const outfile = join(dir, 'cli.mjs');
  await buildCli({ outfile, quiet: true });
  return outfile;
}

export interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export function runCli(cli: string, args: string[], opts: { input?: string | Buffer; cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], { cwd: opts.cwd, env: { ...process.env, ...opts.env } });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => err.push(d));
    child.on('error', reject);
    child.on('close', (code, signal) =>
      resolve({ code, signal, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }),
    );
    child.stdin.on('error', () => undefined);
    if (opts.input !== undefined) child.stdin.end(opts.input);
    else child.stdin.end();
  });
}

/** Non-empty lines of JSONL output, parsed. */
export function jsonLines(stdout: string): Record<string, unknown>[] {
  return stdout.split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as Record<string, unknown>);
}

/** Strict RFC 4180 parser: CRLF or LF records, quoted fields with doubled quotes; throws on junk. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  let atFieldStart = true;
  while (i < text.length) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        const n = text[i];
        if (n !== undefined && n !== ',' && n !== '\r' && n !== '\n') throw new Error(`CSV: junk after closing quote at ${i}`);
        continue;
      }
      field += c;
      i++;
      continue;
    }
    if (c === '"') {
      if (!atFieldStart) throw new Error(`CSV: quote inside unquoted field at ${i}`);
      quoted = true;
      atFieldStart = false;
      i++;
      continue;
    }
    if (c === ',') {
      row.push(field);
      field = '';
      atFieldStart = true;
      i++;
      continue;
    }
    if (c === '\r' || c === '\n') {
      if (c === '\r') {
        if (text[i + 1] !== '\n') throw new Error(`CSV: bare CR at ${i}`);
        i++;
      }
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      atFieldStart = true;
      i++;
      continue;
    }
    field += c;
    atFieldStart = false;
    i++;
  }
  if (quoted) throw new Error('CSV: unterminated quoted field');
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  const width = rows[0]?.length;
  rows.forEach((r, n) => {
    if (r.length !== width) throw new Error(`CSV: row ${n} has ${r.length} fields, header has ${width}`);
  });
  return rows;
}

/** Rows as objects keyed by the header. */
export function csvObjects(text: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text);
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
}
