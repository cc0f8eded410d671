import { describe, expect, it } from 'vitest';
import { detectPolicy, findPolicyLinks, isSameSite } from '../../../lib/extract/index';
import { parseHtml } from '../../../lib/extract/parse-html';
import { load } from './helpers';

const here = '[extract/links] ';

describe(`${here}findPolicyLinks in five languages`, () => {
  it.each([
    ['shop-en.html', 'https://www.northwind.example/', 'https://www.northwind.example/legal/privacy-policy'],
    ['shop-nl.html', 'https://tuinhuis.example.nl/', 'https://tuinhuis.example.nl/over-ons/verklaring.html'],
    ['shop-de.html', 'https://bergsport-huber.example/', 'https://www.bergsport-huber.example/rechtliches/ds.html'],
    ['shop-fr.html', 'https://www.lefevre.example.fr/boutique/', 'https://www.lefevre.example.fr/mentions/politique-de-confidentialite'],
    ['shop-es.html', 'https://tiendasol.example.es/tienda/index.html', 'https://tiendasol.example.es/tienda/legal/politica-de-privacidad.html'],
    ['shop-rel.html', 'https://harbor-books.example.co.uk/', 'https://harbor-books.example.co.uk/our-commitments/data'],
  ])('%s → %s', (file, pageUrl, expected) => {
    const links = findPolicyLinks(load(file, pageUrl), pageUrl);
    expect(links[0]).toBe(expected);
    for (const l of links) {
      expect(l).not.toContain('#');
      expect(isSameSite(l, pageUrl)).toBe(true);
    }
    expect(new Set(links).size).toBe(links.length);
  });

  it('rejects a privacy link on another domain, keeps the same-site cookie policy', () => {
    const pageUrl = 'https://www.pixelprints.example/';
    const links = findPolicyLinks(load('shop-cross-domain.html', pageUrl), pageUrl);
    expect(links).toEqual(['https://www.pixelprints.example/cookie-policy']);
  });

  it('ranks rel=privacy-policy and policy link text above URL-only hits, dedupes, drops settings links', () => {
    const pageUrl = 'https://a.example.com/shop';
    const doc = parseHtml(`<html><body>
      <a href="/blog/privacy-tips">Ten tips</a>
      <a href="/privacy#top">Privacy Policy</a><a href="/privacy">privacy</a>
      <a href="#" onclick="x()">Privacy settings</a>
      <a href="/cookie-settings">Cookie-instellingen</a>
      <a href="javascript:void(0)">Privacy Policy</a>
      <a href="mailto:privacy@example.com">Privacy office</a>
      <link rel="privacy-policy" href="https://www.example.com/legal/pp">
    </body></html>`, pageUrl);
    expect(findPolicyLinks(doc, pageUrl)).toEqual([
      'https://www.example.com/legal/pp',
      'https://a.example.com/privacy',
      'https://a.example.com/blog/privacy-tips',
    ]);
  });

  it('honours <base href> and never throws on junk', () => {
    const pageUrl = 'https://www.example.org/a/b/c.html';
    const doc = parseHtml(`<html><head><base href="/legal/"></head><body><a href="privacy.html">Privacy notice</a><a href="http://[::1">Privacy</a></body></html>`, pageUrl);
    expect(findPolicyLinks(doc, pageUrl)).toEqual(['https://www.example.org/legal/privacy.html']);
    expect(findPolicyLinks({} as Document, pageUrl)).toEqual([]);
  });
});

