import { describe, expect, it } from 'vitest';
import { analyseClause } from '../../../lib/classifier/features';
import { applyRules, KEPT_UNTIL_MIN_SCORE, NOT_DATA_SALE_CAP, SHARING_FLOOR, TRACKING_LOOKALIKE_CAP, REMOTE_CAP, REMOTE_FLOOR, REMOTE_UNSUPPORTED_MAX, RETENTION_CAP, RETENTION_FLOOR, RETENTION_MIN_SCORE, SHARING_CAP, STANCE_FLOOR, TRACKER_FLOOR, TRACKER_MIN_SCORE } from '../../../lib/classifier/rules';

const here = '[classifier/rules] ';

describe(here + 'retention floor', () => {
  const paragraph = 'Wir übermitteln Ihre Bestellung an den Paketdienst. Rechnungen bewahren wir zehn Jahre auf, weil das Steuerrecht es verlangt.';

  it('lifts a paragraph that states a retention period in one sentence, when the model sees some retention', () => {
    expect(applyRules(paragraph, undefined, null, { retention: 0.3 }).floors.retention).toBe(RETENTION_FLOOR);
  });

  it('leaves it to the model below RETENTION_MIN_SCORE (cookie lifetimes, notice periods)', () => {
    expect(applyRules(paragraph, undefined, null, { retention: RETENTION_MIN_SCORE / 2 }).floors.retention).toBeUndefined();
  });

  it.each([
    'If you ask us to delete your data, we will respond to your request within 30 days.',
    'We do not knowingly store data of children under 13 years.',
    'We share your order with the courier.',
    // a cookie's lifetime is a cookie fact (fixture convention)
    'The _ga cookie set by Google Analytics is deleted when it expires after 2 years.',
  ])('sets no floor for %j', (text) => {
    expect(applyRules(text, undefined, null, { retention: 0.3 }).floors.retention).toBeUndefined();
  });

  it('decides the same from the clause’s tokens as from its text', () => {
    for (const text of [paragraph, 'Les journaux sont supprimés après 13 mois.', 'Los currículos se conservan entre 3 y 12 meses.', 'We keep it for half a year.', 'We keep it for a while.']) {
      const fromText = applyRules(text, undefined, null, { retention: 0.3 }).floors.retention;
      expect(applyRules(text, analyseClause(text), null, { retention: 0.3 }).floors.retention, text).toBe(fromText);
    }
  });
});

describe(here + 'sharing look-alikes', () => {
  it.each([
    'Use the share button to send a link to a friend; we do not record whom you send it to.',
    'Partagez votre avis avec nous à la fin de chaque formation.',
    'Met de deelknop stuurt u de link zelf door.',
  ])('caps third_party_sharing for %j', (text) => {
    expect(applyRules(text, undefined, null, { third_party_sharing: 0.8 }).caps.third_party_sharing).toBe(SHARING_CAP);
  });

  it.each([
    'The Facebook share button sends your IP address to Meta when the page loads.',
    'We share your order with our delivery partner.',
  ])('leaves %j to the model (a third party is named)', (text) => {
    expect(applyRules(text, undefined, null, { third_party_sharing: 0.8 }).caps.third_party_sharing).toBeUndefined();
  });

  it.each([
    'We sell refurbished laptops, each tested and backed by a 12-month warranty.',
    'Wir verkaufen ausschließlich Arzneimittel und Medizinprodukte, die in Deutschland zugelassen sind.',
    'Al onze fietsen worden verkocht met een garantie van twee jaar.',
  ])('caps third_party_sharing for goods sold, with nothing disclosed: %j', (text) => {
    expect(applyRules(text, analyseClause(text), null, { third_party_sharing: 0.8 }).caps.third_party_sharing).toBe(SHARING_CAP);
  });

  it.each([
    // buyers who see the seller's name; a business transfer (labelled sharing in OPP-115 and ToS;DR); a processor
    'Wenn du einen Artikel verkaufst, sehen Kaufinteressenten deinen Benutzernamen.',
    'If we sell our business or its assets, the acquirer takes over this policy.',
    'Les paiements de vos achats sont traités par notre prestataire Payplug.',
  ])('leaves a goods clause that still discloses to the model: %j', (text) => {
    expect(applyRules(text, analyseClause(text), null, { third_party_sharing: 0.8 }).caps.third_party_sharing).toBeUndefined();
  });
});

describe(here + 'data_sale floor and cap from sale wording', () => {
  it.each([
    ['Wir machen mit Ihren Daten keine Geschäfte.', 'not_sold'],
    ['No hacemos negocio con sus datos.', 'not_sold'],
  ])('reads the idiom in %j from its tokens as from its text (%s, floored)', (text, sale) => {
    for (const analysed of [undefined, analyseClause(text)]) {
      const r = applyRules(text, analysed);
      expect(r.sale).toBe(sale);
      expect(r.floors.data_sale).toBe(STANCE_FLOOR);
    }
  });

  it.each([
    ['Parte de esta información se facilita a cadenas hoteleras asociadas, que nos pagan por recibirla.', 'sold'],
    ['We never sell your personal information.', 'not_sold'],
    ['Wir geben Ihre Daten nicht gegen Entgelt an Dritte weiter.', 'not_sold'],
  ])('a sale stated or denied is on the sharing topic too: %j (%s)', (text, sale) => {
    const r = applyRules(text, analyseClause(text), null, { third_party_sharing: 0.3 });
    expect(r.sale).toBe(sale);
    expect(r.floors.third_party_sharing).toBe(SHARING_FLOOR);
  });

  it('leaves sharing to the model without a stance, and where it is already on', () => {
    const none = 'Wir verarbeiten Ihre Bestelldaten zur Abwicklung des Kaufs.';
    expect(applyRules(none, analyseClause(none), null, { third_party_sharing: 0.3 }).floors.third_party_sharing).toBeUndefined();
    const on = 'We never sell your personal information.';
    expect(applyRules(on, analyseClause(on), null, { third_party_sharing: 0.7 }).floors.third_party_sharing).toBeUndefined();
  });

  it('still caps data_sale where the idiom word is no sale wording ("Geschäfte durchführen")', () => {
    const text = 'Wir können anonymisierte Daten an Dritte weitergeben, die für uns Geschäfte durchführen.';
    for (const analysed of [undefined, analyseClause(text)]) {
      const r = applyRules(text, analysed);
      expect(r.sale).toBeNull();
      expect(r.caps.data_sale).toBe(NOT_DATA_SALE_CAP);
    }
  });
});

