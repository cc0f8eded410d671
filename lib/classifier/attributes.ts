import splitSentences, { endsAbbreviation } from './segment/04-sentences';
import { capped } from './clause-cap';
import { compiledNow } from './compile-now';
import { fold, registerPartyStarts, registerPeriodWords, tokenGate, type TokenInfo } from './tokenize';

/**
 * Clause attributes: retention period as written (en/nl/de/fr/es, digits and number words),
 * named third parties and trackers, and whether remote access needs the user's consent.
 * All regexes are linear: literal alternations, bounded repetition, no nested quantifiers.
 */

/** Number words (lower case) → value; "een"/"ein"/"un" only count when a unit follows. */
const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, eighteen: 18, twenty: 20,
  thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100,
  een: 1, 'één': 1, twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8, negen: 9,
  tien: 10, twaalf: 12, vijftien: 15, achttien: 18, twintig: 20, dertig: 30, veertig: 40, vijftig: 50, zestig: 60, zeventig: 70, tachtig: 80, negentig: 90,
  ein: 1, eine: 1, einem: 1, einen: 1, einer: 1, zwei: 2, drei: 3, 'fünf': 5, sechs: 6, sieben: 7,
  neun: 9, zehn: 10, 'zwölf': 12, 'fünfzehn': 15, achtzehn: 18, zwanzig: 20, 'dreißig': 30,
  vierzig: 40, 'fünfzig': 50, sechzig: 60, siebzig: 70, achtzig: 80, neunzig: 90,
  un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, sept: 7, huit: 8, neuf: 9, dix: 10,
  douze: 12, quinze: 15, 'dix-huit': 18, vingt: 20, trente: 30, quarante: 40, cinquante: 50, soixante: 60, septante: 70, 'soixante-dix': 70, 'quatre-vingts': 80, 'quatre-vingt-dix': 90,
  uno: 1, una: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9,
  diez: 10, doce: 12, quince: 15, dieciocho: 18, veinte: 20, treinta: 30, cuarenta: 40, cincuenta: 50, sesenta: 60, setenta: 70, ochenta: 80, noventa: 90,
};

/** Unit word → days. */
const UNITS: Record<string, number> = {
  hour: 1 / 24, hours: 1 / 24, uur: 1 / 24, uren: 1 / 24, stunde: 1 / 24, stunden: 1 / 24,
  heure: 1 / 24, heures: 1 / 24, hora: 1 / 24, horas: 1 / 24,
  day: 1, days: 1, week: 7, weeks: 7, month: 30, months: 30, year: 365, years: 365, yrs: 365, yr: 365,
  dag: 1, dagen: 1, weken: 7, maand: 30, maanden: 30, jaar: 365, jaren: 365,
  tag: 1, tage: 1, tagen: 1, woche: 7, wochen: 7, monat: 30, monate: 30, monaten: 30, jahr: 365,
  jahre: 365, jahren: 365, jahres: 365,
  jour: 1, jours: 1, semaine: 7, semaines: 7, mois: 30, an: 365, ans: 365, 'année': 365, 'années': 365,
  'día': 1, 'días': 1, dia: 1, dias: 1, semana: 7, semanas: 7, mes: 30, meses: 30, 'año': 365, 'años': 365,
};

/** Folded tokens that can end a period ("jahren", "anos", "half"): a clause without one has no period (`TokenInfo.periodWord`). */
registerPeriodWords([...Object.keys(UNITS), 'half', 'halbes', 'halben', 'halbe', 'demi', 'medio'].map(fold));

const byLength = (a: string, b: string): number => b.length - a.length || (a < b ? -1 : 1);
/** English tens and units joined by a hyphen ("twenty-four", "forty-five"): one group, not 72 more words (each word costs every scan); their values are NUMBER_WORDS'. */
const TENS_WORDS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const UNIT_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const COMPOUND_ALT = `(?:${TENS_WORDS.join('|')})-(?:${UNIT_WORDS.join('|')})`;
// the compound first: else "five (45) days" is read out of "forty-five (45) days"
const NUM_ALT = `${COMPOUND_ALT}|${Object.keys(NUMBER_WORDS).sort(byLength).join('|')}`;
const UNIT_ALT = Object.keys(UNITS).sort(byLength).join('|');
/** Optional filler between number and unit ("calendar", "full", "volle"). */
const FILLER = '(?:calendar|full|additional|further|more|consecutive|kalender|volle|volledige|vollen|volle|weitere|complete|completos|completas|pleins|civil(?:e|es)?)';
/**
 * <number> [filler] <unit>. Digits allow a decimal part ("1.5 years", "2,5 jaar"); "(2)" after a
 * word number ("two (2) years") is allowed.
 */
const PERIOD_RE = compiledNow(new RegExp(
  `(?<![\\p{L}\\p{N}])(\\d{1,4}(?:[.,]\\d{1,2})?|${NUM_ALT})(?:[\\s-]{1,3}\\((?:\\d{1,4}|${NUM_ALT})\\))?(?:[\\s-]{1,3}${FILLER})?[\\s-]{0,3}(${UNIT_ALT})(?![\\p{L}\\p{N}])`,
  'giu',
));
/** Half a year, which has no number word of its own. */
const HALF_YEAR_RE = /(?<![\p{L}\p{N}])(half a year|a half[- ]year|ein(?:em|en)? halbe[ns]? jahr(?:es)?|een half jaar|(?:un |une )?demi-ann[ée]e|medio año|medio ano)(?![\p{L}\p{N}])/giu;
/** The start of a range before a period ("between 3 and", "entre 1 et", "von 3 bis", "sieben bis", "two or", "3–"). */
const RANGE_BEFORE_RE = new RegExp(`(?:(?:between|entre|tussen|zwischen)\\s+(?:\\d{1,4}|${NUM_ALT})\\s+(?:and|y|et|en|und)|(?:(?<![\\p{L}\\p{N}])(?:from|von|van|de)\\s+)?(?<![\\p{L}\\p{N}])(?:\\d{1,4}|${NUM_ALT})\\s+(?:to|bis|tot|à|a|or|oder|of|ou|o))\\s+$|(?<![\\p{L}\\p{N}])\\d{1,4}\\s?[-–]\\s?$`, 'iu');
/** Prefilter for PERIOD_RE: some unit-like letters must be present. */
const PERIOD_PREFILTER_RE = /wek|hour|uur|uren|stund|heure|hora|da[gy]|d[ií]a|week|wo[cn]h|mon|maand|mois|mes|ye?a?r|jaar|jahr|ans|ann[ée]e|año|ano|tag|jour|seman|\b(un|1)\s+an\b/i;

export interface Period {
  /** As written in the text. */
  text: string;
  days: number;
}

