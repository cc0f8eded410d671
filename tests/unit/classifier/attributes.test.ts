import { describe, expect, it } from 'vitest';
import { findParties, findPeriods, isVagueRetention, keptUntilUserActs, remoteConsentCue, retentionPeriod, speaksOfKeeping } from '../../../lib/classifier/attributes';

const here = '[classifier/attributes] ';

describe(here + 'retention periods in five languages', () => {
  it.each([
    ['We keep your data for 2 years.', '2 years'],
    ['We retain records for seven years after the account is closed.', 'seven years'],
    ['Log files are deleted after 90 days.', '90 days'],
    ['Data is stored for one calendar year.', 'one calendar year'],
    ['Wij bewaren uw gegevens 26 maanden.', '26 maanden'],
    ['We bewaren uw gegevens twee jaar na afloop van het contract.', 'twee jaar'],
    ['Wir speichern Ihre Daten drei Jahre lang.', 'drei Jahre'],
    ['Die Daten werden nach 30 Tagen gelöscht.', '30 Tagen'],
    ['Nous conservons vos données pendant 13 mois.', '13 mois'],
    // the singular "an" after "un" or "1" (the prefilter knew only "ans" and "année")
    ['Les données de trafic sont conservées pendant un an.', 'un an'],
    ["Les copies de carte d'identité sont détruites 1 an après la fin de la formation.", '1 an'],
    ['Les données sont supprimées après trois ans.', 'trois ans'],
    ['Conservamos sus datos durante 2 años.', '2 años'],
    ['Los datos se eliminan tras seis meses.', 'seis meses'],
    ['Camera footage is overwritten after 72 hours.', '72 hours'],
    ['Verträge bewahren wir aus steuerlichen Gründen zehn Jahre auf.', 'zehn Jahre'],
    ['Las grabaciones se guardan 30 días.', '30 días'],
    // ranges keep their start; a number word in parentheses; half a year; abbreviations do not end the sentence
    ['Los currículos se conservan entre 3 y 12 meses.', 'entre 3 y 12 meses'],
    ['Wij bewaren camerabeelden tussen 30 en 90 dagen.', 'tussen 30 en 90 dagen'],
    ['Logs are kept for 3–6 months.', '3–6 months'],
    ['Patientenakten bewahren wir nach § 630f Abs. 3 BGB für 10 (zehn) Jahre auf.', '10 (zehn) Jahre'],
    ['We remove your details within half a year of you leaving the club.', 'half a year'],
    ['Vos coordonnées restent dans notre fichier 3 ans après votre dernier contact.', '3 ans'],
    // ranges without "between"/"from", the tens from 40 to 80, Spanish "mantener" and English "maintain" as keeping
    ['Die Unterlagen werden sieben bis zehn Jahre aufbewahrt.', 'sieben bis zehn Jahre'],
    ['We keep support tickets for two or three years.', 'two or three years'],
    ['Wij bewaren dossiers een tot twee jaar.', 'een tot twee jaar'],
    ['Los expedientes académicos se conservan cincuenta años.', 'cincuenta años'],
    ['Les registres sont conservés quarante ans.', 'quarante ans'],
    ['Die Geburtsregister werden achtzig Jahre aufbewahrt.', 'achtzig Jahre'],
    ['Los antecedentes de facturación se mantendrán durante seis años.', 'seis años'],
    ['We maintain payment records for seventy days.', 'seventy days'],
    // round 18: a range after "gedurende" (its "de" is no "de 5 à"), separable "houden … bij", "vorgehalten", "gardées"
    ['Het ziekenhuis bewaart uw dossier gedurende 30 tot 50 jaar na het laatste contact.', '30 tot 50 jaar'],
    ['De beelden worden maximaal één maand bijgehouden.', 'één maand'],
    ['Stop je, dan houden we je adres nog één jaar bij.', 'één jaar'],
    ['Für diesen Zweck werden die Daten höchstens 24 Monate vorgehalten.', '24 Monate'],
    ['Les fiches des anciens hôtes sont gardées 3 ans.', '3 ans'],
    // hyphenated number words are one number (session 22: "five (45) days" had been read out of the first)
    ['Your data remains on our servers for forty-five (45) days after you close your account.', 'forty-five (45) days'],
    ['We keep your order history for twenty-four months.', 'twenty-four months'],
    ['Backups remain in our systems for thirty-one days.', 'thirty-one days'],
  ])('%j → %j', (text, expected) => {
    expect(retentionPeriod(text)).toBe(expected);
  });

  it.each([
    'We keep your data as long as necessary.',
    'Please contact us and we will reply within one month.',
    // the time to answer a deletion request, and ages, are no retention periods
    'If you ask us to delete your data, we will respond to your request within 30 days.',
    'We do not knowingly store data of children under 13 years.',
    'Wir speichern keine Daten von Kindern unter 16 Jahren.',
    // idioms with a keeping word, an age range and a time up to now (session 22, from public policies)
    'Please keep in mind that it may take up to four weeks to process your request.',
    'You agree that if the matter remains unresolved for forty-five (45) days after notification, all parties shall join in mediation.',
    'Wir begrenzen, wie wir Informationen von Nutzern im Alter zwischen 13 und 16 Jahren erfassen, nutzen und speichern.',
    'Wir folgen diesem Ansatz seit nunmehr fast 20 Jahren, und das wird auch so bleiben.',
    'An account is required.',
    '',
  ])('no retention period in %j', (text) => {
    expect(retentionPeriod(text)).toBe(null);
  });

  it('accepts a bare period under a retention heading', () => {
    expect(retentionPeriod('Personal details > 2 years > To send our newsletter', 'How long do we keep personal details?')).toBe('2 years');
  });

  it('gives durations in days', () => {
    expect(findPeriods('2 years and 6 months').map((p) => p.days)).toEqual([730, 180]);
  });

  it.each([
    ['We retain data for as long as necessary.', true],
    ['Wij bewaren uw gegevens zolang u geregistreerd bent.', true],
    ['Wir speichern Ihre Daten nur so lange, wie es erforderlich ist.', true],
    ['Nous conservons vos données aussi longtemps que nécessaire.', true],
    ['Conservamos sus datos durante el tiempo necesario.', true],
    ['We keep data for 2 years.', false],
  ])('vague %j → %s', (text, expected) => {
    expect(isVagueRetention(text)).toBe(expected);
  });

  it('is linear on hostile input', () => {
    const t0 = performance.now();
    findPeriods('1 '.repeat(200_000) + 'year');
    findPeriods('one two three '.repeat(50_000));
    expect(performance.now() - t0).toBeLessThan(3000);
  });
});