describe(here + 'remote access without remote wording', () => {
  const weak = { remote_access: 0.6 };
  const rules = (text: string, heading: string | null, scores: { remote_access: number }) => applyRules(text, analyseClause(text), heading, scores);

  it.each([
    'Innerhalb der Stadtverwaltung haben nur die Mitarbeiterinnen des Bürgeramts Zugriff auf Ihre Angaben.',
    'Push-Benachrichtigungen können Sie in den Einstellungen jederzeit deaktivieren.',
    'Do I have to pay for a support call? Only if the problem is not covered by your warranty.',
  ])('caps a weak score with nothing remote in it: %j', (text) => {
    expect(rules(text, null, weak).caps.remote_access).toBe(REMOTE_CAP);
  });

  it.each([
    // device actions, diagnostics and screens without the word "remote"
    ['Mit Ihrer Zustimmung schaltet sich unser Techniker auf Ihren Router auf und prüft die WLAN-Einstellungen.', null],
    ['Our agent collects serial numbers and installed software and sends them to our servers.', null],
    ['IT Services can push apps to college laptops and lock or erase a laptop that is reported missing.', null],
    ["L'agent peut, si vous l'y autorisez, se connecter à votre routeur pour en modifier les paramètres.", null],
    ['El asesor ingresará a la configuración de su módem para reiniciarlo.', null],
    ['Onze servicedesk kijkt met u mee op uw scherm.', null],
    // the heading names it
    ['Mit Ihrer Zustimmung kümmert sich ein Techniker darum.', 'Fernwartung'],
  ])('keeps the model’s score where remote wording is there: %j', (text, heading) => {
    expect(rules(text, heading, weak).caps.remote_access).toBeUndefined();
  });

  it.each([
    'Bei „Alt gegen Neu“ löschen wir alle Daten auf Ihrem Gerät, bevor es weiterverkauft wird.',
    'When you trade in your old phone, we erase the device before it is resold.',
    'Con el plan de recompra borramos todos los datos del dispositivo que nos entrega.',
  ])('caps a trade-in, where the device is in our hands and not reached from afar: %j', (text) => {
    expect(rules(text, null, weak).caps.remote_access).toBe(REMOTE_CAP);
  });

  it.each([
    'Remote-Arbeit: sichere Infrastruktur für standortunabhängige Teams.',
    'Unser Kundendienst arbeitet remote aus dem Homeoffice.',
  ])('caps remote work, also written as a German compound: %j', (text) => {
    expect(rules(text, null, { remote_access: 0.9 }).caps.remote_access).toBe(REMOTE_CAP);
  });

  it('leaves a confident model alone', () => {
    const text = 'Innerhalb der Stadtverwaltung haben nur die Mitarbeiterinnen des Bürgeramts Zugriff auf Ihre Angaben.';
    expect(rules(text, null, { remote_access: REMOTE_UNSUPPORTED_MAX }).caps.remote_access).toBeUndefined();
  });
});

describe(here + 'tracking technology named', () => {
  const rules = (text: string, cookies: number) => applyRules(text, analyseClause(text), null, { cookies_tracking: cookies });

  it.each([
    'We use the Meta pixel on our checkout page to measure conversions.',
    'Wir übermitteln Ihre Werbe-ID und Ihren ungefähren Standort an Werbenetzwerke.',
    'De app bewaart een willekeurige gebruikers-ID in de lokale opslag van uw toestel.',
    "Nous transmettons l'identifiant publicitaire de votre téléphone à nos régies.",
    'Para prevenir el fraude podemos crear una huella digital de su navegador.',
  ])('lifts a weak cookies score where a tracker is named: %j', (text) => {
    expect(rules(text, 0.3).floors.cookies_tracking).toBe(TRACKER_FLOOR);
  });

  it('leaves clauses without a tracker, and scores outside the band, alone', () => {
    expect(rules('We use your address to ship your order.', 0.3).floors.cookies_tracking).toBeUndefined();
    const pixel = 'We use the Meta pixel on our checkout page to measure conversions.';
    expect(rules(pixel, TRACKER_MIN_SCORE / 2).floors.cookies_tracking).toBeUndefined();
    expect(rules(pixel, 0.9).floors.cookies_tracking).toBeUndefined();
  });
});