function numberValue(raw: string): number {
  const lower = raw.toLowerCase();
  if (/^\d/.test(lower)) return Number(lower.replace(',', '.'));
  const hyphen = lower.indexOf('-');
  if (hyphen > 0 && TENS_WORDS.includes(lower.slice(0, hyphen))) return NUMBER_WORDS[lower.slice(0, hyphen)] + (NUMBER_WORDS[lower.slice(hyphen + 1)] ?? NaN);
  return NUMBER_WORDS[lower] ?? NaN;
}

/** All periods in a text, in order. */
export function findPeriods(text: string): Period[] {
  if (typeof text !== 'string' || !text || !PERIOD_PREFILTER_RE.test(text)) return [];
  const src = text.length > 50_000 ? text.slice(0, 50_000) : text;
  const found: Array<Period & { at: number }> = [];
  PERIOD_RE.lastIndex = 0;
  for (let m = PERIOD_RE.exec(src); m !== null; m = PERIOD_RE.exec(src)) {
    const n = numberValue(m[1]);
    const unit = UNITS[m[2].toLowerCase()];
    // "an"/"un" as a number only with a unit: "un an" fine; bare English "an" is not a number.
    if (!Number.isFinite(n) || unit === undefined) continue;
    if (m[2].toLowerCase() === 'an' && !/^(un|1)$/i.test(m[1])) continue;
    // a range keeps its start: "entre 3 y 12 meses", "3–6 months" (counted as its longer end)
    const range = RANGE_BEFORE_RE.exec(src.slice(Math.max(0, m.index - 40), m.index));
    const at = range ? m.index - range[0].length : m.index;
    found.push({ text: src.slice(at, m.index + m[0].length).trim(), days: n * unit, at });
  }
  HALF_YEAR_RE.lastIndex = 0;
  if (/hal[bf]|demi|medio/i.test(src)) for (let m = HALF_YEAR_RE.exec(src); m !== null; m = HALF_YEAR_RE.exec(src)) found.push({ text: m[0], days: 182, at: m.index });
  found.sort((a, b) => a.at - b.at);
  return found.map(({ text: t, days }) => ({ text: t, days }));
}

/** Words about keeping or deleting data (en/nl/de/fr/es). */
const KEEP_WORDS = String.raw`retain|retention|keep(?!s? (doing|on|sending|in mind|you (informed|posted|up to date))\b)|kept|remov|entfern|\bheld\b|remain(?!s? (unresolved|unsettled|pending|outstanding|in dispute|in effect|in force|valid|responsible|liable)\b)|bleib|blijf|blijven|\brest(e|ent|eront)\b|permanec|[üu]berschreib|overschrijf|[ée]crase|(?<!app[- ]|in |im |votre |the |our |your )\bstor(e|ed|age|ing)\b|\bstores (your|the|data|personal|information|it|them|copies|records)\b|delet|\beras(e|ed|es|ing|ure)|archiv|overwrit|purg|destroy|anonymi[sz]|how long|bewaar|bewaren|bewaard|opgeslagen|opslag|verwijder|gewist|overschreven|geanonimiseerd|hoe lang|speicher|aufbewahr|bewahr|[üu]berschrieben|vernicht|anonymisiert|guarda|guardan|guardamos|guardar|conservamos|mantendr|mantien|mantener|mantenemos|mantenid|maintain|maintenu|maintiendr|sobrescrib|anonimiz|destru|[ée]cras|l[öo]sch|wie lange|conserv|supprim|effac|combien de temps|almacen|borra|suprim|elimin|cu[áa]nto tiempo|bewaring|bijhoud|bijgehoud|bij te houden|vernietig|\bqued(a|an|ar|ar[áa]n?)\b|vorgehalten|vorhalten|gard[ée]e?s|garder|gardons|d[ée]trui|continu\w* (to|[àa]) (use|utiliser|usar|utilizar)|weiterhin|seguir(emos)? (usando|utilizando|conservando)|houd(en|t)? [^.;]{0,80} bij(?=[,.;:)]|$| (zodat|om|tot|totdat|zolang|en|of|maar|nadat|na|als|wanneer)\b)|guardo|stays? on (our|the)|\bsaved\b`;
/** Words that make a period a retention period: keeping words, and the words of a period's name ("plazo", "durée", "expires"). */
const RETAIN_CONTEXT_RE = new RegExp(String.raw`${KEEP_WORDS}|plazo|dur[ée]e|duration|expir|vervalt|verfällt|caduc`, 'i');
/** Keeping for an open-ended time: until the user leaves or asks, or for ever ("until you unsubscribe", "hasta que te des de baja", "indefinitely"). */
const KEPT_UNTIL_RE = /until you (unsubscribe|opt[- ]out|withdraw|cancel|delete|close|ask|tell)|tot (je|u) (je |u |ons )?[^.;]{0,30}(afmeldt|uitschrijft|intrekt|laat weten|verwijdert|opzegt)|bis (sie|du) (sich |dich |ihre |deine )?[^.;]{0,30}(abmelden|abmeldest|widerrufen|widerrufst|widersprechen|kündigen|löschen)|jusqu'(à ce que vous|au moment où vous) [^.;]{0,30}(désinscri|désabonn|retir|demand|supprim|oppos)|jusqu'à (votre )?(désinscription|désabonnement)|hasta que (usted |tú |vos )?(te |se )?(d[ée]s|d[ée]|den) de baja|hasta que (retire|retires|revoque|revoques|solicite|solicites|cancele|canceles|elimine|elimines)|indefinitely|onbeperkt|voor onbepaalde tijd|unbefristet|zeitlich unbegrenzt|ind[ée]finiment|sans limite de dur[ée]e|indefinidamente|de forma indefinida|por tiempo indefinido/i;
/** Words every KEPT_UNTIL_RE or UNTIL_RE match contains: a cheap test that skips most clauses. */
const UNTIL_WORD_RE = /until|till|\btot|\bbis |hasta|jusqu|indefin|ind[ée]fini|onbeperkt|onbepaalde|unbefristet|unbegrenzt/i;
/** Its token gate: `keptUntilUserActs` is false on a clause without one of these tokens. */
export const UNTIL_GATE = tokenGate(UNTIL_WORD_RE, ['until', 'till', 'tot', 'bis', 'hasta', 'jusqu', 'indefin', 'indéfin', 'onbeperkt', 'onbepaalde', 'unbefristet', 'unbegrenzt']);

/**
 * Retention periods in a retention clause, as written, in order. A period must sit in a sentence
 * about keeping/deleting data (or under such a heading), so "we reply within one month" in a
 * retention-ish clause does not count.
 */
