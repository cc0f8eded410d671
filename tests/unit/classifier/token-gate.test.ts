import { describe, expect, it } from 'vitest';
import { uncoveredBranches } from '../../../lib/classifier/prefilter';
import { analyseClause } from '../../../lib/classifier/features';
import { capped } from '../../../lib/classifier/clause-cap';
import { analyse, mayMatch, TOKEN_GATES } from '../../../lib/classifier/tokenize';
import { fixtureClauseTexts } from '../fixture-texts';
// registers the classifier's token gates
import '../../../lib/classifier/index';

const here = '[classifier/token-gate] ';

/** The conditions `tokenGate` documents: a sound word list of lower-case Latin letters and digits, no u or v flag. */
function gateProblems(re: RegExp, words: readonly string[]): string[] {
  const problems = uncoveredBranches(re, words).map((b) => `uncovered: ${b}`);
  for (const w of words) if (!/^[\p{Script=Latin}\p{Nd}]+$/u.test(w) || w !== w.toLowerCase()) problems.push(`not a lower-case Latin word: ${w}`);
  if (/[uv]/.test(re.flags)) problems.push(`flags ${re.flags}`);
  return problems;
}

describe(here + 'tokenGate', () => {
  it('every gate of the classifier meets the conditions its soundness rests on', () => {
    expect(TOKEN_GATES.length).toBeGreaterThanOrEqual(3);
    for (const { re, words } of TOKEN_GATES) expect({ re: re.source.slice(0, 60), problems: gateProblems(re, words) }).toEqual({ re: re.source.slice(0, 60), problems: [] });
  });

  it('the check fails a list without one of its words, a word spanning two tokens, and a Unicode pattern', () => {
    for (const { re, words } of TOKEN_GATES) expect(gateProblems(re, words.slice(1))).not.toEqual([]);
    expect(gateProblems(/sous-traitant/i, ['sous-traitant'])).toEqual(['not a lower-case Latin word: sous-traitant']);
    expect(gateProblems(/sell/iu, ['sell'])).toEqual(['flags iu']);
  });

  it('sets the bit on a clause with the word in any case, accent or position, and only then', () => {
    const { bit } = TOKEN_GATES.find((g) => g.words.includes('google'))!;
    expect(mayMatch(analyse('Wir nutzen GOOGLE Analytics.'), bit)).toBe(true);
    expect(mayMatch(analyse('über googleähnliche Dienste'), bit)).toBe(true);
    expect(mayMatch(analyse('We use our own statistics.'), bit)).toBe(false);
    // a token longer than the part the memo keys on may hide the word: every bit set
    expect(mayMatch(analyse('x'.repeat(80) + 'google'), bit)).toBe(true);
    // no tokens known: the pattern has to run
    expect(mayMatch(undefined, bit)).toBe(true);
  });

  it('never closes on a clause its pattern matches, on all fixture clauses', () => {
    const texts = fixtureClauseTexts();
    expect(texts.length).toBeGreaterThan(5000);
    for (const { re, bit } of TOKEN_GATES) {
      const plain = new RegExp(re.source, re.flags);
      let matched = 0;
      let closed = 0;
      for (const text of texts) {
        const open = mayMatch(analyseClause(text), bit);
        if (!open) closed++;
        if (plain.test(capped(text))) {
          matched++;
          if (!open) expect({ re: re.source.slice(0, 60), text }).toBe('gate closed on a match');
        }
      }
      // not vacuous: the pattern matches fixture text and the gate does close on most clauses
      expect(matched).toBeGreaterThan(0);
      expect(closed).toBeGreaterThan(texts.length / 2);
    }
  });
});
