/**
 * Data-sale stance of a clause: 'sold' | 'not_sold' | null, in en/nl/de/fr/es.
 *
 * Per sentence (split before folding, so capitals still mark sentence starts): find a sale verb
 * ("sell", "verkopen", "verkaufen", "vendre", "vender", rent/lease and their forms) with a data
 * object somewhere in the sentence; skip business transfers ("if we are sold or merged"), goods
 * right after the verb ("sell tickets", "verkopen wij ook reisverzekeringen"), sold-out items and
 * the customer's own rentals and sales ("when you sell an item"). Buyers of data named as recipients
 * ("an Adressverlage", "to data brokers") and money made from data ("Geld verdienen mit Ihren
 * Daten") count as sale wording. Negation scope: a negator in the ~60 characters before the verb, not
 * separated from it by a scope breaker ("but", ";", "maar", "aber", "mais", "pero") and not inside a
 * condition ("If you do not object, we sell …"); a negator that
 * opens the sentence ("No data … has been sold", "At no point … will it be sold"); for Dutch/German
 * verb-second order and for nouns/gerunds ("Selling data is not …") a negator after the verb up to
 * the next comma or subordinator; German separable negations ("schließt … aus"). Payment for
 * sharing ("in exchange for payment", "tegen betaling", "advertisers pay us") counts as sold. A
 * sentence that asks ("Selling your data?") has no stance of its own: the next sentence, or the
 * clause under a question heading ("Do we sell your data?" → "No.") or a topic heading ("Sale of
 * personal information" → "We don't."), answers it. Also: a label answered after its colon ("Verkauf
 * an Dritte: findet nicht statt"), a nominal subject negated at the end ("Die Veräußerung … ist
 * ausgeschlossen"), a front clause negated by the main clause after it ("Dass wir Daten verkaufen,
 * ist ausgeschlossen", "Vendre vos données : nous nous y refusons"), a payment in the sentence after
 * a hand-over ("… In return we receive a share"),
 * table rows under a header row, short lists under "Categories of personal information sold",
 * list swaps ("Adresstausch", "swap our mailing list"), an imagined sale followed by "This is not
 * the case", a dated sale followed by its end ("Bis 2023 … verkauft. Damit ist Schluss"), third
 * parties buying data ("Advertisers purchase audience segments", auctions), consideration in kind
 * received by a partner, an imagined offer refused ("Even if someone offered us money, …"), an
 * answer sentences after the question ("The answer is no."), an opt-out link's title ("Do Not Sell
 * My Personal Information": an opt-out, not a denial), double negation ("There is no case in which …
 * would not be …"), negations inside relative clauses, asides or conditions opened earlier (not the
 * verb's), spoken French without "ne" ("je vends pas"), a right stated in general ("California
 * residents have the right to opt out of the sale": no stance), Spanish "ceder" as the legal word for
 * any disclosure (a sale only with consideration or a commercial purpose). A clause with any sold sentence is
 * 'sold', else 'not_sold' if any sentence denies a sale, else 'sold' if it only names a sale users
 * may opt out of, else null.
 *
 * All regexes are linear: alternations of literals, bounded windows, no nested quantifiers.
 */
import splitSentences from './segment/04-sentences';
import { looksLikeNavigation } from './navigation';
import { capped } from './clause-cap';
import { compiledNow } from './compile-now';
import { prefiltered } from './prefilter';

export type Stance = 'sold' | 'not_sold' | null;

/**
 * Cheap prefilter: nothing sale-like, no work. One word list, two forms: over a text
 * (`textMaySignalSale`), and over one folded token (`tokenSaleCue`, evaluated once per token type
 * and kept in `TokenInfo.saleCue`, so a policy is not scanned by this long alternation clause by clause).
 */
const CUE_STARTS = 'wissel|verpach|kommerzialis|verkwansel|sjacher|troqu|marchandis|permut|arriend|trafic|ced|enajen|rachet|vertick|verscherbel|verhoker|verklopp|verpats|refourgu|commerci|comerci|monnay|revent|revend|ingreso|sel|sold|rent|leas|resel|resol|trad|monet|verko|verka|verhu|vermi|weiterverk|doorverk|vend|vent|lou|alqui|arrend|sale|handel|verau[sß]';
const CUE_PARTS = 'aanbrengpremie|verwijspremie|kauflich|honorar|entschadigung|opbrengst|proceeds|verdien|versteiger|subast|enchere|veilen|geveild|verkoopba|invendab|consideration|contraprest|zuschuss|preferente|preferencial|preferenti|pagad|intercambi|swap|tausch|uitwissel|uitlen|uitgeleend|verleih|commercialis|adresshand|adressverlag|adressverk|listbrok|listenbrok|datenhand|datenverk|datahandel|broker|courtier|corredor|gebuhr|vermiet|verausser|money|argent|dinero|betaal|revenu|umsatz|omzet|income|vermark|exchange|ruil|entgelt|bezahl|kostenpfl|betaling|betalen|vergoeding|vergut|provision|commissi|comision|cambio|remun|licens|contrepartie|moyennant|onereux|oneros|pago|koop|compensa|paid|licen|lizenz|geld|zahl|paiement|versent|angeboten|aangeboden|redevance|provisie|precio|echange|gegenleistung|gegenzug|erlos|tegenprestatie|revenue|austausch|einnahmen|inkomsten|recompens|retribu|flog|verhandel';
const CUE_WORDS = 'guita|bargaining|touchons|touchent|percevons|percoivent|percoit|facturons|facturent|facturee|facturees|facturer|facturamos|facturan|tajada|troc|negoce|regalia|regalias|royalty|royalties|feil|feilbieten|feilbietet|feilgeboten|ware|cobramos|cobran|cobrar|cobrarle|cobrarles|cobrado|percibimos|versilbert|versilbern|commerce|achetee|achetees|lucro|lucratif|lucrative|lucratives|verse|payant|payante|payants|payantes|abona|abonan|abonamos|abonara|abonaran|zero|cero|handelsware|koopwaar|handelswaar|commodity|marchandise|mercancia|fee|fees|pay|pays|paient|pagan|paga|pagar|pretons|preter|lend|lends|cash|kauf|miete|auctioned|auctioning|paie|paye|payent|profit|profits|profiting|profiteren|profiteert|lucrar|lucrarnos|lucramos|bidders|nix|ofreciera|ofrecieran|offrirait|offrait|offraient|lucrativo|lucrativa|lucrativos|lucrativas';
/**
 * Weak cues: common words that are sale wording only next to another weak cue ("nothing in
 * return", "advertisers purchase segments", "egal was er bietet"): a verb or marker (ACT) with a
 * second, different ACT word or a context word (CONTEXT: parties, nobody, nothing, sums).
 */
const ACT_WORDS = 'terug|obtendras|obtendra|coste|costo|adquisicion|achat|proposees|proposes|proposee|proposons|proposent|ofrecen|ofrecemos|ofrece|return|purchase|purchases|acquire|acquires|buy|buys|bought|kauft|kaufen|koopt|kopen|erwerben|erwirbt|achetent|achete|compran|comprar|compra|adquieren|adquiere|auctions|offered|bieden|bood|boden|bietet|bote|boten|egal|ongeacht|statt|mettons|mettent|mettre|met|mise|mises|dafur|daarvoor|hierfur|hiervoor|payment|payments|gekauft|geschenkt|beneficio|beneficios|spende|spenden|donation|donations|donativo|donativos|donatie|donaties|financian|financia|costean|costea|subvencionan|financent|finanzieren|finanziert|financieren|financiert|fund|funds|beteiligen|beteiligt|cofinancian|bancan|apoyan|patrocinan|sponsern|gesponsert|unterstutzen';
const CONTEXT_WORDS = 'economicamente|financieramente|finanziell|financially|kosten|costes|costos|frais|couts|costs|against|none|subscription|subscriptions|ontvangt|krijgt|kortingen|rabatte|discounts|remises|descuentos|accept|accepts|bekommen|bekommt|kriegen|rabatt|discount|korting|remise|descuento|erhalten|erhalt|krijgen|ontvangen|receive|receives|recevons|recibimos|obtenemos|location|gratis|kostenlos|umsonst|gratuit|gratuits|gratuite|gratuites|gratuito|gratuita|free|nothing|nichts|niets|rien|nada|nobody|niemand|personne|nadie|brands|marcas|marques|merken|marken|audience|audiences|segments|segmenten|zielgruppen|doelgroepen|miljoen|million|millionen|millones|fortune|economico|economicos';
const CONTEXT_PARTS = 'partner|sponsor|patrocinador|advertiser|adverteerder|annonceur|anunciante|werbekund|socios|expositor|exposant|aussteller|exhibitor|konditionen';
/** Compounds that start like a sale word but name a price, a shop or terms of sale ("vom Verkaufspreis abgezogen", "verkooppunt"): goods, not sale wording. */
const GOODS_COMPOUNDS = 'verkaufsprei|verkoopprij|verkaufsstell|verkooppunt|verkaufsbeding|verkoopvoorwaard|verkaufsraum|verkaufsflach|verkaufsoffen|verkaufsfilial|verkoopfiliaal';
const PREFILTER_RE = new RegExp(`(?:^|[^\\p{L}])(?!${GOODS_COMPOUNDS})(?:${CUE_STARTS})|${CUE_PARTS}|\\b(?:${CUE_WORDS})\\b`, 'u');
const TOKEN_CUE_RE = new RegExp(`^(?!${GOODS_COMPOUNDS})(?:${CUE_STARTS})|${CUE_PARTS}|^(?:${CUE_WORDS})$`);
const ACT_TOKEN_RE = new RegExp(`^(?:${ACT_WORDS})$`);
const CONTEXT_TOKEN_RE = new RegExp(`^(?:${CONTEXT_WORDS})$|${CONTEXT_PARTS}`);
const WEAK_TEXT_RE = new RegExp(`\\b(?:${ACT_WORDS}|${CONTEXT_WORDS})\\b|\\w*(?:${CONTEXT_PARTS})\\w*`, 'g');
/** Words that are sale wording only in an idiom ("keine Geschäfte mit Ihren Daten", "no hacemos negocio con sus datos"), not in "Geschäfte durchführen". */
const IDIOM_TOKEN_RE = /^(penny|pennies|cent|cents|centime|centimes|centimo|centimos|centavo|centavos|dime|price|geschaft|geschafte|geschaften|geschafts|negocio|negocios|negociamos|negociar|negocian|negocia|caja|let|lets|letting|hire|hires|hired|hiring|kommerziell\w*|markte|boer|kohle|knete|reibach)$/;
const IDIOM_RE = /\b(touch|gagn|make|made|earn|verdien|gana)\w* (\w+ ){0,3}(penny|pennies|cents?|centimes?|centimos?|centavos?|dime)\b|\bput (a )?price (tag )?on\b|\bmit (\w+ ){0,3}\w*daten\b[^.;]{0,40}\b(kohle|knete|reibach)\b|\b(kohle|knete|reibach)\b[^.;]{0,30}\bmit (\w+ ){0,3}\w*daten|\bzu markte? (ge)?trag|\bde boer op|\bkommerziell\w* verwert|\bkommerziell\w* zwecke|\bkommerziell\w* (nutzung|verwendung) (\w+ ){0,2}(\w*daten|angaben|informationen|\w*profile?)( \w+){0,2} (durch|von) dritte|\bverwert\w* (\w+ ){0,4}kommerziell|\bgeschaft\w* mit\b|\bmit (\w+ ){0,3}\w*daten (\w+ ){0,3}geschaft|\bnegoci\w* con\b|\b(hac|hic)\w* caja con\b|\b(let|lets|letting|hire|hires|hired|hiring) out\b/;

/** How a folded token may signal sale wording: not at all, as a CONTEXT or ACT weak cue, or on its own. */
export type SaleCue = 0 | 1 | 2 | 3 | 4;
export const NOT_A_CUE = 0;
const CONTEXT_CUE = 1;
const ACT_CUE = 2;
const CUE = 3;
/** A cue only inside an idiom: the text decides (`textMaySignalSale`). */
export const IDIOM_CUE = 4;
export function tokenSaleCue(folded: string): SaleCue {
  return TOKEN_CUE_RE.test(folded) ? CUE : ACT_TOKEN_RE.test(folded) ? ACT_CUE : CONTEXT_TOKEN_RE.test(folded) ? CONTEXT_CUE : IDIOM_TOKEN_RE.test(folded) ? IDIOM_CUE : NOT_A_CUE;
}

/**
 * Folds a clause's token cues in order: true once a cue is seen, or an ACT word and a different
 * weak word. `state` carries the first weak word seen and whether any was an ACT word.
 */
export interface WeakCues { first: string | null; act: boolean }
export function cueSeen(cue: SaleCue, folded: string, state: WeakCues): boolean {
  if (cue === CUE) return true;
  if (cue === NOT_A_CUE || cue === IDIOM_CUE) return false;
  if (state.first === null) {
    state.first = folded;
    state.act = cue === ACT_CUE;
    return false;
  }
  return folded !== state.first && (cue === ACT_CUE || state.act);
}

/** Could this folded text hold sale wording? The same decision as `cueSeen` over its tokens. */
export function textMaySignalSale(folded: string): boolean {
  if (PREFILTER_RE.test(folded) || IDIOM_RE.test(folded)) return true;
  WEAK_TEXT_RE.lastIndex = 0;
  const state: WeakCues = { first: null, act: false };
  for (let m = WEAK_TEXT_RE.exec(folded); m !== null; m = WEAK_TEXT_RE.exec(folded)) {
    if (cueSeen(ACT_TOKEN_RE.test(m[0]) ? ACT_CUE : CONTEXT_CUE, m[0], state)) return true;
  }
  return false;
}

/** Sale verbs (folded text). Group 1 = the verb. */
const VERB_RE = compiledNow(/\b(te koop|for sale|(?:verdien\w*|profit|profits|profiting|profiteren|profiteert|lucrar\w*|lucramos)(?= (?:\w+ ){0,2}(?:an|aan|from|off|on|van|von|de|des|du|con|avec|sur|uit|met|mit) (?:\w+ ){0,3}(?:data|daten|gegevens|donnees|datos|renseignements|information|informatie|informationen|informacion|informations|\w*gedrag|\w*verhalten|comportement\w*|comportamiento\w*|behaviou?r\w*)\b)|(?:purchase|purchases|acquire|acquires|buy|buys|bought|kaufen|kauft|erwerben|erwirbt|kopen|koopt|achetent|achete|acheter|rachetent|rachete|racheter|compran|compra|comprar|adquieren|adquiere)(?= (?:von uns |bei uns |van ons |bij ons |from us |aupres de nous |chez nous |de nosotros |a nosotros )?(?:(?:it|them|sie|ze) (?:from us|von uns|bei uns|van ons|bij ons)\b|(?:your|their|the|our|ihre|unsere|uw|je|onze|de|vos|nos|les|sus|tus|los|las) (?:[\w'’-]+ ){0,2}(?:information|informationen|informatie|informacion|informations|renseignements|details)\b|(?:(?:vos|ihre|ihr|uw|je|jouw|your|sus|tus|les|los|las|de|die|den|het|el|la|des|du|del|d'|l'|our|unsere|onze|nos)\b ?)?(?:[\w'’-]+ ){0,3}(?:audiences?|segment\w*|doelgroep\w*|zielgrupp\w*|\w*profil\w*|profiles?|perfiles|(?:\w+ )?(?:data|daten|gegevens|donnees|datos)|informes|anschrift\w*|adress\w*|addresses|adresses|adressen|direcciones|coordonnees|noms?|names|namen|nombres)\b))|(?:data ?buyers?|buyers of (?:personal )?data|datenkaufer\w*|kaufer (?:von|der|unserer|ihrer) daten|kopers van (?:persoons)?gegevens|acheteurs? de donnees|compradores de datos|data ?marketplace|datenmarktplatz|datamarktplaats|databureau\w*|bidders|highest bidder|meistbietend\w*|hoogste bieder|plus offrant|mejor postor|versteiger[nt]\w*|geveild|veilen|veilt|se subastan?|subastamos|subastad[oa]s?|mis(?:es)? aux encheres|auctioned|auctions? off|auctioning)|adresstausch\w*|adressentausch\w*|listentausch\w*|datentausch\w*|list (?:swaps?|exchanges?|rentals?)|gecommercialiseerd\w*|te gelde (?:\w+ )?(?:maken|gemaakt)|zu geld zu machen|(?:tausch\w*|ausgetauscht|austausch\w*|ruil\w*|uitwissel\w*|echang\w*|exchang\w*|swap\w*|intercambi\w*|pretons|preter|pretent|lend\w*|uitlen\w*|uitgeleend|verleih\w*)(?= (?:[\w'’-]+ ){0,8}(?:\w*adress\w*|\w*address\w*|\w*adres\w*|abonnee\w*|klantenbestand\w*|\w*bestand(?:en)?|\w*listen?|\w*lijst(en)?|listes (?:de |d')?(?:clients|abonnes|lecteurs|adresses|utilisateurs|membres)|fichiers? (?:de |d')?(?:clients|abonnes|lecteurs|prospects|adresses)|(?:ce|ces|notre|nos|son|leur) fichiers?|mailing lists?|subscriber lists?|customer lists?|lists?|listas?|listen?|lijst(en)?|bases de datos de (?:suscriptores|clientes|socios)|relacion de (?:socios|clientes|miembros|afiliados|asociados)|direcciones|direccion|nombres?|correos?|names?|namen|naam|noms?)\b)|(?:echang\w*|exchang\w*|getauscht|tausch\w*|ausgetauscht|austausch\w*|ruil\w*|geruild|uitwissel\w*|uitgewisseld|intercambi\w*|troqu\w*)(?= (?:[\w'’-]+ ){0,16}(?:(?:contre|against|for|gegen|tegen|voor|por) (?:des |de |d'|una? |unos |unas |a |an |een |eine?n? |some )?(?:[\w-]+ )?(?:licences?|licenses?|lizenzen|licenties|licencias|produits|products|produkte|producten|productos|remises|discounts?|rabatte?|kortingen|korting|descuentos?|credits?|gutschrift\w*|tegoed\w*|creditos|vouchers?|bons|gutscheine?|cheques|cadeaux|gifts?|geschenke|cadeaus|regalos|argent|money|geld|dinero)\b|(?:a cambio de|in exchange for|en echange d|im austausch (?:gegen|fur)|in ruil voor)))|(?:wissel(?:t|en|de|den))(?= (?:[\w'’-]+ ){0,4}(?:\w*adres\w*|\w*(?:klant|klanten|leden|donateurs|abonnees|relatie|schenkers)bestand(?:en)?|\w*lijst(?:en)?) uit\b)|(?:zum (?:kauf|verkauf)|zur miete)(?= (?:\w+ ){0,5}(?:an|angeboten|anbieten|anzubieten)\b)|(?:ruilen|ruilt|geruild|uitgewisseld|tauschen|tauscht|getauscht|ausgetauscht|echangeons|echangent|echangees?|intercambiamos|intercambian|intercambiad[oa]s|swap|swaps|swapped|exchanged)(?<=\b(?:\w*adres\w*|\w*adress\w*|\w*address\w*|\w*lijst\w*|\w*liste\w*|lists?|listas?|fichiers?|donateurs\w*)\s(?:[\w-]+\s){0,4}(?:ruilen|ruilt|geruild|uitgewisseld|tauschen|tauscht|getauscht|ausgetauscht|echangeons|echangent|echangees?|intercambiamos|intercambian|intercambiad[oa]s|swap|swaps|swapped|exchanged))|(?:achetee?s?|purchased|bought|gekauft|erworben|gekocht|comprad[oa]s?|adquirid[oa]s?)(?= (?:par|by|von|door|por) (?!(?:nous|us|uns|ons|nosotros|vous|you|u|sie|usted|ustedes|toi|dich|jou)\b))|intercambi\w*(?= con (?:[\w'’-]+ ){0,14}(?:la|nuestra|su|sus|las|nuestras) bases? de (?:socios|clientes|suscriptores|miembros|afiliados|datos))|adres(?:sen)?ruil\w*|lijstruil\w*|adresshandl\w*|adresshandels|adressverlag\w*|listbroker\w*|listenbroker\w*|datenhandl\w*|datenhandels|datenbroker\w*|data ?brokers?|list brokers?|datahandela\w*|adreshandela\w*|adreshandel|courtiers? (en|de) (donnees|listes|fichiers)|corredor\w* de (datos|listas)|brokers? de datos|(?:(?:make|makes|making|made|earn|earns|earning|earned|verdien\w*|machen|macht|gagn\w*|fais\w*|fait|faire|ferons|ganar|ganamos|gana|ganan|obten\w*|obteng\w*)(?:[- ]\w+)? (?:money|geld|kohle|knete|reibach|de l'argent|d'argent|argent|dinero)|(?:money|geld|dinero|argent)(?: \w+)? (?:verdien\w*|gagn\w*|ganar|ganamos|obten\w*|obteng\w*))(?= (?:\w+ ){0,2}(?:with|from|off|out of|on|aan|met|mit|uit|avec|sur|con|de|por) (?:\w+ ){0,3}(?:data|datos|donnees|\w*daten|\w*gegevens|informa\w*|profil\w*|\w*gedrag|\w*verhalten|comportement\w*|comportamiento\w*|behaviou?r\w*))|(?:geld|money|argent|dinero)(?<=\b(?:mit|met|aan|uit|with|from|avec|con) (?:\w+ ){0,3}(?:daten|gegevens|data|donnees|datos|personendaten|kundendaten) (?:\w+ ){0,2}(?:geld|money|argent|dinero)) (?:\w+ )?(?:verdien\w*|te verdienen|machen|gagn\w*|ganar)|flog|flogged|flogging|verhandeld|verhandelen|vendeis|vendes|vendez|adressvermietung|adresshandel|listbroking\w*|datenhandel|datenverkauf|adressverkauf|mietweise|weiterverausser\w*|monetaris\w*|locations? ou (?:d'|d'un |de l')?echanges?|(?:mettons|met|mettent|mettre|mis|mise|mises) en location|echanges? ou (?:de |d'|d'une |de la )?locations?|commerce (?:de |des |du )(?:\w+ ){0,2}(?:renseignements|donnees|informations|fichiers)|(?:locations?|echanges?) (?:\w+ ){0,2}(?:de |d'|du |des )(?:nos |vos |ses |leurs )?(?:fichiers?|listes|coordonnees)|locations? (?:\w+ ){0,2}(?:de |d'|du |des )(?:nos |vos |ses |leurs )?donnees|(?:alquiler|arrendamiento) de (?:nuestras |sus |las |tus |su |tu |los )?(?:listas|bases de datos|datos|nombres?|direccion(?:es)?)|(?:dar|da|dara|daran|damos|dan|poner|pone|ponemos|pondra|pondran|ponen) en (?:alquiler|arrendamiento)|vendions|vendrions|vendiamos|vendian|vendia|vendo|vendere|vendi|vendiste|alquilo|alquilaba|alquilaban|alquilabamos|cedo|vends|vendrai|vendais|vendimos|vendieron|vendio|revend\w*|verkauft\w*|zu geld mach\w*|zu geld gemacht|versilber\w*|(?:touch\w*|gagn\w*|make|makes|made|earn|earns|earned|verdien\w*|gana\w*|ganamos)(?= (?:\w+ ){0,3}(?:penny|pennies|cent|cents|centime|centimes|centimo|centimos|centavo|centavos|dime|stuiver|sou)\b)|(?:geld|kohle|knete|reibach)(?<=\bmit (?:\w+ ){0,3}\w*daten (?:machen|verdienen|scheffeln) (?:wir|die|sie|ich) (?:\w+ ){0,2}(?:geld|kohle|knete|reibach))|(?:pon\w*|pusimos|puesto) (?:un )?precio a|put (?:a )?price (?:tag )?on|(?:ofrec\w*|pon\w*|pond\w*|pus\w*|sac\w*) (?:\w+ ){0,3}(?:en|a la) venta|(?:mettons|mettre|met|mis|mise)s? en vente|offer\w* (?:\w+ )?for sale|put up for sale|zu markte? (?:ge)?trag\w*|kauflich(?<!unkauflich|un-kauflich|un kauflich)(?! (?:zu )?erw)|de boer op\w*|se negocian?(?= con)|kommerziell\w* verwert\w*|kommerziell\w* (?:nutzung|verwendung)(?= (?:[\w-]+ ){0,2}(?:\w*daten|angaben|informationen|\w*profile?)(?: [\w-]+){0,2} (?:durch|von) dritte)|verwert\w*(?= (?:\w+ ){0,4}kommerziell)|explotacion comercial|explota\w* comercialmente|aprovechamiento (?:economico|comercial)|aprovecha\w* (?:economicamente|comercialmente)|exploitation commerciale|exploit\w* commercialement|commercial(?:ly)? exploit\w*|exploit\w*(?= (?:\w+ ){0,4}(?:commercially|commercieel))|commercie\w* (?:te )?(?:exploiteren|exploitatie|uitbaten|uitbating)|geschaft\w*(?= mit (?:(?:ihren|deinen|ihrer|deiner|den|unseren|diesen|solchen|personenbezogenen|personlichen|privaten) )*\w*daten\b)|geschaft\w*(?<=\bmit (?:(?:ihren|deinen|ihrer|deiner|den|unseren|diesen|solchen|personenbezogenen|personlichen|privaten) )*\w*daten (?:\w+ ){0,3}geschaft\w*)|negoci(?:o|os|amos|ar|an|a)(?= con (?:(?:sus|tus|los|las|la|su|tu|nuestros|nuestras|vuestros|estos|dichos|esos) )*(?:datos|informacion)\b)|rentabiliz\w*(?= (?:\w+ ){0,3}datos\b)|beneficios? economicos?(?= (?:\w+ ){0,2}(?:de|con|por|a partir de) (?:\w+ ){0,3}datos\b)|vendier\w*|venderia\w*|vendiendol\w*|sous forme de (?:location|licence|vente)|in form (?:von|einer) (?:vermietung|lizenz|verkauf)|en forma de (?:alquiler|licencia|venta)|in de vorm van (?:verhuur|licentie|verkoop)|hire\w* out|let out|lets out|letting out|offer\w* (?:\w+ )?for purchase|(?:available|up) for purchase|(?:put|offered) (?:\w+ )?up for auction|verkwansel\w*|sjacher\w*|om in geld(?<=\bzet\w* (?:[\w-]+ ){0,5}om in geld)|omzetten in geld|omgezet in geld|troqu\w*|troc(?!')|(?:propos|offert|offr)\w* a l'achat|negoce (?:de |d'|des )(?:\w+ )?(?:informations|donnees|fichiers|renseignements|coordonnees)|marchandis\w*|(?:source de revenus?|source of (?:income|revenue)|einnahmequelle|bron van inkomsten|fuente de ingresos)(?<=\b(?:fichier|donnees|data|daten|gegevens|datos|informations?|bestand)\w* (?:[\w']+ ){0,3}(?:une |a |een |eine |una )?(?:source de revenus?|source of (?:income|revenue)|einnahmequelle|bron van inkomsten|fuente de ingresos))|arriend\w*|trafic\w*(?= con (?:\w+ ){0,2}(?:datos|informacion))|traffick\w*(?= in (?:\w+ ){0,2}(?:data|information))|trafiqu\w*(?= (?:\w+ ){0,3}(?:donnees|informations))|(?:hac\w*|hic\w*) caja con|sac\w* tajada|cediendo\w*|permutas? (?:de|of) (?:\w+ ){0,2}(?:ficheros|datos|listas|bases|fichiers|donnees|data|lists|adresses|direcciones)|intermediari\w* de datos|(?:ofrec\w*|propon\w*) (?:\w+ ){0,3}para su (?:adquisicion|compra)|commerciali[sz]\w*|kommerziali[sz]\w*|verpacht\w*|feilbiet\w*|feilgeboten|feil(?<=\bbiet\w*[^.;:!?]{1,80}\bfeil)|zu geld(?<=\bmach\w* (?:[\w-]+ ){0,5}zu geld)|comerciali[szc](?!ador)\w*|comerciamos|comerciar|comercia|comerciaremos|comerciaran|comerciara|comerciaria|comerciariamos|comercien|comerciemos|vendera|venderemos|venderan|venderse|venderlos|venderlas|venderla|venderlo|vendra|vendrons|vendront|vendamos|vendan|venda|vendiendo|louee|louees|loues|monetis\w*|vermarkt\w*|weitervermarkt\w*|cedamos|cedan|cedido|cedida|cedidos|cedidas|ingresos por ceder|monnay\w*|monetiz\w*|cede|cedons|cedent|cedera|ceder|cederons|cedee|cedees|cedes|cedemos|revente|reventa|doorverkocht|doorverkopen|verausser\w*|vermietung|handeln|handelen|handelt|handel|barter|barters|bartered|bartering|sell|sells|selling|sold|resell|resells|reselling|resold|rent|rents|renting|rented|lease|leases|leasing|leased|trade|trades|trading|traded|verkopen|verkoopt|verkoop|verkocht|verkochte|verhuren|verhuurt|verhuurd|verhuur|doorverkoop|verkaufen|verkaufe|verkaufst|verkauf|vertick\w*|verscherbel\w*|verhoker\w*|verklopp\w*|verpats\w*|refourgu\w*|weiterverkaufen|weiterverkauft|weiterverkauf|vermieten|vermietet|vendre|vendons|vend|vendent|vendant|revendant|louant|vendu|vendue|vendus|vendues|louer|louons|louions|loue|louent|vente|vender|vendemos|vende|venden|vendido|vendida|vendidos|vendidas|revender|alquilar|alquilamos|alquila|alquilan|alquilad[oa]s?|alquilaremos|alquilara|alquilaran|arrendad[oa]s?|arrendar|arrendamos|(?:intercambi\w*|echang\w*|exchang\w*|swap\w*|uitwissel\w*|ruil\w*)(?= (?:[\w'’-]+ ){0,2}(?:datos de contacto|contactgegevens|kontaktdaten|contact (?:details|data)|coordonnees)\b)|rentar|rentamos|rentan|renta(?= (?:su|sus|nuestr[oa]s?|la|las|los|el|tu|tus) (?:\w+ )?(?:lista|listas|base|bases|fichero|ficheros|datos|directorio|padron)\b)|rentado|rentada|rentados|rentadas|rentaremos|rentaria|rentariamos|enajena\w*|enajenacion|venta|sale)\b/g);

/** An indirect question about selling ("whether we have sold", "ob … verkauft"). */
const INDIRECT_QUESTION_RE = /\b(ob|whether)\b[^,;.:]{0,150}$/;

/** A swap named as what is given in return ("in exchange for marketing lists", "in ruil voor adressen"). */
const CONSIDERATION_HIT_RE = /\b(in|en|im|a|als) (exchang|echang|ruil|tausch|austausch|intercambi)\w*$/;

/** A list of recipients that continues a sale ("… ne sont vendus — que ce soit à X ou à un courtier"), so the sale's negation reaches it. */
const RECIPIENT_LIST_RE = /\b(que ce soit|whether (to|it be)|sei es|ob an|ya sea|hetzij|zij het|of het nu)\b/;

/** "Money … received in exchange for customer records — nil": an amount stated as none. */
/** Cheap guard for NIL_AMOUNT_RE: the line must end in a nil amount. */
const NIL_END_RE = /[—–:-]\s*(nil|none|zero|nul|nulle|0|keine|geen|ninguno|ninguna|aucune?|nada|n\/a)\W*$/;
const NIL_AMOUNT_RE = /\b(money|consideration|payment|revenue|income|geld|entgelt|einnahmen|vergutung|vergoeding|inkomsten|argent|remuneration|revenus|dinero|ingresos|contraprestacion)\b[^.;]*\b(exchange|echange|tausch|ruil|cambio|for|fur|voor|pour|por)\b[^.;]*[—–:-]\s*(nil|none|zero|nul|nulle|0|keine|geen|ninguno|ninguna|aucune?|nada|n\/a)\W*$/;

/** A sentence that defines "sale" or "consideration" ("For the purposes of this notice, … is "sold" when …", "Unter einem Verkauf verstehen wir …"): no stance of its own, the next sentence takes position. */
const DEFINITION_RE = /\b(on entend par|s'entend de|se entiende por|entendemos por|verstehen wir|verstaan wij|wordt verstaan|shall mean|means any|is defined as|defines an? ["'“‘]?sale|bezeichnet als|gilt jede|is ["'“‘]?sold["'”’]? when|(a|the term) ["'“‘]?sale["'”’]? (is|means)|(nach|gemass|laut) [^.;]{0,40}(recht|gesetz\w*)( \w+){0,3} (ist|gilt) ([^.;]{0,240} )?(als )?ein ["'“‘„]?verkauf(?=\W*$)|een tegenprestatie is|une contrepartie de valeur)\b/;

/** Verb forms where Dutch/German put the negation after the verb. */
const V2_VERBS = new Set(['verhandeld', 'verhandelen', 'te koop', 'verkopen', 'verkoopt', 'verkoop', 'verkocht', 'verhuren', 'verhuurt', 'verhuurd', 'verkaufen', 'verkauft', 'verkaufe', 'verkauf', 'vermieten', 'vermietet', 'vermietung', 'doorverkopen', 'doorverkocht', 'weiterverkaufen', 'weiterverkauft', 'handeln', 'handelen', 'handelt', 'handel']);

/** Noun forms ("the sale of data is prohibited"): negation may follow. */
const NOUNS = new Set(['adressvermietung', 'adresshandel', 'listbroking', 'datenhandel', 'datenverkauf', 'adressverkauf', 'datentausch', 'adresstausch', 'weiterverkauf', 'verhuur', 'doorverkoop', 'for sale', 'selling', 'sale', 'vente', 'venta', 'revente', 'reventa', 'verkauf', 'verkoop', 'vermietung', 'commercialisation', 'comercializacion', 'negocio', 'negocios', 'geschaft', 'geschafte', 'kommerzielle verwertung', 'kommerzielle nutzung', 'kommerzielle verwendung', 'explotacion comercial', 'exploitation commerciale']);

/** Something the sale is about: data, information, lists, addresses, profiles. */
const DATA_OBJECT_RE = /\b((uw|je|jouw|ihre|deine|votre|ta|your|su|tu) (\w+ )?(aanvraag|offerteaanvraag|anfrage|demande|request|solicitud)|leads?|ids?|identifiers?|identificador\w*|identifiant\w*|kennung\w*|intereses|interets|interests|interessen|postcodes?|postal codes?|zip codes?|postleitzahl\w*|code postal|codigo postal)\b|data|datos|lista|direcci|adresse|statisti|estadistic|coordonn|fichier|fichero|archivo|donnees|daten|gegevens|informa|renseignement|details|adres|address|profil|profiel|\bnames?\b|\b(ihre[mnrs]?|deine[mnrs]?|eure[mnrs]?) (\w+ )?namen\b|\bnaam\b|prospect\w*|\bnumbers?\b|\bnombre|\bnoms?\b|trend|segment|\blists?\b|\blistes?\b|\Blisten\b|lijst|bestand|contact|kontakt|e-?mail|personal|personnel|angaben|phone|telefo\w*|telefoon|telephone|correo|courriel|histor\w*|verlauf|location|ubicacion|localisation|\bposition|anschrift|geburt\w*|interet|locatie|standort|fahrdaten|messwerte|kundendaten|datei|\bmetri\w*|datensatz|releve\w*|lectura\w*|meterstand\w*|zahlerst\w*|perfil\w*|inzicht\w*|insights?|interesses|surfgedrag|\w*gedrag|\w*verhalten|comportement\w*|comportamiento\w*|behaviou?r\w*|\w*gewohnheit\w*|\w*gewoonte\w*|\bhabit(s|udes?)\b|\bhabitos|records|interessecategorie\w*|interest categor\w*|interessenkategorie\w*|categories d'interets|categorias de interes|\b(credit|consumer|tenant|background|screening) (reports?|files?|scores?)\b|\b(your|their|ihre[mnrs]?|uw|hun|vos|votre|leurs?|sus|su) (\w+ )?(file|files|dossiers?|akte)\b|\breports? (drawn|derived|compiled|built|generated) from\b|\b(electoral|open|edited|full|voters?'?|membership|members'?) registers?\b|\b(record|data|customer|member|subscriber|mailing) files?\b|gepseudonimiseerd\w*|pseudonymisiert\w*|depersonnalis\w*|de-?identified|despersonalizad\w*|pseudonymi[sz]ed|pseudonymises?|seudonimizad\w*|geanonimiseerd\w*|anonymisiert\w*|anonymi[sz]ed|anonymises?|anonimizad\w*|\bbases? de (datos|client\w*|soci\w*|suscriptor\w*|contact\w*|usuari\w*)|\brelacion de (socios|clientes|miembros|afiliados|asociados)|(customer|client|user|subscriber) base|kundenstamm|kundenbasis|kundenkartei|subscribers?|suscriptor\w*|abonnent\w*|\babonnee?s\b|liste\b|\b(it|them|esta|ces|celles|ceux|sie|deze|ze|ils|elles)\b/;

/** Business transfers: a company sold/merged, not a data sale. */
const BUSINESS_RE = /\b((sell|sold|buy|transfer)\w* (or (sell|sold|buy|transfer)\w* )?(all |some |any |part |a part |substantially all |all or (a )?part |all or (a )?portion )?(of )?(our |its |the |their )?(business(?! (contact|cards?|e-?mail|address\w*|phone|telephone|details|information|data|customers?|clients?))|assets|company|companies|stores|units|brands)|business offerings|transferred (business )?assets|fuseert|fuseren|(verkocht|verkauft|sold|vendu\w*|vendid[oa]s?) (of|oder|or|ou|o) (overgenomen|ubernommen|acquired|rachete\w*|adquirid[oa]s?)|successor (company|entity|organi[sz]ation|business|owner)|acquir(er|ing (company|entity|party))|rechtsnachfolger\w*|rechtsopvolger\w*|successeur|sucesor|opga(at|an) in (een |de |het )?(andere |nieuwe )?(onderneming|organisatie|bedrijf|groep)|aufgeh(t|en) in (einem |einer |ein |eine |dem |der )?(anderen |neuen )?(unternehmen|gesellschaft|konzern|gruppe)|(bedrijf|onderneming|organisatie) (wordt|is) (verkocht|overgenomen)|wordt overgenomen|(unternehmen|gesellschaft) (verkauft|ubernommen) wird|(societe|entreprise) (est|serait) (vendue|cedee|rachetee)|(empresa|compania|sociedad) (es|fuera|sea) (vendida|adquirida)|merger|merge|merged|acquisition|acquired|bankrupt\w*|insolven(?!\w*(bekanntmach|register|verzeichnis|daten|records|notices))\w*|reorgani[sz]ation|sale of (all|some|substantially|part|our|the company|its|a portion)|(business|company|assets?) (is|are|were|was|be|being) sold|we are sold|is sold or|sell (all|some|substantially|part|a portion) of (our|its)|(sell|sold) (our|its|the) (business(?! (contact|cards?|e-?mail|address\w*|phone|telephone|details|information|data|customers?|clients?))|company|assets)|fusie|faillissement|overname van|fusion|ubernahme|unternehmensverkauf|(verkauf|verausserung|ubertragung) (des|unseres|eines) (unternehmens|betriebs|geschafts)\w*|unternehmensteil\w*|erwerber\w*|faillite|(?<!\b(cette|ces) )cession(?! payantes?| (a titre \w+ )?(de |des |d'|du )(vos |ses |leurs |nos |ces |notre |votre )?(certaines |\w+ )?(donnees|coordonnees|informations|fichiers?|renseignements|adresses|creances|listes?)| a (des |nos |ses |leurs |d'autres )?(partenaires|tiers|annonceurs|entreprises)| a titre onereux)|rachat(?! de (creances|donnees|fichiers))|(?<!para su )adquisicion(?! de (material|productos|suministros|mercancias|bienes|equipos|insumos))|quiebra|assets?|activos|actifs|business units?|operations are sold|(wordt|is) (ons |het )?(bedrijf|onderneming) (verkocht|overgenomen)|(empresa|compania|sociedad) se (vende|fusiona)|se fusion\w*|(tienda|negocio|empresa|compania|sociedad) (es|fuera|sea|fue) (vendid[oa]|adquirid[oa])|nuev[oa] (titular|propietari[oa]|duen[oa])|(unternehmen|praxis|gesellschaft) (verkauft|ubergeben|veraussert) wird|(wird|werden|wurde|sollte|sollten) (unser|unsere|das|die|ein|eine) (\w+ )?(unternehmen|praxis|gesellschaft|firma|betrieb|geschaft|konzern)\w* (\w+ ){0,6}(verkauft|veraussert|ubernommen|ubertragen|fusioniert|zusammengeschlossen)|(unternehmen|gesellschaft|konzern|firma) (\w+ ){0,2}(erworben|ubernommen|verkauft|veraussert) (oder (erworben|ubernommen|verkauft|veraussert) )?(\w+ )?(wird|werden|wurde)|(unser|unsere|unseren|das|ein|einen) (unternehmen|geschaft|geschaftsbereich|firma|gesellschaft) (\w+ ){0,4}zu (verkaufen|verausser\w*)|(insgesamt|wesentlichen teile\w*) (\w+ ){0,3}(verkauft|veraussert|ubernommen)|geschaftsbereich\w*|vermogensgegenst\w*|aktiva|unternehmensbereich\w*|geschaftsanteil\w*|kontrollwechsel\w*|(vollstandig|ganz|teilweise) oder (teilweise|vollstandig|ganz) (verkauft|veraussert|ubernommen)|bedrijfsonderde\w*|nachfolger\w*|ganz oder teilweise|vermogenswert\w*|(shop|store|laden|geschaft|betrieb|firma|verlag|kanzlei|zaak|winkel|librairie|boutique|tienda|negocio|magasin|quincaillerie|boulangerie|pharmacie|salon|restaurant|bakkerij|apotheek|kapsalon|backerei|apotheke|panaderia|farmacia|peluqueria|ferreteria) (\w+ ){0,5}(verkauft|verkocht|vendue?|vendid[oa]|verkopen|vendre)|in andere handen|acquereur|repreneur|adquirente|geschaftsbetrieb\w*|rachet(?!\w* (\w+ ){0,3}(adresses|donnees|fichiers|coordonnees|listes|informations|renseignements))\w*|fonds de commerce|new owner|nieuwe eigenaar|neuen inhaber|nouveau proprietaire|nuevo propietario)\b/;

/** A product after a marketing noun ("comercialización y contratación de su póliza", "commercialisation de nos offres"). */
const PRODUCT_MARKETED_RE = /^\s*((y|et|and|und|en) \w+ )?(de|des|du|del|of|van|von) (vos|votre|nos|notre|su|sus|la|el|los|las|the|your|our|ihrer|unserer|onze|uw|tus|tu|nuestr\w+) (\w+ )?(polic\w*|poliz\w*|assuranc\w*|seguros?|insurance\w*|verzekering\w*|produ\w*|servic\w*|offres?|ofertas?|contrat\w*|tarjetas?|cartes?|credit\w*|creditos?|prestamos?|viajes?|voyages?|billetes?|entradas?)\b/;
/** Selling goods, not data: what comes right after the verb ("sell tickets", "vendons des abonnements"); insurers as recipients are not goods ("Verkauf an Versicherungen"). */
const PRODUCT_AFTER_RE = /^\s*(?!(an|to|aan|a|aux|au|al) (\w+ )?(versicherung\w*|verzekeraar\w*|assureurs?|aseguradoras?|insurers?|insurance (companies|providers))\b)(,? ?(or|and|of|oder|und|ou|et|o|y|en) (buy|purchase|order|download|stream|kopen|bestellen|kaufen|acheter|commander|comprar|pedir|install|deliver|repair|maintain|service|ship|leveren|installer|repar|onderh|liefer|wart|livr|entreg|instal)\w*[ ,]|((?!(?:to|an|aan|aux|au|al|a|sondern|but|maar|mais|sino|pero|aber|gegen|tegen|contre|against|exchange|cambio|echange|ruil|austausch)\b)(?!\w*(?:daten|gegevens|datos|donnees)\b)(?!(?:personal(?!i[sz])|customer|user|data|informa|gegevens|daten|donnees|datos|details|contact|address|adres|e-?mail|names?|naam|history|histori|profil|location|phone|telefo|numbers?|nummer|numero|coordonn|renseignement|preferen)\w*\b)[\w-]+,? ){0,4}(?!(?:to|an|aan|aux|au|al|a)\b)\w*(products?|produkt|produit|producto|product|software|alcohol|alcool|tabak|tobacco|tabac|tabaco|cigarrillos?|cigarros?|cigarettes?|zigaretten|sigaretten|knives|weapons|lighters|medicines?|medicaments?|medicamentos?|medikamente|geneesmiddelen|goods|services|tickets|items?|merchandise|insurance|policies|(?<!\bunder )contracts?|passes|books|textbooks|ropa|juguetes|libros|clothes|toys|vetements|jouets|livres|kleidung|spielzeug|bucher|kleding|speelgoed|boeken|recargas|recharges?|top-?ups?|paquetes de datos|data (?:bundles?|plans?|packages?)|datenpakete?|databundels?|forfaits?|vehicles?|motos?|bicicletas?|fahrrad|fahrrader|motorrad\w*|bikes?|motorbikes?|licencias|lizenzen|licen[cs]es|departamentos|apartamentos|pisos|wohnungen|ferienwohnungen|zimmer|habitaciones|locales|oficinas|appartements|woningen|vakantiewoningen|vehiculos?|vehicules?|coches?|fahrzeuge?n?|voertuigen|voertuig|voitures?|cars?|advertising|ad space|subscriptions?|memberships?|gift cards?|loot ?box\w*|bonos? regalo|bons cadeaux?|cadeaubon\w*|cheques? (regalo|cadeaux?)|tarjetas? regalo|cartes? cadeaux?|upgrades?|add-ons?|packages?|effecten|wertpapier\w*|securities|financial instruments|instruments financiers|financiele instrumenten|pakketten|pakket|pakete|paket|templates?|vorlagen|designs?|themes?|plugins?|kurse|courses?|cursussen|cours|cursos|producten|diensten|kaartjes|verzekering\w*|abonnement\w*|polissen|artikelen|produkte|waren?|karten|versicherung\w*|abos?|vertrage|alkohol\w*|getranke|produits|billets|assurances?|contrats?|articles|productos|articulos|entradas|billetes|seguros?|polizas|contratos|suscripciones|devices?|equipos?|decodificador(?:es)?|aparatos?|dispositivos?|decoders?|modems?|routers?|laptops?|(?:smart)?phones?(?! ?numbers?)|terminal(es|s)?|werbeplatz\w*|werbeflache\w*|anzeigenplatz\w*|advertentieruimte|reclameruimte|ad space|advertising space|espacios publicitarios|espaces publicitaires|computers?|furniture|bikes?|bicycles?|houses?|homes?|property|properties|woning\w*|huis|huizen|fietsen|meubels|telefoons|gerate|fahrrader|mobel|wohnung\w*|haus|hauser|immobilie\w*|appareils|ordinateurs|meubles|velos|maisons?|logements?|vivienda\w*|casas?|pisos?|muebles|bicicletas|ordenadores|moviles|telefonos|artikel|articulo|producto|billete|entrada|anteile|aktien|aandelen|acciones|participaciones|titres|valeurs mobilieres|stocks|bonds|points|punten|punkte|puntos|e-?books?|bebidas|boissons|drinks|beverages|dranken|wines?|vins?|vinos?|wijn(en)?|weine?|spirituosen|spirits|alcoholic\w*|alcoholicas?|alcoolisees?|alkoholische\w*|alcoholische|electricity|power|energy|energie|energia|stroom|strom|elektriciteit|electricite|electricidad|excedentes|surplus|uberschuss\w*|overschot)\b(?!-)(?! (?:or |and |of |en |und |oder |et |ou |y |o )?(?:[\w-]+ )?(?:data|information|details|gegevens|daten|donnees|datos|records|lists?|ids?|identifiers?|identifiants?|kennungen|profiles?|profils?|profile)\b))/;

/** A sentence that opens with a condition (or a German V1 clause: "Wurde Ihr Ticket … verkauft, …"). */
const GOODS_CONDITION_RE = /^\W*(if|when|once|si|wenn|falls|sobald|als|indien|wanneer|zodra|cuando|wurde|wird|werden|wurden|ist|sind)\b/;
/** Where the clause that opens a sentence ends: at ", but", "; ", ": " (or -1: it runs to the end). */
function clauseBreakAfter(s: string, from: number): number {
  const m = /,?\s(but|maar|aber|mais|pero)\b|[;:]/.exec(s.slice(from));
  return m === null ? -1 : from + m.index;
}
/** Software or an app as the object of licence terms ("de software te verhuren", "arrendar ni ceder el programa"). */
const SOFTWARE_RE = /\b(software|programa|programm|programma|logiciel|apps?|applicatie|aplicacion|application|anwendung|licen[cs]e|licentie|lizenz|licencia|e-?books?|dateien|horbucher|audiobooks?|ebooks?)\b/;
/** A prohibition addressed to the licensee. */
const PROHIBITED_RE = /\b(not (permitted|allowed)|may not|must not|durfen (weder|nicht)|niet (\w+ )?toegestaan|nicht (gestattet|erlaubt)|untersagt|verboten|no (esta|estara) permitido|no se permite|prohibido|interdite?s?|n'est pas autorise)\b/;
/** "your personal data" in the sentence: a goods-like subject is then a name ("Brightline Software Ltd will never sell your personal data"). */
const USERS_DATA_PHRASE_RE = /\b((your|ihre[mnrs]?|deine[mnrs]?|uw|je|vos|votre|tes|ta|sus|su|tus|tu) (\w+ )?\w*(data|daten|gegevens|donnees|datos|information|informationen|informatie|informations|informacion|correos?|e-?mail-?adress\w*|estadisticas|statistiken|historial|kaufhistorie|telefono|telefonnummer|angaben)|(the|die|de|les|los|las|la|el|het|der|das) (\w+ )?(data|daten|gegevens|donnees|datos|information|informationen|informatie|informations|informacion) (from |of |about |van |uit |von |de |des |du |sobre |de las |de los )?(your|you|ihre\w*|ihres|ihnen|uw|je|vos|votre|tes|sus|su|tus)\b|(listas?|listados?|ficheros?|bases? de datos) de (suscriptores|clientes|socios|lectores|abonados|usuarios)|(subscriber|customer|mailing|member|reader|donor|client) lists?|(abonnenten|kunden|mitglieder|leser)(listen?|adressen|daten)|(listes?|fichiers?) (de |des |d')?(abonnes|clients|lecteurs|membres|utilisateurs)|(klanten|abonnee|abonnees|leden|lezers)(lijst|lijsten|bestand)\w*)\b/;
/** A data noun within three words after the goods word that opened the sentence. */
const DATA_AFTER_GOODS_RE = /^\W*(\w+\W+){0,3}\w*(daten|data|gegevens|donnees|datos)\b/;
/** Goods as the sentence's subject ("Reward points cannot be sold", "Gespaarde punten kunnen niet worden verkocht"). */
/** The users' data as the object right after a sale verb (up to the next punctuation): "swaps customer lists with …". */
function usersDataObjectAfter(s: string, end: number): boolean {
  const object = s.slice(end, end + 80).split(/[,;.:!?]/)[0];
  // "Nubegest Software no vende ni pone a disposición de terceros los datos …": the object after a coordinated verb
  return USERS_DATA_PHRASE_RE.test(object.slice(0, 40)) || (COORDINATED_VERB_RE.test(object) && DEFINITE_DATA_RE.test(object));
}
/** Some sale verb of the sentence has the users' data as its object ("Nubegest Software no vende ni pone a disposición … los datos"). */
function verbWithDataObject(s: string): boolean {
  VERB_RE.lastIndex = 0;
  for (let m = VERB_RE.exec(s); m !== null; m = VERB_RE.exec(s)) {
    if (usersDataObjectAfter(s, m.index + m[0].length)) {
      VERB_RE.lastIndex = 0;
      return true;
    }
  }
  return false;
}
/** A second verb coordinated with the first ("no vende ni pone a disposición …", "sells or rents", "verkauft oder vermietet"). */
const COORDINATED_VERB_RE = /^\s*,?\s*(ni|nor|or|noch|oder|of|ou|o|ni ne)\s/;
/** A definite data noun ("los datos", "die Daten", "the data"). */
const DEFINITE_DATA_RE = /\b(los|las|les|die|de|the|het) (\w+ )?(datos|donnees|daten|gegevens|data|informacion|informationen|informatie|information)\b/;
const GOODS_SUBJECT_RE = /^\W*((no|yes|nee|ja|nein|non|oui|si)\W+)?((?!\w*(daten|data|gegevens|donnees|datos|informa))\w+ ){0,2}((?!daten|data|gegevens|donnees|datos)\w*(punten|punkte|points|puntos|bonnen|gutscheine|abonnements?|abos|tickets|produkte|producten)|points|punten|punkte|bonuspunkte|puntos|encarts?|espaces? publicitaires?|ad (?:space|slots?)|advertising space|werbeflache\w*|werbeplatz\w*|advertentieruimte|espacios? publicitarios?|pieces|coins|monedas|munten|munzen|gems|gemmes|gemas|jetons|tokens|kavels?|veilingstukken|lotes|auktionsware|vouchers?|gift ?cards?|cadeaubonnen|cadeaukaarten|tegoedbonnen|gutscheine|bons d'achat|bons( cadeaux?)?|cartes? cadeaux?|cheques? regalo|tarjetas? regalo|tickets?|billets?|entradas|kaartjes|eintrittskarten|pakketten|pakket|pakete|paket|parcels?|colis|paquetes?|contrats|contracts|vertrage|contratos|contracten|polices|polizas|polissen|flugscheine?|fahrkarten?|fahrscheine?|vliegtickets?|treinkaartjes?|boletos?|pasajes?|laptops?|smartphones?|gerate|devices?|software|logiciels?|woning(en)?|huis|huizen|haus|hauser|wohnungen|wohnung|immobilien|immobilie|maisons?|logements?|viviendas?|casas?|property|properties|homes?|houses?|vehicles?|vehiculos?|vehicules?|voertuig(en)?|cars?|fahrzeuge|fahrzeug|voitures?|(?<!\b(?:avez|avons|ont|ai|as|a|ayez|ayant|est|sont|soit) )coches?|premios?|prizes?|prijzen|fietsen|fiets|fahrrader|fahrrad|velos?|bicicletas?|items?|articles|artikelen|articulos|products?|producten|produkte|produits|productos|goods)\b(?!-)(?! (data|information|details|gegevens|daten|donnees|datos|ids?|identifiers?|identifiants?|kennungen|kennung|numbers?|nummers?|nummern|numeros?|logs?|history|historique|historial|verlauf|such as|like|wie|zoals|comme|como|of (personal|your)|van (uw|je)|von ihnen|de (vos|tus|sus)))/;
/** A sale of data denied after goods were named ("…, pero nunca vendemos la identidad ni los datos de contacto de compradores"). */
const DENIED_DATA_SALE_RE = /\b(nunca|no|never|not|jamais|niemals|nie)\b (\w+ ){0,2}(vend\w*|sell\w*|verkauf\w*|verko\w*)\b[^.;]{0,50}\b(datos|daten|data|donnees|gegevens)\b/;
/** Data named right before the sale verb, as its object ("… wird zwar gespeichert, diese Informationen verkaufen wir aber nicht"). */
const DATA_TOPIC = String.raw`\b(diese[ns]?|these|those|estos|estas|esos|esas|ces|deze|dies) (informationen|daten|angaben|datos|informacion|information|data|donnees|gegevens|informatie|informations)`;
const DATA_TOPIC_RE = new RegExp(`${DATA_TOPIC} (verkauf\\w*|vend\\w*|sell\\w*|verko\\w*|vermiet\\w*|alquil\\w*)`);
const DATA_TOPIC_BEFORE_RE = new RegExp(`${DATA_TOPIC}\\s+$`);

/** Something linked to the user's profile ("ces tickets, associés à votre tranche d'âge"): data, not goods. */
const LINKED_TO_USER_RE = /\b(associee?s?|liee?s?|linked|combined|gekoppeld|verknupft|verbunden|asociad[oa]s?|vinculad[oa]s?) (a|to|with|aan|met|mit|con) (votre|vos|your|uw|je|ihre\w*|deine\w*|tu|tus|su|sus)\b/;
/** A goods word that starts a company's name ("Huis & Tuin Vlaanderen NV", "Revista Casa & Jardín", "Möbel Kraft GmbH"). */
const COMPANY_NAME_AFTER_RE = /^[^,;.:]{0,40}?(\s&\s|\b(nv|bv|bvba|vzw|gmbh|ag|kg|ug|sa|sas|sarl|asbl|srl|sl|spa|ltd|llc|inc|plc|corp)\b)/;
/** Software licensed to the user ("se te concede bajo licencia", "vous est concédé sous licence", "is licensed to you"). */
const LICENSED_TO_USER_RE = /\b(se (te|le|les) (concede|otorga)n?|(vous|te) (est|sont) (concede|accorde)e?s?|(is|are) licensed,? (not sold,? )?to you|wird (ihnen|dir) (\w+ )?(lizenziert|uberlassen)|wordt (u|je) (\w+ )?(in licentie gegeven|gelicentieerd))\b/;

/** How goods are sold ("al crédito", "on credit", "por internet", "met een groeigarantie"), not what. */
const SALE_MANNER_RE = /^\s(\w+ )?(met|with|mit|avec|con) (een |a |an |einer |einem |une |un |una )?(\w+ )?\w*(garantie|guarantee|warranty|garantia|gewahrleistung)\b|^[\s-]+(?:(?:ausschliesslich|nur|only|exclusively|uniquement|solo|alleen|vous|aussi|also|auch|ook|tambien) )*(?:(?:an|to|aan|a|aux) (?:endkunden|privatkunden|verbraucher\w*|consumers?|end (?:customers|users)|retail customers|consumenten|particulieren|consommateurs|consumidores)|en magasin|in (?:the |our )?stores?|im laden|in (?:der|unseren) filiale\w*|in de winkel|en tienda|en boutique)\b|^\s(al credito|a credito|a plazos|en cuotas|on credit|auf raten|op afbetaling|a credit|por internet|en ligne|online)\b/;
/** Goods sold, then "not your data" after a comma. */
const NOT_DATA_TOO_RE = /^[^.;]{0,60}?(,|\s[–—-])\s*(pas|not|nicht|niet|no|nunca|jamais|never|ni|et non|mais pas|aber nicht|nicht aber|maar niet|pero no|(aber|but|pero|mais|maar|doch) (nie|niemals|nicht|kein\w*|never|not|no|nunca|jamas|jamais|pas|nooit|niet|geen|ningun\w*)) ((avec|with|mit|met|con|from|van|aus|de|par|by|door|durch|por) )?((vos|your|ihre|deine|uw|je|jouw|tus|sus|tes|los|les|die|the|de|het|la|le|el|der|des) )?(\w+ ){0,4}(donnees|data|daten|gegevens|datos|informations?|information|informacion)\b|^[^.;]{0,60}?,\s*(no|not|nicht|niet|pas) (sobre|about|uber|sur|over) (las |les |the |die |de )?(personas|people|persons|personen|personnes|individuos|individuals|particuliers|privatpersonen)\b/;

/** The user buys, rents or leases something ("if you rent or purchase textbooks"). */
const USER_TRADE_RE = /\b(you|customers?|users?|consumers?|u|je|sie|vous|usted|ustedes)\b(?![^.;]*\b(we|wij|wir|nous|nosotros)\b)[^.;]{0,40}$/;

/** Sold out (a product), not a sale of data. */
const SOLD_OUT_RE = /\b(sold out|sells? out|selling out|uitverkocht|ausverkauft|epuise|agotado|agotada)\b/;

/** Negators (folded). */
const NEG_RE = /\b(niets|nichts|rien|not|never|no|none|dont(?! (?:nous|vous|ils?|elles?|on|le|la|les|l'|je|tu|j'|notre|nos|votre|vos|leur|leurs|un|une|des|ce|cette|ces|il)\b)|doesnt|wont|cant|restricted|neither|nor|cannot|without|nobody|noone|nothing|excluded|niemand|niemanden|niemandem|uitgesloten|keinesfalls|keineswegs|exclu|exclue|exclus|exclues|nadie|nada|excluida|excluido|excluidas|excluidos|niet|nooit|geen|nimmer|noch|nicht|nie|niemals|nirgends|nirgendwo|nergens|nowhere|weder|kein|keine|keinen|keiner|keines|keinem|ne|n(?=')|pas|jamais|aucun|aucune|ni|nunca|jamas|ningun|ninguna|ninguno|prohibited|prohibit|prohibits|barred|banned|precluded|prohibe|prohiben|prohibimos|forbid|forbids|forbidden|verboden|verbiedt|verbieden|verbietet|verbieten|untersagen|untersagt|verboten|ausgeschlossen|interdit|interdite|interdisons|interdisent|prohibido|prohibida|sin|sans|zonder|ohne|hors de question|out of the question|geen sprake|nicht in frage|fuera de (toda )?cuestion|ebenso wenig|ebensowenig|evenmin|non plus|tampoco|keinerlei|zero|cero|nul|unterbleib\w*|unterlass\w*|verzicht\w*|refus\w*|refrain\w*|negamos|niega\w*|weiger\w*|abstain\w*|abstien\w*|abstenemos|nullement|aucunement|geenszins|infrage|et non|mais non|non pas|non(?= (vendu|loue|cede|commercialise|transmis|partage)\w*|\s*$)|stopped|ceased|quit|dejamos|dejado|cesse|cessons|arrete|arretons|aufgehort|gestopt|eingestellt|beendet|beeindigd|stopgezet|nix|niks|absage|abgesagt|afgewezen|ecartee?s?|verworfen|abgelehnt|descart\w*|renunci\w*|rechaz\w*|reject\w*|tabu|taboe|taboo|tabou)\b|n't/;

/** Litotes and hedges: a negator that affirms ("not uncommon", "we cannot rule out", "no se excluye que"). */
const AFFIRMING_NEGATION_RE = /\b(not (uncommon|unusual)|niet (ongebruikelijk|ongewoon|uitgesloten|uit te sluiten)|nicht (unublich|ungewohnlich|auszuschliessen|ausgeschlossen,? dass)|pas (inhabituel|rare|exclu)|no es (inusual|raro|infrecuente)|(cannot|can not|can't|could not|do not|don't) (rule out|exclude)|not (be )?(ruled out|excluded)|(kunnen|kan) (\w+ )?niet uitsluiten|(konnen|kann) (\w+ )?nicht ausschliessen|ne (pouvons|peut|peuvent|pouvez) pas (exclure|ecarter)|n'est pas exclu|no (se )?(excluye|descarta)|no (podemos|puede|se puede) (excluir|descartar)|no (esta|queda) excluid[oa])\b/g;

/** Things that end a negation's scope between negator and verb. */
const BREAK_RE = /\b(but|doch|however|although|except|excepto|salvo|sauf|ausser|behalve|uitgezonderd|es sei denn|sauf si|while|whereas|because|maar|echter|omdat|aber|jedoch|weil|mais|cependant|parce que|puisque|pero|sin embargo|sino|porque|ya que)\b|[;:]/g;

/** After-verb scope ends at punctuation or a subordinator. */
const AFTER_END_RE = /[,;.:!?]|\b(als(?! solche\w*\b| such\b)|wenn|falls|indien|tenzij|sofern|unless|if|wanneer|zodra|who|whom|which|that|qui|welke|quienes)\b|\b(en|and|und|et|y) (mogen|moeten|kunnen|may|must|can|durfen|mussen|konnen|peuvent|doivent|pueden|deben)\b/;

/**
 * Words of money and consideration (folded): every match of the payment patterns below contains one
 * ("pag…", "entgelt", "a cambio", "licen…"), so a sentence without any is not scanned by them
 * (`prefiltered`; the unit tests prove each list sound for its patterns).
 */
const MONEY_WORDS = [
  // paying, fees, prices and consideration
  'pag', 'pay', 'paid', 'pai', 'zahl', 'beta', 'geld', 'money', 'cash', 'dinero', 'argent', 'gegenleistung', 'consideration', 'compensa',
  'contrapresta', 'contrapartida', 'contrepartie', 'tegenprestatie', 'remuner', 'retribu', 'vergut', 'vergoed', 'entgelt', 'entschadigung',
  'honorar', 'provision', 'provisie', 'commissi', 'comision', 'fee', 'gebuhr', 'charge', 'kostenpflichtig', 'kostet', 'coste', 'costo',
  'price', 'preis', 'prix', 'prijs', 'precio', 'tarifa', 'tarief', 'cuota', 'redevance', 'royalt', 'regalia', 'pauschale', 'betrag',
  'bedrag', 'summe', 'somme', 'som', 'amount', 'montant', 'importe', 'cantidad', 'porcentaje', 'bonificacion', 'korting', 'zuschuss',
  'zuwendung', 'spende', 'bijdrage', 'contribution', 'participation', 'indemnite', 'pramie', 'prime', 'premie', 'budget', 'subscription',
  'licen', 'lizenz', 'factur', 'cobr', 'abona', 'versent', 'verse', 'uberweis', 'entricht', 'afdra', 'afgedragen', 'overma', 'contra pago',
  'datensatz',
  // revenue and shares of it
  'revenu', 'income', 'proceeds', 'recettes', 'ingreso', 'inkomsten', 'einnahmen', 'erlos', 'umsatz', 'omzet', 'opbrengst', 'ventas',
  'chiffre d', 'profit', 'winst', 'gewinn', 'benefice', 'beneficio', 'ganancia', 'anteil', 'beteilig', 'concedons', 'accordons',
  // something in return, swaps
  'exchange', 'echange', 'cambio', 'ruil', 'return', 'retour', 'gegenzug', 'austausch', 'tausch', 'uitwisseling', 'swap', 'terug',
  'tegenover', 'dafur', 'hierfur', 'daarvoor', 'a su vez', 'in turn', 'leur tour', 'hun beurt', 'krijgen w', 'ontvangen w', ' nothing',
  ' nichts', ' niets', ' rien', ' nada',
  // sponsors and partners who buy rights of use or access
  'sponsor', 'partner', 'aussteller', 'exhibitor', 'exposant', 'expositor', 'patrocinador', 'anunciante', 'annonceur', 'advertiser',
  'adverteerder', 'werbekund', 'socios', 'partenaire',
];
/** PAYMENT_RE also reads a sale by statute ("considered a sale", "cesión onerosa"), free-or-paid pairs and reciprocal swaps. */
const PAYMENT_WORDS = [
  ...MONEY_WORDS,
  'kauft', 'sold', 'bought', 'vendu', 'vendid', 'verkocht', 'gekocht', 'verguet', 'avantage', 'benefit', 'vorteil', 'voordeel', 'rechnung', 'pakket',
  'commercial basis', 'commerciele basis', 'kommerzieller basis', 'base commerciale', 'reciproc', 'of value', 'monetary', 'financ', 'finanzier',
  'funded', 'sale', 'venta', 'vente', 'verkoop', 'verkauf', 'oneros', 'entlohn', 'moyennant', 'commercial gain', 'financial gain', 'pecuniary gain',
  'lucr', 'gratuitement ou', 'onereu', 'purchase', 'beim kauf',
  'berechne',
  'patrocin',
];
/** Being paid for sharing (also a commission whose amount depends on the number of requests passed on, "Die Höhe der Provision richtet sich nach der Zahl der übermittelten Anfragen", and a charge for access to people's data, "Cobramos a las agencias … por el acceso a los currículos"). */
const PAYMENT_RE = compiledNow(prefiltered(/\b((?:cesion|cesiones|transmission|weitergabe|uberlassung|ubermittlung|overdracht|verstrekking|disclosure|transfer|communication|transferencias?)(?: (?:de|of|von|van|des) (?:\w+ ){0,2}(?:datos|data|daten|gegevens|donnees|informacion|information)(?: personales| personal| personnelles| personenbezogen\w*)?)? (?:con|avec|mit|met|with|contre|gegen|tegen|for) (?:une |un |una |an |a |een |eine |einer )?(?:\w+ )?(?:contraprestacion|contrepartie|gegenleistung|tegenprestatie|consideration|remuneration|remuneracion|vergutung|vergoeding|entgelt|paiement|pago|betaling|payment)|(?:licenci\w*|lizenzier\w*|licentie\w*|licencions|concedons sous licence) (?:\w+ ){0,5}(?:datos|estadisticas|daten|statistiken|gegevens|statistieken|donnees|statistiques|informacion|informationen|informatie)|(?:staat|staan|steht|stehen) (?:\w+ ){0,5}(?:vergoeding|betaling|tegenprestatie|geld|gegenleistung|vergutung|bezahlung|entgelt) (?:tegenover|gegenuber)|(?:gratis|kostenlos|geschenkt|free|given|gratuitement|gratuit\w*|gratis|gratuit[oa]s?|regalad[oa]s?) (?:noch|of|ni|nor|or|oder|ou|o|y) (?:betaald|tegen betaling|bezahlt|gegen bezahlung|paid|for a fee|payant\w*|contre paiement|de pago|pagando|gekauft|verkauft|sold|bought|vendu\w*|vendid\w*|verkocht|gekocht)|(?:pagan|paga|pagamos|pay|pays|paid|paying|zahlt|zahlen|bezahlt|bezahlen|betaalt|betalen|betaald|paie|paient|payent|payons|verse|versent|abona|abonan|cobramos|cobran|cobra|charge|charges|charged|facturons|facturent) (?:\w+ ){0,5}(?:por|for|fur|voor|pour) (?:ellos|ellas|ello|ella|them|it|eux|elles|dafur|ervoor|(?:facilit|ced|entreg|compart|dar|shar|provid|pass|disclos|weiterg|ubermitt|verstrek|delen|transmet|communiqu|partag)\w*)\b|(?:geld|money|argent|d'argent|dinero|cash|betaling|bezahlung|paiement|pago|vergoeding|verguetung|vergutung|avantage|benefit|vorteil|voordeel|beneficio|contrepartie|tegenprestatie|gegenleistung|contraprestacion|fee|commission) (?:\w+ ){0,2}(?:voor|for|fur|pour|por|au titre de) (?:uw|je|jouw|your|ihre|deine|vos|votre|tes|sus|tus|de|die|the|les|los|las|my|mijn|meine|mes|mis|mon|ma|ces|these|diese|deze|estos|this|dieser) (?:\w+ )?(?:\w*gegevens|data|\w*daten|donnees|datos|informa\w*|coordonnees|profil\w*)|cobr\w* (?:\w+ ){0,3}por (?:ello|esto|eso|ellos|los datos|sus datos|tus datos|vuestros datos|dichos datos|tu informacion|su informacion)|in exchange for (payment|money|compensation|a fee|monetary|remuneration|(\w+ )?(funds|contributions|payments|fees|royalt(y|ies)))|en echange (d'argent|de l'argent|d'une remuneration|d'un paiement)|acces payant|paid access|(stellen|stellt|stellten) (wir )?(den|dem|der|diesen|unseren) (\w+ ){0,3}(pro|je|fur jede\w*) (\w+ ){0,4}in rechnung|(leur|lui) (est|sont|sera|seront) facture\w*|(bij|met de) aankoop van (een |het )?(\w+ )?\w*(pakket|pakketten)|(with|upon|on) (the )?purchase of (a |an )?(\w+ )?(package|sponsorship)|beim kauf (eines|des) (lead|daten|adress|kontakt|aussteller|sponsor|sponsoring|werbe|marketing)\w*pakets|on a commercial basis|op commerciele basis|auf kommerzieller basis|sur une base commerciale|(who|which|that|die|welche|qui|que|quienes|dat) (have |hebben |haben |ont |han )?(paid|betaald|bezahlt|paye|pagado) (to receive|for (the |this |these |such )?(data|details|information|lists?)|om (\w+ ){0,4}te ontvangen|pour recevoir|para recibir|um (\w+ ){0,4}zu erhalten)\b|(clientes|clients|customers|kunden|klanten|abonnes|suscriptores|subscribers) (que|qui|who|which|die|welche) (contratan|souscrivent|take out|buy|purchase|abschliessen|afnemen|nemen)\w* (una |un |a |an |eine |een )?(suscripcion|abonnement|subscription|abo)\w* (de pago|payant\w*|paid|betaald\w*|kostenpflichtig\w*)|(las cuales|los cuales|que|which|who|die|welche|qui) (pagan|paga|pay|pays|betalen|betaalt|zahlen|zahlt|bezahlen|paient|payent) (\w+ ){0,4}(por|for|voor|fur|pour) (recibir|obtener|receiving|getting|ontvangen|krijgen|erhalten|bekommen|recevoir|obtenir|acceder|access)\b|(donne|donnent|donnera|donneront|donnant) lieu,? (soit )?a (une |un )?(reciprocite|remuneration|paiement|commission|redevance)|(remuneration|commission|redevance)s? versee?s? par|cessions? payantes?|cesion(es)? de pago|(nos|us|ons|uns|nous) (pag\w*|pay\w*|betal\w*|bezahl\w*|zahl\w*|pai\w*) (\w+ ){0,2}(por|for|voor|fur|pour) (recibir|obtener|receiving|getting|ontvangen|erhalten|bekommen|recevoir|obtenir)\b|betaalde toegang|toegang tegen betaling|kostenpflichtige\w* (zugang|zugriff)|acceso de pago|for (monetary |valuable )?consideration|(for|against) (a |an )?(royalty|royalties|licen[cs]e fees?)|(other|any) valuable consideration|for (anything|something) of (monetary )?value|against (payment|remuneration|a fee|consideration|compensation|money)|for (payment|money|a fee|a price|compensation)(?<!\b(use|uses|used|using|process|processes|processed|needed|required|necessary)\b[^.;]{0,40}for (payment|money|a fee|a price|compensation))(?! (purposes?|processing|verification|and payment|and billing|and invoicing|transactions?|services?|collection|reminders?|cards?|details|information|data|methods?|plans?|schedules?|claims?|requests?|quotes?|quotations?|estimates?|comparisons?|lists?|ranges?|increases?|changes?|tags?|offers?|alerts?)\b)|(who|which|that) (pay|pays) us|(uns|us|ons|nous|nos) (\w+ )?(bezahl\w*|zahl\w*|betal\w*|pai\w*|pag\w*|paye\w*) (fur|for|voor|pour|por) (diese|die|the|this|these|deze|de|ces|cette|la|le|les|esta|estos|los|las|uw|je|ihre|vos|sus)? ?(\w+ )?\w*(daten|data|gegevens|donnees|datos|informa\w*|profil\w*|profiel\w*)|(bezahl\w*|zahl\w*|pay\w*|betal\w*|pai\w*|pag\w*) (uns|us|ons|nous|nos) (fur|for|voor|pour|por) (diese|die|the|this|these|deze|de|ces|cette|la|le|les|esta|estos|los|las)? ?(\w+ )?\w*(daten|data|gegevens|donnees|datos|bereitstellung|informa\w*|profil\w*|profiel\w*)|(qui|die|welche|que|quienes|dat) (nous|uns|ons|nos) (remunerent|paient|payent|paie|bezahlen|bezahlt|zahlen|zahlt|betalen|betaalt|pagan|paga|retribuyen|retribuye|verguten|vergutet|abonan|abona)\b|(pay|pays|paying|betaal\w*|bezahl\w*|zahl\w*|pai\w*|pag\w*) (\w+ ){0,3}(with|met|mit|avec|con) (uw|je|jouw|your|ihren|deinen|vos|tes|sus|tus) (\w+ )?(\w*gegevens|data|\w*daten|donnees|datos|informa\w*)|(financ\w*|finanzier\w*|gefinancierd|funded|paid for) (\w+ ){0,2}(par|by|durch|door|por|mediante|with) (la |le |de |die |den |the |het |l')?(cession|vente|location|transmission|weitergabe|verkauf|overdracht|verkoop|verstrekking|cesion|venta|sale|disclosure|sharing|communication)|(treat|regard|consider)\w* (this|it|that|these) as an? ["'“‘]?sale|(als verkauf gilt|gilt als verkauf|als verkauf (im sinne|anzusehen|gewertet))|(se considera|constituye) (una )?venta|(constitue|est consideree? comme) une vente|(geldt|wordt beschouwd) als verkoop|transferencias? onerosas?|cesion(es)? onerosas?|(die|welche) uns (\w+ ){0,12}(bezahlen|zahlen|verguten|entlohnen)\b|paid (to )?us|qualif\w* as an? ["'‘“„«]?sale|considered an? ["'‘“„«]?sale|(treated|regarded|classified) as an? ["'‘“„«]?sale|deemed (to be )?an? ["'‘“„«]?sale|tegen (betaling|vergoeding|een vergoeding)|in ruil voor (een )?(financiele |geldelijke )?(of andere )?(geld|betaling|vergoeding|tegenprestatie)|gegen (entgelt|bezahlung|gebuhr|eine gebuhr)|contre (remuneration|paiement|une remuneration|de l'argent|de l argent|une contrepartie financiere)|en contrepartie d'(une|un) (remuneration|avantage|paiement|somme|redevance|commission)|moyennant (un |une )?(paiement|remuneration|retribution|finance|contrepartie|participation|contribution|somme|compensation)|a titre (gratuit ou |gracieux ou )?onereux|(de|en) (forma|manera) onerosa|onerosamente|con caracter oneroso|mediante (un )?pago|previo pago|(?:obtene\w*|obtien\w*|obtuv\w*|genera\w*) (?:\w+ )?ingresos? (?:alguno |ninguno )?(?:por|de|con|mediante|a partir de)|a cambio de (pagos|contraprestaciones|(un |una )?(beneficio|ventaja|compensacion|contraprestacion) (economic[oa]|monetari[oa]|pecuniari[oa])|dinero|(una )?retribucion( economica)?|(un )?arancel(es)?|tasas|precios?|honorarios|un pago|una tarifa|una cuota|un precio|un aporte|una aportacion|una contribucion|(una |cualquier |alguna |ninguna )?(otra )?contraprestacion|pago|precio|una remuneracion|una compensacion|una comision|comision)|for a commission|in return for (a payment|payment|a fee|money|cash|a commission)|for cash|gegen geld|on a reciprocal basis|(transferencia|cesion|transmision)\w* onerosa\w*|in return for (\w+ )?revenue|counts? as an? ["'‘“„«]?sale|gilt (\w+ ){0,10}als (ein )?["'‘“„«]?(verkauf|sale)|geldt (\w+ ){0,10}als ["'‘“„«]?(verkoop|sale)|constitue une ["'‘“„«]?vente|se considera (una )?["'‘“„«]?venta|(geld|money|argent|dinero) (voor|for|fur|pour|por) (uw |je |jouw |your |ihre |deine |vos |tes |sus |tus |de |die |the |les |los )?(gegevens|data|daten|donnees|datos|informa\w*)|(pay\w*|paid|money) (us )?for (your |the |this |that |these |those )?(personal )?(data|information|details)|(betaal\w*|betal\w*) (ons )?voor (\w+ ){0,2}(inzicht\w*|toegang|\w*gegevens|data)\b|(argent|money|geld|dinero|avantage|advantage|payment|paiement|pago|betaling|provisies|provisie|provisionen|provision|commissies|commissie|commissions?|comisiones|comision|fees?|vergoedingen|vergoeding) (\w+ ){0,4}(en echange de|in exchange for|im austausch (fur|gegen)|in ruil voor|a cambio de) ((vos|your|ihre|uw|je|sus|tus|los|les|the) )?(\w+ )?(donnees|data|daten|\w*gegevens|datos|informations?|information)|(nos )?pag\w* por (los |esos |estos |sus |tus |la )?(datos|informacion)|(zahl\w*|bezahl\w*) (uns )?(\w+ ){0,2}fur (ihre |die |diese )?\w*(daten|informationen)|beta+l\w* (ons )?voor (uw |de |je |deze )?(gegevens|informatie)|pai\w* pour (vos |les |ces )?(donnees|informations)|(pay\w*|paid) (us )?for (anything|everything|whatever|what) (\w+ ){0,2}(know|learn|collect)\w*|tegen (een )?(geldelijke |financiele )?(of andere )?tegenprestatie|gegen (eine )?(geldwerte |finanzielle )?gegenleistung|contre (une |un )?(quelconque )?contrepartie|contre (des )?revenus|for reciprocal (\w+ ){0,2}(access|mailings?|exchanges?)|reciprocal (mailing|list|data)\w* (arrangements?|exchanges?|agreements?|swaps?)|in consideration (of|for) (a |an |the )?(\w+ )?(fees?|payments?|sums?|prices?|remuneration)|for (commercial|financial|monetary|pecuniary) gain|(transferencias?|cesion\w*|comunicacion\w*|ceder|cedemos|transferir|transferimos|vender|vendemos|compartir|compartimos|transmissions?|cessions?|communications?|transmettre|ceder|vendre) (\w+ ){0,6}(con (fines|animo) de lucro|a des fins lucratives|dans un but lucratif)|tegen (een )?(commissie|provisie)|gegen (eine )?(vergutung|provision)|gegen (eine |einen )?\w*provision(en)?|moyennant (une )?commission|en echange d'une (commission|remuneration|redevance|somme|contrepartie)|a titulo (gratuito [ou] )?oneroso|pay\w* (us )?for (access|the right|the ability|the opportunity|the possibility)|gegen (eine )?lizenzgebuhr\w*|contre redevance|moyennant (une )?redevance|mediante (precio|contraprestacion|pago|remuneracion)|conce\w* (a des tiers |a terceros )(\w+ ){0,3}licen[cs]\w*|licences? ([\w']+ ){0,10}(concedee?s?|accordee?s?|octroyee?s?)\b|licencias? (de uso )?(sobre|de) (\w+ ){0,3}(datos|base)|licence d'exploitation|(paid|unpaid) or (otherwise|unpaid|not)|betaald of (onbetaald|niet|gratis)|gegen (bezahlung|entgelt) oder (unentgeltlich|kostenlos|nicht)|(entgeltlich|kostenlos) oder (unentgeltlich|entgeltlich|kostenpflichtig)|gratuitement ou (non|contre \w+)|payant ou (non|gratuit)|pagad[oa]s? o (no|gratis)|(pay\w*|paid|beta+l\w*|zahl\w*|bezahl\w*|pai\w*|pag\w*) (zij |ze |sie |they |ils |elles |ellos |ellas )?(us |ons |uns |nous |nos )?(per|pro|par|por|for each|for every|voor elk\w*|fur jed\w*|pour chaque|por cada) (\w+ )?(contact\w*|leads?|profiles?|profiel\w*|profil\w*|records?|address\w*|adres\w*|kontakt\w*|datensatz|adresse|contacto|perfil|kaarthouder|titular)|(im gegenzug|als gegenleistung|in return|in exchange|in ruil|daarvoor|dafur|en contrepartie|en echange|en retour|a cambio)(?: (?:voor|for|fur|de|d'|du|des)(?: [\w']+){1,6}?)?,? (?:(?!(?:we|wij|wir|nous|nosotros|you|u|je|jij|vous|usted|ustedes)\b)\w+ ){0,2}(erhalten|bekommen|receive|get|gets|krijgen|ontvangen|recoivent|obtiennent|reciben|obtienen) (?:sie von uns |(?!(?:wir|we|wij|nous|nosotros|you|u|je|jij|vous|usted|ustedes|sie)\b))(\w+ ){0,4}\w*(daten|data|gegevens|donnees|datos|profil\w*|profiles?|details|adressen|addresses|coordonnees|informa\w*)|(hohe|betrag|amount|size|importe|cuantia|montant|hoogte) (der|des|de la|del|of the|of|van de|van|de|du) (\w+ )?(provision|vergutung|verguetung|entgelt|commission|comision|fee|vergoeding|commissie|remuneration|remuneracion)\w* (richtet sich nach|bemisst sich nach|hangt (\w+ )?von|depends on|is based on|depende del?|se calcula (segun|en funcion de)|depend du|est calculee? (selon|en fonction d)|hangt af van|is afhankelijk van) (der |dem |the |el |la |du |de |het |l' ?)?(zahl|anzahl|number|numero|cantidad|nombre|aantal|volume|volumen) (der |des |of |de |van |del |de los |de las |d')?(\w+ )?(anfragen|leads?|kontakte|kontaktdaten|datensatze|requests|solicitudes|contacts|contactos|demandes|aanvragen|contacten|adressen|direcciones|adresses|registros|records)|(cobr\w*|factur\w*|charge[sd]?|berechne\w*) ([\w-]+ ){0,8}(por|for|fur|voor|pour) (el |den |the |l'|het )?(acceso|zugang|zugriff|access|acces|toegang) (a|zu|auf|to|aux?|tot|al) (los |las |die |the |les |de |den |het )?([\w-]+ ){0,2}\w*(curriculos?|cvs?|lebenslauf\w*|datos|daten|data|donnees|gegevens|perfiles|profile?s?|contactos|kontaktdaten|datenbank\w*)|(como parte|dentro|parte) del? (paquete|pack|plan) (de )?(patrocinio|patrocinador\w*|expositor\w*)|(teil|bestandteil) (des|unseres|eines) (sponsoring|aussteller)\w*pakets?|(as )?part of (the|our|their|a) (sponsorship|sponsor|exhibitor) (package|pack)|(im|in unserem) (sponsoring|aussteller)\w*paket (enthalten|inbegriffen))\b/, PAYMENT_WORDS));

/**
 * Money tied to data in the phrase itself, so no separate hand-over is needed: payment for access to the data ("weil
 * unsere Werbepartner für den Zugang zu Ihren Standortdaten bezahlen"), money earned by passing it on ("Wir verdienen
 * Geld damit, dass wir Nutzungsdaten an Partner weitergeben"; unless others earn it, as for the sale verbs), income made with it ("erzielt mit Ihren Daten keinerlei
 * Einnahmen": the negation sits inside the phrase), and what is received for its transfer ("Für die Übermittlung Ihrer
 * Daten erhalten wir weder … Geld noch …", "Eine Gegenleistung erhalten wir für diese Übermittlung nicht", "sin que medie
 * contraprestación económica por dicha entrega"), a fee "für die Nutzung Ihrer Profildaten", a "cesión remunerada".
 */
const DATA_PAID_RE = prefiltered(/\b((zahl\w*|bezahl\w*) (\w+ )?dafur,? dass\b[^.;]{0,100}\b(nutzen|verwenden|bekommen|erhalten|einsehen|abrufen)\b|(mit|with|con|avec|met) (ihren|deinen|your|sus|tus|vos|tes|uw|je|jouw) (\w+ )?(daten|data|datos|donnees|gegevens|informationen|informacion|information|informations|informatie) (\w+ )?(bezahl\w*|zahl\w*|pay|pays|paying|paid|pagan?|pagar|pagas|paga|pagamos|payez|payer|betaa?l\w*)|(bezahl\w*|zahl\w*|pay|pays|paying|pagan?|pagar|pagas|payez|betaa?l\w*) (\w+ ){0,2}(mit|with|con|avec|met) (ihren|deinen|your|sus|tus|vos|tes|uw|je|jouw) (\w+ )?(daten|data|datos|donnees|gegevens|informationen|informacion|information|informations|informatie)\b|(beneficio|bonificacion|ventaja|vorteil|avantage|voordeel|benefit|vergunstigung|incentive|incentivo|anreiz)\w* (\w+ ){0,3}(a cambio de|in exchange for|in return for|im gegenzug fur|als gegenleistung fur|en echange d|en contrepartie d|in ruil voor) (\w+ ){0,3}[\w-]*(datos|informacion|daten|informationen|data|information|donnees|informations|gegevens|informatie)|(por|for|fur|gegen|pour|voor) (una |un |a |an |eine |einen |une |een )?(\w+ )?(cuota|fee|gebuhr|entgelt|redevance|vergoeding|tarifa|precio|price|preis|prix|prijs)( \w+)?,? (el |the |den |le |l'|het )?(acceso|access|zugang|zugriff|acces|toegang) (a|to|zu|auf|aux?|tot) (\w+ ){0,4}(datos|data|daten|donnees|gegevens)|(fur|for|voor|pour|por) (die |the |de |la |el |het |l')?(nutzung|use|gebruik|utilisation|uso) (\w+ ){0,2}[\w-]*(daten|data|gegevens|donnees|datos) (\w+ ){0,6}(gebuhr|entgelt|vergutung|fee|payment|vergoeding|betaling|redevance|paiement|tarifa|pago|cuota)|(gegenleistung|vergutung|entgelt|geld|provision|bezahlung|consideration|payment|money|compensation|contraprestacion|remuneracion|dinero|pago|compensacion|contrepartie|remuneration|argent|paiement|vergoeding|tegenprestatie|betaling)( economica| financiere| financiera| monetaria| finanzielle| financial| monetary)? (\w+ ){0,4}(por|pour|fur|for|voor) (dicha|esta|esa|cette|diese|this|that|deze|such|tal) (entrega|cesion|comunicacion|transmision|transmission|communication|cession|ubermittlung|weitergabe|uberlassung|disclosure|verstrekking|overdracht)|(cesion|cesiones|comunicacion|comunicaciones|entrega|transmision)\w* remunerad\w*|(vergut\w*|pauschale|entgelt|betrag|summe|preis) (\w+ ){0,6}(pro|je|fur jeden) (\w+ )?\w*datensatz|(bezahl\w*|zahl\w*|pay|pays|paid|paying|betal\w*|betaa?lt|pag\w*|paient|payent|paie) ([\w-]+ ){0,2}(fur|for|voor|por|pour) (den |die |the |el |la |l'|het |de )?(zugang|zugriff|access|acceso|toegang|acces) (zu|auf|to|a|al|tot|aux) ([\w-]+ ){0,4}[\w-]*(daten|data|gegevens|donnees|datos|informa\w*)|(fur|voor) (den |die |de |het )?(zugang|zugriff|toegang) (zu|auf|tot) ([\w-]+ ){0,4}[\w-]*(daten|gegevens) (\w+ ){0,2}(bezahl\w*|zahl\w*|betal\w*|betaa?lt)|(verdien\w*|erzielen|erzielt) (\w+ ){0,2}(geld|einnahmen|umsatz\w*|gewinn\w*) (damit|dadurch),? dass (\w+ ){0,8}?[\w-]*(daten|informationen)|intercambio (reciproco )?de (bases de datos|listados|listas|ficheros)|intercambio reciproco de|(adress|kunden|listen)\w*tausch|(tausch|austausch) (von|der) (adress|kunden)\w*|echange (reciproque )?de (fichiers|listes)|uitwisseling van (adres|klant)\w*|(list|database) (swaps?|exchanges?)|mit (ihren |deinen |den |diesen |unseren |ihrer |deiner |euren )?[\w-]*(daten|informationen) (\w+ ){0,3}(einnahmen|umsatz\w*|geld|gewinn\w*|erlos\w*)|(fur|for|voor|pour|por) (die |the |de |la |el |het |l')?(ubermittlung|weitergabe|uberlassung|weiterleitung|transfer|transmission|cesion|overdracht|verstrekking|doorgifte|communication|disclosure|comunicacion|transferencia|entrega|sharing) (\w+ ){0,3}[\w-]*(daten|data|gegevens|donnees|datos|informa\w*),? (\w+ ){0,12}?(geld|gegenleistung\w*|vergutung|entgelt|money|payment|consideration|compensation|remuneration|dinero|contraprestacion|pago|argent|contrepartie|paiement|vergoeding|tegenprestatie|betaling))\b/, MONEY_WORDS);

/**
 * Money that could be for anything ("customers pay us a subscription fee", "kostenpflichtiges
 * Abo"): a sale only where the same sentence hands data over or gives access to it.
 */
/** Payers named before "pay us", also at the end of a compound ("advertentiepartners betalen ons"). */
const PAYERS_RE = prefiltered(/\b(?:pay us|betalen ons|(?:be)?zahlen uns|nous (?:remunerent|paient|payent)|nos pagan)\b(?<=(?:advertisers|partners|companies|brands|they|sponsors|organi[sz]ations|charities|publishers|retailers|firms|networks|agencies|brokers|insurers|chains) pay us|(?:adverteerders|partners|bedrijven|zij|ze|netwerken|bureaus|makelaars|verzekeraars|ketens|partijen) betalen ons|(?:werbepartner|partner|unternehmen|werbekunden|netzwerke|agenturen|versicherer|handler) (?:bezahlen|zahlen) uns|(?:annonceurs|partenaires|marques|ils|elles|reseaux|agences|courtiers|assureurs) nous (?:remunerent|paient|payent)|(?:anunciantes|socios|empresas|marcas|ellos|redes|agencias|aseguradoras|cadenas) nos pagan)/, MONEY_WORDS);

const PAID_RE = compiledNow(prefiltered(/\b((?:nos|uns|us|ons|nous) (?:pagan|paga|zahlen|bezahlen|pay|betalen|paient|payent) (?:\w+ ){0,2}(?:por|for|fur|voor|pour) (?:cada|each|every|jede\w*|elke|chaque)\b|(?:nimmt|nehmen|nahm|nahmen) (?:\w+ ){0,10}?(?:zahlung(?:en)?|geld|vergutung\w*|gegenleistung\w*|entgelt\w*|provision\w*)(?: \w+){0,6} entgegen\b|(?:geld|gegenleistung\w*|vergutung\w*|entgelt\w*|money|payment|consideration|compensation|dinero|contraprestaci\w*|compensaci\w*|argent|contreparties?|remuneration|vergoeding\w*|tegenprestatie\w*)(?: (?:oder|or|o|ou|of|noch|ni|nor) (?:\w+ )?\w+)? (?:erhalten|bekommen|receive|recibimos|recevons|percevons|ontvangen|krijgen|obtenemos) (?:wir|we|nosotros|nous|wij)\b|(?:erhalt|erhalten|bekommt|bekommen|kriegt|kriegen) (?:\w+ ){0,2}(?:dafur|hierfur) (?:\w+ ){0,3}\w*(?:zuschuss|zuwendung|vergutung|entgelt|provision|pramie|betrag|summe|geld|spende|honorar)\w*|(?:sponsor\w*|partner\w*|aussteller\w*|exhibitors?|exposants?|expositores|exposanten|patrocinador\w*|anunciantes|annonceurs|advertisers|adverteerders|werbekunden|socios|partenaires) (?:\w+ ){0,2}(?:erwerben|erwirbt|kaufen|kauft|acquire|acquires|purchase|purchases|buy|buys|kopen|koopt|verwerven|verwerft|achetent|acquierent|adquieren|compran) (?:\w+ ){0,2}(?:\w*nutzungsrecht\w*|\w*zugangsrecht\w*|recht|rechte|rights?|zugang|zugriff|access|toegang|gebruiksrecht\w*|droits?|acces|derechos?|acceso)\b|(?:agencies|employers|recruiters|partners|advertisers|companies|brands|sponsors|firms|businesses|organi[sz]ations|buyers|clients) (?:\w+ ){0,2}(?:who|which|that) (?:pay|pays|paid|purchase|purchases|buy|buys|take out|takes out) (?:\w+ ){0,3}(?:a |an )?(?:\w+ )?(?:subscription|licen[cs]e|access fee)|(?:krijg\w*|ontvang\w*) (?:er |daar |hier )?(?:\w+ ){0,6}voor terug|(?:who|which|that|die|welche|qui|que|quienes|dat) (?:fund|funds|finance|finances|financent|financian|financia|finanzieren|finanziert|financieren|financiert|sponsor|sponsors|sponsern|sponsert|sponsoren|sponsort|subsidi[sz]es?|subventionnent|subvencionan) (?:\w+ ){0,4}(?:in exchange for|in return for|im gegenzug fur|als gegenleistung fur|en echange d|en contrepartie d|a cambio de|in ruil voor)|(?:nous|nos) (?:paie|paient|payent|verse|versent|remunerent|retribuyen|retribuye|pagan|paga|abonan|abona) (?:\w+ ){0,3}(?:une |un )?(?:\w+ )?(?:commission|comision|remuneration|somme|montant|redevance|frais|pago|importe|tarifa|cuota)|(?:which|who|that|die|welche|qui|que|quienes|dat) (?:pay|pays|paid|zahlen|bezahlen|betalen|paient|payent|pagan) (?:\w+ ){1,3}(?:a |an |eine |een |une |una )?(?:\w+ )?(?:fee|commission|vergutung|provision|vergoeding|commissie|comision|remuneration)|(?<!\b(?:we|wir|wij|nous|nosotros)(?: (?:can|may|will|must|could|would|then|also|kunnen|konnen|pouvons|podemos))? )(?:pays?|paid|betaalt|betalen|zahlt|zahlen|bezahlt|bezahlen|entricht\w*|paie|paient|payent|verse\w*|pagan?|abonan?) (?:\w+ ){0,3}(?:us|ons|uns|nous|nos|the \w+) (?:\w+ ){0,6}(?:\w*fees?|commissions?|\w*bijdrage|\w*vergoeding|\w*vergutung|provision|entgelt|remuneration|comision|pago|importe|tarifa|sum|amount|payment)|(?:in return|in exchange|im gegenzug|als gegenleistung|als tegenprestatie|in ruil|en echange|en contrepartie|a cambio|como contrapartida|como contraprestacion|a su vez|in turn|a leur tour|op hun beurt)\b(?!,? (?:you|u|je|sie|vous|usted|du|tu)\b)[^.;]{0,80}\b(?:revenue|discounts?|korting|rabatt\w*|remises?|descuentos?|tarifas?|tarifs?|rates|kosten|costs?|costes|couts|gastos|beneficios|ventajas|vorteile|avantages|voordelen|toegang|zugang|prix|prices?|prizes?|prijs|prijzen|preis|preise|precio|precios|premios?|gewinne|zuschuss\w*|\w*betrag|zuwendung\w*|subsid\w*|subvencion\w*|aportes?|details|daten|gegevens|donnees|datos|insights?|\w*inzichten|statisti\w*|contactos|contacts)\b|tegenover (?:de |een )?(?:\w+ )?\w*(?:bijdrage|vergoeding|betaling)|in ruil voor (?:\w+ ){0,5}\w*(?:bijdrage|vergoeding|betaling)\w*|(?:a cambio de|in exchange for|in return for|en echange de|en echange|en contrepartie de|im gegenzug (?:fur|gegen)|als gegenleistung fur|in ruil voor) (?:unas? |unos |des |de |d' )?(?:\w+ )?(?:comision\w*|commissions?|provision\w*|commissie\w*|tarifas?|tarifs?|rates|descuentos?|discounts?|remises?|rabatt\w*|korting\w*|ingresos|revenues?|revenus|einnahmen|inkomsten|incentives?|compensation|aportacion\w*|aportes?|contribucion\w*|contributions?|beitrag\w*|zuschuss\w*|subvencion\w*|\w*beteiligung\w*)|(?:pays?|paid|paying) (?:us|the \w+(?: \w+)?|me) (?:a |an )?(?:\w+ )?(?:fee|sum|amount|commission|payment)s?|(?<!\b(?:we|you|they|i)(?: (?:can|may|will|must|could|would|then|also|do|don't|dont|never))? )(?:pay|pays|paid) (?!(?:you|them|him|her|it|nothing|no|any|us)\b)\w+(?: \w+)? (?:a|an) (?:\w+ )?(?:fee|sum|amount|commission|payment)s?\b|(?:ontvang(?!ers?\b)\w*|krijg\w*) (?!(?:\w+ ){0,3}van ons\b)(?:\w+ ){0,2}(?:een )?(?:\w+ )?\w*(?:vergoeding|betaling|commissie|bijdrage|korting|budget)\w*|(?:de |die |the |les |los |la |el )?(?:opbrengst\w*|erlos\w*|proceeds|recettes|ingresos|revenues?) (?:daarvan|hiervan|davon|daraus|thereof|from this|from it|de ello|de cela)|(?:en contrepartie d(?:e|u)|in return for|in exchange for|als gegenleistung fur|im gegenzug fur|a cambio de|in ruil voor) (?:leur |son |their |its |ihre |seine |su |sus |hun |zijn )?(?:\w+ )?(?:soutien financier|financement|parrainage|sponsoring|backing|sponsorship|financial support|unterstutzung|forderung|apoyo|patrocinio|steun|sponsorbijdrage)|(pays?|paying) us|(receive|earn|get)\w* (a |no |any )?(\w+ )?(compensation|fee|fees|payment|commission|revenue)|on a paid basis|for a fee|licens(?!ing (data|information|details)\b(\s*[.,;:)]|\s+(and|or)\b))\w* ([\w-]+ ){0,3}(data|information|readings|addresses|details|identifiers|locations?)|(erhalten|bekommen|receive|get|ontvangen|krijgen|recevons|percevons|recibimos|recibe|reciben|percibe|perciben|obtenemos|nehmen|annehmen|akzeptieren|accept|accepts|aanvaarden|accepteren|acceptons|aceptamos) (wir |we )?(\w+ ){0,6}\w*(gegenleistung|consideration|tegenprestatie|contrepartie|contraprestacion|compensation|remuneration|vergutung|honorar|entgelt|provisionen|provision|pramien|pramie|commissions?|commissies|comisiones|primes)|(im gegenzug|als gegenleistung|in return|in exchange|en contrepartie|en echange|a cambio|in ruil) (\w+ ){0,2}(uberlass\w*|ubermitteln|geben|share|provide|give|hand|partageons|transmettons|cedemos|compartimos|geven|delen|verstrekken) (\w+ ){0,5}\w*(daten|data|gegevens|donnees|datos|profil\w*|profiles?|details|adressen|addresses)|a cambio de que (\w+ ){0,3}(compart|ced|transmit|entreg|facilit)\w* (\w+ ){0,4}(datos|historial|ubicacion|perfil\w*|informacion|direccion\w*)|revenue\w* (comes? )?from licens\w*|ontvangen (een )?(vergoeding|betaling|commissie)|ons (\w+ ){0,6}(betalen|betaalt|betaald)|remunerates? (us|the company|\w+ for)|remunerated (by|for)|se licencian?|cuyo uso licenci\w*|whose use we licen[cs]e|dont nous (concedons|accordons) (l'usage|l'utilisation|les droits d'usage)|deren nutzung wir (\w+ )?lizenzier\w*|licenci(an|amos),? ([\w,]+ ){0,12}(datos|historial\w*|perfil(es)?|informacion|bases)|(obten\w*|obteng\w*|recib\w*|ganamos|ganar) (\w+ ){0,2}dinero|(percib\w*|recib\w*|obtien\w*|obten\w*) (\w+ )?ingresos\b|(erzielen|generieren|erwirtschaften) (\w+ ){0,2}(einnahmen|erlose|umsatz\w*)|(earn|earns|generate|generates|make|makes) (\w+ ){0,2}(revenue|income)|(genereren|verdienen) (\w+ ){0,2}(inkomsten|omzet)|(generons|genere|generent|tirons|tire|tirent|realisons|realise|percevons|percoit) (\w+ ){0,2}revenus?|in licentie (geven|gegeven)|(geven|geeft|gaven) (\w+ ){0,8}in licentie\b|(waarvoor|wofur) (\w+ ){0,4}(een |eine |einen )?(\w+ )?(vergoeding|betaling|commissie|provisie|vergutung|gebuhr|entgelt|provision) (ontvangt|ontvangen|krijgt|krijgen|erhalt|erhalten|bekommt|bekommen)\b|entgeltlich\w*|kostenpflichtig\w*|(zahlen|bezahlen|zahlt|bezahlt|vergut\w*) uns|uns (\w+ ){0,6}(zahlen|bezahlen|zahlt|verguten|vergutet)|erhalten (eine )?(vergutung|provision|gebuhr)|lizenzier(?:en|t|ung|te(?:n)?(?! (?:\w+ )?(?:\w*dienst|\w*dienstes|\w*anbieter|\w*anbieters|institut\w*|banken?|partner\w*|\w*handler|\w*makler|\w*vermittler|\w*berater)\b))|gegen geld|nous (versent|reversent|paient|payent|remunerent|retribuent)|perce\w* une remuneration|contre paiement|concession de licences?|(nos|me) (pagan|paga|abonan|compensan|remuneran|retribuyen)|(nos|me) (reconocen|reconoce|liquidan|liquida) (\w+ ){0,2}(una |un )?(comision|pago|importe|porcentaje|remuneracion|cantidad|bonificacion)|me (paient|payent|versent|remunerent)|(zahlen|zahlt|bezahlen|bezahlt|vergut\w*) mir|(betalen|betaalt|vergoeden|vergoedt) mij|(pay|pays|compensate|compensates) (me|us)|(recib|percib)\w* (por ello |por ellos |por esto |por eso |a cambio )?(una )?(compensacion|comision|remuneracion|contraprestacion)|licenciar|contra pago|(vergutung|provision|gebuhr|entgelt) (\w+ ){0,2}(erhalten|erhalt|bekommt|bekommen)|(mit|durch) (geld|zahlung|entgelt|gegenleistung)\w*-? ((und|oder) [\w-]+ )?abgegolten|(die|welche|von denen)(?<!\b(kunden|kundinnen|nutzer\w*|mitglieder|teilnehm\w*|abonnent\w*|besucher\w*|leser\w*|kaufer\w*|eltern|studierende\w*|patient\w*|gaste|sie),? (die|welche|von denen)) ([\w-]+ ){0,8}(eine |ein )?(\w+ )?(vergutung|entgelt|gebuhr|provision|honorar|lizenzgebuhr)(en)? ((\w+ ){0,4}(nach|gemass) [^.;]{0,60})?(bezahlen|zahlen|entrichten|leisten|erhalt|erhalten|bekommt|bekommen)\b|erhalten (dafur |hierfur |davon )?(eine |ein )?(vergutung|provision|gebuhr|entgelt)|contrepartie financiere|(nous|la|les|le) remunerent|ontvangen (wij |we )?(\w+ ){0,4}(een )?(\w*vergoeding(en)?|betaling(en)?|commissies?|provisies?|(aanbreng|doorverwijs|verwijs|tip)premies?)|(data|information|profiles|records|lists|segments|insights)[^.;]{0,20}(which|that) we licen[sc]e|a cambio (\w+ )?nos|bajo licencia|sous licence|(erhalten|erhalt|bekommen|bekommt|kriegen|kriegt) (wir )?(\w+ ){0,7}(anteil|\w*provision|\w*vergutung|\w*gebuhr|entgelt|erlos\w*|einnahmen)|(erhalten|bekommen|kriegen) (wir )?(\w+ ){0,3}geld|receive (a share|a portion|part) of (the )?(revenue|proceeds|income)|(erhalten|receive|receiving|ontvangen|ontvangend|recevons|recevant|recibimos|recibiendo) (wir |we )?(im gegenzug|in return|in ruil|en retour|en echange|a cambio)|entgeltlich\w* (\w+ ){0,2}(uberlass\w*|weitergabe|ubermittlung)|ontvangt (?!(\w+ ){0,3}van ons\b)(\w+ ){0,6}(een )?(\w*vergoeding(en)?|betaling(en)?|commissies?|provisies?|(aanbreng|doorverwijs|verwijs|tip)premies?)|licentie\w* (op|voor) (\w+ ){0,2}\w*(gegevens|data|bestand\w*)|(im austausch (gegen|fur)|im gegenzug fur|en echange de|in ruil voor|a cambio de|in exchange for) (\w+ ){0,3}(\w*meilen|miles|millas|\w*punkte|spielwahrung|recompens\w*|rewards?|beloning\w*|korting\w*|discounts?|rabatt\w*|remises?|descuentos?|punkte|points|puntos|punten|\w*einnahmen|revenue|\w*inkomsten|ingresos|revenus|spenden|sachleistung\w*|donations?|dons|donativos?|donaties|giften)|(krijgen|ontvangen) (wij|we) (\w+ ){0,3}(deel|vergoeding|commissie|percentage)|licens\w* (\w+ ){0,3}(histor\w*|profiles|records|lists|segments|insights)|(a |an |een |eine |une |una |un )?(share|portion|part|cut|percentage|porcentaje|pourcentage|prozentsatz|deel|aandeel|anteil|parte|quote-part) (of|van|an|des|de|del|du|am|aan) (the |their |its |hun |den |dem |ihren |leurs |sus |los |las |la |les |de )?(revenue|revenues|proceeds|profits|income|omzet|inkomsten|opbrengst\w*|winst|umsatz\w*|erlos\w*|einnahmen|gewinn\w*|revenus|recettes|benefices|chiffre d'affaires|ingresos|beneficios|ventas)|umsatzbeteiligung|erlosbeteiligung|gewinnbeteiligung|revenue[- ]shar\w*|omzetdeling|winstdeling|participation aux (revenus|recettes|benefices)|partage des revenus|reparto de (los )?ingresos|participacion en (los )?(ingresos|beneficios)|gegen (eine |ein )?(\w+ )?\w*(gebuhr|entgelt|vergutung|bezahlung|zahlung|honorar|entschadigung|provision)(en|e)?|(pag\w*|paient|payent|paie|zahl\w*|bezahl\w*|beta+l\w*|cobr\w*|factur\w*) (\w+ ){0,3}(por|pour|fur|voor) (acceder|el acceso|tener acceso|l'acces|den zugriff|zugriff|toegang)|(remuneracion|retribucion|contraprestacion|pago) por (el )?acceso|(descuentos?|rebajas?|bonificacion\w*|comision\w*|pagos?|importes?|puntos) (\w+ ){0,4}como (contraprestacion|contrapartida|compensacion)|(pay|pays) (\w+ ){1,3}for access|for (a |an )?(\w+ )?(fee|charge)|contre (une |un )?(redevance|remuneration|paiement) \w+|tegen (een )?(\w+ )?\w*(vergoeding|betaling|tarief)|a cambio de (una )?(cuota|tarifa|remuneracion) \w+|(pagan|paga|abonan|abona|pagaran|abonaran|pagara|abonara|cubren|cubre|cubriran|cubrira) (\w+ ){0,4}(una |la |el )?(contraprestacion|cantidad|comision|precio|importe|tarifa|remuneracion)|mediante el pago|(a cambio|como contrapartida|como contraprestacion|en contrapartida|in return|en echange|en retour|en contrepartie|in ruil|im gegenzug|als tegenprestatie|als gegenleistung),? ([\w',]+ ){0,5}(fournit|fournissent|liefert|liefern|levert|leveren|provides|supplies|suministra|proporciona|financian|financia|finance|financent|fund|funds|financieren|financiert|finanzieren|finanziert|pagan|paga|paient|pay|pays|betalen|betaalt|bezahlen|zahlen|unterstutzt|unterstutzen|supports|steunt|steunen|soutient|soutiennent|apoya|apoyan|sponsert|sponsort)\b|(een )?(vast |klein\w* )?(bedrag|vergoeding|som|commissie|provisie) (\w+ ){0,3}(betaalt|betalen|betaald|afdragen|afdraagt|afgedragen|overmaken|overmaakt)\b|gegen (ein|eine|einen) ([\w-]+ ){0,5}(entgelt|gebuhr|vergutung|bezahlung|zahlung)\b|gegen zahlung\b|(acuerdos?|contratos?|convenios?) (comerciales )?remunerad\w*|accords? (commerciaux )?remuneres?|(pago|pagos|dinero|beneficio|remuneracion|contraprestacion|compensacion|comision)\w*,? [^.;]{0,40}\ba cambio de (ellos|ellas|ello|los mismos|las mismas)\b|(paid|remunerated) (agreements?|arrangements?|partnerships?)|bezahlte\w* (vereinbarung\w*|kooperation\w*)|betaalde (afspraken|samenwerking\w*)|(zahlt|zahlen|bezahlt|bezahlen|uberweist|uberweisen|entrichtet|entrichten) (\w+ ){0,8}(betrag|summe|pauschale|gebuhr|entgelt|provision)\b|(remuner|retribu)(e|ent|era|eront|yen|ye) (\w+ ){0,3}(pour|par|por)\b|(pay|pays|paid|paying) (us|the club|the charity|the association|the school|the society|the company|the shop|me) (a |an )?(\w+ )?(fee|sum|amount|commission|payment)s?\b|vers(e|ent|era|eront) (\w+ ){0,4}(une |un )?(somme|montant|contribution|participation|commission|remuneration|redevance|indemnite)|betal\w* (ons|mij) (\w+ ){0,4}(een )?(vast |klein\w* )?(bedrag|vergoeding|commissie|provisie|som)\b|betal\w* ons (\w+ ){0,3}voor (iedere|elke|elk) |((betaal\w*|geven|geeft) (\w+ ){0,5}|betalen (\w+ ){1,5})(een )?(vast |klein\w* |jaarlijks\w* |maandelijks\w* )?(bedrag|vergoeding|commissie|provisie|som|bijdrage)\b|(krijgen|ontvangen|receive|get|recevons|touchons|recibimos|cobramos|obtenemos) (wij |we |nous )?(\w+ ){0,3}(geld|money|argent|dinero|cash)|(recib|percib|obten|cobr)\w* (\w+ ){0,3}(una |un )?(regalia|royalt|redevance)\w*|(touch|percev|percoi|recev|recoi)\w* (une |un |des )?(primes?|commissions?|remunerations?|redevances?)\b|(are|is|be|being|get|gets) charged (a |an )?(\w+ ){0,2}(fees?|charges?|prices?|sums?|amounts?)\b|charg\w* (\w+ ){0,3}(a |an )?(\w+ )?fees? for (\w+ ){0,3}access|factur\w* (\w+ ){0,8}(l'acces|acces|el acceso|access)\b|(an den|an deren|an ihren|am) \w*(umsatz|erlos|einnahmen|gewinn)\w*[^.;]{0,80}\b(beteiligt|beteiligen)\b|\bbeteiligt (an|am) (den |dem )?\w*(umsatz|erlos|einnahmen|gewinn)\w*|(dafur|daarvoor|in return|en echange|en retour|a cambio|im gegenzug|als gegenleistung|in ruil),? (erhalten|erhalt|bekommen|bekommt|kriegen|krijgen|krijgt|ontvangen|ontvangt|receive|receives|get|gets|recevons|recoit|obtenons|recibimos|recibe|obtenemos|nos dan|nous donne\w*|geben sie uns|geven ze ons)\b(?! (sie|du|ihr|you|u|je|jij|vous|tu|usted|ustedes)\b)|(in return|en echange|en retour|a cambio|im gegenzug|als gegenleistung|in ruil),? (ist|sind|wird|werden|is|are|worden|wordt)\b|(exposants|exhibitors|aussteller|expositores|exposanten|annonceurs|advertisers|partenaires|partners|socios|anunciantes|werbekunden|adverteerders) (qui|who|that|die|que|welche) (ont |have |hebben |han |haben )?(souscrit|subscribed|booked|purchased|bought|gebucht|erworben|contratado|contratan|afgenomen|geboekt|achete)\w* ([\w']+ ){0,3}(payant\w*|de pago|paid|betaalde?|kostenpflichtig\w*)|fur (geld|bezahlung|eine bezahlung|eine gegenleistung)|voor (geld|betaling)|pour de l'argent|por dinero|(pag\w*|abonan|abona|cobr\w*|pay\w*|paid|beta+l\w*|zahl\w*|bezahl\w*|pai\w*|vergut\w*|vergoed\w*) (\w+ ){0,6}(por cada|for each|for every|pour chaque|voor elk\w*|fur jed\w*|pro) (\w+ )?(referid|referred|referral|doorverwezen|vermittelt|participante|participant|teilnehmer|deelnemer|registr|inscri|lead|contact|kontakt|datensatz|adress|address|perfil|profil|application|solicitud|aanvraag|antrag|demande|mise en (relation|contact))\w*|((servicios?|services?) (de pago|payants?)|(paid|betaalde|kostenpflichtige\w*) (services?|diensten|dienst|dienstleistung\w*)) (que|qu'|which|that|den|die|das|dat|die) (ellos |estos |they |ils |sie |zij |ze |(los |les |die |de |the )?(expositores|exhibitors|aussteller|exposants|exposanten|partners|socios|partenaires|advertisers|anunciantes|annonceurs|werbekunden|adverteerders) )(\w+ )?(contratan|buy|purchase|book|subscribe|buchen|kaufen|erwerben|achetent|souscrivent|afnemen|kopen)\w*|(receive|get|erhalten|bekommen|ontvangen|krijgen|recevons|percevons|recibimos|obtenemos) (nothing|nichts|niets|rien|nada) (\w+ )?(in return|in exchange|im gegenzug|dafur|in ruil|daarvoor|ervoor|en echange|en retour|en contrepartie|a cambio)|(?:que|qui|who|which|die|welche|dat) (?:nos|nous|us|uns|ons) (?:contratan|engagent|hire|beauftragen|inhuren|huren|mandatent|mandate)\w* (?:y|et|and|und|en) (?:pagan|paient|payent|pay|bezahlen|zahlen|betalen)|(?:que|which|that|die|qui|dat) (?:los |las |the |les |die |de )?(?:expositores|exhibitors|aussteller|exposants|exposanten|anunciantes|advertisers|annonceurs|werbekunden|adverteerders|patrocinadores|sponsors|sponsoren) (?:contratan|buy|book|purchase|kaufen|buchen|achetent|souscrivent|afnemen|kopen|boeken) (?:y|and|et|und|en) (?:pagan|pay|paient|payent|bezahlen|zahlen|betalen)|(?:recettes|revenus|revenues?|einnahmen|erlose|inkomsten|opbrengsten|ingresos)[^.;]{0,40}\b(?:dont|of which|von denen|waarvan|de los que|de las que) (?:nous |we |wir |wij )?(?:percevons|recevons|touchons|receive|get|erhalten|bekommen|ontvangen|krijgen|recibimos|percibimos) (?:une |a |einen |een |una )?(?:partie|part|share|anteil|deel|parte|pourcentage|percentage|porcentaje))\b/, MONEY_WORDS));

/**
 * More ways of being paid for what the sentence hands over: a consideration "recognised" to us ("las cuales nos reconocen
 * una contraprestación"), a cost to the recipient ("Dicho servicio tiene un coste para el expositor"), a share of the
 * partners' revenue ("l'hôtel perçoit une part des revenus générés"), partners who "leisten uns ein Entgelt", a
 * hand-over that is itself the consideration ("Esa cesión es la contraprestación por los beneficios que recibís").
 */
const PAID_MORE_RE = prefiltered(/\b((cesion|comunicacion|transferencia|entrega|transmission|communication|weitergabe|ubermittlung|uberlassung|verstrekking|doorgifte|disclosure|sharing) (\w+ ){0,3}(es|sera|est|ist|wird|is|constituye|constitue|bildet|vormt) (\w+ ){0,2}(la |le |die |de |the |una |une |eine |een |a )?(contraprestacion|contrapartida|contrepartie|gegenleistung|tegenprestatie|consideration)|(leisten|leistet|entrichten|entrichtet|gewahren|gewahrt) uns (\w+ ){0,2}(ein |eine |einen )?(\w+ )?(entgelt|vergutung|gegenleistung|provision|gebuhr|zahlung)|(nos|le|les|nous|lui|uns|ons|us) (reconoc\w+|pag\w+|abon\w+|vers\w+|zahl\w+|betal\w+|pay\w*|otorg\w+|accord\w+|gewahr\w+|leist\w+|entricht\w+) (\w+ ){0,3}(una |un |une |eine |einen |ein |een |a |an )?(contraprestacion|contrepartie|gegenleistung|tegenprestatie|consideration|entgelt|vergutung)\w*|(tiene|conlleva|supone|implica) un (coste|costo|precio) para (el|la|los|las|cada) (\w+ )?(expositor|anunciante|cliente|empresa|socio|partner|aliado)\w*|(est|sont) (payant|facture)\w* (pour|a) (l'|les |chaque )(\w+ )?(exposant|annonceur|entreprise|partenaire)\w*|(kostet|ist kostenpflichtig fur) (den|die|jeden|jede) (\w+ )?(aussteller|werbekund|partner|unternehm)\w*|(percoit|percevons|percoivent|recoit|recevons|recibe|recibimos|reciben|receives?|ontvangt|ontvangen|erhalt|erhalten) (\w+ ){0,2}(une |a |un |una |een |einen )?(part|parte|share|deel|anteil|pourcentage|porcentaje|percentage)\w* (des |de los |de las |de |of the |of |van de |van |der |de la |del )?(revenus|ingresos|revenues?|opbrengst\w*|omzet|einnahmen|umsatz\w*|recettes|ventas|sales|ganancias|beneficios))\b/, [...MONEY_WORDS, 'sales']);
/** Third parties who pay for a plan (not the reader: "Cuando contratas un plan de pago"). */
const PAYING_PARTIES = String.raw`(employers|companies|recruiters|agencies|manufacturers|advertisers|werkgevers|bedrijven|bureaus|adverteerders|fabrikanten|arbeitgeber\w*|unternehmen|firmen|personalvermittler\w*|werbekunden|hersteller\w*|entreprises|employeurs|recruteurs|cabinets|annonceurs|fabricants|empresas|empleadores|reclutadores|fabricantes|anunciantes|companias|marcas)`;
/**
 * Paid access to data only with data in sight, where the money could be for a plain service plan ("Werkgevers met een
 * betaald abonnement krijgen toegang tot deze databank", "moyennant un abonnement payant", "que tienen contratada una
 * suscripción de pago"), or a discount for the user ("Si aceptas compartir los datos …, obtendrás un 20 % de descuento").
 */
const PAID_ACCESS_RE = new RegExp(String.raw`\b(${PAYING_PARTIES} (\w+ ){0,3}(met een (betaald|betalend)|(with|on) a paid|mit (einem )?(kostenpflichtigen|bezahlten)|disposant d'un|ayant souscrit (un|une)|con (una |un )?) ?(abonnement|subscription|plan|account|lidmaatschap|abo|zugang|mitgliedschaft|suscripcion|membresia)( payant| de pago| pagad[oa])?|${PAYING_PARTIES} (\w+ ){0,3}que (tienen contratad[oa]s?|contratan|contraten|pagan) (una |un |(alguno|alguna|uno|una) de (nuestros|nuestras|los|las) |nuestros |nuestras |los |las )?(suscripcion|plan|membresia)\w*|moyennant (un |une )?(abonnement|forfait|redevance|paiement|contribution)|(obtendras|obtendra|obtienes|recibiras|recibira|you (will )?(get|receive|earn)|krijg je|ontvang je|krijgt u|ontvangt u|erhalten sie|bekommen sie|vous (obtenez|obtiendrez|recevez|recevrez|beneficiez|beneficierez)) (\w+ ){0,3}(un |una |a |een |einen |une )?(\d+ ?% (de |van )?)?(descuento|discount|korting|rabatt|reduction|remise|bonificacion)\w*)\b`);
/** A store of people's data: a CV database, a candidate pool. */
const PEOPLE_STORE_RE = /\b(cv|cvs|curricul\w*|hojas? de vida|lebenslauf\w*|cvtheque|databank\w*|cv-?databank|datenbank\w*|base de (datos|donnees) de (candidat\w*|miembros|socios|clientes)|talent ?pool|kandidatenpool|bewerberpool|candidat\w*|kandidat\w*|bewerber\w*)\b/;
/** BENEFIT_RE also reads benefits in kind: better terms, sponsorship, support, a share of costs, discounts. */
const BENEFIT_WORDS = [
  ...MONEY_WORDS,
  'entlohn', 'konditionen', 'condicion', 'conditions', 'terms', 'voorwaarden', 'banca', 'patrocin', 'economicamente', 'financ',
  'finanziell', 'cost', 'gastos', 'frais', 'couts', 'kosten', 'honoraires', 'subvencion', 'finanzier', 'fund', 'descuento', 'rabatt',
  'discount', 'remise', 'reduccion', 'vergunstigung',
];
/**
 * Money or benefits for what is handed over, named in ways the long patterns miss: a fee paid "an uns" at the end
 * ("entrichten für jeden vermittelten Auftrag eine Servicepauschale an uns"), a payer in a singular relative clause
 * ("an den Angebotspartner, der uns für jede Aktion bezahlt"), benefits in kind — better purchasing terms, advertising
 * subsidies, a contribution to costs ("Diese räumen uns dafür Sonderkonditionen ein", "gewähren uns im Gegenzug
 * Werbekostenzuschüsse", "lo que permite a la clínica obtener condiciones preferentes") — or partners who fund a
 * discount in return for something ("Ellos financian el descuento … a cambio de poder escribirte"). Not the reader's
 * benefits ("Sie erhalten Sonderkonditionen", "Sie zahlen uns dafür einen Beitrag").
 */
const BENEFIT_RE = prefiltered(/\b(entricht\w*|zahl\w*|bezahl\w*|leist\w*) (\w+ ){0,12}?\w*(pauschale|gebuhr|provision|vergutung|entgelt) an uns\b|(?<=\b(?:der|die|das|welcher|welche|welches) )uns (\w+ ){0,8}(bezahlt|zahlt|vergutet|entlohnt)\b|(?<!\b(?:sie|du|ihr|you|u|je|jij|vous|usted|tu) )\b(uns|us|ons|nous|nos) (\w+ ){0,2}(dafur|hierfur|im gegenzug|als gegenleistung|in return|in exchange|daarvoor|in ruil|en contrepartie|en echange|en retour|a cambio) (\w+ ){0,3}\w*(konditionen|zuschuss\w*|kostenbeitrag|vergunstigung\w*|preisnachlass\w*|voorwaarden|terms|conditions|condiciones)\b|\b(obtener|obtenemos|obtiene|obtienen|conseguir|conseguimos|consigue|consiguen|erhalten wir|bekommen wir|erhalt (der|die|das) \w+|obtain|obtains|we obtain|we get|obtenons|obtient|obtenir|krijgen wij|krijgen we|bedingen wij)\b (\w+ ){0,2}(condiciones (preferentes|preferenciales|especiales|ventajosas)|conditions (preferentielles|avantageuses|privilegiees|preferentiales)|(preferential|better|preferred|favourable|favorable) (purchasing )?terms|(gunstige|betere|voordelige|gunstigere) (inkoop)?voorwaarden|(bessere|gunstigere|gunstige)n? \w*konditionen|\w*(sonder|vorzugs|einkaufs)konditionen)\b|\b(financian|financia|costean|costea|subvencionan|finanzieren|finanziert|fund|funds|financent|finance|financieren|financiert) (\w+ ){0,10}(a cambio de|in exchange for|in return for|im gegenzug fur|als gegenleistung fur|en echange d|en contrepartie d|in ruil voor)\b|\b(im gegenzug|als gegenleistung|in return|in exchange|in ruil|als tegenprestatie|en contrepartie|en echange|en retour|a cambio|como contrapartida),? ((?!(?:sie|du|ihr|you|u|je|jij|vous|usted|ustedes|tu|von|from|van|par|by|door|por)\b)\w+ ){0,2}(uns|us|ons|nous|nos)\b|\b(dafur|hierfur|im gegenzug|als gegenleistung|a cambio|en contrepartie|en echange|in return|in exchange|daarvoor|in ruil)\b[^.;]{0,40}\b(unterstutz\w*|sponser\w*|gesponsert|support(s|ed)?|sponsor(s|ed)?|apoyan|patrocin\w*|steunen|sponsoren|soutiennent)\b|\b(nos|uns|us|ons|nous) (bancan|banca|patrocinan|sponsorean)\b|\b(que|quienes|die|welche|who|which|qui|dat) (nos|uns|us|ons|nous) (apoyan|unterstutzen|support|steunen|soutiennent) (economicamente|financieramente|finanziell|financially|financieel|financierement)\b|\bbeteilig\w* sich (\w+ ){0,3}an (den|der|unseren|unserer) (\w+ )?\w*kosten\b|\b(participan|participa|contribuyen|contribuye|cofinancian) (\w+ ){0,3}(en|a) (los|el) (costes|costos|coste|costo|gastos)\b|\b(participent|participe|contribuent|contribue) (\w+ ){0,3}aux (frais|couts)\b|\b(dragen|draagt) (\w+ ){0,3}bij (aan|in) de kosten\b|\b(contribute|contributes) (\w+ ){0,3}to (the |our )?(costs?|running costs)\b|\b(recibe|reciben|recibimos|percibe|perciben|percibimos|obtiene|obtienen|obtenemos|erhalt|erhalten|bekommt|bekommen|receive|receives|ontvangt|ontvangen|krijgt|krijgen|percoit|percoivent|percevons|recoit|recoivent|recevons|touche|touchent|touchons) (\w+ ){0,2}(una |un |eine |einen |ein |a |an |een |une )?(remuneracion|comision|provision|vergutung|commission|remuneration|vergoeding|commissie|honorar|honorario|honoraires) (de parte de|por parte de|von|vom|from|van|de la part d)\b|\b(que|quienes|die|welche|who|which|qui|dat) (financian|financia|costean|costea|subvencionan|finanzieren|finanziert|fund|funds|financent|finance|financieren|financiert|bezahlen|pagan|paient|pay|betalen) (\w+ ){0,2}(descuentos?|rabatt\w*|discounts?|remises?|kortingen|korting|bonificacion\w*|reducciones|vergunstigung\w*)\b/, BENEFIT_WORDS);
/** Paid agreements with the recipients ("con las que mantiene acuerdos comerciales remunerados"), data delivered through a paid subscription ("entregadas mediante suscripción pagada a consultoras"). */
const PAID_ARRANGEMENT_RE = prefiltered(/\b(acuerdos?|convenios?|agreements?|vereinbarung\w*|accords?|overeenkomst\w*) (comerciales? |commercial |commerciaux |commerciale? |commerciele )?(remunerad\w*|retribuid\w*|paid|remuneres?|bezahlt\w*|entgeltlich\w*|betaald\w*)\b|\b(mediante|via|through|by|uber|per|met|par) (una |un |a |an |ein |eine |een )?(suscripcion|subscription|abonnement|abo) (pagada|de pago|paid|payant\w*|kostenpflichtig\w*|betaald\w*)\b/, MONEY_WORDS);
function paidBesidesData(s: string): RegExpExecArray | null {
  const more = PAID_MORE_RE.exec(s) ?? BENEFIT_RE.exec(s) ?? PAID_ARRANGEMENT_RE.exec(s);
  if (more) return more;
  const access = PAID_ACCESS_RE.exec(s);
  return access && (hasDataObject(s) || PEOPLE_STORE_RE.test(s)) ? access : null;
}

/** The hand-over a payment is for: passing data on, giving access to it, licensing it. */
const HANDOVER_RE = /\b(mand(?:amos|an|ar|aremos|ara)|recherchier\w*|einsicht\w*|einsehen|durchsuch\w*|verlassen|verlasst|verlaten|verlaat|quittent|quitte|salen|sale de|leave|leaves|disposition|disposicion|partag\w*|conced\w*|intercambi\w*|acceden|accede|zugang\w*|bekanntgeb\w*|bekanntgegeben|bekanntgabe\w*|acceder|communication|overgedragen|overdragen|overdracht|aanlever\w*|erteil\w*|auskunft\w*|auskunfte\w*|give|gives|giving|bekommt|bekommen|erhalten(?![^.;]{0,60}\b(?:von|vom)\b)|erhalt(?<!\b(?:den|dem|des|der|nach|bei|mit|zum|vom|ab) erhalt)|krijgt|ontvangt|receives|recoit|recibe|recevoir|recoivent|reciben|recibir|zugriff\w*|abrufen|erwerb\w*|entreg\w*|hand\w* (\w+ )?(over|to)|available|beschikbaar|verfugbar|disponibles?|leveren|levert|overhandig\w*|remet\w*|remis|gewahr\w*|offered|angeboten|anbieten|aangeboden|ofrec\w*|propos\w*|access|shar\w*|disclos\w*|passed|pass on|forward\w*|supplied|provid(?!ers?\b)\w*|sent|transfer\w*|licens\w*|licentie\w*|toegang|doorge\w*|doorsturen|sturen|meedel\w*|mee te delen|meegedeeld|medegedeeld|mededeling\w*|verstrek\w*|gedeeld|delen|deelt|deelden|geleverd|zugriff|zugang|weiter\w*|ubermitt\w*|bereit\w*|geliefert|lizenzier(?:en|t|ung|te(?:n)?(?! (?:\w+ )?(?:\w*dienst|\w*dienstes|\w*anbieter|\w*anbieters|institut\w*|banken?|partner\w*|\w*handler|\w*makler|\w*vermittler|\w*berater)\b))|acces|accedent|transmis\w*|transmit\w*|transmet\w*|communiqu\w*|livre\w*|licences?|acceso|acceden|envian|enviamos|enviad[oa]s?|enviaremos|envoyees?|verzonden|verstuurd|ubersandt|zugesandt|ubersendet|comunica\w*|cesion|cesiones|ced(?:e|en|emos|er|era|eran|eremos|eria|erian|ido|ida|idos|idas|amos|an|a)|facilita\w*|proporcion\w*|licenciar|pass|passes|passing|allow\w*|permit\w*|gestatt\w*|erlaub\w*|toestaan|staan toe|autoris\w*|compart\w*|intercambi\w*|disposicion|disposition|zur verfugung|ter beschikking|doorverwijz\w*|(?:geven|geeft|gaf|gaven|sturen|stuurt|stuurden|zenden|zendt|spelen|speelt|zetten|zet)\b[^.;]{0,80}\bdoor|pasamos|pasar|pasan|pasaremos|pasa|paso|damos|dar|(?:les|le|se|nos|lo|la|los|las|que) dan|(?:except|other than|apart from|behalve|ausser|sauf|excepto|salvo) (?:to |aan |an |a )?(?:our|the|its|unsere\w*|onze|ons|notre|nos|nuestr\w*|su|sus|den|die|de|het|le|la|les|el|los|las) (?:\w+ ){0,2}(?:sponsors?|partners?|brands?|advertisers?|companies|firms|sponsoren|partner|marken|merken|adverteerders|annonceurs|partenaires|socios|marcas|anunciantes|patrocinadores)|(?:gaan|gaat|ging|gingen) (?:\w+ ){0,5}naar|(?:geht|gehen|ging|gingen) (?:[\w-]+ ){0,3}an|daremos|licencia\w*|uberlass\w*|uberge\w*|teilen|teilt|geteilt|tausch\w*|austausch\w*|uitwissel\w*|exchang\w*|echang\w*|send|sends|sending|(?:sont|est|seront) adressee?s? (?:aux?|a)|transfier\w*|traspas\w*|adressons|(?:leur|lui|les) adress\w*|bezorg\w*|suministr\w*|ontvangen|heraus\w*|geben|gibt(?! es\b)|geven|geeft|donnons|donnent|adressent|adresserons|remit\w*|descarg\w*|download\w*|herunterlad\w*|heruntergeladen|telecharg\w*)\b/;

/** The users' data right after a phrase ("… Lizenzgebühr Namen und Postanschriften …"). */
const DATA_RIGHT_AFTER_RE = /^\s+([\w-]+ ){0,2}(namen|names|name|nombres|noms|adressen|anschriften|postanschriften|addresses|direcciones|adresses|\w*daten|data|datos|donnees|gegevens|e-?mail-?adressen|correos|telefonnummern)\b/;
/**
 * The first hand-over in the sentence, but not a third party's receiving that is the payment itself
 * ("erhält der Partner eine Provision" hands nothing over): then the next one after the payment.
 */
function handoverBesides(s: string, paid: RegExpExecArray): RegExpExecArray | null {
  const h = HANDOVER_RE.exec(s);
  const paidEnd = paid.index + paid[0].length;
  if (h === null || h.index < paid.index || h.index >= paidEnd || !/^(bekommt|bekommen|erhalt|erhalten|krijgt|ontvangt|ontvangen|receives|recoit|recibe|recevoir|recoivent|reciben|recibir)$/.test(h[0])) return h;
  // "erhält diese gegen eine jährliche Lizenzgebühr Namen und Postanschriften …": the receiver of the fee also receives the data
  if (DATA_RIGHT_AFTER_RE.test(s.slice(paidEnd, paidEnd + 60))) return h;
  const after = HANDOVER_RE.exec(s.slice(paidEnd));
  if (after !== null) after.index += paidEnd;
  return after;
}

/** A payment to us with no hand-over in its sentence, not to our own agents, not the reader's price, not denied. */
function paidToUsAlone(s: string): boolean {
  return PAID_RE.test(s) && !HANDOVER_RE.test(s.replace(PAID_RE, ' ')) && !OWN_AGENTS_PAID_RE.test(s) && !PAID_BY_US_RE.test(s) && !READER_PURCHASE_RE.test(s) && !NEG_RE.test(s);
}
/** The sentence's first hand-over is denied ("Ihre Daten werden dabei nicht übermittelt"). */
function handoverDenied(s: string): boolean {
  const h = HANDOVER_RE.exec(s);
  return h !== null && (negatedBefore(s, h.index, 60) || negatedAfter(s, h.index + h[0].length));
}

/**
 * We pass the users' data on, in this sentence or the one before: a commission per contract is then paid for a referral
 * with the data ("übermitteln wir … Ihren Namen … an den jeweiligen Partner, der uns für jede Vertragsvermittlung eine
 * Provision zahlt", `es-2079`), not only for the contract the reader concludes (unless the sentence denies something:
 * "no cobramos por pasarle tus datos; … la comisión que nos paga el banco si finalmente contratas").
 */
function passesUsersData(s: string, prevHandover: boolean): boolean {
  if (prevHandover) return true;
  const h = HANDOVER_RE.exec(s);
  return h !== null && USERS_DATA_NEAR_RE.test(s.slice(h.index + h[0].length, h.index + h[0].length + 80));
}
const USERS_DATA_NEAR_RE = /^[^.;]{0,60}\b(ihre[nmrs]?|deine[nmrs]?|your|sus|su|tus|tu|vos|votre|uw|je)\s+(\w+\s+)?(\w*daten|data|datos|donnees|gegevens|angaben|namen|names?|nombres?|noms?|adress\w*|direcci\w*|coordonn\w*|contact\w*|kontakt\w*|informa\w*|mitgliedsnummer)/;
/** A commission we pay (to advisers acting for us), not one paid to us. */
const PAID_BY_US_RE = /\b(von uns|van ons|de nosotros|de nuestra parte|from us|par nous|de notre part|namens|im auftrag|on our behalf|en nuestro nombre|pour notre compte|(unsere|onze|our|nuestros|nos) (\w+ )?(berater\w*|vermittler\w*|adviseurs?|advisers?|agentes|asesores|conseillers|tussenpersonen)|conseillers|adviseurs|vermittler\w*)\b/;

/** The organisation's own intermediaries and staff ("unsere Vermittler", "sus corredores", "our agents"), after up to two adjectives. */
const OWN_AGENTS = String.raw`((?!(?:an|to|aan|a|aux|al|of|van|von|de|des|del)\b)[\w-]+ ){0,2}\w*(vermittler\w*|makler\w*|vertreter\w*|handelsvertreter\w*|aussendienst\w*|agent(s|es|en)?|corredor(es)?|brokers?|tussenperso\w*|bemiddelaar\w*|adviseurs?|berater\w*|conseillers?|courtiers?|asesor(es)?|verkopers?|vendedor(es)?|commerciaux|intermedia\w*|mediador(es)?|mitarbeiter\w*|employees|staff|medewerkers|empleados|salaries|franchise(es|nehmer\w*|nemers?)|franquiciad\w*)\b`;
/** The organisation's possessives as bare alternatives, grouped where used (not "Ihre", "sus": also the reader's). */
const OUR = String.raw`unsere\w*|our|onze|nuestr[oa]s|nos|ses|its|haar|seine\w*|leurs?`;
/**
 * Money the organisation pays its own intermediaries or staff ("zahlt seinen Vertretern", "paga a sus corredores",
 * "unsere Vermittler erhalten eine Provision"): no consideration for data.
 */
const OWN_AGENTS_PAID_RE = new RegExp(String.raw`\b(pag(a|an)|pays?|paid|betaa?lt|betalen|zahlt|zahlen|bezahlt|bezahlen|verse|versons|versent|vergutet|verguten) (a |to |aan |an )?(${OUR}|sus|ihre\w*|their|hun|zijn) ${OWN_AGENTS}|\b(${OUR}) ${OWN_AGENTS}(?![^.;]{0,60}\b(we|wir|wij|nous|nosotros)\b)[^.;]{0,60}\b(erhalten|erhalt|bekommen|bekommt|receive|receives|earn|earns|ontvangen|krijgen|reciben|perciben|cobran|recoivent|percoivent|touchent)\b`);

/**
 * A fee per click, or a commission on the contract, policy or booking the reader concludes ("Händler zahlen uns für
 * jeden Klick", "la comisión que nos paga el operador cuando usted contrata", "courtages … sur les contrats que vous
 * concluez"): the service's own commission, not consideration for data.
 */
const CONTRACT_FEE_RE = /\b(per (click|klick|klik)|(sur|on|auf|op|sobre) (chaque|each|every|jeden|elk\w*|cada) (\w+ ){0,2}(mandat|contrat|contract|vertrag|polis|police|mandato|contrato|opdracht|auftrag)|per (\w+ )?(polis|polissen|contract|vertrag|police|poliza|contrato|abschluss)|pro klick|(fur|for|voor|pour|por|per|pro) (jeden|jede|each|every|elke?|iedere?|chaque|cada) (\w+ )?(impressions?|impression|einblendung|vertoning|impresion|klick|click|klik|clic|vertrag|abschluss|contract|policy|polis|booking|boeking|reservation|reserva|contrat|contrato|poliza|anuncio|anzeige|inserat|listing|annonce|advertentie|publicacion)|par clic|por clic|(cuando|si) (usted |tu )?(finalmente |despues |luego )?(contrat\w*|firm\w*|adquier\w*)\b|bei (dem |einem )?abschluss (eines|des|einer|der) (\w+ )?(vertrag\w*|versicherung\w*|police|polic\w*|tarif\w*|kredit\w*)|when you (sign|buy|purchase|switch|book|take out|conclude)|wenn sie (\w+ ){0,3}(abschliessen|buchen|wechseln)|lorsque vous (souscrivez|concluez|reservez)|als u (\w+ ){0,3}(afsluit|boekt|overstapt)|(sur|on|auf|op|sobre) (les|the|die|de|los|las) (contrats|contracts|policies|vertrage|abschlusse|polissen|contracten|contratos|polizas)|(die|die zij|that|que) (zij |they |ils |ellos )?(voor u |for you |pour vous |para usted )?(afsluiten|conclude|concluent|suscriben))/;

/** Advertising bought, not data: "Los anunciantes nos pagan por los espacios publicitarios", "advertisers pay us for ad impressions". */
const AD_SPACE_PAID_RE = /^\s*(\w+ ){0,2}(por|for|fur|voor|pour) (los |las |el |la |the |de |het |les |le |die |den |das |des |their |sus |leurs |hun |ihre |unsere |our |onze |nos |nuestros |nuestras )?(\w+ )?(espacios? publicitarios?|anuncios|ad (space|slots?|placements?)|advertising( space| slots?)?|advertisements?|ads|impressions|impresiones|clics|clicks|werbeflache\w*|werbeplatze?|werbung|anzeigen|advertentie\w*|reclame\w*|espaces? publicitaires?|emplacements?( publicitaires?)?|publicites?|annonces)\b/;
/** Advertising right after a payment ("ingresos por publicidad", "revenue from advertising", "Einnahmen aus Werbung"). */
const ADS_AFTER_RE = /^\s*((por|for|fur|voor|pour|from|aus|de|con|durch|uit|via|through) )?(la |el |los |las |the |die |der |de |les |het )?(publicidad|anuncios|advertising|advertisements|ads|werbung|anzeigen|reclame|advertenties|publicite|publicites|annonces)\b/;
/** The ads a payment is for, named before it in a relative clause ("anuncios por los que los anunciantes nos pagan", "Anzeigen, für die uns …"). */
const ADS_PAID_FOR_BEFORE_RE = /\b(anuncios|ads|advertisements|adverts|anzeigen|werbeanzeigen|werbeflache\w*|advertenties|reclames|annonces|publicites|espacios publicitarios|espaces publicitaires|ad space)\b,? (por (los|las) (que|cuales)|for which|fur (die|welche)|fur|wofur|waarvoor|voor (welke|die)|pour (lesquels|lesquelles|laquelle|lequel)) (\w+ ){0,3}$/;

const PAY_VERB_RE = /\b(pag|pay|paid|zahl|bezahl|betal|betaal|pai)\w*/;

/** A recipient named as the exception to a denial ("does not sell … to anyone except our kit sponsor"): its hand-over is not denied. */
const EXCEPT_HANDOVER_RE = /^(except|other than|apart from|behalve|ausser|sauf|excepto|salvo)\b/;
/** A German sentence that ends by ruling out what it names ("Eine Weitergabe … gegen Bezahlung schließen wir aus."). */
const EXCLUDED_AT_END_RE = /\b(schliessen|schliesst) (wir|sie|es) (\w+ ){0,3}aus\W*$/;
/** "(Es ist) ausgeschlossen, dass wir …": a denial opening a dass-clause, however long its list of recipients ("nicht ausgeschlossen, dass" affirms). */
const EXCLUDED_THAT_RE = /(?<!\b(?:nicht|kaum|keineswegs) )\b(ausgeschlossen|undenkbar|unvorstellbar|nicht denkbar|nicht vorstellbar),? dass\b/g;
function excludedThat(before: string): boolean {
  EXCLUDED_THAT_RE.lastIndex = 0;
  let last: RegExpExecArray | null = null;
  for (let m = EXCLUDED_THAT_RE.exec(before); m !== null; m = EXCLUDED_THAT_RE.exec(before)) last = m;
  return last !== null && !hasBreak(before.slice(last.index));
}
/** Licensing words (en/de/nl/es/fr). */
const LICENCE_WORD_RE = /\b(licen[cs]\w*|lizenz\w*|licentie\w*|licenci\w*)\b/;
/** Content that is licensed for a fee without being personal data (photos, articles, software, music). */
const CONTENT_RE = /\b(photos?|fotos?|fotografi\w*|photograph\w*|bilder|bildmaterial|images?|pictures?|articles?|artikel\w*|content|inhalte?|contenus?|contenidos?|videos?|music|musik|muziek|musique|musica|software|fonts?|archives?|archiv\w*|footage|logos?|trademarks?|patents?|patente?|brevets?|patentes|recipes?|rezepte?|recepten|recettes)\b/;
/** The archive content comes from ("las fotografías de nuestro archivo", "Bilder aus unserem Archiv"): no data file. */
const CONTENT_ARCHIVE_RE = /\b(de|del|aus|from|of|uit|du|de la) (nuestro |unserem |unserer |our |notre |ons |onze )?(archiv\w*|fondo\w*|bildarchiv\w*|catalog\w*|katalog\w*)\b/g;
/** A contrast that starts another statement ("Wir lizenzieren Fotos …, doch die personenbezogenen Daten … werden nicht verkauft"). */
const CONTRAST_RE = /\b(doch|aber|jedoch|but|however|pero|sin embargo|mais|cependant|maar)\b/;
/** Goods right after a hand-over verb ("que ofrecen sus productos en nuestro marketplace"), ad space a sponsor gets ("erhält dafür Werbeflächen"). */
const GOODS_AFTER_RE = /^\s+((in return|in exchange|a cambio|en echange|en contrepartie|im gegenzug|als gegenleistung|in ruil|daarvoor|dafur|hierfur) )?((sus|their|ihre|hun|leurs|los|les|die|de|the|nuestros|our|unsere|onze|nos|your|uw|vos|tus|su) )?(\w+ )?(productos?|products?|produkte?|producten|produits?|articulos|artikel\w*|items?|goods|waren?|mercancias?|marchandises?|cashback|rebates?|refunds?|payouts?|rewards?|gutschrift\w*|ruckerstattung\w*|terugbetaling\w*|remboursements?|reembolsos?|werbeflache\w*|werbeplatz\w*|anzeigenplatz\w*|advertentieruimte|reclameruimte|ad space|advertising space|espacios? publicitarios?|espaces? publicitaires?|servicios? premium|services? premium|premium[- ]?\w+)\b/;
/** Goods right before a hand-over verb ("the goods pass", "die Ware wird übergeben"). */
const GOODS_BEFORE_RE = /\b(goods|products?|items?|orders?|parcels?|waren?|bestellung\w*|pakete?|producten|bestelling\w*|pakket\w*|marchandises?|produits?|commandes?|colis|productos?|mercancias?|pedidos?|paquetes?|tickets?|\w*karten|entradas|billets|kaartjes)\s+(\w+\s+)?$/;

/** The payment is for what the previous sentence hands over ("We share X with Y. In return we receive …"). */
const PAID_FOR_IT_RE = /\b(dieses|diese|diesen|this|these|dit|deze|ce|cet|cette|ces|este|esta|estos|estas|ese|esa) (\w+ )?(\w*nutzungsrecht\w*|recht|rechte|right|rights|zugang|zugriff|access|toegang|gebruiksrecht\w*|droit|droits|acces|derecho|derechos|acceso)\b|\b(es|est|ist|is|constituye|constitue|bildet|vormt) (\w+ ){0,2}(la |le |die |de |the |una |une |eine |een |a )?(contraprestacion|contrapartida|contrepartie|gegenleistung|tegenprestatie|consideration)\b|\b(sind|werden) wir (\w+ )?beteiligt\b|\b(tiene|conlleva|supone) un (coste|costo) para\b|\b(est|sont) payant\w* pour\b|\b(kostet|ist kostenpflichtig fur) (den|die)\b|\bchaque (mise en (relation|contact)|demande|contact|lead|projet)\b|\b(per|par|pro|por) (\w+ )?(download|inschrijving|aanmelding|registratie|anmeldung|registrierung|inscription|inscripcion|descarga|telechargement|aanvraag|aangemelde|demande|solicitud|anfrage|lead|klant|client|cliente|kunde|member|lid|socio|membre|datensatz|registro|contact|kontakt|profiel|profil|perfil)\w*|\b(por|for|fur|voor|pour) (esta|este|dicha|dicho|this|such|diese|diesen|deze|dit|cette|ce) (intermediacion|mediacion|intermediation|vermittlung|bemiddeling|referral|referrals|recomendacion|derivacion|mise en relation)\b|\b(como contrapartida|como contraprestacion|en contrepartie|for doing so|for passing|daarvoor|hiervoor|tegenover|ainsi generee?s?|ainsi obtenue?s?|so generated|thus generated|asi generad[oa]s)\b|^\W*(chacun d'eux|each of them|ieder van hen|jeder von ihnen|cada uno de ellos|ceux-ci|celles-ci|ceux ci|celles ci|these|they|diese|dieselben|deze|zij|estos|estas|ellos|ellas)\b|\b(hier (?:\w+ ){0,3}voor|daar (?:\w+ ){0,3}voor|daarvan|hiervan|davon|daraus|thereof|from this|from it|de ello|de cela|dafur|hierfur|im gegenzug|als gegenleistung|in return|in exchange|for this|for that|for it|daarvoor|hiervoor|in ruil|als tegenprestatie|en contrepartie|en echange|a cambio|por ello|por esto|fur jede\w*|for (?:each|every)|voor (?:elk\w*|iedere)|pour chaque|por cada)\b|\b(pour (l'obtention|la reception|l'acces a) (de |d')?(ces|ses|vos|les|leurs)|for (obtaining|receiving|access to) (this|these|that|those|the|such|it|them)|por (recibir|obtener|acceder a) (dich[oa]s?|es[oa]s?|est[oa]s?|l[oa]s?)|fur (den erhalt|den zugang zu|den zugriff auf) (dieser|diese|der|den)|voor (het ontvangen van|toegang tot) (deze|die|de))\b|\b(por cada|for each|for every|pour chaque|voor elk\w*|fur jed\w*|pro) (\w+ )?(referid|referred|vermittelt|doorverwez|recommand|participante|participant|teilnehmer|deelnemer|registr|inscri|lead|contact|kontakt|datensatz|adress|address|perfil|profil|application|solicitud|aanvraag|antrag|demande|mise en (relation|contact))\w*/;

/** A hypothetical sale ("Should we ever decide to sell data, we would first ask you"). */
const HYPOTHETICAL_RE = /\b(if (that|this) (ever )?(changed|changes|were to change)|sollte sich (das|dies) (\w+ )?andern|mocht (dat|dit) (ooit )?veranderen|si cela (devait )?changer|si (eso|esto) (alguna vez )?cambiara|should we( ever)?|if we (ever|were to|decide)|were we to|in the unlikely event|mocht(en)?|als wij ooit|indien wij ooit|sollten wir|falls wir (jemals|kunftig|eines tages)|si nous (envisagions|decidions|devions)|si un jour|si algun dia|si alguna vez|en caso de que decidieramos|si en el futuro|si decidieramos|si (esta|esa) (practica|politica|situacion) cambia\w*|should (this|that) (ever )?change|if (this|that) (ever )?changes|sollte sich (dies|das) (jemals |einmal )?andern|si cela (devait )?changeait|si cela devait changer|mocht dit (ooit )?veranderen)\b/;

/** A disclosure list answered with nothing ("Categories sold in the last 12 months: none."). */
const NONE_LIST_RE = /:\s*(none|nothing|n\/a|geen|keine|aucune?|ningun[oa]?|nada)\W*$/;

const MARKS_RE = /\p{M}+/gu;

export function foldText(text: string): string {
  // eslint-disable-next-line no-control-regex
  const lower = text.toLowerCase();
  return /[^\x00-\x7f]/.test(lower) ? lower.normalize('NFD').replace(MARKS_RE, '').replace(/ß/g, 'ss').replace(/[’‘]/g, "'") : lower;
}

/** `s[from, to)` without the word fragments a fixed-width window cuts at its edges ("ca|n" is not "n"). */
function window(s: string, from: number, to: number): string {
  let a = Math.max(0, from);
  let b = Math.min(s.length, to);
  if (a > 0 && /\w/.test(s.charAt(a - 1))) while (a < b && /\w/.test(s.charAt(a))) a++;
  if (b < s.length && /\w/.test(s.charAt(b))) while (b > a && /\w/.test(s.charAt(b - 1))) b--;
  return s.slice(a, b);
}

/** Is the text right after a nl/de verb negated before its clause ends? */
function negatedAfter(s: string, from: number): boolean {
  // "verkaufen … Stammdaten, Verkehrsdaten und Standortdaten nicht", "verkopen je persoonsgegevens, waaronder …, niet"
  // an aside in parentheses or dashes is skipped ("verkauft (im Sinne des CCPA) Ihre Daten derzeit nicht",
  // "lizenzieren wir – ohne Namen, aber mit einer Kundenkennung – an Auskunfteien")
  const raw = window(s, from, from + 240);
  const after = raw.replace(ASIDE_RE, ' ').slice(0, 120).replace(APPOSITION_RE, ' ').replace(LIST_COMMA_RE, ' ').replace(NOT_A_NEGATION_RE, ' ');
  const end = after.search(AFTER_END_RE);
  return NEG_RE.test(end >= 0 ? after.slice(0, end) : after);
}

/** A comma between items of a list that goes on with "und", "or", "en" … (not the end of the object). */
const LIST_COMMA_RE = /,\s(?!(?:whether|ob|of|si|que|dass|dat|which|who|die|der|das|qui|wanneer|wenn|when|where|if|als|falls)\b)(?=[\w-]+(?:\s[\w-]+)?\s(?:und|oder|and|or|en|of|et|ou|y|o|sowie|noch|nor|ni)\s(?!(?:not|niet|nicht|pas|no|nie|never|jamais|nunca)\b))/g;
/** An apposition between commas that lists what is included ("je persoonsgegevens, waaronder je gezondheidsgegevens, niet"). */
const APPOSITION_RE = /,\s(?:waaronder|inclusief|including|einschliesslich|darunter|incluid[oa]s?)\b[^,;.]{0,80},/g;
/** A full stop after a word of four or more letters that is no abbreviation ("inkl.", "bspw."). */
const SENTENCE_END_RE = /(?<![\p{L}])(?!(?:inkl|bspw|evtl|bzgl|usw|etc|resp|tel|nach|art|abs)[.])\p{L}{4,}[.!?]\s/gu;
const PAREN_ASIDE_RE = /\([^()]*\)/g;
function withoutParens(s: string): string {
  return s.includes('(') ? s.replace(PAREN_ASIDE_RE, ' ') : s;
}
/** An aside in parentheses or dashes. */
const ASIDE_RE = /\([^()]*\)|[–—][^–—]*[–—]|\s-\s[^-]*\s-\s|,\s(?:wie|so wie|as|zoals|comme|como) (?:er|sie|es|das|dies|it|this|het|dat|il|elle|cela|lo|esto|eso)\b[^,;.]{0,120}\b(?:ist|sind|war|waren|is|are|was|were|est|sont|es|son|zijn)\s?,/g;
/** Phrases with a negator that negate nothing: "sin perjuicio de", "not only", "nicht nur", "médicaments sans ordonnance", "profiel zonder naam". */
const NOT_A_NEGATION_RE = /\b((?:or|oder|ou|of|o) (?:not|nicht|non|pas|niet|no)|(?:nicht|not|no|niet|pas) (?:jede[rsnm]?|alle[ns]?|every|all|todos|todas|tous|toutes|chaque|iedere|elke)\b|sin perjuicio|sans prejudice|without prejudice|unbeschadet|no obstante|not only|nicht nur|niet alleen|non seulement|no solo|not least|sans (?:ordonnance|prescription)|sin (?:receta|prescripcion)|without (?:a )?prescription|ohne rezept|zonder (?:recept|voorschrift)|(?:zonder|ohne|without|sans|sin) (?:(?:uw|je|ihren?|your|votre|vos|su|sus|de|den|the|le|les|el|los) )?(?:naam|namen|names?|noms?|nombres?)|sin (?:fines|animo) de lucro|sans but lucratif|zonder winstoogmerk|ohne gewinnabsicht|not for profit|sin (?:costo|coste|cargo)(?: alguno)?|sans frais|without charge|zonder kosten|ohne kosten)\b/g;
/** "keinesfalls aber für einen Verkauf", "nicht aber an Adresshändler": German word order puts "aber" after the negator it keeps. */
const NEGATOR_THEN_ABER_RE = /\b(nicht|nie|niemals|keinesfalls|keineswegs|auf keinen fall) aber\b/g;
/** "no porque vendamos", "not because we sell": the subordinator does not end the negation's scope. */
const NOT_BECAUSE_RE = /\b(not|no|nicht|niet|non|pas) (?:because|porque|weil|omdat|parce que|puisque|ya que)\b/g;

/** Negator in the window before `at`, not separated from it by a scope breaker. */
function negatedBefore(s: string, at: number, width: number): boolean {
  // a negation inside an aside ("– ohne deinen Namen –") is not the verb's; "not because" keeps its negator
  let before = window(s, at - width, at).replace(ASIDE_RE, ' ').replace(NOT_BECAUSE_RE, '$1').replace(NOT_A_NEGATION_RE, ' ').replace(NEGATOR_THEN_ABER_RE, '$1');
  // a sentence end the splitter missed (lower-case text: "… draait niet op lucht. een deel komt uit het verkopen …")
  SENTENCE_END_RE.lastIndex = 0;
  let cut = -1;
  for (let e = SENTENCE_END_RE.exec(before); e !== null; e = SENTENCE_END_RE.exec(before)) cut = e.index + e[0].length;
  if (cut >= 0) before = before.slice(cut);
  BREAK_RE.lastIndex = 0;
  let last = -1;
  for (let b = BREAK_RE.exec(before); b !== null; b = BREAK_RE.exec(before)) last = b.index + b[0].length;
  if (last >= 0) before = before.slice(last);
  // a negation inside a condition ("If you do not object, we sell …") is not the verb's
  if (!before.includes(',')) return NEG_RE.test(before.replace(RELATIVE_AUX_RE, ' '));
  if (at - width <= 0 && last < 0) before = before.replace(V1_CONDITION_RE, ' ');
  // a condition opened before the window and closed inside it ("Wenn Sie … und ich … nicht übernehmen kann, verkaufe ich …")
  else if (last < 0 && CONDITION_OPEN_RE.test(s.slice(Math.max(0, at - width - 200), Math.max(0, at - width)))) before = before.slice(before.indexOf(',') + 1);
  // and one inside a relative clause ("Klanten die zich niet afmelden, worden …", "ceux qui n'ont pas refusé sont vendus")
  return NEG_RE.test(before.replace(CONDITION_RE, ' ').replace(RELATIVE_RE, ' ').replace(RELATIVE_AUX_RE, ' '));
}

/** A relative clause closed by a comma, or by the main clause's auxiliary (which, and what follows it, stays); not Spanish "que", also a complementizer. */
const RELATIVE_RE = /\b(die|who|qui|que|welche|which|quienes)\b[^,;.]*,/g;
const RELATIVE_AUX_RE = /\b(qui|who|die|welche|quienes)\s[^,;.]*(?=\s(sont|est|seront|are|is|will be|worden|wordt|werden|wird|son|es|seran|sera)\b)/g;

/** A condition opened and not yet closed by a comma. */
const CONDITION_OPEN_RE = /\b(if|unless|when|wenn|falls|sofern|sobald|solange|si|indien|wanneer|tenzij|mits|zolang|cuando|mientras|salvo que|a menos que)\b[^,;.]*$/;

/** A German condition opened by its verb at the sentence start ("Kommt kein Kredit zustande, …"). */
const V1_CONDITION_RE = /^\W*(kommt|kommen|liegt|liegen|ist|sind|besteht|bestehen|wird|werden|sollte|sollten|mochten|wunschen|haben|hat)\b[^,;.]*,/;

/** A conditional clause closed by a comma ("wenn Sie nicht widersprechen,", "unless required by law,"). */
const CONDITION_RE = /\b(if|unless|when|wenn|falls|sofern|sobald|solange|si|als (u|je|jij|wij|we|ze|zij|hij)|indien|wanneer|tenzij|mits|zolang|cuando|mientras|salvo que|a menos que)\b[^,;.]*,/g;

/**
 * `objectless`: a sale that needs no data object elsewhere in the sentence: a sale label answered yes
 * after its colon ("Vente : oui"), or debts sold, which carry the debtors' data ("Forderungen
 * weiterverkaufen", "vendre les créances").
 */
interface VerbHit { start: number; end: number; negated: boolean; objectless?: boolean }
/** Debts and receivables right after a sale verb. */
const DEBTS_AFTER_RE = /^\s(\w+ ){0,3}(forderung\w*|creances?|cartera de (creditos|deudas)|creditos morosos|deudas|receivables|debts|vorderingen)\b/;
/** …or right before it ("offene Forderungen … weiterverkaufen"). */
const DEBTS_BEFORE_RE = /\b(forderung\w*|creances?|receivables|debts|vorderingen|deudas)\b(\s+\S+){0,5}\s+$/;

/**
 * Sale wording that is explicitly about something else: goods ("we sell bikes", "tickets may not be
 * resold"), a business transfer, the user's own sale, a sales department, "point of sale".
 */
const NOT_DATA = 'not_data';
/** No disclosure "for commercial purposes" ("La compagnie ne procède à aucune cession de données à des fins commerciales"): the usual way to deny a sale without its verb. */
const COMMERCIAL_PURPOSES = String.raw`(a des fins (commerciales|lucratives)|for (commercial purposes|profit)|zu (kommerziellen|gewerblichen) zwecken|zu gewinnzwecken|voor commerciele doeleinden|met winstoogmerk|con (fines (comerciales|lucrativos|de lucro)|animo de lucro))`;
const DISCLOSURE_WORDS = String.raw`(pon\w* a disposicion|puest[oa]s? a disposicion|cession\w*|cesion\w*|ced\w*|transm\w*|weitergabe|weiterg\w*|ubermitt\w*|bekanntg\w*|overdracht|overgedragen|verstrek\w*|transfer\w*|disclos\w*|communica\w*|comunica\w*|shar\w*|partag\w*|compart\w*)`;
const COMMERCIAL_DENIAL_RE = new RegExp(String.raw`\b(aucune?|pas|jamais|keine\w*|nicht|nie|niemals|geen|niet|nooit|not|never|no|nunca|ninguna|ningun)\b[^.;]{0,40}\b(${DISCLOSURE_WORDS}\b[^.;]{0,80}\b${COMMERCIAL_PURPOSES}|${COMMERCIAL_PURPOSES} ${DISCLOSURE_WORDS})|\b${DISCLOSURE_WORDS}\b[^.;]{0,80}\b${COMMERCIAL_PURPOSES}[^.;]{0,40}\b(findet|erfolgt|erfolgen|geschieht|vindt|gebeurt) (\w+ )?(nicht|nie|niemals|keinesfalls|niet|nooit)\b`);

/** "Ihre Daten sind keine Handelsware", "your data is not a commodity", "… sind nicht Teil dieses Geschäfts". */
const NOT_A_COMMODITY_RE = /(data|daten|gegevens|donnees|datos|\binformations?)\b[^.;]{0,40}(\b(keine|kein|keinerlei|not|no|never|geen|nooit|pas|jamais|nunca|nicht)\b[^.;]{0,20}\b(handelsware|handelsgut|handelsobjekt|verkaufsobjekt|verkaufsgegenstand|handelsgegenstand|handelsobject|verkoopobject|commodity|merchandise|koopwaar|handelswaar|marchandise|mercancia|ware|monnaie d'echange|moneda de cambio|bargaining chip|ruilmiddel|wisselgeld|tauschobjekt|verhandlungsmasse|objeto de (comercio|compraventa|negocio)|objet de commerce)|\b((sind|ist|are|is|zijn|werden|worden)( \w+)? (keine|kein|not|no|geen|nicht als|not as|niet als)|(no|ne) (son|es|sont|est|seran|sera|seront))( \w+){0,2} (gegenleistung|tegenprestatie|contrepartie|contraprestacion|consideration|zahlungsmittel|betaalmiddel|medio de pago|moyen de paiement|means of payment|currency|wahrung)\b|(\b(is|are|sind|ist|zijn|est|sont|es|son)( \w+)? (not|nicht|kein\w*|geen|pas|no)|\b(isn't|aren't|isnt|arent))( \w+)? (a |an |ein |een |un |une |una )?(product|produkt|produit|producto)\b|\b(sind|ist|are|is|zijn)( \w+)? (nicht|not|no|geen|kein) (teil|part|onderdeel) (dieses|dieser|des|der|of|van) (\w+ )?(geschafts?|deals?|arrangements?|agreements?|vereinbarung|afspraak|overeenkomst|transactions?|business)\b|\bno (forman|forma) parte (de|del) ((\w+ ){0,2}(acuerdo|negocio|trato|intercambio)|lo que (vendemos|comercializamos|licenciamos))\b|\b(queda|quedan|bleibt|bleiben|stays|remains|reste|restent|blijft|blijven) (\w+ )?(fuera de|ausserhalb|outside|en dehors de|buiten) (jeder |jedes |any |toute |elke |de )?(cualquier |todo )?(venta|verkauf\w*|sale|vente|verkoop|licencia|lizenz\w*|licen[cs]e)\b|\bne (font|fait) (pas|jamais) partie (de|du|des) (\w+ ){0,2}(accord|affaire|marche|transaction|echange)\b|\b(maken|maakt) (geen|nooit) (deel|onderdeel) uit van (\w+ ){0,2}(deal|afspraak|overeenkomst|transactie|ruil)\b)/;
/** Business transfer and data-object checks scan the whole sentence: memoised for the sentence in hand. */
let memoSentence = '';
let memoBusiness: boolean | undefined;
let memoObject: boolean | undefined;
function sentenceMemo(s: string): void {
  if (s === memoSentence) return;
  memoSentence = s;
  memoBusiness = undefined;
  memoObject = undefined;
}
/** Does a clause (folded text, `foldText`) name a business transfer (a merger, an acquisition, assets sold)? OPP-115 and ToS;DR label those as sharing. */
export function namesBusinessTransfer(folded: string): boolean {
  return BUSINESS_RE.test(folded);
}

function isBusinessTransfer(s: string): boolean {
  sentenceMemo(s);
  return (memoBusiness ??= BUSINESS_RE.test(s));
}
function hasDataObject(s: string): boolean {
  sentenceMemo(s);
  return (memoObject ??= DATA_OBJECT_RE.test(s));
}

/** Something given in return ("Im Gegenzug", "A cambio de publicidad gratuita", "Statt Geld"), */
const CONSIDERATION_RE = prefiltered(/\b(in return|in exchange|en contrepartie|en echange|a cambio|im gegenzug|als gegenleistung|in ruil|als tegenprestatie|statt geld|anstelle von geld|instead of (money|payment|cash)|au lieu d'argent|en lugar de dinero|en vez de dinero|in plaats van geld)\b/, MONEY_WORDS);
/** …for which a third party receives data ("erhält er die Nutzungsdaten", "notre partenaire reçoit l'ensemble des données"). */
const RECEIVES_DATA_RE = /\b(receives?|gets|erhalt|erhalten|bekommt|bekommen|ontvangt|ontvangen|krijgt|krijgen|recoit|recoivent|recibe|reciben|obtiene|obtienen|recupere|recuperent) (?!(wir|we|wij|nous|nosotros|you|u|je|jij|vous|usted|ustedes|du|tu)\b)([\w']+ ){0,8}\w*(daten|data|gegevens|donnees|datos|profil\w*|profiles?|perfiles|adressen|addresses|adresses|coordonnees|correos|e-?mail\w*|anschrift\w*|namen|names?|noms?|nombres?|lists?|listen|listes|listas|\w*lijst\w*|\w*bestand)\b/;
const USERS_DATA_RE = /\b(member|members|mitglied\w*|leden|membres|socios|miembros|customers?|kunden|klanten|clients|clientes|subscribers?|abonnent\w*|abonnes|suscriptores|your|ihre\w*|deine\w*|uw|je|jouw|vos|tes|sus|tus|aller|unserer|onze|of our|de nos|de nuestros|nuestros|nos membres|nos clients|nos abonnes)\b/;
const WE_BEFORE_RE = /\b(we|wir|wij|nous|nosotros|you|u|je|jij|vous|usted|du|tu)\s+$/;

/** Consideration and a third party receiving data for it, in one sentence: a sale in kind. */
/** The organisation giving data (not receiving it): "beschikbaar stellen", "share", "weitergeben", "transmettre". */
const GIVES_DATA_RE = /\b(beschikbaar|available|verfugbar|disponibles?|zur verfugung|stellen|stelt|share|shares|sharing|delen|deelt|geven|geeft|weitergeb\w*|ubermitt\w*|provide\w*|transmet\w*|partag\w*|compart\w*|entreg\w*|ced\w*|verstrek\w*|overdra\w*|communiqu\w*|comunica\w*)\b/;
/** "Im Gegenzug für die kostenfreie Nutzung …, dass wir Ihren Namen … übermitteln": free use paid for with data. */
const FREE_USE_RE = /^\W*\w+ \w+ (voor|for|fur|de|pour|por) (die |the |de |la |el |het |l'|le )?((kostenfreie|kostenlose|gratis|free|gratuite|gratuita|gratuito|kosteloze) (nutzung|use|gebruik|utilisation|uso|zugang|access|toegang|acces|acceso)|(uso|acceso|acces|utilisation|usage) (gratuito|gratuita|gratuit|gratuite|gratis))\b/;
function consideredReceipt(s: string): RegExpExecArray | null {
  const lead = CONSIDERATION_RE.exec(s);
  if (lead === null) return null;
  // "In ruil daarvoor mogen wij de interessecategorieën … beschikbaar stellen aan onze advertentiepartners": data handed over as the consideration
  if (lead.index < 4 && (!/^\W*\w+ \w+ (voor|for|fur|de|d'|du|des|del|of|van|von)\b/.test(s) || FREE_USE_RE.test(s.slice(0, 80))) && GIVES_DATA_RE.test(s) && hasDataObject(s)) return lead;
  const got = RECEIVES_DATA_RE.exec(s);
  if (got === null || WE_BEFORE_RE.test(s.slice(Math.max(0, got.index - 12), got.index))) return null;
  // the users' data ("aller Accounts", "de nos membres"), not "they may receive e-mail messages in exchange for …"
  return USERS_DATA_RE.test(s.slice(got.index, got.index + got[0].length + 60)) ? lead : null;
}

/** An offer of money imagined and refused ("Zelfs als iemand ons er een miljoen voor zou bieden: …", "egal was er bietet"). */
const OFFER_RE = /\b(zelfs als|ook als|ook niet als|zelfs niet als|not even if|even if|even when|auch wenn|auch dann nicht,? wenn|selbst wenn|sogar wenn|(?:auch|selbst|sogar) dann nicht,? wenn|meme si|aunque|incluso si|ni aunque)\b[^:;.]{0,80}\b(bied\w*|bood|boden|offer\w*|biet\w*|bote\w*|bot|offr\w*|ofrec\w*|pag\w*|pai\w*|pay\w*|beta+l\w*|zahl\w*|bezahl\w*|spende\w*|donation\w*|donativo\w*|donatie\w*|belohnung\w*|pramie\w*|reward\w*|recompensa\w*|winkt|winken|lockt|locken)\b|\b(egal|ganz gleich) (was|wie viel|welchen preis)\b[^.;]{0,30}\b(biet\w*|zahl\w*|bezahl\w*)\b|\bno matter (what|how much)\b[^.;]{0,30}\b(offer\w*|pa(y|id)\w*)\b|\b(ongeacht|hoeveel)\b[^.;]{0,30}\b(bied\w*|beta+l\w*)\b|\b(peu importe|quel que soit) (le prix|la somme|ce qu)|\b(da igual|sin importar) (lo que|cuanto)\b[^.;]{0,30}\b(ofrezc\w*|pag\w*)\b/;

/** The imagined offer, and a negation outside it: the sentence refuses to sell. */
function refusedOffer(s: string): boolean {
  const offer = OFFER_RE.exec(s);
  return offer !== null && NEG_RE.test(s.slice(0, offer.index) + ' ' + s.slice(offer.index + offer[0].length));
}

/** "Ihre Gesundheitsdaten sind unverkäuflich", "onverkoopbaar". */
const UNSALEABLE_RE = /\b(unverkauflich\w*|unverausserlich\w*|onverkoopba\w*|invendables?)\b/;
/** …said of goods ("Unverkäufliche Warenproben verschicken wir kostenlos"): no word about data. */
const UNSALEABLE_GOODS_RE = /\b(unverkauflich\w*|onverkoopba\w*|invendables?) (\w+ )?\w*(proben|muster|waren|artikel|produkte?|gutscheine|exemplare|samples?|muestras?|productos?|articulos?|echantillons?|produits?|monsters?|artikelen|producten|articles?)\b/;
/** A denied sale followed by an elliptic "but this we do": "verkaufen wir nicht, wohl aber Kaufprofile", "maar wel …", "pero sí …". */
const ELLIPTIC_YES_RE = /\b(wohl aber|aber (sehr wohl|schon|durchaus)|jedoch (sehr wohl|schon)|maar wel|doch wel|pero si|mais bien)\b([^,;.:!?]*)/;

/** The elliptic part names data and has no subject or negation of its own (not "wohl aber geben wir sie weiter"). */
function affirmedElliptically(s: string, from: number): boolean {
  const rest = s.slice(from);
  const m = ELLIPTIC_YES_RE.exec(rest);
  if (m !== null && DATA_OBJECT_RE.test(m[4]) && !SUBJECT_BEFORE_RE.test(m[4]) && !NEG_RE.test(m[4])) return true;
  const b = ELLIPTIC_YES_AFTER_OBJECT_RE.exec(rest);
  return b !== null && DATA_OBJECT_RE.test(b[1]) && !SUBJECT_BEFORE_RE.test(b[1]) && !NEG_RE.test(b[1]);
}
/** The same with the object first ("…; pseudonymisierte Nutzungsprofile hingegen schon", "los perfiles, en cambio, sí"). */
const ELLIPTIC_YES_AFTER_OBJECT_RE = /^[^.!?]{0,60}?[;,–—-]\s*([^,;.:!?]{3,80}?),?\s+(hingegen|dagegen|jedoch|allerdings|wiederum|daarentegen|en cambio|sin embargo|en revanche|par contre|however),?\s+(schon|sehr wohl|durchaus|wel|si|oui|we do)\b/;

/** A later sentence saying a sale has stopped ("Seitdem ist damit Schluss", "we no longer do"). */
const STOPPED_RE = /\b(nicht mehr|kein\w* (\w+ )?mehr|no longer|not anymore|any longer|niet meer|plus jamais|ya no|dejado de|(se )?abandono|abandonad[oa]|abandonamos|abandoned|aufgegeben|opgegeven|abandonne\w*|dejamos de|aufgehort|schluss|beendet|gestopt|beeindigd|stopped|ceased|ended|cesse|mis fin|puesto fin|puso fin|se termino|termino|acabo|finalizo|endete|dejo de|finalizad[oa]|ha finalizado|concluid[oa]|afgelopen|pris fin|prend fin|arrete\w*|wound down|discontinued|phased out|abolished|eingestellt|ausgelaufen|abgelaufen|afgeschaft|opgeheven|stopgezet|terminad[oa]|plus aucun\w*|suspendi\w*|suspended|suspendu\w*|ausgesetzt|opgeschort|suprimid[oa]s?|suprimi\w*|supprimee?s?|abolid[oa]s?|abolie?s?)\b|\b(ne |n')(\w+ ){0,3}plus\b/;
/** A sale dated in the past ("Bis März 2024 haben wir … verkauft", "Hasta 2024 vendíamos …"), not "until you opt out". */
const UNTIL_RE = /\b(until|till|up to|throughout|during|bis|tot|hasta|durante|jusqu\w*|in den jahren|in de jaren|im jahr|in the year|en el ano|en l'annee|in het jaar)\b(?:[^.;]|(?<=\d)\.){0,30}\b(19|20)\d\d\b|\b(bisher|bislang|bis ende (letzten|vergangenen) jahres|last year|letztes jahr|vergangenes jahr|l'annee derniere|el ano pasado|vorig jaar|we told you|nous vous avions|wir hatten|hasta ahora|jusqu'ici|tot nu toe|hemos quitado|hemos eliminado|we (have )?removed|haben (\w+ ){0,4}entfernt|hebben (\w+ ){0,4}verwijderd|avons supprime|verhuurden|verkochten|vermieteten|verkauften|pagaban|louions|vendions)\b|\b(pendant (plusieurs|des|quelques) annees|for (several|many|some) years|jahrelang|jarenlang|durante (varios|muchos) anos|in eerdere versies|in earlier versions|in fruheren (versionen|fassungen)|dans (les|des) versions (precedentes|anterieures)|en versiones anteriores|we once|once took part|previously|formerly|used to|solia\w*|fruher|vroeger|autrefois|anteriormente|in the past|in het verleden|in der vergangenheit|par le passe|en el pasado|(the |a |la |le |el |die |der |de )?(anterior|previous|former|vorherige\w*|ehemalige\w*|vorige|ancien\w*|precedent\w*) (propietari\w*|owners?|eigentumer\w*|inhaber\w*|eigenaar|proprietaire|titular\w*))\b/;

/** A sale only imagined ("Should we ever sell data, …"): no stance, unless the next sentence says it is not the case. */
const HYPOTHETICAL = 'hypothetical';
/**
 * A sale named only as what the user may opt out of ("the right to opt out of the sale of their
 * personal information"): a sale, unless the clause also denies one ("… We do not sell personal
 * information.").
 */
const OPT_OUT = 'opt_out';
/** …and a sale inside the user's own condition ("If you would prefer not to be included in these list rentals, …"). */
const USER_CONDITION_RE = /\b(if|wenn|falls|sofern|si|als|indien|wanneer|cuando)\s+(you|u|je|jij|sie|du|vous|tu|usted)\b[^,;.:]*\b(not|nicht|niet|pas|no|prefer|rather|want|wish|object|wunsch\w*|mocht\w*|wil|wilt|willen|souhait\w*|desea\w*|quiere\w*|prefier\w*)\b[^,;.:]*$/;
/** The sale as what the user objects to, German/Dutch order ("mit dem Sie einem Verkauf Ihrer Daten widersprechen"). */
/**
 * A right described in general: hedged ("you may have the right", "möglicherweise", "pourriez"), held by a
 * group ("California residents have the right", "Einwohner … haben das Recht") or granted by a law ("the CCPA
 * gives … the right"). A plain "You have the right to opt out of the sale" keeps its reading as an opt-out.
 */
const GENERAL_RIGHT_ALL_RE = /\b((residents?|consumers?|individuals|einwohner\w*|bewohner\w*|verbraucher\w*|inwoners|ingezetenen|consumenten|consommateurs|residentes|consumidores)\b[^.;]{0,60}\b(have|has|haben|hat|hebben|heeft|ont|tienen|tiene)\b[^.;]{0,20}|(may|might|could|moglicherweise|eventuell|mogelijk|misschien|pourriez|pourrait|pourraient|puede|pueden|podria|podrian)\b[^.;]{0,30}|(give|gives|grant|grants|gibt|gewahrt|geeft|verleent|donne|accorde|otorga|concede|confiere)\b[^.;]{0,60})\b(right|recht|droit|derecho)\b/g;
/** Is a sale word inside a right of this kind (`re`, global) that ends in `before`, with no way to use the right named? */
function withinRight(s: string, before: string, re: RegExp): boolean {
  if (RIGHT_IN_USE_RE.test(s)) return false;
  let right: RegExpExecArray | null = null;
  re.lastIndex = 0;
  for (let m = re.exec(before); m !== null; m = re.exec(before)) right = m;
  return right !== null && !RIGHT_SCOPE_END_RE.test(before.slice(right.index + right[0].length));
}
/** The right to know or be told what was sold ("the right to know the categories … we have sold", "das Recht, Auskunft … zu erhalten"): a template, not a statement. */
const RIGHT_TO_KNOW_ALL_RE = /\b(right|recht|droit|derecho)\b[^.;]{0,80}\b(know|request|obtain|receive|access|be informed|auskunft|wissen|erfahren|erhalten|weten|inzage|savoir|connaitre|obtenir|conocer|saber|solicitar)\b/g;
/** What ends a right's scope: a semicolon or a contrast (a colon only opens the list of what the right covers). */
const RIGHT_SCOPE_END_RE = /;|\b(but|however|aber|jedoch|maar|echter|mais|cependant|pero|sin embargo)\b/;
/** The way to use such a right: a link, button, form, setting or address ("by clicking …", "über den Link …"). */
const RIGHT_IN_USE_RE = /\b(click\w*|klick\w*|klik\w*|cliqu\w*|clic|link|links|button|schaltflache|knop|bouton|boton|enlace|formular\w*|form|formulier|formulaire|formulario|visit\w*|besuch\w*|bezoek\w*|settings|einstellungen|instellingen|parametres|configuracion|e-?mail\w*|toggle|indem sie|door te|en cliquant|haciendo clic)\b/;
/** The word for a right (the rights checks first look for it with `includes`, which is cheaper). */
const RIGHT_WORD_RE = /\b(right|recht|droit|derecho)\b/;
/** Refusing or forbidding what was just named, as a right of the user ("den Verkauf … zu untersagen", "… abzulehnen"). */
const USER_REFUSAL_AFTER_RE = /^[^.;,]{0,50}\b(zu untersagen|untersagen|abzulehnen|zu verweigern|zu verbieten|to refuse|to prohibit|te weigeren|te verbieden|de refuser|d'interdire|a negarse|prohibir)\b/;
const OPT_OUT_AFTER_RE = /^[^.;,]{0,50}\b(widersprech\w*|bezwaar (\w+ )?(maken|tegen)|vous opposer|s'opposer|oponerse|oponga)\b/;
const OPT_OUT_BEFORE_RE = /\b(opt(ing)? out of|opt-out of|object to|widersprechen|widerspruch gegen|bezwaar (\w+ )?tegen|afmelden voor|(s'|vous |m'|me |nous )opposer a|opposition a|opon(erse|erte) a|oposicion a)\s+(\w+\s+){0,2}$/;
/** A word for data itself (no pronoun, no list or address). */
const DATA_WORD_RE = /\b(data|datos|donnees|daten|gegevens|informa\w*)\b/;
/**
 * Goods that "cannot be sold … or exchanged for money", or passed "to another person" (points, vouchers,
 * accounts, tickets): a term of use for the reader's goods, not a statement about data (used only with no data
 * word in the sentence; a pronoun does not count).
 */
const NON_TRANSFERABLE_RE = /\b(cannot|can not|can't|may not|must not|ne (peuvent|peut|doivent|doit)|konnen nicht|kann nicht|(durfen|darf) (weder|nicht)|kunnen niet|kan niet|mag niet|mogen niet|no (pueden|puede|se pueden|deben|podes|puedes|podras))\b[^.;]{0,60}\b(sold|vendu\w*|\w*verkauft|verkocht|vendid\w*|vender\w*|revend\w*)\b[^.;]{0,80}\b(exchanged for (money|cash)|echange\w* contre (de l'argent|des especes)|in (bar)?geld (um|ein)getauscht|gegen (echt|bar)?geld (ge|um|ein)?tauscht|ingewisseld tegen geld|canje\w* por (su importe en |dinero en )?(dinero|efectivo)|transferred to (another|other) (person|people|users?|accounts?)|an andere (personen|nutzer\w*|spieler\w*) (ubertragen|weitergegeben)|(transfere\w*|cede\w*) a une autre personne|(transferid\w*|cedid\w*) a otras? personas?|aan (een )?andere (personen|persoon|gebruikers?) (overgedragen|overdragen)|(mit|an) anderen? (\w+ )?(personen|nutzer\w*|spieler\w*|mitglieder\w*|kunden)\b[^.;]{0,60}\b(gehandelt|getauscht|ubertragen|weitergegeben)|(ni|o) prest(ar|arla|arlo|arse|ada|ado)\b)/;
/** Virtual items or accounts traded "for real money" (a game's terms): goods, with a prohibition. */
const REAL_MONEY_RE = /\b(for real[- ](world )?money|contre (de )?l'argent reel|por dinero real|voor echt geld|(gegen|fur) echtgeld)\b/;
/** The reader asking the organisation to stop what follows ("demander … de ne plus céder", "ask us to stop selling"). */
const REQUEST_STOP_BEFORE_RE = /\b(demander|demandez|request|ask|verlangen|vragen|verzoeken|solicitar|solicite|pedir|pida|exiger)\b[^.;?]{0,100}\b(de ne plus|to no longer|to stop|nicht mehr|niet (langer|meer)|que (ya )?no|dejar de|de cesser de|to cease)\s+(\w+\s+){0,2}$/;
/** Refusing what follows, as a right of the user ("le droit de refuser la vente …", "the right to prohibit the sale …"). */
const USER_REFUSAL_BEFORE_RE = /\b(to refuse|to prohibit|to forbid|to reject|de refuser|d'interdire|de rejeter|te weigeren|te verbieden|a negarse a|a rechazar|a prohibir|de rechazar|de prohibir|zu verweigern)\s+(\w+\s+){0,2}$/;
/** "Ce n'est pas le cas aujourd'hui", "This is not the case", "Dies ist derzeit nicht der Fall". */
const NOT_THE_CASE_RE = /^\W*(this|that|it|ce|cela|ceci|dies|das|dat|dit|eso|esto)\b[^.;]{0,30}\b(not|niet|nicht|pas|no)\b[^.;]{0,20}\b(the case|het geval|der fall|le cas|el caso)\b/;
/** No word in the clause or its heading that could be sale wording at all. */
const NO_CUE = 'no_cue';
export type SaleWording = Stance | typeof NOT_DATA | typeof NO_CUE;

/** A negator opening the sentence scopes over it ("No information … has been sold", "At no point … will it be sold"). */
const LEAD_NEG_RE = /^\W*(there (is|are|will be) no|er (is|zijn) geen|es gibt (kein\w*|keine)|il n'y a (aucun\w*|pas)|il n'existe (aucun\w*|pas)|no (existe|hay) ning\w*|no hay|no|none of|never|at no|under no|in no|on no|nothing|not|neither|geen|nooit|in geen|onder geen|nimmer|kein\w*|nie|niemals|unter keinen|auf keinen|in keinem|aucun\w*|jamais|en aucun|a aucun|ningun\w*|nunca|jamas|en ningun\w*|bajo ningun\w*|nada de|nadie|niemand|nobody)\b(?!\s+(jede[rsnm]?|alle[ns]?|every|all|todos|todas|tous|toutes|chaque|iedere|elke)\b)/;

/** German separable negative verbs: "schließt … aus", "lehnen … ab". */
const DE_SPLIT_NEG_RE = /\b(schliess\w*|lehn\w*)\b[^.;!?]{0,200}\b(aus|ab)\b/;
/** "… y a día de hoy no existe ningún acuerdo de ese tipo", "derzeit bestehen keine solchen Vereinbarungen": no such deal now. */
const NO_SUCH_DEAL_RE = /\b((a dia de hoy|actualmente|hoy|por ahora|de momento|derzeit|aktuell|momentan|zurzeit|currently|at present|today|actuellement|a ce jour|momenteel|op dit moment),? (no existe|no hay|no tenemos|gibt es keine|bestehen keine|besteht keine|there (is|are) no|we have no|il n'existe aucun|il n'y a aucun|er (is|zijn) geen)|(no existe|no hay) (ningun |ninguna )?(acuerdo|convenio|contrato)\w* (de ese tipo|asi|semejante)|(keine|no) (solche[nr]?|such) (vereinbarung\w*|vertrage?|arrangements?|agreements?|acuerdos?))\b/;
/** "schliesst eine Bekanntgabe gegen Entgelt ebenso aus": a payment inside "schließt … aus". */
const DE_EXCLUDES_BEFORE_RE = /\bschl(ie|o)ss\w*\b[^.;!?]{0,100}$/;
const DE_EXCLUDES_AFTER_RE = /^[^.;!?]{0,100}\baus\b/;

/** Product right before a participle ("a product sold through our store", "tickets sold"). */
/** Customers or resellers named as the buyers just before a verb-final sale verb. */
/** After a sale noun: goods sold ("de bienes embargados", "of goods") or how medicines are sold ("bajo receta", "libre"). */
const SALE_OF_GOODS_AFTER_RE = /^\W*((bajo|con|sin) (receta|prescripcion)|libre|(sur|sans) ordonnance|(on|by|without) prescription|op recept|zonder recept|(de|of|von|van|des|der) (los |las |the |den |de |les )?(bienes|biens|goods|goederen|waren|guter|inmuebles|immeubles|fincas|vehiculos|vehicles|fahrzeuge(n)?|voertuigen))\b/;
/** Recipients listed before the verb ("an Werbetreibende, Datenhändler oder Versicherungen verkauft"): insurers, not insurance policies. */
const TO_RECIPIENTS_BEFORE_RE = /\b(an|aan|to|aux|al|a)\s([\w-]+,?\s){0,4}(versicherungen|verzekeringen|seguros|assurances|insurances)\s$/;
/** Customers and resellers as buyers (of goods). */
const BUYERS = String.raw`(\w*kunden|wiederverkaufer\w*|fachhandler|einzelhandler|grosshandler|verbraucher\w*|\w*klanten|wederverkopers|consumenten|particulieren)`;
const SELL_TO_CUSTOMERS_BEFORE_RE = new RegExp(String.raw`\b(an|aan) (\w+ ){0,2}${BUYERS}( (und|oder|en|of) (\w+ ){0,2}${BUYERS})? $`);
const PRODUCT_BEFORE_RE = /^\W*(kaufen|kopen|acheter|comprar|buy|buying|achat|compra|kauf|aankoop)\s*(und|&|en|et|y|and|\/|\+)\s*$|\b(products?|items?|goods|tickets|producten|artikelen|produkte|artikel|waren|produits|articles|billets|productos|producto|articulos|articulo|produit|article|produkt|entradas|toegangsbewijzen|kaartjes|eintrittskarten|vouchers|gutscheine|cadeaubonnen|dienstleistungen|leistungen|services|diensten|servicios|prestations|vertrage|versicherungen|abos|abonnements|tarife|contracts|contratos|contrats|contracten|verzekeringen|seguros|assurances|kavels|lots|lotes|veilingstukken|pensiones|prestamos|hipotecas|creditos|tarjetas|depositos|pensioenen|leningen|hypotheken|kredite|darlehen|pensions|loans|mortgages|prets|hypotheques|inserate|anzeigen|bannerplatze|werbeplatze|werbeflachen|ad space|ad slots|anuncios|espacios publicitarios|advertenties|advertentieruimte|encarts|espaces publicitaires)\s+(are |is |being |were |worden |werden |wird |sont |son |se |door te |te |weiter zu |zu |para |pour |to |om te )?$|\b(contrato|contract|vertrag|contrat|contrato de|contract van) (de |van |of )?$/;

/** The user sells something ("When you sell an item", "Cuando vendes un artículo", "Verkoop je iets via ons platform"), unless asked of the company ("Do you sell my data?"). */
function userSells(s: string, start: number, end: number, verb: string): boolean {
  // the user asking about their own data addresses the company: "Vous revendez mes données ?"
  if (s.includes('?') && SELF_ASKS_RE.test(s.slice(Math.max(0, start - 30), start))) return true;
  if (s.includes('?') && /\b(my|mes|meine\w*|mijn|mis)\b/.test(s)) return false;
  if (verb === 'vendes' || verb === 'vendez') return !s.includes('?');
  // "Wenn Sie … ein Fahrrad verkaufen", "Als u iets verkoopt": a condition on the user's own sale, in the same clause
  if (!NOUNS.has(verb) && /\b(wenn|falls|sobald|sofern|nachdem|als|wanneer|indien|zodra) (sie|du|u|je|jij)\b[^,.;:–—()]*$/.test(s.slice(Math.max(0, start - 80), start))) return true;
  // (after a Spanish first person plural, "tu" is the possessive: "Vendemos tu perfil")
  if (/^\W*$/.test(s.slice(0, start)) && /^\s(je|jij|u|du|sie|vous|tu|usted)\b/.test(s.slice(end, end + 7)) && !/mos$/.test(verb)) return !s.includes('?');
  return USER_SELLS_BEFORE_RE.test(s.slice(Math.max(0, start - 30), start));
}
/** The user asks about their own sale: "Can I sell my points?", "¿Puedo vender mis puntos?", "Kann ich meine Punkte verkaufen?". */
const SELF_ASKS_RE = /\b(i|ik|ich|puedo|podre)\b|puis-je|\bje (peux|puis)\b/;
const USER_SELLS_BEFORE_RE = /(?<!\b(do|does|did|will|would|can|could|have|has|should|nous|ne) )(?<![&+])\b(you|vous|usted|ustedes)\s+(\w+\s+){0,2}$/;

/** "omdat we speelgoed verkopen": a subordinate clause, its subject, and the object words before the verb (not an auxiliary or negator: "because we do not sell …"). */
const SUBORDINATE_OBJECT_RE = /\b(omdat|doordat|aangezien|weil|da|zumal|because|since|parce que|puisque|porque|ya que)\s+(we|wij|wir|nous|nosotros)\s+(?!(?:do|does|did|dont|never|not|will|would|can|cannot|may|ne|n|jamais|no|nunca|jamas)\b)((?:\w+\s+){1,3})$/;
/** A source, not a buyer: "from data brokers", "von Adresshändlern". */
const SOURCE_BEFORE_RE = /\b(from|von|vom|beim|bei dem|bei|van|bij|aupres de|chez|de la part de|de parte de|procedentes? de)\s+(\w+\s+){0,2}$/;
/** Buyer-side verbs ("Advertisers purchase audience segments", "Nos partenaires achètent vos noms"). */
const BUYER_VERB_RE = /^(purchases?|purchased|acquires?|buys?|bought|achetee?s?|gekauft|erworben|gekocht|comprad[oa]s?|adquirid[oa]s?|kaufen|kauft|erwerben|erwirbt|kopen|koopt|achetent|achete|acheter|rachetent|rachete|racheter|compran|compra|comprar|adquieren|adquiere)$/;
/** A buyer-side word after a determiner is a noun ("your purchases from …"). */
const NOUN_BEFORE_RE = /\b(your|our|their|his|her|its|the|a|an|and|or|of|any|ihre?|unsere?|die|der|uw|onze|je|de|het|vos|nos|les|des|la|le|sus|tus|los|las|el|y|o|en|und|oder|et|ou|una?)\s+$/;
/** …and we or the user buying is no sale ("we purchase", "Sie kaufen", "customers who buy"). */
const OWN_PURCHASE_RE = /\b(we|wir|wij|nous|nosotros|ik|ich|i|you|u|je|jij|du|sie|vous|tu|usted|ustedes|customers?|users?|kunden|klanten|clients?|clientes|usuarios|gebruikers|nutzer\w*)\s+(\w+\s+){0,2}$/;
/** The reader as the subject of a modal ("können Sie", "you can", "puedes"). */
const READER_MODAL = String.raw`\b((konnen|durfen) sie|(kannst|darfst) du|(kunt|mag) u|(kun|mag) je|(you|u|je) (can|may|kunt|kan|mag)|(sie|du) (konnen|kannst|durfen|darfst)|(puedes|puede usted|pueden ustedes|podes|vous pouvez|tu peux))\b[^.;:]{0,80}`;
/** …before a verb-final purchase ("können Sie bei uns einen Bericht kaufen"). */
const READER_MODAL_BEFORE_RE = new RegExp(`${READER_MODAL}$`);
/** The reader buying something, so a fee in the sentence is the reader's price ("Gegen eine Gebühr von 19,90 € können Sie bei uns einen Bericht kaufen"). */
const READER_PURCHASE_RE = new RegExp(String.raw`${READER_MODAL}\b(kaufen|erwerben|bestellen|buchen|kopen|buy|purchase|order|comprar|adquirir|contratar|acheter|commander)\b`);

/** Data as the subject of a passive or reflexive verb that follows ("Kontaktdaten … werden weder kommerziell verwertet", "nada de lo que compartes en tu perfil … se explotará comercialmente"). */
const DATA_SUBJECT_BEFORE_RE = /(daten|data|datos|donnees|gegevens|informa\w*|angaben|profil\w*|perfil\w*)\b[^.;:]{0,100}\b(werden|wird|wurden|wurde|worden|wordt|are|is|sont|est|se)\b[^.;:]{0,60}$/;
/** A fear dispelled: "… muss nicht befürchten, dass seine Angaben … zu Geld gemacht werden", "sin temor a que …". */
const NOT_FEAR_RE = /\b((nicht|keine) (zu )?(befurcht|furcht|angst|sorge)\w*|brauch\w* (\w+ )?(nicht|keine) (zu )?(befurcht|furcht|angst|sorge)\w*|need (not|n't) (fear|worry)|no (need|reason) to (fear|worry)|no (tiene|tienes|tienen|debe|debes|hay) (que|por que|de que|motivo para) (temer|preocupar\w*)|sin temor a que|sans crainte que|n'(avez|a|ont) pas a craindre|hoeft (\w+ )?niet bang)\b[^.;!?]{0,160}$/;
/** A means denied: "… und nicht dadurch, dass wir deine Informationen … weiterreichen", "not by selling …", "no a base de vender …". */
const NOT_BY_DOING_RE = /\b(nicht (dadurch|damit),? dass|not by|no (a base de|mediante)|niet door|pas en)\b[^.;:!?]{0,100}$/;
/** A German passive whose subject is "nichts" or whose adverb is "nie" ("Ohne deine Einwilligung wird nichts aus deinem Profil … lizenziert oder … zu Geld gemacht"). */
const DE_PASSIVE_NOTHING_RE = /\b(wird|werden|wurde|wurden) (\w+ ){0,2}(nichts|nie|niemals)\b[^.;:!?]{0,140}$/;
/** Verbs of a customer's own purchase ("if you rent or purchase", "buy or lease a vehicle"). */
const USER_TRADE_VERBS = new Set(['rent', 'rents', 'renting', 'rented', 'lease', 'leases', 'leasing', 'leased']);

/** Affirmative / negative one-word answers to a sale question ("Do we sell your data?" "No."). */
const NO_ANSWER_RE = /^\W*(no|nope|never|not us|not at all|absolutely not|certainly not|nee|neen|nooit|zeker niet|absoluut niet|doen we niet|nein|niemals|nie|keinesfalls|auf keinen fall|machen wir nicht|non|jamais|absolument pas|certainement pas|tres peu pour nous|nunca|jamas|en absoluto|de ninguna manera|ni hablar|fehlanzeige|mitnichten|para nada|pas du tout|geenszins|no way|of course not|que va|ni de broma|ni locos?|ni en suenos|ni por asomo|de ninguna forma|kein gedanke|geen sprake van|echt niet|pas question|no chance)\b/;
/** "si" only as a whole answer ("Sí, …"), not "Si vous …" (if). */
const YES_ANSWER_RE = /^\W*(yes|ja|jazeker|oui|si(?=\s*([,.!;:]|$)))\b/;

/** Buyers of data named as recipients ("an Adressverlage", "to data brokers"): handing data to them is selling it. */
const BUYER_RE = /^(data ?buyer|buyers of|datenkaufer|kaufer (von|der|unserer|ihrer) daten|kopers van|acheteurs? de|compradores de|data ?marketplace|datenmarktplatz|datamarktplaats|databureau|bidders|highest bidder|meistbietend|hoogste bieder|plus offrant|mejor postor|versteiger|geveild|veil|subast|mis(es)? aux encheres|auction|adress?tausch|adressentausch|listentausch|ausgetauscht|tausch|ruil|uitwissel|adress?handl|adress?handel|adressverlag|list\w* ?broker|datenhandl|datenhandel|datenbroker|data ?broker|datahandela|courtier|corredor|broker)/;

/** Fighting or preventing a sale: "to prevent resale", "lutter contre la revente", "den Weiterverkauf zu verhindern". */
const PREVENTED_BEFORE_RE = /\b(prevent\w*|combat\w*|fight\w*|against|lutter contre|combattre|empecher|eviter|contre la|verhinder\w*|bekampf\w*|gegen den|tegengaan|bestrijd\w*|voorkomen|tegen (de|het)|evitar|impedir|combatir|contra la|contra el)\s+(the |la |le |les |l'|die |den |de |het |el |los |las |any |toute )?(\w+\s+)?$/;
/** A platform or exchange for reselling (tickets, goods): "plataforma oficial de reventa", "resale platform". */
const RESALE_PLATFORM_BEFORE_RE = /\b(plataforma|platform|plateforme|plattform|marketplace|bourse|borsa|portal|boerse|bolsa)\s+(oficial |officielle |official |offizielle |officiele )?(de |of |fur |voor |d')?$/;
/** A term named, not used: "the terms «sell» and «share»", "der Begriff „Verkauf“". */
const MENTION_BEFORE_RE = /\b(terms?|terminos?|termes?|begriff\w*|termen|words?|worter|woorden?|mots?|palabras?|definitions?|definicion\w*|meaning of|sinne von|expressions?|expresion\w*|ausdruck\w*|uitdrukking\w*)\b[^.;]{0,30}$/;

/** Goods named before a relative clause whose verb is the sale ("Waren, die wir verkaufen", "les articles que nous vendons"). */
const RELATIVE_GOODS = 'waren|produkte|artikel|spiele|tickets|karten|gegenstande?|t-shirts?|producten|artikelen|goods|products|items|games|articles|produits|billets|productos|articulos|juegos|entradas|contrats|contracts|vertrage|contratos|contracten|polices|policies|polizas|polissen|polizzen|energia|energie|energy|electricity|stroom|strom|electricite|electricidad|excedentes';
const GOODS_RELATIVE_BEFORE_RE = new RegExp(`\\b(${RELATIVE_GOODS}),? ((die|welche|that|which|que|qui|dat) (wir|we|wij|nous|nosotros|sie|they|ze|zij|ils|elles|ellos|ellas)|qu'(ils|elles|il|elle|on)|we) (\\w+ ){0,2}$`);
/** …or before a passive relative clause ("ein T-Shirt, das an einen anderen Benutzer verkauft wird"). */
const GOODS_PASSIVE_RELATIVE_BEFORE_RE = new RegExp(`\\b(${RELATIVE_GOODS}),? (das|die|der|welche\\w*|that|which|qui|que|dat) (\\w+ ){0,5}((is|are|was|were|est|sont|es|son|wordt|worden) )?$`);
/** A German infinitive's object that is not data, right before it ("unsere Spiele zu vermarkten", "ihre Apps dauerhaft zu Geld machen"). */
const GOODS_OBJECT_BEFORE_RE = /\b((unsere|unser|ihre|ihr|deren|seine|eigene\w*|die|diese|neue)\s+(\w+\s+)?)?(spiele|produkte|apps|angebote|dienste|dienstleistungen|services|leistungen|waren|marke|marken|inhalte|websites?|veranstaltungen)\s+((?!\w*(daten|informationen|profil))\w+\s+){0,6}(zu\s+)?$/;
/** A device as the subject of a passive sale ("any traded-in device is resold", "das Gerät wird weiterverkauft"). */
/** The user and a device or vehicle of theirs before a sale verb, with no "we" in between ("Sie können Ihr altes Smartphone … an uns"). */
const USER_GOODS_BEFORE_RE = /\b(sie|you|u|vous|usted)\b[^.;]{0,20}\b(ihr|ihre|ihren|your|uw|je|votre|vos|su|sus|tu|tus)\s+(\w+\s+){0,2}(smartphone|handy|tablet|telefon|gerat|laptop|computer|auto|fahrzeug|fahrrad|phone|device|car|bike|telefoon|toestel|fiets|appareil|telephone|voiture|velo|movil|telefono|coche|dispositivo|bicicleta)\w*\b(?![^.;]*\b(we|wij|wir|nous|nosotros)\b)[^.;]{0,80}$/;
/** Goods repaired or refurbished just before a sale verb ("aufbereitet und weiterverkauft", "refurbished and resold"). */
/** A prohibition or refusal to let others do what follows. */
const FORBIDS_BEFORE_RE = /\b(interdis\w*|interdit\w*|prohib\w*|forbid\w*|verbiet\w*|verbieten|untersag\w*|verbied\w*|(no|tampoco|ni|nunca) permit\w*|(do|does|will|shall) not (allow|permit)|don't (allow|permit)|never (allow|permit)|n'autoris\w* (pas|jamais)|ne permett\w* (pas|jamais)|erlaub\w* (\w+ )?(nicht|keine\w*|niemals)|staan (\w+ )?(niet|nooit) toe)\b[^.;:!?]{0,100}$/;
/** Others forbidden to sell ("nous interdisons à nos sous-traitants de les vendre", "tampoco permitimos que los transportistas los vendan"). */
function forbiddenToOthers(s: string, at: number): boolean {
  const forbidden = FORBIDS_BEFORE_RE.exec(s.slice(Math.max(0, at - 120), at));
  return forbidden !== null && !/\b(but|aber|maar|mais|pero|however|jedoch|echter|sin embargo|cependant)\b/.test(forbidden[0]);
}
/** Leads as what is paid for ("Este servicio de captación de prospectos forma parte de los paquetes que los expositores … pagan"). */
const LEADS_RE = /\b(prospect\w*|leads?|lead-\w+)\b/;
/** A vehicle right before the verb that resells it, with no data word in sight. */
const RESOLD_GOODS_BEFORE_RE = /^(?![^.;]*(data|daten|gegevens|donnees|datos|informa|\bids?\b))[^.;]*\b(de|het|uw|je|die|das|den|ihr\w*|the|your|la|le|votre|el|su) (auto|wagen|voertuig|fahrzeug|car|vehicle|voiture|vehicule|coche|vehiculo|fiets|fahrrad|bike)\b(?!-)[^.;,]{0,50}$/;
/** A car or device traded in ("Ruilt u uw auto bij ons in", "Inzahlungnahme"). */
const TRADE_IN_RE = /\b(inruil\w*|ruilt (\w+ ){0,4}in\b|trade[- ]?ins?|traded in|eintausch\w*|inzahlungnahme|in zahlung|reprise de (votre|vos|l'ancien)|recompra|plan renove|parte de pago)/;
/** A device and its wiping or factory reset in one sentence. */
const WIPED_DEVICE_RE = /\b(appareil|device|gerat|toestel|modem|router|telefon|telefoon|movil|telephone|phone|handy|smartphone|equipo|dispositivo|ordinateur|computer|laptop|ordenador)\w*\b[^.;]{0,160}\b(effac\w*|wipe\w*|wis(t|sen)\b|losch\w*|borr\w*|reinitialis\w*|restablec\w*|reset\w*|configuracion de fabrica|fabrieksinstellingen|werkseinstellungen|factory settings|parametres d'usine)/;
const REFURBISHED_BEFORE_RE = /\b(aufbereitet|generaluberholt|refurbished|repaired|reconditionne\w*|remis en etat|reacondicionad\w*|reparad\w*|gereviseerd|opgeknapt|hersteld)\s+(und|and|et|y|en|or|oder|ou|o|of)\s+(\w+\s+)?$/;
const DEVICE_BEFORE_RE = /\b(devices?|phones?|handsets?|laptops?|toestel(len)?|telefoons?|gerate?|appareils?|dispositivos?|telefonos?)\s+(are |is |being |were |was |worden |wordt |werden |wird |sont |est |son |es |se )$/;
/** Data of the device named before it ("los datos de ubicación de cada dispositivo se venden"). */
const DEVICE_DATA_BEFORE_RE = /\b(data|datos|donnees|daten|gegevens|ids?|identifiers?|identifiants?|identificador\w*|informa\w*|location|ubicacion|locatie\w*|standort\w*)\b/;
/** "your rent", "the monthly lease". */
const RENT_NOUN_BEFORE_RE = /\b(your|their|our|his|her|its|the|monthly|weekly|annual|yearly)\s+$/;
/** "lease account balance", "rent payments": the noun before another noun. */
const RENT_NOUN_AFTER_RE = /^\s+(accounts?|agreements?|contracts?|payments?|terms?|balances?|periods?|vehicles?|cars?|deposits?|arrears|income|end|return|application|extension)\b/;
/** Buying named before the sale as a pair: "koopt of verkoopt", "buy or sell", "kaufen oder verkaufen", "acheter ou vendre", "comprar o vender". */
const BUY_OR_BEFORE_RE = /\b(buy|buys|purchase|purchases|koopt|kopen|koop|kaufen|kauft|kaufst|acheter|achetez|achetent|achete|comprar|compras|compra|compran|compre)\s+(or|and|of|en|oder|und|ou|et|o|y)\s+$/;

/** Investments sold ("the Scheme's investments … are sold", "die Wertpapiere werden verkauft"). */
const FINANCIAL_BEFORE_RE = /\b(investments?|units|shares|securities|stocks|funds|bonds|wertpapiere|aktien|fondsanteile|anteile|beleggingen|aandelen|titres|valeurs mobilieres|placements|acciones|valores|fondos)\b([^.;]{0,50}\b(are|is|were|was|be|been|werden|wurden|worden|werd|sont|seront|son|fueron)\s+(\w+\s+)?|\s+)$/;

/** The sale as a transaction: "le montant de la vente", "el precio de venta", "de datum van de verkoop". */
const TRANSACTION_BEFORE_RE = /\b(montant|prix|date|conditions?|lieu|point|bon|ticket|facture|importe|precio|fecha|condiciones|punto|factura|bedrag|prijs|datum|voorwaarden|betrag|preis|bedingungen|ort|amount|price|date|terms|point)\s+(de la |de |du |del |de los |van de |van |der |des |of the |of )$/;
const SALE_NOUNS = new Set(['vente', 'venta', 'sale', 'verkoop', 'verkauf', 'verkaufe', 'weiterverkauf', 'verhuur', 'doorverkoop', 'enajenacion', 'vermarktung', 'kommerzielle verwertung', 'kommerziellen verwertung', 'explotacion comercial', 'exploitation commerciale']);

/** What an ad auction sells: the slot or the impression. */
const AD_AUCTION_RE = /\b(advertisements?|ads?|ad (slots?|space|impressions?)|impressions?|anzeige\w*|werbepl\w*|werbefl\w*|advertentie\w*|publicites?|annonces?|anuncios?|espacios? publicitarios?)\b/;
/** Quote marks, folded text ("„…“", "«…»", "“…”", "\"…\"", "'…'"): a character test, run per character. */
const QUOTES = '„«“”"»‘’‹›';
/** Is [start, end) inside a quoted span of at least three words (an option or label named, not a statement)? */
function insideQuotedLabel(s: string, start: number, end: number): boolean {
  let open = -1;
  for (let i = start - 1; i >= Math.max(0, start - 60); i--) if (QUOTES.includes(s[i])) { open = i; break; }
  if (open < 0 || (open > 0 && /\w/.test(s[open - 1]) && s[open] === "'")) return false;
  let close = -1;
  for (let i = end; i < Math.min(s.length, end + 60); i++) if (QUOTES.includes(s[i])) { close = i; break; }
  if (close < 0) return false;
  return s.slice(open + 1, close).trim().split(/\s+/).length >= 3;
}
/** A link or button whose title is quoted ("le lien « Ne pas vendre … »"): an opt-out, read as before. */
const LINK_WORD_RE = /\b(lien|link|enlace|hyperlink|schaltflache|button|bouton|boton|knop)\b/;
/** Switching a setting off or opting out. */
const SWITCH_OFF_RE = /\b(deaktivier\w*|ausschalt\w*|abschalt\w*|schalten sie\b[^.;]{0,100}\baus|(switch|turn|toggle)\w* (\w+ )?off|desactiv\w*|desmarc\w*|uncheck\w*|untick\w*|opt\w* out|widersprech\w*|uitschakel\w*|uitzetten|zet\w* (\w+ )?uit|decoch\w*)\b/;
/** A sale named in a quoted label, and "something we do not do" in the same sentence. */
const QUOTED_SALE_RE = /[„«“"‘‹][^„«“”"»’‹›]{0,40}\b(verkauf\w*|vende\w*|venta|sell\w*|sale|vendre|vente|verko\w*)\b[^„«“”"»’‹›]{0,40}[“”"»’›]/;
const NOT_DONE_RE = /\b(algo que no hacemos|no lo hacemos|(etwas|das),? (das|was) wir nicht tun|tun wir nicht|machen wir nicht|something we (do not|don't|never) do|we (do not|don't|never) do (that|it|this)|nous ne (le )?faisons pas|doen wij niet|doen we niet)\b/;
/** Nobody pays us for the reader's data or for knowing who the reader is. */
const NOBODY_PAYS_RE = /\b(nadie|niemand|nobody|no one|personne|ninguna empresa|kein unternehmen|no company)\b (nos|uns|us|nous|ons) (paga|pagan|zahlt|bezahlt|pays|paie|betaalt)\b[^.;]{0,40}\b(datos|daten|data|gegevens|donnees|saber|wissen|know\w*|savoir|weten|quien eres|wer (du|sie) bist|who you are|informa\w*|perfil\w*|profil\w*|historial|verlauf)/;

/**
 * A sentence up to the semicolon after [start, end): the data object of a sale is named before it or in its own clause,
 * not in a later one ("… Anbieter verkaufen ihre Waren; wir selbst verkaufen weder die Daten …"); one named earlier
 * still counts ("La información recopilada podrá …: b) …; c) ser vendida …").
 */
function clauseUpTo(s: string, end: number): string {
  const to = s.indexOf(';', end);
  return to < 0 ? s : s.slice(0, to);
}
/** Goods named before "zum Weiterverkauf", "para la reventa", "for resale". */
const GOODS_FOR_RESALE_BEFORE_RE = /\b(produkte\w*|waren|artikel|products|goods|items|productos|articulos|mercancias?|produits|marchandises?|producten|artikelen)\b[^.;,]{0,30}\b(zum|zur|for|para( la)?|pour( la)?|voor)\s*$/;
/** A sales channel right after a sale verb ("a través de esta web", "through our app", "über unseren Shop"). */
const CHANNEL_RE = /^\s(a traves de|por medio de|through|via|uber|par l'intermediaire de|par le biais de) ((esta|este|nuestra|nuestro|our|this|unsere\w*|diese\w*|notre|cette|ce|nos|deze|onze|the|la|el|le|die|den|de) )?[\w-]+( (unicamente|solo|exclusivamente|only|exclusively|nur|ausschliesslich|uniquement|seulement|alleen))?/;
function hitStance(s: string, m: RegExpExecArray): VerbHit | typeof NOT_DATA | typeof HYPOTHETICAL | typeof OPT_OUT | null {
  const verb = m[1];
  const next = s.slice(m.index, m.index + 45);
  const end = m.index + m[0].length;
  if (verb === 'sale' && !/sale (or \w+ )?of (\w+ ){0,2}(data|information|details|personal)/.test(next) && labelAnswer(s, m.index + m[0].length) === null && !/(data|personal information)\W{0,2}$/.test(s.slice(Math.max(0, m.index - 25), m.index))) return NOT_DATA;
  // resellers are a sales channel ("le revendeur recueille vos informations"), unless they resell data
  if (/^(revendeurs?|resellers?|wiederverkaufer\w*|revendedor\w*|doorverkopers?)$/.test(verb) && !/^\w+ (de |of |von |van )?(donnees|data|datos|daten|gegevens|fichiers|listes)\b/.test(next)) return NOT_DATA;
  // bidders for an advertisement buy the ad slot ("passes … to bidders so that an advertisement can be chosen")
  // (unless the user's own data is offered: "your device ID … offered to bidders")
  if (/^(bidders|highest bidder|meistbietend|hoogste bieder|plus offrant|mejor postor)/.test(verb) && AD_AUCTION_RE.test(s) && !/\b(your|ihre[mnrs]?|deine[mnrs]?|uw|je|jouw|vos|votre|tes|sus|tus)\b/.test(s)) return NOT_DATA;
  // a sale word inside a quoted label of several words ("„Daten an Werbepartner verkaufen“ – diesen Schalter …") is a mention
  // (a label the reader can switch off is an opt-out of a sale: "Deaktivieren Sie den Schalter „Daten … verkaufen“")
  if (insideQuotedLabel(s, m.index, end) && !SWITCH_OFF_RE.test(s) && !LINK_WORD_RE.test(s) && !LINK_TITLE_RE.test(s)) return null;
  // goods "zum Weiterverkauf" / "para la reventa": the goods are resold, not data
  if (/^(weiterverk|wiederverk|resal|resel|revent|revend|doorverk)/.test(verb) && GOODS_FOR_RESALE_BEFORE_RE.test(s.slice(Math.max(0, m.index - 60), m.index))) return NOT_DATA;
  // a name in the possessive ("Arden Vehicle Leasing's instructions") is no verb
  if (/^['’]s\b/.test(s.slice(end, end + 3))) return null;
  if (/^trad/.test(verb) && (/^trade[- ](ins?|secrets?|names?|marks?|shows?|unions?|schools?|confirmations?|histor\w*|records?|orders?|executions?|customers?|clients?|accounts?|prices?|discounts?|counters?|terms|credit|fairs?|associations?|press|publications?|directory|directories|references?)\b|^trading (names?|as|company|companies|standards|address|styles?)\b|^trading (accounts?|histor\w*|apps?|platforms?|hours|venues?)\b|^trad\w* (under|as)\b/.test(next) || (!DATA_OBJECT_RE.test(next.slice(verb.length, 40)) && !/\b(data|information|records|details|lists?)\b[^.;]{0,30}\b(is|are|was|were|be|been)\s+$/.test(s.slice(Math.max(0, m.index - 60), m.index))))) return NOT_DATA;
  // "not a penny": money from data only with data in the sentence
  if (/^(touch|gagn|make|made|earn|verdien|gana)/.test(verb) && !/(data|daten|datos|donnees|gegevens|informa|coordonnees|profil|gedrag|verhalten)/.test(s)) return NOT_DATA;
  // "vermarkten", "monetise": marketing something is not selling data unless data is right there
  if (/^(vermarkt|moneti|monnay)/.test(verb) && !DATA_OBJECT_RE.test(window(s, m.index - 60, m.index + m[0].length + 40)) && !/\b(donnees|data|datos|daten|gegevens)\b/.test(window(s, end, end + 60)) && !/\b(les|la|l'|los|las|them|it|sie|ze)\s+$/.test(s.slice(Math.max(0, m.index - 6), m.index))) return NOT_DATA;
  // "um Ihnen unsere Spiele zu vermarkten", "ihre Apps zu Geld machen": a German infinitive whose object is not data
  if (/^(vermarkt|zu geld)/.test(verb) && GOODS_OBJECT_BEFORE_RE.test(s.slice(Math.max(0, m.index - 80), m.index))) return NOT_DATA;
  if (/^vermarktete?n?$/.test(verb) && /^\s(\w+\s)?(spiele|produkte|apps|angebote|dienste|dienstleistungen|services|waren|marken|inhalte|websites?|webseiten)\b/.test(s.slice(end, end + 40))) return NOT_DATA;
  // "la comercialización y contratación de su póliza": marketing a product, not data
  if (/^(comerciali|commerciali)/.test(verb) && PRODUCT_MARKETED_RE.test(s.slice(end, end + 80))) return NOT_DATA;
  // Dutch "handelen" is also "to act" ("handelen met zorg"): only "handelen in … gegevens" is trade
  if (/^handel(en|t)$/.test(verb) && !/^handel\w* (niet |wij niet |we niet )?in (\w+ ){0,2}\w*(gegevens|data)/.test(next)) return null;
  // "maken er geen handel van", "drijven daar handel mee": the pronoun stands for what the clause is about
  if (/^handel/.test(verb) && !/\b(er|daar|hier) (\w+ )?(geen )?handel (van|mee|in)\b/.test(window(s, m.index - 20, end + 8)) && !/handel\w* (nicht |niet |wij niet |wir nicht )?(mit|met|in) ([\w-]+ ){0,2}\w*(daten|gegevens|data)/.test(next) &&
    !/\b(mit|met) (\w+ ){0,2}\w*(daten|gegevens|data)\b[^.;]{0,60}$/.test(s.slice(Math.max(0, m.index - 100), m.index))) return NOT_DATA;
  const before = s.slice(Math.max(0, m.index - 40), m.index);
  // selling to the reader ("verkaufen wir Ihnen", "we sell you", "nous vous vendons"): goods, the reader buys
  if ((/^\s((wir|we|wij) )?(ihnen|dir|euch|you|jou)\b/.test(s.slice(end, end + 16)) || (/^(vend|revend)/.test(verb) && /\bnous (ne )?(vous|te) $/.test(before))) &&
    !/\w*(data|daten|gegevens|donnees|datos|adress|address|adres|liste|lists?|lijst|informa|profil|profiel)/.test(s.slice(end, end + 60).split(/[,;.:]/)[0])) return NOT_DATA;
  // a sale fought or prevented ("lutter contre la revente illicite"), a quoted term defined («vender» y «compartir»)
  if (PREVENTED_BEFORE_RE.test(before) || RESALE_PLATFORM_BEFORE_RE.test(before) || (/["«“„']\s?$/.test(before) && MENTION_BEFORE_RE.test(before))) return NOT_DATA;
  const wideBefore = s.slice(Math.max(0, m.index - 80), m.index);
  if (othersPractice(s, m.index, end)) return NOT_DATA;
  // "Earlier versions of this policy said we might sell …": an old text reported
  if (OLD_TEXT_BEFORE_RE.test(wideBefore)) return null;
  // "Betrüger behaupten, Ihre Daten würden verkauft", "On entend parfois que les banques revendent …": a claim reported, not a statement
  if (/\b(behaupt\w*|claim(?:s|ed)? (?:that|to)|claiming|afirman|afirmando|beweren|beweert|pretendent|pretendant|on (entend|dit)|(people|some) (often |sometimes )?say|it is (often |sometimes )?said|man (hort|sagt)|hort man|se (dice|oye)|dicen que|men zegt|hoor je)\b[^.;:]{0,60}$/.test(before)) return null;
  // "Je vends des cours de yoga, pas vos données": something else sold, data denied
  if (NOT_DATA_TOO_RE.test(s.slice(end, end + 100))) return { start: m.index, end, negated: true };
  // "da wir nur an gewerbliche Kunden und Wiederverkäufer verkaufen": customers or resellers as the buyers, no data in sight
  const buyersBefore = s.slice(Math.max(0, m.index - 80), m.index);
  // "ein Verkauf an Wiederverkäufer ist ausgeschlossen": resellers as the buyers named after the verb, no data in sight
  if (RESELLERS_AFTER_RE.test(s.slice(end, end + 60)) && !DATA_OBJECT_RE.test(window(s, m.index - 40, end + 60))) return NOT_DATA;
  if (SELL_TO_CUSTOMERS_BEFORE_RE.test(buyersBefore) && !/\w*(daten|gegevens|informationen|informatie|adress\w*|adres\w*|liste\w*|lijst\w*|bestand\w*|profil\w*|profiel\w*)\b/.test(buyersBefore)) return NOT_DATA;
  // data about companies, not people ("verkaufen wir Datensätze zu Unternehmen", "comercializamos bases de datos de empresas")
  if (COMPANY_DATA_AFTER_RE.test(s.slice(end, end + 80)) && !PEOPLE_IN_COMPANY_DATA_RE.test(s.slice(end, end + 160))) return NOT_DATA;
  // (a sales channel between the verb and the goods is skipped: "vende a través de esta web únicamente medicamentos")
  const after = s.slice(end, end + 90);
  if (SOLD_OUT_RE.test(next) || PRODUCT_AFTER_RE.test(CHANNEL_RE.test(after) ? after.replace(CHANNEL_RE, ' ') : after.slice(0, 60)) || (PRODUCT_BEFORE_RE.test(before) && !usersDataObjectAfter(s, end) && !TO_RECIPIENTS_BEFORE_RE.test(wideBefore)) || SALE_MANNER_RE.test(s.slice(end, end + 60))) return NOT_DATA;
  // "wie sich unsere Produkte verkaufen", "Waren, die wir verkaufen": goods sell, or are what we sell
  if (/\bsich\s+((?!\w*(daten|informationen|profil|adress|kontakt|angaben))\w+\s+){0,6}$/.test(wideBefore) && /^verkauf/.test(verb)) return NOT_DATA;
  if (GOODS_RELATIVE_BEFORE_RE.test(before) || (/^(verkauft|sold|vendue?s?|vendid[oa]s?|verkocht)$/.test(verb) && GOODS_PASSIVE_RELATIVE_BEFORE_RE.test(wideBefore))) return NOT_DATA;
  // "Before any traded-in device is resold": the device itself, unless it only owns the data ("los datos de cada dispositivo se venden")
  if (DEVICE_BEFORE_RE.test(before) && !DEVICE_DATA_BEFORE_RE.test(wideBefore)) return NOT_DATA;
  // "… bevor es aufbereitet und weiterverkauft wird", "refurbished and resold": goods that are refurbished
  if (REFURBISHED_BEFORE_RE.test(before)) return NOT_DATA;
  // a car or device resold after a trade-in ("om de auto daarna … te kunnen doorverkopen")
  if (/^(doorverk|weiterverk|revend|resel|verko|verka)/.test(verb) && RESOLD_GOODS_BEFORE_RE.test(wideBefore)) return NOT_DATA;
  // a device traded in, wiped and resold ("nous en effaçons toutes les données … avant de le revendre")
  if ((/^(revend|resel|resol|weiterverk|doorverk|revent)/.test(verb) || (/^(verka|verko)/.test(verb) && /^\s(\w+\s){0,2}(weiter|door)\b/.test(s.slice(end, end + 25)))) && (WIPED_DEVICE_RE.test(s) || TRADE_IN_RE.test(s))) return NOT_DATA;
  // "können Sie Ihr altes Smartphone … an uns verkaufen": the user selling a device or vehicle named before the verb
  // (not when we are the seller named right after the verb: "Wenn Sie Ihr Fahrzeug bewerten lassen, verkaufen wir …")
  if (USER_GOODS_BEFORE_RE.test(s.slice(Math.max(0, m.index - 160), m.index)) && !/^\s(wir|wij|we)\b/.test(s.slice(end, end + 6))) return NOT_DATA;
  if (USER_TRADE_VERBS.has(verb) && (USER_TRADE_RE.test(before) || /\b(buy|purchase|order|financ)\w*\s*(,|or|and)?\s*$/.test(before))) return NOT_DATA;
  // "information about your rent", "the monthly lease": the noun
  if ((verb === 'rent' || verb === 'lease') && (RENT_NOUN_BEFORE_RE.test(before) || RENT_NOUN_AFTER_RE.test(s.slice(end, end + 30))) && !/^\w+ (of|from) /.test(next)) return NOT_DATA;
  if (userSells(s, m.index, end, verb)) return NOT_DATA;
  // selling to the reader ("Wir verkaufen Ihnen nichts, was Sie nicht brauchen", "no te vendemos humo"), unless data is what is sold
  if ((/^\s(ihnen|dir|euch|you)\b/.test(s.slice(end, end + 8)) || (/\b(vous|te)\s+$/.test(before) && /^vend(ons|rons)$/.test(verb)) || (/(?<!\bse )\b(te|le)\s+$/.test(before) && /^vend(o|e|en|emos|eremos)$/.test(verb))) &&
    !/^\s(\w+ ){0,3}(\w*daten|data|datos|donnees|gegevens|informa\w*|adress\w*|address\w*|direcciones|coordonnees|lists?|listen|listas?|listes|profil\w*|profiles?)\b/.test(s.slice(end, end + 60))) return NOT_DATA;
  if (verb === 'verkopen' && /\b(alle|de|onze|uw|hun)\s+$/.test(before)) return NOT_DATA;
  // verb-final clause whose object is not data ("Omdat we speelgoed verkopen", "weil wir Fahrräder verkaufen")
  const subordinate = SUBORDINATE_OBJECT_RE.exec(before);
  if (subordinate !== null && !DATA_OBJECT_RE.test(subordinate[3])) return NOT_DATA;
  // reselling with no data in sight is reselling goods ("may not be resold commercially", "Toute revente … est interdite")
  if ((/^(resel|resol|revend|revent|wiederverk|weiterverk|doorverk)/.test(verb) || /\b(door te|weiter zu)\s+$/.test(before)) && !hasDataObject(s) &&
    !/\b(les|los|las|la|le|lo|l'|them|it|sie|ze)\s+(\w+\s+)?$/.test(before) && !DEBTS_BEFORE_RE.test(wideBefore)) return NOT_DATA;
  // data brokers as the source ("we obtain addresses from data brokers") are not buyers
  if (BUYER_RE.test(verb) && !/^(ruil|tausch|echang|intercambi|swap)/.test(verb) && SOURCE_BEFORE_RE.test(before)) return NOT_DATA;
  if (BUYER_VERB_RE.test(verb) && ((OWN_PURCHASE_RE.test(before) && !(/^(r?achete|r?achetent)$/.test(verb) && /\bnous\s+$/.test(before))) || NOUN_BEFORE_RE.test(before) || /^\W*$/.test(before))) return NOT_DATA;
  // we or the reader as the buyer, named after the verb or before a modal ("kaufen wir Adressen bei einem Listbroker ein",
  // "können Sie bei uns einen Historienbericht … kaufen"): what is bought is ours or the reader's
  if (BUYER_VERB_RE.test(verb) && (/^\s(wir|wij|we|u|du)\b/.test(s.slice(end, end + 6)) || READER_MODAL_BEFORE_RE.test(before))) return NOT_DATA;
  if (SALE_NOUNS.has(verb) && TRANSACTION_BEFORE_RE.test(before)) return NOT_DATA;
  if (/\b(complete|completing|close|closing|execute|executing|settle|settling|finalise|finalize)\s+(the|a|this|that|each|every)\s+$/.test(before)) return NOT_DATA;
  if (FINANCIAL_BEFORE_RE.test(wideBefore)) return NOT_DATA;
  // "aan- en verkoop van effecten", "An- und Verkauf", "compraventa": trading, unless data follows
  // ("An- und Verkauf"; a separable verb's particle is no "An-": "legen keine Profile an und verkaufen …")
  if (/\b(aan-? en|an- und|(?<!\b(legen|lege|legt|bieten|bietet|nehmen|nimmt|geben|gibt|fangen|fangt|schaffen|schafft|passen|passt|sehen|sieht|rufen|ruft|melden|meldet|wenden|wendet|bringen|bringt|ziehen|zieht|treffen|trifft|rechnen|rechnet|weisen|weist|zeigen|zeigt)\b[^.;,]{0,60})an und|achat et( la)?|compra y|purchase and|buying and|kauf und|koop en)\s+$/.test(before) && !/^\w+ (of |van |von |de |des |der )?(\w+ )?(personal|persoons|personenbez|donnees|datos|data|gegevens|daten)/.test(next)) return NOT_DATA;
  // "wanneer u aandelen koopt of verkoopt", "to buy or sell securities": trading, unless data is the object in the same clause
  if (BUY_OR_BEFORE_RE.test(before) && !DATA_OBJECT_RE.test(s.slice(end, end + 60).split(/[,;:.]/)[0])) return NOT_DATA;
  // medicines "de venta bajo receta", "en vente libre", "enajenación de bienes embargados": how and which goods are sold
  if (SALE_NOUNS.has(verb) && SALE_OF_GOODS_AFTER_RE.test(s.slice(end, end + 40))) return NOT_DATA;
  // lease terms and final sales are contracts and goods ("at the end of the lease term", «venta final»)
  if (/^(sell|verkoop|verkaufs?)[- ]?(orders?|auftrag\w*|signal\w*)\b/.test(next) || /\b(ordres?|ordenes|orden)\s(de\s)?$/.test(before)) return NOT_DATA;
  if (/^(lease|leasing|rent|rental)\s(term|agreement|contract|period|payments?|instalments?|vehicle|car)\b/.test(next) || /^(venta|vente)\W?\s?(final|finale|ferme)\b|^sale\W?\s(price|items?)\b/.test(next) || /\bfinal\s$/.test(before)) return NOT_DATA;
  // "kommerzielle Verwertung der Inhalte": exploitation is about data only when data follows
  if (/verwert|explota|exploit/.test(verb) && !/^\s(\w+ ){0,4}(\w*daten|data|datos|donnees|gegevens|informa\w*|renseignements|angaben|\w*bestand(en)?|\w*lijst(en)?|fichiers?|ficheros?|lists?|\w*listen)\b/.test(s.slice(end, end + 80)) && !DATA_SUBJECT_BEFORE_RE.test(window(s, m.index - 120, m.index))) return NOT_DATA;
  const noun = NOUNS.has(verb);
  const answer = labelAnswer(s, end);
  // a sale noun is about data only with a data object ("sale of personal information", not "de verkoop afronden",
  // "afdeling Verkoop"), a quoted legal term ("„Verkauf“ nach dem CCPA"), a negation ("geen verkoop") or an answered label
  // ("zur Vermietung" is for rent, like "zum Verkauf"; "Vermietung an Adresshändler" stays a verb-like noun)
  if ((SALE_NOUNS.has(verb) || (verb === 'vermietung' && /\bzur\s+$/.test(before))) && !/^\w+ (ik|wij|we|jij|je|u|ich|wir)\b/.test(next) && !/^\w+ (or \w+ |ou \w+ |o \w+ |of \w+ |oder \w+ )?(de |des |d'|of |van |von |der |ihrer |unserer |dieser |solcher |uw |onze |deze |ces |these |those |estos |estas )(?:[^.;]{0,30}|[^.;,]{0,50})(donnees|informa|datos|fichier|base|data|personal|gegevens|daten|persoons|personenbez|listad|listas?\b|listes?\b|lists?\b|listen\b|lijst|\w*bestand|adress|direcciones|kundendat)|^\w+ (personal|personenbez\w*|persoon\w*|klant\w*|kunden\w*) (data|daten|gegevens|information)|^\w+ (an dritte|to third parties|a terceros|a des tiers|aan derden)|^\w+,? ([\w-]+,? ){1,6}(van|von|of|de|des|du|del) (\w+ ){0,2}(\w*gegevens|\w*daten|data|datos|donnees|informa\w*|\w*klant\w*|\w*kunden\w*|clientes|clients)|^\w+ (or|ou|o|oder|of|en|y|et|und|and) ([\w-]+ ){1,4}(de |des |d'|of |van |von |der |ihrer |unserer |uw |onze )[^.;,]{0,30}(donnees|informa|datos|fichier|data|personal|gegevens|daten|persoons|personenbez|listad|listas?\b|listes?\b|lists?\b|listen\b|lijst|\w*bestand|adress|direcciones|kundendat)/.test(s.slice(m.index, m.index + 100)) &&
    !/["«»“”„]\s?(sale|vente|venta|verkoop|verkauf)|(sale|vente|venta|verkoop|verkauf)\s?["«»“”„]|ccpa/.test(s) && !negatedBefore(s, m.index, 30) && !(LEAD_NEG_RE.test(s) && !hasBreak(s.slice(0, m.index))) &&
    // "ein Verkauf erfolgt in keinem Fall": a bare noun denied after it ("la venta de medicamentos no …" has an object: goods)
    !(!/^\w+ (de|of|von|van|des|der|du|del|d') /.test(next) && negatedAfter(s, end)) && answer === null) return NOT_DATA;
  const v2 = V2_VERBS.has(verb) || noun || /^(weiter)?verausser|^vertick|^verscherbel|^verhoker|^verklopp|^verpats|^verkaufst|^vermarkt|^verwert|^wissel|^monetaris|^kommerziali|^verpacht|^versilber|^verkwansel|^sjacher|^verdien|^kauf|^koo?p/.test(verb) || BUYER_RE.test(verb);
  const leadNegated = LEAD_NEG_RE.test(s) && !hasBreak(s.slice(0, m.index));
  // "machen keine Kohle mit …": a negator inside the matched phrase
  let negated = leadNegated || NEG_RE.test(m[0]) || negatedBefore(s, m.index, v2 ? 110 : 60) || (v2 && negatedAfter(s, end)) || (/^(vend|lou|ced|revend)/.test(verb) && FR_POST_NEG_RE.test(s.slice(end, end + 30))) || DE_SPLIT_NEG_RE.test(s) || NONE_LIST_RE.test(s) ||
    NOBODY_AFTER_RE.test(s.slice(end, end + 60)) || deNotHappening(s, m.index) || frontClauseNegated(s, m.index, end, opensFrontClause(s.slice(0, m.index), verb)) ||
    ((isNominalSubject(s, m.index, verb) || LONG_NOMINAL_START_RE.test(s.slice(0, m.index))) && NOMINAL_NEG_RE.test(s.slice(end, end + 240))) || deModalNegated(s, m.index, verb) || forbiddenToOthers(s, m.index) || NOT_BY_DOING_RE.test(window(s, m.index - 120, m.index)) || NOT_FEAR_RE.test(window(s, m.index - 160, m.index)) || DE_PASSIVE_NOTHING_RE.test(window(s, m.index - 160, m.index));
  if (answer === 'not_sold') return { start: m.index, end, negated: true };
  // "California residents have the right to opt out of the sale …", "Sie haben möglicherweise das Recht, den Verkauf
  // … abzulehnen": a right stated in general, with no way to use it, says nothing about this organisation, affirmed or negated
  const rightBefore = s.slice(Math.max(0, m.index - 600), m.index);
  // (most sale words have no right before them: the patterns below are skipped)
  const nearRight = rightBefore.includes('right') || rightBefore.includes('recht') || rightBefore.includes('droit') || rightBefore.includes('derecho');
  if (nearRight && withinRight(s, rightBefore, GENERAL_RIGHT_ALL_RE)) return null;
  // "Sie haben das Recht, … den Verkauf … zu untersagen": the user's right to refuse a sale is an opt-out, not a denial
  if (nearRight && (USER_REFUSAL_AFTER_RE.test(s.slice(end, end + 60)) || USER_REFUSAL_BEFORE_RE.test(before)) && RIGHT_WORD_RE.test(rightBefore.slice(-200))) return OPT_OUT;
  // "the right to know the categories … we have sold": a template, not a statement ("the right to know whether we sell" is a question, answered later)
  if (nearRight && !/\b(whether|ob|si)\b[^.;,]{0,40}$/.test(rightBefore.slice(-60)) && withinRight(s, rightBefore, RIGHT_TO_KNOW_ALL_RE)) return null;
  // "Wir haben geprüft, ob wir … verkaufen sollen, und uns dagegen entschieden"
  if (!negated && DECIDED_AGAINST_RE.test(s.slice(end))) negated = true;
  // "Do Not Sell My Personal Information", "Mijn persoonsgegevens niet verkopen": the opt-out link's title, not a denial
  if (negated && !s.includes('?') && LINK_TITLE_RE.test(window(s, m.index - 50, end + 40))) return OPT_OUT;
  // "vous pouvez demander … de ne plus céder vos informations": the reader asking us to stop is an opt-out, not a denial
  if (negated && REQUEST_STOP_BEFORE_RE.test(s.slice(Math.max(0, m.index - 140), m.index))) return OPT_OUT;
  // "opt out of the sale … by clicking the Do Not Sell link": the negation after an opted-out sale is the link's
  if (negated && OPT_OUT_BEFORE_RE.test(before) && !NEG_RE.test(before)) return OPT_OUT;
  // "Nous ne vendons vos données qu'à nos partenaires": "ne … que" restricts, it does not deny
  if (negated && restrictiveNeQue(s, m.index, end)) negated = false;
  // (a sale of debts with the debtors' data is no business transfer: "Forderungen an die … Inkasso GmbH verkaufen und übermitteln dem Erwerber …")
  if (!negated && isBusinessTransfer(s) && !DEBTS_BEFORE_RE.test(s.slice(Math.max(0, m.index - 80), m.index)) && !DEBTS_AFTER_RE.test(s.slice(end, end + 60))) return NOT_DATA;
  // Spanish "ceder" is the legal word for any disclosure ("serán cedidos a la Agencia Tributaria"): affirmed, a sale only with consideration or a commercial purpose
  if (CEDE_RE.test(verb) && !CEDE_FOR_GAIN_RE.test(s) && !FRENCH_RE.test(s)) return NOT_DATA;
  if (HYPOTHETICAL_RE.test(s.slice(0, m.index)) && !negated) return HYPOTHETICAL;
  if (!negated && (OPT_OUT_BEFORE_RE.test(before) || OPT_OUT_AFTER_RE.test(s.slice(end, end + 60)))) return OPT_OUT;
  if (USER_CONDITION_RE.test(wideBefore) && !s.includes('?')) return OPT_OUT;
  const debts = /^(sel|sold|resel|resol|weiterverk|verka|verko|vend|revend|ced|verau)/.test(verb) &&
    (DEBTS_AFTER_RE.test(s.slice(end, end + 60)) || DEBTS_BEFORE_RE.test(wideBefore));
  return { start: m.index, end, negated, objectless: answer === 'sold' || debts };
}

/** "Ceder" in Spanish forms (French "cédons", "cèdent", "cédée" keep their sale reading). */
const CEDE_RE = /^ced(?!ons$|ent$|erons$|ees?$|es$)/;
/** Words that make a sentence French, where "céder" keeps its sale reading ("peut céder vos données"). */
const FRENCH_RE = /\b(vos|votre|nous|peut|pouvons|peuvent|aux|des|du)\b/;
/** Consideration or a commercial purpose that makes a "cesión" a sale. */
const CEDE_FOR_GAIN_RE = /\b(en alquiler|en arrendamiento|a cambio|contraprestacion\w*|oneros[oa]s?|precio|pagos?|remunera\w*|retribu\w*|dinero|ingresos|beneficio\w*|comerci\w*|publicit\w*|marketing|mercadotecnia|prospeccion\w*|promocion\w*|propi[oa]s (fines|finalidades|campanas)|contrepartie|argent|onereux|prix|paiement|prospection)\b/;

/** Words that open a contrast with other organisations ("Contrairement à …", "Unlike …", "A diferencia de …"). */
const CONTRAST_WORDS = '(contrairement a|unlike|im gegensatz zu|anders als|anders dan|in tegenstelling tot|a diferencia de|al contrario de)';
/** A contrast whose own side ("nous", "we", "wir" …) follows it in the same clause: the sale named before is the others'. */
const CONTRAST_OURS_BEFORE_RE = new RegExp(String.raw`\b${CONTRAST_WORDS}\b[^.;]*\b(nous|notre|nos|we|our|wir|unser\w*|wij|onze|nosotros|nuestr\w*)\b[^.;]*$`);
/** A sentence opening with a contrast, the verb in its main clause: the organisation sets itself apart ("Contrairement à une pratique répandue dans le secteur associatif, la Fondation ne loue …"). */
const CONTRAST_OPENER_RE = new RegExp(String.raw`(^|[.;:!?]\s*)${CONTRAST_WORDS}\b[^.;:]*,(?!\s*(que|qui|which|who|that|die|welche|dat|wat|lesquel\w*|quienes|los cuales|las cuales)\b)[^.;:,]*$`);
/** A recipient receiving the reader's data ("Stripe, which receive your payment details"): a hand-over, not a payment to us. */
const READER_DATA_RECEIVED_RE = /\b(receives?|recibe|reciben|recoit|recoivent|erhalt|erhalten|bekommt|bekommen|ontvangt|ontvangen|krijgt|krijgen) (your|ihre|deine|uw|je|vos|votre|sus|tus|su|tu)\b/;
/** Others who pay us, or our own partners: "nos pagan", "some of our partners". */
const PAYS_US_RE = /\b(nos|us|uns|ons|nous)\b/;
const OUR_PARTNERS_RE = /\b(of our|de nuestr\w+|unserer|van onze|de nos)\b/;
/** A sentence that opens with other organisations ("Many apps …", "Viele Programme …", "D'autres centres …"). */
const OTHERS_OPEN_RE = /^\W*(some|many|other|several|most|numerous|veel|vele|sommige|andere|viele|einige|manche|mehrere|zahlreiche|die meisten|de meeste|certain\w*|d'autres|beaucoup|de nombreu\w*|nombreu\w*|much[oa]s|otr[oa]s|algun[oa]s|la mayoria de)\b/;
/**
 * "Some mobile networks make money by selling …", "D'autres centres … revendre …": other organisations' practice, not
 * ours (unless the sentence sets itself apart: "Contrairement à une pratique répandue dans le secteur, notre association
 * ne vend pas …", or "we" follows the sale word).
 */
function othersPractice(s: string, at: number, end = at): boolean {
  const longBefore = s.slice(Math.max(0, at - 160), at);
  return (OTHERS_BEFORE_RE.test(longBefore) || OTHERS_RELATIVE_RE.test(longBefore)) && !/^\s+(wij|we|wir|nous|nosotros)\b/.test(s.slice(end, end + 12)) && !CONTRAST_OURS_BEFORE_RE.test(longBefore) && !CONTRAST_OPENER_RE.test(longBefore);
}

/** Other organisations as the subject, with no "we" after them ("Many free apps finance themselves by selling …", "Hay compañías que comercializan …"). */
const OTHERS_BEFORE_RE = /\b(in (onze|de|deze) (branche|sector)|in (our|the|this) (industry|sector)|in (unserer|der|dieser) branche|dans (notre|le|ce) secteur|en (nuestro|el|este) sector)\b(?![^.;:]*\b(we|wij|wir|nous|nosotros)\b)[^.;:]{0,120}$|\b(some|many|other(?! than)|several|certain|most|numerous|veel|vele|sommige|andere|bepaalde|diverse|manche|viele|einige|mehrere|zahlreiche|certaines?|d'autres|beaucoup d'|nombreu\w*|plusieurs|algun[oa]s|much[oa]s|otr[oa]s|ciert[oa]s|numeros[oa]s|hay|existen|il y a|es gibt|er zijn)(?<!\b(?:to|an|aan|a|aux|met|mit|with|con|avec|than|dan|als|like|wie|comme|como|de|of|van|von|unlike|gegensatz zu|diferencia de|contrairement|difference de|except|behalve|ausser|sauf|excepto|salvo|for|voor|fur|pour|para|por|or|oder|of|ou|o|y|und|and|en|et|noch|nor|ni|sowie) (some|many|other|several|certain|most|numerous|veel|vele|sommige|andere|bepaalde|diverse|manche|viele|einige|mehrere|zahlreiche|certaines?|d'autres|beaucoup d'|nombreu\w*|plusieurs|algun[oa]s|much[oa]s|otr[oa]s|ciert[oa]s|numeros[oa]s|hay|existen|il y a|es gibt|er zijn))\b ([\w'-]+ ){0,3}[\w-]*(apps?|applications?|aplicaciones|enseignes|chains|ketens|ketten|cadenas|brands|marques|marken|merken|marcas|platforms?|plateformes|plattformen|platformen|plataformas|companies|firms|providers|networks|operators|businesses|services|websites?|sites|\w*programs?|\w*programme|\w*programmes|\w*programas?|\w*portale|\w*portals|\w*portales|\w*portails|\w*portalen|shops|stores|retailers|brokers|competitors|bedrijven|aanbieders|dienstverleners|netwerken|winkels|concurrenten|partijen|anbieter|unternehmen|firmen|dienste|netzbetreiber|handler|wettbewerber|konkurrenten|entreprises|societes|operateurs|fournisseurs|centres|acteurs|concurrents|empresas|compan\w*|proveedores|operadores|tiendas|competidores|centros|goede doelen|charities|organi[sz]ations|organisaties|organisationen|hilfsorganisationen|vereine|verenigingen|stichtingen|stiftungen|associations|fondations|asociaciones|fundaciones|ong|ongs|ngos|ngo's|clubs)\b(?![^.;:]*\b(we|wij|wir|nous|nosotros|us|ons|uns|our|onze|unser\w*|notre|nos|nuestr\w*)\b)[^.;:]{0,120}$/;
/** Other organisations described by a relative clause ("A diferencia de muchas aplicaciones gratuitas, que se financian vendiendo …"). */
const OTHERS_RELATIVE_RE = /\b(many|other|some|several|most|veel|vele|andere|sommige|viele|andere|manche|certaines?|d'autres|beaucoup d'|nombreu\w*|much[oa]s|otr[oa]s|algun[oa]s)\b ([\w'-]+ ){0,4}[\w-]*(apps?|applications?|aplicaciones|enseignes|chains|ketens|ketten|cadenas|brands|marques|marken|merken|marcas|platforms?|plateformes|plattformen|platformen|plataformas|companies|firms|providers|networks|operators|services|bedrijven|aanbieders|dienstverleners|anbieter|unternehmen|firmen|entreprises|societes|operateurs|fournisseurs|empresas|compan\w*|proveedores|operadores)\b([\w' -]+)?,? (que|which|who|that|die|welche|qui|dat|lesquelles|lesquels)\b(?![^.;:]*\b(we|wij|wir|nous|nosotros)\b)[^.;:]{0,100}$/;
/** An earlier version of the text as the speaker ("Earlier versions of this policy said we might sell"). */
const OLD_TEXT_BEFORE_RE = /\b(earlier|previous|former|older|old|eerdere|vorige|oude|fruhere\w*|altere\w*|vorherige\w*|ancienne\w*|precedente\w*|anterior\w*) (\w+ ){0,4}(said|stated|allowed|mentioned|indicated|stond|vermeldde|zei|hiess|hiessen|stand|standen|sah vor|sahen vor|erlaubte|erlaubten|indiquai\w*|prevoyai\w*|mentionnai\w*|decia|indicaba|preveia|permitia)\b[^.;]{0,60}$/;

/** A decision against the sale stated after it. */
const DECIDED_AGAINST_RE = /\b(dagegen entschieden|entschieden uns dagegen|decided against|ertegen besloten|besloten (om )?(dat |dit )?niet te|avons decide de ne pas|y avons renonce|decidimos no hacerlo|lo descartamos|hemos descartado)\b/;

/** The user's own voice ("my personal information") around a denied sale, or a quoted or named "Do Not Sell" link: a link or button title. */
const LINK_TITLE_RE = /\b(my|mijn|meine\w*|mes|mis|mon|ma|mi) (personal |personenbezogenen |persoonlijke |personnelles |personales |personnels )?(data|information|info|daten|informationen|gegevens|persoonsgegevens|donnees|informations|renseignements|datos|informacion)\b|[„“"«>]\s*(do not|don't|nicht|niet|ne pas|no) (\w+ )?(sell|verkaufen|verkopen|vendre|vender)\b|\b(do not|don't) sell( or share)?( my)?( personal)?( information| info| data)? (link|button|page|form|option|setting|toggle)/;

/** Spoken French drops "ne": "je vends pas vos courriels", "on loue jamais". */
const FR_POST_NEG_RE = /^\s+(\w+\s+)?(pas|jamais|plus jamais|rien)\b/;

/** French "ne … que" (only): "ne"/"n'" before the verb, "que"/"qu'" after it, no other negator. */
function restrictiveNeQue(s: string, start: number, end: number): boolean {
  const after = s.slice(end, end + 80);
  const stop = after.search(/[,;.!?]/);
  const clause = stop >= 0 ? after.slice(0, stop) : after;
  return /\b(ne|n')\s*(\w+\s+){0,2}$/.test(s.slice(Math.max(0, start - 30), start).replace(/n'/g, "n' ")) && /\bqu(e|')/.test(clause) &&
    !/\b(pas|jamais|plus|aucun\w*|rien|personne|nullement|guere|ni)\b/.test(s.slice(Math.max(0, start - 40), end) + clause);
}

const LABEL_SEPARATOR_RE = /:|\s[–—-]\s/;

/** "sin ella", "without it", "ohne sie", "zonder die", "sans elle" opening what follows a colon. */
const WITHOUT_IT_RE = /^\W*(sin (ella|ello|esto|eso|esta|esa|ellos|ellas)|without (it|this|that|them)|ohne (sie|diese|dies|das|ihn)|zonder (die|deze|dat|dit|ze|haar)|sans (elle|cela|ceci|eux|celle-ci|cette))\b/;
/**
 * A label answered after its colon: "Verkauf an Dritte: findet nicht statt", "Venta a terceros: no se
 * realiza" ('not_sold'), "Vente : oui (régies publicitaires)" ('sold').
 */
function labelAnswer(s: string, end: number): Stance {
  // "Verkauf: nein", or a dash as the separator ("Datenverkauf – nein")
  const sep = LABEL_SEPARATOR_RE.exec(s.slice(end, end + 42));
  if (sep === null || /[.;!?]/.test(s.slice(end, end + sep.index))) return null;
  const value = s.slice(end + sep.index + sep[0].length);
  // a dash that opens an aside closed by another is no separator ("lizenzieren wir – ohne Namen – an …")
  if (sep[0] !== ':' && /^[^.;:!?]{0,120}\s[–—-]\s/.test(value) && !NO_ANSWER_RE.test(value) && !YES_ANSWER_RE.test(value)) return null;
  // "Vente de renseignements : possible, sauf refus de votre part": a sale that may happen
  if (/^\W*(possible|possibly|possibles|posible|mogelijk|moglich)\b/.test(value)) return 'sold';
  // "… es la contraprestación: sin ella no podríamos …": a reason given after the colon, no answer
  if (WITHOUT_IT_RE.test(value)) return null;
  if (NO_ANSWER_RE.test(value) || NEG_RE.test(value.trim().split(/\s+/, 6).join(' '))) return 'not_sold';
  return YES_ANSWER_RE.test(value) || restrictedYes(value) ? 'sold' : null;
}

/** "Zu einer entgeltlichen Abgabe … kommt es nicht", "Ein Verkauf … findet nicht statt": the whole sentence denied at its end. */
const DE_NOT_HAPPENING_RE = /\b(kommt es|findet|erfolgt|erfolgen|geschieht|passiert|nimmt|nehmen)\b[^;!?]{0,200}\b(nicht|nie|niemals|keinesfalls|keineswegs|zu keinem zeitpunkt|zu keiner zeit|in keinem fall|auf keinen fall|unter keinen umstanden)( statt| vor)?(\W*$|,\s*(es sei denn|sofern|soweit|ausser|ausgenommen)\b|,?\s+(und|oder|da|weil)\b)/;

/** Is the part of the sentence at `at` denied by "… findet nicht statt" (up to an exception: "…, es sei denn, wir verkaufen …" is not)? */
function deNotHappening(s: string, at: number): boolean {
  const m = DE_NOT_HAPPENING_RE.exec(s);
  return m !== null && (m[5] === undefined || at < m.index + m[0].length);
}

/**
 * A German modal or future negated before a list of final infinitives: "werden wir personenbezogene
 * Daten nicht an andere Unternehmen (außer …) weitergeben, offenlegen, an sie verkaufen, vermieten …".
 */
function deModalNegated(s: string, at: number, verb: string): boolean {
  if (!/(en|ern)$/.test(verb)) return false;
  // a long aside in parentheses does not push the modal out of reach
  const before = withoutParens(s.slice(Math.max(0, at - 600), at)).slice(-300);
  return DE_MODAL_NEG_RE.test(before);
}
const DE_MODAL_NEG_RE = /\b(werden|wird|werde|konnen|kann|durfen|darf|wollen|will|sollen|soll|mussen|muss) (wir|ich|sie|er|es|\w+)\b[^.;:!?]*\b(nicht|nie|niemals|keinesfalls)\b(?![^.;:!?]*\b(werden|wird|werde|konnen|kann|durfen|darf|wollen|will|sollen|soll|mussen|muss|aber|sondern|jedoch|doch|ausser|es sei denn|wenn|falls|sofern|um|damit|dass)\b)[^.;:!?]*$/;

/** A sale noun or nominalised verb opening the sentence ("Die Veräußerung von …", "Selling data …", "Het verhandelen van …"). */
function isNominalSubject(s: string, at: number, verb: string): boolean {
  const before = s.slice(0, at);
  // English gerunds and infinitives open a sentence as its subject ("Trading in personal data is not something we do",
  // "Vender tus datos es algo que no hacemos", "Vendre vos données n'est pas notre métier")
  if (!(NOUNS.has(verb) || /(ung|ion)$/.test(verb) || (/en$/.test(verb) && /\b(het|das)\s+$/.test(before)) || (/ing$/.test(verb) && /^\W*$/.test(before)) || (/(ar|er|ir|re|en)$/.test(verb) && /^\W*(to\s+)?$/.test(before)))) return false;
  return opensNominalSubject(before);
}

/** Does `before` open a sentence's noun phrase, directly or inside an apposition ("Eine kommerzielle Verwertung, insbesondere eine Veräußerung an Dritte, ist …")? */
function opensNominalSubject(before: string): boolean {
  return NOMINAL_START_RE.test(before) || (LONG_NOMINAL_START_RE.test(before) && !SUBJECT_BEFORE_RE.test(before));
}
/** A noun phrase opening the sentence, then an apposition ("Eine kommerzielle Verwertung Ihrer Daten, etwa durch …", "…, sei es unentgeltlich oder gegen Bezahlung"). */
const LONG_NOMINAL_START_RE = /^\W*(eine?|die|der|das|jede\w*|the|a|an|any|een|de|het|elke|la|le|les|une?|toute?|el|una?|los|las|cualquier)\s+([\w-]+,?\s+){0,14}\w+,\s*(etwa|insbesondere|z\s?b|beispielsweise|such as|in particular|e g|zoals|in het bijzonder|notamment|en particulier|comme|en particular|como|sei es|whether|hetzij|zij het|que ce soit|ya sea)\b[^,;.]*$/;

/** A German passive denied before the payment ("werden unter keinen Umständen an … gegen Entgelt"), and its participle after it. */
const DE_PASSIVE_NEG_BEFORE_RE = /\b(werden|wird)\b[^.;]{0,40}\b(nicht|nie|niemals|keinesfalls|in keinem fall|unter keinen umstanden|zu keinem zeitpunkt)\b[^.;]{0,160}$/;
const DE_PARTICIPLE_AFTER_RE = /^[^.;]{0,80}\b(weitergegeben|ubermittelt|uberlassen|verkauft|vermietet|offengelegt|bereitgestellt|weitergeleitet|gestellt)\b/;

/** Resellers and traders as the buyers ("Verkauf an Wiederverkäufer", "sale to resellers", "venta a distribuidores"). */
/** Data about organisations after a sale verb: records of companies, business addresses (no personal data). */
const COMPANY_DATA_AFTER_RE = /^\s+((\w+ ){0,2}(datensatze|daten|datos|bases de datos|data|records|informationen|informacion|informations|gegevens|donnees|profile|perfiles|adressen|direcciones) (zu|uber|von|de|sobre|about|on|of|over|van|sur) (las |los |les |the |den |die |de |des |het )?(\w+ )?(unternehmen|firmen|betrieben|empresas|companias|companies|businesses|entreprises|societes|bedrijven|ondernemingen)|(\w+ )?(firmen|unternehmens|company|business|b2b|bedrijfs)-?(daten|data|adressen|gegevens|adresses)|(\w+ )?(datos|direcciones) empresariales|(\w+ )?donnees d'entreprises)\b/;
/** …unless people are in them too ("bases de datos de empresas y profesionales", "Firmendaten mit Ansprechpartnern"). */
const PEOPLE_IN_COMPANY_DATA_RE = /\b(profesional\w*|personas?|particulares|autonomos|freelancer\w*|selbstandig\w*|privatpersonen|professionnels|particuliers|professionals|zzp\w*|ondernemers|inhaber\w*|geschaftsfuhrer\w*|ansprechpartner\w*|contactpersonen|contact persons?|decision[- ]makers|directivos|decisores|dirigeants|entscheider\w*|people|persons|personen|personnes|namen|nombres|names|noms)\b/;
const RESELLERS_AFTER_RE = /^\s(an|to|aan|a|aux?) (gewerbliche |andere |other |autres |otros |andere )?(wiederverkaufer\w*|handler\w*|resellers?|traders|dealers|revendeurs?|revendedor\w*|distribuidor\w*|wederverkopers?|detaillisten|handelaren|commer[cç]ants)\b/;

/** A noun phrase of up to fifteen words opening the sentence, with no punctuation yet. */
const LONG_SUBJECT_RE = /^\W*(eine?|die|der|das|jede\w*|the|a|an|any|een|de|het|elke|la|le|les|une?|toute?|el|una?|los|las|cualquier)\s+([\w-]+\s+){0,14}$/;

/** What may precede a nominal subject: an article or determiner and one adjective at most. */
const NOMINAL_START_RE = /^\W*((the|a|an|any|die|der|das|eine?|einen|einem|einer|jede\w*|de|het|een|elke|la|le|les|l'|une?|toute?|el|los|las|cualquier)\s+)?([\w-]+\s+)?$/;

/** The predicate that negates a nominal subject, however far the list of recipients runs ("… an X, Y oder Z ist ausgeschlossen"). */
const NOMINAL_NEG_RE = /^[^.;!?]*\b(ist|sind|wird|werden|is|are|will be|est|sont|es|son|queda|zijn|wordt|worden) ([\w.]+ ){0,10}(ausgeschlossen|untersagt|verboten|nicht gestattet|nicht erlaubt|nicht vorgesehen|excluded|prohibited|not permitted|not allowed|exclue?s?|interdite?s?|excluid[oa]s?|prohibid[oa]s?|uitgesloten|verboden|niet toegestaan|undenkbar|unzulassig|ondenkbaar|unthinkable|impensables?|inconcebibles?|inconcevables?|tabu|taboe|taboo|tabou|uit den boze|off the table|off-limits|off limits|proscrit\w*|out of the question|hors de question|fuera de (toda )?cuestion)\b|^[^.;!?]*\b(is|are|ist|sind|es|son|est|sont|zijn) (\w+ ){0,2}(not|nicht|kein\w*|no|pas|niet|geen|never|nie|nunca|jamais|nooit) (\w+ ){0,2}(our|unser\w*|nuestr[oa]s?|notre|nos|ons|onze|something|etwas|algo|quelque chose|iets|part|teil|parte|partie|onderdeel|what|was|lo que|ce que|wat)\b|^[^.;!?]*\b(is|are|ist|es|est|zijn) (something|etwas|algo|quelque chose|iets|what|was|lo que|ce que|wat) (\w+ ){0,4}(don't|dont|do not|never|nicht|nie|no|nunca|jamais|ne|niet|nooit|won't|will not)\b|^[^.;!?]*\b(scheidet|scheiden|schliessen|schliesst|schliessen) (\w+ ){0,3}aus\b|^[^.;!?]*\b(queda|quedan) fuera\b|^[^.;!?]*\b(wijzen|wijst) (\w+ ){0,3}af\b|^[^.;!?]*\b(behoort|behoren|hoort|horen|gehort|gehoren|belongs?|fait|font|forma|forman) (\w+ ){0,2}(niet|nicht|not|pas|no|nooit|nie|never) (\w+ )?(tot|bij|zu|to|partie|parte)\b|^[^.;!?]*\b(no|ne) (forma|forman|fait|font) (\w+ )?(parte|partie)\b/;

/** A subject pronoun before the verb: the verb's clause is a main clause of its own. */
const SUBJECT_BEFORE_RE = /\b(we|wir|wij|nous|nosotros|ik|ich|je|the company|das unternehmen|de onderneming|la societe|la empresa)\b/;
/** Subordinators that open a front clause ("Dass wir …, ist ausgeschlossen"). */
const FRONT_OPEN_RE = /^\W*(dass|that|dat|que|het)\b/;
/** Finite verbs (and negators) that open a main clause after a front clause and a comma (V2). */
const MAIN_VERB_RE = /^\s*(kommt|kame|ist|ware|wird|wurde|brauchen|braucht|geschieht|passiert|findet|bleibt|steht|gehort|liegt|komt|zal|hoeft|hoeven|gebeurt|wordt|is|was|will|would|est|serait|sera|c'est|ce n'est|n'est|es|sera|seria|no es|nunca|jamas|never)\b/;

/**
 * The sale verb sits in a clause in front of the main one, which negates it: "Dass wir Daten
 * verkaufen, ist ausgeschlossen", "Ihre Daten zu verkaufen, kommt nicht infrage", "Verkaufen,
 * vermieten – nichts davon geschieht", "Céder vos données contre de l'argent : nous nous y refusons".
 */
function frontClauseNegated(s: string, start: number, end: number, opener: boolean): boolean {
  // the front clause may open after a colon, a semicolon, a parenthesis or "but" ("…, pero vender datos, no lo hacemos")
  const but = BUT_BEFORE_RE.exec(s.slice(Math.max(0, start - 40), start));
  const from = Math.max(s.lastIndexOf(':', start) + 1, s.lastIndexOf(';', start) + 1, s.lastIndexOf('(', start) + 1, but ? start - but[1].length : 0);
  const before = s.slice(from, start);
  if (!opener || /[,:;–—.!?]/.test(before) || (SUBJECT_BEFORE_RE.test(before) && !FRONT_OPEN_RE.test(before))) return false;
  const rest = s.slice(end, end + 300);
  const strong = rest.search(/[:;–—]| - /);
  const comma = rest.indexOf(',');
  let main: string;
  if (strong >= 0 && (comma < 0 || strong < comma || isShortList(rest.slice(0, strong)))) main = rest.slice(strong + 1);
  else {
    // the main clause starts after one of the next commas ("Venderla a terceros, que conste, no entra en nuestros planes")
    let at = comma;
    for (let k = 0; k < 3 && at >= 0 && !MAIN_START_RE.test(rest.slice(at + 1)); k++) at = rest.indexOf(',', at + 1);
    if (at < 0 || !MAIN_START_RE.test(rest.slice(at + 1))) return false;
    main = rest.slice(at + 1);
  }
  const stop = main.search(/[,;.!?]/);
  return NEG_RE.test(stop >= 0 ? main.slice(0, stop) : main);
}

/** A main clause after a front clause: a finite verb, or a negator that opens it ("no entra en nuestros planes"). */
const MAIN_START_RE = new RegExp(`${MAIN_VERB_RE.source}|^\\s*(no|nunca|jamas|never|not|nie|niemals|nicht|nooit|niet|jamais)\\b`);

/** Does a front clause open here: a subordinator ("Dass …"), or an infinitive or gerund at the start or after "zu"/"to" ("Verkaufen, …", "Céder vos données …", "Ihre Daten zu verkaufen")? */
function opensFrontClause(before: string, verb: string): boolean {
  if (FRONT_OPEN_RE.test(before) || /[:;]\s*(dass|that|dat|que)\s/.test(before)) return true;
  return (/^\W*$/.test(before) || /[:;(]\W*$/.test(before) || /\b(zu|to|te|but|maar|aber|mais|pero)\s$/.test(before)) && /(ing|en|er|re|ar|ir)(la|lo|las|los|le|les)?$/.test(verb);
}

/** "but" opening the front clause, and the words after it up to the verb. */
const BUT_BEFORE_RE = /\b(?:but|maar|aber|mais|pero)\s((?:\w+\s){0,2})$/;

/** ", vermieten, eintauschen ": a list of one- or two-word items. */
function isShortList(text: string): boolean {
  return text.split(',').every((item) => item.trim().split(/\s+/).length <= 2);
}

function hasBreak(text: string): boolean {
  BREAK_RE.lastIndex = 0;
  return BREAK_RE.test(text);
}

/** "There is no case in which", "Es gibt keinen Fall, in dem": a negation over a clause that may carry its own. */
const DOUBLE_NEG_RE = /^\W*(?:there (?:is|are|will be) no|es gibt (?:keinen|keine|kein)|no (?:hay|existe) ning\w*|il n'(?:y a|existe) aucun\w*|er (?:is|bestaat) geen)\b[^.;]{0,60}?\b(?:in which|where|waarin|in dem|in der|bei dem|en (?:el|la) que|en que|dans (?:le|la)quel\w*|ou)\b/;

/** 'question' when a sentence asks about selling ("Do we sell your data?"): its answer decides. */
/** `handsOver`: does this sentence hand data over (HANDOVER_RE)? The caller already knows it when it walks a clause. */
/**
 * The "?" (searched from `from`) that ends a question about the words ending at `end`, or -1. In lower-case
 * text the splitter keeps sentences together: a "?" after a full stop asks something else.
 */
function questionMarkAfter(s: string, from: number, end: number): number {
  const q = s.indexOf('?', from);
  return q >= 0 && !/[.!]\s/.test(s.slice(end, q)) ? q : -1;
}

/** Energy the customer feeds into the grid and sells ("venta de excedentes", "stroom terugleveren aan het net"): goods, whatever data describes it. */
/** "gegen eine nicht finanzielle Gegenleistung", "non-monetary consideration": a consideration in kind, no negation. */
const NON_MONETARY_RE = /\b(nicht[- ]?(finanziell|monetar|geldwert)\w*|non[- ]?(monetary|financial|monetaire|financier|pecuniaire)\w*|niet[- ]?(financieel|financiele|monetair\w*|geldelijke?)|no (monetari[oa]s?|economic[oa]s?|financier[oa]s?|pecuniari[oa]s?|dinerari[oa]s?))\b ?/g;
/** A purpose right before a word ("für die Lizenzierung", "for the licensing of players"). */
const PURPOSE_BEFORE_RE = /\b(fur|for|pour|para|voor|zur|zwecks) (die |the |la |le |de |het |der |den |el |l')?$/;
/** Orders or goods meant for resale ("no aceptamos pedidos destinados a la reventa"): trade terms, not data. */
const FOR_RESALE_RE = /\b(pedidos?|productos?|articulos?|mercancias?|orders?|products?|goods|bestellungen|produkte|waren|commandes?|produits|marchandises?|bestellingen|producten|goederen) (\w+ ){0,2}(destinad\w*|intended|meant|bestimmt|destine\w*|bedoeld) (a|for|zum|zur|au|a la|voor|aan) (la |de )?(reventa|resale|weiterverkauf|revente|doorverkoop|wederverkoop)\b/;
/** Something offered for sale, right before the sale verb ("algo para vender", "Artikel zum", "items to"), or a ticket put up for sale ("poner tu entrada a la venta"). */
const GOODS_TO_SELL_BEFORE_RE = /\b(entradas?|asientos?|abonos?|localidad(es)?|billetes?|tickets?|plazas?|butacas?) (\w+ ){0,3}a la $|\b(algo|articulos?|productos?|objetos?|cosas|something|things|items?|etwas|dinge|artikel|gegenstande|iets|spullen|artikelen|quelque chose|objets|articles) (\w+ )?(para|zum|zu|to|om te|te|a|pour) $/;
const ENERGY_SOLD_RE = /\b(\w*(strom|stroom|energie|energy|electricite|electricidad)\b (\w+ ){0,6}(verkaufen|verkauft|verkopen|verkoopt|sell|sells|vendez|vendes|vende|venden) (sie |u |you |usted )?(an uns|aan ons|to us)|aan het (elektriciteits)?net|ins (strom)?netz|in das (strom)?netz|au reseau|a la red|to the grid|into the grid|(venta|vente|verkauf|verkoop|sale|selling) (de |van |of |d'|des |von )?(los |het |the |l')?(excedentes|surplus|uberschuss\w*|overschot\w*|stroom|strom|energie|energia|energy|electricity|electricite|electricidad))\b/;
/** Our sale with data as its object, which a mention of energy sold to the grid does not make a goods sale. */
const OUR_DATA_SALE_RE = /\b(vendemos|venderemos|verkaufen wir|wir verkaufen|we sell|nous vendons|wij verkopen|verkopen wij)\b[^.;]{0,60}(daten|datos|data|gegevens|donnees)\b|(daten|datos|data|gegevens|donnees)\b[^.;]{0,160}\b(verkaufen|vendemos|sell|vendons|verkopen) (sie|los|las|them|les|ze)\b/;
function sentenceStance(s: string, prevHandover = false, headingObject = false, handsOver?: boolean, listedRecipient = false): SaleWording | 'question' | typeof HYPOTHETICAL | typeof OPT_OUT {
  // (energy sold to the grid; not the metering data: "Die Messdaten … verkaufen sie nicht", "Vendemos … los datos de consumo")
  if ((ENERGY_SOLD_RE.test(s) && !OUR_DATA_SALE_RE.test(s)) || FOR_RESALE_RE.test(s)) return NOT_DATA;
  if ((NON_TRANSFERABLE_RE.test(s) || (REAL_MONEY_RE.test(s) && PROHIBITED_RE.test(s))) && !DATA_WORD_RE.test(s)) return NOT_DATA;
  // "niet ongebruikelijk", "nous ne pouvons pas exclure de céder", "no se excluye que … venda": negators that affirm
  s = s.replace(AFFIRMING_NEGATION_RE, 'possibly').replace(NON_MONETARY_RE, '');
  // "There is no case in which … would not be sold": the inner clause's stance, reversed
  const double = DOUBLE_NEG_RE.exec(s);
  if (double !== null && NEG_RE.test(s.slice(double[0].length))) {
    const inner = sentenceStance(s.slice(double[0].length), prevHandover, headingObject);
    return inner === 'sold' ? 'not_sold' : inner === 'not_sold' ? 'sold' : inner;
  }
  // goods as the subject make the sentence about goods, unless the goods word only qualifies data ("Aus Supporttickets stammende Kontaktdaten …")
  const goods = GOODS_SUBJECT_RE.exec(s);
  const goodsSubject = goods !== null && !LINKED_TO_USER_RE.test(s) && !DATA_AFTER_GOODS_RE.test(s.slice(goods.index + goods[0].length)) && !COMPANY_NAME_AFTER_RE.test(s.slice(goods.index + goods[0].length, goods.index + goods[0].length + 50));
  if (goodsSubject && !USERS_DATA_PHRASE_RE.test(s) && !(DEFINITE_DATA_RE.test(s) && verbWithDataObject(s)) && !DATA_TOPIC_RE.test(s) && !DENIED_DATA_SALE_RE.test(s)) return NOT_DATA;
  // "Advertising space … is auctioned, but your personal information is never put up for auction": the goods' own clause
  // a condition about goods ends at its comma ("Wurde Ihr Flugschein von einem Reisebüro verkauft, erhalten wir Ihre Kontaktdaten …")
  const goodsEnd = goodsSubject ? goods.index + goods[0].length : -1;
  const conditionEnd = goodsSubject && GOODS_CONDITION_RE.test(s) ? s.indexOf(',', goodsEnd) : -1;
  const goodsClauseEnd = !goodsSubject ? -1 : conditionEnd >= 0 ? conditionEnd : clauseBreakAfter(s, goodsEnd);
  if (LICENSED_TO_USER_RE.test(s) && !DATA_WORD_RE.test(s)) return NOT_DATA;
  const hits: VerbHit[] = [];
  let notData = false;
  let imagined = false;
  let optOut = false;
  VERB_RE.lastIndex = 0;
  for (let m = VERB_RE.exec(s); m !== null; m = VERB_RE.exec(s)) {
    // a goods word that ends a company name is no goods subject when the verb's object is the users' data ("Maplegate Tickets swaps customer lists")
    if (m.index < goodsClauseEnd && !usersDataObjectAfter(s, m.index + m[0].length) && !DATA_TOPIC_BEFORE_RE.test(s.slice(Math.max(0, m.index - 40), m.index))) {
      notData = true;
      continue;
    }
    // "Cuando publicás algo para vender", "Artikel zum Verkaufen einstellen": the reader's goods
    if (GOODS_TO_SELL_BEFORE_RE.test(s.slice(Math.max(0, m.index - 30), m.index))) {
      notData = true;
      continue;
    }
    const hit = hitStance(s, m);
    if (hit === NOT_DATA) notData = true;
    else if (hit === HYPOTHETICAL) imagined = true;
    else if (hit === OPT_OUT) optOut = true;
    else if (hit) hits.push(hit);
  }
  if (hits.length && hits.every((h) => h.negated) && SOFTWARE_RE.test(s) && PROHIBITED_RE.test(s) && !hasDataObject(s)) return NOT_DATA;
  // "do not sell, rent or lease", "Veräußerung, Vermietung … findet nicht statt": a chain of
  // coordinated verbs shares one negation.
  for (let i = 0; i < hits.length; i++) {
    let j = i;
    while (j + 1 < hits.length) {
      const gap = s.slice(hits[j].end, hits[j + 1].start);
      // "do not swap or barter … in exchange for marketing lists": the consideration belongs to the denied verbs
      const consideration = CONSIDERATION_HIT_RE.test(s.slice(Math.max(0, hits[j + 1].start - 4), hits[j + 1].end));
      if ((gap.length > 40 && !RECIPIENT_LIST_RE.test(gap) && !consideration) || gap.length > 160 || /[.;:!?]/.test(gap) || /\b(but|maar|aber|doch|mais|pero)\b/.test(gap)) break;
      j++;
    }
    if (j > i && hits.slice(i, j + 1).some((h) => h.negated)) for (let k = i; k <= j; k++) hits[k].negated = true;
    i = j;
  }
  // "… verlangt Angaben darüber, ob ein Unternehmen Daten verkauft hat": an indirect question, answered later
  if (hits.length && !hits[0].negated && INDIRECT_QUESTION_RE.test(s.slice(0, hits[0].start))) return 'question';
  // "Verdienen Sie Geld mit meinen Daten? – Nein.": the answer may follow in the same sentence
  if (hits.length) {
    const q = questionMarkAfter(s, hits[0].start, hits[0].end);
    if (q >= 0) return answerStance(s.slice(q + 1)) ?? 'question';
  }
  let sold = false;
  let notSold = false;
  for (const h of hits) {
    if (h.negated) {
      notSold = true;
      if (affirmedElliptically(s, h.end)) sold = true;
    } else if (h.objectless || headingObject || (s.includes(';') ? DATA_OBJECT_RE.test(clauseUpTo(s, h.end)) : hasDataObject(s))) sold = true;
  }
  if (!sold) {
    let pm = PAYMENT_RE.exec(s) ?? DATA_PAID_RE.exec(s) ?? PAYERS_RE.exec(s) ?? consideredReceipt(s);
    let handedOver = true;
    // money needs a hand-over in this sentence, the one before or the heading (a recipients list): without one, skip the long pattern
    if (!pm && (prevHandover || listedRecipient || (handsOver ?? HANDOVER_RE.test(s)))) {
      let paid = PAID_RE.exec(s) ?? paidBesidesData(s);
      // licensing as a purpose ("gemeldet, soweit dies für die Lizenzierung der Aktiven erforderlich ist"), not a licence sold
      if (paid && LICENCE_WORD_RE.test(paid[0]) && PURPOSE_BEFORE_RE.test(s.slice(Math.max(0, paid.index - 20), paid.index)) && !DATA_AFTER_GOODS_RE.test(s.slice(paid.index + paid[0].length))) paid = null;
      const handover = paid ? handoverBesides(s, paid) : null;
      // goods handed over are no data ("ownership of the goods passes to you once we have received payment")
      const handsOverData = handover !== null && !GOODS_BEFORE_RE.test(s.slice(Math.max(0, handover.index - 30), handover.index)) &&
        !GOODS_AFTER_RE.test(s.slice(handover.index + handover[0].length, handover.index + handover[0].length + 50)) &&
        // licensing hands over data only with data in sight ("… für die Lizenzierung der Spielerinnen und Spieler")
        (!LICENCE_WORD_RE.test(handover[0]) || hasDataObject(s));
      // money for what the sentence before handed over: the sentence says so, or names the users' data or leads ("Over de omzet die deze partners met uw gegevens genereren, ontvangen wij een percentage")
      if (paid && (handsOverData || (listedRecipient && !READER_DATA_RECEIVED_RE.test(paid[0])) || (prevHandover && (PAID_FOR_IT_RE.test(s) || ((USERS_DATA_PHRASE_RE.test(s) || LEADS_RE.test(s)) && !NEG_RE.test(s)) || NEG_RE.test(paid[0]) || negatedBefore(s, paid.index, 40) || negatedAfter(s, paid.index + paid[0].length))))) pm = paid;
      // "… erhalten wir eine Provision; Ihre Daten werden dabei nicht übermittelt": money, but no data for it
      if (handover && !EXCEPT_HANDOVER_RE.test(handover[0]) && negatedBefore(s, handover.index, 60)) handedOver = false;
    }
    // "Viele Kundenkartenprogramme finanzieren sich durch den Verkauf …", "Muchos portales cobran … por acceder a los datos": others'
    // practice (not "Algunas de nuestras empresas asociadas nos pagan …": paying us is ours)
    if (pm && OTHERS_OPEN_RE.test(s) && othersPractice(s, pm.index) && !PAYS_US_RE.test(pm[0]) && !OUR_PARTNERS_RE.test(s.slice(0, pm.index))) {
      pm = null;
      notData = true;
    }
    // revenue from advertising with no hand-over ("Generamos ingresos por publicidad", "no genera ingresos por publicidad"): the ads are what is paid for
    if (pm && ADS_AFTER_RE.test(s.slice(pm.index + pm[0].length, pm.index + pm[0].length + 30)) && !(handsOver ?? HANDOVER_RE.test(s))) {
      pm = null;
      notData = true;
    }
    if (pm) {
      const pmEnd = pm.index + pm[0].length;
      // "¿Comparte … con anunciantes a cambio de dinero? No.": money asked about, answered in the same sentence or later
      const q = questionMarkAfter(s, pmEnd, pmEnd);
      if (q >= 0) return answerStance(s.slice(q + 1)) ?? 'question';
      // "we receive no consideration", "erhalten wir keinerlei Gegenleistung": the negation inside the phrase
      // a denied sale earlier in the clause covers the payment ("will in no event trade …, whether for money or …")
      const deniedBefore = hits.some((h) => h.negated && h.end <= pm.index && !hasBreak(s.slice(h.end, pm.index)));
      // "Eine entgeltliche Überlassung … ist ausgeschlossen": the payment opens a nominal subject denied at the end
      // (also a longer subject whose example apposition follows the payment: "Eine Überlassung von Kundendaten an Dritte gegen Vergütung, etwa an Adressverlage, ist ausgeschlossen")
      const subject = s.slice(0, pm.index);
      const nominalDenied = (opensNominalSubject(subject) || (LONG_SUBJECT_RE.test(subject) && !SUBJECT_BEFORE_RE.test(subject))) && NOMINAL_NEG_RE.test(s.slice(pmEnd, pmEnd + 240));
      // "Money … received in exchange for customer records — nil.": the amount answered with nothing
      const nilAmount = NIL_END_RE.test(s.slice(-24)) && NIL_AMOUNT_RE.test(s);
      // a German passive denied before a list of recipients and the payment, its participle at the end ("werden unter keinen Umständen an X, Y oder Z gegen Entgelt weitergegeben")
      const passiveDenied = DE_PASSIVE_NEG_BEFORE_RE.test(subject) && DE_PARTICIPLE_AFTER_RE.test(s.slice(pmEnd, pmEnd + 100));
      if (deniedBefore || nominalDenied || passiveDenied || nilAmount || EXCLUDED_AT_END_RE.test(s) || excludedThat(subject) || labelAnswer(s, pmEnd) === 'not_sold' || deNotHappening(s, pm.index) || NO_SUCH_DEAL_RE.test(s.slice(pmEnd)) || (DE_EXCLUDES_BEFORE_RE.test(s.slice(Math.max(0, pm.index - 100), pm.index)) && DE_EXCLUDES_AFTER_RE.test(s.slice(pmEnd, pmEnd + 100))) || NEG_RE.test(pm[0]) || negatedBefore(s, pm.index, 80) || negatedAfter(s, pmEnd) || (LEAD_NEG_RE.test(s) && !hasBreak(s.slice(0, pm.index))) || frontClauseNegated(s, pm.index, pmEnd, FRONT_OPEN_RE.test(s) || (hits.length > 0 && opensFrontClause(s.slice(0, hits[0].start), s.slice(hits[0].start, hits[0].end))))) {
        notSold = true;
        // "No recibimos dinero por ello, pero sí acceso a sus propias listas": consideration in kind, affirmed
        if (affirmedElliptically(s, pmEnd)) sold = true;
      }
      // licensing is a sale of data only with data in sight ("Artikel und Fotos … lizenzieren", "Photos … licensed … for a fee")
      else if (handedOver && !isBusinessTransfer(s) && !OWN_AGENTS_PAID_RE.test(s) && !READER_PURCHASE_RE.test(s) && !(CONTRACT_FEE_RE.test(s.slice(pm.index, pm.index + pm[0].length + 100).split(/[;.]/)[0]) && !(passesUsersData(s, prevHandover) && !PAID_BY_US_RE.test(s) && !NEG_RE.test(s))) && !(LICENCE_WORD_RE.test(s) && CONTENT_RE.test(s) && !DATA_OBJECT_RE.test(s.split(CONTRAST_RE)[0].replace(CONTENT_ARCHIVE_RE, ' ')) && !prevHandover) && !(PAY_VERB_RE.test(pm[0]) && (AD_SPACE_PAID_RE.test(s.slice(pmEnd, pmEnd + 80)) || ADS_PAID_FOR_BEFORE_RE.test(s.slice(Math.max(0, pm.index - 80), pm.index))))) sold = true;
    }
  }
  if (sold && refusedOffer(s)) return 'not_sold';
  if (!sold && !notSold && (refusedOffer(s) || (NIL_END_RE.test(s.slice(-24)) && NIL_AMOUNT_RE.test(s)) || NOT_A_COMMODITY_RE.test(s) || COMMERCIAL_DENIAL_RE.test(s) || (UNSALEABLE_RE.test(s) && hasDataObject(s) && !UNSALEABLE_GOODS_RE.test(s)))) notSold = true;
  // a quoted option named and then refused ("ninguna opción para «vender mis datos» porque … es algo que no hacemos")
  if (!sold && !notSold && QUOTED_SALE_RE.test(s) && NOT_DONE_RE.test(s)) notSold = true;
  // "Nadie nos paga por saber quién eres", "Niemand bezahlt uns für deine Daten"
  if (!sold && NOBODY_PAYS_RE.test(s)) notSold = true;
  return sold ? 'sold' : notSold ? 'not_sold' : imagined ? HYPOTHETICAL : optOut ? OPT_OUT : notData ? NOT_DATA : null;
}

/**
 * A heading that introduces a list of what is sold or to whom ("Categories of personal
 * information sold", "Kategorien verkaufter Daten", "Aan wie verkopen wij gegevens?").
 */
const SOLD_LIST_HEADING_RE = /\b(categor\w*|kategorie\w*|types?|soorten|typen|arten|tipos|recipients|empfanger|destinataires|destinatarios|ontvangers|third parties|derden|dritte\w*|tiers|terceros)\b[^?]{0,80}\b(sold|verkocht\w*|verkauft\w*|vendu\w*|vendid\w*)\b|\b(sold|verkochte|verkaufte\w*|vendues?|vendidos?|vendidas?) (personal |personenbezogene\w* |persoons\w* )?(data|daten|gegevens|donnees|datos|information|informatie)\b|\b(donnees|datos|informations?|informacion) (personnelles |personales )?(vendues?|cedees?|vendid[oa]s|cedid[oa]s)\b|\b(to whom|aan wie|an wen|a qui|a quien\w*|which (companies|parties|third parties))\b[^?]{0,40}\b(sell|verkopen|verkaufen|vendons|vendemos)\b|\b(which|what|welke|welche|quelles?|que|cuales) (personal |persoons\w* |personenbezogenen )?(data|information|gegevens|daten|donnees|datos|informations?)\b[^?]{0,20}\b(sell|verkopen|verkaufen|vendons|vendemos)\b/;

/** How someone pays or paid, not a payment: "comportamiento de pago", "payment history", "historique de paiement", "betaalgedrag". */
const PAYMENT_RECORD = String.raw`\b(comportamiento|historial|historia|habitos|conducta|capacidad|metodos?|formas?|datos|informacion|condiciones|plazos?|incidencias?|comportement|historique|incidents?|modes?|donnees|informations|conditions|delais?) de (pagos?|paiements?)\b|\bpayment (behaviou?r|history|histories|methods?|details|data|information|status|defaults?|terms|records?)\b|\b(betaalgedrag|betalingsgedrag|betaalgegevens|betaalwijze\w*|betaalmethode\w*|betalingsachterstand\w*|zahlungsverhalten|zahlungserfahrung\w*|zahlungsausf[a-z]*|zahlungsart\w*|zahlungsdaten|zahlungsinformation\w*|zahlungsweise\w*|zahlungsstorung\w*)\b`;
const PAYMENT_RECORD_RE = prefiltered(new RegExp(PAYMENT_RECORD), ['pag', 'paie', 'payment', 'betal', 'betaal', 'zahlung']);
const PAYMENT_RECORD_ALL_RE = new RegExp(PAYMENT_RECORD, 'g');

/** Sentences after a sale question that may still answer it ("We get asked this a lot. The answer is no."). */
const QUESTION_REACH = 4;
/** "The answer is", "Die Antwort:", "Réponse courte :", "Het eerlijke antwoord is", "Also:" before an answer. */
const ANSWER_LEAD_RE = /^\W*(?:(?:and|und|en|et|y|but|aber|maar|mais|pero) )?(?:(?:the|our|my) (?:short |honest |simple |quick |real )?answer(?: is)?|(?:die|unsere|meine) (?:kurze |ehrliche |einfache )?antwort(?: lautet| ist)?|(?:het|ons|mijn) (?:eerlijke |korte |simpele )?antwoord(?: is| luidt)?|(?:la |notre |ma )?reponse(?: courte| longue| simple| honnete)?(?: est)?|(?:la|nuestra|mi) respuesta(?: corta| sincera| honesta)?(?: es)?|also|kurz|kurzum|kortom|in short|en bref|bref|en resumen|en pocas palabras)\W+/;
/** A sentence ending in a bare answer after a colon ("Und auf die Frage in der Überschrift: nein."). */
/** "We can confirm that we have not": a confirmed denial answers the question. */
const CONFIRMED_NOT_RE = /\b(confirm\w*|bestatig\w*|confirma\w*|bevestig\w*)\b[^.;]{0,30}\b(not|nicht|no|pas|niet|never|nie|jamais|nunca|nooit)\b/;
const COLON_ANSWER_RE = /:\s*(no|nope|nein|nee|neen|non|yes|ja|oui|si)\W*$|\b(?:answer|antwort|antwoord|reponse|respuesta)\b[^.;:]{0,20}:\s*(no|nope|nein|nee|neen|non|yes|ja|oui|si)\b/;

/** An answer stated explicitly in a later sentence: after an answer lead, or after a final colon. */
function explicitAnswer(folded: string): Stance {
  if (CONFIRMED_NOT_RE.test(folded)) return 'not_sold';
  const colon = COLON_ANSWER_RE.exec(folded);
  if (colon) return YES_ANSWER_RE.test(colon[1] ?? colon[2]) ? 'sold' : 'not_sold';
  const lead = ANSWER_LEAD_RE.exec(folded);
  if (!lead) return null;
  const rest = folded.slice(lead[0].length);
  return YES_ANSWER_RE.test(rest) ? 'sold' : NO_ANSWER_RE.test(rest) ? 'not_sold' : null;
}

/** A restricted yes ("Only with your consent.", "Erfolgt ausschließlich an ausgewählte Partner."), not a legal duty. */
const RESTRICTED_ANSWER_RE = /^\W*((erfolgt|findet|geschieht|passiert|happens|gebeurt|se produce|se realiza|a lieu|se fait)( \w+)? )?(nur|ausschliesslich|lediglich|only|solely|alleen|uitsluitend|enkel|slechts|seulement|uniquement|solo|solamente|unicamente|exclusivamente)\b/;
const LEGAL_DUTY_RE = /\b(gesetz\w*|gericht\w*|behord\w*|law|laws|legal\w*|court\w*|authorit\w*|wet|wettelijk\w*|rechter\w*|loi|lois|judiciaire\w*|autorite\w*|ley|leyes|judicial\w*|autoridad\w*|obligacion legal|obligation legale)\b/;

/** The answer that follows a sale question ("Selling your data? Not us."). */
function answerStance(answer: string): Stance {
  if (YES_ANSWER_RE.test(answer)) return 'sold';
  // "No.", "Nooit.", "Dat doen we niet.", "Das tun wir nicht.", "Dat doen we simpelweg niet."
  // "ohne Vertragsabschluss", "sin coste": a preposition, not an answer
  const lead = answer.split(/\s+/, 6).join(' ').replace(/\b(without|ohne|sin|sans|zonder)\b/g, '');
  if (NO_ANSWER_RE.test(answer) || NEG_RE.test(lead)) return 'not_sold';
  return null;
}

/** A restricted yes to a sale question: "Only with your consent", not "Only through your subscription" (money from elsewhere) or a legal duty. */
function restrictedYes(answer: string): boolean {
  return RESTRICTED_ANSWER_RE.test(answer) && !LEGAL_DUTY_RE.test(answer) && !OWN_INCOME_RE.test(answer);
}
const OWN_INCOME_RE = /\b(subscriptions?|abonnement\w*|abos?|mitgliedsbeitr\w*|beitr\w*|membership|lidmaatschap\w*|lidgeld|contributie|cuotas?|suscripci\w*|cotisations?|ads|advert\w*|werbung|publicit\w*|reclame|indirect\w*|indirekt\w*|in the sense)\b/;

/**
 * `asks`: a question about selling ("Do we sell your data?"); `topic`: names selling as the
 * section's topic ("Sale of personal information"), so a short "We don't." under it answers it;
 * `listsSold`: introduces a list of what is sold.
 */
interface HeadingCues { mentions: boolean; asks: boolean; topic: boolean; listsSold: boolean; statesSale: boolean; refuses: boolean; recipients: boolean }
const NO_HEADING: HeadingCues = { mentions: false, asks: false, topic: false, listsSold: false, statesSale: false, refuses: false, recipients: false };
/** A heading over a list of recipients ("Empfänger", "Ihre Daten erhalten:", "los datos podrán comunicarse a:"): its items hand data over. */
const RECIPIENTS_HEADING_RE = /\b(empfanger\w*|recipients?|destinatari\w*|ontvangers|(ihre|deine|die) daten erhalten|wer (erhalt|bekommt) (ihre|deine|die) daten|who receives|with whom we share|an wen (wir|geben)|a quien(es)? (cedemos|comunicamos|transferimos)|(datos|donnees|gegevens|daten) (podran|pourront|kunnen|konnen) (ser )?(comunicarse|cedidos|communiquees|worden verstrekt|weitergegeben werden) a?n?)\b/;
/** A heading that only names selling as a topic ("Sale of personal information", "Verkauf an Dritte"), not one that states a sale. */
const SALE_TOPIC_RE = /^\W*(\d+\W*)?(the |die |der |de |het |la |le |el |los |las |du |des |del )?(sale|sales|selling|verkauf|verkoop|vente|venta|ventas|vermietung|verhuur|location|alquiler|handel|trade|trading|datenverkauf|datenhandel)\b/;
/**
 * A sale named as a title and nothing more: a table-of-contents entry or a heading that reached the text
 * ("8. Verkauf personenbezogener Daten gemäß dem California Consumer Privacy Act", "Sale of Personal
 * Information", "Venta de datos personales"). It states no sale; an answer after it ("Sale of data: no")
 * or a recipient ("… to advertisers") makes it a statement and is not matched.
 */
const SALE_TITLE_RE = /^\W*(\d+(\.\d+)*\W*)?(the |die |der |de |het |la |le |el |los |las |du |des |del )?(sale|sales|selling|verkauf|verkoop|vente|venta|ventas|vermietung|verhuur|alquiler|datenverkauf|datenhandel)( (and|or|und|oder|en|of|et|ou|y|o) \w+)?( (of|von|van|de|des|du|der|del|d'))?( (your|ihrer|uw|je|vos|votre|sus|tus|su|tu|the|la|les|los|las))?( \w+){0,2}? (data|daten|gegevens|persoonsgegevens|donnees|datos|information|informationen|informatie|informations|informacion|renseignements)( (personal\w*|personnel\w*|a caractere personnel|de caracter personal))?( (under|gemass|nach|according to|selon|segun|conforme a|volgens|in accordance with)\b[^.;:!?]{0,60})?\W*$/;
/** A heading over a list of what the organisation does not do ("What we never do", "Was wir nicht tun", "Lo que no hacemos"), unless "without your consent". */
const REFUSAL_HEADING_RE = /^\W*(((what|things) we (do not|don't|dont|never|will never|won't|wont|will not) do|wat (we|wij) (niet|nooit) (\w+ ){0,4}doen|wat ([\w&.'-]+ ){1,4}(niet|nooit) (\w+ ){0,4}doet|what ([\w&.'-]+ ){1,4}(never|does not|doesn't|will never) do(es)?|was ([\w&.'-]+ ){1,4}(nicht|nie|niemals) (tut|macht)|dit doen (we|wij) (niet|nooit)|was wir ([\w-]+ ){0,8}(nicht|nie|niemals) (tun|machen)|das (tun|machen) wir (nicht|nie|niemals)|ce que nous ne (faisons|ferons) (pas|jamais)|ce que ([\w&.'-]+ ){1,4}ne (fait|fera) (pas|jamais)|lo que ([\w&.'-]+ ){1,4}(no|nunca|jamas) (hace|hara)|lo que (no|nunca|jamas) (hacemos|haremos|hacemos nunca|vamos a hacer))\b|(\w+ ){0,4}(tabu|taboe|taboo|tabou|no-?gos?|off-limits)\b|(\w+ ){0,4}(no|not|nicht|niet|ne|nunca|never|nooit|nie|niemals) (se |werden |worden |sont |are )?(\w+ )?(utiliz\w*|used|verwendet|gebruikt|utilise\w*|usad\w*) (para|for|fur|voor|pour|a)\W*:?\W*$|(we|wij|wir|nous|nosotros) (will |zullen |werden |ne ferons )?(never|not|nooit|niet|nie|niemals|jamais|nunca)\W*:\W*$)(?!.*\b(without|zonder|ohne|sans|sin)\b)/;
/** Headings repeat for every clause of a section and sections alternate: a small memo. */
const headingMemo = new Map<string, HeadingCues>();

/** What a heading says about selling (memoised). */
function headingCues(heading: string | null): HeadingCues {
  if (typeof heading !== 'string' || heading.length > 300) return NO_HEADING;
  let cues = headingMemo.get(heading);
  if (cues === undefined) {
    const folded = foldText(heading);
    const mentions = textMaySignalSale(folded);
    const own = mentions ? sentenceStance(folded) : null;
    const refuses = REFUSAL_HEADING_RE.test(folded);
    const recipients = RECIPIENTS_HEADING_RE.test(folded);
    cues = mentions ? {
      mentions,
      asks: heading.includes('?') && own === 'question',
      topic: own === 'sold' || (own !== NOT_DATA && namesSale(folded)),
      listsSold: SOLD_LIST_HEADING_RE.test(folded),
      // "Information we may sell to advertising partners", "Renting our membership list", "Daten, die gegen Bezahlung weitergegeben werden"
      statesSale: own === 'sold' && !heading.includes('?') && !SALE_TOPIC_RE.test(folded),
      refuses,
      recipients,
    } : refuses || recipients ? { ...NO_HEADING, refuses, recipients } : NO_HEADING;
    if (headingMemo.size >= 1_000) headingMemo.clear();
    headingMemo.set(heading, cues);
  }
  return cues;
}

/** Does a folded text name a sale (a sale word that is not about goods or a business transfer, or a payment)? */
function namesSale(s: string): boolean {
  if (PAYMENT_RE.test(s) || PAYERS_RE.test(s)) return true;
  if (BUSINESS_RE.test(s)) return false;
  VERB_RE.lastIndex = 0;
  const m = VERB_RE.exec(s);
  return m !== null && !SOLD_OUT_RE.test(s) && !PRODUCT_AFTER_RE.test(s.slice(m.index + m[0].length, m.index + m[0].length + 60));
}

/**
 * A table row, cells separated by "|", under a header row: a cell answers its column's question
 * ("Verkauf von Daten | nein" under "Weitergabe | findet statt?", "Données de contact | Non" under
 * "Catégorie | Vendue ?"), or names a sale as the purpose of a row that lists data ("Werbepartner |
 * Geräte-ID, Standort | Verkauf zur Ausspielung von Werbung").
 */
/** A column about payment for data ("Vergoeding", "Rémunération perçue", "Contrepartie"). */
const PAYMENT_CELL_RE = /\b(\w*vergutung\w*|\w*vergoeding\w*|betaling|fee|fees|commissions?|provision\w*|zahlung|pago|paiement|remuneration|tarifa|entgelt|\d+([.,]\d+)? ?(eur|euro|chf|usd))\b|[€$£]/;
const PAYMENT_COLUMN_RE = /\b((recib\w*|receive\w*|erhalt\w*|ontvang\w*|recev\w*|percev\w*|percu\w*|obten\w*) (\w+ )?(un |a |eine |een |une )?(pago|payment|zahlung|betaling|paiement|remuneration|remuneracion|commission|comision|fee)|vergoeding|tegenprestatie|remuneration|contrepartie|contraprestacion|remuneracion|gegenleistung|vergutung|entgelt|consideration|compensation)\b/;

function tableRowStance(text: string, heading: string | null): Stance {
  const cells = text.split('|').map((c) => foldText(c.trim()));
  if (cells.length < 2) return null;
  const head = typeof heading === 'string' ? heading.split('|').map((c) => foldText(c.trim())) : [];
  if (head.length === cells.length) {
    const rowNamesSale = namesSale(cells[0]);
    for (let j = 1; j < cells.length; j++) {
      const asks = head[j].includes('?') && (rowNamesSale || namesSale(head[j]));
      const paymentColumn = PAYMENT_COLUMN_RE.test(head[j]);
      if (!asks && !namesSale(head[j]) && !paymentColumn) continue;
      const answer = answerStance(cells[j]);
      if (answer !== null) return answer;
      if (paymentColumn && PAYMENT_CELL_RE.test(cells[j])) return 'sold';
    }
  }
  if (!cells.some((c) => DATA_OBJECT_RE.test(c)) && !head.some((h) => DATA_OBJECT_RE.test(h))) return null;
  for (let i = 0; i < cells.length; i++) {
    if (!namesSale(cells[i])) continue;
    // "Doorverkoop aan derden | Nee, …": the next cell may answer the one that names the sale
    const answer = i + 1 < cells.length ? answerStance(cells[i + 1]) : null;
    if (answer !== null) return answer;
    // "… | Name und Anschrift verkaufen wir an Partner, sofern Sie nicht widersprechen": the cell's own sentence
    const own = sentenceStance(cells[i]);
    if (own === 'sold' || own === 'not_sold') return own;
    return NEG_RE.test(cells[i]) ? 'not_sold' : 'sold';
  }
  return null;
}

/**
 * Stance of a clause (any language of the five). `heading` matters for answers under a question
 * heading ("Do we sell your data?" → "No.") and lists under "Categories sold". `textCue`: the
 * caller already knows whether the text passes the prefilter (from its tokens); `cueWords`: the
 * text's folded tokens that may signal a sale (the caller's `TokenInfo.saleCue`), so sentences
 * without any are skipped without a prefilter scan.
 */
export function saleStance(text: string, heading: string | null = null, textCue?: boolean, cueWords?: readonly string[]): Stance {
  return stanceOf(saleWording(text, heading, textCue, cueWords));
}

/** The stance a `saleWording` answer states (its NOT_DATA and NO_CUE reasons state none). */
export function stanceOf(w: SaleWording): Stance {
  return w === NOT_DATA || w === NO_CUE ? null : w;
}

/** Company suffixes written with dots ("Aguas del Maule S.A. entregue …") end no clause; an ampersand joins a company name. */
const COMPANY_DOTS_RE = /\b(s\.a\.s|s\.a\.u|s\.r\.l|s\.p\.a|s\.a|s\.l|b\.v|n\.v|e\. ?v|inc|ltd|corp)\.(?=[\s,]+[a-z])/g;
function normaliseCompanyNames(folded: string): string {
  const dots = folded.includes('.') ? folded.replace(COMPANY_DOTS_RE, (m) => m.replace(/\./g, '')) : folded;
  // "Garage Peeters & Zonen ontvangt …": an ampersand joins a name
  return dots.includes(' & ') ? dots.replace(/(\w) & (zonen|zn|sons?|co|cie|fils|hijos|partners?|sohne|associates|associes|asociados|dochters|daughters)\b/g, '$1_$2') : dots;
}

/** Could a folded sentence signal a sale: it has one of the clause's cue words, or (without them) sale wording? */
function mayHaveCue(folded: string, cueWords: readonly string[] | undefined): boolean {
  if (!cueWords) return textMaySignalSale(folded);
  for (const w of cueWords) if (folded.includes(w)) return true;
  return false;
}

/**
 * `saleStance`, or why there is none: NOT_DATA when the clause's only sale wording is about something
 * else (goods, a business transfer, the user's own sale), NO_CUE when neither the clause nor its
 * heading has any word that could be sale wording (the rules cap `data_sale` for every clause without
 * a stance, so the two say why, for tests and diagnostics).
 */
export function saleWording(text: string, heading: string | null = null, textCue?: boolean, cueWords?: readonly string[]): SaleWording {
  if (typeof text !== 'string' || text.length === 0) return null;
  const clause = capped(text);
  const hc = headingCues(heading);
  if (!hc.mentions && !(textCue ?? textMaySignalSale(foldText(clause)))) return NO_CUE;
  let notSold = false;
  let notData = false;
  let imagined = false;
  let optOutSale = false;
  let answeredRestricted = false;
  if (clause.length <= 500 && clause.includes('|')) {
    const row = tableRowStance(clause, heading);
    if (row !== null) return row;
  }
  let pendingQuestion = hc.asks || (hc.topic && clause.length <= 300) ? QUESTION_REACH : 0;
  let prevHandover = false;
  let prevCued = false;
  // the sentence before, when it had sale or money words and no stance (it may name a payment to us and no hand-over)
  let prevUnstated: string | null = null;
  // an item under a recipients heading hands data over in its first sentence ("Ihre Daten erhalten: Finanzierungspartner … – wir erhalten für jede Vermittlung eine Provision")
  const listedRecipient = hc.recipients && clause.length <= 400;
  // a sentence named a sale that is not ours (another organisation's, or of goods): "We are not one of them" after it is a denial
  let otherSale = false;
  // a short fragment takes its data object from the heading ("Your workout data: who gets it" → "Sold to …")
  const headingObject = clause.length <= 200 && typeof heading === 'string' && heading.length <= 300 && DATA_OBJECT_RE.test(foldText(heading));
  // split before folding: the splitter needs the capital letter that starts a sentence
  const sentences = splitSentences(clause);
  for (let i = 0; i < sentences.length; i++) {
    const folded = normaliseCompanyNames(foldText(sentences[i]));
    if (pendingQuestion > 0) {
      // the first sentence answers in its first words ("Nooit."); later ones only explicitly ("The answer is no.", "Also: nein.")
      const answer = pendingQuestion === QUESTION_REACH ? answerStance(folded) ?? explicitAnswer(folded) : explicitAnswer(folded);
      // "Only with your consent.": a sale, unless a later sentence denies it
      if (answer === null && pendingQuestion === QUESTION_REACH && restrictedYes(folded)) answeredRestricted = true;
      pendingQuestion--;
      if (answer === 'sold') return 'sold';
      // "No …, pero sí podemos vender …": the answer's own sentence may still state a sale
      if (answer === 'not_sold') notSold = true;
    }
    if (imagined && NOT_THE_CASE_RE.test(folded)) notSold = true;
    const handsOver = HANDOVER_RE.test(folded);
    // a sentence with no sale word, no goods or licence subject and no hand-over before it has no stance of its own
    const listed = listedRecipient && i === 0;
    // a payment record ("comportamiento de pago", "payment history") is no payment: a sentence whose only cue is in one states no sale
    const cue = mayHaveCue(folded, cueWords);
    const record = cue && PAYMENT_RECORD_RE.test(folded);
    const cued = cue && (!record || mayHaveCue(folded.replace(PAYMENT_RECORD_ALL_RE, ' '), cueWords));
    const own = prevHandover || listed || cued || GOODS_SUBJECT_RE.test(folded) || LICENSED_TO_USER_RE.test(folded);
    let s = own ? sentenceStance(folded, prevHandover, headingObject, handsOver, listed) : record ? NOT_DATA : null;
    // "Ganamos dinero con la publicidad. Tus datos no forman parte de este acuerdo.": a denial without sale words, right after a sentence with some
    if (!own && prevCued && NOT_A_COMMODITY_RE.test(folded)) s = 'not_sold';
    // money named first, the hand-over it pays for in the next sentence ("la aseguradora nos abona una comisión. … le
    // comunicamos su nombre, DNI …", "Von den Versicherern erhalten wir eine Provision. Dafür übermitteln wir Ihren Namen …")
    if (s === null && prevUnstated !== null && handsOver && passesUsersData(folded, false) && !handoverDenied(folded) && paidToUsAlone(prevUnstated)) s = 'sold';
    prevUnstated = s === null && cue ? folded : null;
    prevCued = cue;
    // a site menu run into the text ("… Gutscheine Shopping-Tipps Gratis-Versand Verkaufen") states nothing
    if (s !== null && looksLikeNavigation(sentences[i])) s = null;
    // a sale named as a title ("Sale of Personal Information") states nothing either, unless the heading says it is sold
    if (s === 'sold' && !hc.statesSale && !hc.listsSold && folded.length <= 160 && SALE_TITLE_RE.test(folded)) s = null;
    if (DEFINITION_RE.test(folded) && s !== 'not_sold') {
      s = null;
      pendingQuestion = QUESTION_REACH;
    }
    imagined = s === HYPOTHETICAL;
    prevHandover = handsOver;
    // "Some networks sell location data. We are not one of them."
    if (s !== 'sold' && otherSale && NOT_ONE_OF_THEM_RE.test(folded)) notSold = true;
    if (s === NOT_DATA && i + 1 < sentences.length) otherSale = true;
    // "Algunos operadores venden …; nosotros no lo hacemos": the distancing after a semicolon or colon
    const semi = s === NOT_DATA ? folded.search(/[;:]/) : -1;
    if (semi >= 0 && NOT_ONE_OF_THEM_RE.test(folded.slice(semi + 1))) notSold = true;
    // "Brokers want to buy access to our records. We refuse every such request."
    if (i + 1 < sentences.length && (s === 'sold' || s === null || s === NOT_DATA) && WISH_TO_BUY_RE.test(folded) && requestRefusedLater(sentences, i)) {
      notSold = true;
      continue;
    }
    if (s === 'sold') {
      // an item under "What we never do": "Sell your data to advertisers."
      if (hc.refuses && clause.length <= 300 && !EXCEPTION_RE.test(foldText(clause))) return 'not_sold';
      // the same label in the text ("Wat wij níet doen: jouw gegevens doorverkopen …")
      const label = LEAD_LABEL_RE.exec(folded);
      if (label !== null && REFUSAL_HEADING_RE.test(label[1]) && !EXCEPTION_RE.test(folded)) {
        notSold = true;
        continue;
      }
      if (!(UNTIL_RE.test(folded) && saleStopped(folded, sentences, i))) return 'sold';
      notSold = true;
    }
    if (s === 'not_sold' && !(optOutSale && SCOPED_DENIAL_RE.test(folded))) notSold = true;
    if (s === OPT_OUT) optOutSale = true;
    if (s === 'question') pendingQuestion = QUESTION_REACH;
    if (s === NOT_DATA) notData = true;
  }
  if (notSold) return 'not_sold';
  if (optOutSale || answeredRestricted) return 'sold';
  // a short list or fragment under a heading that states a sale ("Categories sold: identifiers, …"), unless it answers "none"
  if ((hc.listsSold || hc.statesSale) && clause.length <= 300) {
    return answerStance(foldText(clause)) === 'not_sold' ? 'not_sold' : 'sold';
  }
  return notData ? NOT_DATA : null;
}

/** Distancing from other organisations' practice named before ("We are not one of them", "Daar horen wij niet bij", "Wij niet."). */
const NOT_ONE_OF_THEM_RE = /^\W*((das|dies) (tun|machen) wir (nicht|nie)|nosotros no(?=\s*[:;,.]|\s*$)|(unser\w*|our|onze|ons|notre|nuestr[oa]) [\w-]+ (nicht|not|niet|pas|no)\b|(we are|we're) not (one of them|among them|like them)|we (never|don't|do not) do( (that|so|this|it))?|wir (tun|machen) (das|dies) (nicht|nie)|wij doen dat (niet|nooit)|nous ne (le )?faisons (pas|jamais)|(nosotros )?no lo hacemos|wij (horen|doen) daar niet (bij|aan)|(wij|we) doen daar niet aan mee|we (do not|don't) take part|wir machen (da )?nicht mit|nous n'y participons pas|no participamos|daar (horen|hoor) (wij|we) niet bij|wij niet|wir (gehoren|zahlen) nicht (dazu|zu ihnen)|wir nicht|nous n'en faisons pas partie|pas nous|nosotros no (somos (una|uno) de (ellas|ellos)|lo hacemos)|no somos (una|uno) de (ellas|ellos))\b/;
/** A label that opens a sentence, before its colon. */
const LEAD_LABEL_RE = /^\W*([^:.;!?]{3,80}):\s/;
/** An exception announced under a refusal heading ("Solo hay una excepción: …"). */
const EXCEPTION_RE = /\b(one|only|a single|een|enige|eine|einzige|une|seule|una|sola|unica) (exception|uitzondering|ausnahme|excepcion)\b|\b(with|met|mit|avec|con) (one|een|einer|une|una) (exception|uitzondering|ausnahme|excepcion)\b/;
/** A denial limited to what lies outside something named before ("Outside that programme, nothing … is sold"). */
const SCOPED_DENIAL_RE = /^\W*(outside (of )?(that|this|the)|apart from (that|this)|aside from (that|this)|ausserhalb (dieses|des|davon)|abgesehen davon|buiten (dat|dit|het|deze)|afgezien daarvan|en dehors de (ce|cette|cela)|hormis (ce|cela)|fuera de (ese|este|esa|esta))\b/;
/** Somebody else wishing or asking to buy, rent or swap our data ("data brokers who want to buy access", "vragen bedrijven of zij … mogen kopen"). */
const WISH_TO_BUY_RE = /\b(angefragt und (geld|summen|betrage) geboten|(geld|summen|money|dinero|guita|plata|argent) (geboten|offered|ofrecid[oa]|offert)|(ofrecio|ofrecieron|boten|offered) (\w+ ){0,2}(guita|plata|dinero|geld|money|argent|lana|pasta))\b|\b(wants?|wanted|wish(es)?|would like|ask(s|ed)?|approach\w*|request\w*|offer(s|ed)? to|willen|wilden|wollen|wollten|vragen|vroegen|fragen|fragten|demandent|souhaitent|veulent|proposent|quieren|desean|piden|preguntan|solicitan)\b[^.;]{0,100}\b(buy|purchase|acquire|rent|lease|licen[cs]e|swap|kopen|huren|ruilen|kaufen|mieten|erwerben|tauschen|acheter|louer|echanger|comprar|alquilar|adquirir|intercambiar)\b/;
/** A later sentence turning such requests down ("We refuse every such request", "Op zulke verzoeken gaan wij niet in"). */
const REQUEST_REFUSED_RE = /\b(bekommen haben sie (von uns )?nichts|(haben|hat) (sie |er |es )?(von uns )?nichts bekommen|(siempre )?(dijimos|decimos|respondimos) que no|(always )?(said|say) no)\b|^\W*(rechazamos|declinamos|refusamos|refusons|weigeren wij|lehnen wir)\b|\b(rechaz\w*|declin\w*|refus\w*|weiger\w*|refuse\w*|decline\w*)\b[^.;]{0,30}\b(requests?|offers?|verzoeken|anfragen|angebote|demandes|offres|solicitudes|peticiones|ofertas)\b|\b(we|wij|wir|nous|nosotros)\b[^.;]{0,30}\b(refuse\w*|decline\w*|turn\w* (\w+ ){0,3}down|say no|weiger\w*|wijzen (\w+ ){0,3}af|lehnen (\w+ ){0,4}ab|refus\w*|declin\w*|rechaz\w*)\b|\b(such|these|those|zulke|deze|die|solche|diese|ces|tales|estas|esas) (requests?|offers?|verzoeken|aanbiedingen|aanbod|anfragen|angebote|demandes|offres|solicitudes|peticiones|ofertas)\b[^.;]{0,60}\b(not|niet|nicht|pas|no|never|nooit|nie|jamais|nunca|refuse\w*|decline\w*|weiger\w*|ab|rechaz\w*)\b/;
function requestRefusedLater(sentences: string[], i: number): boolean {
  for (let j = i + 1; j < Math.min(sentences.length, i + 3); j++) if (REQUEST_REFUSED_RE.test(foldText(sentences[j]))) return true;
  return false;
}

/** A sale dated in the past, then said to have stopped: after a ";" in its sentence or in a later one. */
function saleStopped(folded: string, sentences: string[], i: number): boolean {
  const semi = folded.indexOf(';');
  if (semi >= 0 && STOPPED_RE.test(folded.slice(semi))) return true;
  for (let j = i + 1; j < sentences.length; j++) if (STOPPED_RE.test(foldText(sentences[j]))) return true;
  return false;
}

/** Verbs of passing data on (folded; en/nl/de/fr/es), for telling a denial of sharing from sharing. */
const SHARE_RE = /\b(share|shares|shared|sharing|disclos\w*|provid\w*|transfer\w*|pass(es|ed)? on|give|gives|given|made available|make available|delen|deelt|gedeeld|verstrek\w*|doorgeven|doorgegeven|door|overdragen|overgedragen|ter beschikking|weitergeb\w*|weitergegeben|weiter|ubermitt\w*|teilen|teilt|geteilt|offenleg\w*|offengelegt|zur verfugung|partag\w*|communiqu\w*|transmet\w*|transmis\w*|divulgu\w*|compart\w*|comunica\w*|ceder|cedemos|cede|divulga\w*|facilita\w*)\b/g;

/** Dutch/German sharing verbs whose negation follows them ("delen wij niet", "geben … nicht weiter"). */
const V2_SHARE_RE = /^(delen|deelt|gedeeld|verstrek|doorge|door$|overdra|weitergeb|weiter$|ubermitt|teilen|teilt|geteilt|offenleg)/;
/** "share it with no one", "disclose to nobody". */
const NOBODY_AFTER_RE = /^\s+(\w+ ){0,4}(with|to) (no one|nobody|no third|noone)\b/;

export type SharingStance = 'affirmed' | 'denied' | null;

/**
 * Does the clause say data is passed on ('affirmed'), only that it is not ('denied': "we do not
 * share your data", "we never sell, rent or share it"), or use no sharing verb at all (null)?
 * The document summary does not count a denial as evidence of sharing.
 */
export function sharingStance(text: string): SharingStance {
  if (typeof text !== 'string' || text.length === 0) return null;
  let denied = false;
  for (const sentence of splitSentences(capped(text))) {
    const s = foldText(sentence);
    SHARE_RE.lastIndex = 0;
    for (let m = SHARE_RE.exec(s); m !== null; m = SHARE_RE.exec(s)) {
      const end = m.index + m[0].length;
      const negated = (LEAD_NEG_RE.test(s) && !hasBreak(s.slice(0, m.index))) || negatedBefore(s, m.index, 60) ||
        (V2_SHARE_RE.test(m[1]) && negatedAfter(s, end)) || NOBODY_AFTER_RE.test(s.slice(end, end + 60));
      if (!negated) return 'affirmed';
      denied = true;
    }
  }
  return denied ? 'denied' : null;
}

export default saleStance;
