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

/**
 * Function words: the most frequent words of running prose. The first five languages are the
 * ones the quick check may answer; the others are look-alikes (and English's neighbours in
 * loanword-heavy text) listed only so that their text never passes for one of ours.
 */
const FUNCTION_WORDS: Record<Bcp47, string> = {
  en: 'the and of to a in is you your we our us that this for with be by or not are may will it as from on at have has which',
  nl: 'de het een van en in is wij we uw u je niet zijn worden wordt voor met deze dat die op te ons onze aan bij of door als ook om',
  de: 'der die das und in ist nicht sie ihre ihr wir uns unsere zu den dem des mit für von auf werden wird eine einer ein oder im bei als auch',
  fr: 'le la les des et de en est vous nous vos votre notre nos pour dans une un pas qui que sur avec du au aux ne ou par ce ces sont être',
  es: 'el la los las y de en que sus su para por con del una un se es al nuestro nuestra como sobre sin usted nosotros ni está están',
  it: 'il di che e per una non sono della dei delle gli con i nel alla questo suoi sua ai degli ed anche',
  pt: 'o os e do da em um uma com não seu sua seus suas dos das ao aos à ou você nós são pelo pela também pode seja nas no',
  ca: 'els i amb dels per seu seva són aquest aquesta això pel com',
  ro: 'și în cu pe care este sunt nu să din pentru ale unei unui sau dumneavoastră',
  af: 'nie vir hierdie hulle jou sal sy wees deur',
  sv: 'och att det som är av för på med till inte har ett om vi',
  da: 'og at det som er af for på med til ikke har et om vi',
  no: 'og at det som er av for på med til ikke har et om vi',
};
/** The languages the quick check may answer: the rest is franc's call. */
const QUICK_LANGS = ['en', 'nl', 'de', 'fr', 'es'];
const LIST_LANGS = Object.keys(FUNCTION_WORDS);
/** word → bit set of the languages listing it. */
const WORD_LANGS = new Map<string, number>();
LIST_LANGS.forEach((lang, i) => {
  for (const w of FUNCTION_WORDS[lang].split(' ')) WORD_LANGS.set(w, (WORD_LANGS.get(w) ?? 0) | (1 << i));
});
/**
 * Fewer words than this are too little evidence for the quick check. Single clauses count too
 * (`policylens tag` without "lang"): on 10–24-word clauses franc's trigrams alone name the wrong
 * language for 6.3 % of English ones (mostly French) and 4.6 % of Spanish ones (Portuguese); with
 * the check first, 2.0 % and 3.5 %. (With 5 words, the share below already asks for two function words.)
 */
const QUICK_MIN_WORDS = 5;
/** Share of the words that must be function words of the winning language… */
const QUICK_MIN_SHARE = 0.25;
/** …and how many times more of them than of any other listed language. */
const QUICK_MARGIN = 2;
/** Letters outside Latin script that make the quick check step aside (franc judges scripts). */
const QUICK_MAX_OTHER_SCRIPT = 0.05;
const WORD = /\p{L}+/gu;
const LATIN_WORD = /^\p{Script=Latin}+$/u;
/** Most words are plain ASCII: a cheap test before the Unicode script one. */
const ASCII_WORD = /^[a-z]+$/;

/**
 * The language of Latin-script prose from its function words, or null when the evidence is
 * anything short of overwhelming. Costs a word split instead of franc's trigram
 * distances to ~40 languages; null hands the sample to franc.
 */
export function quickLang(sample: string): Bcp47 | null {
  const counts = new Array<number>(LIST_LANGS.length).fill(0);
  let words = 0;
  let latin = 0;
  let other = 0;
  for (const [w] of sample.toLowerCase().matchAll(WORD)) {
    if (!ASCII_WORD.test(w) && !LATIN_WORD.test(w)) {
      other += w.length;
      continue;
    }
    words++;
    latin += w.length;
    let bits = WORD_LANGS.get(w) ?? 0;
    for (let i = 0; bits !== 0; i++, bits >>>= 1) if (bits & 1) counts[i]++;
  }
  if (words < QUICK_MIN_WORDS || other > QUICK_MAX_OTHER_SCRIPT * latin) return null;
  let best = 0;
  for (let i = 1; i < counts.length; i++) if (counts[i] > counts[best]) best = i;
  let second = 0;
  for (let i = 0; i < counts.length; i++) if (i !== best && counts[i] > second) second = counts[i];
  const lang = LIST_LANGS[best];
  if (!QUICK_LANGS.includes(lang) || counts[best] < QUICK_MIN_SHARE * words || counts[best] < QUICK_MARGIN * second) return null;
  return lang;
}

export function iso6393ToBcp47(code: Iso6393): Bcp47 | null {
  return ISO6393_TO_BCP47[code] ?? null;
}

let lastTag: string | null = null;
let lastPrimary: Bcp47 | null = null;

/** Normalise any language tag ('nl-BE', 'EN_us') to its primary subtag, or null. (Called per clause with the same tag: a one-entry memo.) */
export function primaryTag(tag: string | null | undefined): Bcp47 | null {
  if (typeof tag !== 'string') return null;
  if (tag !== lastTag) {
    const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
    lastPrimary = /^[a-z]{2,3}$/.test(primary) ? primary : null;
    lastTag = tag;
  }
  return lastPrimary;
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
  const detected = quickLang(sample) ?? iso6393ToBcp47(franc(sample, { minLength: MIN_DETECT_CHARS, only: CANDIDATES }));
  return detected ?? fallback;
}

export { detectLang };
