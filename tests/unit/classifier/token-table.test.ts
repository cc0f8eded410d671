import { describe, expect, it } from 'vitest';
import { hashOf, TokenTable } from '../../../lib/classifier/token-table';
import { analyse, tokenInfo, tokenize } from '../../../lib/classifier/tokenize';

const here = '[classifier/token-table] ';

describe(here + 'TokenTable', () => {
  it('finds a key by a range of any text, and nothing else', () => {
    const t = new TokenTable<number>(100);
    t.add('sell', hashOf('sell'), 1);
    t.add('data', hashOf('data'), 2);
    expect(t.get('we sell data', 3, 7, hashOf('sell'))).toBe(1);
    expect(t.get('we sell data', 8, 12, hashOf('data'))).toBe(2);
    expect(t.get('we sell data', 0, 2, hashOf('we'))).toBeUndefined();
    // a prefix of a key is another key
    expect(t.get('sel', 0, 3, hashOf('sel'))).toBeUndefined();
  });

  it('tells keys with the same hash apart by their characters', () => {
    const t = new TokenTable<string>(100);
    t.add('abc', 42, 'first');
    t.add('xyz', 42, 'second');
    expect(t.get('abc', 0, 3, 42)).toBe('first');
    expect(t.get('xyz', 0, 3, 42)).toBe('second');
    expect(t.get('abd', 0, 3, 42)).toBeUndefined();
  });

  it('grows past its first size and empties itself when full', () => {
    const t = new TokenTable<number>(5_000);
    for (let i = 0; i < 5_000; i++) t.add(`w${i}`, hashOf(`w${i}`), i);
    expect(t.size).toBe(5_000);
    for (const i of [0, 1_234, 4_999]) expect(t.get(`w${i}`, 0, `w${i}`.length, hashOf(`w${i}`))).toBe(i);
    t.add('one more', hashOf('one more'), -1);
    expect(t.size).toBe(1);
    expect(t.get('w0', 0, 2, hashOf('w0'))).toBeUndefined();
    expect(t.get('one more', 0, 8, hashOf('one more'))).toBe(-1);
  });
});

describe(here + 'analyse', () => {
  it.each([
    'We do not sell your personal data. Wir verkaufen keine Daten.',
    'Ünïcödé wörds, ß and ÉCRAN; 𝐁𝐨𝐥𝐝 letters 😀 and 12,5 Tage',
    // a token longer than the part its memo entry is keyed on, twice with different endings
    `${'a'.repeat(70)}x and ${'a'.repeat(70)}y`,
    // an astral letter across the cut at 64 units
    `${'b'.repeat(63)}𝐁c`,
    '',
  ])('gives each token the info tokenInfo gives its raw form: %s', (text) => {
    const infos = analyse(text).infos;
    const raws = tokenize(text);
    expect(infos.length).toBe(raws.length);
    raws.forEach((raw, i) => expect(infos[i]).toBe(tokenInfo(raw)));
  });
});
