import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../lib/classifier';

const here = '[classifier/score retention] ';

describe('document retention verdict', () => {
  it.each([
    ['We keep call recordings for 30 days. We keep your contact details and ticket history for 2 years after your last contact.', 'en', '2 years'],
    ['Gesprekopnames bewaren wij 30 dagen. Uw factuurgegevens bewaren wij 7 jaar vanwege de fiscale bewaarplicht.', 'nl', '7 jaar'],
    ['Wir speichern Ihre Bestelldaten drei Jahre und löschen Protokolle nach 14 Tagen.', 'de', 'drei Jahre'],
  ])(here + 'the longest stated period wins: %s', (text, lang, period) => {
    expect(analyzeText(`How long do we keep your data?\n\n${text}`, { lang }).verdicts.retention).toBe(period);
  });

  it(here + 'a reply deadline is not a retention period', () => {
    const s = analyzeText('Contact\n\nWe will answer your request within 30 days. We keep your data as long as necessary for the purposes described.', { lang: 'en' });
    expect(s.verdicts.retention).not.toBe('30 days');
  });
});

describe('[classifier/segment] punctuation-only lines', () => {
  it.each([':', ' : ', 'a\n:\nb', '::\n\n:'])('%j gives no empty block', async (text) => {
    const { segmentText } = await import('../../../lib/classifier');
    for (const b of segmentText(text)) expect(b.text.trim()).not.toBe('');
  });
});
