/**
 * Same registrable domain ("site") without the Public Suffix List: the last two labels, or three
 * when the last two are a known two-level public suffix (co.uk, com.au, …) or a shared hosting
 * suffix where every subdomain is someone else's site (github.io, …). IP addresses and
 * single-label hosts (localhost) only match themselves. http(s) only.
 */

/** Two-level public suffixes common enough to matter. */
const TWO_LEVEL_SUFFIXES = new Set([
  'co.uk', 'org.uk', 'me.uk', 'ltd.uk', 'plc.uk', 'net.uk', 'ac.uk', 'gov.uk', 'nhs.uk', 'police.uk', 'sch.uk',
  'com.au', 'net.au', 'org.au', 'edu.au', 'gov.au', 'asn.au', 'id.au',
  'co.nz', 'net.nz', 'org.nz', 'govt.nz', 'ac.nz',
  'co.jp', 'ne.jp', 'or.jp', 'ac.jp', 'go.jp', 'ed.jp', 'gr.jp', 'lg.jp',
  'co.kr', 'or.kr', 'ne.kr', 'go.kr', 'ac.kr',
  'com.br', 'net.br', 'org.br', 'gov.br', 'com.mx', 'org.mx', 'gob.mx', 'com.ar', 'gob.ar', 'com.co', 'com.pe',
  'com.cl', 'com.ve', 'com.uy', 'com.ec',
  'co.za', 'org.za', 'gov.za', 'co.in', 'net.in', 'org.in', 'gov.in', 'ac.in', 'firm.in', 'gen.in', 'ind.in',
  'com.cn', 'net.cn', 'org.cn', 'gov.cn', 'edu.cn', 'com.hk', 'org.hk', 'com.tw', 'org.tw', 'com.sg', 'edu.sg',
  'gov.sg', 'com.my', 'co.id', 'or.id', 'co.th', 'in.th', 'com.ph', 'com.vn', 'com.pk', 'com.bd', 'com.np',
  'co.il', 'org.il', 'ac.il', 'gov.il', 'com.tr', 'gov.tr', 'com.sa', 'com.eg', 'com.ng', 'co.ke', 'com.ua',
  'org.ua', 'com.pl', 'net.pl', 'org.pl', 'com.gr', 'co.at', 'or.at', 'gv.at', 'ac.at', 'com.cy', 'com.mt',
  'co.hu', 'com.ru', 'org.ru', 'com.es', 'org.es', 'gob.es', 'nom.es', 'edu.es', 'com.pt', 'co.pt', 'com.fr',
  'asso.fr', 'gouv.fr', 'co.no', 'com.de', 'ac.be', 'com.be',
  // shared hosting: each subdomain is a different site (PSL private section)
  'github.io', 'gitlab.io', 'blogspot.com', 'herokuapp.com', 'netlify.app', 'vercel.app', 'pages.dev',
  'workers.dev', 'web.app', 'firebaseapp.com', 'appspot.com', 'azurewebsites.net', 'cloudfront.net',
  'wordpress.com', 'wixsite.com', 'myshopify.com', 'squarespace.com', 'webflow.io', 'glitch.me', 'fly.dev',
  'onrender.com', 'ngrok.io', 'ngrok-free.app', 's3.amazonaws.com', 'blogspot.nl', 'blogspot.de', 'blogspot.fr',
  'blogspot.es', 'blogspot.co.uk', 'neocities.org', 'surge.sh', 'readthedocs.io', 'substack.com', 'tumblr.com',
]);

const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;

function hostOf(url: string): string | null {
  if (typeof url !== 'string' || url.length > 8192) return null;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  const host = u.hostname.toLowerCase().replace(/\.+$/, '');
  return host || null;
}

/** Registrable domain ("eTLD+1") of a host by the heuristic above; the host itself for IPs and single labels. */
export function registrableDomain(host: string): string {
  if (host.startsWith('[') || IPV4.test(host)) return host;
  const labels = host.split('.');
  if (labels.length <= 2) return host;
  const last2 = labels.slice(-2).join('.');
  const last3 = labels.slice(-3).join('.');
  // blogspot.co.uk: three-label shared suffix
  if (labels.length >= 4 && TWO_LEVEL_SUFFIXES.has(last3)) return labels.slice(-4).join('.');
  if (TWO_LEVEL_SUFFIXES.has(last2)) return last3;
  return last2;
}

/** True when both are http(s) URLs on the same registrable domain. */
export default function isSameSite(a: string, b: string): boolean {
  const ha = hostOf(a);
  const hb = hostOf(b);
  if (!ha || !hb) return false;
  if (ha === hb) return true;
  return registrableDomain(ha) === registrableDomain(hb);
}

export { isSameSite };
