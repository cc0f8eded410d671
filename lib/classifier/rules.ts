/**
 * The small rule layer on top of the trained model, measured in `npm run eval` (with and
 * without): explicit sale wording (the stance detector found a sale sentence), explicit
 * remote-access wording and a retention period stated in a sentence about keeping data set a floor
 * under those labels' scores; sale wording that is about goods, a business transfer or the user's
 * own sale, or no sale wording at all, caps `data_sale` (the model learnt "sell" and opt-out
 * phrasing too well); remote-work, online-banking and fingerprinting wording without remote-access
 * wording caps `remote_access` ("remote", "Zugang"), and "share" wording without any third party
 * ("share button", "share your feedback with us") caps `third_party_sharing`. All literal
 * alternations (linear time).
 */
import type { Label } from '../labels';
import { retentionPeriods } from './attributes';
import { cueSeen, IDIOM_CUE, NOT_A_CUE, saleWording, type Stance, type WeakCues } from './stance';
import { conceptId, type Analysed } from './tokenize';

/** Score floor when the stance detector finds a sale sentence. */
export const STANCE_FLOOR = 0.9;
/**
 * Score floor for a concrete period in a sentence about keeping or deleting data, when the model
 * already sees some retention (score ≥ RETENTION_MIN_SCORE): a paragraph about something else that
 * states a period in one sentence. Below that, periods are mostly cookie lifetimes, notice and
 * response times (measured on the public data and the fixtures; assets/model/README.md).
 */
export const RETENTION_FLOOR = 0.7;
export const RETENTION_MIN_SCORE = 0.1;
/** Score floor for explicit remote-access wording. */
export const REMOTE_FLOOR = 0.8;
/**
 * Score cap for `data_sale` when the clause's only sale wording is about goods, a business transfer
 * or the user's own sale, or when neither the clause nor its heading has a word that could be sale
 * wording at all (no sell, rent, trade, pay, fee … in any of the five languages).
 */
export const NOT_DATA_SALE_CAP = 0.3;
/** Score cap for remote-work, online-banking or fingerprinting wording without remote-access wording. */
export const REMOTE_CAP = 0.3;
/** Score cap for "share" wording that passes nothing to a third party ("share button", "share your feedback with us"). */
export const SHARING_CAP = 0.3;

/** The user sharing a link or an opinion with us: "share" without a third party. */
const SHARE_LOOKALIKE_RE = /share[- ]?buttons?|sharing buttons?|boutons? (« ?)?partager|bot[oó]n(es)? (« ?)?compartir|deelknop|teilen-(button|schaltfl[äa]che|funktion)|share (a|the|this) (link|page|recipe|article|post)|partage[rz]? (le|un|ce) lien|compart(ir|a|e) (el|un|este) enlace|share (your|their) (opinion|feedback|thoughts|views|experiences?|ideas|comments|suggestions) with us|partagez (votre|vos) (avis|opinions?|remarques|suggestions)|compart(a|e|ir) (su|tu|sus|tus) (opini[oó]n|experiencia|comentarios|sugerencias)|deel (uw|je) (mening|ervaring|feedback)|teilen sie (uns )?(ihre )?(meinung|erfahrung|feedback)/i;
/** Any third party named. */
const THIRD_PARTY_RE = /third[- ]part|dritte|derden|tiers|terceros|partner|processor|provider|dienstleister|verwerker|sous-traitant|encargad|advertis|werbe|annonceur|anunciante|authorit|beh[öo]rde|autorit|overheid|affiliat|facebook|meta|google|linkedin|twitter|instagram|whatsapp/i;

/** Explicit remote-access wording (en/nl/de/fr/es). */
const REMOTE_RE = /remote (access|control|support|assistance|session|desktop|diagnos|wipe|lock|install)|remotely (access|control|connect|wipe|lock|install|diagnos|disable|deactivat|delete|erase|block|reset|restart|reboot|configur)|screen[- ]shar|teamviewer|anydesk|logmein|toegang op afstand|overname op afstand|hulp op afstand|ondersteuning op afstand|schermdeling|scherm (te )?delen|meekijk\w* (op|in|met) (uw|je) scherm|op afstand (toegang|overnemen|over te nemen|bedienen|bekijken|wissen|vergrendelen|installeren)|fernzugriff|fernwartung|fernsteuer|fernsupport|fernl[öo]sch|fernsperr|fernabschalt|fernkonfigur|ferninstall|fernverwalt|fernadministr|aus der ferne|bildschirmfreigabe|(acc[èe]s|assistance|contr[ôo]le|intervention|d[ée]pannage|connexion) [àa] distance|prise en main|(acceso|control|asistencia|soporte|conexi[óo]n) remot[oa]|(acceso|control|asistencia|soporte|conexi[óo]n) a distancia|compartir (la |su )?pantalla|partage d'[ée]cran/i;
/**
 * Hard negatives that share the words: remote work, online banking, fingerprinting, a TV remote,
 * paying, contracting or studying "at a distance" ("Fernabsatz", "vente à distance"), services
 * reachable "op afstand", logs of staff access.
 */