describe(here + 'remote-access wording in its everyday forms (round 17)', () => {
  const rules = (text: string, remote: number) => applyRules(text, analyseClause(text), null, { remote_access: remote });

  it.each([
    // a device action done "remotely" / "op afstand" / "à distance" / "a distancia", a screen viewed, a plural the lexicon lacks
    'Our engineers can reset the boiler controller remotely when it reports a fault.',
    'We may remotely adjust the charging schedule of your wallbox.',
    'Our helpdesk can view your screen during the call to guide you.',
    'Bij diefstal kunnen wij de tablet op afstand blokkeren.',
    'De leverancier kan de omvormer op afstand uitlezen en bijwerken.',
    'Bei Störungen kann sich unsere IT auf Ihr Notebook aufschalten.',
    'Le fabricant peut appliquer à distance les nouveaux réglages de votre pompe.',
    'Notre conseiller peut voir votre écran pendant l’appel.',
    'El proveedor podrá actualizar remotamente el software del terminal.',
    'El equipo de sistemas realizará conexiones remotas a los portátiles de la empresa.',
  ])('lifts a low score: %j', (text) => {
    expect(rules(text, 0.2).floors.remote_access).toBe(REMOTE_FLOOR);
  });

  it.each([
    // remote banking, remote access to one's own accounts or files, staff reaching the organisation's own servers
    'Mobile banking gives you remote access to your accounts at any time.',
    'Met bankieren op afstand regelt u uw betalingen vanuit huis.',
    "Le service de banque à distance vous permet de consulter vos comptes.",
    'La banca a distancia registra la dirección IP de cada acceso.',
    'Remote access to our servers is limited to named administrators.',
    "L'accès à distance à nos serveurs passe par une authentification forte.",
    'Beheer op afstand door onze systeembeheerders wordt gelogd.',
    'U kunt uw foto’s op afstand openen vanaf elk apparaat.',
    'Logs of remote maintenance sessions are kept for a year.',
    'Les journaux des connexions de télémaintenance sont archivés.',
  ])('caps a look-alike: %j', (text) => {
    const r = rules(text, 0.9);
    expect(r.floors.remote_access).toBeUndefined();
    expect(r.caps.remote_access).toBe(REMOTE_CAP);
  });
});

describe(here + 'retention without keeping, and keeping until the user acts (round 18)', () => {
  const rules = (text: string, heading: string | null, retention: number) => applyRules(text, analyseClause(text), heading, { retention });

  it.each([
    // deadlines, trials, terms, ages, vouchers, opening hours: no word about keeping data
    ['We will acknowledge your complaint within 5 business days and aim to resolve it within 30 days.', null],
    ['Wij antwoorden binnen één maand na ontvangst van uw verzoek.', null],
    ['Der Tarif hat eine Mindestvertragslaufzeit von 24 Monaten und kostet 19,99 € monatlich.', null],
    ["L'essai gratuit dure trente jours.", null],
    ['Los cupones regalo son válidos durante dos años.', null],
    // a cookie-table row gives the cookie's lifetime, even in the table's own words
    ['_ga | Google Analytics | Onderscheidt unieke bezoekers | Bewaartermijn: 2 jaar', 'Overzicht van de cookies'],
  ])('caps a retention score where nothing is kept: %j', (text, heading) => {
    expect(rules(text, heading, 0.9).caps.retention).toBe(RETENTION_CAP);
  });

  it.each([
    ['We keep claim files for at least 7 years.', null],
    ['Gestion des sinistres — de 5 à 30 ans après la clôture du dossier.', 'Durées de conservation'],
    ['Las grabaciones se almacenan hasta 60 días.', null],
    ['Les cookies ont une durée de vie de 13 mois et les informations collectées sont conservées 25 mois.', null],
  ])('keeps a retention score where data is kept: %j', (text, heading) => {
    expect(rules(text, heading, 0.9).caps.retention).toBeUndefined();
  });

  it('lifts a weak score for keeping until the user acts, and only with personal data in the sentence', () => {
    const kept = 'Ihre E-Mail-Adresse nutzen wir für den Newsletter, bis Sie sich abmelden.';
    expect(rules(kept, null, 0.1).floors.retention).toBe(RETENTION_FLOOR);
    expect(rules(kept, null, KEPT_UNTIL_MIN_SCORE / 2).floors.retention).toBeUndefined();
    expect(rules('Your plan renews every month until you cancel.', null, 0.1).floors.retention).toBeUndefined();
  });
});

describe(here + 'tracking technology and tracking look-alikes (round 20)', () => {
  const rules = (text: string, heading: string | null, cookies: number) => applyRules(text, analyseClause(text), heading, { cookies_tracking: cookies });

  it.each([
    'Unsere Newsletter enthalten einen Zählpixel, der das Öffnen der E-Mail erfasst.',
    'Nuestros correos contienen un píxel invisible que indica si abriste el mensaje.',
    'We nemen een deel van de bezoeken op: muisbewegingen en klikken worden vastgelegd.',
    "Nous enregistrons les parcours de navigation à l'aide d'un outil de relecture de sessions.",
    'Grabamos algunas sesiones de navegación para detectar errores en el formulario.',
    'Wij nemen deel aan het bereiksonderzoek van de Vlaamse uitgevers.',
    "La fréquentation de notre site est mesurée au moyen d'un marqueur intégré à nos pages.",
    'Compartimos el identificador de publicidad (AAID) con nuestras redes publicitarias.',
    'Nuestros socios pueden reconocer tu dispositivo combinando características técnicas de tu navegador.',
    'Unsere Werbepartner verknüpfen Ihre Nutzung mit Daten, die sie in anderen Apps über Sie gesammelt haben.',
  ])('lifts a weak cookies score where tracking technology is named: %j', (text) => {
    expect(rules(text, null, 0.2).floors.cookies_tracking).toBe(TRACKER_FLOOR);
  });

  it.each([
    "Les photographies doivent avoir une résolution minimale de 3000 x 2000 pixels.",
    'Einträge kannst du auch auf anderen Websites veröffentlichen.',
  ])('no tracking technology in image sizes or cross-posting: %j', (text) => {
    expect(rules(text, null, 0.2).floors.cookies_tracking).toBeUndefined();
  });

  it.each([
    ['Je ontvangt een e-mail met een track & trace-code om je pakket te volgen.', null],
    ['Für Rücksendungen erstellen wir ein Retourenetikett mit einer Tracking-Nummer.', null],
    ['Te enviaremos el número de seguimiento para que puedas rastrear el envío.', null],
    ['If your employer uses the time-tracking feature, we record when you clock in and out.', null],
    ['El colegio registra la asistencia y las calificaciones de cada estudiante.', 'Seguimiento académico'],
  ])('caps cookies_tracking for parcel, time and school tracking: %j', (text, heading) => {
    expect(rules(text, heading, 0.8).caps.cookies_tracking).toBe(TRACKING_LOOKALIKE_CAP);
  });

  it('keeps it where a cookie or tracker is named beside the parcel', () => {
    expect(rules('Our tracking number e-mails contain a tracking pixel that tells us when you open them.', null, 0.8).caps.cookies_tracking).toBeUndefined();
  });
});

