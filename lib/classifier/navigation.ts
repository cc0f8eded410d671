/**
 * Site navigation that reached the text as one long run-on "sentence": menus, language pickers,
 * footers ("Sprache auswählen Deutsch Afrikaans …", "Anmelden Hallo Lieferadresse wählen Bestseller …
 * Verkaufen", "Build and Sell"). Its words are menu items, not statements, so the stance detector
 * reads none of them as a sale. Prose is told apart by its lower-case words, commas and a first-person
 * plural subject; noun-heavy German ("Name, Anschrift, E-Mail-Adresse …") keeps its commas.
 * Measured on the public data's sentences (MAPP page text) and every fixture sentence: 114 MAPP
 * sentences, 3 OPP-115 tables of contents and 1 of 20,549 fixture sentences (with no stance) look like this.
 * The allowances for long runs (commas inside items, a table of contents that says "wir") add 7 MAPP
 * sentences and no other; 3 of them had read as a sale (two shop menus, a table of contents).
 */
const WORD_RE = /\p{L}[\p{L}\p{M}'’-]*/gu;
/** A run-on menu is long; shorter fragments are headings and list items the stance rules read on purpose. */
const MIN_WORDS = 30;
const MAX_LOWER_SHARE = 0.5;
const MIN_TITLE_SHARE = 0.4;
const MAX_COMMAS_PER_WORD = 0.04;
/** "we", "wir", "wij", "nous", "nosotros": somebody speaks, so it is prose… */
const WE_RE = /(?:^|[^\p{L}])(?:we|wir|wij|nous|nosotros)(?![\p{L}])/iu;
/** …unless the run is this long and this poor in lower-case words: a table of contents. */
const LONG_RUN_MIN_WORDS = 100;
const TOC_MAX_LOWER_SHARE = 0.35;
/** Runs that long may carry a few more commas, inside their items ("Headsets, nur für begrenzte Zeit"). */
const LONG_RUN_MAX_COMMAS_PER_WORD = 0.05;

export function looksLikeNavigation(sentence: string): boolean {
  const words = sentence.match(WORD_RE);
  if (words === null || words.length < MIN_WORDS) return false;
  let lower = 0;
  let title = 0;
  for (const w of words) {
    const first = w[0];
    if (first !== first.toUpperCase()) lower++;
    else if (w.length > 1 && w[1] !== w[1].toUpperCase()) title++;
  }
  let commas = 0;
  for (let i = sentence.indexOf(','); i >= 0; i = sentence.indexOf(',', i + 1)) commas++;
  const n = words.length;
  // a long table of contents may list "Wie wir Ihre Daten schützen" and still be almost all title words
  const speaks = WE_RE.test(sentence) && !(n >= LONG_RUN_MIN_WORDS && lower / n < TOC_MAX_LOWER_SHARE);
  const maxCommas = n >= LONG_RUN_MIN_WORDS ? LONG_RUN_MAX_COMMAS_PER_WORD : MAX_COMMAS_PER_WORD;
  return lower / n < MAX_LOWER_SHARE && title / n >= MIN_TITLE_SHARE && commas / n < maxCommas && !speaks;
}
