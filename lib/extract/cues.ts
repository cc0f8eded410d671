/**
 * Vocabulary the extractor looks for, per language (en, nl, de, fr, es). Data apart from logic
 * (compromise): every pattern here is a plain alternation without nested quantifiers, so matching
 * stays linear on hostile input.
 */

/** Title/heading phrases that name a privacy policy. Matched case-insensitively, accents folded. */
export const POLICY_PHRASES = [
  // en
  'privacy policy', 'privacy notice', 'privacy statement', 'privacy and cookie', 'privacy & cookie',
  'privacy-policy', 'privacy center', 'privacy centre', 'data protection policy', 'data protection notice',
  'data privacy', 'cookie policy', 'cookie notice', 'cookies policy', 'online privacy', 'privacy promise',
  'privacy pledge', 'privacy information', 'privacy practices',
  // nl
  'privacybeleid', 'privacyverklaring', 'privacyreglement', 'privacystatement', 'privacy verklaring',
  'privacy beleid', 'cookiebeleid', 'cookieverklaring', 'privacy- en cookiebeleid', 'privacy en cookies',
  // de
  'datenschutzerklarung', 'datenschutzhinweise', 'datenschutzrichtlinie', 'datenschutzbestimmungen',
  'datenschutzinformation', 'hinweise zum datenschutz', 'informationen zum datenschutz', 'datenschutz',
  'cookie-richtlinie', 'cookie-hinweise',
  // fr
  'politique de confidentialite', 'politique de protection des donnees', 'protection des donnees',
  'declaration de confidentialite', 'charte de confidentialite', 'avis de confidentialite',
  'politique relative aux cookies', 'politique cookies', 'donnees personnelles', 'vie privee',
  // es
  'politica de privacidad', 'aviso de privacidad', 'declaracion de privacidad', 'proteccion de datos',
  'politica de cookies', 'aviso de cookies', 'aviso legal y privacidad',
] as const;

/** Weaker one-word cue ("Privacy | Acme"). */
export const WEAK_PHRASES = ['privacy', 'privacidad', 'confidentialite', 'cookies'] as const;

/**
 * Personal-data vocabulary whose density in body text says "this reads like a policy".
 * Stems, matched at word starts in folded lowercase text.
 */
export const DATA_VOCAB = [
  // en
  'personal data', 'personal information', 'personally identifiable', 'third part', 'cookie', 'data protection',
  'data controller', 'opt-out', 'opt out', 'retain', 'retention', 'disclose', 'process your', 'your information',
  'your data', 'gdpr', 'ccpa', 'consent', 'privacy', 'we collect', 'we may share', 'advertis', 'analytics',
  'ip address', 'data subject', 'withdraw', 'erasure', 'rectification',
  // nl
  'persoonsgegevens', 'verwerk', 'derden', 'bewaartermijn', 'bewaren', 'toestemming', 'verwerkingsverantwoordelijke',
  'autoriteit persoonsgegevens', 'avg', 'inzage',
  // de
  'personenbezogene', 'verarbeit', 'dritte', 'speicher', 'einwilligung', 'verantwortliche', 'dsgvo',
  'betroffene', 'widerruf', 'loschung', 'datenschutz',
  // fr
  'donnees personnelles', 'donnees a caractere personnel', 'traitement', 'tiers', 'conserv', 'consentement',
  'responsable du traitement', 'rgpd', 'cnil', 'confidentialite',
  // es
  'datos personales', 'tratamiento', 'terceros', 'consentimiento', 'responsable del tratamiento', 'rgpd',
  'conservar', 'privacidad', 'derechos',
] as const;

/** Link text of a privacy-policy link (folded). Longer, more specific phrases first. */
export const LINK_TEXT_STRONG = [
  'privacy policy', 'privacy notice', 'privacy statement', 'privacy & cookie', 'privacy and cookie', 'privacy center',
  'privacy centre', 'privacybeleid', 'privacyverklaring', 'privacyreglement', 'privacystatement',
  'datenschutzerklarung', 'datenschutzhinweise', 'datenschutzrichtlinie', 'datenschutzbestimmungen', 'datenschutz',
  'politique de confidentialite', 'confidentialite', 'protection des donnees', 'donnees personnelles', 'vie privee',
  'politica de privacidad', 'aviso de privacidad', 'privacidad', 'proteccion de datos', 'privacy',
] as const;

/** Link text of a cookie-policy link: a fallback when no privacy link exists. */
export const LINK_TEXT_COOKIE = [
  'cookie policy', 'cookies policy', 'cookie notice', 'cookiebeleid', 'cookieverklaring', 'cookie-richtlinie',
  'politique relative aux cookies', 'politique cookies', 'politica de cookies', 'cookies',
] as const;

/** Link texts that look like privacy links but open a settings dialog, not a policy. */
export const LINK_TEXT_REJECT = /\b(settings|preferences|instellingen|voorkeuren|einstellungen|parametres|preferences|configuracion|ajustes|manage|beheren|verwalten|gerer|gestionar|do not sell|opt[- ]?out|choices)\b/;

/** URL path/query patterns of policy pages. Tested on the folded, decoded path. */
export const URL_POLICY = /privacy|privacidad|privacite|confidentialit|datenschutz|dsgvo|gdpr|avg-|privacybeleid|privacyverklaring|protection-des-donnees|proteccion-de-datos|aviso-legal|data-protection|vie-privee/;
export const URL_COOKIE = /cookie/;

