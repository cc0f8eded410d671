import { isSameSite } from '@/lib/extract';

/** A policy page larger than this is not a policy page. */
const MAX_BYTES = 5 * 1024 * 1024;

/**
 * Fetch a discovered policy link. The extractor already kept only same-site links; this checks
 * again after redirects, because a redirect could leave the site.
 */
export default async function fetchPolicyPage(url: string): Promise<string> {
  if (!isSameSite(url, location.href)) throw new Error('cross-site policy link refused');
  const response = await fetch(url, { credentials: 'same-origin', redirect: 'follow' });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  if (!isSameSite(response.url || url, location.href)) throw new Error('redirected off-site');
  const type = response.headers.get('content-type') ?? '';
  if (type && !/html|text\/plain|xml/i.test(type)) throw new Error(`not a page: ${type}`);
  const length = Number(response.headers.get('content-length') ?? 0);
  if (length > MAX_BYTES) throw new Error('too large');
  const text = await response.text();
  if (text.length > MAX_BYTES) throw new Error('too large');
  return text;
}
