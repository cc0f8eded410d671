import { describe, expect, it } from 'vitest';
import { segmentBlocks, segmentText } from '../../../lib/classifier/index';
import { splitSentences } from '../../../lib/classifier/segment';

const here = '[classifier/segment] ';

describe(here + 'segmentText', () => {
  it.each([
    ['', []],
    ['   \n\n \t ', []],
    ['\u200b\ufeff', []],
  ] as const)('junk %j → []', (input, expected) => {
    expect(segmentText(input)).toEqual(expected);
  });

  it('is total on non-strings', () => {
    expect(segmentText(undefined as unknown as string)).toEqual([]);
    expect(segmentText(42 as unknown as string)).toEqual([]);
    expect(segmentBlocks(null as unknown as [])).toEqual([]);
  });

  it.each([
    ['# Cookies\nWe use cookies.', 'Cookies'],
    ['3. Retention\nWe keep data for 2 years.', '3. Retention'],
    ['How long do we keep your data?\n2 years.', 'How long do we keep your data?'],
    ['Bewaartermijn\nWij bewaren uw gegevens 26 maanden.', 'Bewaartermijn'],
    ['Speicherdauer\nWir speichern Ihre Daten drei Jahre lang.', 'Speicherdauer'],
    ['Durée de conservation\nNous conservons vos données 13 mois.', 'Durée de conservation'],
    ['Conservación de datos\nConservamos sus datos durante 2 años.', 'Conservación de datos'],
  ])('heading context: %j', (input, heading) => {
    const blocks = segmentText(input);
    expect(blocks[0]).toMatchObject({ kind: 'heading', text: heading });
    const clauses = segmentBlocks(blocks);
    expect(clauses).toHaveLength(1);
    expect(clauses[0].heading).toBe(heading);
    expect(clauses[0].blockId).toBe(blocks[1].id);
  });

  it('keeps "key: value" rows as text, not headings', () => {
    const blocks = segmentText('Google Analytics\n\nRetention period: 2 years');
    expect(blocks.map((b) => b.kind)).toEqual(['heading', 'paragraph']);
    expect(segmentBlocks(blocks)[0]).toMatchObject({ text: 'Retention period: 2 years', heading: 'Google Analytics' });
  });

  it.each([
    ['- first item\n- second item', ['first item', 'second item']],
    ['• eerste\n• tweede', ['eerste', 'tweede']],
    ['* erstens\n* zweitens', ['erstens', 'zweitens']],
    ['1. We collect your name.\n2. We collect your e-mail address.', ['We collect your name.', 'We collect your e-mail address.']],
  ])('list items %j', (input, items) => {
    const blocks = segmentText(input);
    expect(blocks.every((b) => b.kind === 'list-item')).toBe(true);
    expect(blocks.map((b) => b.text)).toEqual(items);
  });

  it('fragment list rows (seed 003 style) keep heading and lead-in, continuations join', () => {
    const text = [
      'How long do we keep personal details?',
      '',
      'We use the following retention periods for the following (categories of) personal details:',
      '',
      '  • Personal details > 2 years > To send our newsletter,',
      '',
      'to call or email you if necessary',
      '',
      '  • IP address > 2 years > Measuring the quality of the website',
    ].join('\n');
    const clauses = segmentBlocks(segmentText(text));
    expect(clauses).toHaveLength(3);
    expect(clauses[1].text).toBe('Personal details > 2 years > To send our newsletter, to call or email you if necessary');
    expect(clauses[1].heading).toContain('How long do we keep personal details?');
    expect(clauses[1].heading).toContain('retention periods');
    expect(clauses[2].text.startsWith('IP address > 2 years')).toBe(true);
  });

  it('joins wrapped lines of one sentence', () => {
    const blocks = segmentText('We collect your name and\nyour e-mail address.');
    expect(blocks).toHaveLength(1);
    expect(blocks[0].text).toBe('We collect your name and your e-mail address.');
  });

  it('splits a long paragraph into sentence runs with ids block.n', () => {
    const sentence = 'We share your personal information with carefully selected partners for marketing purposes. ';
    const clauses = segmentBlocks([{ id: 'p1', kind: 'paragraph', heading: 'Sharing', text: sentence.repeat(12).trim() }]);
    expect(clauses.length).toBeGreaterThan(1);
    expect(clauses.map((c) => c.id)).toEqual(clauses.map((_, i) => `p1.${i}`));
    expect(clauses.every((c) => c.blockId === 'p1' && c.heading === 'Sharing')).toBe(true);
  });

  it('headings are context, not clauses', () => {
    const clauses = segmentBlocks(segmentText('# Privacy\n## Cookies\nWe use cookies.'));
    expect(clauses).toHaveLength(1);
    expect(clauses[0].heading).toBe('Cookies');
  });

  it('survives a large hostile input quickly', () => {
    const t0 = performance.now();
    const huge = ('a'.repeat(5000) + ' ').repeat(200) + '\n' + '- '.repeat(50_000) + '\n' + '#'.repeat(100_000);
    const clauses = segmentBlocks(segmentText(huge));
    expect(Array.isArray(clauses)).toBe(true);
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});

describe(here + 'splitSentences', () => {
  it.each([
    ['We collect data. We share it.', ['We collect data. ', 'We share it.']],
    ['We use tools, e.g. Google Analytics. Then we stop.', ['We use tools, e.g. Google Analytics. ', 'Then we stop.']],
    ['Wir nutzen z.B. Cookies. Danach nicht.', ['Wir nutzen z.B. Cookies. ', 'Danach nicht.']],
    ['Wij gebruiken bijv. cookies. Verder niets.', ['Wij gebruiken bijv. cookies. ', 'Verder niets.']],
    ['Rechtsgrundlage ist Art. 6 Abs. 1 lit. f DSGVO. Sie können widersprechen.', ['Rechtsgrundlage ist Art. 6 Abs. 1 lit. f DSGVO. ', 'Sie können widersprechen.']],
    // a German ordinal date is no sentence end; a number ending a sentence still is
    ['Bis zum 31. März 2023 haben wir Adressen vermietet. Seitdem nicht mehr.', ['Bis zum 31. März 2023 haben wir Adressen vermietet. ', 'Seitdem nicht mehr.']],
    ['Gültig ab 1. Jänner 2025. Danach gilt die neue Fassung.', ['Gültig ab 1. Jänner 2025. ', 'Danach gilt die neue Fassung.']],
    ['Wir speichern die Daten 30 Tage. 12 Monate später löschen wir alles.', ['Wir speichern die Daten 30 Tage. ', '12 Monate später löschen wir alles.']],
  ])('%j', (input, expected) => {
    expect(splitSentences(input)).toEqual(expected);
    expect(splitSentences(input).join('')).toBe(input);
  });
});
