import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { extractPolicy, findTextRange } from '../../../lib/extract/index';
import { page } from './helpers';

const here = '[extract/findTextRange] ';

function live(html: string): Document {
  return new JSDOM(html, { url: 'https://www.northwind.example/privacy' }).window.document;
}

describe(here, () => {
  it('finds every extracted block of the fixture policy in the live document', () => {
    const doc = live(page('policy-en.html'));
    const res = extractPolicy(doc, 'https://www.northwind.example/privacy');
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    for (const block of res.value.blocks) {
      const range = findTextRange(doc, block.text);
      expect(range, block.text).not.toBeNull();
      expect(range!.toString().replace(/\s+/g, ' ')).toBe(block.text.slice(0, range!.toString().replace(/\s+/g, ' ').length));
    }
  });

  it.each([
    ['across inline elements and odd whitespace', '<p>We   do <b>not</b>\n sell your <a href="#">personal data</a>.</p>', 'We do not sell your personal data.', 'We   do not\n sell your personal data.'],
    ['case-insensitive', '<p>WE USE COOKIES.</p>', 'we use cookies.', 'WE USE COOKIES.'],
    ['table row text with " | "', '<table><tr><td>Call recordings</td><td>90 days</td></tr></table>', 'Call recordings | 90 days', 'Call recordings90 days'],
    ['skips script text', '<script>var s = "Cookies are used";</script><p>Cookies are used</p>', 'Cookies are used', 'Cookies are used'],
  ])('%s', (_name, body, clause, expected) => {
    const doc = live(`<html><body>${body}</body></html>`);
    const range = findTextRange(doc, clause);
    expect(range?.toString()).toBe(expected);
    expect(range?.startContainer.parentElement?.tagName).not.toBe('SCRIPT');
  });

  it('long clauses match on their prefix, even if the rest differs', () => {
    const sentence = 'We keep order records for six years because tax law requires it, and account data for two years. ';
    const doc = live(`<html><body><p>${sentence.repeat(5)}</p></body></html>`);
    const range = findTextRange(doc, `${sentence.repeat(3)} …and this tail is not on the page at all`);
    expect(range).not.toBeNull();
    expect(range!.toString().length).toBeGreaterThan(150);
    expect(range!.toString().startsWith('We keep order records')).toBe(true);
  });

  it('returns null when absent, for empty input and junk', () => {
    const doc = live('<html><body><p>Hello world</p></body></html>');
    expect(findTextRange(doc, 'Goodbye world')).toBeNull();
    expect(findTextRange(doc, '   ')).toBeNull();
    expect(findTextRange(doc, undefined as unknown as string)).toBeNull();
    expect(findTextRange({} as Document, 'Hello')).toBeNull();
  });

  it('stays fast on adversarial text (linear search)', () => {
    const doc = live(`<html><body><p>${'a'.repeat(200_000)}</p></body></html>`);
    expect(findTextRange(doc, `b${'a'.repeat(199)}`)).toBeNull();
    expect(findTextRange(doc, `${'a'.repeat(199)}b`)?.toString()).toBe('a'.repeat(60)); // falls back to a 60-char prefix
  });
});