/** Consent button words (whole short text of a button or link in a cookie banner). */
export const CONSENT_BUTTON = /^(accept(eer|eren|er|ar)?( all| alle| alles| tout| todo| todas| cookies)?|i accept|ok(ay)?|got it|agree|i agree|allow( all)?( cookies)?|allow cookies|deny|decline|reject( all)?|refuse|akkoord|ja,? ik ga akkoord|accepteren|alles accepteren|alle cookies accepteren|weigeren|alles weigeren|voorkeuren|instellingen|cookie-instellingen|cookie instellingen|meer (weten|info|informatie)|lees meer|akzeptieren|alle akzeptieren|ablehnen|alle ablehnen|einstellungen|zustimmen|einverstanden|mehr erfahren|accepter|tout accepter|refuser|tout refuser|parametrer|personnaliser|j'accepte|en savoir plus|aceptar|aceptar todo|aceptar todas|rechazar|rechazar todo|configurar|personalizar|mas informacion|saber mas|learn more|more info(rmation)?|read more|settings|preferences|manage (cookies|preferences|settings)|cookie settings|customi[sz]e|close|sluiten|schliessen|fermer|cerrar|x|×)$/;

/** The decision buttons among them: only these start the search for a banner around them. */
export const CONSENT_DECISION = /^(accept(eer|eren|er|ar)?( all| alle| alles| tout| todo| todas| cookies| all cookies)?|i accept|ok(ay)?|got it|agree|i agree|allow( all)?( cookies)?|deny|decline|reject( all)?|refuse|akkoord|ja,? ik ga akkoord|alles accepteren|alle cookies accepteren|weigeren|alles weigeren|akzeptieren|alle akzeptieren|alle cookies akzeptieren|ablehnen|alle ablehnen|zustimmen|einverstanden|tout accepter|refuser|tout refuser|j'accepte|aceptar todo|aceptar todas|rechazar|rechazar todo)$/;

/**
 * Text of a cookie banner (folded). Needs the word "cookie" elsewhere in the same text; these are
 * phrases a banner uses and a policy clause rarely does.
 */
export const BANNER_TEXT = /(this (web)?site uses cookies|we use cookies to|uses cookies to (improve|enhance|give|ensure|provide)|by continuing to (use|browse)|by clicking|you (agree|consent) to (the|our) use of cookies|accept (all )?cookies|deze (web)?site (maakt gebruik van|gebruikt) cookies|wij gebruiken cookies|we gebruiken cookies|door (de|deze) (site|website) te blijven gebruiken|door verder te (gaan|surfen|klikken)|door op .{1,40} te klikken|accepteert u|ga je akkoord|gaat u akkoord|diese (web)?seite verwendet cookies|wir (verwenden|nutzen) cookies|durch die (weitere )?nutzung|stimmen sie der verwendung|ce site utilise des cookies|nous utilisons des cookies|en poursuivant votre navigation|vous acceptez l'utilisation|este sitio (web )?utiliza cookies|utilizamos cookies|si continuas navegando|si continua navegando|acepta(s)? (el uso|su uso))/;

/** "Skip to content" links in the five languages. */
export const SKIP_LINK = /^(skip (to|navigation)|jump to (main )?content|naar (de )?(hoofd)?inhoud|direct naar|ga naar (de )?inhoud|zum inhalt|zum hauptinhalt|inhalt springen|aller au contenu|passer au contenu|aller a la navigation|saltar al contenido|ir al contenido|saltar a)/;

/**
 * id/class/aria-label tokens of consent managers. Vendor names are stripped whatever their
 * size; the generic words only when the element is small (see boilerplate.ts).
 */
export const CONSENT_VENDOR = /onetrust|ot-sdk|optanon|cookiebot|cybotcookiebot|didomi|usercentrics|quantcast|qc-cmp|cc-window|cc-banner|cc_banner|truste|trustarc|osano|klaro|iubenda|termly|cookieyes|cky-consent|cmplz|borlabs|moove_gdpr|cookie-law-info|cookielawinfo|cookie-notice-container|gdpr-cookie|cookieconsent|cookie-consent|cookie_consent|cookiebanner|cookie-banner|cookie_banner|cookie-bar|cookiebar|cookie-popup|cookie-wall|cookiewall|consent-banner|consent-modal|consent-dialog|cmp-container|sp_message|fc-consent/;
export const CONSENT_GENERIC = /cookie|consent|gdpr|\bcmp\b|privacy-banner|privacy-notice-bar/;

/** id/class tokens of other boilerplate (small elements only). */
export const BOILER_CLASS = /breadcrumb|share-?buttons|social-?share|sharing|addthis|sharethis|skip-?link|skip-?to|newsletter-?signup|back-?to-?top/;

/** Accent folding without NFD tables: the letters our five languages use. */
const FOLD: Record<string, string> = {
  à: 'a', á: 'a', â: 'a', ä: 'a', ã: 'a', å: 'a', ç: 'c', è: 'e', é: 'e', ê: 'e', ë: 'e', ì: 'i', í: 'i', î: 'i',
  ï: 'i', ñ: 'n', ò: 'o', ó: 'o', ô: 'o', ö: 'o', õ: 'o', ù: 'u', ú: 'u', û: 'u', ü: 'u', ý: 'y', ÿ: 'y', ß: 'ss',
  œ: 'oe', æ: 'ae', '’': "'", '‘': "'",
};
const FOLD_RE = /[àáâäãåçèéêëìíîïñòóôöõùúûüýÿßœæ’‘]/g;

/** Lowercase, fold accents, collapse whitespace. Linear. */
export function fold(s: string): string {
  return s.toLowerCase().replace(FOLD_RE, (c) => FOLD[c] ?? c).replace(/\s+/g, ' ').trim();
}
