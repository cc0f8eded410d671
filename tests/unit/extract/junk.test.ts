import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { detectPolicy, extractPolicy, findPolicyLinks, findTextRange, isSameSite } from '../../../lib/extract/index';
import { parseHtml } from '../../../lib/extract/parse-html';

const here = '[extract/junk] ';

/** HTML-ish soup: tags, attributes and text our cues react to. */
const piece = fc.constantFrom(
  '<div>', '</div>', '<p>', '</p>', '<a href="/privacy">', '<a href="https://other.example/x">', '</a>', '<button>Accept</button>',
  '<nav>', '</nav>', '<footer>', '<table><tr><td>', '</td><td>', '</td></tr></table>', '<ul><li>', '</li></ul>', '<br>',
  '<h2>', '</h2>', '<b>', '</b>', '<script>', '</script>', '<div class="cookie-banner">', '<div hidden>', '<!--', '-->',
  'Privacy Policy', 'We use cookies to improve.', 'personal data', ' | ', '&amp;', '&lt;img onerror=x&gt;', '\u0000', '\ud800', ' ',
);
const soup = fc.array(piece, { maxLength: 120 }).map((a) => a.join(''));

describe(here, () => {
  it('nothing throws on HTML soup; blocks are plain, capped, numbered', () => {
    fc.assert(
      fc.property(soup, fc.string({ maxLength: 40 }), (html, clause) => {
        const doc = parseHtml(html, 'https://www.example.com/p');
        const res = extractPolicy(doc, 'https://www.example.com/p');
        if (res.ok) {
          res.value.blocks.forEach((b, i) => {
            expect(b.id).toBe(`b${i}`);
            expect(b.text.length).toBeGreaterThan(0);
            expect(b.text.length).toBeLessThanOrEqual(5000);
          });
        } else {
          expect(['empty-page', 'too-short']).toContain(res.error.code);
        }
        const d = detectPolicy(doc, 'https://www.example.com/p');
        expect(d.confidence).toBeGreaterThanOrEqual(0);
        expect(d.confidence).toBeLessThanOrEqual(1);
        for (const l of findPolicyLinks(doc, 'https://www.example.com/p')) expect(isSameSite(l, 'https://www.example.com/')).toBe(true);
        findTextRange(doc, clause);
      }),
      { numRuns: 150 },
    );
  });

  it('isSameSite is total and symmetric on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.oneof(fc.webUrl(), fc.string()), fc.oneof(fc.webUrl(), fc.string()), (a, b) => {
        expect(isSameSite(a, b)).toBe(isSameSite(b, a));
      }),
      { numRuns: 150 },
    );
  });
});
