/**
 * UI strings. The popup follows the browser's UI language, or the one chosen in the options, so
 * it bundles every locale instead of relying on browser.i18n (which cannot switch at run time).
 * Keys are nested JSON in locales/<lang>.json; a test keeps the key sets identical.
 */
import da from '../../locales/da.json';
import de from '../../locales/de.json';
import en from '../../locales/en.json';
import es from '../../locales/es.json';
import fr from '../../locales/fr.json';
import it from '../../locales/it.json';
import nl from '../../locales/nl.json';
import pl from '../../locales/pl.json';
import pt from '../../locales/pt.json';
import sv from '../../locales/sv.json';

export type Messages = typeof en;
export const LOCALES = { en, nl, de, fr, es, it, pt, pl, sv, da } as const satisfies Record<string, Messages>;
export type UiLang = keyof typeof LOCALES;
export const UI_LANGS = Object.keys(LOCALES) as UiLang[];

export function isUiLang(value: unknown): value is UiLang {
  return typeof value === 'string' && value in LOCALES;
}

/** First supported language among BCP 47 candidates ('nl-BE' → 'nl'), else English. */
export function pickUiLang(...candidates: (string | null | undefined)[]): UiLang {
  for (const c of candidates) {
    const primary = c?.toLowerCase().split(/[-_]/)[0];
    if (isUiLang(primary)) return primary;
  }
  return 'en';
}

function lookup(messages: unknown, key: string): string | undefined {
  let node: unknown = messages;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? node : undefined;
}

export type Translate = (key: string, params?: Record<string, string | number>) => string;

/** `t('grade.label', { grade: 'B' })`; missing keys fall back to English, then to the key itself. */
export function translator(lang: UiLang): Translate {
  return (key, params) => {
    const template = lookup(LOCALES[lang], key) ?? lookup(en, key) ?? key;
    return params ? template.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m)) : template;
  };
}

/** All leaf keys of a messages object, sorted: used by the locale parity test. */
export function messageKeys(messages: unknown, prefix = ''): string[] {
  if (typeof messages !== 'object' || messages === null) return [prefix];
  return Object.entries(messages as Record<string, unknown>)
    .flatMap(([k, v]) => messageKeys(v, prefix ? `${prefix}.${k}` : k))
    .sort();
}
