/**
 * Data loading shared by scripts/train.ts and scripts/eval.ts: the shared clause data set
 * (`../shared/data/train.jsonl`, research-only; never copied into this repo) and the project's own
 * multilingual fixtures (`tests/fixtures/clauses/<lang>.jsonl`).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isLabel, LABELS, type Label } from '../../lib/labels';
import { fnv1a } from '../../lib/classifier/tokenize';
import type { Example } from '../../lib/classifier/trainer';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DATA_DIR = process.env.POLICYLENS_DATA
  ? path.resolve(process.env.POLICYLENS_DATA)
  : path.resolve(REPO_ROOT, '..', 'shared', 'data');
export const FIXTURE_DIR = path.join(REPO_ROOT, 'tests', 'fixtures', 'clauses');
export const SEED_DIR = path.resolve(DATA_DIR, '..', 'seeds');
export const FIXTURE_LANGS = ['en', 'nl', 'de', 'fr', 'es'] as const;

export interface Record_ extends Example {
  id: string;
  /** Grouping key for splits: policy id merged with every policy sharing a clause text. */
  group: string;
  policy: string;
  source: string;
  lang: string;
  sale: 'sold' | 'not_sold' | null;
  retention_period: string | null;
  remote_consent?: boolean | null;
  split?: string;
}

export function sha256File(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

/** Text normalised for duplicate detection. */
export function normText(text: string): string {
  return text.toLowerCase().normalize('NFD').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

export function readJsonl(file: string): Array<Record<string, unknown>> {
  const out: Array<Record<string, unknown>> = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    try {
      out.push(JSON.parse(line));
    } catch {
      // a broken line in a fixture being written must not stop training
    }
  }
  return out;
}

const asLabels = (v: unknown): Label[] => (Array.isArray(v) ? v.filter(isLabel) : []);

/** Shared data set, or null when absent. Groups merge policies that share a normalised clause. */
export function loadShared(): { records: Record_[]; files: string[] } | null {
  const file = path.join(DATA_DIR, 'train.jsonl');
  if (!existsSync(file)) return null;
  const raw = readJsonl(file);
  const records: Record_[] = raw.map((r) => ({
    id: String(r.id),
    policy: `${r.source}:${r.policy_id}`,
    group: `${r.source}:${r.policy_id}`,
    source: String(r.source),
    lang: String(r.lang),
    text: String(r.text),
    heading: null,
    labels: asLabels(r.labels),
    scope: asLabels(r.labels_scope),
    sale: (r.sale as Record_['sale']) ?? null,
    retention_period: (r.retention_period as string | null) ?? null,
  }));
  // Union-find over policies linked by an identical normalised text.
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let p = parent.get(x) ?? x;
    while (p !== (parent.get(p) ?? p)) p = parent.get(p) ?? p;
    parent.set(x, p);
    return p;
  };
  const byText = new Map<string, string>();
  for (const r of records) {
    const key = normText(r.text);
    const other = byText.get(key);
    if (other === undefined) byText.set(key, r.policy);
    else {
      const a = find(other);
      const b = find(r.policy);
      if (a !== b) parent.set(a < b ? b : a, a < b ? a : b);
    }
  }
  for (const r of records) r.group = find(r.policy);
  return { records, files: [file] };
}

/**
 * The project's fixtures (all present languages). All labels are in scope. `blind/` holds the
 * independent evaluation set (tests/fixtures/clauses/README.md): evaluation only, never trained on.
 */
export function loadFixtures(subdir: '' | 'blind' = ''): { records: Record_[]; files: string[] } {
  const records: Record_[] = [];
  const files: string[] = [];
  for (const lang of FIXTURE_LANGS) {
    const file = path.join(FIXTURE_DIR, subdir, `${lang}.jsonl`);
    if (!existsSync(file)) continue;
    files.push(file);
    for (const r of readJsonl(file)) {
      if (typeof r.text !== 'string' || !r.text.trim()) continue;
      records.push({
        id: String(r.id),
        policy: `fixture:${lang}:${r.id}`,
        group: `fixture:${lang}:${r.id}`,
        source: 'fixture',
        lang: typeof r.lang === 'string' ? r.lang : lang,
        text: r.text,
        heading: typeof r.heading === 'string' && r.heading ? r.heading : null,
        labels: asLabels(r.labels),
        scope: [...LABELS],
        sale: (r.sale as Record_['sale']) ?? null,
        retention_period: (r.retention_period as string | null) ?? null,
        remote_consent: (r.remote_consent as boolean | null | undefined) ?? null,
        split: typeof r.split === 'string' ? r.split : 'train',
      });
    }
  }
  return { records, files };
}

/** Deterministic group split: fraction `valShare` of groups (per source) go to validation. */
export function splitByGroup(records: Record_[], valShare: number, salt = 'val'): { train: Record_[]; val: Record_[] } {
  const bySource = new Map<string, string[]>();
  for (const r of records) {
    const list = bySource.get(r.source) ?? [];
    if (!list.includes(r.group)) list.push(r.group);
    bySource.set(r.source, list);
  }
  const valGroups = new Set<string>();
  for (const [, groups] of [...bySource].sort()) {
    const sorted = [...groups].sort((a, b) => fnv1a(salt + a) - fnv1a(salt + b) || (a < b ? -1 : 1));
    const n = Math.round(sorted.length * valShare);
    for (const g of sorted.slice(0, n)) valGroups.add(g);
  }
  return {
    train: records.filter((r) => !valGroups.has(r.group)),
    val: records.filter((r) => valGroups.has(r.group)),
  };
}

/** k folds by group (deterministic). */
export function foldsByGroup(records: Record_[], k: number, salt = 'fold'): number[] {
  const groups = [...new Set(records.map((r) => r.group))].sort((a, b) => fnv1a(salt + a) - fnv1a(salt + b) || (a < b ? -1 : 1));
  const foldOf = new Map(groups.map((g, i) => [g, i % k]));
  return records.map((r) => foldOf.get(r.group)!);
}
