import { describe, expect, it } from 'vitest';
import { analyseClause } from '../../../lib/classifier/features';
import { applyRules, RETENTION_FLOOR, RETENTION_MIN_SCORE } from '../../../lib/classifier/rules';

const here = '[classifier/rules] ';

describe(here + 'retention floor', () => {
  const paragraph = 'Wir übermitteln Ihre Bestellung an den Paketdienst. Rechnungen bewahren wir zehn Jahre auf, weil das Steuerrecht es verlangt.';

  it('lifts a paragraph that states a retention period in one sentence, when the model sees some retention', () => {
    expect(applyRules(paragraph, undefined, null, { retention: 0.3 }).floors.retention).toBe(RETENTION_FLOOR);
  });

  it('leaves it to the model below RETENTION_MIN_SCORE (cookie lifetimes, notice periods)', () => {
    expect(applyRules(paragraph, undefined, null, { retention: RETENTION_MIN_SCORE / 2 }).floors.retention).toBeUndefined();
  });

  it.each([
    'If you ask us to delete your data, we will respond to your request within 30 days.',
    'We do not knowingly store data of children under 13 years.',
    'We share your order with the courier.',
  ])('sets no floor for %j', (text) => {
    expect(applyRules(text, undefined, null, { retention: 0.3 }).floors.retention).toBeUndefined();
  });

  it('decides the same from the clause’s tokens as from its text', () => {
    for (const text of [paragraph, 'Les journaux sont supprimés après 13 mois.', 'Los currículos se conservan entre 3 y 12 meses.', 'We keep it for half a year.', 'We keep it for a while.']) {
      const fromText = applyRules(text, undefined, null, { retention: 0.3 }).floors.retention;
      expect(applyRules(text, analyseClause(text), null, { retention: 0.3 }).floors.retention, text).toBe(fromText);
    }
  });
});