describe(here + 'plain disclosures in Dutch, German, French and Spanish (round 21)', () => {
  const rules = (text: string, sharing: number) => applyRules(text, analyseClause(text), null, { third_party_sharing: sharing });

  it.each([
    'Daarvoor geven wij je naam en geboortedatum door aan de hockeybond.',
    'Bij een verhuizing wisselen wij je adres uit met de netbeheerder.',
    'Diese Daten leiten wir an die Gemeinde und den Tourismusverband weiter.',
    'Namen und Geburtsdaten der Mitglieder melden wir an den Landessportverband.',
    'Vos coordonnées sont transmises à la fédération nationale pour établir votre licence.',
    'Les fiches sont remises aux services de police sur demande.',
    'La fundación comunicará su nombre y el importe donado a la Agencia Tributaria.',
    'Para tramitar el siniestro podemos facilitar sus datos a peritos y talleres concertados.',
    // a verb that starts with an accented letter, a verb at the end
    'Wir übermitteln Ihre Daten an das Finanzamt.',
    'Nous échangeons vos coordonnées avec la mutuelle.',
    'Die Daten werden an die Krankenkasse übertragen.',
    // carriers, hotels, authorities named by kind (round 28)
    'Cuando lo exija un juez, facilitaremos los datos de localización a las Fuerzas y Cuerpos de Seguridad.',
    'Tus datos de pasaporte se comunicarán a las compañías aéreas y hoteles de tu viaje.',
    'Ihre Reisedaten übermitteln wir an die Fluggesellschaft und den Reiseveranstalter.',
    'Vos données de voyage sont transmises aux compagnies aériennes.',
    // "auprès de", "d'autres …", institutions and agencies, designating a driver (session 23)
    "Le CPAS peut échanger des données vous concernant avec d'autres institutions de sécurité sociale.",
    "En cas d'infraction, nous sommes tenus de désigner le conducteur auprès de l'Agence nationale de traitement automatisé des infractions.",
  ])('lifts a weak sharing score: %j', (text) => {
    expect(rules(text, 0.2).floors.third_party_sharing).toBe(SHARING_FLOOR);
  });

  it.each([
    // English is left to the model; the user giving data to us; an opt-out; a score too low to lift
    ['We send your name to the health plan to process the claim.', 0.2],
    ['Recogemos los datos que nos facilitas al hacerte socio.', 0.2],
    ['U kunt zich afmelden (opt-out) voor het delen van uw gegevens met partners.', 0.2],
    ['Daarvoor geven wij je naam door aan de hockeybond.', 0.05],
    ['Sie haben das Recht auf Datenübertragbarkeit: wir übermitteln Ihre Daten an einen anderen Verantwortlichen.', 0.2],
  ])('leaves it alone: %j (score %s)', (text, score) => {
    expect(rules(text, score).floors.third_party_sharing).toBeUndefined();
  });
});

describe(here + 'look-alikes and platforms of round 30', () => {
  const rules = (text: string, heading: string | null, scores: Record<string, number>) => applyRules(text, analyseClause(text), heading, scores);

  it.each([
    'Unsere Hafer-Cookies backen wir jeden Morgen frisch, auf Wunsch auch glutenfrei.',
    'Galletas y cookies de avena horneadas en nuestro obrador cada mañana.',
    'Our chocolate chip cookies are baked fresh every morning.',
  ])('caps cookies_tracking for baked cookies: %j', (text) => {
    expect(rules(text, null, { cookies_tracking: 0.8 }).caps.cookies_tracking).toBe(TRACKING_LOOKALIKE_CAP);
  });

  it('leaves a bakery’s website cookies to the model', () => {
    expect(rules('Die Webseite unserer Bäckerei setzt Cookies für den Warenkorb.', null, { cookies_tracking: 0.8 }).caps.cookies_tracking).toBeUndefined();
  });

  it.each([
    'Si lo necesitás, el técnico te propone compartir pantalla y solo ve lo que vos ves.',
    'Auf Wunsch können Sie im Support-Chat Ihren Bildschirm teilen.',
    'Our advisers may ask you to share your screen during the call.',
  ])('caps third_party_sharing for screen sharing: %j', (text) => {
    expect(rules(text, null, { third_party_sharing: 0.8 }).caps.third_party_sharing).toBe(SHARING_CAP);
  });

  it('leaves screen sharing with a disclosure to the model', () => {
    expect(rules('Durante la sesión puede compartir pantalla; la grabación la compartimos con nuestro proveedor de soporte.', null, { third_party_sharing: 0.8 }).caps.third_party_sharing).toBeUndefined();
  });

  it.each([
    'Beim Abspielen setzt Vimeo Cookies und erhält Ihre IP-Adresse.',
    'Al cargar el mapa, Google recibe su dirección IP.',
    'When the video loads, YouTube receives information about your device.',
  ])('lifts a weak sharing score where a named platform receives data: %j', (text) => {
    expect(rules(text, null, { third_party_sharing: 0.3 }).floors.third_party_sharing).toBe(SHARING_FLOOR);
  });

  it.each([
    // data the organisation receives from the platform; information the reader receives there
    'Melden Sie sich über Google an, erhalten wir von Google Ihren Namen.',
    'Im Google-Hilfezentrum erhalten Sie Informationen zu Ihren Einstellungen.',
    'Payments are handled by Google Play, so we never receive card details.',
  ])('sets no platform floor for %j', (text) => {
    expect(rules(text, null, { third_party_sharing: 0.3 }).floors.third_party_sharing).toBeUndefined();
  });

  it('caps remote_access under a distance-selling heading when the clause has no remote wording', () => {
    expect(rules('Sie können den Vertrag innerhalb von 14 Tagen ohne Angabe von Gründen widerrufen.', 'Fernabsatz', { remote_access: 0.8 }).caps.remote_access).toBe(REMOTE_CAP);
    expect(rules('Si contratas por teléfono, tienes catorce días para desistir.', 'Contratación a distancia', { remote_access: 0.8 }).caps.remote_access).toBe(REMOTE_CAP);
    expect(rules('Unser Techniker verbindet sich mit Ihrem Rechner.', 'Fernwartung', { remote_access: 0.8 }).caps.remote_access).toBeUndefined();
  });
});

