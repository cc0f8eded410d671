import { franc } from 'franc-min';
import type { Bcp47, Iso6393 } from './types';

/** ISO 639-3 (franc) → BCP 47 (browser) for the languages franc-min knows and we are likely to meet. */
const ISO6393_TO_BCP47: Record<Iso6393, Bcp47> = {
  eng: 'en', nld: 'nl', deu: 'de', fra: 'fr', spa: 'es', ita: 'it', por: 'pt', pol: 'pl',
  swe: 'sv', dan: 'da', nob: 'no', nno: 'no', fin: 'fi', ces: 'cs', slk: 'sk', hun: 'hu',
  ron: 'ro', bul: 'bg', hrv: 'hr', srp: 'sr', bos: 'bs', slv: 'sl', ell: 'el', tur: 'tr',
  rus: 'ru', ukr: 'uk', bel: 'be', lit: 'lt', lav: 'lv', est: 'et', arb: 'ar', pes: 'fa',
  heb: 'he', hin: 'hi', ben: 'bn', urd: 'ur', ind: 'id', zsm: 'ms', vie: 'vi', tha: 'th',
  cmn: 'zh', jpn: 'ja', kor: 'ko', cat: 'ca', glg: 'gl', eus: 'eu', afr: 'af', swh: 'sw',
};

/** Below this many characters franc guesses; trust `<html lang>` instead. */
const MIN_DETECT_CHARS = 40;
/** franc's cost grows with the sample; 1,200 characters of policy prose are plenty to tell languages apart. */
const SAMPLE_CHARS = 1200;
/** Only languages we can name: a guess outside this list would map to null anyway, and fewer candidates is faster. */
const CANDIDATES = Object.keys(ISO6393_TO_BCP47);

export function iso6393ToBcp47(code: Iso6393): Bcp47 | null {
  return ISO6393_TO_BCP47[code] ?? null;
}

/** Normalise any language tag ('nl-BE', 'EN_us') to its primary subtag, or null. */
export function primaryTag(tag: string | null | undefined): Bcp47 | null {
  if (typeof tag !== 'string') return null;
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  return /^[a-z]{2,3}$/.test(primary) ? primary : null;
}

/**
 * Language of a text as BCP 47, or null when unknown. Short texts fall back to `hint`
 * (typically `<html lang>`), never to a guess.
 */
export default function detectLang(text: string, hint?: string | null): Bcp47 | null {
  const fallback = primaryTag(hint);
  if (typeof text !== 'string') return fallback;
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  if (sample.replace(/\s+/g, '').length < MIN_DETECT_CHARS) return fallback;
  const detected = iso6393ToBcp47(franc(sample, { minLength: MIN_DETECT_CHARS, only: CANDIDATES }));
  return detected ?? fallback;
}

export { detectLang };