export function retentionPeriods(text: string, heading: string | null = null): Period[] {
  const retentionHeading = heading !== null && RETAIN_CONTEXT_RE.test(heading);
  // no word about keeping or deleting anywhere: no period can qualify (and the period search is the dearer scan)
  if (typeof text !== 'string' || (!retentionHeading && !RETAIN_CONTEXT_RE.test(text))) return [];
  const periods = findPeriods(text);
  if (periods.length === 0) return [];
  let from = 0;
  return periods.filter((p) => {
    const at = text.indexOf(p.text, from);
    from = at + p.text.length;
    // an age ("Kinder unter 13 Jahren", "users aged 16 years or older") is no period, nor a time up to now ("seit nunmehr fast 20 Jahren")
    const before = text.slice(Math.max(0, at - 30), at);
    if (AGE_BEFORE_RE.test(before.slice(-25)) || AGE_AFTER_RE.test(text.slice(from, from + 12)) || SINCE_BEFORE_RE.test(before)) return false;
    const start = Math.max(sentenceStartBefore(text, at), at - 200, 0);
    let end = text.indexOf('. ', at);
    if (end < 0 || end > at + 200) end = Math.min(text.length, at + 200);
    const sentence = text.slice(start, end);
    // the time we take to answer a request is no retention ("we will respond … within 30 days")
    if (RESPONSE_RE.test(sentence) && WITHIN_BEFORE_RE.test(text.slice(Math.max(0, at - 30), at))) return false;
    return retentionHeading || RETAIN_CONTEXT_RE.test(sentence);
  });
}

/** Start of the sentence holding `at`: after the last ". " that does not end an abbreviation ("Abs. 3", "Art. 6", "z. B."). */
function sentenceStartBefore(text: string, at: number): number {
  let k = text.lastIndexOf('. ', at);
  while (k > 0 && endsAbbreviation(text, k)) k = text.lastIndexOf('. ', k - 1);
  return k + 1;
}