describe(here + 'keeping, and keeping until the user acts (round 18)', () => {
  it.each([
    ['We delete call recordings after 90 days.', null, true],
    ['Retention: maximum 90 days from the date of the call.', null, true],
    ['Facturen: 7 jaar', 'Bewaartermijnen', true],
    ['Utilizaremos tu correo hasta que te des de baja.', null, true],
    ['We will respond within one month of receiving your request.', null, false],
    ['Your free trial lasts 14 days; after that the plan costs $59.99 a year.', null, false],
    ['Der Tarif hat eine Mindestvertragslaufzeit von 24 Monaten.', null, false],
    ["L'essai gratuit dure trente jours.", null, false],
    ['Ben je jonger dan 13 jaar, dan heb je toestemming van je ouders nodig.', null, false],
  ])('%j (heading %j) speaks of keeping: %s', (text, heading, expected) => {
    expect(speaksOfKeeping(text, heading)).toBe(expected);
  });

  it.each([
    ["We'll keep your email address on our mailing list until you unsubscribe.", true],
    ['Ihre E-Mail-Adresse nutzen wir für den Newsletter, bis Sie sich abmelden.', true],
    ['Utilizaremos tu correo electrónico para la newsletter hasta que te des de baja.', true],
    ['We keep your details indefinitely unless you ask us not to.', true],
    ['Je cv houden we bij tot je ons laat weten dat het niet meer hoeft.', true],
    // any end point, with a keeping word in the sentence
    ['Los datos de la tarjeta se guardan cifrados solo hasta que concluye tu estancia.', true],
    ["Nous conservons vos coordonnées jusqu'à la fin de votre contrat.", true],
    ['Die Rechtmäßigkeit der bis zum Widerruf erfolgten Übermittlung bleibt unberührt.', false],
    // a subscription billed until it is cancelled keeps nothing
    ['Your subscription renews automatically at the price shown until you cancel.', false],
    ['Después se te cobrarán 2,99 € cada mes hasta que des de baja el plan.', false],
  ])('%j → %s', (text, expected) => {
    expect(keptUntilUserActs(text)).toBe(expected);
  });
});

