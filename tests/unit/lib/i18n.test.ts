import { describe, expect, it } from 'vitest';
import { LOCALES, messageKeys, pickUiLang, translator, UI_LANGS } from '../../../lib/i18n';
import { REASONS } from '../../../lib/classifier/score';
import { LABELS, CORE_LABELS } from '../../../lib/labels';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const leaf = (messages: unknown, key: string) => key.split('.').reduce<any>((n, k) => n?.[k], messages);
const enKeys = messageKeys(LOCALES.en);

describe('[lib/i18n] locales', () => {
  it('ships the ten UI languages the issue asks for', () => {
    expect(UI_LANGS.sort()).toEqual(['da', 'de', 'en', 'es', 'fr', 'it', 'nl', 'pl', 'pt', 'sv']);
  });

  it.each(UI_LANGS)('%s has exactly the English key set and the same placeholders', (lang) => {
    expect(messageKeys(LOCALES[lang])).toEqual(enKeys);
    for (const key of enKeys) expect([key, placeholders(leaf(LOCALES[lang], key))]).toEqual([key, placeholders(leaf(LOCALES.en, key))]);
  });

  it.each(UI_LANGS.filter((l) => l !== 'en'))('%s is translated, not a copy of English', (lang) => {
    const same = enKeys.filter((k) => leaf(LOCALES[lang], k) === leaf(LOCALES.en, k) && /[a-z]{4,}/.test(leaf(LOCALES.en, k)));
    expect(same.length / enKeys.length).toBeLessThan(0.15);
  });

  it('every label has a name and every core label a question and verdicts', () => {
    for (const label of LABELS) expect(enKeys).toContain(`labels.${label}`);
    for (const label of CORE_LABELS) expect(enKeys).toContain(`question.${label}`);
  });

  it('every score reason the classifier can give has a sentence', () => {
    for (const reason of REASONS) expect(enKeys).toContain(`reason.${reason}`);
  });
});

describe('[lib/i18n] translator', () => {
  it('interpolates and falls back to English, then to the key', () => {
    const t = translator('nl');
    expect(t('grade.label', { grade: 'B' })).toContain('B');
    expect(translator('en')('grade.score', { score: 71 })).toBe('71 / 100');
    expect(t('no.such.key')).toBe('no.such.key');
  });
  it.each([
    [['nl-BE'], 'nl'],
    [['pt-BR'], 'pt'],
    [['ja', 'de-CH'], 'de'],
    [['xx'], 'en'],
    [[undefined], 'en'],
  ])('pickUiLang(%j) = %s', (candidates, lang) => {
    expect(pickUiLang(...candidates)).toBe(lang);
  });
});
