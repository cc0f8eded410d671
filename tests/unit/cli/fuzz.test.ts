/**
 * Property tests for the CLI's own parsers and writers (issue 8): whatever the input, they never
 * throw and their output stays well-formed. 10,000+ generated cases in total.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decode } from '../../../cli/read-document';
import { globToRegExp } from '../../../cli/sources';
import { tagLine } from '../../../cli/tag';
import { csvRow } from '../../../lib/export/csv';
import { LABELS } from '../../../lib/labels';
import { parseCsv } from './helpers';

const here = '[cli/fuzz] ';

/** Strings heavy in the characters that break parsers: quotes, separators, RTL marks, NUL, emoji, combining marks. */
const nasty = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.string({ unit: fc.constantFrom('"', ',', '\r', '\n', '\u0000', '\u200f', '\u202e', '🍪', 'e\u0301', '{', '}', '\\', ':', ' ', 'a', 'é', '\ud800'), maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 60 }),
);

describe(here, () => {
  it('csvRow round-trips any cells through a strict RFC 4180 parser', () => {
    fc.assert(
      fc.property(fc.array(nasty, { minLength: 1, maxLength: 8 }), (cells) => {
        expect(parseCsv(csvRow(cells))).toEqual([cells]);
      }),
      { numRuns: 3000 },
    );
  });

  it('tagLine never throws and always yields exactly one JSON line', () => {
    const line = fc.oneof(
      nasty,
      nasty.map((text) => JSON.stringify({ id: 'x', text })),
      fc.record({ id: fc.oneof(fc.string(), fc.integer(), fc.constant(null)), text: nasty, lang: fc.constantFrom(undefined, 'en', 'nl-BE', 'xx', '') }).map((o) => JSON.stringify(o)),
      fc.json(),
    );
    fc.assert(
      fc.property(line, (l) => {
        const input = l.replace(/\n/g, ' ');
        const r = tagLine(input, 1, { labels: null, minScore: undefined });
        expect(r.out.endsWith('\n')).toBe(true);
        expect(r.out.slice(0, -1)).not.toMatch(/\n/);
        const rec = JSON.parse(r.out) as Record<string, unknown>;
        if (r.error) expect(rec.error).toBe(r.error);
        else expect(Object.keys(rec.scores as object)).toEqual([...LABELS]);
      }),
      { numRuns: 3000 },
    );
  });

  it('decode never throws on arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), fc.constantFrom('html', 'text') as fc.Arbitrary<'html' | 'text'>, (bytes, kind) => {
        const r = decode(Buffer.from(bytes), kind);
        expect(typeof r.ok).toBe('boolean');
      }),
      { numRuns: 3000 },
    );
  });

  it('globToRegExp compiles any pattern and matches in linear time', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('*', '?', '[', ']', '{', '}', ',', '/', 'a', '.', '!', '\\', '(', '+'), maxLength: 30 }), (g) => {
        const re = globToRegExp(g);
        const t0 = performance.now();
        re.test('a/'.repeat(50) + 'b'.repeat(200));
        expect(performance.now() - t0).toBeLessThan(200);
      }),
      { numRuns: 1500 },
    );
  });
});