describe(here + 'parties', () => {
  it.each([
    ['We use Google Analytics and Google Tag Manager.', ['Google Analytics', 'Google Tag Manager']],
    ['The Facebook Tracking Pixel and Hotjar are used.', ['Meta Pixel', 'Hotjar']],
    ['Payments are processed by Stripe, PayPal, Mollie or Adyen.', ['Stripe', 'PayPal', 'Mollie', 'Adyen']],
    ['Hosted on Amazon Web Services; mail via Mailchimp and HubSpot.', ['Amazon Web Services', 'Mailchimp', 'HubSpot']],
    ['We share data with Google.', ['Google']],
    ['Microsoft Clarity, LinkedIn, TikTok, DoubleClick, Salesforce, Zendesk', ['Microsoft Clarity', 'LinkedIn', 'TikTok', 'DoubleClick', 'Salesforce', 'Zendesk']],
    ['Nothing named here, googled or paypalish.', []],
    // European audience measurement and ad tech
    ['Für die Reichweitenmessung nutzen wir etracker, Webtrekk und das Messverfahren von INFOnline.', ['etracker', 'Webtrekk', 'INFOnline']],
    ['Wij gebruiken Adform en Adobe Analytics (voorheen Omniture).', ['Adform', 'Adobe Analytics']],
    ['Le réseau d’affiliation Awin dépose un cookie ; Xiti mesure l’audience.', ['Awin', 'AT Internet']],
    // a specific product hides its umbrella name; a flurry of requests is no party
    ['We use Facebook Custom Audiences and Crazy Egg heatmaps.', ['Facebook Custom Audiences', 'Crazy Egg']],
    ['After a flurry of requests, Yahoo, OpenX and Nielsen were added.', ['Yahoo', 'OpenX', 'Nielsen']],
    // parcel services, credit agencies, hosting, mailing (and "correos" stays the Spanish word for e-mails)
    ['Bestellungen gehen an DHL oder Hermes, zur Bonitätsprüfung fragen wir die SCHUFA an; gehostet wird bei Hetzner.', ['DHL', 'Hermes', 'SCHUFA', 'Hetzner']],
    ['Nous confions vos colis à La Poste / Colissimo et nos e-mails à Brevo (ex-Sendinblue), hébergés chez OVHcloud.', ['La Poste', 'Colissimo', 'Brevo', 'OVHcloud']],
    ['Enviamos los pedidos con SEUR y los correos electrónicos con nuestro proveedor de envío de correos.', ['SEUR']],
    // remote-support tools
    ['Support sessions run on BeyondTrust (formerly Bomgar), Splashtop or Microsoft Quick Assist.', ['BeyondTrust', 'Splashtop', 'Microsoft Quick Assist']],
  ])('%j', (text, expected) => {
    expect(findParties(text)).toEqual(expected);
  });
});

