/**
 * Property tests over the pure lib modules with hostile input: never throw, output well-formed.
 * Case counts add up to well over 10,000 per run of the suite (see numRuns).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeText, segmentText, tagClause } from '../../../lib/classifier';
import { csvRow } from '../../../lib/export/csv';
import { sanitizeCache, sanitizeHistory } from '../../../lib/history';
import { LABELS } from '../../../lib/labels';
import { readEnvelope } from '../../../lib/messages';
import validateExtraction from '../../../lib/validate-extraction';
import { nastyText } from './arbitraries';

describe('[fuzz] classifier', () => {
  it('tagClause never throws and always gives 13 scores in [0,1] and a valid stance', () => {
    fc.assert(
      fc.property(nastyText, fc.option(fc.constantFrom('en', 'nl', 'de', 'fr', 'es', 'xx'), { nil: null }), (text, lang) => {
        const tag = tagClause({ id: 'c', blockId: null, text, heading: null }, lang);
        expect(Object.keys(tag.scores).sort()).toEqual([...LABELS].sort());
        for (const v of Object.values(tag.scores)) expect(v >= 0 && v <= 1).toBe(true);
        expect([null, 'sold', 'not_sold']).toContain(tag.sale);
        for (const l of tag.labels) expect(LABELS).toContain(l);
      }),
      { numRuns: 3000 },
    );
  });

  it('segmentText is total and keeps only non-empty blocks', () => {
    fc.assert(
      fc.property(nastyText, (text) => {
        const blocks = segmentText(text);
        for (const b of blocks) expect(b.text.trim().length).toBeGreaterThan(0);
      }),
      { numRuns: 3000 },
    );
  });

  it('analyzeText always grades A–E with a score in 0..100', () => {
    fc.assert(
      fc.property(fc.array(nastyText, { maxLength: 8 }), (parts) => {
        const s = analyzeText(parts.join('\n\n'));
        expect(s.grade).toMatch(/^[A-E]$/);
        expect(s.score >= 0 && s.score <= 100).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('[fuzz] boundaries of the extension', () => {
  it('validateExtraction never throws on arbitrary JSON and never passes a non-http URL', () => {
    fc.assert(
      fc.property(fc.anything(), fc.jsonValue(), (a, b) => {
        for (const raw of [a, b, { url: a, sourceUrl: b, blocks: [a, b] }]) {
          const r = validateExtraction(raw);
          if (r.ok) expect(r.value.url).toMatch(/^https?:/);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('storage sanitisers and the message reader never throw', () => {
    fc.assert(
      fc.property(fc.anything(), (x) => {
        expect(Array.isArray(sanitizeCache(x))).toBe(true);
        expect(Array.isArray(sanitizeHistory(x))).toBe(true);
        readEnvelope(x, ['analyzeTab']);
      }),
      { numRuns: 1000 },
    );
  });

  it('a CSV row round-trips any cell text through RFC 4180 quoting', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary' }), { minLength: 1, maxLength: 6 }), (cells) => {
        const row = csvRow(cells);
        expect(row.endsWith('\r\n')).toBe(true);
        expect(parseCsvRow(row.slice(0, -2))).toEqual(cells);
      }),
      { numRuns: 1000 },
    );
  });
});

/** Strict RFC 4180 parser for one record (the test's independent reference). */
function parseCsvRow(s: string): string[] {
  const out: string[] = [];
  let i = 0;
  for (;;) {
    let cell = '';
    if (s[i] === '"') {
      i++;
      for (;;) {
        if (i >= s.length) throw new Error('unterminated quote');
        if (s[i] === '"') {
          if (s[i + 1] === '"') {
            cell += '"';
            i += 2;
          } else {
            i++;
            break;
          }
        } else cell += s[i++];
      }
    } else {
      while (i < s.length && s[i] !== ',') {
        if (s[i] === '"' || s[i] === '\n' || s[i] === '\r') throw new Error('bare quote or newline');
        cell += s[i++];
      }
    }
    out.push(cell);
    if (i >= s.length) return out;
    if (s[i] !== ',') throw new Error(`junk after cell at ${i}`);
    i++;
  }
}