const REMOTE_NEG_RE = /remote (work|working|workers|employees|location|areas?|team)|work(ing|s)? remotely|arbeite\w* ([^\s.;,]+ ){0,3}(remote|aus der ferne)|aus der ferne (arbeit|t[äa]tig)|remote arbeit\w*|(trabaj\w*|agentes?|empleados?|personal|equipos?) ([^\s.;,]+ ){0,5}en remoto|telewerk|thuiswerk|werken op afstand|afstandsbediening|fernbedienung|t[ée]l[ée]commande|mando a distancia|op afstand (betalen|werken|leren|studeren|ondertekenen)|(koop|overeenkomst|overeenkomsten|onderwijs|leren) op afstand|distance (selling|contracts?|learning)|(accessibles?|toegankelijk|bereikbaar|erreichbar|accesibles?|disponibles?|beschikbaar|verf[üu]gbar|available) (\w+ )?(remotely|[àa] distance|op afstand|aus der ferne|a distancia)|(op afstand|a distancia|[àa] distance) (toegankelijk|bereikbaar|accesibles?|accessibles?|disponibles?)|fernabsatz\w*|fernunterricht|fernstudium|(vente|achat|contrats?|paiement|formation|enseignement|cours|signature)( conclus?)? [àa] distance|(venta|compra|contratos?|pago|formaci[óo]n|ense[ñn]anza|firma)( celebrados?)? a distancia|homeoffice|home-office|home office|mobiles arbeiten|t[ée]l[ée]travail|teletrabajo|online.?banking|banca online|banque en ligne|fingerprint|fingerabdruck|vingerafdruk|empreinte|huella digital|production|productie|produktiv|vpn|(logs?|protokoll\w*|registros?|journaux|logboek\w*|logbestanden) (of|van|[üu]ber|de|des|du) (remote|fern|acc[eè]s|acceso|toegang)/i;

/**
 * 'explicit' remote-access wording, a 'lookalike' that shares its vocabulary but is not about the
 * user's device ("our team works remotely", "Online-Banking-Zugang", "browser fingerprint"), or
 * neither (null, also when a clause has both).
 */
function remoteWording(text: string): 'explicit' | 'lookalike' | null {
  const src = text.length > 20_000 ? text.slice(0, 20_000) : text;
  const explicit = REMOTE_RE.test(src);
  if (explicit === REMOTE_NEG_RE.test(src)) return null;
  return explicit ? 'explicit' : 'lookalike';
}

/** A cookie's lifetime ("_ga expires after 2 years") is labelled cookies_tracking, not retention (fixture convention, OPP-115). */
const COOKIE_RE = /cookie|_ga\b|_gid\b|_fbp\b|pixel|traceur|rastreador/i;
const LIFETIME_RE = /expir|lifetime|life span|dur[ée]e de vie|laufzeit|g[üu]ltig|validit|vervalt|geldig|caduc|vigencia|duraci[óo]n|duration|ablauf/i;
function isCookieLifetime(text: string): boolean {
  return COOKIE_RE.test(text) && LIFETIME_RE.test(text);
}

/** The model's scores the rules look at (unknown = 1: no gating). */
export interface ModelScores { remote_access?: number; retention?: number; third_party_sharing?: number }

export interface RuleResult {
  sale: Stance;
  floors: Partial<Record<Label, number>>;
  /** Upper bounds (applied after the floors). */
  caps: Partial<Record<Label, number>>;
}

const REMOTE = conceptId('remote');
const REMOTE_SESSION = conceptId('remote_session');

/**
 * Rules for a clause; `analysed` (its tokens) lets cheap concept checks skip the regexes. The
 * heading counts for the sale stance ("Do we sell your data?" → "No."). `modelScores`: the model's
 * retention score gates the retention floor; its remote-access and sharing scores skip look-alike
 * checks where their caps could not bite.
 */
export function applyRules(text: string, analysed?: Analysed, heading: string | null = null, modelScores: ModelScores = {}): RuleResult {
  const { remote_access: remoteScore = 1, retention: retentionScore = 1, third_party_sharing: sharingScore = 1 } = modelScores;
  let remoteCue = true;
  let saleCue: boolean | undefined;
  let periodCue = true;
  let shareCue = true;
  let idiom = false;
  if (analysed) {
    remoteCue = false;
    saleCue = false;
    periodCue = false;
    shareCue = false;
    const weak: WeakCues = { first: null, act: false };
    for (let i = 0; i < analysed.infos.length; i++) {
      const info = analysed.infos[i];
      if (!saleCue && info.saleCue !== NOT_A_CUE && cueSeen(info.saleCue, info.folded, weak)) saleCue = true;
      if (info.saleCue === IDIOM_CUE) idiom = true;
      if (info.periodWord) periodCue = true;
      if (info.shareWord) shareCue = true;
      for (const c of analysed.concepts[i]) if (c === REMOTE || c === REMOTE_SESSION) remoteCue = true;
    }
  }
  // an idiom word ("Geschäfte"): let the stance detector read the text
  if (!saleCue && idiom) saleCue = undefined;
  const wording = saleWording(text, heading, saleCue);
  const notAboutDataSale = wording === 'not_data' || wording === 'no_cue';
  const sale = notAboutDataSale ? null : wording;
  const floors: Partial<Record<Label, number>> = {};
  const caps: Partial<Record<Label, number>> = {};
  if (sale !== null) floors.data_sale = STANCE_FLOOR;
  else if (notAboutDataSale) caps.data_sale = NOT_DATA_SALE_CAP;
  // (only where the floor turns the label on: above 0.5 it is on already)
  if (periodCue && retentionScore >= RETENTION_MIN_SCORE && retentionScore < 0.5 && !isCookieLifetime(text) && retentionPeriods(text, heading).length > 0) floors.retention = RETENTION_FLOOR;
  if (shareCue && sharingScore >= 0.5 && SHARE_LOOKALIKE_RE.test(text) && !THIRD_PARTY_RE.test(text)) caps.third_party_sharing = SHARING_CAP;
  const capMayBite = remoteScore > REMOTE_CAP;
  const remote = remoteCue || capMayBite ? remoteWording(text) : null;
  if (remoteCue && remote === 'explicit') floors.remote_access = REMOTE_FLOOR;
  if (capMayBite && remote === 'lookalike') caps.remote_access = REMOTE_CAP;
  return { sale, floors, caps };
}
