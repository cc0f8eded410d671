/**
 * Data-sale stance of a clause: 'sold' | 'not_sold' | null, in en/nl/de/fr/es.
 *
 * Per sentence: find a sale verb ("sell", "verkopen", "verkaufen", "vendre", "vender", rent/lease
 * and their forms) with a data object somewhere in the sentence; skip business transfers ("if we
 * are sold or merged") and sentences about selling products. Negation scope: a negator in the
 * ~60 characters before the verb, not separated from it by a scope breaker ("but", ";", "maar",
 * "aber", "mais", "pero"); for Dutch/German verb-second order also a negator after the verb up to
 * the next comma or subordinator ("verkopen wij nooit", "verkaufen Ihre Daten nicht"). Payment for
 * sharing ("in exchange for payment", "tegen betaling") counts as sold. A clause with any sold
 * sentence is 'sold', else 'not_sold' if any sentence denies a sale, else null.
 *
 * All regexes are linear: alternations of literals, bounded windows, no nested quantifiers.
 */
import splitSentences from './segment/04-sentences';

export type Stance = 'sold' | 'not_sold' | null;

/** Cheap prefilter: nothing sale-like, no work. */
const PREFILTER_RE = /(?:^|[^\p{L}])(?:ced|commerci|comerci|monnay|revent|revend|ingreso|sel|sold|rent|leas|resel|resol|trad|monet|verko|verka|verhu|vermi|weiterverk|doorverk|vend|vent|lou|revend|alqui|arrend|sale|handel|ver[aä]u[sß])|exchange|ruil|entgelt|bezahl|kostenpfl|betaling|vergoeding|cambio|remun|for a fee|pay us|pays us|licens|contrepartie|moyennant|onereux|pago/iu;

/** Sale verbs (folded text). Group 1 = the verb. */
const VERB_RE = /\b(commerciali[sz]\w*|comerciali[sz]\w*|comerciamos|comerciar|comercia|vendera|venderemos|venderan|venderse|venderlos|venderlas|vendra|vendrons|vendront|ingresos por ceder|monnay\w*|monetiz\w*|cede|cedons|cedent|cedera|ceder|cederons|cedee|cedees|cedes|cedemos|cedera|revente|reventa|doorverkocht|doorverkopen|verausser\w*|vermietung|handeln|handel|sell|sells|selling|sold|resell|resells|reselling|resold|rent|rents|renting|rented|lease|leases|leasing|leased|trade|trades|trading|traded|monetize|monetise|monetizes|monetises|monetizing|monetising|verkopen|verkoopt|verkoop|verkocht|verkochte|doorverkopen|verhuren|verhuurt|verhuurd|verkaufen|verkauft|verkaufe|verkauf|weiterverkaufen|weiterverkauft|vermieten|vermietet|vendre|vendons|vend|vendent|vendu|vendue|vendus|vendues|revendre|revendons|louer|louons|loue|louent|vente|vender|vendemos|vende|venden|vendido|vendida|vendidos|vendidas|revender|alquilar|alquilamos|alquila|alquilan|arrendar|arrendamos|venta|sale)\b/g;

/** Verb forms where Dutch/German put the negation after the verb. */
const V2_VERBS = new Set(['verkopen', 'verkoopt', 'verkoop', 'verkocht', 'verhuren', 'verhuurt', 'verhuurd', 'verkaufen', 'verkauft', 'verkaufe', 'verkauf', 'vermieten', 'vermietet', 'vermietung', 'doorverkopen', 'doorverkocht', 'weiterverkaufen', 'weiterverkauft', 'handeln', 'handel']);

/** Noun forms ("the sale of data is prohibited"): negation may follow. */
const NOUNS = new Set(['sale', 'vente', 'venta', 'revente', 'reventa', 'verkauf', 'verkoop', 'vermietung', 'commercialisation', 'comercializacion']);

/** Something the sale is about: data, information, lists, addresses, profiles. */
const DATA_OBJECT_RE = /data|datos|lista|direcci|adresse|statisti|estadistic|coordonn|fichier|archivo|donnees|daten|gegevens|informa|renseignement|details|adres|address|profil|profiel|\bnames?\b|\bnaam\b|\bnombre|\bnoms?\b|trend|segment|\blists?\b|lijst|bestand|contact|kontakt|e-?mail|personal|personnel|personal|angaben|\b(it|them|esta|ces|sie|deze|ze|ils|elles)\b/;

