import { describe, expect, it } from 'vitest';
import { analyse, CONCEPT_NAMES, conceptId, tokenize, tokenizeRegex } from '../../../lib/classifier/tokenize';

const here = '[classifier/tokenize] ';
const names = (text: string): string[][] => analyse(text).concepts.map((cs) => cs.map((c) => CONCEPT_NAMES[c]));

describe(here + 'tokenize', () => {
  it.each([
    'We do not sell your data.',
    'Wir verkaufen Ihre Daten nicht (z.B. an Dritte).',
    'Nous ne vendons pas vos données à des tiers — jamais.',
    'No vendemos sus datos; conservación: 2 años.',
    'Ünïcödé 𝒳 emoji 😀 mixed123 ١٢٣ 中文字',
    '',
  ])('fast tokenizer equals the regex one on %j', (text) => {
    expect(tokenize(text)).toEqual(tokenizeRegex(text));
  });
});

describe(here + 'sentence starts', () => {
  const starts = (text: string): string[] => {
    const a = analyse(text);
    return a.sentenceStarts.map((i) => a.infos[i].folded);
  };
  it.each([
    ['We keep data. You can ask us to delete it!', ['you']],
    ['Is it sold? Not at all. Never.', ['not', 'never']],
    ['Wir speichern Daten. Über Cookies informieren wir unten.', ['uber']],
    ['"Sold." "Not sold."', ['not']],
    ['We use tools, e.g. Google Analytics.', []],
    ['Acme Inc. Stores data in the U.S. Servers are ours.', []],
    ['Version 3.5 Applies from today.', []],
    ['Deleted after 2 years. 3 years for invoices.', ['3']],
    ['end. lower case goes on', []],
    ['No space.Here', []],
  ])('%j → %j', (text, expected) => {
    expect(starts(text)).toEqual(expected);
  });
  it('tokens are the same with and without sentence tracking', () => {
    const text = 'We keep data. Über Cookies! e.g. Google. 3.5 Next.';
    const withStarts: number[] = [];
    expect(tokenize(text, withStarts)).toEqual(tokenize(text));
    expect(withStarts.length).toBeGreaterThan(0);
  });
});

describe(here + 'concept lexicon', () => {
  it.each([
    ['sell', ['sell', 'verkopen', 'verkaufen', 'vendons', 'vendemos', 'verhuren']],
    ['share', ['share', 'delen', 'weitergeben', 'partager', 'compartir']],
    ['cookie', ['cookies', 'pixel', 'Tracking']],
    ['retain', ['retain', 'bewaren', 'speichern', 'conserver', 'conservar']],
    ['neg', ['not', 'niet', 'nooit', 'nicht', 'keine', 'jamais', 'nunca']],
    ['recipient', ['auditors', 'incassobureau', 'Inkassounternehmen', 'transporteur', 'aseguradora']],
    ['use', ['processing', 'verwerken', 'verarbeiten', 'traitons', 'tratamos']],
  ])('%s ← %j', (concept, words) => {
    for (const w of words) expect(analyse(w).concepts[0]).toContain(conceptId(concept));
  });

  it('"verwerker" is a processor, "verwerken" a use', () => {
    expect(names('verwerker')[0]).toEqual(['processor']);
    expect(names('verwerken')[0]).toEqual(['use']);
  });

  it('"vendor" is a processor, not a sale', () => {
    expect(names('vendor')[0]).toContain('processor');
    expect(names('vendor')[0]).not.toContain('sell');
  });

  it.each([
    ['remote access', 'remote_session'],
    ['toegang op afstand', 'remote_session'],
    ['Fernwartung', 'remote_session'],
    ['prise en main à distance', 'remote_session'],
    ['control remoto', 'remote_session'],
  ])('phrase %j → %s', (text, concept) => {
    expect(names(text)[0]).toContain(concept);
  });
});
