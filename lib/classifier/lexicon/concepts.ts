/**
 * Cross-lingual concept lexicon (data only; the matching logic is in `../tokenize.ts`).
 *
 * Words of en/nl/de/fr/es map to one shared concept feature (`C:sell`), so what the model learns
 * from English and German training clauses carries over to Dutch, French and Spanish.
 *
 * Entry syntax (all lower case, diacritics folded: é → e, ü → u, ß → ss):
 * - `word`      exact token
 * - `stem*`     any token starting with `stem` (the longest matching prefix wins, so `vendor*`
 *               beats `vend*`)
 * - `~part`     a part of a long compound (≥ 9 letters: "datenweitergabe", "bewaartermijn")
 * - `a b c`     a phrase of 2–3 tokens; each word is compared on its first 5 letters
 *               ("remote accessing" matches `remote access`)
 * - `!stem*`    an exception: a token starting with `stem` gets no concept from shorter prefixes
 */
export const CONCEPTS: Record<string, readonly string[]> = {
  sell: [
    'sell*', 'sold', 'resell*', 'rent', 'rents', 'renting', 'rented', 'lease', 'leases', 'leasing',
    'trade', 'trades', 'trading', 'monetiz*', 'monetis*',
    'verkop*', 'verkoop*', 'verkocht*', 'verhuur*', 'verhur*', 'doorverkop*',
    'verkauf*', 'verkauft*', 'verkaufen', 'vermiet*', 'weiterverkauf*', '~verkauf', 'verausser*',
    'vend*', 'vente', 'ventes', 'louer', 'louons', 'loue', 'louent', 'revend*',
    'venta', 'ventas', 'vender', 'vendemos', 'venden', 'alquil*', 'arrend*', 'comerciali*',
    'comerciamos', 'comerciar', 'cede', 'cedons', 'cedera', 'cedee', 'cedees', 'ceder', 'cedemos',
    'commerciali*', 'monnay*', 'revente', 'reventa',
    '!vendor*', '!vendeur*', '!vendredi*', '!verkoper*', '!vendedor*', '!verkaufer*',
  ],
  product: [
    'product', 'products', 'goods', 'merchandise', 'items', 'tickets', 'accessories', 'bikes',
    'producten', 'product', 'artikelen', 'fietsen', 'accessoires', 'onderdelen', 'winkel*', 'webwinkel',
    'produkte', 'waren', 'artikel', 'zubehor', 'shop', 'produits', 'articles', 'marchandises',
    'boutique*', 'productos', 'articulos', 'material', 'tienda*', 'mercancia*',
  ],
  party: [
    'google', 'meta', 'facebook', 'stripe', 'paypal', 'mollie', 'adyen', 'klarna', 'zendesk',
    'salesforce', 'mailchimp', 'hubspot', 'postnl', 'dhl', 'ups', 'fedex', 'gls', 'dpd', 'linkedin',
    'hotjar', 'microsoft', 'amazon', 'aws', 'tiktok', 'twitter', 'experian', 'criteo', 'doubleclick',
    'intercom', 'sendgrid', 'cloudflare', 'braintree',
  ],
  telework: [
    'work remotely', 'working remotely', 'remote work', 'remote working', 'work from home',
    'working from home', 'homeoffice', 'home office', 'vpn', 'thuiswerk*', 'telewerk*',
    'werken op afstand', 'vanuit huis', 'heimarbeit', 'mobiles arbeiten', 'mobil arbeiten',
    'teletravail*', 'teletrabaj*', 'desde casa', 'a domicile',
  ],
  money: [
    'payment*', 'paid', 'pay', 'pays', 'money', 'fee', 'fees', 'licens*', 'betaling*', 'betaald',
    'entgeltlich*', 'kostenpflichtig*', 'monetary', 'compensation', 'remuneration', 'consideration',
    'in exchange', 'exchange for', 'revenue*', 'profit*',
    'geld', 'vergoeding*', 'tegenprestatie*', 'in ruil', 'winst*',
    'entgelt*', 'bezahlung', 'gegenleistung*', 'gegen bezahlung', 'vergutung*',
    'contrepartie*', 'remuneration*', 'argent', 'en echange', 'moyennant', 'onereux', 'paiement',
    'ingresos', 'pago',
    'dinero', 'contraprestacion*', 'a cambio', 'remuneracion*', 'beneficio*',
  ],
  share: [
    'share', 'shares', 'shared', 'sharing', 'disclos*', 'transfer*', 'provide to', 'pass on',
    'passed on', 'make available', 'made available',
    'delen', 'deelt', 'delen we', 'gedeeld', 'verstrek*', 'doorgeven', 'doorgegeven', 'doorgifte',
    'overdra*', 'overgedragen', 'ter beschikking',
    'weitergeb*', 'weitergab*', 'weitergegeben', 'weiterleit*', 'ubermitt*', 'ubertrag*',
    'offenleg*', 'teilen', 'teilt', 'geteilt', 'offengelegt', '~weitergab', '~ubermittl',
    'partag*', 'communiqu*', 'divulg*', 'transmet*', 'transmis*', 'transfere*', 'cede*',
    'compart*', 'ceder', 'cedemos', 'cesion*', 'comunica*', 'revel*', 'transfier*', 'divulga*',
  ],
  third: [
    'third', 'thirdparty', 'third-party', 'parties', 'partner*', 'affiliat*', 'outside',
    'derde', 'derden', 'derdepartij*',
    'dritte', 'dritten', 'dritter', 'drittanbiet*', 'drittpart*', 'drittunternehm*', '~dritt',
    'tiers', 'tierce', 'tierces', 'tercer*', 'terceros', 'socio*', 'socios',
  ],
  recipient: [
    'accountant*', 'auditor*', 'courier*', 'carrier*', 'delivery compan*', 'debt collect*',
    'collection agenc*', 'credit reference', 'credit bureau*', 'insurer*', 'lawyer*',
    'solicitor*', 'recipient*', 'forward*', 'hand over', 'handed over',
    'incasso*', 'deurwaarder*', 'bezorger*', 'bezorgdienst*', 'vervoerder*', 'koerier*',
    'verzekeraar*', 'advocat*', 'ontvanger*', 'pakketdienst*', 'doorgestuurd', 'doorsturen',
    'overhandig*',
    'wirtschaftsprufer*', 'steuerberater*', 'inkasso*', 'schufa', 'auskunftei*',
    'versanddienst*', 'paketdienst*', 'zusteller*', 'spediteur*', 'versicherer*', 'anwalt*',
    'rechtsanwalt*', 'empfanger*', 'ubergeb*', '~inkasso', '~auskunftei',
    'comptable*', 'commissaire aux', 'recouvrement', 'transporteur*', 'livreur*', 'assureur*',
    'avocat*', 'huissier*', 'destinataire*',
    'gestoria*', 'asesor*', 'cobro', 'recobro', 'transportista*', 'mensajeria*', 'aseguradora*',
    'abogado*', 'destinatario*', 'notario*',
  ],
  ads: [
    'advertis*', 'ads', 'ad', 'advert*', 'marketing', 'marketer*', 'retarget*', 'remarket*',
    'reclam*', 'adverteer*', 'adverteerder*', 'advertentie*',
    'werb*', 'werbepartner*', 'werbetreib*',
    'publicit*', 'annonce*', 'annonceur*', 'publicid*', 'anunci*', 'anunciante*',
  ],
  processor: [
    'service provider', 'service providers', 'vendor*', 'processor*', 'subprocessor*',
    'contractor*', 'supplier*', 'verwerker*', 'subverwerker*', 'dienstverlener*', 'leverancier*',
    'auftragsverarbeit*', 'dienstleister*', 'auftragnehm*', 'sous-traitant*', 'soustraitant*',
    'prestataire*', 'sous traitant', 'fournisseur*', 'encargado*', 'proveedor*', 'subencargado*',
  ],
  cookie: [
    'cookie*', 'pixel*', 'beacon*', 'web beacon', 'tracker*', 'tracking', 'track', 'tracks',
    'tracked', 'localstorage', 'local storage', 'fingerprint*', 'sdk', 'sdks', 'tag manager',
    'gif*', 'clear gif', 'flash cookie', '~cookie', '~tracking', '~pixel',
    'volgen', 'gevolgd', 'volgt', 'trackingcookie*',
    'verfolg*', 'nachverfolg*', 'tracking-technolog*', 'zahlpixel*',
    'traceur*', 'tracage', 'traqu*', 'temoin*',
    'rastre*', 'seguimiento', 'balizas', 'baliza*',
    // consent-management platforms, browser storage, and the TTDSG's "Endeinrichtung" (terminal equipment)
    'consent management', 'consentmanag*', 'cookiebot', 'usercentrics', 'onetrust', 'didomi', 'borlabs',
    'session storage', 'sessionstorage', 'indexeddb', 'endeinrichtung*', 'nutzungsprofil*', 'etracker',
    '~tracker',
  ],
  analytics: [
    'analytic*', 'google analytics', 'statistic*', 'analys*', 'analyz*', 'measur*',
    'analyse*', 'statistiek*', 'statistik*', 'analyti*', 'statistique*', 'mesure*', 'analitic*',
    'estadistic*', 'medicion*', 'hotjar', 'clarity',
    'matomo', 'piwik', 'mixpanel', 'reichweitenmess*', 'reichweitenanaly*', 'webanaly*', '~statisti',
    'bezoekersstatistiek*', 'mesure d audience', 'medicion de audiencia',
  ],
  retain: [
    'retain*', 'retention', 'retent*', 'keep', 'keeps', 'kept', 'stored', 'storage', 'store',
    'archiv*', 'how long', 'for as long', 'as long as', 'no longer than', 'period of',
    'bewaar*', 'bewaren', 'bewaard', 'bewaring', 'bewaartermijn*', 'opgeslagen', 'opslaan',
    'opslag', 'hoe lang', 'zolang', 'zo lang', 'langer dan', 'termijn*', '~bewaar',
    'speicher*', 'gespeichert', 'aufbewahr*', 'speicherdauer', 'wie lange', 'solange', 'so lange',
    'lange', 'frist*', '~speicher', '~aufbewahr',
    'conserv*', 'duree', 'combien de temps', 'aussi longtemps', 'tant que', 'plus longtemps',
    'conservacion', 'conservar*', 'conservamos', 'almacen*', 'plazo*', 'cuanto tiempo',
    'mientras', 'periodo*',
  ],
  delete: [
    'delet*', 'eras*', 'destroy*', 'purg*', 'verwijder*', 'vernietig*', 'wissen', 'gewist',
    'losch*', 'geloscht', 'vernicht*', '~losch', 'supprim*', 'effac*', 'detrui*',
    'suprim*', 'elimin*', 'borra*', 'destrui*',
  ],
  timeunit: [
    'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'yrs',
    'dag', 'dagen', 'weken', 'maand', 'maanden', 'jaar', 'jaren',
    'tag', 'tage', 'tagen', 'woche', 'wochen', 'monat', 'monate', 'monaten', 'jahr', 'jahre',
    'jahren', 'jour', 'jours', 'semaine', 'semaines', 'mois', 'ans', 'annee', 'annees',
    'dia', 'dias', 'semana', 'semanas', 'meses', 'ano', 'anos',
  ],
  num: [
    'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'twelve',
    'eighteen', 'twenty', 'thirty', 'sixty', 'ninety',
    'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen', 'tien', 'twaalf', 'dertig',
    'zwei', 'drei', 'funf', 'sechs', 'sieben', 'neun', 'zehn', 'zwolf', 'dreissig',
    'deux', 'trois', 'quatre', 'cinq', 'sept', 'huit', 'neuf', 'dix', 'douze', 'trente',
    'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve', 'diez', 'doce', 'treinta',
  ],
  remote: [
    'remote', 'remotely', 'afstand', 'afstands*', 'distance', 'distancia', 'remota', 'remoto',
    'remotamente', 'teamviewer', 'anydesk', 'logmein', 'bomgar', 'splashtop',
    'fernzugriff*', 'fernwartung*', 'fernsteuer*', 'fernsupport*', 'ferndiagnos*',
    'fernzugang*', 'fernloschung*', 'fernbedien*', 'fernhilfe*', '~fernwartung', '~fernzugriff',
    'op afstand', 'a distance', 'a distancia', 'aus der ferne', 'de forma remota',
    'fernsperr*', 'fernabschalt*', 'fernkonfigur*', 'fernaktualis*', 'ferninstall*', 'fernverwalt*',
    'fernadministr*', 'fernbetreu*', 'fernauslese*',
  ],
  remote_session: [
    'remote access', 'remote control', 'remote support', 'remote session', 'remote assistance',
    'remote diagnostic', 'remote wipe', 'remote lock', 'remote desktop', 'remotely access',
    'remotely control', 'screen sharing', 'screen share', 'share your screen', 'take control',
    'toegang op afstand', 'overname op afstand', 'hulp op afstand', 'bediening op afstand',
    'afstandsbediening*', 'schermdeling', 'scherm delen', 'uw scherm', 'controle over',
    'fernzugriff*', 'fernwartung*', 'fernsteuer*', 'fernsupport*', 'bildschirmfreigabe*',
    'bildschirm teilen', 'kontrolle uber',
    'prise en main', 'acces a distance', 'controle a distance', 'assistance a distance',
    'partage d ecran', 'partage de l ecran', 'votre ecran',
    'acceso remoto', 'control remoto', 'asistencia remota', 'soporte remoto',
    'compartir pantalla', 'compartir su pantalla', 'su pantalla', 'acceso a distancia',
  ],
  access: ['access*', 'toegang*', 'zugriff*', 'zugang*', 'acces', 'acceder', 'acceso', 'acceder*'],
  control: [
    'control*', 'overname', 'overnemen', 'bedien*', 'besturing*', 'steuer*', 'kontroll*',
    'controle*', 'pilot*', 'prise', 'manejar', 'tomar',
  ],
  diagnostic: [
    'diagnos*', 'troubleshoot*', 'registry', 'serial', 'serienummer*', 'seriennummer*',
    'register*', 'systeeminformatie', 'systeminformation*', 'debug*', 'foutopsporing*',
    'fehlerbehebung*', 'depann*', 'numero de serie', 'registro*', 'installed software',
  ],
  support: [
    'support*', 'helpdesk', 'technician*', 'technical', 'expert*', 'agent*', 'ondersteuning*',
    'monteur*', 'technicus', 'medewerker*', 'techniker*', 'mitarbeiter*', 'technicien*',
    'assistance', 'technique*', 'soporte', 'asistencia', 'tecnico*',
  ],
  device: [
    'device*', 'computer*', 'laptop*', 'pc', 'smartphone*', 'phone*', 'apparaat', 'apparaten',
    'toestel*', 'gerat*', 'endgerat*', 'rechner*', 'appareil*', 'ordinateur*', 'dispositivo*',
    'ordenador*', 'equipo*', 'telefono*', 'movil*',
  ],
  install: ['install*', 'wipe', 'wiping', 'lock', 'locking', 'vergrendel*', 'sperr*', 'instal*'],
  consent: [
    'consent*', 'permission*', 'approv*', 'authoriz*', 'authoris*', 'agree*', 'at your request',
    'your request', 'opt-in', 'toestemming*', 'instemming*', 'akkoord', 'goedkeuring*',
    'verzoek', 'op uw verzoek', 'met uw toestemming', 'zustimm*', 'einwillig*', 'erlaubnis*',
    'genehmig*', 'freigabe*', 'auf ihren wunsch', 'consentement*', 'accord', 'autoris*',
    'votre demande', 'a votre demande', 'consentimiento*', 'autoriza*', 'permiso*',
    'su solicitud', 'aprobacion*',
  ],
  right: [
    'right', 'rights', 'request*', 'rectif*', 'correct*', 'portab*', 'object*', 'restrict*',
    'opt', 'opt-out', 'optout', 'unsubscrib*', 'choice*', 'choose', 'preferen*',
    'recht*', 'inzage', 'inzien', 'bezwaar', 'afmeld*', 'uitschrijv*', 'auskunft*',
    'berichtig*', 'widerspruch*', 'widerruf*', 'abmeld*', 'droit*', 'rectifi*', 'oppos*',
    'desinscri*', 'derecho*', 'oposicion', 'rectificacion', 'baja', 'supresion',
  ],
  security: [
    'secur*', 'encrypt*', 'ssl', 'tls', 'https', 'safeguard*', 'protect*', 'firewall*',
    'unauthori*', 'breach*', 'beveilig*', 'versleutel*', 'bescherm*', 'sicherheit*',
    'sicher*', 'verschlussel*', 'schutz*', '~sicherheit', 'securit*', 'chiffr*', 'protege*',
    'protection*', 'segur*', 'cifr*', 'proteg*', 'proteccion*',
  ],
  child: [
    'child*', 'kid*', 'minor*', 'coppa', 'parent*', 'guardian*', 'teen*', 'kind', 'kinderen',
    'minderjarig*', 'ouder*', 'kinder*', 'minderjahrig*', 'eltern*', 'jugendlich*', 'enfant*',
    'mineur*', 'nino*', 'ninos', 'menor*', 'menores', 'padres', 'tutor*',
  ],
  change: [
    'chang*', 'updat*', 'modif*', 'amend*', 'revis*', 'wijzig*', 'aanpass*', 'bijwerk*',
    'gewijzigd', 'anderung*', 'andern', 'geandert', 'aktualisier*', 'mise a jour', 'mettre a jour',
    'cambio*', 'cambiar', 'actualiz*',
  ],
  policy: [
    'policy', 'policies', 'statement', 'notice', 'privacybeleid', 'privacyverklaring',
    'beleid', 'verklaring', 'datenschutzerklarung*', 'datenschutzhinweis*', 'erklarung',
    'politique', 'declaration', 'politica', 'aviso', 'privacy policy',
  ],
  intl: [
    'international*', 'abroad', 'countr*', 'eea', 'eu', 'european', 'safe harbor',
    'privacy shield', 'standard contractual', 'outside the', 'united states', 'cross-border',
    'buitenland*', 'landen', 'buiten de', 'drittland*', 'drittstaat*', 'ausland', 'europaisch*',
    'usa', 'pays', 'etranger', 'hors de', 'transfrontal*', 'pais', 'paises', 'extranjero',
    'fuera del', 'internacional*', 'ewr', 'eer', 'ue',
  ],
  dnt: ['do not track', 'dnt', 'do-not-track', 'niet volgen', 'nicht verfolgen', 'ne pas suivre', 'no rastrear'],
  contact: [
    'contact*', 'email', 'e-mail', 'mail', 'address', 'phone', 'telephone', 'write',
    'data protection officer', 'dpo', 'questions', 'question', 'vragen', 'kontakt*',
    'datenschutzbeauftragt*', 'fragen', 'schreiben', 'contacter', 'contactez', 'delegue*',
    'contacto', 'contactar', 'preguntas', 'correo', 'neem contact', 'functionaris',
  ],
  collect: [
    'collect*', 'gather*', 'obtain*', 'receiv*', 'record*', 'log', 'logs', 'logged',
    'verzamel*', 'ontvang*', 'verkrijg*', 'vastleg*', 'erheb*', 'erhob*', 'sammel*', 'erfass*',
    'gesammelt', 'erhalt*', 'collect', 'recueill*', 'recueil*', 'collecte*', 'obten*',
    'recopil*', 'recab*', 'recog*', 'obtene*',
  ],
  use: [
    'use', 'uses', 'used', 'using', 'gebruik*', 'verwend*', 'nutz*', 'utilis*', 'utiliz*', 'usamos',
    'usar', 'uso', 'process', 'processes', 'processed', 'processing', 'verwerk*', 'verarbeit*',
    'trait*', 'trata*', '!traiteur*', '!tratado*',
  ],
  data: [
    'data', 'information', 'info', 'personal', 'details', 'gegevens', 'persoonsgegevens',
    'informatie', 'daten', 'informationen', 'personenbezogen*', 'angaben', '~daten',
    '~gegevens', 'donnees', 'informations', 'personnel*', 'datos', 'informacion', 'personales',
  ],
  law: [
    'law', 'laws', 'legal*', 'legally', 'court*', 'subpoena*', 'authorit*', 'police',
    'wet', 'wettelijk*', 'wetgeving', 'rechter*', 'gesetz*', 'gesetzlich*', 'behorde*',
    'gericht*', 'loi', 'lois', 'legal', 'legale*', 'judiciaire*', 'autorit*', 'ley', 'leyes',
    'judicial*',
  ],
  merger: [
    'merger*', 'acquisition*', 'acquired', 'bankrupt*', 'reorganiz*', 'insolven*',
    'fusie*', 'faillissement*', 'fusion*', 'ubernahme*', 'uberna*', 'rachat', 'faillite',
    'fusion', 'adquisicion*', 'quiebra',
  ],
  neg: [
    'not', 'never', 'no', 'nor', 'neither', 'none', 'nothing', 'without', 'cannot', 'don',
    'doesn', 'won', 'isn', 'aren', 'didn', 'wouldn', 'niet', 'nooit', 'geen', 'nimmer',
    'nicht', 'nie', 'niemals', 'kein', 'keine', 'keinen', 'keiner', 'keines', 'keinem',
    'ne', 'pas', 'jamais', 'aucun', 'aucune', 'ni', 'nunca', 'jamas', 'ningun', 'ninguna',
    'ninguno',
  ],
  aggregate: [
    'aggregat*', 'anonym*', 'de-identified', 'deidentified', 'pseudonym*', 'geaggregeerd*',
    'anoniem*', 'geanonimiseerd*', 'aggregiert*', 'anonymisiert*', 'agrege*', 'anonymis*',
    'agregad*', 'anonimiz*', 'anonim*',
  ],
  payment: [
    'payment', 'payments', 'credit card', 'card', 'billing', 'betaling*', 'betaal*',
    'creditcard*', 'zahlung*', 'kreditkart*', 'paiement*', 'carte bancaire', 'facturation',
    'pago', 'pagos', 'tarjeta*', 'facturacion', 'stripe', 'paypal', 'mollie', 'adyen',
  ],
  social: [
    'facebook', 'twitter', 'linkedin', 'instagram', 'tiktok', 'pinterest', 'youtube',
    'social', 'sociale', 'sozial*', 'sociaux', 'sociales', 'meta',
  ],
  location: ['location*', 'gps', 'geolocat*', 'locatie*', 'standort*', 'localisation', 'ubicacion*'],
};

/** Concept tokens for numbers written in digits. */
export const DIGIT_CONCEPT = 'num';
