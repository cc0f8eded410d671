/**
 * Analyse one document file into its output text (a JSONL line or CSV rows). Runs in a worker
 * thread (or in-process with --jobs 1). Never throws: every failure becomes an error record.
 *
 * HTML goes through the extension's own pipeline: `parseHtml` (linkedom) → `extractPolicy`. When
 * the extractor says the page is not a policy (or finds too little), the researcher still gave us
 * the file, so its visible text is analysed anyway and the record says `"is_policy": false`.
 * Text and Markdown go through `segmentText`.
 */
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { isMainThread } from 'node:worker_threads';
import { analyzeBlocks, segmentText } from '../lib/classifier/index';
import { clauseToCsvRow, summaryToCsvRow } from '../lib/export/csv';
import { documentRecord, jsonlLine } from '../lib/export/jsonl';
import type { Block, PolicySummary } from '../lib/types';
import { readDocument } from './read-document';
import { renderError, type DocResult, type RenderOptions } from './render';

// ---- HTML fallback text (only for pages the extractor rejects) -------------------------------

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'CANVAS', 'IFRAME', 'OBJECT', 'HEAD']);
const BLOCK = new Set([
  'P', 'DIV', 'LI', 'UL', 'OL', 'DL', 'DT', 'DD', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TR', 'TABLE', 'SECTION',
  'ARTICLE', 'ASIDE', 'HEADER', 'FOOTER', 'NAV', 'MAIN', 'BLOCKQUOTE', 'PRE', 'BR', 'HR', 'FORM', 'FIGURE', 'ADDRESS',
]);
/** Upper bound on nodes visited, so a hostile 5 MB page cannot make the fallback quadratic. */
const MAX_NODES = 2_000_000;

interface MiniNode {
  nodeType: number;
  nodeName: string;
  nodeValue: string | null;
  firstChild: MiniNode | null;
  nextSibling: MiniNode | null;
  parentNode: MiniNode | null;
}

/** Visible text with blank lines between block elements (iterative: deep nesting is safe). */
export function visibleText(root: MiniNode | null): string {
  const parts: string[] = [];
  let node: MiniNode | null = root;
  let visited = 0;
  while (node && visited++ < MAX_NODES) {
    const name = node.nodeName.toUpperCase();
    let descend = false;
    if (node.nodeType === 3) parts.push(node.nodeValue ?? '');
    else if (node.nodeType === 1 && !SKIP.has(name)) {
      if (BLOCK.has(name)) parts.push('\n\n');
      descend = node.firstChild !== null;
    }
    if (descend) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== root && node.nextSibling === null) {
      node = node.parentNode;
      if (node && node.nodeType === 1 && BLOCK.has(node.nodeName.toUpperCase())) parts.push('\n\n');
    }
    if (!node || node === root) break;
    node = node.nextSibling;
  }
  return parts
    .join('')
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

interface Analysed {
  summary: PolicySummary;
  title: string | null;
  isPolicy: boolean | null;
}

async function analyseHtml(html: string, source: string, opts: RenderOptions): Promise<Analysed | { error: string; detail?: string }> {
  // linkedom and Readability load with the first HTML file: a text-only run never pays for them.
  const [{ parseHtml }, { extractPolicy }] = await Promise.all([import('../lib/extract/parse-html'), import('../lib/extract/index')]);
  const url = pathToFileURL(resolve(source)).href;
  // The document is ours alone: the extractor may work on it in place instead of on a clone.
  const res = extractPolicy(parseHtml(html, url), url, { consume: true });
  let blocks: Block[];
  let isPolicy: boolean;
  let title: string | null;
  let lang: string | null = opts.lang;
  if (res.ok) {
    blocks = res.value.blocks;
    isPolicy = res.value.isPolicy;
    title = res.value.title || null;
    lang = lang ?? res.value.lang;
  } else {
    // Re-parse: extraction consumed the document.
    const fresh = parseHtml(html, url);
    const text = visibleText((fresh.body ?? fresh.documentElement) as unknown as MiniNode);
    blocks = segmentText(text);
    isPolicy = false;
    title = (fresh.title || '').trim() || null;
    lang = lang ?? (fresh.documentElement?.getAttribute('lang') || null);
  }
  if (blocks.length === 0) return { error: 'no-text', detail: res.ok ? undefined : res.error.code };
  const summary = analyzeBlocks(blocks, lang ? { lang } : {});
  return { summary, title, isPolicy };
}

function analyseText(text: string, opts: RenderOptions): Analysed | { error: string } {
  const blocks = segmentText(text);
  if (blocks.length === 0) return { error: 'no-text' };
  return { summary: analyzeBlocks(blocks, opts.lang ? { lang: opts.lang } : {}), title: null, isPolicy: null };
}

export async function processDocument(source: string, opts: RenderOptions): Promise<DocResult> {
  const read = await readDocument(source, { sync: !isMainThread });
  if (!read.ok) return renderError(source, read.error.code, read.error.detail, opts);
  const { kind, text } = read.value;
  let analysed: Analysed | { error: string; detail?: string };
  try {
    analysed = kind === 'html' ? await analyseHtml(text, source, opts) : analyseText(text, opts);
  } catch (e) {
    if (process.env.POLICYLENS_DEBUG) console.error(e);
    return { ...renderError(source, 'internal', (e as Error)?.message?.slice(0, 200), opts), kind };
  }
  if ('error' in analysed) return { ...renderError(source, analysed.error, analysed.detail, opts), kind };
  const exportOpts = { labels: opts.labels ?? undefined, minScore: opts.minScore };
  const rec = documentRecord(
    analysed.summary,
    { source, title: analysed.title, isPolicy: analysed.isPolicy, toolVersion: opts.toolVersion },
    { ...exportOpts, clauses: opts.clauses && opts.format === 'jsonl' },
  );
  let out: string;
  if (opts.format === 'jsonl') out = jsonlLine(rec);
  else if (opts.clauses) out = analysed.summary.clauses.map((c) => clauseToCsvRow(source, c, exportOpts)).join('');
  else out = summaryToCsvRow(rec);
  return { ok: true, out, kind };
}