describe(here + 'cookies named in a clause with a sale stance, in English, or scored by concepts alone (nl, fr, es)', () => {
  const rules = (text: string, cookies: number, concepts: boolean, lang: string | null = null) => applyRules(text, analyseClause(text), null, { cookies_tracking: cookies }, undefined, concepts, lang);

  it.each([
    'Dejamos que socios publicitarios instalen cookies en nuestra web y a cambio nos pagan una tarifa.',
    'Les cookies de notre site servent uniquement à garder votre session ouverte.',
    'Wij verkopen geen gegevens die via cookies op onze website worden verzameld.',
  ])('lifts any cookie score: %j', (text) => {
    expect(rules(text, 0.02, true).floors.cookies_tracking).toBe(TRACKER_FLOOR);
  });

  it.each([
    'We let advertising partners place cookies on our site in exchange for a fee.',
    'Die über Cookies erhobenen Nutzungsdaten verkaufen wir nicht.',
  ])('lifts a clause with a sale stance in any language: %j', (text) => {
    expect(rules(text, 0.02, false).floors.cookies_tracking).toBe(TRACKER_FLOOR);
  });

  it.each([
    // the fixtures' test split: the cookie is how the affiliate or the ad is counted
    'If you arrive at our website through a link from one of our affiliate partners, a cookie records the referral so that we can pay the partner a commission.',
    "You can change your mind at any time by clicking 'Cookie settings' at the bottom of any page and withdrawing your consent.",
    'Our cookie notice explains the choices you have.',
  ])('lifts an English clause: %j', (text) => {
    expect(rules(text, 0.08, false, 'en').floors.cookies_tracking).toBe(TRACKER_FLOOR);
  });

  it('leaves German clauses to the model (MAPP reads the label narrowly), and English menus and baked cookies alone', () => {
    expect(rules('Wir verwenden Cookies, um die Funktion der Website zu verbessern.', 0.02, false, 'de').floors.cookies_tracking).toBeUndefined();
    expect(rules('Our cookie notice explains the choices you have.', 0.02, false, null).floors.cookies_tracking).toBeUndefined();
    const menu = 'What\'s on This Page Information Collected and Stored Automatically Site Security Use of Persistent Cookies Accessibility Policy External Links If You Send Us Personal Information Privacy Contact Home About Us Careers Newsroom Blog Partners Help Center Sitemap Terms of Use Accessibility Statement Contact Us Site Index Directory Agencies Forms Data Tools Services Events Calendar Press Releases Media Kit Jobs Internships Volunteer Donate Newsletters Subscriptions Store Gift Cards Order Status Returns Shipping Warranty Recalls Feedback Surveys Community Forums Developers Documentation Status Pages Archive Library Research Reports Publications Statistics Maps Glossary FAQ Topics Programs Grants Contracts Budget Performance Plans Strategy Leadership Board Staff Offices Locations Hours Holidays Alerts Notices';
    expect(rules(menu, 0.02, false, 'en').floors.cookies_tracking).toBeUndefined();
    expect(rules('Bake-off tip: the chocolate chip cookie recipe in our fundraising pack makes about 24 cookies.', 0.02, false, 'en').floors.cookies_tracking).toBeUndefined();
    expect(rules('In de kantine verkopen we cookies die de jeugd zelf bakt.', 0.02, true).floors.cookies_tracking).toBeUndefined();
  });
});

describe(here + 'processors and recipients of round 30', () => {
  const rules = (text: string, sharing: number) => applyRules(text, analyseClause(text), null, { third_party_sharing: sharing });

  it.each([
    'Die Kursverwaltung läuft über die Software eines Anbieters in Irland, der als Auftragsverarbeiter tätig ist.',
    'El alojamiento web lo presta una empresa de Sevilla que actúa como encargada del tratamiento.',
    'Notre logiciel de caisse est fourni par un prestataire agissant en qualité de sous-traitant.',
    'Our booking tool is run by a vendor that acts as our processor.',
    // kinds of recipient added in round 30
    'Die Bewerbungsunterlagen leiten wir an den Vermieter der Wohnung weiter.',
    'Los datos de matrícula se comunican a la Consejería de Educación.',
    'Antes de zarpar informamos a la Capitanía de Puerto la lista de pasajeros.',
  ])('lifts a weak sharing score: %j', (text) => {
    expect(rules(text, 0.3).floors.third_party_sharing).toBe(SHARING_FLOOR);
  });

  it.each([
    // the organisation is the processor: nothing passed on
    'Für unsere Geschäftskunden verarbeiten wir Daten nur als Auftragsverarbeiter.',
    'Shopify fungiert als Auftragsverarbeiter im Auftrag der Händler.',
  ])('sets no floor for %j', (text) => {
    expect(rules(text, 0.3).floors.third_party_sharing).toBeUndefined();
  });

  it('does not cap a letting clause that passes documents to the owner as goods wording', () => {
    expect(rules('Ihre Unterlagen leiten wir an die Eigentümerin weiter; nach der Vermietung der Wohnung vernichten wir sie.', 0.6).caps.third_party_sharing).toBeUndefined();
  });
});

