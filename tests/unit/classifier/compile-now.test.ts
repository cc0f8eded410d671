import { afterEach, describe, expect, it, vi } from 'vitest';
import { compiledNow } from '../../../lib/classifier/compile-now';
import { prefiltered } from '../../../lib/classifier/prefilter';

const here = '[classifier/compile-now] ';
const isBlank = (s: unknown): boolean => typeof s === 'string' && s.length >= 1_000 && s.trim() === '';

afterEach(() => {
  vi.restoreAllMocks();
});

describe(here + 'compiledNow', () => {
  it.each(['', 'g', 'y', 'giu'])('returns the pattern itself, ready to match from the start (flags "%s"), with the results of an untouched copy', (flags) => {
    const src = String.raw`\b(sell|verkauf|vend)\w*`;
    const re = new RegExp(src, flags);
    expect(compiledNow(re)).toBe(re);
    expect(re.lastIndex).toBe(0);
    const copy = new RegExp(src, flags);
    // one-byte and two-byte subjects (V8 compiles each width separately)
    for (const s of ['sell it', 'we never sell data', 'wir verkaufen – nie', 'nous ne vendons pas’']) {
      expect(re.exec(s)).toEqual(copy.exec(s));
      expect(re.lastIndex).toBe(copy.lastIndex);
    }
  });

  it('hands a prefiltered pattern the blank line past its prefilter (the prefilter would turn it away unseen)', () => {
    const re = prefiltered(/\b(pay|paid) (\w+ ){0,3}for (your )?data\b/, ['pay', 'paid']);
    const exec = vi.spyOn(RegExp.prototype, 'exec');
    compiledNow(re);
    expect(exec.mock.contexts[0]).toBe(re);
    expect(isBlank(exec.mock.calls[0][0])).toBe(true);
    // and the prefilter still answers for the pattern afterwards
    expect(re.exec('they pay us for your data')?.[1]).toBe('pay');
    expect(re.test('nothing about money')).toBe(false);
  });
});

describe(here + 'the classifier', () => {
  it('compiles its patterns of 10,000+ characters when their modules load: their first subject is the blank line', async () => {
    vi.resetModules();
    const exec = vi.spyOn(RegExp.prototype, 'exec');
    const { tagClause } = await import('../../../lib/classifier/index');
    const samples: Array<[string, string]> = [
      ['We do not sell, rent or lease your personal information. Advertisers pay us for access to audience segments.', 'en'],
      ['Wij verkopen uw gegevens nooit; partners betalen ons een vergoeding per aanvraag.', 'nl'],
      ['Wir verkaufen Ihre Daten nicht. Wir speichern sie zwei Jahre.', 'de'],
      ['Nous ne vendons jamais vos données contre rémunération.', 'fr'],
      ['No vendemos sus datos a cambio de dinero; los conservamos 13 meses.', 'es'],
    ];
    for (const [text, lang] of samples) tagClause({ id: lang, blockId: lang, text, heading: null }, lang);
    const first = new Map<RegExp, unknown>();
    exec.mock.contexts.forEach((re, i) => {
      if (re instanceof RegExp && !first.has(re)) first.set(re, exec.mock.calls[i][0]);
    });
    const long = [...first].filter(([re]) => re.source.length >= 10_000);
    // the sale verbs and the two payment patterns, at least
    expect(long.length).toBeGreaterThanOrEqual(3);
    for (const [re, subject] of long) expect(isBlank(subject), re.source.slice(0, 60)).toBe(true);
  });
});
