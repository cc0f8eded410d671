/**
 * `policylens analyze` against the real bundle on a generated mixed corpus: good documents in
 * five languages and three formats, plus every kind of bad input.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CORE_LABELS, LABELS } from '../../../lib/labels';
import { LANGS, POLICIES, SHOP_PAGE, toHtml, toMarkdown, toText } from './corpus';
import { tempDir } from '../temp-dir';
import { buildTempCli, csvObjects, jsonLines, parseCsv, runCli } from './helpers';

const here = '[cli/analyze] ';
let cli = '';

/** Paragraphs that stress CSV quoting; appended to the English policies. */
const TRICKY = [
  'We share data with partners, affiliates, and "trusted" vendors; see section 4, "Sharing".',
  '=HYPERLINK("http://evil.example") is not a formula here, and "quotes" stay, commas too.',
];

const root = tempDir('corpus');
const c = (p: string) => join(root, p);
const isRoot = process.getuid?.() === 0;

/** Good documents: path relative to root (all inside corpus/, walked in sorted order). */
const GOOD: string[] = [];
/** Bad documents named explicitly or found in the walk: path → expected error code. */
const BAD: Record<string, string> = {};

function setup(): void {
  mkdirSync(c('corpus/html'), { recursive: true });
  mkdirSync(c('corpus/text'), { recursive: true });
  mkdirSync(c('corpus/bad'), { recursive: true });
  for (const lang of LANGS) {
    const extra = lang === 'en' ? TRICKY : [];
    writeFileSync(c(`corpus/html/${lang}.html`), toHtml(POLICIES[lang], extra));
    writeFileSync(c(`corpus/text/${lang}.txt`), toText(POLICIES[lang], extra));
    writeFileSync(c(`corpus/text/${lang}.md`), toMarkdown(POLICIES[lang]));
  }
  writeFileSync(c('corpus/html/shop.htm'), SHOP_PAGE);
  writeFileSync(c('corpus/bad/empty.txt'), '');
  writeFileSync(c('corpus/bad/binary.html'), Buffer.from([0x3c, 0x70, 0x3e, 0x00, 0x01, 0x02, 0xff, 0x00]));
  writeFileSync(c('corpus/bad/latin1.txt'), Buffer.from('Politique de confidentialit\xe9: nous ne vendons pas vos donn\xe9es.', 'latin1'));
  writeFileSync(c('corpus/bad/huge.txt'), Buffer.alloc(5 * 1024 * 1024 + 10, 'We do not sell your data. '));
  writeFileSync(c('corpus/bad/notes.json'), '{}'); // other extension inside a directory: ignored, counted
  symlinkSync(c('corpus/bad/gone.txt'), c('corpus/bad/dangling.txt'));
  if (!isRoot) {
    // Root reads mode-000 files anyway, so this case only runs as a normal user.
    writeFileSync(c('corpus/bad/secret.txt'), 'x');
    chmodSync(c('corpus/bad/secret.txt'), 0o000);
  }
  writeFileSync(c('explicit.pdf'), '%PDF-1.4');
  mkdirSync(c('folder.html'));
  execFileSync('mkfifo', [c('fifo.txt')]);

  GOOD.push(
    ...['de', 'en', 'es', 'fr', 'nl'].map((l) => `corpus/html/${l}.html`),
    'corpus/html/shop.htm',
    ...['de', 'en', 'es', 'fr', 'nl'].flatMap((l) => [`corpus/text/${l}.md`, `corpus/text/${l}.txt`]),
  );
  Object.assign(BAD, {
    'corpus/bad/binary.html': 'binary',
    'corpus/bad/dangling.txt': 'not-found',
    'corpus/bad/empty.txt': 'empty',
    'corpus/bad/huge.txt': 'too-large',
    'corpus/bad/latin1.txt': 'invalid-utf8',
    ...(isRoot ? {} : { 'corpus/bad/secret.txt': 'unreadable' }),
  });
}

/** Arguments: the corpus directory, then explicit bad paths. */
const EXPLICIT_BAD: Record<string, string> = {
  'explicit.pdf': 'unsupported-extension',
  'missing.txt': 'not-found',
  'fifo.txt': 'not-a-file',
  'folder.html/': 'no-input', // a directory with nothing in it: walked, yields nothing
};
const ARGS = ['corpus', 'explicit.pdf', 'missing.txt', 'fifo.txt', 'folder.html'];

/** Expected sources in output order. */
function expectedOrder(): string[] {
  const walked = [...Object.keys(BAD), ...GOOD].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return [...walked, 'explicit.pdf', 'missing.txt', 'fifo.txt'];
}

beforeAll(async () => {
  setup();
  cli = await buildTempCli();
}, 60_000);