describe(here + 'round 31: companies by legal form, the reader’s own remote control', () => {
  it('lifts a weak sharing score for a disclosure to a company named with its legal form', () => {
    const text = 'Bei Kauf auf Rechnung übermitteln wir Ihren Namen an die Boni Check GmbH.';
    expect(applyRules(text, analyseClause(text), null, { third_party_sharing: 0.3 }).floors.third_party_sharing).toBe(SHARING_FLOOR);
  });

  it.each([
    'In der App können Sie Ihr Auto aus der Ferne öffnen und die Heizung starten.',
    'Desde la app puedes apagar las luces de forma remota.',
    'With the app you can switch your heating on remotely.',
  ])('caps remote_access where the reader controls their own device remotely: %j', (text) => {
    expect(applyRules(text, analyseClause(text), null, { remote_access: 0.8 }).caps.remote_access).toBe(REMOTE_CAP);
  });

  it('leaves a clause where staff also connect remotely to the model', () => {
    const text = 'Sie können die Heizung aus der Ferne steuern; unser Kundendienst greift per Fernwartung nur mit Ihrer Zustimmung zu.';
    expect(applyRules(text, analyseClause(text), null, { remote_access: 0.8 }).caps.remote_access).toBeUndefined();
  });
});

describe(here + 'round 33: screen sharing in Spanish conjugations', () => {
  it('reads "compartas tu pantalla" as remote-access wording and not as sharing', () => {
    const text = 'Durante la llamada te podemos pedir que compartas tu pantalla.';
    const r = applyRules(text, analyseClause(text), null, { remote_access: 0.2, third_party_sharing: 0.8 });
    expect(r.floors.remote_access).toBe(REMOTE_FLOOR);
    expect(r.caps.third_party_sharing).toBe(SHARING_CAP);
  });
});