describe(`${here}isSameSite`, () => {
  it.each([
    ['https://www.example.com/a', 'https://example.com/b', true],
    ['https://shop.example.com/', 'http://www.example.com/privacy', true],
    ['https://example.com:8443/', 'https://example.com/', true],
    ['https://www.example.co.uk/', 'https://privacy.example.co.uk/', true],
    ['https://a.co.uk/', 'https://b.co.uk/', false],
    ['https://shop.example.com.au/', 'https://example.com.au/', true],
    ['https://foo.com.au/', 'https://bar.com.au/', false],
    ['https://x.example.co.jp/', 'https://example.co.jp/', true],
    ['https://alice.github.io/', 'https://bob.github.io/', false],
    ['https://alice.github.io/a', 'https://alice.github.io/b', true],
    ['https://example.com/', 'https://example.org/', false],
    ['https://example.com/', 'https://example.com.evil.net/', false],
    ['https://notexample.com/', 'https://example.com/', false],
    ['https://EXAMPLE.com./', 'https://www.example.com/', true],
    ['http://127.0.0.1:3000/', 'http://127.0.0.1:4000/', true],
    ['http://127.0.0.1/', 'http://127.0.0.2/', false],
    ['http://10.0.0.1/', 'http://1.0.0.1/', false],
    ['http://localhost/', 'http://localhost:8080/', true],
    ['ftp://example.com/', 'https://example.com/', false],
    ['javascript:alert(1)', 'https://example.com/', false],
    ['data:text/html,hi', 'data:text/html,hi', false],
    ['not a url', 'https://example.com/', false],
    ['', '', false],
  ])('%s ~ %s → %s', (a, b, expected) => {
    expect(isSameSite(a, b)).toBe(expected);
    expect(isSameSite(b, a)).toBe(expected);
  });
});

describe(`${here}detectPolicy`, () => {
  const conf = (file: string, url: string) => detectPolicy(load(file, url), url);

  it('policies beat shops', () => {
    const policies = [
      conf('policy-en.html', 'https://www.northwind.example/privacy'),
      conf('policy-nl-banner.html', 'https://demolen.example.nl/privacyverklaring'),
      conf('policy-lists-tables.html', 'https://lumen.example/privacy-statement'),
      conf('spa-shell.html', 'https://quokka.example/app#/privacy'),
    ];
    const shops = ['shop-en.html', 'shop-nl.html', 'shop-de.html', 'shop-fr.html', 'shop-es.html', 'shop-rel.html'].map((f) =>
      conf(f, 'https://shop.example/'),
    );
    for (const p of policies) expect(p.isPolicy).toBe(true);
    for (const s of shops) expect(s.isPolicy).toBe(false);
    expect(Math.min(...policies.map((p) => p.confidence))).toBeGreaterThan(Math.max(...shops.map((s) => s.confidence)));
  });

  it.each([
    ['en', 'Privacy Policy – Acme', 'Privacy Policy'],
    ['nl', 'Privacyverklaring | Acme', 'Privacyverklaring'],
    ['nl', 'Cookiebeleid', 'Ons cookiebeleid'],
    ['de', 'Datenschutzerklärung - Acme GmbH', 'Datenschutzerklärung'],
    ['de', 'Datenschutzhinweise', 'Hinweise zum Datenschutz'],
    ['fr', 'Politique de confidentialité', 'Protection des données personnelles'],
    ['es', 'Política de privacidad', 'Aviso de privacidad'],
  ])('%s title/h1 cues: %s', (lang, title, h1) => {
    const doc = parseHtml(`<html lang="${lang}"><head><title>${title}</title></head><body><h1>${h1}</h1><p>Text.</p></body></html>`);
    const r = detectPolicy(doc, 'https://www.example.com/x');
    expect(r.isPolicy).toBe(true);
    expect(r.confidence).toBeGreaterThanOrEqual(0.7);
  });

  it('body vocabulary alone, URL alone', () => {
    const body = '<p>We process your personal data as data controller under the GDPR. We share personal information with third parties and use cookies for analytics; you may withdraw consent and request erasure. We retain data for two years.</p>'.repeat(10);
    const doc = parseHtml(`<html><head><title>Legal</title></head><body>${body}</body></html>`);
    const withUrl = detectPolicy(doc, 'https://www.example.com/legal/privacy');
    const without = detectPolicy(doc, 'https://www.example.com/legal');
    expect(without.confidence).toBeGreaterThan(0.3);
    expect(withUrl.confidence).toBeGreaterThan(without.confidence);
    expect(withUrl.isPolicy).toBe(true);
    expect(detectPolicy({} as Document, 'x')).toEqual({ isPolicy: false, confidence: 0 });
  });
});
