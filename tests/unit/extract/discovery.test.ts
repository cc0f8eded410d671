import { describe, expect, it } from 'vitest';
import { extractWithDiscovery, isSameSite } from '../../../lib/extract/index';
import { parseHtml } from '../../../lib/extract/parse-html';
import { load, page } from './helpers';

const here = '[extract/extractWithDiscovery] ';

/** A fake site: url → html; records every URL requested. */
function fakeSite(pages: Record<string, string>) {
  const requested: string[] = [];
  return {
    requested,
    deps: {
      fetchText: async (url: string) => {
        requested.push(url);
        const html = pages[url];
        if (html === undefined) throw new Error(`404 ${url}`);
        return html;
      },
      parseHtml: (html: string, url: string) => parseHtml(html, url),
    },
  };
}

describe(here, () => {
  it('a policy page is extracted in place, nothing fetched', async () => {
    const site = fakeSite({});
    const url = 'https://www.northwind.example/privacy';
    const res = await extractWithDiscovery(load('policy-en.html', url), url, site.deps);
    expect(res.ok && res.value.sourceUrl).toBe(url);
    expect(site.requested).toEqual([]);
  });

  it.each([
    ['shop-nl.html', 'https://tuinhuis.example.nl/', 'https://tuinhuis.example.nl/over-ons/verklaring.html', 'policy-nl-banner.html', 'nl'],
    ['shop-en.html', 'https://www.northwind.example/', 'https://www.northwind.example/legal/privacy-policy', 'policy-en.html', 'en'],
    ['shop-rel.html', 'https://harbor-books.example.co.uk/', 'https://harbor-books.example.co.uk/our-commitments/data', 'policy-lists-tables.html', 'en'],
  ])('%s: follows the footer link to the policy', async (shop, url, policyUrl, policyFile, lang) => {
    const site = fakeSite({ [policyUrl]: page(policyFile) });
    const res = await extractWithDiscovery(load(shop, url), url, site.deps);
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    expect(res.value.url).toBe(url);
    expect(res.value.sourceUrl).toBe(policyUrl);
    expect(res.value.isPolicy).toBe(true);
    expect(res.value.lang).toBe(lang);
    expect(res.value.blocks.length).toBeGreaterThan(3);
    expect(site.requested[0]).toBe(policyUrl);
    for (const u of site.requested) expect(isSameSite(u, url)).toBe(true);
  });

  it('never requests another host, even when that is the only privacy link', async () => {
    const url = 'https://www.pixelprints.example/';
    const site = fakeSite({ 'https://www.pixelprints.example/cookie-policy': page('policy-en.html') });
    const res = await extractWithDiscovery(load('shop-cross-domain.html', url), url, site.deps);
    expect(site.requested).toEqual(['https://www.pixelprints.example/cookie-policy']);
    expect(res.ok && res.value.sourceUrl).toBe('https://www.pixelprints.example/cookie-policy');
  });

  it('at most three fetches, same-site only; failures give fetch-failed', async () => {
    const url = 'https://www.example.com/';
    const links = ['/privacy', '/privacy-policy', '/legal/privacy', '/datenschutz', '/privacidad']
      .map((h) => `<a href="${h}">Privacy Policy</a>`)
      .join('');
    const doc = parseHtml(`<html><body><p>Welcome to our shop.</p><footer>${links}<a href="https://evil.example/privacy">Privacy Policy</a></footer></body></html>`, url);
    const site = fakeSite({});
    const res = await extractWithDiscovery(doc, url, site.deps);
    expect(site.requested).toHaveLength(3);
    for (const u of site.requested) expect(new URL(u).host).toBe('www.example.com');
    expect(res).toMatchObject({ ok: false, error: { code: 'fetch-failed' } });
  });

  it('no link → no-policy-found; linked page that is no policy → not-a-policy', async () => {
    const url = 'https://shop.example/';
    const none = await extractWithDiscovery(parseHtml('<html><body><p>Just a shop with shoes and socks and nothing else.</p></body></html>', url), url, fakeSite({}).deps);
    expect(none).toMatchObject({ ok: false, error: { code: 'no-policy-found' } });
    const site = fakeSite({ 'https://shop.example/privacy': page('shop-en.html') });
    const notPolicy = await extractWithDiscovery(parseHtml('<html><body><a href="/privacy">Privacy</a></body></html>', url), url, site.deps);
    expect(notPolicy).toMatchObject({ ok: false, error: { code: 'not-a-policy' } });
  });

  it('a parser that throws is survived', async () => {
    const url = 'https://www.northwind.example/';
    const deps = { fetchText: async () => '<html></html>', parseHtml: () => { throw new Error('boom'); } };
    const res = await extractWithDiscovery(load('shop-en.html', url), url, deps);
    expect(res.ok).toBe(false);
  });
});