/** Business transfers: a company sold/merged, not a data sale. */
const BUSINESS_RE = /\b((sell|sold|buy|transfer)\w* (or (sell|sold|buy|transfer)\w* )?(all |some |any |part |a part |substantially all |all or (a )?part |all or (a )?portion )?(of )?(our |its |the |their )?(business|assets|company|companies|stores|units|brands)|business offerings|transferred (business )?assets|fuseert|fuseren|(bedrijf|onderneming|organisatie) (wordt|is) (verkocht|overgenomen)|wordt overgenomen|(unternehmen|gesellschaft) (verkauft|ubernommen) wird|(societe|entreprise) (est|serait) (vendue|cedee|rachetee)|(empresa|compania|sociedad) (es|fuera|sea) (vendida|adquirida)|merger|merge|merged|acquisition|acquired|acquire|bankrupt\w*|insolven\w*|reorgani[sz]ation|sale of (all|some|substantially|part|our|the company|its|a portion)|(business|company|assets?) (is|are|were|was|be|being) sold|we are sold|is sold or|sell (all|some|substantially|part|a portion) of (our|its)|(sell|sold) (our|its|the) (business|company|assets)|fusie|faillissement|overname van|fusion|ubernahme|unternehmensverkauf|verkauf (des|unseres) unternehmens|faillite|cession|rachat|fusion|adquisicion|quiebra)\b/;

/** Selling goods, not data. */
const PRODUCT_RE = /\b(sell|sells|selling|sold|verkopen|verkaufen|vendre|vendons|vender|vendemos)\s+(our |its |their |the )?(products?|goods|services|tickets|items|merchandise|producten|diensten|produkte|waren|produits|productos|articulos|subscriptions?)\b/;

/** Negators (folded). */
const NEG_RE = /\b(not|never|no|none|neither|nor|cannot|without|niet|nooit|geen|nimmer|noch|nicht|nie|niemals|weder|kein|keine|keinen|keiner|keines|keinem|ne|n|pas|jamais|aucun|aucune|ni|nunca|jamas|ningun|ninguna|ninguno|prohibited|prohibit|prohibits|forbidden|verboden|untersagt|verboten|ausgeschlossen|interdit|interdite|prohibido|prohibida)\b|n't/;

/** Things that end a negation's scope between negator and verb. */
const BREAK_RE = /\b(but|however|although|except that|while|whereas|maar|echter|aber|jedoch|mais|cependant|pero|sin embargo|sino)\b|[;:]/g;

/** After-verb scope ends at punctuation or a subordinator. */
const AFTER_END_RE = /[,;.:!?]|\b(als|wenn|falls|indien|tenzij|sofern|unless|if|wanneer|zodra)\b/;