describe(here, () => {
  let jsonl1 = '';

  it('JSONL: every good document present and well-formed, every bad one reported, exit 1', async () => {
    const r = await runCli(cli, ['analyze', ...ARGS, '--jobs', '1'], { cwd: root });
    jsonl1 = r.stdout;
    expect(r.code).toBe(1);
    const recs = jsonLines(r.stdout);
    expect(recs.map((x) => x.source)).toEqual(expectedOrder());
    const bySource = new Map(recs.map((x) => [x.source as string, x]));
    for (const src of GOOD) {
      const rec = bySource.get(src)!;
      expect(rec.error, src).toBeUndefined();
      expect(['A', 'B', 'C', 'D', 'E']).toContain(rec.grade);
      expect(rec.score).toBeGreaterThanOrEqual(0);
      expect(rec.score).toBeLessThanOrEqual(100);
      expect(Object.keys(rec.verdicts as object)).toEqual([...CORE_LABELS]);
      const v = rec.verdicts as Record<string, unknown>;
      expect(['sold', 'not_sold', 'unknown']).toContain(v.data_sale);
      expect(typeof v.third_party_sharing).toBe('boolean');
      expect(typeof v.retention).toBe('string');
      expect(Object.keys(rec.categories as object).sort()).toEqual([...CORE_LABELS].sort());
      expect(rec.tool_version).toMatch(/^\d+\.\d+\.\d+/);
      expect(typeof rec.model_version).toBe('string');
      expect(rec.clause_count).toBeGreaterThan(0);
      expect(rec.clauses).toBeUndefined();
    }
    for (const lang of LANGS) {
      expect(bySource.get(`corpus/html/${lang}.html`)!.lang, lang).toBe(lang);
      expect(bySource.get(`corpus/text/${lang}.txt`)!.lang, lang).toBe(lang);
    }
    // Not a policy: still analysed, flagged.
    expect(bySource.get('corpus/html/shop.htm')!.is_policy).toBe(false);
    expect(bySource.get('corpus/html/en.html')!.is_policy).toBe(true);
    for (const [src, code] of Object.entries({ ...BAD, ...EXPLICIT_BAD })) {
      if (code === 'no-input') continue;
      expect(bySource.get(src), src).toMatchObject({ source: src, error: code });
    }
    expect(r.stderr).toMatch(new RegExp(`analysed ${GOOD.length} documents .* failed ${Object.keys(BAD).length + 3}: `));
    expect(r.stderr).toMatch(/ignored 1 file with other extensions/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stderr).not.toMatch(/Warning/);
  });

  it('order and content are identical under --jobs 2 (and --jobs 3)', async () => {
    for (const jobs of ['2', '3']) {
      const r = await runCli(cli, ['analyze', ...ARGS, '--jobs', jobs], { cwd: root });
      expect(r.code).toBe(1);
      expect(r.stdout).toBe(jsonl1);
    }
  });

  it('--files-from - reads paths from stdin, same records', async () => {
    const list = expectedOrder().join('\n') + '\n';
    const r = await runCli(cli, ['analyze', '--files-from', '-', '-j', '2', '-q'], { cwd: root, input: list });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(jsonl1);
    expect(r.stderr).toMatch(/^policylens: analysed/); // --quiet: only the summary, because something failed
  });

  it('globs', async () => {
    const r = await runCli(cli, ['analyze', 'corpus/**/e?.{html,md}', 'nothing/*.txt', '-q'], { cwd: root });
    const recs = jsonLines(r.stdout);
    expect(recs.map((x) => x.source)).toEqual(['corpus/html/en.html', 'corpus/html/es.html', 'corpus/text/en.md', 'corpus/text/es.md', 'nothing/*.txt']);
    expect(recs[4].error).toBe('no-match');
    expect(r.code).toBe(1);
  });

  it('CSV per document parses back with a strict RFC 4180 parser', async () => {
    const r = await runCli(cli, ['analyze', ...ARGS, '--format', 'csv', '-j', '2'], { cwd: root });
    expect(r.code).toBe(1);
    const rows = csvObjects(r.stdout);
    expect(rows.map((x) => x.source)).toEqual(expectedOrder());
    const recs = new Map(jsonLines(jsonl1).map((x) => [x.source as string, x]));
    for (const row of rows) {
      const rec = recs.get(row.source)!;
      if (rec.error) {
        expect(row.error).toBe(rec.error);
        expect(row.grade).toBe('');
        continue;
      }
      expect(row.error).toBe('');
      expect(row.grade).toBe(rec.grade);
      expect(Number(row.score)).toBe(rec.score);
      const v = rec.verdicts as Record<string, unknown>;
      for (const l of CORE_LABELS) expect(row[l]).toBe(String(v[l]));
      expect(row.model_version).toBe(rec.model_version);
    }
  });

  it('CSV per clause: text with commas, quotes and newlines round-trips; matches JSONL --clauses', async () => {
    const files = ['corpus/text/en.txt', 'corpus/html/en.html', 'corpus/html/de.html', 'corpus/bad/empty.txt'];
    const csv = await runCli(cli, ['analyze', ...files, '--format', 'csv', '--clauses', '-j', '2'], { cwd: root });
    const json = await runCli(cli, ['analyze', ...files, '--clauses', '-j', '2'], { cwd: root });
    expect(csv.code).toBe(1);
    const [header] = parseCsv(csv.stdout);
    expect(header).toEqual([
      'source', 'error', 'clause_id', 'block_id', 'heading', 'text', 'lang', 'labels', ...LABELS,
      'sale', 'retention_period', 'retention_vague', 'remote_consent', 'parties',
    ]);
    const rows = csvObjects(csv.stdout);
    const expected = jsonLines(json.stdout).flatMap((rec) =>
      rec.error
        ? [{ source: rec.source, error: rec.error as string, text: '' as unknown }]
        : (rec.clauses as Record<string, unknown>[]).map((cl) => ({ source: rec.source, error: '', text: cl.text })),
    );
    expect(rows.map((r) => ({ source: r.source, error: r.error, text: r.text }))).toEqual(expected);
    const texts = rows.map((r) => r.text).join('\n');
    for (const t of TRICKY) expect(texts).toContain(t.slice(0, 40));
    for (const r of rows.filter((x) => !x.error)) {
      for (const l of LABELS) expect(Number(r[l])).toBeGreaterThanOrEqual(0);
      for (const l of r.labels ? r.labels.split(';') : []) expect(LABELS).toContain(l);
    }
  });

  it('--labels and --min-score shape the clause columns', async () => {
    const r = await runCli(cli, ['analyze', 'corpus/text/nl.txt', '-f', 'csv', '--clauses', '--labels', 'retention,data_sale', '--min-score', '0'], { cwd: root });
    expect(r.code).toBe(0);
    const rows = csvObjects(r.stdout);
    expect(Object.keys(rows[0])).toEqual(['source', 'error', 'clause_id', 'block_id', 'heading', 'text', 'lang', 'labels', 'data_sale', 'retention', 'sale', 'retention_period', 'retention_vague', 'remote_consent', 'parties']);
    // min-score 0: every selected label counts.
    expect(rows.every((x) => x.labels === 'data_sale;retention')).toBe(true);
  });

  it('--timeout: a document over the limit becomes a timeout record, its worker is replaced, the run completes', async () => {
    const r = await runCli(cli, ['analyze', 'corpus/html', 'corpus/text', '-j', '2', '--timeout', '0.001', '-q'], { cwd: root });
    expect(r.code).toBe(1);
    const recs = jsonLines(r.stdout);
    expect(recs.map((x) => x.source)).toEqual(GOOD.filter((g) => !g.includes('/bad/')));
    for (const rec of recs) expect(rec.grade !== undefined || rec.error === 'timeout').toBe(true);
    expect(recs.some((x) => x.error === 'timeout')).toBe(true);
  });

  it('--output writes the file; stdout stays empty', async () => {
    const out = join(root, 'out.jsonl');
    const r = await runCli(cli, ['analyze', 'corpus/text', '-o', out, '-q'], { cwd: root });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(jsonLines(readFileSync(out, 'utf8'))).toHaveLength(10);
  });

  it('usage errors exit 2; nothing found exits 1', async () => {
    expect((await runCli(cli, ['analyze'])).code).toBe(2);
    expect((await runCli(cli, ['analyze', 'x', '--format', 'xml'])).code).toBe(2);
    expect((await runCli(cli, ['nope'])).code).toBe(2);
    const empty = await runCli(cli, ['analyze', 'folder.html'], { cwd: root });
    expect(empty.code).toBe(1);
    expect(empty.stderr).toMatch(/no input documents/);
  });

  it('--help and --version', async () => {
    const h = await runCli(cli, ['--help']);
    expect(h.code).toBe(0);
    expect(h.stdout).toMatch(/policylens analyze/);
    const v = await runCli(cli, ['--version']);
    expect(v.stdout).toMatch(/^policylens \d+\.\d+\.\d+ \(model .+\)\n$/);
  });

  const hasScript = spawnSync('sh', ['-c', 'command -v script']).status === 0;
  it.skipIf(!hasScript)('progress on a TTY stderr (via script(1)), none with --quiet or when piped', () => {
    const cmd = (extra: string) => `"${process.execPath}" "${cli}" analyze corpus/text -j 2 -o /dev/null ${extra}`;
    const tty = spawnSync('script', ['-qc', cmd(''), '/dev/null'], { cwd: root, encoding: 'utf8' });
    expect(tty.stdout).toMatch(/docs\/s/);
    const quiet = spawnSync('script', ['-qc', cmd('-q'), '/dev/null'], { cwd: root, encoding: 'utf8' });
    expect(quiet.stdout).not.toMatch(/docs\/s/);
    const piped = spawnSync(process.execPath, [cli, 'analyze', 'corpus/text', '-o', '/dev/null'], { cwd: root, encoding: 'utf8' });
    expect(piped.stderr).not.toMatch(/docs\/s/);
  });

  it('| head -n 1 exits quietly', () => {
    const r = spawnSync('bash', ['-c', `set -o pipefail; "${process.execPath}" "${cli}" analyze corpus corpus corpus corpus -j 2 -q | head -n 1`], { cwd: root, encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(jsonLines(r.stdout)).toHaveLength(1);
    expect(r.stderr).not.toMatch(/EPIPE|Error|\n\s+at /);
  });
});
