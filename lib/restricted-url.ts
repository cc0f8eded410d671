/** Pages no extension may script (browser pages, stores) or that have no DOM text (PDF viewer). */
const STORE_HOSTS = ['chromewebstore.google.com', 'chrome.google.com', 'addons.mozilla.org', 'microsoftedge.microsoft.com'];

export default function isRestrictedUrl(url: string | undefined): boolean {
  if (!url) return true;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return true;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return true;
  if (STORE_HOSTS.includes(u.hostname) && (u.hostname !== 'chrome.google.com' || u.pathname.startsWith('/webstore'))) return true;
  return /\.pdf$/i.test(u.pathname);
}
