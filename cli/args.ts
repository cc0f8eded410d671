/**
 * Command-line parsing for `policylens`. Usage errors become `UsageError` (exit status 2);
 * nothing here touches the file system.
 */
import { availableParallelism } from 'node:os';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { LABELS, isLabel, type Label } from '../lib/labels';
import { primaryTag } from '../lib/lang';

export class UsageError extends Error {}

export type Format = 'jsonl' | 'csv';

export interface TagOptions {
  command: 'tag';
  input: string | null;
  output: string | null;
  labels: Label[] | null;
  minScore: number | undefined;
  quiet: boolean;
  /** Worker threads; default 1 (as a Spark/Hadoop map step the framework already runs one per core). */
  jobs: number;
}

export interface AnalyzeOptions {
  command: 'analyze';
  inputs: string[];
  filesFrom: string | null;
  format: Format;
  clauses: boolean;
  labels: Label[] | null;
  minScore: number | undefined;
  jobs: number;
  output: string | null;
  quiet: boolean;
  lang: string | null;
  /** Per-document time limit in ms; 0 = none. Only enforced with worker threads (jobs > 1). */
  timeoutMs: number;
}

export type Command = TagOptions | AnalyzeOptions | { command: 'help'; topic: string | null } | { command: 'version' };

/** Default per-document limit: generous, a 5 MB page takes well under a second. */
const DEFAULT_TIMEOUT_S = 120;

function parseLabels(value: string | undefined): Label[] | null {
  if (value === undefined) return null;
  const parts = value.split(',').map((s) => s.trim()).filter(Boolean);
  if (parts.length === 0) throw new UsageError('--labels needs at least one label');
  const bad = parts.filter((p) => !isLabel(p));
  if (bad.length) throw new UsageError(`unknown label(s) ${bad.join(', ')}; known: ${LABELS.join(', ')}`);
  // Keep the canonical LABELS order so columns are stable whatever order the user typed.
  return LABELS.filter((l) => parts.includes(l));
}

function parseMinScore(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const x = Number(value);
  if (value.trim() === '' || !Number.isFinite(x) || x < 0 || x > 1) throw new UsageError('--min-score must be a number between 0 and 1');
  return x;
}

function parsePositiveInt(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || n < 1) throw new UsageError(`${name} must be a positive integer`);
  return n;
}

function parseSeconds(value: string | undefined): number {
  if (value === undefined) return DEFAULT_TIMEOUT_S * 1000;
  const x = Number(value);
  if (value.trim() === '' || !Number.isFinite(x) || x < 0) throw new UsageError('--timeout must be a number of seconds ≥ 0');
  return Math.round(x * 1000);
}

function strictParse(args: string[], options: NonNullable<ParseArgsConfig['options']>) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (e) {
    // parseArgs messages are already user-facing ("Unknown option '--x'").
    throw new UsageError((e as Error).message.split('\n')[0]);
  }
}

export function parseCommand(argv: string[]): Command {
  const [first, ...rest] = argv;
  if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
    return { command: 'help', topic: first === 'help' ? (rest[0] ?? null) : null };
  }
  if (first === '--version' || first === '-v' || first === '-V') return { command: 'version' };
  if (rest.includes('--help') || rest.includes('-h')) return { command: 'help', topic: first };

  if (first === 'tag') {
    const { values, positionals } = strictParse(rest, {
      input: { type: 'string', short: 'i' },
      output: { type: 'string', short: 'o' },
      labels: { type: 'string' },
      'min-score': { type: 'string' },
      quiet: { type: 'boolean', short: 'q' },
      jobs: { type: 'string', short: 'j' },
    });
    if (positionals.length) throw new UsageError(`tag takes no positional arguments (got ${positionals[0]}); use --input`);
    return {
      command: 'tag',
      input: (values.input as string | undefined) ?? null,
      output: (values.output as string | undefined) ?? null,
      labels: parseLabels(values.labels as string | undefined),
      minScore: parseMinScore(values['min-score'] as string | undefined),
      quiet: Boolean(values.quiet),
      jobs: parsePositiveInt('--jobs', values.jobs as string | undefined, 1),
    };
  }

  if (first === 'analyze' || first === 'analyse') {
    const { values, positionals } = strictParse(rest, {
      format: { type: 'string', short: 'f' },
      clauses: { type: 'boolean' },
      labels: { type: 'string' },
      'min-score': { type: 'string' },
      jobs: { type: 'string', short: 'j' },
      'files-from': { type: 'string' },
      output: { type: 'string', short: 'o' },
      quiet: { type: 'boolean', short: 'q' },
      lang: { type: 'string' },
      timeout: { type: 'string' },
    });
    const format = (values.format as string | undefined) ?? 'jsonl';
    if (format !== 'jsonl' && format !== 'csv') throw new UsageError(`--format must be jsonl or csv (got ${format})`);
    const filesFrom = (values['files-from'] as string | undefined) ?? null;
    if (positionals.length === 0 && filesFrom === null) throw new UsageError('analyze needs at least one file, directory or glob (or --files-from)');
    const stdinUses = positionals.filter((p) => p === '-').length + (filesFrom === '-' ? 1 : 0);
    if (stdinUses > 1) throw new UsageError('stdin (-) can be used only once');
    const langRaw = values.lang as string | undefined;
    const lang = langRaw === undefined ? null : primaryTag(langRaw);
    if (langRaw !== undefined && lang === null) throw new UsageError(`--lang must be a language tag such as en or nl-BE (got ${langRaw})`);
    return {
      command: 'analyze',
      inputs: positionals,
      filesFrom,
      format,
      clauses: Boolean(values.clauses),
      labels: parseLabels(values.labels as string | undefined),
      minScore: parseMinScore(values['min-score'] as string | undefined),
      jobs: parsePositiveInt('--jobs', values.jobs as string | undefined, availableParallelism()),
      output: (values.output as string | undefined) ?? null,
      quiet: Boolean(values.quiet),
      lang,
      timeoutMs: parseSeconds(values.timeout as string | undefined),
    };
  }

  throw new UsageError(`unknown command '${first}' (expected tag or analyze)`);
}