/** Ages: "under 13 years", "unter 16 Jahren", "moins de 15 ans", "menores de 14 años", "13 years old". */
const AGE_BEFORE_RE = /\b(under|over|aged?|age of|ages of|younger than|older than|unter|über|ueber|jünger als|älter als|alter von|alter|onder|ouder dan|jonger dan|leeftijd van|moins de|plus de|âgée?s? de|agee?s? de|âge de|menores de|mayores de|edad de|menos de)\s+$/i;
const AGE_AFTER_RE = /^\s*(old|of age|alt|oud|d'âge|d'age|de edad|or older|or younger|und älter|of ouder)\b/i;
/** A time up to now, not a time data is kept: "seit nunmehr fast 20 Jahren", "sinds 10 jaar", "depuis 15 ans", "desde hace 20 años". */
const SINCE_BEFORE_RE = /\b(seit|sinds|depuis|desde hace|hace)\s+(\S+\s+){0,2}$/i;
/** Answering a request, and "within" before the period. */
const RESPONSE_RE = /respond|reply|answer|antwort|beantwort|reageren|antwoord|répond|repond|respuesta|responder|contestar/i;
const WITHIN_BEFORE_RE = /\b(within|innerhalb( von)?|binnen|bis zu|dans un délai d['e]|dans les|sous|dentro de|en un plazo de|en el plazo de)\s+(\w+\s+)?$/i;

/** First retention period in a retention clause, as written, or null. */
export function retentionPeriod(text: string, heading: string | null = null): string | null {
  return retentionPeriods(text, heading)[0]?.text ?? null;
}

/** Phrases that mean "as long as needed" (vague retention). */
const VAGUE_RE = /as long as|for as long|no longer than|longer than (is )?necessary|reasonable (period|time)|period of time|necessary to|zolang|zo lang als|niet langer dan|redelijke (tijd|termijn)|solange|so lange|nicht l[äa]nger als|erforderlich|aussi longtemps|le temps n[ée]cessaire|pas plus longtemps|dur[ée]e n[ée]cessaire|el tiempo necesario|mientras|no m[áa]s tiempo del necesario|durante el tiempo/i;

const KEEP_ONLY_RE = new RegExp(KEEP_WORDS, 'i');
/** "As long as …": an open-ended keeping time. */
const LONG_AS_RE = /as long as|for as long|zolang|zo lang als|solange|so lange|aussi longtemps|el tiempo necesario|durante el tiempo/i;
/** The right to erasure names deletion without keeping anything ("droits d'accès, de rectification, d'effacement"). */
const ERASURE_RIGHT_RE = /\b(rights?|droits?|recht|rechte|derechos?)\b[^.;]{0,80}?(erasure|deletion|delete|effacement|suppression|l[öo]schung|verwijdering|wissing|supresi[óo]n|cancelaci[óo]n)/i;
const ERASURE_RIGHT_ALL_RE = new RegExp(ERASURE_RIGHT_RE.source, 'gi');
function keepsIn(src: string): boolean {
  return KEEP_ONLY_RE.test(src) || LONG_AS_RE.test(src) || (UNTIL_WORD_RE.test(src) && KEPT_UNTIL_RE.test(src));
}

/**
 * Does the clause (or its heading) speak of keeping or deleting data, or of keeping it until the
 * user leaves? Without that, what the model reads as retention is a deadline, a trial or a term
 * ("we reply within one month", "the free trial lasts 14 days", "Mindestvertragslaufzeit 24 Monate").
 */
export function speaksOfKeeping(text: string, heading: string | null = null): boolean {
  const src = capped(text);
  if (keepsIn(src) && (!ERASURE_RIGHT_RE.test(src) || keepsIn(src.replace(ERASURE_RIGHT_ALL_RE, ' ')))) return true;
  return heading !== null && heading.length <= 300 && keepsIn(heading.replace(ERASURE_RIGHT_ALL_RE, ' '));
}

/** The lawfulness of processing before a withdrawal "bleibt unberührt": nothing is kept "bis zum Widerruf". */
const UNAFFECTED_RE = /unber[üu]hrt|onverlet|does not affect|not affect the lawfulness|n'affecte pas|no afecta/i;
/** "until": with a keeping word in the same sentence, any end point makes a vague retention statement ("se guardan … solo hasta que concluye tu estancia"). */
const UNTIL_RE = /\b(until|till|hasta (que|el|la|su)|bis (zum|zur|sie|du|das|die|der)|totdat|tot (het|de|je|u)|jusqu'(à|au|aux))(?![a-zà-ÿ])/i;
/** A mailing list, for "until you unsubscribe" without a keeping word ("nutzen wir für den Newsletter, bis Sie sich abmelden"). */
const MAILING_RE = /newsletter|mailing ?list|nieuwsbrief|bolet[íi]n|infolettre|lettre d'information|mailings?\b/i;
/** Billing words: "until you cancel" ends a subscription, not a retention time. */
const BILLING_RE = /renew|charge|bill|debit|d[ée]bit|cobr|cuota|pay|paie|pag[aoeu]|zahl|abbuch|factur|pr[ée]l[èe]v|verleng|incass|€|\$/i;

/** A sentence keeping or using personal data until the user leaves or asks, or for ever, or keeping it until some end: a vague retention statement. */
export function keptUntilUserActs(text: string): boolean {
  const src = capped(text);
  if (!UNTIL_WORD_RE.test(src) || (!KEPT_UNTIL_RE.test(src) && !UNTIL_RE.test(src))) return false;
  return splitSentences(src).some((s) => !BILLING_RE.test(s) && !UNAFFECTED_RE.test(s) &&
    ((KEPT_UNTIL_RE.test(s) && (KEEP_ONLY_RE.test(s) || MAILING_RE.test(s))) || (UNTIL_RE.test(s) && KEEP_ONLY_RE.test(s))));
}

export function isVagueRetention(text: string): boolean {
  return typeof text === 'string' && VAGUE_RE.test(capped(text));
}

/** Named third parties and trackers: pattern → canonical name. Longer names first. */
const PARTIES: Array<[string, string]> = [
  ['google analytics', 'Google Analytics'],
  ['google tag manager', 'Google Tag Manager'],
  ['google ads', 'Google Ads'],
  ['google adwords', 'Google Ads'],
  ['adwords', 'Google Ads'],
  ['google adsense', 'Google AdSense'],
  ['adsense', 'Google AdSense'],
  ['doubleclick', 'DoubleClick'],
  ['google signals', 'Google Analytics'],
  ['firebase', 'Firebase'],
  ['recaptcha', 'Google reCAPTCHA'],
  ['google optimize', 'Google Optimize'],
  ['google', 'Google'],
  ['facebook pixel', 'Meta Pixel'],
  ['facebook tracking pixel', 'Meta Pixel'],
  ['facebook-pixel', 'Meta Pixel'],
  ['meta pixel', 'Meta Pixel'],
  ['facebook custom audiences', 'Facebook Custom Audiences'],
  ['custom audiences', 'Facebook Custom Audiences'],
  ['facebook', 'Facebook'],
  ['instagram', 'Instagram'],
  ['hotjar', 'Hotjar'],
  ['linkedin insight tag', 'LinkedIn'],
  ['linkedin', 'LinkedIn'],
  ['tiktok pixel', 'TikTok'],
  ['tiktok', 'TikTok'],
  ['microsoft clarity', 'Microsoft Clarity'],
  ['bing ads', 'Microsoft Advertising'],
  ['microsoft advertising', 'Microsoft Advertising'],
  ['universal event tracking', 'Microsoft Advertising'],
  ['twitter', 'Twitter'],
  ['pinterest', 'Pinterest'],
  ['snap pixel', 'Snapchat'],
  ['snapchat', 'Snapchat'],
  ['reddit pixel', 'Reddit Pixel'],
  ['youtube', 'YouTube'],
  ['vimeo', 'Vimeo'],
  ['criteo', 'Criteo'],
  ['taboola', 'Taboola'],
  ['outbrain', 'Outbrain'],
  ['quantcast', 'Quantcast'],
  ['comscore', 'comScore'],
  ['matomo', 'Matomo'],
  ['piwik', 'Matomo'],
  ['mixpanel', 'Mixpanel'],
  ['amplitude', 'Amplitude'],
  ['segment.com', 'Segment'],
  ['appsflyer', 'AppsFlyer'],
  ['crashlytics', 'Crashlytics'],
  ['sentry', 'Sentry'],
  ['new relic', 'New Relic'],
  ['optimizely', 'Optimizely'],
  ['yandex', 'Yandex'],
  // European analytics and ad tech (audience measurement in Germany: etracker, Webtrekk, econda, INFOnline)
  ['adobe analytics', 'Adobe Analytics'],
  ['omniture', 'Adobe Analytics'],
  ['adobe target', 'Adobe Target'],
  ['adobe audience manager', 'Adobe Audience Manager'],
  ['etracker', 'etracker'],
  ['webtrekk', 'Webtrekk'],
  ['econda', 'econda'],
  ['infonline', 'INFOnline'],
  ['xiti', 'AT Internet'],
  ['piano analytics', 'Piano Analytics'],
  ['adform', 'Adform'],
  ['awin', 'Awin'],
  ['tradedoubler', 'Tradedoubler'],
  ['the trade desk', 'The Trade Desk'],
  ['xandr', 'Xandr'],
  ['appnexus', 'Xandr'],
  ['rtb house', 'RTB House'],
  ['adroll', 'AdRoll'],
  ['openx', 'OpenX'],
  ['nielsen', 'Nielsen'],
  ['chartbeat', 'Chartbeat'],
  ['scorecardresearch', 'comScore'],
  ['flurry analytics', 'Flurry'],
  ['kochava', 'Kochava'],
  ['sharethis', 'ShareThis'],
  ['addthis', 'AddThis'],
  ['crazy egg', 'Crazy Egg'],
  ['crazyegg', 'Crazy Egg'],
  ['fullstory', 'FullStory'],
  ['mouseflow', 'Mouseflow'],
  ['smartlook', 'Smartlook'],
  ['contentsquare', 'Contentsquare'],
  ['kameleoon', 'Kameleoon'],
  ['ab tasty', 'AB Tasty'],
  ['tealium', 'Tealium'],
  ['marketo', 'Marketo'],
  ['eloqua', 'Oracle Eloqua'],
  ['yahoo', 'Yahoo'],
  ['verizon media', 'Yahoo'],
  ['amazon advertising', 'Amazon Advertising'],
  ['stripe', 'Stripe'],
  ['paypal', 'PayPal'],
  ['mollie', 'Mollie'],
  ['adyen', 'Adyen'],
  ['braintree', 'Braintree'],
  ['klarna', 'Klarna'],
  ['salesforce', 'Salesforce'],
  ['zendesk', 'Zendesk'],
  ['mailchimp', 'Mailchimp'],
  ['hubspot', 'HubSpot'],
  ['intercom', 'Intercom'],
  ['sendgrid', 'SendGrid'],
  ['amazon web services', 'Amazon Web Services'],
  ['aws', 'Amazon Web Services'],
  ['cloudflare', 'Cloudflare'],
  ['microsoft azure', 'Microsoft Azure'],
  // recipients European policies name: parcel services, credit agencies, hosting, mailing and customer-service software
  ['deutsche post', 'Deutsche Post'],
  ['dhl', 'DHL'],
  ['dpd', 'DPD'],
  ['hermes', 'Hermes'],
  ['postnl', 'PostNL'],
  ['bpost', 'bpost'],
  ['la poste', 'La Poste'],
  ['colissimo', 'Colissimo'],
  ['chronopost', 'Chronopost'],
  ['seur', 'SEUR'],
  ['fedex', 'FedEx'],
  ['schufa', 'SCHUFA'],
  ['creditreform', 'Creditreform'],
  ['boniversum', 'Creditreform'],
  ['crif', 'CRIF'],
  ['infoscore', 'infoscore'],
  ['arvato', 'Arvato'],
  ['experian', 'Experian'],
  ['equifax', 'Equifax'],
  ['transunion', 'TransUnion'],
  ['focum', 'Focum'],
  ['hetzner', 'Hetzner'],
  ['ovhcloud', 'OVHcloud'],
  ['ovh', 'OVHcloud'],
  ['transip', 'TransIP'],
  ['ionos', 'IONOS'],
  ['strato', 'Strato'],
  ['akamai', 'Akamai'],
  ['fastly', 'Fastly'],
  ['brevo', 'Brevo'],
  ['sendinblue', 'Brevo'],
  ['cleverreach', 'CleverReach'],
  ['mailjet', 'Mailjet'],
  ['postmark', 'Postmark'],
  ['mailgun', 'Mailgun'],
  ['klaviyo', 'Klaviyo'],
  ['rapidmail', 'rapidmail'],
  ['freshdesk', 'Freshdesk'],
  ['twilio', 'Twilio'],
  ['genesys', 'Genesys'],
  ['five9', 'Five9'],
  ['talkdesk', 'Talkdesk'],
  ['servicenow', 'ServiceNow'],
  ['qualtrics', 'Qualtrics'],
  ['medallia', 'Medallia'],
  ['surveymonkey', 'SurveyMonkey'],
  ['typeform', 'Typeform'],
  ['trustpilot', 'Trustpilot'],
  ['trusted shops', 'Trusted Shops'],
  ['docusign', 'DocuSign'],
  ['shopify', 'Shopify'],
  ['datev', 'DATEV'],
  ['whatsapp', 'WhatsApp'],
  ['usercentrics', 'Usercentrics'],
  ['onetrust', 'OneTrust'],
  ['cookiebot', 'Cookiebot'],
  ['teamviewer', 'TeamViewer'],
  ['anydesk', 'AnyDesk'],
  ['logmein', 'LogMeIn'],
  ['bomgar', 'BeyondTrust'],
  ['beyondtrust', 'BeyondTrust'],
  ['splashtop', 'Splashtop'],
  ['connectwise screenconnect', 'ConnectWise ScreenConnect'],
  ['connectwise control', 'ConnectWise ScreenConnect'],
  ['screenconnect', 'ConnectWise ScreenConnect'],
  ['rustdesk', 'RustDesk'],
  ['gotoassist', 'GoTo Resolve'],
  ['goto assist', 'GoTo Resolve'],
  ['goto resolve', 'GoTo Resolve'],
  ['microsoft quick assist', 'Microsoft Quick Assist'],
  ['quickassist', 'Microsoft Quick Assist'],
  ['zoho assist', 'Zoho Assist'],
  ['remotepc', 'RemotePC'],
  ['netsupport', 'NetSupport'],
  ['dameware', 'DameWare'],
  ['chrome remote desktop', 'Chrome Remote Desktop'],
  ['ultraviewer', 'UltraViewer'],
  ['ammyy', 'Ammyy Admin'],
  ['isl online', 'ISL Online'],
  ['islonline', 'ISL Online'],
  ['fastviewer', 'FastViewer'],
  ['pcvisit', 'pcvisit'],
];
/** First token → candidate [tokens, canonical name] (longest first). */
const PARTY_INDEX = new Map<string, Array<[string[], string]>>();
for (const [pattern, name] of [...PARTIES].sort((x, y) => byLength(x[0], y[0]))) {
  const toks = pattern.split(/[^a-z0-9]+/).filter(Boolean);
  const list = PARTY_INDEX.get(toks[0]) ?? [];
  list.push([toks, name]);
  PARTY_INDEX.set(toks[0], list);
}
const PARTY_TOKEN_RE = /[\p{L}\p{N}]+/gu;
registerPartyStarts(PARTY_INDEX.keys());

/** Parties from analysed tokens (skips all work when no token can start a party name). */
export function findPartiesIn(infos: readonly TokenInfo[]): string[] {
  let any = false;
  for (let i = 0; i < infos.length && !any; i++) any = infos[i].party;
  if (!any) return [];
  return findParties(' ', infos.map((t) => t.folded));
}
/** Specific names that make a bare umbrella name redundant. */
const UMBRELLA: Record<string, string[]> = {
  Google: ['Google Analytics', 'Google Tag Manager', 'Google Ads', 'Google AdSense', 'DoubleClick', 'Firebase', 'Google reCAPTCHA', 'Google Optimize'],
  Facebook: ['Meta Pixel', 'Facebook Custom Audiences'],
};

/** Named parties and trackers in the text (canonical names, first-seen order). */
export function findParties(text: string, foldedTokens?: readonly string[]): string[] {
  if (typeof text !== 'string' || !text) return [];
  const toks = foldedTokens ?? (text.length > 50_000 ? text.slice(0, 50_000) : text).toLowerCase().match(PARTY_TOKEN_RE) ?? [];
  const seen: string[] = [];
  for (let i = 0; i < toks.length; i++) {
    const cands = PARTY_INDEX.get(toks[i]);
    if (!cands) continue;
    for (const [pt, name] of cands) {
      let ok = true;
      for (let j = 1; j < pt.length && ok; j++) ok = toks[i + j] === pt[j];
      if (!ok) continue;
      if (!seen.includes(name)) seen.push(name);
      i += pt.length - 1;
      break;
    }
  }
  return seen.filter((n) => !(UMBRELLA[n] ?? []).some((specific) => seen.includes(specific)));
}

/** Trackers/ad-tech among party names (for the cookies verdict). */
export const TRACKERS = new Set([
  'Google Analytics', 'Google Tag Manager', 'Google Ads', 'Google AdSense', 'DoubleClick', 'Meta Pixel',
  'Hotjar', 'LinkedIn', 'TikTok', 'Microsoft Clarity', 'Microsoft Advertising', 'Criteo', 'Taboola',
  'Outbrain', 'Quantcast', 'comScore', 'Matomo', 'Mixpanel', 'Amplitude', 'Segment', 'AppsFlyer',
  'Yandex', 'Pinterest', 'Twitter', 'Snapchat', 'Firebase', 'Optimizely', 'Google Optimize', 'Facebook Custom Audiences',
  'Reddit Pixel', 'Adobe Analytics', 'Adobe Target', 'Adobe Audience Manager', 'etracker', 'Webtrekk', 'econda', 'INFOnline',
  'AT Internet', 'Piano Analytics', 'Adform', 'Awin', 'Tradedoubler', 'The Trade Desk', 'Xandr', 'RTB House', 'AdRoll', 'OpenX',
  'Nielsen', 'Chartbeat', 'Flurry', 'Kochava', 'ShareThis', 'AddThis', 'Crazy Egg', 'FullStory', 'Mouseflow', 'Smartlook',
  'Contentsquare', 'Kameleoon', 'AB Tasty', 'Tealium', 'Marketo', 'Oracle Eloqua', 'Amazon Advertising',
]);

/**
 * Remote-access consent. A clause says access needs the user's permission when it names consent,
 * a request or an approval, has the user start or switch it on ("once you tap 'Start'", "wenn Sie
 * … freigeschaltet haben"), or makes it wait for the user ("only when you …", "ne … que si vous").
 * It says the opposite when access goes ahead without it ("without your consent", "sin necesidad
 * de solicitarle autorización", "eine Bestätigung durch Sie ist nicht erforderlich"). Sentences
 * about marketing or cookies are left out: their consent is for something else.
 */
// word edges: \b before (a look-behind at every position would cost 5×; no listed word starts with an accented letter
// except "únicamente", spelt out), a look-ahead after (many words end in one: "activé", "tú")
const WORD_START = String.raw`\b`;
const WORD_END = String.raw`(?![a-z0-9à-ÿ])`;
const wordsRe = (src: string): RegExp => new RegExp(src.replaceAll('\\b<', WORD_START).replaceAll('\\b>', WORD_END), 'i');

/** Consent and approval words, for the "not needed" patterns. */
const CONSENT_WORDS = String.raw`consent|permission|approval|agreement|authori[sz]ation|confirmation|action|involvement|toestemming|akkoord|goedkeuring|bevestiging|tussenkomst|zustimmung|einwilligung|erlaubnis|genehmigung|best[äa]tigung|freigabe|zutun|consentement|accord|autorisation|validation|intervention|consentimiento|autorizaci[óo]n|aprobaci[óo]n|aceptaci[óo]n|confirmaci[óo]n|permiso|acci[óo]n|intervenci[óo]n|conformidad`;
const NEED_WORDS = String.raw`need(ed)?|requir\w*|necessary|nodig|vereis\w*|noodzakelijk|erforderlich|notwendig|n[öo]tig|bedarf|requis\w*|n[ée]cessaire|n[ée]cessit\w*|subordonn\w*|requier\w*|requer\w*|necesari[oa]s?|necesidad|precis\w*`;
const NEGATORS = String.raw`not|no|none|without|never|(do|does|did|is|are|wo|ca)n't|niet|geen|niets|zonder|nooit|nicht|kein\w*|ohne|nie|niemals|pas|aucun\w*|sans|ni|jamais|sin|nunca|ning[úu]n\w*`;
/** Access goes ahead whatever the user says: consent "not needed", "no action required from you", "even if you do not confirm". */
const NOT_NEEDED_RE = wordsRe(String.raw`\b<(${NEGATORS})\b>[^.;]{0,40}\b<(${NEED_WORDS})\b>[^.;]{0,50}\b<(${CONSENT_WORDS})\b>|\b<(${CONSENT_WORDS})\b>[^.;]{0,50}\b<(${NEGATORS})\b>[^.;]{0,30}\b<(${NEED_WORDS})\b>|\b<(${CONSENT_WORDS})\b>[^.;]{0,60}\b<(${NEED_WORDS})\b>[^.;]{0,15}\b<(${NEGATORS})\b>|\b<(no|geen|kein\w*|aucun\w*|ning[úu]n\w*|ninguna)\b> (\S+ ){0,2}(${CONSENT_WORDS})\b>[^.;]{0,50}\b<(${NEED_WORDS})\b>|\b<(${NEED_WORDS})\b>[^.;]{0,15}\b<(${NEGATORS})\b>[^.;]{0,30}\b<(${CONSENT_WORDS})\b>|` +
  String.raw`\b<(without|sin|sans|ohne|zonder) (requir|requer|necesidad|n[ée]cessit|besoin|dass es)|` +
  String.raw`\b<(do not|don't|never|niet|nicht|ne|n'|no) (\S+ ){0,4}(ask|vragen|fragen|demandons|pedimos|solicitamos)\b> (\S+ ){0,5}(for )?(your |uw |je |ihre |votre |su |tu )?(\S+ ){0,2}(${CONSENT_WORDS})|` +
  String.raw`\b<(ask|vragen|fragen|demandons|pedimos|solicitamos)\b> [^.;]{0,20}\b<(not|niet|nicht|pas|no|geen|keine)\b> [^.;]{0,25}(${CONSENT_WORDS})|` +
  String.raw`\b<(even|ook|auch|m[êe]me|incluso|aunque)\b> ([^.;]{0,30} )?(if|when|als|wanneer|wenn|si|cuando|dann,? wenn) (you|sie|u|je|vous|usted|t[úu]|the [a-zà-ÿ]+|le [a-zà-ÿ]+|la [a-zà-ÿ]+|der [a-zà-ÿ]+|die [a-zà-ÿ]+|el [a-zà-ÿ]+)\b> [^.;]{0,60}\b<(not|nicht|niet|pas|no|refus\w*)\b>|` +
  String.raw`\b<(regardless of whether|whether or not you|unabh[äa]ngig davon,? ob|ongeacht of|ind[ée]pendamment de (votre|leur)|que vous (l'acceptiez|y consentiez) ou non|independientemente de (que|si|su))|` +
  String.raw`\b<(you (do not|don't) (have|need) to (do|confirm|approve|accept) |(u|je) hoeft [^.;]{0,20}niets? |sie m[üu]ssen (dazu |daf[üu]r |hierf[üu]r )?nichts |vous n'avez rien [àa] |no (tiene|tienes|ten[ée]s) que hacer nada)`);
/** Explicitly without consent or notice ("never … without your consent" is checked separately: a double negation). */
const NO_CONSENT_RE = wordsRe(String.raw`without (first )?asking|sin pedir(le|les)? (permiso|autorizaci[óo]n)|zonder (het )?(eerst )?(te )?vragen|ohne (vorher )?(zu )?(fragen|nachzufragen)|sans (vous )?demander|without (your |the user'?s |prior |any )?(consent|permission|approval|authori[sz]ation|knowledge|notice|involvement|intervention)|zonder (uw |jouw |voorafgaande )?(toestemming|medeweten|kennisgeving|goedkeuring|tussenkomst)|zonder (u )?(daar |hierover )?(vooraf )?(over )?te (berichten|informeren|waarschuwen)|ohne (ihre |deine |vorherige )?(zustimmung|einwilligung|erlaubnis|genehmigung|kenntnis|ank[üu]ndigung|best[äa]tigung|freigabe|auftrag)|ohne (ihr |dein )?(zutun|einverst[äa]ndnis)|sans (l'|votre |ton |son |votre accord|leur )?(consentement|accord|autorisation|permission|pr[ée]avis|intervention)|sans aucune (action|intervention)|sin (su |tu |previo )?(consentimiento|permiso|autorizaci[óo]n|aviso|intervenci[óo]n|conformidad)|without (you|the user) (having|needing) to (confirm|approve|accept|agree|do anything|intervene|click)|ohne dass [^.;]{0,60}(best[äa]tig|zustimm|einwillig|freigeb|eingreif)|\b(zustimmung|einwilligung|erlaubnis|freigabe)\b[^.;]{0,40}\bholen (wir|sie) ([^\s.;]+ ){0,2}(nicht|keine) ein\b|(?<!\bohne ([^\s.;]+ )?)\b(zustimmung|einwilligung|erlaubnis|freigabe)\b[^.;]{0,60}\b(ist|wird|sind) (dafür |dafur |hierfür |hierfur |dabei |hier )?nicht vorgesehen|sans que vous (n'|ne )?(ayez|deviez) (à )?(confirmer|valider|accepter|autoriser|intervenir|faire quoi que ce soit)|sin que (usted |t[úu] |vos )?(tenga|tengas|deba|debas) (que )?(confirmar|aceptar|aprobar|autorizar|intervenir|hacer nada)|zonder dat (u|je|jij) [^.;]{0,40}(bevestig|goedkeur|akkoord|toestemming|iets hoeft te doen)`);
/** Consent, request or approval words and phrases. */
const CONSENT_RE = wordsRe(String.raw`es opcional|is optional|ist optional|ist freiwillig|est facultati\w*|is optioneel|si prefer[ií]s que no|if you prefer not|freigegeben|autoris[ée]e?s? par|autorizad[ao]s? por|goedgekeurd door|session ?(code|id|pin)|sessiecode|sitzungs-?(code|id|nummer)|code de session|c[óo]digo de sesi[óo]n|accept(ed|s)? the connection|verbinding (heeft |hebt )?geaccepteerd|acceptation de la connexion|acept(e|a|as|es|[áa]s) la (solicitud de )?conexi[óo]n|best[äa]tig|mitteilen|you (click|start|give|have given|read|tell|enter|type)|you decide whether|verzoek (heeft |hebben )?(gedaan|ingediend)|na (uw |een |het )?(uitdrukkelijk\w* )?verzoek|(du bestimmst|sie bestimmen)( selbst)?,? ob|willig(t|en|st) [^.;]{0,40}\bein\b|(sie|du) selbst [^.;]{0,60}(starten|startest|[öo]ffnen|aufbauen|beginnen)\b|vous d[ée]cidez si|que vous (lancez|d[ée]marrez|ouvrez) vous-m[êe]me|(client|utilisateur|usager|abonn[ée]|titulaire)s? (\w+ )?autoris\w*|(usted |t[úu] )?decides? si|(la|lo) acepte|acepte expresamente|(will be|are|is) asked to (confirm|accept|approve|allow|enter)|wordt (u|je) (eerst )?gevraagd|werden sie (zuvor |vorher |zun[äa]chst )?(gebeten|gefragt)|il vous (sera|est) demand[ée]|se le (pedir[áa]|solicitar[áa])|(code|pin|kennung|kennwort) (door(geeft|geven|gegeven)|nennen|eingeben|durchgeben)|(communiquez|donnez|indiquez|saisissez|dictez) (le |votre )?(code|identifiant)|(facilite|facilita|dicte|dicta|indique|introduzca|introduce) (el|su) (c[óo]digo|id)|u (zelf|daar)|nadat u|instemt|vraagt u|nur (zustande|statt|m[öo]glich),? wenn sie|auf ihre (ausdr[üu]ckliche )?(anforderung|anfrage|anweisung|veranlassung)|auf anforderung|ihrer (ausdr[üu]cklichen )?anweisung|(in|auf) ihrem (ausdr[üu]cklichen )?auftrag|absprache mit ihnen|nach (vorheriger )?absprache|si vous (sollicitez|acceptez|le demandez)|si (usted )?(solicita|lo autoriza|lo solicita)|usted acepte|lo autoriza|on your behalf|consent|permission|approv|authori[sz]|at your request|upon your request|your request|you (request|ask|initiate|allow|grant|agree|accept)|if you (ask|request|agree|allow)|(and|after|once) (you )?agree(ing|s|d)? to|agreeing to|(with|after) (your|their|the \w+'s) (prior |written |explicit )?agreement|only (if|when|after) you|toestemming|akkoord|goedkeuring|op uw verzoek|op verzoek|op jouw verzoek|als u daarom vraagt|kunt u vragen|u kunt vragen|u vraagt|(u|je|jij) (dit |dat |het )?toestaat|(zelf )?om (heeft|hebt|heb) gevraagd|daar (zelf )?om vraagt|in overleg met (u|jou|je)|zustimm|zugestimmt|einwillig|erlaubnis|genehmig|auf ihren wunsch|auf ihre anfrage|auf anfrage|ihr einverst|freigeben|freigabe|freigeschaltet|freischalt|consentement|votre accord|(avec|sans|apr[èe]s) (l'|votre |son |leur )?accord|accord (du|de la|des|de l')|autorisation|autorisez|vous (nous )?permettez|[àa] votre demande|[àa] la demande|sur (votre )?(instruction|demande)|vous (demandez|acceptez|autorisez)|consentimiento|autorizaci[óo]n|autorice|permiso|conformidad|si (usted |t[úu] |vos )?lo permite|\b<(lo|la|los|las) (solicite|solicites|solicita|solicit[áa]s|pida|pidas|pide)\b>|nos lo (indique|indiques|indicas|indica|pida|pidas|pide|solicite|solicita)|a petici[óo]n|a solicitud|su solicitud|su aprobaci[óo]n|(haya|ha|hayas) aprobado|usted (solicita|acepta|autoriza)|(signed|ondertekend|getekend|unterschrieben|unterzeichnet|sign[ée]|signature|firmad[oa]|firma) [^.;]{0,60}(agreement|form|formulier|formular|formulaire|formulario|consent)`);
/** The user switches it on or starts it: clicks, activates an option, gives an instruction, grants access. */
const USER_ACTS_RE = wordsRe(String.raw`\b<you (tap|press|select|activate|enable|turn on|switch on|launch|share|enter|have (enabled|activated|turned on|switched on))\b>|\b<(by|after) (clicking|tapping|pressing)|\b<(u|je|jij) (zelf )?([^.;]{0,40} )?(klikt|aanklikt|tikt|drukt|activeert|inschakelt|aanzet|bevestigt|accepteert)\b>|\b<(hebt|heeft) (in|ingeschakeld|geactiveerd|aangezet)\b>|(geactiveerd|ingeschakeld|aangezet) (hebt|heeft)|\b<vous (avez )?(cliqu[ée]z?|appuy[ée]z?|activ[ée]z?|lanc[ée]z?|d[ée]marr[ée]z?|saisi(ssez)?|communiquez)\b>|en (cliquant|appuyant)|apr[èe]s que vous avez|(al|tras) (pulsar|hacer clic|presionar|aceptar)|\b<(usted |t[úu] |vos )?(pulsa|pulse|puls[áa]s|presiona|presione|hace clic|haga clic|activa|active|activ[áa]s|actives)\b>|\b<(ha|haya|has|hayas|hay[áa]s) activado\b>|\b<(usted|vos|t[úu]) (las |lo |la |los )?(ordene|ordenes|orden[áa]s|indique|indiques|solicites|solicit[áa]s)\b>|\b<(grant|give)s? [^.;]{0,40}access\b>|\b<(toegang|acc[èe]s|acceso|zugriff|zugang) [^.;]{0,40}(verlenen|geven|accorder|otorgar|conceder|gew[äa]hren|einr[äa]umen)|\b<(accord(er|ez)|otorg\w+|conced\w+|gew[äa]hr\w+|verleen\w*) [^.;]{0,40}(acc[èe]s|acceso|zugriff|zugang|toegang)|\b<(until|tant que|jusqu'[àa] ce que|hasta que|totdat|bis) [^.;]{0,50}(confirm|accept|approv|bevestig|accepteer|best[äa]tig|valid|appuy|acept|aprueb|autoriz)|\b<(asks?|vraagt|bittet|demande|pide) (you|u|je|sie|vous|le|la) (\S+ ){0,2}(to |om |zu |de |que )?(\S+ )?(confirm|bevestig|best[äa]tig|valid)|\b<(vous|te|le|la|les) (demande|pide)\w* (de |que )?(confirm|valid|accept|acept|aprob)|` +
  String.raw`\b<(option|setting|feature|switch|optie|functie|instelling|schakelaar|dienst|funktion|einstellung|fonction|param[èe]tre|service|opci[óo]n|funci[óo]n|ajuste|servicio)\b>[^.;]{0,60}\b<(turn(ed)? on|switch(ed)? on|enabled?|activated?|aanzet\w*|aangezet|aan staat|aanstaat|inschakel\w*|ingeschakeld|activeer\w*|geactiveerd|aktivier\w*|einschalt\w*|eingeschaltet|activ[ée]e?|activez|activer|choisi|activ[ao]|activad[ao]|habilit\w+)\b>|\b<(enable|turn on|switch on|activate|aanzetten|inschakelen|activeren|aktivieren|einschalten|activer|activar|habilitar)\b> [^.;]{0,40}\b<(option|setting|feature|optie|functie|instelling|funktion|einstellung|dienst|fonction|service|opci[óo]n|funci[óo]n)\b>`);
/** "only if/when you …": the access waits for the user. */
const ONLY_IF_YOU_RE = wordsRe(String.raw`(\b<(only|solely|alleen|enkel|pas|uniquement|seulement|solo|s[óo]lo|unicamente)|únicamente)\b>[^.;]{0,80}?\b<(if|when|after|once|wanneer|als|nadat|zodra|si|lorsque|quand|apr[èe]s que|cuando|una vez que)\s+(you|u|je|jij|vous|usted|t[úu]|vos|el (propio )?[a-zà-ÿ]+|la (propia )?[a-zà-ÿ]+)\b>|\b<n(e\s|')[^.;]{0,60}?\bqu(e\s|')(si|lorsque|quand|apr[èe]s|une fois)`);
/** German "nur …, wenn Sie": matched case-sensitively, "sie" is also "they". */
const NUR_WENN_SIE_RE = /\b[Nn]ur\b[^.;]{0,80}?\b(wenn|sobald|nachdem|solange|falls)\s+(Sie|du)\b|\b(Sie|du)\s+(uns\s+)?[^.;]{0,40}?\b(erlauben|veranlassen|beauftragen|aktiviert haben|eingeschaltet haben|freigeben)\b|\bdass (Sie|du) [^.;]{0,100}\b(aktiviert|eingeschaltet|freigeschaltet|zugestimmt|erteilt) (haben|hast)\b/;
/** Marketing, newsletter and cookie sentences: their consent is not the remote access's. */
const MARKETING_RE = /marketing|newsletter|nieuwsbrie|werbung|werblich|produktempfehlung|reclame|aanbieding|publicit|prospection|offres? commerciales?|(communications?|comunicaciones|mensajes|envoi) (\S+ ){0,2}(commerciales?|comerciales|promocional\w*|publicitari\w*)|publicidad|promoci[óo]n|advertis|cookie/i;

export type ConsentCue = 'yes' | 'no' | 'unstated';

/** A negation near the match: "never … without your consent", "Ohne Einwilligung wird … nicht aktiviert" (consent needed). */
const NEVER_RE = /\b(never|not|no|nooit|niet|nie|niemals|nicht|jamais|ne|n'|nunca|jam[áa]s|kein\w*|geen)\b|n't/i;
function doubleNegation(src: string, at: number): boolean {
  const before = src.slice(Math.max(0, at - 80), at);
  if (NEVER_RE.test(before)) return true;
  // the match opens its sentence: the main clause after it carries the negation
  return /(^|[.!?:;]\s*)$/.test(before) && NEVER_RE.test(src.slice(at, at + 80).split(/[.;]/)[0]);
}

/** The summary asks again for every remote-access clause the tagger just read: remember the last answers. */
const consentMemo = new Map<string, ConsentCue>();

/** Does the clause say remote access needs the user's consent? */
export function remoteConsentCue(text: string): ConsentCue {
  if (typeof text !== 'string' || !text) return 'unstated';
  const src = capped(text);
  let answer = consentMemo.get(src);
  if (answer === undefined) {
    answer = readConsent(src);
    if (consentMemo.size >= 64) consentMemo.clear();
    consentMemo.set(src, answer);
  }
  return answer;
}

/** Consent given by someone other than the reader (a works council, the employer): not the reader's permission. */
const OTHERS_CONSENT_RE = /(zustimmung|einwilligung|genehmigung) (des|der) (betriebsrat|personalrat|arbeitgeber)\w*|(betriebsrat|personalrat)\w* (hat )?(zugestimmt|genehmigt)|(instemming|toestemming|goedkeuring) van de (ondernemingsraad|werkgever)|(accord|consentement|avis) (du|de la|des) (cse|comit[ée] social|comit[ée] d'entreprise|employeur|repr[ée]sentants du personnel)|(consent|approval|agreement) of (the )?(works council|employer)|(acuerdo|consentimiento|aprobaci[óo]n) (del|de la|de los) (comit[ée] de empresa|empleador|representantes de los trabajadores)/gi;

function readConsent(whole: string): ConsentCue {
  const kept = splitSentences(whole).filter((s) => !MARKETING_RE.test(s));
  const src = kept.length ? kept.join(' ') : whole;
  if (NOT_NEEDED_RE.test(src)) return 'no';
  const no = NO_CONSENT_RE.exec(src);
  if (no) return doubleNegation(src, no.index) ? 'yes' : 'no';
  const own = src.replace(OTHERS_CONSENT_RE, ' ');
  const asked = CONSENT_RE.test(own) || USER_ACTS_RE.test(own) || ONLY_IF_YOU_RE.test(own) || NUR_WENN_SIE_RE.test(own);
  return asked ? 'yes' : 'unstated';
}
