/**
 * The one typed message contract between popup/options (privileged), background and content.
 *
 *   popup ──privileged──▶ background : analyzeTab, highlightClause, openPolicy
 *   background ──────────▶ content    : highlight (only this; content never drives the background)
 *
 * Content returns its extraction as the result of `scripting.executeScript`, not as a message,
 * so the background never trusts a message from a page. See entrypoints/background/index.ts.
 */
import { browser } from 'wxt/browser';
import type { Result } from './result';
import type { Extraction, PolicySummary } from './types';

export type AnalyzeError =
  | 'restricted-page'
  | 'no-permission'
  | 'empty-page'
  | 'not-a-policy'
  | 'no-policy-found'
  | 'fetch-failed'
  | 'too-short'
  | 'bad-extraction'
  | 'internal';

/** What the popup renders: the summary plus where it came from. */
export interface TabAnalysis {
  tabId: number;
  url: string;
  sourceUrl: string;
  title: string;
  lang: string | null;
  isPolicy: boolean;
  confidence: number;
  blockCount: number;
  contentHash: string;
  summary: PolicySummary;
  analyzedAt: number;
  fromCache: boolean;
  /** Milliseconds: extraction in the page, classification in the background. */
  timings: { extractMs: number; classifyMs: number };
  /** Verdicts that changed since the last analysis of this site's policy, if its text changed. */
  changedVerdicts: string[];
}

export interface HighlightRequest {
  text: string;
}

/** Privileged requests from extension pages to the background. */
export interface PrivilegedProtocol {
  analyzeTab(data: { tabId: number; refresh?: boolean }): Result<TabAnalysis, AnalyzeError>;
  highlightClause(data: { tabId: number; text: string }): Result<{ found: boolean }, 'not-found' | 'no-permission'>;
  openPolicy(data: { url: string; text?: string }): Result<{ tabId: number }, 'bad-url'>;
}

/** Background → content. */
export interface ContentProtocol {
  highlight(data: HighlightRequest): { found: boolean };
}

export type ContentScriptResult = Result<Extraction, string> & { extractMs?: number };

type Handler<F> = F extends (data: infer D) => infer R ? (data: D) => Promise<R> | R : never;
export type Handlers<P> = { [K in keyof P]: Handler<P[K]> };

export interface Envelope<P, K extends keyof P = keyof P> {
  channel: 'policylens';
  type: K;
  data: P[K] extends (data: infer D) => unknown ? D : never;
}

export function envelope<P, K extends keyof P>(type: K, data: Envelope<P, K>['data']): Envelope<P, K> {
  return { channel: 'policylens', type, data };
}

/** Narrow an unknown runtime message to an envelope of a known type; anything else is dropped. */
export function readEnvelope<P>(message: unknown, known: readonly (keyof P)[]): Envelope<P> | null {
  if (typeof message !== 'object' || message === null) return null;
  const m = message as Partial<Envelope<P>>;
  if (m.channel !== 'policylens' || !known.includes(m.type as keyof P)) return null;
  if (typeof m.data !== 'object' || m.data === null) return null;
  return m as Envelope<P>;
}

export const PRIVILEGED_MESSAGES = ['analyzeTab', 'highlightClause', 'openPolicy'] as const satisfies readonly (keyof PrivilegedProtocol)[];
export const CONTENT_MESSAGES = ['highlight'] as const satisfies readonly (keyof ContentProtocol)[];

type Return<F> = F extends (...args: never[]) => infer R ? R : never;

/** Send a privileged request from an extension page; typed by the protocol above. */
export async function sendToBackground<K extends keyof PrivilegedProtocol>(
  type: K,
  data: Envelope<PrivilegedProtocol, K>['data'],
): Promise<Return<PrivilegedProtocol[K]>> {
  return browser.runtime.sendMessage(envelope<PrivilegedProtocol, K>(type, data));
}

export async function sendToContent<K extends keyof ContentProtocol>(
  tabId: number,
  type: K,
  data: Envelope<ContentProtocol, K>['data'],
): Promise<Return<ContentProtocol[K]>> {
  return browser.tabs.sendMessage(tabId, envelope<ContentProtocol, K>(type, data));
}
