import { describe, expect, it } from 'vitest';
import { literalScan, prefiltered, PREFILTERED, uncoveredBranches } from '../../../lib/classifier/prefilter';
// registers the classifier's prefiltered patterns
import '../../../lib/classifier/index';
import { foldText } from '../../../lib/classifier/stance';
import { fixtureClauseTexts } from '../fixture-texts';

const here = '[classifier/prefilter] ';

describe(here + 'uncoveredBranches', () => {
  it.each([
    // every branch needs a word of the list
    [/\b(we sell|wir verkaufen) (\w+ ){0,3}daten\b/, ['sell', 'verkauf'], []],
    // the list word may be spread over literal nodes, optional parts and a repeated letter
    [/a (cambio|trueque)|beta+l\w*|for (anything|something) of (monetary )?value/, ['a cambio', 'a trueque', 'beta', 'of value', 'monetary'], []],
    // character classes of a few letters are sets of strings
    [/gr[aä]tis/, ['gratis', 'grätis'], []],
    // a branch without one: reported
    [/\b(pay|paid|gratis)\b/, ['pay', 'paid'], ['gratis']],
    // an optional word guarantees nothing
    [/(money )?for us/, ['money'], ['(money )?for us']],
    // nor does a lookahead (it is not part of the match) or a class shorthand
    [/(?=money)\w+/, ['money'], ['(?=money)\\w+']],
    // a repeated word counts once it must occur at least once
    [/(?:fee )+|x/, ['fee', 'x'], []],
    [/(?:fee )*y/, ['fee'], ['(?:fee )*y']],
    // escapes stand for their character; a back-reference, a class shorthand or an astral character for anything
    [/\u0070ay|\x70aid|caf\u00e9/, ['pay', 'paid', 'café'], []],
    [/(pay)\1|\d+ fee/, ['pay', 'fee'], []],
    [/(a)\1/, ['aa'], ['(a)\\1']],
    [/💶|euro/u, ['euro', '💶'], ['💶']],
    // a case-insensitive pattern is scanned case-insensitively
    [/Entgelt|PAY/i, ['entgelt', 'pay'], []],
  ] as Array<[RegExp, string[], string[]]>)('%s with %j', (re, words, expected) => {
    expect(uncoveredBranches(re, words)).toEqual(expected);
  });

  it('accepts the word list of every prefiltered pattern of the classifier', () => {
    expect(PREFILTERED.length).toBeGreaterThan(0);
    for (const { re, words } of PREFILTERED) expect({ re: re.source.slice(0, 60), uncovered: uncoveredBranches(re, words) }).toEqual({ re: re.source.slice(0, 60), uncovered: [] });
  });
});

/** Folded texts of the project's own clauses. */
function fixtureSentences(): string[] {
  return fixtureClauseTexts().map(foldText);
}

describe(here + 'prefiltered', () => {
  it('leaves every match of the classifier’s prefiltered patterns as it was, on all fixture clauses', () => {
    const sentences = fixtureSentences();
    expect(sentences.length).toBeGreaterThan(5000);
    for (const { re } of PREFILTERED) {
      const plain = new RegExp(re.source, re.flags);
      let matched = 0;
      for (const s of sentences) {
        const a = plain.exec(s);
        const b = re.exec(s);
        if (a) matched++;
        if ((a?.index ?? -1) !== (b?.index ?? -1) || a?.[0] !== b?.[0]) expect({ re: re.source.slice(0, 60), s, gated: b?.[0] }).toEqual({ re: re.source.slice(0, 60), s, gated: a?.[0] });
      }
      // the patterns do match fixture text, so the comparison is not vacuous
      if (re.source.length > 1000) expect(matched).toBeGreaterThan(0);
    }
  });

  it('returns what the pattern returns, and null without scanning further when no word occurs', () => {
    const plain = /\b(we|wij) (sell|verkopen) (\w+ )?(data|gegevens)\b/;
    const gated = prefiltered(new RegExp(plain.source), ['sell', 'verkopen']);
    for (const s of ['we sell your data', 'wij verkopen uw gegevens', 'we share your data', '', 'sell']) {
      expect(gated.exec(s)?.[0] ?? null).toBe(plain.exec(s)?.[0] ?? null);
      expect(gated.test(s)).toBe(plain.test(s));
      expect(s.replace(gated, 'X')).toBe(s.replace(plain, 'X'));
    }
  });

  it('resets lastIndex of a global pattern when the scan fails, like a failed match', () => {
    const gated = prefiltered(/sell/g, ['sell']);
    expect(gated.exec('we sell and sell')?.index).toBe(3);
    expect(gated.lastIndex).toBe(7);
    expect(gated.exec('nothing here')).toBeNull();
    expect(gated.lastIndex).toBe(0);
  });

  it('scans with the pattern’s case flag', () => {
    expect(literalScan(['sell'], 'i')('We SELL')).toBe(true);
    expect(literalScan(['sell'])('We SELL')).toBe(false);
  });
});