export const HELP_MAIN = `policylens — tag privacy-policy clauses on your own machine

Usage:
  policylens analyze <file|dir|glob>… [options]   summarise whole policies (.html .htm .txt .md)
  policylens tag [--input F] [--output F]          tag JSONL clauses, one per line (stdin → stdout)
  policylens --help | help <command>               this help, or a command's help
  policylens --version                             tool and model version

Exit status: 0 all fine · 1 some inputs failed (error records written, run completed) · 2 usage error.
Full reference: docs/cli.md
`;

export const HELP_TAG = `policylens tag — tag JSONL clauses line by line

Usage: policylens tag [--input F] [--output F] [--labels a,b] [--min-score X] [--jobs N] [--quiet]

Input (stdin by default): one JSON object per line: {"id", "text", "lang"?, "heading"?}.
Output (stdout by default): exactly one line per input line, same order:
  {"id","lang","labels","scores":{…all 13 labels…},"sale","retention_period","remote_consent",
   "retention_vague","parties"}
A bad line (invalid JSON, not an object, missing/empty/non-string text, text > 100,000 chars,
blank line) gives {"id": <id or null>, "error": "<code>", "line": <n>} on that line; the run
continues and exits with status 1. Invalid UTF-8 bytes become U+FFFD.

Options:
  -i, --input F       read from F instead of stdin
  -o, --output F      write to F instead of stdout
      --labels a,b    only these labels in "scores" and "labels"
      --min-score X   "labels" = labels with score ≥ X (0..1) instead of the model's decision
  -j, --jobs N        worker threads (default 1: under Spark/Hadoop the framework parallelises;
                      on one machine use the number of cores). Order is kept either way.
  -q, --quiet         no summary on stderr

Tip: give "lang" on each line when you know it; detecting it costs more than tagging.
`;

export const HELP_ANALYZE = `policylens analyze — summarise whole policies

Usage: policylens analyze <file|dir|glob|->… [options]

Inputs: files (.html .htm .txt .md), directories (recursive, sorted, hidden entries skipped,
other extensions skipped), globs (* ? ** [abc] {a,b}; quote them), "-" or --files-from F|- for
one path per line. Output order = input order, also with --jobs > 1.

Options:
  -f, --format jsonl|csv   output format (default jsonl; one record per document)
      --clauses            JSONL: add "clauses" to each record; CSV: one row per clause
      --labels a,b         score columns / keys to include (default all 13)
      --min-score X        clause labels = labels with score ≥ X (0..1)
  -j, --jobs N             worker threads (default: available cores)
      --files-from F|-     read paths from F (or stdin), one per line
  -o, --output F           write to F instead of stdout
      --lang xx            force the policy language instead of detecting it
      --timeout S          give up on one document after S seconds (default 120; 0 = never)
  -q, --quiet              no progress and no per-file warnings (summary only if something failed)

Bad inputs (not found, unreadable, directory, empty, binary, invalid-utf8, too-large > 5 MB,
unsupported-extension, no-text) give {"source","error"} records; exit status 1 at the end.
`;