describe(here + 'remote consent', () => {
  it.each([
    ['Our technicians only access your computer remotely with your permission.', 'yes'],
    ['At your request, our support staff can take remote control of your device.', 'yes'],
    ['Onze medewerkers nemen uw computer alleen op afstand over met uw toestemming.', 'yes'],
    ['Der Fernzugriff erfolgt nur mit Ihrer Zustimmung.', 'yes'],
    ['La prise en main à distance se fait uniquement avec votre accord.', 'yes'],
    ['El acceso remoto solo se realiza con su consentimiento.', 'yes'],
    ['We may access your device remotely without your consent to install updates.', 'no'],
    ['Wir können ohne Ihre Zustimmung per Fernwartung Software installieren.', 'no'],
    ['Our remote diagnostic tool collects registry data and serial numbers.', 'unstated'],
    // the reader hands over a session code, or is asked first
    ['For support, our agents connect to your computer with GoTo Resolve after you read them a code.', 'yes'],
    ['You will be asked to enter a six-digit code before the agent can see your screen.', 'yes'],
    ['Der Techniker schaltet sich per Fernwartung auf Ihren PC auf, nachdem Sie ihm den Code nennen.', 'yes'],
    ['Le technicien prend la main à distance sur votre ordinateur lorsque vous lui dictez le code affiché.', 'yes'],
    ['El técnico accede de forma remota a su equipo cuando usted le dicta el código que aparece en pantalla.', 'yes'],
    ['Voordat de medewerker op afstand meekijkt, wordt u gevraagd de verbinding te accepteren.', 'yes'],
    ['Met de MDM-software kunnen wij het toestel op afstand lokaliseren, zonder dat de gebruiker daar telkens om wordt gevraagd.', 'unstated'],
    // a request made, the reader deciding or starting the session, a contract's "willigt … ein", the customer authorising, accepting first
    ['De leverancier mag de apparatuur op afstand benaderen om storingen te verhelpen, nadat de klant daartoe een verzoek heeft gedaan.', 'yes'],
    ['Du bestimmst, ob wir per Fernwartung auf deinen Rechner schauen dürfen.', 'yes'],
    ['Der Techniker sieht Ihren Bildschirm nur während einer Fernwartungssitzung, die Sie selbst über den Link in unserer E-Mail starten.', 'yes'],
    ['Mit Unterzeichnung des Wartungsvertrags willigt der Kunde ein, dass wir zur Störungsbeseitigung per Fernzugriff auf seine Systeme zugreifen.', 'yes'],
    ["En souscrivant à l'option, le Client autorise le Prestataire à se connecter à distance à ses équipements.", 'yes'],
    ['El departamento de TI solo podrá borrar a distancia los datos corporativos si el empleado acepta expresamente el perfil de gestión.', 'yes'],
    // consent by someone else, and "sans l'accord" of the reader
    ['Der Arbeitgeber kann Diensthandys aus der Ferne sperren und löschen; die Zustimmung des Betriebsrats liegt vor.', 'unstated'],
    ["En cas de perte, la DSI peut effacer l'appareil à distance, sans l'accord préalable du collaborateur.", 'no'],
  ])('%j → %s', (text, expected) => {
    expect(remoteConsentCue(text)).toBe(expected);
  });

  it.each([
    // the user starts it, switches it on or waits to be asked (round 17)
    ['The session starts only once you tap “Join” in the app.', 'yes'],
    ['Remote servicing is available if you have enabled the “Allow service access” option.', 'yes'],
    ['This only happens with your agreement.', 'yes'],
    ['De monteur kijkt pas mee wanneer u in de app op ‘Toestaan’ drukt.', 'yes'],
    ['Zolang de optie ‘Onderhoud op afstand’ aan staat, kan de installateur de ketel bijstellen.', 'yes'],
    ['Wij maken alleen verbinding als de medewerker daar zelf om heeft gevraagd.', 'yes'],
    ['Der Techniker schaltet sich nur auf, sofern Sie uns das am Telefon erlauben.', 'yes'],
    ['Voraussetzung ist, dass Sie den Fernzugang in der App freigeschaltet haben.', 'yes'],
    ['Wir greifen nur nach vorheriger Absprache mit Ihnen auf die Anlage zu.', 'yes'],
    ['Ohne Ihre Einwilligung wird das Modem nicht aktiviert.', 'yes'],
    ["La connexion n'est possible que si vous communiquez le code affiché.", 'yes'],
    ["Aucune connexion n'est établie tant que vous n'avez pas appuyé sur « Accepter ».", 'yes'],
    ["Les réglages sont appliqués à distance uniquement sur instruction écrite du commerçant.", 'yes'],
    ['La conexión solo se inicia cuando usted la solicita y acepta la conexión.', 'yes'],
    ['Con su conformidad, el técnico accederá al termostato.', 'yes'],
    ['Si así nos lo indicas, un técnico tomará el control de tu ordenador.', 'yes'],
    // it goes ahead whatever the user says (round 17)
    ["Updates are applied automatically and don't need any approval from you.", 'no'],
    ['Your agreement is not needed for this switch.', 'no'],
    ['Hiervoor is geen aparte toestemming van de ouders nodig.', 'no'],
    ['De updates worden ook uitgevoerd als je de melding niet bevestigt.', 'no'],
    ['Einer Zustimmung der Beschäftigten bedarf es dafür nicht.', 'no'],
    ['Die Updates erfolgen unabhängig davon, ob Sie ihnen zustimmen.', 'no'],
    ["sans qu'aucune action ni autorisation de l'assuré ne soit requise", 'no'],
    ['El router podrá reconfigurarse sin necesidad de solicitarle autorización.', 'no'],
    // consent for marketing in another sentence is not consent to the remote access
    ['We may update the firmware remotely. We will ask for your consent before sending you marketing.', 'unstated'],
    ['Wir spielen Updates aus der Ferne ein. Für Werbung per E-Mail holen wir Ihre Einwilligung ein.', 'unstated'],
  ])('%j → %s (round 17)', (text, expected) => {
    expect(remoteConsentCue(text)).toBe(expected);
  });

  it.each([
    // consent the policy says it does not provide for; confirmation nobody has to give (round 30)
    ['Die Geräte werden per MDM verwaltet; eine Einwilligung der Nutzer ist dafür nicht vorgesehen.', 'no'],
    ['Der Agent installiert Updates, ohne dass am Gerät etwas bestätigt werden muss.', 'no'],
    // guards: access not provided for without consent is access with consent
    ['Ohne Ihre Einwilligung ist ein Fernzugriff nicht vorgesehen.', 'yes'],
    // round 33: consent not obtained, permission not asked, screen sharing that is optional
    ['Updates spielen wir aus der Ferne ein; eine Einwilligung holen wir dafür nicht ein.', 'no'],
    ['Podemos borrar aplicaciones a distancia sin pedirle permiso al usuario.', 'no'],
    ['El técnico puede pedirte que compartas tu pantalla. Es opcional.', 'yes'],
  ])('%j → %s (round 30)', (text, expected) => {
    expect(remoteConsentCue(text)).toBe(expected);
  });

  it('is linear on hostile input', () => {
    const t0 = performance.now();
    remoteConsentCue('no need '.repeat(20_000) + 'consent');
    remoteConsentCue('only '.repeat(20_000) + 'if you');
    expect(performance.now() - t0).toBeLessThan(3000);
  });
});