describe(here + 'French disclosure wording that passes nothing on (session 20)', () => {
  // French is scored by the concept view alone (the last argument)
  const rules = (text: string, sharing: number) => applyRules(text, analyseClause(text), null, { third_party_sharing: sharing }, undefined, true);

  it.each([
    'Nous collectons les données que vous nous communiquez lors de la création de votre compte : nom, prénom et adresse e-mail.',
    'Merci de ne pas nous transmettre de données sensibles dans les champs de commentaire libre.',
    'Transmets-nous ton CV via le formulaire « Carrières » : on lit toutes les candidatures.',
    'Quand tu partages une photo dans l’appli, c’est toi qui choisis qui peut la voir.',
    'Vous pouvez partager votre liste de souhaits en envoyant vous-même son lien à vos proches.',
    'Seules les personnes habilitées de notre service client ont accès à vos données.',
    "Au sein de la mairie, l'accès à vos données est réservé aux agents du service de l'état civil.",
    'En cas de violation de vos données, nous vous en informerons dans les meilleurs délais.',
    'Les données de jeu sont agrégées et rendues anonymes pour équilibrer les parties.',
    'Un rappel vous est envoyé par SMS au numéro que vous nous avez communiqué lors de la prise de rendez-vous.',
    'À ta demande, on te transmet les données que tu nous as fournies dans un fichier CSV.',
    'Seuls les membres habilités du service client peuvent accéder à votre historique de commandes.',
    'Vos réclamations peuvent être transmises en interne au service technique ou au service qualité.',
    'Les réponses aux questionnaires sont exploitées de façon anonyme par notre service qualité.',
    // session 23: the reader publishing or providing, security wording, our own adviser or department, portability, one company
    'Les avis que vous choisissez de publier sur notre site apparaissent sous le pseudonyme de votre choix.',
    'Les messages que tu publies sur le forum sont visibles par les autres membres ; réfléchis avant d’y partager des informations personnelles.',
    'Les informations que vous fournissez lors de la pré-inscription sont utilisées exclusivement par le service Petite Enfance de la Ville.',
    'Les dossiers de pré-inscription sont utilisés exclusivement par le service Petite Enfance de la Ville.',
    'Nous mettons en œuvre des mesures techniques, telles que la pseudonymisation, pour empêcher tout accès non autorisé à vos données.',
    "Votre conseiller a accès à l'historique de vos opérations afin de vous proposer des produits adaptés.",
    'Vous pouvez demander que vos renseignements personnels vous soient communiqués dans un format technologique structuré.',
    'Au sein de notre société, vos données sont partagées entre le service commercial et le service après-vente.',
    'Votre dossier peut être consulté par les chargés de recrutement de nos agences, qui relèvent toutes de la même société.',
    'Vos dons sont traités par notre service Relations Donateurs, seul habilité à accéder à vos coordonnées.',
    "Les données des adhérents sont accessibles aux membres du bureau de l'association et aux entraîneurs.",
    "Les agents du service Urbanisme sont seuls destinataires des informations jointes à votre demande.",
    "Vous pouvez partager cet article sur vos réseaux sociaux ou l'envoyer à un ami grâce aux boutons ci-dessous.",
  ])('caps a sharing score the concept view gave: %j', (text) => {
    expect(rules(text, 0.8).caps.third_party_sharing).toBe(SHARING_CAP);
  });

  it.each([
    // we pass data on as well, or a recipient is named
    'Les données que vous nous communiquez sont transmises à nos prestataires de livraison.',
    'Vous nous communiquez votre adresse, que nous partageons avec le transporteur.',
    'Des statistiques agrégées peuvent être partagées avec nos partenaires.',
    'Nous pouvons communiquer les informations que vous nous fournissez aux autorités compétentes.',
    'Les paiements sont traités par une plateforme de dons. Si vous donnez in memoriam, nous informons la famille de votre geste.',
    "Les informations que vous nous confiez peuvent nous conduire à effectuer une déclaration auprès du bâtonnier, seul habilité à la transmettre à Tracfin.",
    // a transfer inside the organisation that also names an outside recipient, or the group's companies
    'Vos réclamations sont traitées en interne puis transmises à notre assureur.',
    'Vos données peuvent être partagées au sein de notre groupe.',
    // session 23: our adviser passing data on, a share button's article handed to a partner, "mettons à disposition"
    "Votre conseiller a accès à vos données et peut les transmettre à nos partenaires assureurs.",
    'Les destinataires de vos données sont nos prestataires informatiques et les agents habilités.',
    'Nous mettons vos coordonnées à la disposition de nos partenaires.',
    // a sale stance keeps its sharing: every data_sale clause is about disclosure to a buyer
    'Nous ne vendons jamais les données que vous nous communiquez.',
  ])('leaves %j alone', (text) => {
    expect(rules(text, 0.8).caps.third_party_sharing).toBeUndefined();
  });

  it.each([
    // session 23, round 8: a recipient that knows or is given access, a noun for the act, hosting, a provider located abroad
    'Le transporteur chargé de votre commande a connaissance de vos nom, adresse et numéro de téléphone.',
    'Vos avis et votre prénom sont accessibles à nos partenaires hôteliers, qui peuvent y répondre.',
    'Les résultats de vos analyses sont mis à la disposition de votre médecin prescripteur.',
    "La communication de vos données d'identification et de votre numéro de sécurité sociale à l'organisme de prévoyance est nécessaire.",
    "Certaines maladies font l'objet d'une transmission à l'Agence régionale de santé.",
    'Les données de la plateforme sont hébergées chez OVHcloud, sur des serveurs situés en France.',
    'Notre prestataire d’assistance clientèle est situé au Canada.',
    "L'association transmet au SPF Finances vos nom, adresse et le montant de vos dons.",
  ])('lifts a weak sharing score: %j', (text) => {
    expect(rules(text, 0.2).floors.third_party_sharing).toBe(SHARING_FLOOR);
  });

  it.each([
    // our own practice's staff ("ont accès" is left out), our own servers
    'Seuls les praticiens du cabinet et notre assistante ont accès à votre dossier médical.',
    'Les données sont hébergées chez nous, sur nos propres serveurs.',
  ])('does not lift %j', (text) => {
    expect(rules(text, 0.2).floors.third_party_sharing).toBeUndefined();
  });

  it('lifts only between the minimum score and 0.5, and only for languages scored by concepts', () => {
    const text = 'Notre prestataire est situé au Canada.';
    expect(rules(text, 0.2).floors.third_party_sharing).toBe(SHARING_FLOOR);
    expect(rules(text, 0.05).floors.third_party_sharing).toBeUndefined();
    expect(applyRules(text, analyseClause(text), null, { third_party_sharing: 0.2 }, undefined, false).floors.third_party_sharing).toBeUndefined();
  });

  it('applies only to languages scored by concepts, and only where the model says sharing', () => {
    const text = 'Nous collectons les données que vous nous communiquez lors de votre inscription.';
    expect(applyRules(text, analyseClause(text), null, { third_party_sharing: 0.8 }, undefined, false).caps.third_party_sharing).toBeUndefined();
    expect(rules(text, 0.3).caps.third_party_sharing).toBeUndefined();
  });
});

describe(here + 'Dutch and Spanish passing on and look-alikes (session 24, sharing rounds A)', () => {
  // Dutch and Spanish are scored by the concept view alone (the last argument)
  const rules = (text: string, sharing: number) => applyRules(text, analyseClause(text), null, { third_party_sharing: sharing }, undefined, true);

  it.each([
    'De meterstanden van uw woning gaan maandelijks naar de netbeheerder in uw regio.',
    'Na elke keuring melden wij het kenteken en de kilometerstand bij de RDW.',
    'Bij een achterstand dragen wij het dossier over aan een deurwaarderskantoor.',
    'Het gastenregister wordt op verzoek ter inzage gegeven aan de politie.',
    'Wij stellen je profiel alleen ter beschikking aan een opdrachtgever als jij daarmee akkoord bent.',
    'De thuiszorgaanbieder ontvangt van ons alleen uw naam, adres en de toegekende uren.',
    'Sus datos podrán ser cedidos a las empresas colaboradoras que gestionan los envíos.',
    'La información podrá ser transferida a sociedades filiales del grupo.',
    'Suministraremos los datos de matrícula al Ministerio de Educación cuando la ley lo exija.',
    'Los expedientes son puestos a disposición de la empresa cliente que contrata el servicio.',
    'La empresa que mantiene nuestro programa de nóminas podrá tener acceso a sus datos.',
  ])('lifts even a near-zero score: %j', (text) => {
    expect(rules(text, 0.03).floors.third_party_sharing).toBe(SHARING_FLOOR);
  });

  it.each([
    'Wij sturen u elke maand een overzicht van uw verbruik.',
    'Le remitiremos la factura a la dirección de correo que nos indicó.',
  ])('lifts nothing without a recipient: %j', (text) => {
    expect(rules(text, 0.03).floors.third_party_sharing).toBeUndefined();
  });

  it.each([
    'Bij het aanmaken van een account verstrekt u ons uw naam en e-mailadres.',
    'Al comunicarnos sus datos por teléfono, estos se usan solo para atender su consulta.',
    'Te enviaremos por correo electrónico los recibos de tus cuotas.',
    'En nuestras jornadas puedes compartir experiencias con otros voluntarios.',
    'Op het forum kun je ervaringen delen met andere leden.',
  ])('caps what the reader gives us, our messages and shared experiences: %j', (text) => {
    expect(rules(text, 0.7).caps.third_party_sharing).toBe(SHARING_CAP);
  });

  it('does not cap where we also pass data on in the clause', () => {
    expect(rules('Te enviamos ofertas personalizadas; si canjeas puntos por millas, comunicamos a la aerolínea tu nombre.', 0.7).caps.third_party_sharing).toBeUndefined();
    expect(rules('U verstrekt ons uw gegevens; wij verstrekken uw adres aan de bezorger.', 0.7).caps.third_party_sharing).toBeUndefined();
  });
});

