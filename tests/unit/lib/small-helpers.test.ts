import { describe, expect, it } from 'vitest';
import isRestrictedUrl from '../../../lib/restricted-url';
import textFragmentUrl from '../../../lib/text-fragment';
import { readEnvelope, PRIVILEGED_MESSAGES, type PrivilegedProtocol } from '../../../lib/messages';
import { primaryTag, detectLang } from '../../../lib/lang';

describe('[lib/restricted-url]', () => {
  it.each([
    ['chrome://extensions', true],
    ['about:blank', true],
    ['file:///home/me/policy.html', true],
    ['https://chromewebstore.google.com/detail/x', true],
    ['https://addons.mozilla.org/en-US/firefox/', true],
    ['https://example.com/policy.pdf', true],
    ['not a url', true],
    [undefined, true],
    ['https://example.com/privacy', false],
    ['http://127.0.0.1:8080/en/privacy.html', false],
    ['https://chrome.google.com/search', false],
  ])('%s → %s', (url, restricted) => {
    expect(isRestrictedUrl(url)).toBe(restricted);
  });
});

describe('[lib/text-fragment]', () => {
  it('short text becomes one encoded text directive, hyphens escaped', () => {
    expect(textFragmentUrl('https://a.example/p#top', 'We do not sell e-mail lists')).toBe(
      'https://a.example/p#:~:text=We%20do%20not%20sell%20e%2Dmail%20lists',
    );
  });
  it('long text becomes start,end', () => {
    const text = Array.from({ length: 40 }, (_, i) => `w${i}`).join(' ');
    expect(textFragmentUrl('https://a.example/p', text)).toBe(
      'https://a.example/p#:~:text=w0%20w1%20w2%20w3%20w4%20w5%20w6%20w7,w32%20w33%20w34%20w35%20w36%20w37%20w38%20w39',
    );
  });
  it('no text → plain URL', () => {
    expect(textFragmentUrl('https://a.example/p#x', '  ')).toBe('https://a.example/p');
  });
});

describe('[lib/messages] readEnvelope', () => {
  it.each([
    [null, false],
    ['analyzeTab', false],
    [{ channel: 'other', type: 'analyzeTab', data: {} }, false],
    [{ channel: 'policylens', type: 'evalCode', data: {} }, false],
    [{ channel: 'policylens', type: 'analyzeTab', data: null }, false],
    [{ channel: 'policylens', type: 'analyzeTab', data: { tabId: 1 } }, true],
  ])('%j accepted: %s', (message, accepted) => {
    expect(readEnvelope<PrivilegedProtocol>(message, PRIVILEGED_MESSAGES) !== null).toBe(accepted);
  });
});

describe('[lib/lang]', () => {
  it.each([
    ['nl-BE', 'nl'],
    ['EN_us', 'en'],
    ['', null],
    [null, null],
    ['<x>', null],
  ])('primaryTag(%s) = %s', (tag, expected) => {
    expect(primaryTag(tag)).toBe(expected);
  });
  it.each([
    ['We do not sell your personal information to third parties, and we keep it for two years.', 'en'],
    ['Wij verkopen uw persoonsgegevens nooit aan derden en bewaren ze niet langer dan nodig.', 'nl'],
    ['Wir verkaufen Ihre personenbezogenen Daten nicht an Dritte und speichern sie zwei Jahre.', 'de'],
    ['Nous ne vendons pas vos données personnelles à des tiers et les conservons deux ans.', 'fr'],
    ['No vendemos sus datos personales a terceros y los conservamos durante dos años.', 'es'],
  ])('detectLang(%s) = %s', (text, lang) => {
    expect(detectLang(text)).toBe(lang);
  });
  it('short text falls back to the page language hint', () => {
    expect(detectLang('Cookies', 'de-AT')).toBe('de');
    expect(detectLang('', null)).toBeNull();
  });
});