/** Being paid for sharing. */
const PAYMENT_RE = /\b(in exchange for (payment|money|compensation|a fee|monetary|remuneration)|for (monetary|valuable) consideration|for (payment|money|a fee|a price|compensation)|(who|which|that) (pay|pays) us|paid (to )?us|qualif\w* as an? "?sale|considered an? "?sale|tegen (betaling|vergoeding|een vergoeding)|in ruil voor (een )?(financiele )?(geld|betaling|vergoeding)|gegen (entgelt|bezahlung|gebuhr|eine gebuhr)|entgeltlich\w*|kostenpflichtig\w*|contre (remuneration|paiement|une remuneration|de l'argent|de l argent|une contrepartie financiere)|en contrepartie d'une remuneration|moyennant (un )?(paiement|remuneration|finance|contrepartie)|a titre onereux|mediante (un )?pago|previo pago|obtenemos ingresos|a cambio de (dinero|un pago|una contraprestacion|pago|una remuneracion|una compensacion))\b/;

const MARKS_RE = /\p{M}+/gu;

export function foldText(text: string): string {
  // eslint-disable-next-line no-control-regex
  const lower = text.toLowerCase();
  return /[^\x00-\x7f]/.test(lower) ? lower.normalize('NFD').replace(MARKS_RE, '').replace(/ß/g, 'ss').replace(/[’‘]/g, "'") : lower;
}

/** Is the text right after a nl/de verb negated before its clause ends? */
function negatedAfter(s: string, from: number): boolean {
  const after = s.slice(from, from + 120);
  const end = after.search(AFTER_END_RE);
  return NEG_RE.test(end >= 0 ? after.slice(0, end) : after);
}

/** Negator in the window before `at`, not separated from it by a scope breaker. */
function negatedBefore(s: string, at: number, width: number): boolean {
  let before = s.slice(Math.max(0, at - width), at);
  BREAK_RE.lastIndex = 0;
  let last = -1;
  for (let b = BREAK_RE.exec(before); b !== null; b = BREAK_RE.exec(before)) last = b.index + b[0].length;
  if (last >= 0) before = before.slice(last);
  return NEG_RE.test(before);
}

interface VerbHit { start: number; end: number; negated: boolean }

function sentenceStance(s: string): Stance {
  const business = BUSINESS_RE.test(s);
  const product = PRODUCT_RE.test(s);
  const hasObject = DATA_OBJECT_RE.test(s);
  const hits: VerbHit[] = [];
  VERB_RE.lastIndex = 0;
  for (let m = VERB_RE.exec(s); m !== null; m = VERB_RE.exec(s)) {
    const verb = m[1];
    const next = s.slice(m.index, m.index + 45);
    if (verb === 'sale' && !/sale of (your |personal |user |customer )?(data|information|personal)/.test(next)) continue;
    if (/^trad/.test(verb) && !/trad\w* (in )?(your |personal |user |customer )?(data|information)/.test(next)) continue;
    if (/^handel/.test(verb) && !/handel\w* (nicht |niet |wij niet |wir nicht )?(mit|met|in) \w*(daten|gegevens|data)/.test(next)) continue;
    const end = m.index + m[0].length;
    const noun = NOUNS.has(verb);
    if ((verb === 'vente' || verb === 'venta' || verb === 'sale') && !/(vente|venta|sale) (de |des |d'|of )[^.;]{0,30}(donnees|informa|datos|fichier|base|data|personal)/.test(next) &&
      !/["«»“”]\s?(sale|vente|venta)|(sale|vente|venta)\s?["«»“”]|ccpa/.test(s) && !negatedBefore(s, m.index, 30)) continue;
    const v2 = V2_VERBS.has(verb) || noun || verb.startsWith('verausser');
    const negated = negatedBefore(s, m.index, v2 ? 110 : 60) || (v2 && negatedAfter(s, end));
    hits.push({ start: m.index, end, negated });
  }
  // "do not sell, rent or lease", "Veräußerung, Vermietung … findet nicht statt": a chain of
  // coordinated verbs shares one negation.
  for (let i = 0; i < hits.length; i++) {
    let j = i;
    while (j + 1 < hits.length) {
      const gap = s.slice(hits[j].end, hits[j + 1].start);
      if (gap.length > 40 || /[.;:!?]/.test(gap) || /\b(but|maar|aber|mais|pero)\b/.test(gap)) break;
      j++;
    }
    if (j > i && hits.slice(i, j + 1).some((h) => h.negated)) for (let k = i; k <= j; k++) hits[k].negated = true;
    i = j;
  }
  let sold = false;
  let notSold = false;
  for (const h of hits) {
    if (h.negated) notSold = true;
    else if (!business && !product && hasObject) sold = true;
  }
  if (!sold) {
    PAYMENT_RE.lastIndex = 0;
    const pm = PAYMENT_RE.exec(s);
    if (pm) {
      if (negatedBefore(s, pm.index, 80) || negatedAfter(s, pm.index + pm[0].length)) notSold = true;
      else if (!business) sold = true;
    }
  }
  return sold ? 'sold' : notSold ? 'not_sold' : null;
}

/** Stance of a clause (any language of the five). */
export function saleStance(text: string): Stance {
  if (typeof text !== 'string' || text.length === 0) return null;
  const folded = foldText(text.length > 20_000 ? text.slice(0, 20_000) : text);
  if (!PREFILTER_RE.test(folded)) return null;
  let notSold = false;
  for (const sentence of splitSentences(folded.replace(/(?<=[.!?]) +(?=\w)/g, (x) => x))) {
    const s = sentenceStance(sentence);
    if (s === 'sold') return 'sold';
    if (s === 'not_sold') notSold = true;
  }
  return notSold ? 'not_sold' : null;
}

export default saleStance;