describe(here + 'Dutch and Spanish passing on, rounds C and D (session 24)', () => {
  const rules = (text: string, sharing: number) => applyRules(text, analyseClause(text), null, { third_party_sharing: sharing }, undefined, true);

  it.each([
    'Voor de competitie geven wij uw naam en geboortedatum door aan de KNVB.',
    'De leerling wordt aangemeld bij het CBR; daarvoor melden wij zijn naam aan het CBR.',
    'Dit bedrijf bewaart de afsprakenlijst in onze opdracht.',
    'Uw adres en telefoonnummer komen terecht bij de chauffeur van onze vervoerspartner.',
    'De beelden worden op verzoek verstrekt aan de marechaussee.',
    'Onze partnerverhuizer krijgt uw naam en het nieuwe adres.',
    'Telefoongesprekken worden opgeslagen bij Voxtel in Frankfurt.',
    'Uw cv is zichtbaar voor de werkgever die de vacature plaatste.',
    'Para el examen facilitaremos a la DGT tu nombre y DNI.',
    'Utilizamos un subencargado para transcribir las llamadas.',
    'Nos apoyamos en EnvíaMás Marketing, S.L., que recibe su nombre y correo electrónico.',
    'El laboratorio que talla sus lentes solo recibe su graduación.',
    'Las grabaciones quedarán a disposición de dicha tienda, responsable del tratamiento.',
  ])('lifts: %j', (text) => {
    expect(rules(text, 0.03).floors.third_party_sharing).toBe(SHARING_FLOOR);
  });

  it.each([
    'Alle gegevens tussen uw browser en onze servers zijn versleuteld met TLS en worden zo uitgewisseld met onze app.',
    'Ingeschreven bij de Kamer van Koophandel onder nummer 12345678.',
    'Bij een datalek melden wij dat binnen 72 uur aan de Autoriteit Persoonsgegevens.',
    'Voor analyses die het ziekenfonds niet terugbetaalt, ontvangt u van ons een factuur.',
    'Onze statistieken draaien op servers van de gemeente zelf.',
    'Puede inscribir su número en el registro de exclusión publicitaria.',
  ])('lifts nothing: %j', (text) => {
    expect(rules(text, 0.03).floors.third_party_sharing).toBeUndefined();
  });

  it.each([
    'Ritgegevens worden gedeeld tussen onze eigen vestigingen in Venlo en Tilburg.',
    'Tijdens de trainingen delen deelnemers hun ervaringen met elkaar.',
    'Los datos nos fueron proporcionados por la entidad acreedora.',
    'Los abonados pueden ceder su localidad a un familiar desde la app.',
    'Su reserva puede consultarse en cualquiera de nuestras sucursales propias.',
  ])('caps: %j', (text) => {
    expect(rules(text, 0.7).caps.third_party_sharing).toBe(SHARING_CAP);
  });
});

describe(here + 'English passing on (session 24, sharing round A)', () => {
  const rules = (text: string, sharing: number, lang: string | null = 'en') => applyRules(text, analyseClause(text), null, { third_party_sharing: sharing }, undefined, false, lang);

  it.each([
    'Your prescription is sent electronically to the pharmacy you nominate.',
    'Details of your course are returned to the statistics agency each year.',
    'Patient records are hosted for us by our software supplier in UK data centres.',
    'Customer data is hosted on servers operated by Amazon Web Services.',
    'Our newsletter is sent using Mailchimp, which processes your email address.',
    'Your courier will see your first name and delivery address.',
    'Recordings are made available to that company, which decides how they are used.',
    'Players are registered with the county FA before the season starts.',
    'Your CV will only go to a prospective employer once you agree.',
    'When you buy a used car from us, we notify the DVLA of the change of keeper.',
    'Your donations are included in our claims to HMRC.',
  ])('lifts a score from 0.2: %j', (text) => {
    expect(rules(text, 0.3).floors.third_party_sharing).toBe(SHARING_FLOOR);
  });

  it('leaves lower scores, other languages and our own engineers alone', () => {
    expect(rules('Your prescription is sent electronically to the pharmacy you nominate.', 0.1).floors.third_party_sharing).toBeUndefined();
    expect(rules('Your prescription is sent electronically to the pharmacy you nominate.', 0.3, 'de').floors.third_party_sharing).toBeUndefined();
    expect(rules('You will be asked to approve full control before an engineer can see your desktop.', 0.3).floors.third_party_sharing).toBeUndefined();
    expect(rules('Our website is hosted by us on our own servers.', 0.3).floors.third_party_sharing).toBeUndefined();
    expect(rules('Your account data may be transferred to the US for backup.', 0.3).floors.third_party_sharing).toBeUndefined();
  });
});
