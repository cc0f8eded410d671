import { describe, expect, it } from 'vitest';
import { cueSeen, foldText, IDIOM_CUE, NOT_A_CUE, saleStance, saleWording, sharingStance, textMaySignalSale, type Stance, type WeakCues } from '../../../lib/classifier/stance';
import { tokenInfo, tokenize } from '../../../lib/classifier/tokenize';

const here = '[classifier/stance] ';
const expectStance = (text: string, heading: string | null, expected: Stance): void => {
  expect(saleStance(text, heading)).toBe(expected);
};

describe(here + 'saleStance', () => {
  it.each([
    // en
    ['We do not sell, rent or lease your personal information to third parties.', 'not_sold'],
    ['We will never sell your personal data unless required by law.', 'not_sold'],
    ["We don't sell your data.", 'not_sold'],
    ['Your personal information is not shared or sold to anyone.', 'not_sold'],
    ['We may sell your personal information to marketing partners.', 'sold'],
    ['We may sell aggregated data about our users to advertisers.', 'sold'],
    ['We share your e-mail address with partners in exchange for payment.', 'sold'],
    ['We do not share your data with anyone, but we may sell anonymous usage data to researchers.', 'sold'],
    ['If our company is sold or merged, your data may be transferred to the buyer.', null],
    ['We sell products and services through our online store.', null],
    ['In the event of a merger, acquisition or sale of all or a portion of our assets, data may be sold as part of the transaction.', null],
    ['We collect your name and address.', null],
    // nl
    ['Wij verkopen uw persoonsgegevens nooit aan derden.', 'not_sold'],
    ['Uw gegevens verkopen wij nooit.', 'not_sold'],
    ['We zullen in geen geval persoonlijke informatie verstrekken, verkopen, uitlenen of verhuren aan derden, tenzij we wettelijk verplicht zijn.', 'not_sold'],
    ['Wij kunnen uw gegevens verkopen aan adverteerders.', 'sold'],
    ['Wij verkopen uw gegevens aan partners als u niet bezwaar maakt.', 'sold'],
    ['Wij verkopen producten via onze webwinkel.', null],
    // de
    ['Wir verkaufen Ihre personenbezogenen Daten nicht.', 'not_sold'],
    ['Wir werden Ihre Daten niemals an Dritte verkaufen oder vermieten.', 'not_sold'],
    ['Ihre Daten werden nicht verkauft.', 'not_sold'],
    ['Wir verkaufen Ihre Daten an Werbepartner.', 'sold'],
    ['Wir geben Ihre Daten gegen Entgelt an Partner weiter.', 'sold'],
    // fr
    ['Nous ne vendons pas vos données personnelles.', 'not_sold'],
    ['Nous ne vendons jamais vos informations à des tiers.', 'not_sold'],
    ['Nous pouvons vendre vos données à nos partenaires publicitaires.', 'sold'],
    ['Nous vendons des produits en ligne.', null],
    // es
    ['No vendemos sus datos personales a terceros.', 'not_sold'],
    ['Nunca vendemos ni alquilamos su información.', 'not_sold'],
    ['Podemos vender sus datos a anunciantes.', 'sold'],
    ['Vendemos productos a través de nuestra tienda.', null],
    // negation far from the verb, after it, or as a determiner
    ['No customer data collected through the app has been, or ever will be, sold.', 'not_sold'],
    ['At no time, whichever plan you choose, will your personal details be sold to anyone.', 'not_sold'],
    ['Selling customer data is not something we do.', 'not_sold'],
    ['There is no sale of member information to data brokers.', 'not_sold'],
    ['Your contact details are not sold to anybody — we dont sell or trade data.', 'not_sold'],
    ['Kundendaten verkaufen wir an niemanden.', 'not_sold'],
    ['Unsere Richtlinie schließt die Veräußerung von Kundendaten ausdrücklich aus.', 'not_sold'],
    ['Ein Handel mit den Daten unserer Kunden findet nicht statt.', 'not_sold'],
    ['Ninguno de los datos que recogemos en la tienda se vende a terceros.', 'not_sold'],
    ['Les informations de nos clients ne sont jamais revendues.', 'not_sold'],
    ['Klantbestanden bieden wij niet te koop aan.', 'not_sold'],
    // a question is not a sale; its answer decides
    ['Selling your data? Not us.', 'not_sold'],
    ['Uw gegevens verkopen? Nooit.', 'not_sold'],
    ['¿Vendemos sus datos? No.', 'not_sold'],
    ['Do we sell your personal data?', null],
    // being paid for data
    ['Advertisers pay us for access to reader segments built from your browsing.', 'sold'],
    ['Wir stellen Ihre Fahrdaten Versicherern gegen Vergütung bereit.', 'sold'],
    ['Nous transmettons votre historique d’achats à nos partenaires moyennant une commission.', 'sold'],
    ['Cedemos sus datos de contacto a título oneroso a las marcas patrocinadoras.', 'sold'],
    ['Si lo acepta, venderemos su teléfono a las aseguradoras.', 'sold'],
    ['You can take your name and postal address off the lists we sell or rent to other companies.', 'sold'],
    ['Partners who get access to our pseudonymised shopping data pay us a monthly fee.', 'sold'],
    ['We earn revenue by licensing aggregated location data to city planners.', 'sold'],
    ['Leads worden doorgestuurd naar adviseurs die ons per aanvraag een bedrag betalen.', 'sold'],
    ['Werbekunden erhalten Zugriff auf Zielgruppendaten und zahlen uns dafür eine Gebühr.', 'sold'],
    ['Customers pay us a monthly fee for the premium plan.', null],
    ['Für das kostenpflichtige Abo erheben wir Ihre Rechnungsanschrift.', null],
    ['Categories of personal information sold in the past 12 months: none.', 'not_sold'],
    ['Should we ever decide to sell customer data, we would ask for your consent first.', null],
    ['Er is geen situatie waarin wij klantgegevens zouden verkopen.', 'not_sold'],
    ['¿Vender sus datos a terceros? Ni ahora ni nunca.', 'not_sold'],
    // goods, business transfers and the customer's own purchases are not data sales
    ['We sell refurbished phones; all data of previous owners is erased.', null],
    ['Verkoopt u uw huis via ons kantoor, dan krijgt de notaris uw gegevens.', null],
    ['We sell concert tickets on behalf of organisers, who receive your name.', null],
    ['We do not sell products for purchase by children.', null],
    ['If you rent or purchase textbooks from us, we collect your student number.', null],
    ['If an item is sold out, we e-mail you.', null],
    ['Wordt ons bedrijf verkocht, dan gaan de klantgegevens over naar de nieuwe eigenaar.', null],
    ['Via onze webwinkel verkopen wij ook reisverzekeringen.', null],
    ['Si la empresa se vende, los datos pasan al nuevo titular.', null],
    ['As our business changes, we may buy or sell assets, and customer data may be transferred.', null],
    // goods as the subject, sale nouns without data, trade-ins, coordinated service verbs
    ['Loyalty points cannot be sold or exchanged for money.', null],
    ['Gespaarde punten kunnen niet worden verkocht.', null],
    ['Los puntos no se pueden vender ni canjear por dinero.', null],
    ['Dealers who sell and install our heat pumps receive your address.', null],
    ['Onze betaalprovider ontvangt alleen de gegevens die nodig zijn om de verkoop af te ronden.', null],
    ['Uw offerte gaat naar onze afdeling Verkoop, die uw gegevens gebruikt om u te bellen.', null],
    ['Tell us about your trade-in information when you request a quote.', null],
    // denials without a finite verb, "without", subjunctive
    ['Your information is not for sale.', 'not_sold'],
    ['Sin venta de datos personales a terceros.', 'not_sold'],
    ['Der Verkauf personenbezogener Daten ist bei uns ausgeschlossen.', 'not_sold'],
    ['Der Handel mit personenbezogenen Daten gehört nicht zu unserem Geschäft.', 'not_sold'],
    ["Il est hors de question que nous vendions vos données.", 'not_sold'],
    // sales phrased as trade, licensing, commissions, fees for access
    ['We may trade your e-mail address with partner brands.', 'sold'],
    ['We build audience profiles, which we license to advertisers.', 'sold'],
    ['We pass your phone number to installers, who pay us a referral fee.', 'sold'],
    ['Wir leiten Ihre Anfrage an Makler weiter, von denen wir eine Provision erhalten.', 'sold'],
    ['Wir erlauben Werbenetzwerken, Nutzungsdaten zu erheben, und erhalten dafür eine Vergütung.', 'sold'],
    ['Voor elke doorverwezen klant ontvangen wij van de leverancier een commissie; daarvoor geven wij uw naam door.', 'sold'],
    ['Les coordonnées de nos abonnés peuvent faire l’objet de locations ou d’échanges avec d’autres éditeurs.', 'sold'],
    ['Ponemos sus datos de consumo a disposición de terceros bajo licencia y mediante contraprestación.', 'sold'],
    ['Nos fichiers clients sont mis à disposition de partenaires contre redevance.', 'sold'],
    // German nominal style, payments in the next sentence, money without data
    ['Im Rahmen des Listbrokings erfolgt eine entgeltliche Überlassung Ihrer Anschrift an Versandhändler.', 'sold'],
    ['Die Veräußerung von Kundendaten an Sponsoren, Vereine oder sonstige Dritte ist ausgeschlossen.', 'not_sold'],
    ['Es findet keine entgeltliche Weitergabe Ihrer Daten an Dritte statt.', 'not_sold'],
    ['Wir vermarkten Ihre Nutzungsdaten nicht.', 'not_sold'],
    ['Wir verwenden die App nicht, um Kindern etwas zu vermarkten.', null],
    ['On no account will your booking details be sold.', 'not_sold'],
    ['Wir teilen Ihre Werbe-ID mit Werbenetzwerken. Im Gegenzug erhalten wir einen Anteil an den Werbeerlösen.', 'sold'],
    ['Wir teilen Ihre Werbe-ID mit Werbenetzwerken. Kunden zahlen uns eine monatliche Gebühr für das Abo.', null],
    ['Kaufen Sie über einen Affiliate-Link ein, erhalten wir eine Provision; Ihre Daten werden dabei nicht an den Händler übermittelt.', null],
    ['Wij verlenen derden licenties op de gegevens die onze app verzamelt.', 'sold'],
    ['Los talleres nos abonan una comisión por cada cita que les remitimos junto con su teléfono.', 'sold'],
    // labels answered after a colon, "neither" continuations, slang, data that happens to be about tickets
    ['Verkauf an Dritte: findet bei uns nicht statt.', 'not_sold'],
    ['Venta a terceros: no se realiza nunca.', 'not_sold'],
    ['Ein Verkauf Ihrer Daten erfolgt nicht; ebenso wenig werden sie vermietet.', 'not_sold'],
    ["We'll never flog your phone number to cold callers.", 'not_sold'],
    ['Uw klantgegevens worden nooit verhandeld.', 'not_sold'],
    ['Ticket data, such as screenshots you attach, is never sold.', 'not_sold'],
    ['Wird unser Shop ganz oder teilweise verkauft, gehen die Kundenkonten auf den neuen Inhaber über.', null],
    ['Le Groupe concède à des tiers une licence d’exploitation de son fichier clients.', 'sold'],
    ['Im Austausch gegen Spielwährung stellen wir deine Spieler-ID Werbepartnern zur Verfügung.', 'sold'],
    ['Users agree that we may e-mail them in exchange for these free services.', null],
    // a negation inside a relative clause or far after a noun that is not the subject does not deny the sale
    ['We are selling your data to partners who are prohibited from re-identifying you.', 'sold'],
    ['Selling customer data is not something we do.', 'not_sold'],
    // a front clause negated by the main clause after it
    ['Dass wir Ihre Bestelldaten an Dritte verkaufen, ist ausgeschlossen.', 'not_sold'],
    ['Kundendaten an Werbefirmen zu vermieten, kommt für uns nicht in Frage.', 'not_sold'],
    ['Verkaufen, vermieten, verpachten – all das tun wir mit Ihren Angaben nicht.', 'not_sold'],
    ['Vendre vos coordonnées à des courtiers : nous nous y refusons.', 'not_sold'],
    ['Ihre Adresse verkaufen wir an Versandhändler, sofern Sie nicht widersprechen.', 'sold'],
    ['Ihre Adresse verkaufen wir an Versandhändler, die Ihnen nicht bekannt sind.', 'sold'],
    ['Vendemos datos de navegación a redes publicitarias; puede oponerse con el enlace «Do Not Sell».', 'sold'],
    ['Profile data is licensed to partners on a paid basis; your e-mail address is never part of it.', 'sold'],
    // refusing, renouncing, omitting; "keinerlei"
    ['Wir verkaufen keinerlei Kundendaten.', 'not_sold'],
    ['Auf den Verkauf von Nutzerdaten verzichten wir vollständig.', 'not_sold'],
    ['Eine entgeltliche Weitergabe Ihrer Daten unterbleibt.', 'not_sold'],
    ['We refuse to sell subscriber lists, whatever we are offered.', 'not_sold'],
    ['Nos negamos a vender los datos de nuestros clientes.', 'not_sold'],
    // buyers of data named as recipients
    ['We never pass your details to data brokers.', 'not_sold'],
    ['Ihre Anschrift geben wir an Adressverlage weiter.', 'sold'],
    ['Eine Übermittlung Ihrer Anschrift an Listbroker nehmen wir nicht vor.', 'not_sold'],
    ['Im Rahmen des Adresshandels kann Ihre Anschrift an Versender übermittelt werden.', 'sold'],
    ['Wij handelen niet in klantgegevens.', 'not_sold'],
    ['Wij handelen met uw gegevens zorgvuldig en volgens de AVG.', null],
    // money made from data, answered in the same sentence or the next
    ['Make money from your data? No — our revenue comes from subscriptions.', 'not_sold'],
    ['Verdient ihr Geld mit meinen Daten? – Nein.', 'not_sold'],
    ['Geld verdienen met uw gegevens? Dat doen wij niet.', 'not_sold'],
    ['Wir verdienen Geld mit Abonnements, nicht mit Ihren Daten.', null],
    ['We make money from your data by licensing it to research firms.', 'sold'],
    // more ways to be paid
    ['Your profile may be handed to lenders, each of which remunerates us for every referral.', 'sold'],
    ['Wij leveren uw naam aan sponsors, die ons daarvoor hebben betaald.', 'sold'],
    ['Uw gegevens kunnen tegen een financiële of andere tegenprestatie aan partners worden verstrekt.', 'sold'],
    ['Nous échangeons des segments d’audience contre des revenus publicitaires.', 'sold'],
    ['Tus datos de ubicación se licencian a aseguradoras y, a cambio, recibes un descuento.', 'sold'],
    ['Nunca entregamos sus datos a terceros a cambio de dinero.', 'not_sold'],
    ['Kein Dritter erhält Ihre Gesundheitsdaten gegen Geld.', 'not_sold'],
    ['Recibimos una comisión cuando compartimos sus datos con bancos colaboradores.', 'sold'],
    // the user sells; "rent out" is a sale, "sell out" is not; remuneration as a data field; a software licence
    ['When you sell a bike through our marketplace, the buyer sees your first name.', null],
    ['Cuando vendes un artículo, el comprador ve tu valoración.', null],
    ['Verkoop je iets via de app, dan ziet de koper je woonplaats.', null],
    ['Do you sell my data? No.', 'not_sold'],
    ['If you agree, we may rent out your profile details to travel brands.', 'sold'],
    ['Our concert tickets often sell out; your booking data is kept for a year.', null],
    ['Employee records: name, address and remuneration details, shared with our payroll provider.', null],
    ['AI Games le concede una licencia limitada y no transferible para usar el servicio.', null],
    ['Nutzen Sie PayPal zum Kauf oder Verkauf über eBay, geben wir Kontodaten an eBay weiter.', null],
    ['Personendaten bieten wir Dritten weder zum Kauf noch zur Miete an.', 'not_sold'],
    // a negation inside a condition before the verb is not the verb's
    ['Wenn Sie nicht widersprechen, verkaufen wir Ihre Anschrift an Partner.', 'sold'],
    ['If you do not opt out, we sell your contact details to partners.', 'sold'],
    ['Als u geen bezwaar maakt, verkopen wij uw adres aan partners.', 'sold'],
    ['We will not, unless required by law, sell your data.', 'not_sold'],
    ['Wenn Sie über unseren Marktplatz ein Fahrrad verkaufen, sieht der Käufer Ihren Namen.', null],
    ['Werden Ihre Angaben – sofern Sie zugestimmt haben – an Werbetreibende verkauft?', null],
    ['Ihre Nutzungsdaten werden – sofern Sie zugestimmt haben – an Werbetreibende verkauft.', 'sold'],
    ['Falls du dem „Verkauf“ deiner Angaben widersprichst, werden wir deine Angaben künftig nicht mehr verkaufen.', 'sold'],
    ['Spaarpunten mogen niet worden doorverkocht.', null],
    // list swaps and lending lists are sales; exchanging files with a processor is not
    ['Wir nehmen am Adresstausch mit befreundeten Verlagen teil.', 'sold'],
    ['We swap our subscriber lists with other charities twice a year.', 'sold'],
    ['Nous échangeons nos fichiers clients avec des enseignes partenaires.', 'sold'],
    ['Wij wisselen bestanden uit met onze hostingpartner.', null],
    ['Nous échangeons des fichiers avec nos prestataires techniques.', null],
    // more euphemisms, paid access, pronoun objects, "to nobody"
    ['Es ist uns vertraglich untersagt, Kundendaten zu Geld zu machen.', 'not_sold'],
    ['Daten geben wir nur an Behörden weiter; ein Verkauf erfolgt in keinem Fall.', 'not_sold'],
    ['La venta de medicamentos con receta no está disponible en la tienda online.', null],
    ['Your details are something we sell to nobody.', 'not_sold'],
    ['¿Cómo ganamos dinero? Vendiendo a los anunciantes el acceso a tu identificador publicitario.', 'sold'],
    ['Ninguno de nuestros proveedores nos paga por tus datos.', 'not_sold'],
    ["Gagnons-nous de l'argent avec vos données ? Non.", 'not_sold'],
    ['Unsere Partner erwerben kostenpflichtige Zugänge zu Ihrem Profil.', 'sold'],
    ['Onze advertentiepartners betalen ons voor toegang tot je advertentie-ID.', 'sold'],
    ['Verbruiksgegevens worden door ons gecommercialiseerd.', 'sold'],
    // an imagined sale, and the sentence after it saying it is not the case
    ['Should we ever consider selling data, we would ask for your consent first. This is not the case today.', 'not_sold'],
    ['Should we ever consider selling data, we would ask for your consent first.', null],
    // business transfers, subscriptions and company shares are not data sales
    ['Wird unser Laden verkauft, gehen die Kundendaten auf den Käufer über.', null],
    ['Gekaufte Jahresabos können nicht weiterverkauft werden.', null],
    ['Über die Plattform verkaufen Gründer keine Unternehmensanteile.', null],
    // a sale dated in the past that has stopped is not a sale now; without a date it still is
    ['Bis 2023 haben wir Adressen an Verlage verkauft. Damit ist seit Januar Schluss.', 'not_sold'],
    ['Until 2022 we sold subscriber lists to publishers; we stopped in January 2023.', 'not_sold'],
    ['Hasta 2023 vendíamos listas de suscriptores; desde entonces hemos dejado de hacerlo.', 'not_sold'],
    ['We sell your contact details to partners. If you ask us to, we will no longer sell them.', 'sold'],
    ['Until you opt out, we sell your postcode to partners. After that we no longer sell it.', 'sold'],
    // German "als" is "as", not a condition; negators at the end of a phrase or inside it
    ['Als Berufsgeheimnisträger ist es uns untersagt, Patientendaten zu verkaufen.', 'not_sold'],
    ['Es ist uns untersagt, Kundendaten zu verkaufen oder sonst gegen Entgelt herauszugeben.', 'not_sold'],
    ['Wir machen keinen „Data Sale“.', 'not_sold'],
    ['Zero data sales, zero list rentals.', 'not_sold'],
    ['Cero venta de datos, cero alquiler de listas.', 'not_sold'],
    ['Für die Übermittlung Ihrer Daten erhalten wir keinerlei Gegenleistung.', 'not_sold'],
    ['We receive no consideration for the data we disclose to our processors.', 'not_sold'],
    ['Ihre Daten sind für uns keine Handelsware.', 'not_sold'],
    ['Nous ne faisons aucun commerce des données de nos adhérents.', 'not_sold'],
    ['Sus datos no serán objeto de transferencia onerosa a terceros.', 'not_sold'],
    ['Ob online oder in der Filiale: Dass wir Ihre Daten verkaufen, kommt nicht in Frage.', 'not_sold'],
    ['Verkopen aan derden? Dat doen we gewoon echt niet.', 'not_sold'],
    // consideration in kind, reciprocal swaps, goods that were sold
    ['Statt Geld erhalten wir kostenlose Analysedienste; im Gegenzug überlassen wir den Partnern Ihre Nutzungsprofile.', 'sold'],
    ['The Society may swap your name and address with other charities on a reciprocal basis.', 'sold'],
    ['Rechnungen über verkaufte Artikel bewahren wir zehn Jahre auf.', null],
    // revenue shares for access, data received "in return", consideration in legal wording
    ['Retail partners may access your purchase history in return for a share of the revenue it brings them.', 'sold'],
    ['Gegen eine Umsatzbeteiligung erhalten Werbenetzwerke Zugriff auf Ihre Gerätekennung.', 'sold'],
    ['Onze sponsors financieren de app; in ruil krijgen zij uw profielgegevens.', 'sold'],
    ['In return you get access to your full order history.', null],
    ['Dafür erhalten Sie Zugriff auf Ihre Bestelldaten.', null],
    ['We may license Customer Data to third parties against remuneration.', 'sold'],
    ['At no time is your data disclosed to third parties for consideration.', 'not_sold'],
    ["Aucune cession de vos données n'a lieu, à titre gratuit ou onéreux.", 'not_sold'],
    ['Nous pouvons procéder à la cession à titre onéreux de vos coordonnées à des partenaires.', 'sold'],
    ["En cas de cession de l'entreprise, vos données seront transférées au repreneur.", null],
    ['Podemos ceder de forma onerosa sus datos de contacto a empresas colaboradoras.', 'sold'],
    // nobody pays for data, nothing received in return, data that is not for sale
    ['No partner or advertiser pays us for anything we learn about you.', 'not_sold'],
    ['Geen enkele adverteerder betaalt ons voor informatie over u.', 'not_sold'],
    ['Wir verdienen nicht an Ihren Daten, sondern an unseren Abonnements.', 'not_sold'],
    ['It is not our business to profit from data about our members.', 'not_sold'],
    ['We receive nothing in return for passing your address to the courier.', 'not_sold'],
    ['Nobody buys your data from us.', 'not_sold'],
    ['Advertisers buy data from us to target campaigns.', 'sold'],
    ['Customers who buy from us get a receipt by e-mail.', null],
    ['Se prohíbe la venta o el alquiler de los datos de los socios.', 'not_sold'],
    ['Ihre Kontodaten sind unverkäuflich.', 'not_sold'],
    ['Ausstellungsstücke sind unverkäuflich.', null],
    ["Nous vivons des abonnements, et non de la revente d'informations.", 'not_sold'],
    ['Het verkopen van ledenbestanden behoort niet tot onze activiteiten.', 'not_sold'],
    ['Zu einer entgeltlichen Weitergabe Ihrer Daten an Adresshändler kommt es nicht.', 'not_sold'],
    // a denial followed by an elliptic "but this we do"
    ['Namen verkaufen wir nicht, wohl aber anonymisierte Kaufprofile.', 'sold'],
    ['Wij verkopen geen namen, maar wel postcodes en leeftijdsgroepen.', 'sold'],
    ['Daten verkaufen wir nicht, wohl aber Gutscheine.', 'not_sold'],
    // a sale label answered yes or no after its colon; a company sale is not a data sale
    ['Vente : oui (régies publicitaires).', 'sold'],
    ['Sold to third parties: No. Shared with processors: Yes.', 'not_sold'],
    ['Im Falle einer Veräußerung des Unternehmens können Kundendaten auf den Erwerber übergehen.', null],
    // the buyer's side: third parties purchasing data, data buyers, auctions; we or the user buying is not a sale
    ['Werbekunden kaufen bei uns Zielgruppen auf Basis deines Surfverhaltens.', 'sold'],
    ["Les annonceurs achètent des segments d'audience construits à partir de votre navigation.", 'sold'],
    ['Data buyers pay for weekly feeds of the store visits we record.', 'sold'],
    ['Je profiel wordt geveild aan adverteerders.', 'sold'],
    ['Tu perfil se subasta entre anunciantes.', 'sold'],
    ['We purchase contact lists from data brokers to find new customers.', null],
    ['We also receive information about your purchases from third-party data providers.', null],
    ['You can purchase gift cards in our store.', null],
    ['Kaufen & Verkaufen: Verkäufer sehen nur den Nutzernamen der Interessenten.', null],
    ['Daarvoor kopen en verkopen wij consumentengegevens.', 'sold'],
    // consideration in kind received by a third party
    ['In return for free analytics, our partner receives your usage data.', 'sold'],
    ['A cambio de publicidad gratuita, la emisora recibe los correos de nuestros socios.', 'sold'],
    ['In return for your feedback, we receive your survey answers.', null],
    ['Users agree to receive e-mail messages in exchange for the free sample.', null],
    ['Partners pay per lead for your contact details.', 'sold'],
    // offers imagined and refused, denials carried to a later payment, colloquial and stopped
    ['Even if someone offered us money, we would not hand over your data.', 'not_sold'],
    ['Aunque nos ofrecieran dinero, no cederíamos sus datos.', 'not_sold'],
    ['Wer nach Kundendaten fragt, bekommt eine Absage, egal was er bietet.', 'not_sold'],
    ['The club will in no event trade member information with sponsors, whether for money, vouchers or free kit.', 'not_sold'],
    ['Die IBAN geht nur an die Bank (verkauft wird da nix).', 'not_sold'],
    ['Gästedaten sind bei uns kein Handelsgut.', 'not_sold'],
    ['From today, no customer details go to sponsors at all, paid or otherwise.', 'not_sold'],
    ["Jusqu'en 2021, nous cédions contre rémunération les adresses de nos abonnés. Cette pratique a pris fin.", 'not_sold'],
    ['Tu correo va a la imprenta y nada más (venderlo a terceros, eso sí, no entra en nuestros planes).', 'not_sold'],
    // goods after the verb, even in hyphenated lists
    ['We do not sell alcohol, lighters or age-restricted products to anyone under 18.', null],
    ['Wij verkopen geen alcohol aan personen jonger dan 18 jaar.', null],
    // a sale that stopped, tickets that may not be resold
    ['We stopped selling location data to aggregators in 2019.', 'not_sold'],
    ['Dejamos de vender datos de localización en 2020.', 'not_sold'],
    ['Het is niet toegestaan kaartjes door te verkopen boven de nominale prijs.', null],
    // debts carry the debtors' data; a membership is goods, membership data is not; plural "verkopen" is sales
    ['Wir können offene Forderungen an Inkassounternehmen weiterverkaufen.', 'sold'],
    ['Nous pouvons vendre les créances impayées à des sociétés de rachat de créances.', 'sold'],
    ['Honda Receivables Corp. and Honda Lease Trust are affiliates of Honda Finance.', null],
    ['The Party does not sell membership or supporter data.', 'not_sold'],
    ['We sell memberships and gift cards online.', null],
    ['Alle verkopen via de webshop vallen onder deze voorwaarden.', null],
    ['Die verkopen wij niet.', 'not_sold'],
    ['We do not sell candidate information to other agencies, job boards or list brokers.', 'not_sold'],
    ["Vos coordonnées peuvent faire l'objet d'un échange ou d'une location avec d'autres associations.", 'sold'],
    ['We will not sell or swap your details. We once took part in list exchanges; we stopped in 2016.', 'not_sold'],
    // a sale the user may opt out of: a sale, unless the clause denies one
    ['You have the right to opt out of the sale of your personal information.', 'sold'],
    ['Residents have the right to opt out of the sale of their personal information. We do not sell personal information.', 'not_sold'],
    // hyphenated data words and insurers as recipients are not goods; fees with an adjective; "non vendues"; long-ago sales
    ['Damit die Spiele kostenlos bleiben, verkaufen wir Geräte-IDs an Werbenetzwerke.', 'sold'],
    ['Wir verkaufen sie nicht an Krankenversicherungen oder Arbeitgeber.', 'not_sold'],
    ['Händler können gegen eine monatliche Gebühr Zugriff auf die E-Mail-Adressen ihrer Kunden erwerben.', 'sold'],
    ['Données non vendues.', 'not_sold'],
    ['Pendant plusieurs années, nous avons loué les adresses de nos abonnés. Cette activité a cessé en 2020.', 'not_sold'],
    // "ne … que" restricts; goods in verb-final clauses; resale of goods; the sale as a transaction
    ["Nous ne vendons vos données qu'à nos partenaires.", 'sold'],
    ['Nous ne vendons jamais vos données.', 'not_sold'],
    ['Omdat we speelgoed verkopen, vragen we kinderen nooit om gegevens.', null],
    ['Omdat we uw gegevens niet verkopen, tonen we geen advertenties.', 'not_sold'],
    ['Items bought from our outlet may not be resold commercially.', null],
    ['Toute revente à titre professionnel est interdite.', null],
    ['Nous ne les revendons pas à des tiers.', 'not_sold'],
    ["Le montant de la vente n'est débité qu'à l'expédition de votre commande.", null],
    ['We may sell your contact details and vehicle purchase history to insurance agencies.', 'sold'],
    ['Kommt kein Kredit zustande, können wir Ihre Anfrage gegen Provision an Vermittler weitergeben.', 'sold'],
    // goods as the subject, not compounds of data; leads sold; a sale in the user's own opt-out condition
    ['Laptops aus unserem Mietservice werden nach der Mietzeit weiterverkauft oder erneut vermietet.', null],
    ['Wordt de woning binnen zes maanden alsnog verkocht, dan blijft de courtage verschuldigd.', null],
    ['Ihre Fahrzeugdaten werden nicht verkauft.', 'not_sold'],
    ['Items such as your name are never sold.', 'not_sold'],
    ['Verkaufen Sie Ihr Rad weiter, geht die Garantie auf den neuen Besitzer über.', null],
    ['Wanneer u een offerte aanvraagt, verkopen wij uw aanvraag aan maximaal vijf verhuisbedrijven.', 'sold'],
    ['If you would prefer not to be included in these list rentals, tick the box on your form.', 'sold'],
    ['If you visit websites that sell electric guitars, we may suggest guitar pins.', null],
    ['At the end of the lease term, the lessee returns the vehicle with all documents.', null],
    ['Los artículos marcados como «venta final» no admiten devoluciones.', null],
    // a company name is not goods; licence fees; paying for access; a practice that "ha finalizado"
    ['Brightline Software Ltd will never sell your personal data.', 'not_sold'],
    ['Wir stellen Händlern gegen eine Lizenzgebühr Datensätze zur Verfügung.', 'sold'],
    ['Los datos serán entregados a los patrocinadores, que pagan al organizador por acceder a ellos.', 'sold'],
    ['Hasta 2021 cedíamos a título oneroso los datos de suscriptores. Esa práctica ha finalizado.', 'not_sold'],
    // "Nº"/"n°" is a number sign, not "n'"; Latin American sale verbs; payers' verbs; consideration refused
    ['Conforme a la Ley Nº 29733, podremos vender sus datos a socios comerciales.', 'sold'],
    ['Conformément à la loi n° 78-17, nous pouvons louer vos coordonnées à des partenaires.', 'sold'],
    ['No rentamos ni enajenamos su información personal.', 'not_sold'],
    ['Podremos rentar nuestra base de suscriptores a editoriales.', 'sold'],
    ['Die Partner vergüten uns jede übermittelte Adresse.', 'sold'],
    ['Wir nehmen für die Weitergabe Ihrer Daten keine Gegenleistung an.', 'not_sold'],
    ['We accept no consideration for passing on your data.', 'not_sold'],
    ['Ninguna cesión de datos se realizará a cambio de precio.', 'not_sold'],
    ['Los listados se entregan a las agencias mediante el pago de una tarifa.', 'sold'],
    ['Las aseguradoras abonan una comisión por cada solicitud que les transmitimos con sus datos.', 'sold'],
    // paid per participant for what the previous sentence handed over; a paid service that third parties book
    ['Wir übermitteln Ihre Kontaktdaten an die Sponsoren. Die Sponsoren zahlen der Agentur pro registrierten Teilnehmer eine Pauschale.', 'sold'],
    ['Sponsoren zahlen pro Teilnehmer fünf Euro an die Kinderhilfe.', null],
    ['Visitor badges are scanned and the contact details passed to exhibitors through a paid service that exhibitors book.', 'sold'],
    ['When you purchase one of our paid services, we share your address with the courier.', null],
    // a negation in an aside is not the verb's; "not because" keeps its negator
    ['Ihre Nutzungsdaten werden – ohne Namen – an Werbepartner verkauft.', 'sold'],
    ['Ihre Daten werden – ohne Ausnahme – nicht verkauft.', 'not_sold'],
    ['Your usage data (without your name) is sold to research firms.', 'sold'],
    ['The app is free because advertisers pay for ad space, not because we sell your data.', 'not_sold'],
    ['De app is gratis omdat adverteerders betalen voor advertentieruimte, niet omdat wij uw gegevens verkopen.', 'not_sold'],
    // insolvency notices are data, not a business transfer; coordinated and paid nominal subjects denied at the end
    ['Daten aus Insolvenzbekanntmachungen stellen wir Banken gegen Entgelt zur Verfügung.', 'sold'],
    ['Une vente ou toute autre cession de vos données à des tiers est exclue.', 'not_sold'],
    ['Una cesión a título oneroso de sus datos queda excluida.', 'not_sold'],
    ['Eine Weitergabe gegen Entgelt an Adressverlage ist ausgeschlossen.', 'not_sold'],
    // goods in the singular; selling a flat is not selling data
    ['Para devolver un artículo vendido en la tienda necesitamos tu nombre.', null],
    ['Pour retourner un article vendu en ligne, indiquez votre nom et votre adresse.', null],
    ['Si nos encargas la venta o el alquiler de tu piso, trataremos tus datos para publicar el anuncio.', null],
    // lists swapped (also as compounds); vehicles and prizes as goods; a licence fee
    ["Nous échangeons notre liste d'abonnés avec d'autres magazines.", 'sold'],
    ['Wir tauschen unsere Abonnentenliste regelmäßig mit anderen Verlagen.', 'sold'],
    ['Voertuigen verkocht via onze dealers krijgen twee jaar garantie.', null],
    ['Prizes cannot be sold or exchanged for cash.', null],
    ['Wir geben deine Daten nicht für Geld an Partner weiter.', 'not_sold'],
    ['Voor geld verstrekken wij uw gegevens aan niemand.', 'not_sold'],
    // renting out files; a cession to partners is no business transfer; paying for what the previous sentence handed over
    ["Nous mettons en location nos fichiers de clients auprès d'annonceurs.", 'sold'],
    ['Vos coordonnées peuvent faire l’objet d’une cession à des partenaires moyennant une rémunération.', 'sold'],
    ['Nous transmettons vos coordonnées à nos partenaires. Ils nous versent une somme pour l’obtention de ces données.', 'sold'],
    ['The visitor list is made available to exhibitors who bought the paid lead package.', 'sold'],
    // trading under a name, goods handed over for payment, a resale fought, a term defined: no data sale
    ['The company continues to trade under its former name.', null],
    ['Ownership of the products passes to you once we have received payment in full.', null],
    ['To prevent the resale of tickets, each ticket shows the holder’s name.', null],
    ['Pour lutter contre la revente illicite, le nom du détenteur figure sur chaque billet.', null],
    ['We have not sold personal information, as the terms "sell" and "share" are defined by California law.', 'not_sold'],
    // negators that negate nothing; an advertising ID is data, not advertising space
    ['Sans préjudice de ce qui précède, nous pouvons vendre des données agrégées à des tiers.', 'sold'],
    ['We not only share your data with partners, we also sell it to advertisers.', 'sold'],
    ['We sell your advertising ID to ad networks.', 'sold'],
    ['We sell advertising space to brands.', null],
    ['You can ask us to stop selling your data at any time.', 'sold'],
    // "geldt … als 'verkoop'"; money for data refused; an opt-out link's title is no denial
    ['Volgens de Californische wet geldt het doorgeven van deze gegevens aan adverteerders als ‘verkoop’.', 'sold'],
    ['Nach kalifornischem Recht gilt die Weitergabe dieser Daten an Werbepartner als „Verkauf“.', 'sold'],
    ['Geld voor uw gegevens ontvangen wij nooit.', 'not_sold'],
    ['We never ask for money for your data.', 'not_sold'],
    ['To opt out, click “Do Not Sell or Share My Personal Information” at the bottom of the page.', 'sold'],
    ['We do not sell personal information. You can still use the “Do Not Sell My Personal Information” link.', 'not_sold'],
    // sell orders and trade history, resale platforms, software licensed to the user
    ['When you place a sell order, we record the price and your account number.', null],
    ['Your trade history is sent to the e-mail address on file.', null],
    ['Si no puedes asistir, revende tu entrada en la plataforma oficial de reventa a nombre del comprador.', null],
    ['The software is licensed to you, not sold.', null],
    ['Los datos se le conceden bajo licencia a terceros.', 'sold'],
    // informal and small-business wording: payments in kind and "me", slang, first-person verbs
    ['Wir leiten die Kontaktdaten gegen eine monatliche Zahlung an Partner weiter.', 'sold'],
    ['Wir geben eure Nummern an eine Firma weiter, dafür bekommen wir Gutscheine.', 'sold'],
    ['Wir übermitteln die Daten an ein Werbenetzwerk und bekommen dafür Geld.', 'sold'],
    ['Wir verticken eure Daten nicht.', 'not_sold'],
    ['Ich verscherbele keine Kundendaten.', 'not_sold'],
    ['Wenn Sie über das Formular eine Anfrage für ein Angebot stellen und wir den Auftrag selbst nicht annehmen können, verkaufen wir Ihre Anfrage an Partnerbetriebe.', 'sold'],
    ['No vendo tus datos a nadie.', 'not_sold'],
    ['Vendo mi lista de correos a marcas del sector.', 'sold'],
    ['Le paso tus datos a un fotógrafo que me paga una comisión.', 'sold'],
    ['Les damos la lista a una marca y a cambio nos mandan productos.', 'sold'],
    ['Compartimos lo necesario con el banco, pero vender datos, no lo hacemos.', 'not_sold'],
    ["Nous transmettons la liste des adhérents à un partenaire. En contrepartie, le partenaire verse une somme à l'association.", 'sold'],
    ['Le magasin nous rachète les adresses de nos clients.', 'sold'],
    ['Nous échangeons ce fichier avec un autre club.', 'sold'],
    ['De sponsor betaalt ons daar een vast bedrag voor, en wij geven de adressen van leden door.', 'sold'],
    ['Die lijst verkoop ik aan webshops.', 'sold'],
    ['Ze geven mij een commissie voor elk doorgegeven nummer.', 'sold'],
    ['Die Daten meiner Patientinnen verkaufe ich nie; mein Steuerberater sieht nur die Rechnungen.', 'not_sold'],
    ['No vendemos bonos regalo por internet.', null],
    ['Les bons cadeaux peuvent être cédés à une autre personne.', null],
    ['Our partner pays the club a fee for each address we pass on.', 'sold'],
    ['We sell premium plans and add-ons.', null],
    // negation scope: double negation, exceptions, relative clauses, data categories
    ['Es gibt keinen Fall, in dem Ihre Adresse nicht gegen Entgelt an Partner weitergegeben würde.', 'sold'],
    ['There is no situation in which your data would be sold.', 'not_sold'],
    ['Wij verkopen uw gegevens niet, behalve de adressen van leden, die wij verhuren aan drukkerijen.', 'sold'],
    ['Clients who do not opt out are included in lists that we rent to catalogue companies.', 'sold'],
    ['Die nicht benötigten Daten werden an Adresshändler verkauft.', 'sold'],
    ['Le informamos que sus datos no son vendidos.', 'not_sold'],
    ['Nous garantissons que vos données ne sont pas vendues.', 'not_sold'],
    ['Les adresses des clients qui ne se sont pas opposés sont louées à des partenaires.', 'sold'],
    ['Il n’existe aucun cas où nous accepterions de l’argent en échange de vos données.', 'not_sold'],
    ['We would never accept payment for your personal information.', 'not_sold'],
    ['Our processors are barred from reselling your data.', 'not_sold'],
    ['Wir teilen Ihre Daten mit Werbepartnern; nach kalifornischem Recht gilt dies als „Sale“.', 'sold'],
    // second informal round (Latin America, Austria/Switzerland, francophone world)
    ['Le pasamos la lista de socios al sponsor a cambio de un aporte mensual.', 'sold'],
    ['Le damos el padrón a una aseguradora y a cambio ella nos rebaja la cuota.', 'sold'],
    ['Podemos vender nuestra base de clientes a otras marcas.', 'sold'],
    ['Der Sponsor bekommt die Mitgliederliste und zahlt dem Verein dafür eine Pauschale.', 'sold'],
    ['Wir übermitteln die Adressen an eine Versicherung. Im Gegenzug erhält der Verein einen Zuschuss.', 'sold'],
    ['Le commanditaire reçoit la liste des familles et verse au club un montant annuel.', 'sold'],
    ['La marque partenaire rémunère le salon pour chaque contact transmis.', 'sold'],
    ['Non, je vends pas vos adresses.', 'not_sold'],
    ['On loue jamais nos listes de clients.', 'not_sold'],
    ['Je vends des bijoux, pas vos données.', 'not_sold'],
    ['No vendemos a crédito.', null],
    ['En la feria cada familia puede vender ropa y juguetes usados.', null],
    ['Vendemos recargas y paquetes de datos.', null],
    ['La boulangerie a été vendue à un nouveau propriétaire.', null],
    ['Erhält der Partner eine Provision, wird dafür eine Kennung in einem Cookie gespeichert.', null],
    // official German, Flemish and Caribbean Dutch, global English, official Spanish
    ['We give your number to partners for a small fee.', 'sold'],
    ['Wir stellen Werbekunden im Rahmen bezahlter Kooperationen Zielgruppensegmente aus Ihren Nutzungsdaten zur Verfügung.', 'sold'],
    ['Nous transmettons vos coordonnées à des partenaires, recevant en échange leurs fichiers clients.', 'sold'],
    ['Auskünfte aus unserem Datenbestand erteilen wir Banken gegen ein vorab vereinbartes Entgelt.', 'sold'],
    ['Wir geben Ihre Kontaktdaten an Partner weiter. Für jede Vermittlung erhalten wir eine Provision.', 'sold'],
    ['Eine entgeltliche Weitergabe Ihrer Daten an Dritte erfolgt durch uns nicht.', 'not_sold'],
    ['Eine Weitergabe gegen Entgelt findet nicht statt, es sei denn, Sie beauftragen uns damit.', 'not_sold'],
    ['Eine Weitergabe erfolgt nicht, es sei denn, Sie willigen ein, dass wir Ihre Anschrift an Sponsoren verkaufen.', 'sold'],
    ['Eine kommerzielle Nutzung Ihrer Daten, etwa durch Verkauf an Dritte, ist ausgeschlossen.', 'not_sold'],
    ['De club geeft de adressen van leden door aan de sponsor, die daarvoor een bedrag betaalt.', 'sold'],
    ['dit blog draait niet op lucht. we verkopen soms onze lezerslijst aan webshops.', 'sold'],
    ['Adresgegevens van onze donateurs ruilen wij met andere goede doelen.', 'sold'],
    ['Ik verkoop geen kant-en-klare websitepakketten.', null],
    // marketplaces and loyalty programmes: licensed institutions, completing a trade, points given for data
    ['Ein lizenziertes Zahlungsinstitut wickelt die Zahlungen ab.', null],
    ['We share only what is needed to complete the trade, such as your name.', null],
    ['Im Gegenzug für Bonuspunkte stellen wir den Partnern Ihre Kontaktdaten zur Verfügung.', 'sold'],
    ['Facilitamos sus datos a los hoteles; a cambio, ellos financian sus puntos.', 'sold'],
    ['Las marcas nos pagan por acceder a segmentos de clientes.', 'sold'],
    ["Ces relevés, associés à votre âge, sont vendus à des instituts d'études.", 'sold'],
    ['Wij verkopen gepseudonimiseerde overzichten aan marktonderzoekers.', 'sold'],
    ["L'application est vendue 2,99 € sur l'App Store, sans achats intégrés.", null],
    // conditions and time: hypothetical changes, non-profit wording, past sales that ended, decisions against selling
    ['Hoy no vendemos datos. Si esta práctica cambiara, le pediríamos su consentimiento antes de vender cualquier dato.', 'not_sold'],
    ['No realizamos transferencias de sus datos con fines de lucro.', 'not_sold'],
    ['Somos una asociación sin ánimo de lucro.', null],
    ['La anterior propietaria comercializaba listados de clientes. En 2020 se puso fin a esa práctica.', 'not_sold'],
    ['Die beim Listbroker vorhandenen Bestände wurden vernichtet.', null],
    ['We share your personal information with data brokers.', 'sold'],
    ['Die Vermietung von Kundenadressen haben wir 2020 eingestellt.', 'not_sold'],
    ['Wir haben geprüft, ob wir Fahrtprofile verkaufen sollen, und uns dagegen entschieden.', 'not_sold'],
    ['Im Jahr 2019 haben wir Buchungsdaten gegen Entgelt an Reiseveranstalter übermittelt. Seither verkaufen wir keine Kundendaten mehr.', 'not_sold'],
    ['Sie fragen sich, ob wir Ihre Daten verkaufen? Die kurze Antwort lautet: nein.', 'not_sold'],
    // official style in en/fr/nl/de: consideration in legal terms, passive purchases, securities traded
    ['Purchase histories may be licensed to manufacturers in consideration of a licence fee payable to us.', 'sold'],
    ['The names and postal addresses of supporters are exchanged with other charities for one appeal mailing.', 'sold'],
    ['We may disclose your name and address to direct marketing companies that compensate us for access to such information.', 'sold'],
    ['Personal data shall not be disclosed to third parties for commercial gain.', 'not_sold'],
    ['Where the investments held for your account are sold, records of the transaction are kept.', null],
    ["La Société met à la disposition d'entreprises tierces, en échange d'une redevance annuelle, des listes de clients.", 'sold'],
    ["La Banque ne tire aucun revenu de la communication de vos données.", 'not_sold'],
    ["La liste des visiteurs peut être achetée par les exposants à l'issue du salon.", 'sold'],
    ["Les données peuvent faire l'objet d'une cession à titre onéreux au profit de sociétés tierces.", 'sold'],
    ['Installatiebedrijven dragen voor iedere doorgegeven aanvraag een vergoeding aan ons af.', null],
    ['Uw gegevens worden tegen een jaarlijkse licentievergoeding beschikbaar gesteld aan bureaus.', 'sold'],
    ['Wij nemen deel aan adresruil met andere uitgeverijen.', 'sold'],
    ['Een verstrekking in ruil voor een geldelijke of andere tegenprestatie vindt onder geen enkele omstandigheid plaats.', 'not_sold'],
    ['Bij de aan- en verkoop van effecten worden gegevens over de transactie gerapporteerd.', null],
    ['Wir geben Ihre Anfrage an Vermittler weiter. Für jeden übermittelten Datensatz erhält der Betreiber von dem jeweiligen Empfänger eine Vergütung.', 'sold'],
    ['Eine entgeltliche Überlassung von Versichertendaten findet nicht statt und wäre auch nicht zulässig.', 'not_sold'],
    ['Eine Übermittlung gegen Entgelt nimmt die Kammer nicht vor.', 'not_sold'],
    ['Wenn Sie Geld senden, erfassen wir Daten des Teilnehmers, der von Ihnen Geld erhält.', null],
    ['Los datos agregados de los contadores pueden licenciarse a terceros a cambio de una cuota.', 'sold'],
  ])('%j → %s', (text, expected) => {
    expect(saleStance(text)).toBe(expected);
  });

  it.each([
    ['Do you sell my data?', 'We get asked this a lot. The short answer is no. Subscriptions pay our bills.', 'not_sold'],
    ['Verkauft ihr meine Daten?', 'Wir werden oft gefragt. Und auf die Frage in der Überschrift: nein.', 'not_sold'],
    ['Vous revendez mes données ?', "On nous pose souvent la question. Réponse courte : non.", 'not_sold'],
    ['Verkopen jullie mijn gegevens?', 'Die vraag krijgen we vaak. Het eerlijke antwoord is nee.', 'not_sold'],
    ['Do you sell my data?', 'We get asked this a lot. Our plans are cheap. We have many users. No data leaves the EU.', null],
    ['Do we sell your data?', 'No.', 'not_sold'],
    ['¿Vendemos tus datos?', 'No vendemos tus datos de salud, pero sí podemos vender tu correo a marcas asociadas.', 'sold'],
    ['Verkaufen wir Ihre Daten?', 'Niemals. Ihre Daten bleiben bei uns.', 'not_sold'],
    ['Vendons-nous vos données ?', 'Non, jamais.', 'not_sold'],
    ['Do we sell your data?', 'Yes, to selected partners.', 'sold'],
    ['How long do we keep your data?', 'No longer than necessary.', null],
    // the user asking whether they may sell something asks no sale question of the company
    ['Can I sell my points?', 'No. Points cannot be sold or transferred.', null],
    ['Kann ich meine Punkte verkaufen?', 'Nein. Punkte können nicht verkauft werden.', null],
    ['Verkaufst du meine Daten?', 'Nein, niemals.', 'not_sold'],
    // a list under a heading that states a sale names what is sold, or answers "none"
    ['Categories of personal information sold', 'Identifiers; commercial information; inferences.', 'sold'],
    ['Categories of personal information sold', 'None.', 'not_sold'],
    ['Aan wie verkopen wij gegevens?', 'Adverteerders en marktonderzoekers.', 'sold'],
    ['Kategorien verkaufter Daten', 'Name, Anschrift, Geburtsjahr.', 'sold'],
    ['Sale of personal information', 'You can opt out at any time.', null],
    // a heading naming the topic, answered by a short clause
    ['Sale of personal information', "We don't. Not to anyone.", 'not_sold'],
    ['Selling your data', 'Not something we do.', 'not_sold'],
    // a short fragment takes its data object from the heading
    ['Your location data: who receives it', 'Sold to insurers, opt-in only', 'sold'],
    ['Our bikes', 'Sold to riders in twelve countries', null],
    ['Welche Daten verkaufen wir?', 'Name und Postleitzahl, an Tierfutterhersteller.', 'sold'],
    ['Ihre Gesundheitsdaten', 'Verkauf an Versicherungen oder Arbeitgeber: ausgeschlossen', 'not_sold'],
    // table rows: a cell answers its column, or names a sale as the purpose of a row of data
    ['Weitergabe | findet statt? | an wen?', 'Verkauf von Daten | nein | –', 'not_sold'],
    ['Catégorie | Vendue ? | Partagée ?', 'Données de contact | Non | Oui, avec notre routeur', 'not_sold'],
    ['Empfänger | Datenkategorien | Zweck', 'Werbenetzwerke | Geräte-ID, Standortdaten | Verkauf für personalisierte Werbung', 'sold'],
    ['Destinatarios | Datos | Finalidad', 'Mensajería | Nombre y dirección | Entrega del pedido', null],
    // an item under a heading that lists what the organisation does not do
    ['Was wir nicht tun', 'Ihre Daten verkaufen.', 'not_sold'],
    ['Lo que no hacemos', '- Vender o alquilar su información de contacto', 'not_sold'],
    ['What we never do', 'Sell your personal information to data brokers.', 'not_sold'],
    ['Wat we niet doen', 'Je gegevens verkopen aan derden.', 'not_sold'],
    ['Ce que nous ne ferons jamais', 'Louer ou vendre votre adresse e-mail.', 'not_sold'],
    ['We will never:', 'sell your data', 'not_sold'],
    ['What we never do without your consent', 'Sell your data to partners.', 'sold'],
    ['What we do with your data', 'We sell your usage data to advertisers.', 'sold'],
    ['Was wir nicht tun', 'Ihre Daten an Auftragsverarbeiter ohne Vertrag weitergeben.', null],
    ['Datenverkauf?', 'Fehlanzeige.', 'not_sold'],
    // fragments under a heading that states a sale (not one that only names the topic)
    ['Daten, die wir gegen Entgelt an Partner weitergeben', 'Postleitzahl · Altersgruppe · Kaufhistorie', 'sold'],
    ['Data we may sell to our marketing partners', '• your e-mail address and postcode', 'sold'],
    ['Gegevens die wij tegen vergoeding ter beschikking stellen', 'Naam en adres van klanten die zich niet hebben afgemeld.', 'sold'],
    ['Datos que cedemos a cambio de una comisión', 'Nombre y teléfono, solo si usted lo ha autorizado.', 'sold'],
    ['Data we may sell to our marketing partners', 'None. We have never sold any.', 'not_sold'],
    ['Sale of personal information', 'You can opt out at any time.', null],
    // a topic heading answered by "Ja" / "Oui"; a question about selling goods is not about data
    ['Verkauf an Dritte', 'Ja – Ihre Postanschrift, solange Sie nicht widersprechen.', 'sold'],
    ['Vente à des tiers', 'Oui, vos coordonnées, sauf opposition de votre part.', 'sold'],
    ['Vendez-vous aussi en magasin ?', 'Oui, dans nos boutiques de Lyon et de Nantes.', null],
    ['Can I sell my ticket for a single match?', 'Yes, through the official resale platform.', null],
    // a heading over a list of uses the data is never put to
    ['Sus datos NO se utilizan para:', '– la venta o el alquiler de sus datos a empresas de cobranza.', 'not_sold'],
    ['Your data is never used for:', '- selling or renting it to list brokers', 'not_sold'],
    ['Was wir mit Ihren Daten nicht tun', '• Ihre Anschrift an Adresshändler verkaufen', 'not_sold'],
    // table rows: a column that names a sale or a payment takes the cell's answer
    ['Empfänger | Anlass | Verkauf', 'Inkassobüro | bei Zahlungsverzug | nein', 'not_sold'],
    ['Doel | Gegevens | Verkocht aan derden', 'Facturatie | Naam, adres | Nee', 'not_sold'],
    ['Destinataire | Données | Rémunération perçue', 'Transporteur | Nom, adresse | Aucune', 'not_sold'],
    ['Data | Recipient | Consideration', 'E-mail address | Partner brands | Yes, a fee per contact', 'sold'],
    ['Overzicht gegevensdeling', 'Doorverkoop aan derden | Nee, wij verkopen geen klantgegevens', 'not_sold'],
    ['Daten | Empfänger | Gegenleistung', 'Standort, Geräte-ID | Werbevermarkter | Vergütung pro Datensatz', 'sold'],
    ['Datos | Destinatario | ¿Recibimos un pago?', 'Nombre y teléfono | Agencias aliadas | Sí, por cada contacto', 'sold'],
    ['Service | Price | Payment', 'Delivery | 4.99 | Card or PayPal', null],
    // a restricted yes answers the question with a sale; money from the subscription or a legal duty does not
    ['Verkauf von Daten', 'Nur mit Ihrer ausdrücklichen Einwilligung.', 'sold'],
    ['Weitergabe gegen Entgelt', 'Findet nur mit Ihrer Zustimmung statt.', 'sold'],
    ['¿Venden mis datos?', 'Únicamente datos agregados, a anunciantes.', 'sold'],
    ['Do you sell my data?', 'Only with your explicit opt-in, to our insurance partners.', 'sold'],
    ['Vendez-vous mes données ?', 'Uniquement si vous l’acceptez, à nos partenaires.', 'sold'],
    ['Verkopen jullie mijn gegevens?', 'Alleen met uw toestemming, aan geselecteerde partners.', 'sold'],
    ['Do you sell my data?', 'Only where a court orders us to disclose it.', null],
    ['Verdient ihr an meinen Daten?', 'Nur über deinen Mitgliedsbeitrag.', null],
    ['Do you make money from my data?', 'Only through your subscription. We never sell it.', 'not_sold'],
    ['Was bei uns tabu ist:', 'Kundenlisten vermieten oder verkaufen', 'not_sold'],
    ['Our no-gos', 'Selling or renting your contact details', 'not_sold'],
  ])('answer under the heading %j: %j → %s', (heading, text, expected) => {
    expect(saleStance(text, heading)).toBe(expected);
  });

  it.each([
    // predicates that deny a sale named before them
    ['Der Verkauf Ihrer Daten ist für uns tabu.', 'not_sold'],
    ['Selling your data is taboo for us.', 'not_sold'],
    ['Het verkopen van uw gegevens is voor ons taboe.', 'not_sold'],
    ['La revente de vos données est tabou chez nous.', 'not_sold'],
    ['Ein Verkauf Ihrer Daten ist für uns undenkbar.', 'not_sold'],
    ['Ein Verkauf Ihrer Daten scheidet aus.', 'not_sold'],
    ['Der Verkauf von Kundendaten ist unzulässig.', 'not_sold'],
    ['La venta de sus datos es impensable.', 'not_sold'],
    ['La venta de datos queda fuera de nuestro modelo de negocio.', 'not_sold'],
    ['Selling your data is off the table.', 'not_sold'],
    ['La vente de vos données est proscrite.', 'not_sold'],
    ['Het verkopen van uw gegevens is uit den boze.', 'not_sold'],
    ['Verkoop van gegevens wijzen wij af.', 'not_sold'],
    // verbs of refusal before the sale
    ['Descartamos la venta de sus datos.', 'not_sold'],
    ['Renunciamos a vender sus datos.', 'not_sold'],
    ['Rechazamos vender sus datos a terceros.', 'not_sold'],
    ['We reject selling your data.', 'not_sold'],
    // doing business with data, turning it into money, commercial exploitation
    ['Wir machen mit Ihren Daten keine Geschäfte.', 'not_sold'],
    ['Geschäfte mit Ihren Daten gibt es bei uns nicht.', 'not_sold'],
    ['No hacemos negocio con sus datos.', 'not_sold'],
    ['El negocio con sus datos está excluido.', 'not_sold'],
    ['Hacemos negocio con sus datos: los vendemos a anunciantes.', 'sold'],
    ['Wir machen Geschäfte mit Unternehmen in 20 Ländern und verarbeiten dabei Kontaktdaten.', null],
    ['Ihre Daten werden von uns nicht zu Geld gemacht.', 'not_sold'],
    ['Ihre Daten werden bei uns nicht versilbert.', 'not_sold'],
    ['Wir versilbern die Adressdaten unserer Abonnenten an Versandhändler.', 'sold'],
    ['Wir verwerten Ihre Daten nicht kommerziell.', 'not_sold'],
    ['Eine kommerzielle Verwertung Ihrer Daten findet nicht statt.', 'not_sold'],
    ['Wir verwerten Ihre Daten kommerziell, indem wir sie Marktforschern überlassen.', 'sold'],
    ['No realizamos ninguna explotación comercial de sus datos.', 'not_sold'],
    ['We do not commercially exploit your personal data.', 'not_sold'],
    ['Die kommerzielle Verwertung der Inhalte ist ohne Zustimmung untersagt.', null],
    ['La explotación comercial de los contenidos está prohibida.', null],
    ['Rentabilizamos sus datos de navegación cediéndolos a redes publicitarias.', 'sold'],
    ['No rentabilizamos sus datos de ninguna forma.', 'not_sold'],
    ['En ningún caso obtendremos beneficio económico de sus datos.', 'not_sold'],
    ['El beneficio económico de la empresa procede de las cuotas de socio.', null],
    ['Nous ne faisons pas d\'argent avec vos données.', 'not_sold'],
    ['Nous faisons de l\'argent avec vos données en les vendant à des annonceurs.', 'sold'],
    ['Wij gaan niet met uw gegevens de boer op.', 'not_sold'],
    ['Ihre Daten bleiben bei uns und werden nicht zu Markte getragen.', 'not_sold'],
    ['Ihre Daten sind bei uns nicht käuflich.', 'not_sold'],
    ['Wenn Sie Produkte käuflich erwerben, verarbeiten wir Ihre Daten.', null],
    // a sale as the sentence's subject, denied by its predicate
    ['Flogging your details to marketers is simply not our business model.', 'not_sold'],
    ['Trading in personal data is not something we engage in.', 'not_sold'],
    ['Der Verkauf Ihrer Daten ist nicht unser Geschäftsmodell.', 'not_sold'],
    ['La venta de datos no es parte de nuestro negocio.', 'not_sold'],
    ['Selling aggregated insights is part of our business model.', 'sold'],
    ['Renting out our mailing list is something we do twice a year.', 'sold'],
    // resale of lists vs resale of goods, income and prices put on data, sales offered
    ['Weiterverkauf Ihrer Adresse an Adressverlage, sofern Sie nicht widersprechen.', 'sold'],
    ['Der Weiterverkauf von Eintrittskarten über andere Plattformen ist untersagt.', null],
    ['Unsere Zeitung obtiene ingresos por la cesión de datos de lectores a agencias.', 'sold'],
    ['La revista no obtiene ingresos por la cesión de los datos de sus suscriptores.', 'not_sold'],
    ['Jamás pondremos precio a tu historial de entrenamientos.', 'not_sold'],
    ['We will never put a price tag on your health records.', 'not_sold'],
    ['En ningún caso ofrecemos en venta los datos de nuestros asegurados.', 'not_sold'],
    ['No cedemos sus datos a empresas privadas, ni cobrando por ello ni gratis.', 'not_sold'],
    ['Wir geben Ihre Anschrift an Verlage weiter und erhalten dafür ein Honorar.', 'sold'],
    ['Mit euren Daten machen wir keine Kohle.', 'not_sold'],
    ['Wir machen keine Knete mit den Daten unserer Mitglieder.', 'not_sold'],
    ['Die Mitgliederliste geben wir Sponsoren nicht heraus, auch dann nicht, wenn eine Spende winkt.', 'not_sold'],
    ['We never hand our member list to sponsors, even if a donation is offered.', 'not_sold'],
    // selling to the reader is no data sale
    ['Wir verkaufen Ihnen nichts, was Sie nicht brauchen.', null],
    ['We will never sell you a plan you do not need.', null],
    ['Nous ne vous vendons que ce dont vous avez besoin.', null],
    ['No te vendemos humo: te explicamos qué hacemos con tus datos.', null],
    ['Tu perfil no se le vende a nadie.', 'not_sold'],
    ['Wir verkaufen Ihnen qualifizierte Adressdaten für Ihre Mailings.', 'sold'],
    // goods before a verb-final infinitive
    ['Wir rufen niemanden an, um Verträge zu verkaufen.', null],
    // a nominal subject with an apposition, denied at the end
    ['Eine Weitergabe, etwa an Händler gegen Entgelt, ist ausgeschlossen.', 'not_sold'],
    // second round: payers, consideration in kind, coins, nominal refusals
    ['Our research partners pay us for access to anonymised step counts.', 'sold'],
    ['Readers who paid for access to the archive can download articles.', null],
    ['Ihre Geräte-ID und Spielstände gehen an Werbenetzwerke, die uns pro Profil bezahlen.', 'sold'],
    ['Le club met à la disposition de ses sponsors, en contrepartie de leur soutien financier, la liste des membres.', 'sold'],
    ['In return for their sponsorship, we pass our member list on to partners every year.', 'sold'],
    ['We receive a commission on each travel policy we arrange.', null],
    ['Wir bekommen von niemandem Geld für Ihre Daten.', 'not_sold'],
    ['Nous ne touchons pas un centime sur vos données.', 'not_sold'],
    ['We do not earn a cent from ads on this page.', null],
    ['Voor uw meterstanden staat voor ons geen enkele vergoeding tegenover.', 'not_sold'],
    ['Wir geben die Liste an niemanden weiter, weder kostenlos noch gegen Bezahlung.', 'not_sold'],
    ['Selling or renting your contact details is something we simply do not do.', 'not_sold'],
    ['We do not trade, barter or otherwise swap your personal information for anything of value.', 'not_sold'],
    ['Our company is a trading name of Example Holdings Ltd.', null],
    ['Las monedas del juego no tienen valor y no pueden revenderse por dinero real.', null],
    ['Verkauf, Vermietung oder jede andere entgeltliche Überlassung von Kundendaten ist ausgeschlossen.', 'not_sold'],
    // a denied sale's recipients listed after it, proceeds of a hand-over, an amount stated as none
    ['Vos données ne sont jamais vendues, que ce soit à des annonceurs, à des assureurs ou à des courtiers en données.', 'not_sold'],
    ['Your data is never sold, whether to advertisers, insurers or data brokers.', 'not_sold'],
    ['Wir geben Ihre Adresse an den Sponsor. Der Erlös daraus geht an den Verein.', 'sold'],
    ['We sell T-shirts; the proceeds from this support the club.', null],
    ['Revenue received in exchange for personal information in 2024: none.', 'not_sold'],
    // payment labels and payers in the next sentence
    ['Transmission contre rémunération : aucune', 'not_sold'],
    ['Cesión con contraprestación económica: podrá darse con sus datos de consumo si usted lo autoriza.', 'sold'],
    ['Weitergabe gegen Entgelt: keine.', 'not_sold'],
    ['Verhuur van adresbestanden: ja, aan postorderbedrijven, tenzij u bezwaar maakt.', 'sold'],
    ['Doorverkoop van klantgegevens: uitgesloten', 'not_sold'],
    ['Sale: never. Disclosure to police: only with a warrant.', 'not_sold'],
    ['Nous transmettons vos statistiques à des assureurs. Ceux-ci nous versent une participation financière.', 'sold'],
    ['Compartimos su perfil con hoteles a cambio de comisiones y tarifas exclusivas.', 'sold'],
    ['We pass your number to our partner, which pays the credit union a referral fee.', 'sold'],
    ['Licenciamos a marcas deportivas las estadísticas de actividad de su cuenta.', 'sold'],
    ['Eine Weitergabe gegen Entgelt schließen wir aus.', 'not_sold'],
    ['Sponsoren bekommen die Liste weder geschenkt noch gekauft.', 'not_sold'],
    ['Wir verkaufen ausschließlich an Endkunden mit Lieferadresse in Deutschland.', null],
    ['Sus datos de contacto podrán venderse a empresas del sector energético.', 'sold'],
    ['We will never sell loot boxes to players under 13.', null],
    // third round: definitions, indirect questions, payers and consideration in legal and business wording
    ['Unter einem Verkauf verstehen wir jede Überlassung von Daten gegen Geld oder andere Vorteile. Das tun wir nicht.', 'not_sold'],
    ['For the purposes of this notice, information is "sold" when it is disclosed for money or any other benefit. We do not disclose it on that basis.', 'not_sold'],
    ['Onder verkopen verstaan wij het verstrekken van gegevens in ruil voor geld. Dat doen wij niet.', 'not_sold'],
    ['Im Sinne dieser Gesetze verkaufen wir Daten, da Werbepartner Cookies auf unserer Seite setzen dürfen.', 'sold'],
    ['The law asks whether a business has sold personal information in the last year. Our answer: no.', 'not_sold'],
    ['Browser können ein Signal senden, mit dem Sie einem Verkauf Ihrer Daten widersprechen. Wir verkaufen keine Daten.', 'not_sold'],
    ['We send your step count to the insurer. The insurer pays us a fixed fee for each member who connects.', 'sold'],
    ['Wij sturen uw aanvraag door aan de verzekeraar. Per doorgestuurde aanvraag betaalt de verzekeraar ons een vaste vergoeding.', 'sold'],
    ['Vos coordonnées sont adressées aux assureurs. Chacun d’eux nous verse une commission par demande.', 'sold'],
    ['Les marques peuvent accéder, contre paiement, à nos fichiers clients pseudonymisés.', 'sold'],
    ['Los patrocinadores, que a cambio reciben el nombre y el correo de los socios, financian parte de la cuota.', 'sold'],
    ['Wir übermitteln Ihre Anschrift an den Sponsor. Im Gegenzug gewährt er dem Verein einen Zuschuss.', 'sold'],
    ['We exchange members’ names with other clubs, receiving their members’ details in return.', 'sold'],
    ['Dit gratis nieuws wordt gefinancierd door de verkoop van leesprofielen aan adverteerders.', 'sold'],
    ['We send the referral letter to the specialist. We receive no referral fee or other benefit for doing so.', 'not_sold'],
    ['Les partenaires ne reçoivent aucune donnée et ne nous versent rien pour elles.', 'not_sold'],
    ['Los comercios no reciben datos identificativos ni pagan por ellos.', 'not_sold'],
    ['U betaalt niet met uw gegevens: adverteerders kopen ruimte, geen lezersinformatie.', 'not_sold'],
    ['Seguros Altiplano no realiza transferencias onerosas de datos.', 'not_sold'],
    ['Notre prestataire de paiement, que nous rémunérons pour chaque transaction, reçoit vos coordonnées bancaires.', null],
    ['Si compras a través de un enlace, la tienda nos paga una pequeña comisión.', null],
    ['Les encarts publicitaires sont commercialisés sans qu’aucune information sur les lecteurs ne soit transmise.', null],
    ['Certaines marques dont nous distribuons les produits peuvent accéder, contre paiement, à nos fichiers clients.', 'sold'],
    ['I agree that you may pass my name to selected installers, which pay you a referral fee for each customer.', 'sold'],
    ['This cookie remembers which partner sent you to us, so we can pay that partner the right commission.', null],
    // fifth round: notices outside the policy (sales that stopped, reported claims, confirmations)
    ['Bisher haben wir Adressen an Versandhändler vermietet. Damit ist Schluss: Wir vermieten keine Adressen mehr.', 'not_sold'],
    ['Last year we told you that we passed account details to marketers for payment. We have ended that and no longer sell your data.', 'not_sold'],
    ['Hasta ahora cedíamos sus datos a cambio de una comisión. Desde marzo ya no lo hacemos.', 'not_sold'],
    ['Nous vous avions informé que vos coordonnées étaient louées à des partenaires. Nous avons mis fin à ce programme.', 'not_sold'],
    ['Betrüger behaupten am Telefon, Ihre Daten würden verkauft. Das stimmt nicht: Wir verkaufen keine Kundendaten.', 'not_sold'],
    ['Scammers claim that your details will be sold. That is false: we never sell customer data.', 'not_sold'],
    ['Information about your claim is sold to reinsurers.', 'sold'],
    ['You asked whether we have sold your details to other businesses. We can confirm that we have not.', 'not_sold'],
    ['Desde el 1 de junio intercambiaremos los datos de sus reservas con hoteles. A cambio, los hoteles nos otorgan tarifas preferenciales.', 'sold'],
    ['Vanaf juni geven we je spelers-ID door aan advertentienetwerken, en die netwerken betalen ons daarvoor.', 'sold'],
    ['Arbeitspreis: 32 ct/kWh | Grundpreis: 12 €/Monat. Name und Anschrift verkaufen wir an Partner, sofern Sie nicht widersprechen.', 'sold'],
    // sixth round: hard situations in German and Spanish
    ['Gegen eine monatliche Lizenzgebühr erhalten unsere Partnerstudios Zugriff auf die Profile der App-Nutzer.', 'sold'],
    ['Der Verein stellt die Mitgliederliste dem Versicherer gegen eine jährliche Aufwandsentschädigung zur Verfügung.', 'sold'],
    ['Wir geben Ihre Anschrift an die Sponsoren weiter. Die Sponsoren übernehmen im Gegenzug einen Teil der Kosten.', 'sold'],
    ['Zwar verkaufen wir Ihre Daten nicht an Agenturen, doch vermieten wir Ihre Anschrift gegen Entgelt an Versandhändler.', 'sold'],
    ['Für Werbeaktionen mieten wir Anschriften bei Listbrokern an. Die Daten unserer Kunden werden weder verkauft noch vermietet.', 'not_sold'],
    ['Ein Verkauf Ihrer Daten findet jedoch nicht statt, und der Erwerber bleibt an diese Erklärung gebunden.', 'not_sold'],
    // a label answered after a dash
    ['Datenverkauf – nein. Datenweitergabe an Dienstleister – ja.', 'not_sold'],
    ['Sale of data - yes, to advertisers.', 'sold'],
    ['Verkauf – nur mit Einwilligung', 'sold'],
    ['Venta de datos – no.', 'not_sold'],
    // data as no object of trade
    ['Ihre Daten sind für uns kein Verkaufsobjekt.', 'not_sold'],
    ['Sus datos nunca serán objeto de comercio.', 'not_sold'],
    ['Uw gegevens zijn geen verkoopobject.', 'not_sold'],
  ])('saleStance(%j) → %s (idioms and predicates of refusal)', (text, expected) => {
    expect(saleStance(text)).toBe(expected);
  });

  it.each([
    // leasing, marketing, offering for sale and "making money" in rarer words and split verbs
    ['Wir verpachten unsere Kundendatei an Marktforschungsunternehmen.', 'sold'],
    ['Ihre Daten werden von uns weder verkauft noch verpachtet.', 'not_sold'],
    ['Wij verpachten ons klantenbestand niet aan derden.', 'not_sold'],
    ['Die Gemeinde verpachtet den Parkplatz an einen Betreiber.', null],
    ['Wir machen Ihre Daten nicht zu Geld.', 'not_sold'],
    ['Wir bieten Ihre Daten Dritten nicht feil.', 'not_sold'],
    ['Wir kommerzialisieren Ihre personenbezogenen Daten nicht.', 'not_sold'],
    ['Wir kommerzialisieren anonymisierte Nutzungsdaten gegenüber Werbekunden.', 'sold'],
    ['Ihre Daten sind bei uns keine Ware.', 'not_sold'],
    ['Die Ware wird innerhalb von drei Tagen geliefert.', null],
    ['Die Weitergabe an Versicherer erfolgt gegen eine Vermittlungsprovision.', 'sold'],
    ['No negociamos con sus datos.', 'not_sold'],
    ['Negociamos las tarifas con los proveedores cada año.', null],
    ['No hacemos negocio con la información de nuestros clientes.', 'not_sold'],
    ['Sacamos provecho económico de los datos de navegación vendiéndolos a anunciantes.', 'sold'],
    ['Jamás pondremos sus datos a la venta.', 'not_sold'],
    ['Pondremos a la venta las entradas el lunes.', null],
    ['Nous ne mettrons jamais vos données en vente.', 'not_sold'],
    ['We will never put your data up for sale.', 'not_sold'],
    // charging or being paid per request passed on, with the data handed over ("remitimos")
    ['Cobramos a las aseguradoras por cada solicitud que les remitimos con sus datos.', 'sold'],
    ['Cobramos una comisión de 2 euros por cada envío.', null],
    ['Percibimos una comisión de los bancos cuando les remitimos su solicitud con sus datos.', 'sold'],
    ['Le remitimos la factura por correo electrónico.', null],
  ])('saleStance(%j) → %s (rarer words for selling)', (text, expected) => {
    expect(saleStance(text)).toBe(expected);
  });

  it.each([
    // my own variants of session 8's rarer-vocabulary rules, across languages: letting out lists, purchase and auction
    // offers, barter, commodities, sources of revenue, commissions and revenue shares, being charged, refused
    // requests, swaps "in exchange for" a denied sale, goods as the first clause's subject, licence terms
    ['We let out our mailing list to charities for a small fee.', 'sold'],
    ['We never hire out the names of our members.', 'not_sold'],
    ['Let us know if your details change.', null],
    ['The hall can be hired out for weddings and parties.', null],
    ['Anonymised usage profiles are available for purchase to research partners.', 'sold'],
    ['Vos coordonnées ne sont jamais proposées à l’achat.', 'not_sold'],
    ['Sus datos nunca se ofrecen para su adquisición a terceros.', 'not_sold'],
    ['Nous troquons parfois notre fichier clients contre des espaces publicitaires.', 'sold'],
    ['No realizamos permutas de bases de datos con otras empresas.', 'not_sold'],
    ['Onze vereniging verkwanselt uw gegevens niet.', 'not_sold'],
    ['Wij sjacheren niet met klantgegevens.', 'not_sold'],
    ['Wir zetten Ihre Daten nicht in Geld um.', null],
    ['Wij zetten uw gegevens niet om in geld.', 'not_sold'],
    ['Your data is not a bargaining chip.', 'not_sold'],
    ['Tus datos no son moneda de cambio.', 'not_sold'],
    ['Ihre Daten sind für uns kein Tauschobjekt.', 'not_sold'],
    ['We will never turn our customer data into a source of revenue.', 'not_sold'],
    ['Advertising is our main source of revenue.', null],
    ['Per doorverwijzing ontvangen wij een aanbrengpremie van de installateur aan wie wij uw gegevens doorsturen.', 'sold'],
    ['Nous touchons une commission des banques auxquelles nous transmettons votre demande.', 'sold'],
    ['We receive a share of the revenue that partners earn from the customers we refer to them with their contact details.', 'sold'],
    ['Wir geben Ihre Kontaktdaten an Partner weiter. An deren Umsätzen mit Ihnen sind wir beteiligt.', 'sold'],
    ['Los socios nos pagan un porcentaje de los ingresos obtenidos con los datos que les cedemos.', 'sold'],
    ['Advertisers are charged a fee for access to our audience segments.', 'sold'],
    ['Customers are charged a fee for express delivery.', null],
    ['Wij brengen partners niets in rekening voor toegang tot uw gegevens.', null],
    ['Facturamos a las aseguradoras el acceso a los datos de nuestros clientes.', 'sold'],
    ['Datenhändler fragen regelmäßig, ob sie unsere Kundendaten kaufen dürfen. Solche Anfragen lehnen wir ab.', 'not_sold'],
    ['Des courtiers veulent souvent acheter notre fichier. Nous refusons systématiquement.', 'not_sold'],
    ['Algunos corredores de datos quieren comprar nuestra base de datos. Rechazamos todas esas solicitudes.', 'not_sold'],
    ['Partners who want to buy advertising space can contact our sales team.', null],
    ['Wir tauschen oder verkaufen keine Kundendaten mit anderen Versandhändlern im Austausch gegen Adresslisten.', 'not_sold'],
    ['Tickets are auctioned to the highest bidder, but your personal data is never auctioned.', 'not_sold'],
    ['You may not rent, lease or sublicense the software.', null],
    ['Es ist nicht gestattet, die Software zu vermieten oder weiterzuverkaufen.', null],
    ['Klikt u door naar de winkel, dan ontvangen wij een vergoeding voor de verkoop van het product.', null],
    ['Wij geven uw naam door aan de makelaar en ontvangen daarvoor een vergoeding.', 'sold'],
    ['Los vendedores que ofrecen sus artículos en la plataforma nos pagan una comisión por venta.', null],
    ['Photos from our archive may be licensed to publishers for a fee.', null],
    ['We license aggregated location data to city planners.', 'sold'],
  ])('saleStance(%j) → %s (rarer words for selling, other languages)', (text, expected) => {
    expect(saleStance(text)).toBe(expected);
  });

  it.each([
    // session 8, second round: other organisations' practice and distancing from it, litotes and hedges that
    // affirm, exceptions that name a paying recipient, denials scoped to outside an opt-in programme, changes
    // that have not happened yet, earlier versions of a policy, consideration in kind after a comma
    ['Many comparison sites earn money by selling the contact details of their visitors. We never do.', 'not_sold'],
    ['Viele Gratis-Apps finanzieren sich über den Verkauf von Nutzerdaten. Wir gehören nicht dazu.', 'not_sold'],
    ['Certaines enseignes revendent les fichiers de leurs clients. Nous n’en faisons pas partie.', 'not_sold'],
    ['Algunos operadores venden los datos de ubicación de sus clientes; nosotros no lo hacemos.', 'not_sold'],
    ['In onze branche is het gebruikelijk dat klantbestanden worden verhuurd. Wij doen daar niet aan mee.', 'not_sold'],
    ['Unlike other providers, we sell anonymised usage statistics to research partners.', 'sold'],
    ['Wir geben Ihre Adresse an andere Versandhändler weiter, die uns dafür bezahlen.', 'sold'],
    ['Het is niet uitgesloten dat wij uw adres in de toekomst aan partners verkopen.', 'sold'],
    ['Wir können nicht ausschließen, Ihre Daten künftig an Partner zu verkaufen.', 'sold'],
    ['We cannot rule out selling aggregated customer lists to partners in the future.', 'sold'],
    ['Il n’est pas exclu que nous louions notre fichier clients à des partenaires.', 'sold'],
    ['No podemos descartar ceder sus datos a socios a cambio de una contraprestación.', 'sold'],
    ['It is not uncommon for us to rent our mailing list to charities.', 'sold'],
    ['We do not sell your data to anyone except our insurance partner, which pays us a fee per referral.', 'sold'],
    ['Wij verkopen uw gegevens aan niemand, behalve aan onze sponsor die ons daarvoor een vergoeding betaalt.', 'sold'],
    ['We do not sell your data to anyone except as required by law.', 'not_sold'],
    ['If you join the partner programme, your shopping history is sold to participating brands. Outside that programme, your data is never sold.', 'sold'],
    ['Apart from that, your data is never sold.', 'not_sold'],
    ['Ausnahme: Im Rahmen des Bonusprogramms zahlen uns Partner für Ihre Einkaufsdaten.', 'sold'],
    ['We do not sell your data. If this ever changes, we will ask for your consent before anything is sold.', 'not_sold'],
    ['Frühere Fassungen dieser Erklärung sahen vor, dass wir Daten verkaufen dürfen. Diese Regel haben wir gestrichen: Wir verkaufen keine Daten.', 'not_sold'],
    ['Until 30 June 2026 we will continue to rent our subscriber list to other publishers.', 'sold'],
    ['We sell the business contact details of trade customers to our distribution partners.', 'sold'],
    ['If we sell the business, customer records pass to the buyer.', null],
    ['Wij geven de ledenlijst aan onze kledingsponsor. In ruil daarvoor, levert de sponsor gratis tenues aan de club.', 'sold'],
  ])('saleStance(%j) → %s (contrast, scope, hedges and time)', (text, expected) => {
    expect(saleStance(text)).toBe(expected);
  });

  it.each([
    // session 8, third round (typical text): consideration named as incentives or compensation, recipients
    // coordinated with "oder andere Unternehmen", commissions we pay, "donne lieu à une rémunération", payers
    // "for receiving them", list commas and "waaronder …" before a verb-final negation, "Verkäufe" as a noun
    ['We pass your contact details to solar installers in exchange for referral compensation.', 'sold'],
    ['Wij geven uw adres door aan energieleveranciers in ruil voor een vergoeding per aanvraag.', 'sold'],
    ['With your consent we pass your email address to our travel partners in return for a payment.', 'sold'],
    ['Die Daten unserer Mitglieder werden nicht an Sponsoren oder andere Unternehmen verkauft.', 'not_sold'],
    ['Vos données ne sont pas vendues à nos partenaires ou à d’autres entreprises.', 'not_sold'],
    ['Die partner ontvangt van ons een commissie over je aankoop; je naam delen wij niet.', null],
    ['Nous transmettons votre demande aux artisans partenaires. Cette transmission donne lieu à une rémunération versée par l’artisan.', 'sold'],
    ['En contrepartie du soutien financier de nos sponsors, ceux-ci peuvent recevoir la liste des membres.', 'sold'],
    ['We share your contact details with partner brands, which pay us for receiving them.', 'sold'],
    ['Wir verkaufen oder vermieten Ihre Stammdaten, Verkehrsdaten und Standortdaten nicht an Dritte.', 'not_sold'],
    ['We verkopen je persoonsgegevens, waaronder je gezondheidsgegevens, niet.', 'not_sold'],
    ['We pass your enquiry to insurers on our panel. They pay us a fee for every enquiry we pass on, whether or not you buy a policy.', 'sold'],
    ['Für alle Verkäufe gelten unsere Allgemeinen Geschäftsbedingungen.', null],
    ['We earn a commission from some of the providers listed on our site when you buy a plan.', null],
    ['Bij verkoop op afstand, zoals een aankoop in onze webwinkel, heeft u zonder opgave van redenen 14 dagen bedenktijd.', null],
  ])('saleStance(%j) → %s (typical text)', (text, expected) => {
    expect(saleStance(text)).toBe(expected);
  });

  it.each([
    // session 8, fourth round (typical text from less common sectors: trade fairs, lead brokers, credit agencies,
    // list rental): paid-to-receive recipients, "on a commercial basis", invoices to the recipients, per-contact
    // sums, a subscription bought by clients, "sous forme de location", a German sentence ending "schließen wir aus"
    ['We pass attendee contact details to sponsors who have paid to receive them.', 'sold'],
    ['Wij geven uw gegevens door aan standhouders die hebben betaald om deze gegevens te ontvangen.', 'sold'],
    ['Members’ postal addresses may be made available on a commercial basis to carefully selected organisations.', 'sold'],
    ['Wir übermitteln Ihre Anfrage an passende Handwerker. Die Handwerker zahlen für jede weitergeleitete Anfrage ein vertraglich vereinbartes Entgelt.', 'sold'],
    ['Für jeden übermittelten Kontakt erhalten wir von unserem Partner eine Vermittlungsprovision.', 'sold'],
    ['Eine Weitergabe Ihrer Daten an Dritte gegen Bezahlung schließen wir aus.', 'not_sold'],
    ['Wir stellen Ihnen die Versandkosten gesondert in Rechnung.', null],
    ['Vos coordonnées sont transmises aux artisans. Chaque mise en relation leur est facturée.', 'sold'],
    ['Les données sont mises à disposition de nos partenaires sous forme de location.', 'sold'],
    ['Compartimos sus datos con las aseguradoras a cambio de una retribución económica.', 'sold'],
    ['La central suministra los datos a las entidades que pagan una tarifa por cada consulta.', 'sold'],
    ['Los contactos se ponen a disposición de los clientes que contratan una suscripción de pago.', 'sold'],
    ['Wij bezorgen uw naam aan de exposant. Exposanten betalen ons een vergoeding om deze gegevens te ontvangen.', 'sold'],
    ['Voor deze verhuur van ons ledenbestand ontvangen wij een vergoeding.', 'sold'],
    ['De rit brengen wij na afloop in rekening via je betaalmethode.', null],
  ])('saleStance(%j) → %s (typical text, less common sectors)', (text, expected) => {
    expect(saleStance(text)).toBe(expected);
  });

  it.each([
    // session 9 (long paragraphs as pages hold them): consideration named before the receiving verb, "arancel",
    // "or not" as an alternative, the user trading, a device resold, ad space paid for, "ontvanger", a brand with "troc"
    ['In exchange for their sponsorship, the partners receive the contact details of participants who opted in.', 'sold'],
    ['En échange de leur soutien, les partenaires reçoivent les coordonnées des participants.', 'sold'],
    ['A cambio de su aportación, los patrocinadores reciben los datos de contacto de los socios.', 'sold'],
    ['Als Gegenleistung für ihre Unterstützung erhalten die Sponsoren die Adressen der Mitglieder.', 'sold'],
    ['In ruil voor uw gegevens ontvangt u een korting.', null],
    ['Cedemos sus datos a los corredores a cambio de un arancel por contacto.', 'sold'],
    ['Whether you buy the policy or not, the insurers pay us a fee for each request they receive with your details.', 'sold'],
    ['Que vous souscriviez ou non, les assureurs nous versent une commission pour chaque demande transmise avec vos coordonnées.', 'sold'],
    ['Ob Sie den Vertrag abschließen oder nicht, die Versicherer zahlen uns für jede übermittelte Anfrage mit Ihren Daten eine Provision.', 'sold'],
    ['Wij verkopen uw gegevens niet, of u nu klant bent of niet.', 'not_sold'],
    ['When you buy or sell shares through the app, we pass your orders to the exchange.', null],
    ['Si compras o vendes acciones a través de la app, enviamos tus órdenes al mercado.', null],
    ['Wenn Sie Aktien kaufen oder verkaufen, leiten wir Ihre Aufträge an die Börse weiter.', null],
    ['Lorsque vous achetez ou vendez des titres, nous transmettons vos ordres à la bourse.', null],
    ['We never buy or sell customer lists.', 'not_sold'],
    ['We buy and sell email lists.', 'sold'],
    ['Returned phones are resold after we wipe them.', null],
    ['Ihr altes Gerät wird weiterverkauft, nachdem wir alle Daten darauf gelöscht haben.', null],
    ['Chaque appareil repris est revendu après effacement complet.', null],
    ['The location data of each device is sold to advertisers.', 'sold'],
    ['Advertisers pay us for ad space based on impressions.', null],
    ['Adverteerders betalen ons voor advertentieruimte op basis van vertoningen.', null],
    ['Die Werbekunden zahlen uns für Werbeflächen nach Klicks.', null],
    ['Les annonceurs nous paient pour les espaces publicitaires au nombre d’affichages.', null],
    ['Advertisers pay us for your data.', 'sold'],
    ['Wij geven uw naam door aan de ontvanger wanneer u een betaling doet.', null],
    ['Die Kursgebühr stellen wir den Teilnehmenden in Rechnung.', null],
    ['Chez Troc’Maison, nous ne vendons jamais vos données.', 'not_sold'],
  ])('saleStance(%j) → %s (long paragraphs as pages hold them)', (text, expected) => {
    expect(saleStance(text)).toBe(expected);
  });

  it.each([
    // session 9, German text of real policies (whole public policies had "data sold" on 24 of 59 German
    // pages): business transfers, marketing one's own products, goods that sell, a definition in law,
    // asides in parentheses, a modal negated before a list of infinitives
    ['Wir teilen Informationen, wenn das Unternehmen erworben oder verkauft wird.', null],
    ['Wenn wir einen Geschäftsbereich erwerben oder veräußern, können wir Ihre Daten dem Käufer offenlegen.', null],
    ['Nach dem Recht von Nevada ist die Weitergabe personenbezogener Daten gegen Entgelt an einen Dritten ein Verkauf.', null],
    ['Under Nevada law, a sale is the exchange of personal information for monetary consideration.', null],
    ['Wir verwenden Ihre Daten, um Ihnen unsere Spiele zu vermarkten.', null],
    ['Wir analysieren Ihre Daten, um zu sehen, wie sich unsere Produkte auf verschiedenen Märkten verkaufen.', null],
    ['Ein T-Shirt, das an einen anderen Spieler verkauft wird, bleibt in Ihrem Inventar gespeichert.', null],
    ['We use your email address to tell you about new games and goods that we sell.', null],
    ['Wir informieren Sie per E-Mail über Waren, die wir verkaufen.', null],
    ['Avast verkauft (im Sinne der Definition dieses Begriffs im kalifornischen Datenschutzgesetz für Verbraucher) Ihre von uns erhobenen personenbezogenen Daten derzeit nicht.', 'not_sold'],
    ['Wir werden personenbezogene Daten nicht an andere Unternehmen zur Vermarktung ihrer eigenen Produkte weitergeben, ihnen gegenüber offenlegen, an sie verkaufen oder vermieten.', 'not_sold'],
    ['Wir vermarkten Ihre Daten an Werbekunden.', 'sold'],
    ['Wir werden Ihre Daten nicht weitergeben, aber wir können sie an Partner verkaufen.', 'sold'],
    ['Die Firma behält sich das Recht vor Ihre Daten zu verkaufen.', 'sold'],
    ['Si activa el servicio de conducción conectada, podremos vender los datos de conducción a aseguradoras.', 'sold'],
  ])('saleStance(%j) → %s (German text of real policies)', (text, expected) => {
    expect(saleStance(text)).toBe(expected);
  });

  it.each([
    // session 10 (German and Spanish in legal and consumer registers): Spanish "ceder" as the legal word
    // for any disclosure, "comercializadora" (a retailer), renting out in nominal form, equipment as goods,
    // consideration after the hand-over, German payments at the end of a relative clause, Swiss
    // "bekanntgeben", "abgegolten", a nominal subject with "sei es … oder …", a quoted opt-out link title,
    // "den Erhalt" (a receipt, no hand-over), a list of subscribers named after a magazine
    ['Sus datos serán cedidos a la Agencia Tributaria cuando lo exija la ley.', null],
    ['Cederemos sus datos a la entidad bancaria que gestione los cobros.', null],
    ['Cedemos sus datos a empresas colaboradoras con fines comerciales.', 'sold'],
    ['Cedemos sus datos a terceros a cambio de una contraprestación.', 'sold'],
    ['Nous cédons vos coordonnées à nos partenaires.', 'sold'],
    ['No cedemos sus datos a terceros con fines comerciales.', 'not_sold'],
    ['Comparamos las tarifas de varias comercializadoras de electricidad.', null],
    ['Comercializamos sus datos de consumo.', 'sold'],
    ['La editorial da en arrendamiento sus listas de suscriptores a otras empresas.', 'sold'],
    ['Procederemos al alquiler de su dirección postal a empresas de venta por correo.', 'sold'],
    ['El precio incluye el arriendo de los equipos decodificadores.', null],
    ['Sus datos se entregan a las marcas a cambio de un beneficio económico.', 'sold'],
    ['No entregamos sus datos a ninguna empresa a cambio de pagos.', 'not_sold'],
    ['Los anunciantes nos reconocen una remuneración por el acceso a los perfiles de los lectores.', 'sold'],
    ['Transferimos sus datos a empresas afiliadas, que nos conceden descuentos como contraprestación.', 'sold'],
    ['Ihre Anfrage wird an drei Handwerksbetriebe weitergeleitet, die uns für jede Anfrage eine Provision zahlen.', 'sold'],
    ['Wir übermitteln Ihre Kontaktdaten an Makler, von denen wir für jeden Kontakt eine Vergütung erhalten.', 'sold'],
    ['Auskünfte erteilen wir an Vertragspartner, welche dafür ein Entgelt nach unserer Preisliste entrichten.', 'sold'],
    ['Kunden, die eine Gebühr bezahlen, erhalten Zugang zu Premium-Artikeln.', null],
    ['Mitglieder, die einen Jahresbeitrag zahlen, erhalten Zugang zum Archiv.', null],
    ['Ihre Adresse wird an Partner bekanntgegeben, die dafür eine Gebühr bezahlen.', 'sold'],
    ['Die Weitergabe der Mitgliederdaten an Sponsoren wird mit Geld- und Sachleistungen abgegolten.', 'sold'],
    ['Eine Weitergabe Ihrer Daten an Dritte, sei es kostenlos oder gegen Entgelt, ist ausgeschlossen.', 'not_sold'],
    ['Une transmission de vos données à des tiers, que ce soit gratuitement ou contre paiement, est exclue.', 'not_sold'],
    ['Über „Datenschutz > Nicht verkaufen oder teilen“ können Sie dem Verkauf Ihrer Daten widersprechen.', 'sold'],
    ['Den Kaufpreis zahlen wir nach dem Erhalt der Ware abzüglich unserer Provision an den Verkäufer aus.', null],
    ['Revista Hogar alquila su lista de suscriptores a otras empresas.', 'sold'],
    ['The Garden Magazine rents its subscriber list to travel companies.', 'sold'],
  ])('saleStance(%j) → %s (German and Spanish in legal and consumer registers)', (text, expected) => {
    expect(saleStance(text)).toBe(expected);
  });

  it.each([
    // session 10 (French, Dutch and English in legal and consumer registers): "moyennant rétribution",
    // lettings of files that give rise to a payment, public bodies' "échanges de données" (no list swap),
    // "frais", royalties, "marketing funds", "sponsorship payments", registers of people, "under contract"
    // (no goods), an amount answered with "nil", Belgian "meedelen", a consideration several words long,
    // a goods word that starts a company name
    ['Vos coordonnées peuvent être communiquées, moyennant rétribution, à des partenaires commerciaux.', 'sold'],
    ['La fondation procède à des échanges ou locations de ses fichiers de donateurs, ces opérations donnant lieu à une rémunération.', 'sold'],
    ['L’administration procède à des échanges de données avec d’autres organismes publics.', null],
    ['Chaque agence nous paie des frais pour chaque dossier transmis avec vos coordonnées.', 'sold'],
    ['Member lists may be licensed, for a royalty, to affinity partners.', 'sold'],
    ['Purchase histories may be provided to manufacturers in exchange for marketing funds.', 'sold'],
    ['Your details may be transferred to sponsors in consideration of the sponsorship payments made to us.', 'sold'],
    ['The open register may be sold to any person on payment of a fee.', 'sold'],
    ['Bulk record files may be sold under contract to commercial entities.', 'sold'],
    ['Insurance contracts are sold by our brokers.', null],
    ['Money or other valuable consideration received for member lists last year — nil.', 'not_sold'],
    ['Uw gegevens worden tegen vergoeding meegedeeld aan partners.', 'sold'],
    ['De namen van de leden worden in ruil voor de door de sponsor betaalde bijdrage aan die sponsor meegedeeld.', 'sold'],
    ['Huis & Tuin NV verkoopt uw gegevens nooit.', 'not_sold'],
    ['Möbel Kraft GmbH verkauft Ihre Daten nicht.', 'not_sold'],
    ['Het huis wordt verkocht met alle meubels.', null],
  ])('saleStance(%j) → %s (French, Dutch and English in legal and consumer registers)', (text, expected) => {
    expect(saleStance(text)).toBe(expected);
  });

  it.each([
    // session 10 (whole German policies): a right stated in general (hedged, held by a group of residents or
    // granted by a law) says nothing about the organisation unless it comes with a way to use it ("by
    // clicking …"); the reader's own right to refuse a sale is an opt-out, as "You have the right to opt out
    // of the sale" is; the right to know what was sold is a template; a right the organisation reserves is no
    // such right; a German modal negated before a long aside in parentheses
    ['California residents have the right to opt out of the sale of their personal information.', null],
    ['Möglicherweise haben Sie das Recht, den Verkauf Ihrer personenbezogenen Daten an Dritte abzulehnen.', null],
    ['Les résidents de Californie ont le droit de s’opposer à la vente de leurs informations personnelles.', null],
    ['Los residentes de California tienen derecho a oponerse a la venta de su información personal.', null],
    ['Inwoners van Californië hebben het recht om bezwaar te maken tegen de verkoop van hun persoonsgegevens.', null],
    ['Sie haben das Recht, zu erfahren, welche Daten wir verkauft haben, und den Verkauf zu untersagen.', 'sold'],
    ['Sie haben möglicherweise das Recht, den Verkauf Ihrer Daten zu untersagen.', null],
    ['Wir lehnen den Verkauf Ihrer Daten grundsätzlich ab.', 'not_sold'],
    ['You have the right to opt out of the sale of your personal information by clicking the Do Not Sell link.', 'sold'],
    ['We reserve the right to sell your data to partners.', 'sold'],
    ['Wir behalten uns das Recht vor, Ihre Daten zu verkaufen.', 'sold'],
    ['Residents have the right to opt out, but we do not sell personal information.', 'not_sold'],
    ['Wir werden Ihre Kontaktdaten nicht an Dritte (mit Ausnahme der Versanddienstleister, die Ihre Bestellung zustellen, der Zahlungsanbieter, die Ihre Zahlung abwickeln, wenn Sie per Karte zahlen, und der Inkassounternehmen, die wir beauftragen, wenn eine Rechnung auch nach zwei Mahnungen offen bleibt) zu Werbezwecken weitergeben oder an sie verkaufen.', 'not_sold'],
    ['You have the right to know the categories of personal information we sold in the last 12 months.', null],
    ['Sie haben das Recht, Auskunft über die Kategorien personenbezogener Daten zu erhalten, die wir verkauft haben.', null],
    ['You have the right to know the categories of personal information we sold in the last 12 months. We sold identifiers to advertisers.', 'sold'],
    ['You have the right to know whether we sell your data. We do not.', 'not_sold'],
  ])('saleStance(%j) → %s (rights stated in general)', (text, expected) => {
    expect(saleStance(text)).toBe(expected);
  });

  it.each([
    // session 10: the user selling a device named before the verb, devices refurbished and resold; nouns
    ['Sie können Ihr altes Smartphone in der Filiale an uns verkaufen.', null],
    ['Wir löschen alle Daten, bevor das Gerät aufbereitet und weiterverkauft wird.', null],
    ['Returned laptops are refurbished and resold after a full wipe.', null],
    ['Sie können Ihre Daten an uns verkaufen.', 'sold'],
    ['Our app is free. We collect your device model and advertising ID, and we sell this data to our ad partner.', 'sold'],
    // "lease" and "rent" as nouns before another noun (a car finance policy's account history)
    ['We keep your retail or lease account balance and payment history.', null],
    ['Late rent payments are reported to the landlord.', null],
    ['We may rent or lease your information to third parties.', 'sold'],
    // "for payment" as a purpose, "for a price quote" (an OPP-115 console maker and a car-quote site)
    ['We may collect card details if you ask for an exchange of a console. We use this information only for payment.', null],
    ['Card details are needed for payment processing and shared with our payment provider.', null],
    ['When you ask for a price quote, your details are shared with the dealers you select.', null],
    ['We share your email address with partners for payment.', 'sold'],
    ['We will never sell or share your data for money.', 'not_sold'],
  ])('saleStance(%j) → %s (devices traded in, nouns, purposes)', (text, expected) => {
    expect(saleStance(text)).toBe(expected);
  });

  it.each([
    // session 11: the user's right to refuse a sale, with the refusal before the sale word
    ['Vous avez le droit de refuser la vente de vos renseignements personnels en cliquant sur le lien « Ne vendez pas mes renseignements personnels ».', 'sold'],
    ['You have the right to prohibit the sale of your personal information via the form on this page.', 'sold'],
    ['Tienes derecho a rechazar la venta de tus datos personales mediante el enlace «No vender mi información personal».', 'sold'],
    ['Vous pouvez vous opposer à la vente de vos données depuis votre espace client.', 'sold'],
    ['Nous refusons de vendre vos données.', 'not_sold'],
    // buyers denied ("none of them buys"), recipients who fund a service in exchange for marketing rights
    ['None of these providers buys your information from us.', 'not_sold'],
    ['Advertisers buy your information from us.', 'sold'],
    ['We pass your email address to sponsors, who fund the event in exchange for the right to contact you.', 'sold'],
    // a Dutch list swap as a separable verb, and "krijgen … voor terug"
    ['Wij wisselen onze adresbestanden uit met andere uitgevers.', 'sold'],
    ['Wij wisselen nooit ledenlijsten uit met andere verenigingen.', 'not_sold'],
    ['Wij wisselen gegevens uit met de Belastingdienst.', null],
    ['Wij geven uw naam door aan een partnerclub en krijgen er nieuwe ledenadressen voor terug.', 'sold'],
    // prizes and commissions as consideration
    ['Wir geben Ihre Adresse an unsere Sponsoren weiter; diese stellen im Gegenzug die Gewinne zur Verfügung.', 'sold'],
    ['Cedemos tus datos a nuestros socios, que nos reconocen una comisión por cada venta.', 'sold'],
    ['Nuestros clientes nos reconocen como líderes del sector.', null],
    ['Les licenciamos, mediante un contrato de pago, su historial de compras.', 'sold'],
    ['Te damos un descuento a cambio de que compartamos tus datos de navegación con anunciantes.', 'sold'],
    // the organisation paying its own agents, goods (securities, drinks), a merger, other organisations' practice
    ['Unsere Handelsvertreter erhalten für jeden Abschluss eine Provision; dafür übermitteln wir ihnen die Vertragsdaten.', null],
    ['La aseguradora paga a sus agentes una comisión por cada póliza; para ello les comunicamos los datos del contrato.', null],
    ['Bij de aan- of verkoop van effecten geven wij uw order door aan de beurs.', null],
    ["Lorsque vous vendez des titres, nous transmettons l'ordre au courtier.", null],
    ['Wir verkaufen alkoholische Getränke nur an Erwachsene.', null],
    ['Als onze winkel opgaat in een andere onderneming, gaan klantgegevens over naar de nieuwe eigenaar.', null],
    ['If this occurs, the successor company would acquire the information we hold.', null],
    ['Sommige goede doelen verkopen hun donateursbestanden; dat doen wij niet. Wij verkopen uw gegevens nooit.', 'not_sold'],
  ])('saleStance(%j) → %s (round 7: refusal rights, buyers, swaps, consideration, own agents)', (text, expected) => {
    expect(saleStance(text)).toBe(expected);
  });

  it.each([
    // session 11, round 9: businesses full of money words
    ['Harbour Tickets swaps mailing lists with partner venues.', 'sold'],
    ['Our tickets are sold only via our box office.', null],
    ['Your data is not sold: it only goes to the contractors who act on Northway Leasing’s instructions.', 'not_sold'],
    ['Trade customer information is never sold to third parties.', 'not_sold'],
    ['Once the shop confirms your order and pays us, we pass the cashback on to your account.', null],
    ['Händler zahlen uns für jeden Klick auf ein Angebot eine Gebühr.', null],
    ['El servicio es gratuito: nos financiamos con la comisión que nos paga la compañía cuando usted contrata el plan.', null],
    ["Le cabinet est rémunéré par les commissions que lui versent les assureurs sur les contrats que vous concluez ; leur montant vous est communiqué sur demande.", null],
    ['Unsere freien Versicherungsvermittler erhalten für jeden Vertrag eine Provision; dafür übermitteln wir ihnen die Vertragsdaten.', null],
    ['Onze zelfstandige hypotheekadviseurs ontvangen een commissie op de contracten die zij voor u afsluiten.', null],
    ['Advertisers who pay us a subscription can search the profiles we license to them.', 'sold'],
    ['De webwinkel deelt uw klantgegevens met leveranciers en ontvangt daarvoor extra kortingen.', 'sold'],
    ['Spaart u zegels bij de bakker, dan ziet die alleen uw kaartnummer; wij verkopen uw aankoopgegevens niet.', 'not_sold'],
    ['Kavels worden verkocht in de staat waarin ze zich bevinden.', null],
    ['Wir verkaufen ausschließlich an gewerbliche Kunden und Wiederverkäufer.', null],
    ['Adresslisten, die wir an Versandhändler vermieten, enthalten Namen und Anschriften.', 'sold'],
    ['dass wir Ihre Daten an Händler verkaufen', 'sold'],
  ])('saleStance(%j) → %s (round 9: tickets, leasing names, trade customers, fees per click or contract, agents)', (text, expected) => {
    expect(saleStance(text)).toBe(expected);
  });

  it.each([
    // session 11, round 10: template policies
    ['Can I sell my loyalty points? No. Points have no cash value and cannot be sold or exchanged for money.', null],
    ["Les chèques cadeaux sont personnels. Ils ne peuvent être ni vendus, ni échangés contre de l'argent.", null],
    ['Gutscheine dürfen weder verkauft noch an andere Personen übertragen werden.', null],
    ['Your personal data cannot be sold or exchanged for money.', 'not_sold'],
    ['De club stelt ledengegevens ter beschikking van sponsors. De sponsors betalen hiervoor een jaarlijkse bijdrage aan de club.', 'sold'],
    ['Onze betaalprovider krijgt daarvoor alleen uw naam en het te betalen bedrag.', null],
    ["L'association peut mettre son fichier de membres à la disposition d'autres associations, moyennant une participation financière.", 'sold'],
    ["L'agence perçoit une commission des banques auxquelles nous transmettons vos coordonnées.", 'sold'],
    ["Nos conseillers perçoivent une commission sur chaque mandat de vente qu'ils concluent.", null],
    ['Comunicaremos sus datos a los laboratorios y recibiremos un porcentaje de las ventas.', 'sold'],
    ['La asociación intercambia su relación de socios con otras sociedades.', 'sold'],
    ['Adviseurs ontvangen van ons een provisie per afgesloten polis.', null],
    ['Indien de drukkerij wordt verkocht of overgenomen door een andere onderneming, gaan uw gegevens over op de koper.', null],
    ['Eine Veräußerung der Mitgliederdaten an Dritte ist dem Verein Sonnenhang e. V. untersagt.', 'not_sold'],
    ['Ein Weiterverkauf der bei der Zimmerbuchung angegebenen Daten findet nicht statt.', 'not_sold'],
    ['Vous pouvez demander à la librairie de ne plus céder vos informations à des tiers.', 'sold'],
    ['Comment m’opposer à la vente de mes données ? Vous pouvez nous demander de ne plus céder vos informations.', 'sold'],
  ])('saleStance(%j) → %s (round 10: goods that cannot be sold, contributions, commissions, takeovers, requests to stop)', (text, expected) => {
    expect(saleStance(text)).toBe(expected);
  });

  it.each([
    // session 11, round 11: apps and games
    ['Trading accounts or items for real-world money is not permitted.', null],
    ['Gegenstände im Spiel dürfen weder verkauft noch gegen Echtgeld getauscht werden.', null],
    ['Wir übermitteln Ihre Umsätze an unseren lizenzierten Kontoinformationsdienst. Wir verkaufen Ihre Daten nicht.', 'not_sold'],
    ['Lizenzierung unserer Firmendatenbank mit Namen und Kontaktdaten an Kunden für ihr Marketing', 'sold'],
    ["L'application peut céder vos données d'activité à des partenaires. Ces partenaires nous versent une rémunération.", 'sold'],
    ['Podemos ceder sus datos a la Agencia Tributaria.', null],
    ["L'éditeur échange ses listes d'utilisateurs avec d'autres éditeurs.", 'sold'],
    ["Nous ne gagnons pas d'argent en vendant les profils de nos membres.", 'not_sold'],
    ['Licenciamos a empresas de análisis de tráfico y de comercio minorista conjuntos de datos de ubicación.', 'sold'],
    ['¿Compartimos tus datos con anunciantes a cambio de dinero? No. Nunca se venden.', 'not_sold'],
    ['Cuando publicas un artículo para vender, el comprador ve tu nombre de usuario.', null],
    ['La plateforme prélève une commission sur chaque transaction, déduite du montant reversé au cédant de l’objet.', null],
  ])('saleStance(%j) → %s (round 11: virtual goods, licensed providers, French "céder", gerunds, money asked about)', (text, expected) => {
    expect(saleStance(text)).toBe(expected);
  });

  it.each([
    ['Wat wij nooit met uw gegevens doen', '– ze verkopen of verhuren aan andere partijen.', 'not_sold'],
    ['Wat Bakkerij De Korenaar nooit doet', 'Uw gegevens doorverkopen aan adverteerders.', 'not_sold'],
  ])('under the heading %j, %j → %s', (heading, text, expected) => {
    expect(saleStance(text, heading)).toBe(expected);
  });

  it.each([
    ['We do not share your personal data with third parties.', 'denied'],
    ['We never sell, rent or share your data.', 'denied'],
    ['We share it with no one.', 'denied'],
    ['Wij delen uw gegevens niet met derden.', 'denied'],
    ['Wir geben Ihre Daten nicht an Dritte weiter.', 'denied'],
    ['Nous ne partageons jamais vos données.', 'denied'],
    ['No compartimos sus datos con nadie.', 'denied'],
    ['We do not sell your data, but we share it with our payment provider.', 'affirmed'],
    ['We provide your data to partners who do not use it for ads.', 'affirmed'],
    ['Wij delen uw adres met de bezorgdienst.', 'affirmed'],
    ['We never sell your personal data to anyone.', null],
    ['Your support tickets are stored in Zendesk.', null],
  ])('sharingStance(%j) → %s', (text, expected) => {
    expect(sharingStance(text)).toBe(expected);
  });

  it.each([
    ['When you sell a bike on our marketplace, the buyer sees your first name.', 'not_data'],
    ['If our company is sold or merged, customer records pass to the new owner.', 'not_data'],
    ['Gift cards cannot be resold.', 'not_data'],
    ['We sell bikes. We never sell your data.', 'not_sold'],
    ['We sell bikes and share your address with the courier.', 'not_data'],
    ['We may sell your address to partners.', 'sold'],
    ['We collect your address.', 'no_cue'],
    ['Do we sell your data?', null],
  ])('saleWording(%j) → %s (sale wording about something else is told apart from none)', (text, expected) => {
    expect(saleWording(text)).toBe(expected);
  });

  // session 12's rounds, the rules in other words; twelfth round (health, children, recruiting, smart home, fintech, travel)
  it.each([
    // an infinitive as the sentence's subject, denied by its predicate
    ['Verkopen van uw gegevens is iets wat wij niet doen.', 'not_sold'],
    ['Vendre vos données est quelque chose que nous ne faisons pas.', 'not_sold'],
    // "Home" ends a company name; the object is the user's data
    ['Acme Home does not sell the data from your thermostat.', 'not_sold'],
    // a payer's inverted subject ("betalen zij ons per …"), money for data the sentence before handed over
    ['Wij delen uw cv met recruiters. Daarvoor betalen zij ons per gedownload profiel.', 'sold'],
    ['Wir geben Ihre Anschrift an Partner weiter. Vom Umsatz, den diese Partner mit Ihren Daten erzielen, erhalten wir einen Anteil.', 'sold'],
    ['Wir geben Ihre Anschrift an Partner weiter. Wir erhalten einen Anteil am Umsatz, nicht für Ihre Daten.', null],
    ['We pass your meter readings to the energy supplier. The supplier pays Acme a fee for each connected home.', 'sold'],
    // a dash aside is no label separator
    ['Wir lizenzieren diese Profile – ohne Namen – an Auskunfteien, die dafür eine Gebühr zahlen.', 'sold'],
    ['Datenverkauf – nein', 'not_sold'],
    // goods in a condition, goods sold by the user's agents
    ['Wurde Ihre Fahrkarte von einem Reisebüro verkauft, erhalten wir Ihre Kontaktdaten von dort.', null],
    ["Nos agents sont rémunérés sur les contrats qu'ils vendent.", null],
    // habits of a person are data; a barter of data
    ['Con su permiso podemos vender los hábitos de juego de su hijo a fabricantes de juguetes.', 'sold'],
    ['Les résultats anonymisés peuvent être échangés contre des licences auprès d’éditeurs.', 'sold'],
    ['Podemos intercambiar sus datos con socios a cambio de contenidos gratuitos.', 'sold'],
    ['We never exchange your data for discounts.', 'not_sold'],
    ['We exchange information with fraud prevention agencies for the purpose of preventing fraud.', null],
    // "sans ordonnance" negates nothing
    ['Les achats de médicaments sans ordonnance peuvent être cédés contre rémunération à des instituts.', 'sold'],
    // no disclosure "for commercial purposes" denies a sale; the affirmative alone is no sale
    ['Aucune cession de données clients n’a lieu à des fins commerciales.', 'not_sold'],
    ['Eine Weitergabe Ihrer Daten zu kommerziellen Zwecken erfolgt nicht.', 'not_sold'],
    ['Wir geben Ihre Daten zu kommerziellen Zwecken an Partner weiter.', null],
    // Spanish: the subjunctive, "tu" as the possessive after a first person plural
    ['Aceptás que comercialicemos tu perfil entre empresas de selección.', 'sold'],
    ['Vendemos tu perfil a empresas de selección.', 'sold'],
    // a claim others make
    ['On entend parfois que les opérateurs revendent les habitudes de leurs clients.', null],
    // thirteenth round (adtech, B2B software, telecoms, utilities, logistics, panels, credit bureaus)
    // credit reports and the user's file are data
    ['We sell credit reports to landlords and lenders.', 'sold'],
    ['Wir verkaufen Auskünfte aus Ihrer Akte an Vermieter.', 'sold'],
    // an ad auction sells the slot, unless the user's own data is offered
    ['The page context is sent to bidders so that an ad can be shown.', null],
    ['Your device ID is offered to bidders, who pay to keep it.', 'sold'],
    // a fee per impression or click is the price of advertising
    ['Advertisers pay us for every click, and publishers receive a share for the space on their pages.', null],
    // data handed over as the consideration for a discount
    ['U betaalt minder. In ruil daarvoor stellen wij uw interessecategorieën beschikbaar aan adverteerders.', 'sold'],
    // "maken er geen handel van": the pronoun stands for the data
    ['Uw gesprekken blijven van u; wij maken er geen handel van.', 'not_sold'],
    // a separable verb's particle is no "An-" of "An- und Verkauf"
    ['Wir legen keine Profile an und verkaufen folglich auch keine.', 'not_sold'],
    ['Wir kaufen Fahrräder an und verkaufen sie weiter.', null],
    // a licence granted for a fee paid by the licensees
    ['Nous concédons des licences de ce fichier à des annonceurs, qui nous versent une redevance.', 'sold'],
    // a traded-in device, wiped and resold; energy sold to the grid; parcels auctioned
    ['Wenn Sie Ihr altes Gerät eintauschen, löschen wir alle Daten und verkaufen es weiter.', null],
    ['Si vende la energía excedente a la red, tratamos sus datos de consumo para calcular el pago.', null],
    ['Parcels that cannot be delivered are auctioned or sold to resellers.', null],
    // others forbidden to sell
    ['We do not sell your lists and we prohibit our subcontractors from selling them.', 'not_sold'],
    ['No permitimos que los transportistas vendan tus datos.', 'not_sold'],
    // "Sale of data: possible" answers yes
    ['Vente de données : possible, sauf si vous vous y opposez.', 'sold'],
    // a bare sale noun under a leading negation
    ['Bajo ningún concepto sus datos serán objeto de venta.', 'not_sold'],
    // a company suffix with dots ends no clause
    ['Obtienes un descuento a cambio de que Aguas S.A. entregue tus datos a empresas asociadas.', 'sold'],
    // clients who hire and pay us, given the data
    ['Sus respuestas se entregan a las empresas que nos contratan y pagan por cada estudio.', 'sold'],
    ['Trabajamos para empresas que nos contratan y pagan por cada estudio.', null],
    // fourteenth round (typical text)
    // a payer, a two-word name and a fee for what the sentence before handed over
    ['We pass your details to lenders. Some lenders pay Acme Motors a referral fee for each introduction.', 'sold'],
    ['We make your CV available to recruiters who purchase a subscription to our database.', 'sold'],
    // goods "we sell", resellers as a channel
    ['We collect your address and details of the products we sell to you.', null],
    ['Le revendeur recueille vos informations et nous les transmet.', null],
    // "without names" qualifies the data, it negates nothing
    ['Klanten met een abonnement kunnen uw profiel zonder naam inzien en tegen betaling uw cv opvragen.', 'sold'],
    // a coordinated clause with its own modal ends the payment's scope
    ['Wij licentiëren deze gegevens aan onderzoeksbureaus; zij betalen ons een vergoeding en mogen de gegevens niet koppelen.', 'sold'],
    // "nicht nur" after the verb, insurance products as goods
    ['Unsere Versicherungsprodukte verkaufen wir nicht nur direkt, sondern auch über Makler.', null],
    // "e. V." ends no clause before a negation
    ['Mitgliederdaten verkauft der Sportverein Nord e. V. nicht.', 'not_sold'],
    // "monnayer" with the data a little further on; a company name with "&Vous"
    ['Nous monnayons auprès de régies publicitaires certaines données de localisation.', 'sold'],
    ['Volt&Vous peut commercialiser vos coordonnées auprès de partenaires.', 'sold'],
    // Spanish: "ceder en alquiler", future and subjunctive of "comerciar", "no forma parte"
    ['Cedemos en alquiler nuestra base de datos de suscriptores a otras editoriales.', 'sold'],
    ['Jamás comerciaremos con tus datos.', 'not_sold'],
    ['Vender los datos de nuestros lectores no forma parte de nuestro modelo.', 'not_sold'],
    // no money, "pero sí" access to lists: consideration in kind
    ['Intercambiamos direcciones con otras ONG. No recibimos dinero por ello, pero sí acceso a sus listas de contactos.', 'sold'],
    // fifteenth round (typical Spanish: Spain, Mexico and Central America, South America)
    ['Comunicamos los datos de los socios a nuestros patrocinadores, de los que el club percibe ingresos.', 'sold'],
    ['Tu CV queda a disposición de las empresas; cobramos a estas empresas por el acceso a la base de datos.', 'sold'],
    ['La base de datos, con nombre y teléfono, se licencia a terceras empresas para campañas de marketing.', 'sold'],
    ['Tu perfil queda visible para reclutadores que pagan por ella.', 'sold'],
    ['Los datos se transfieren a las financieras, que le abonan un canon por cada cliente referido.', 'sold'],
    ['Elaboramos segmentos de audiencia, cuyo uso licenciamos a anunciantes.', 'sold'],
    ['Intercambiamos los datos de contacto con marcas aliadas, que a su vez otorgan descuentos a nuestros usuarios.', 'sold'],
    ['Entregamos su nombre y correo al expositor. Este servicio de captación de prospectos forma parte de los paquetes que los expositores contratan y pagan.', 'sold'],
    ['Como muchas organizaciones sin fines de lucro, alquilamos nuestra lista de donantes a otras organizaciones.', 'sold'],
    ['Hotel Casa Colonial ni vende ni alquila la información de sus huéspedes.', 'not_sold'],
    ['La farmacia vende a través de esta web únicamente medicamentos sin receta.', null],
    // sixteenth round (typical Dutch, German and French from small and medium organisations)
    ['Nemen wij uw auto in, dan noteren wij het kenteken om de auto daarna te kunnen doorverkopen.', null],
    ['Wij geven uw slaapgegevens in licentie aan verzekeraars, waarvoor wij een vergoeding ontvangen.', 'sold'],
    ['Wij sturen uw gegevens naar de bank. Voor elke klant die wij doorverwijzen, ontvangt Jansen & Zonen een commissie.', 'sold'],
    ['Wat wij níet doen: jouw gegevens doorverkopen aan sportmerken.', 'not_sold'],
    ['Mit den Daten, die Sie uns anvertrauen, treiben wir keinen Handel.', 'not_sold'],
    ['Freiverkäufliche Produkte verkaufen wir Ihnen, ohne Ihre persönlichen Daten zu erfassen.', null],
    ["Contrairement à une pratique répandue dans le secteur, notre association ne vend pas les coordonnées de ses donateurs.", 'not_sold'],
    ['A diferencia de muchas aplicaciones, que se financian vendiendo la información de sus usuarios, vivimos de las suscripciones.', null],
    ['Vos identifiants sont mis à la disposition de nos partenaires. Les recettes ainsi générées, dont nous percevons une partie, financent la rédaction.', 'sold'],
    ["Nos contrats d'assurance sont vendus par des courtiers qui nous transmettent les informations du devis.", null],
    ["Nous concédons des licences sur des données pseudonymisées à des laboratoires, en contrepartie d'une redevance.", 'sold'],
    ['Vous revendez mes données ?', null],
    // (a payer of the organisation's own costs is no buyer of data)
    ['Transmitimos su nombre a la aerolínea. La cadena abona a la aerolínea el importe de las millas.', null],
    // nineteenth round (typical Spanish from Spain and Latin America, Dutch, French)
    ['Los reclutadores que tienen contratada una suscripción de pago acceden a nuestra base de datos de candidatos.', 'sold'],
    ['Werkgevers met een betaald abonnement krijgen toegang tot onze cv-databank.', 'sold'],
    ['Les profils des candidats sont mis à la disposition des cabinets de recrutement, moyennant un abonnement payant.', 'sold'],
    ['Employers on a paid plan can access our database of candidate profiles.', 'sold'],
    ['Si nos autorizas a compartir tus datos de actividad con aseguradoras aliadas, obtendrás un 15 % de descuento.', 'sold'],
    ['Compartimos tu correo con las marcas del programa, las cuales nos reconocen una contraprestación por cada envío.', 'sold'],
    ['Los datos del visitante se facilitan al expositor. Dicho servicio tiene un coste para el expositor.', 'sold'],
    ["Vos données sont partagées avec nos partenaires, et l'hôtel perçoit une part des revenus générés.", 'sold'],
    ['La editorial renta su lista de suscriptores a empresas de venta por catálogo.', 'sold'],
    ['Podremos intercambiar sus datos de contacto con otras cabeceras del grupo.', 'sold'],
    ['We verdienen ons geld met de verkoop van fietsen, niet met jouw gegevens.', 'not_sold'],
    ["Contrairement à une pratique répandue, l'association ne loue ni n'échange son fichier.", 'not_sold'],
    // (the reader paying for a plan, a paid subscription needing a billing address, "Austauschjahr", product marketing, income tax)
    ['Cuando contratas un plan de pago, los datos de tu tarjeta los recibe nuestro proveedor de pagos.', null],
    ["La souscription d'un abonnement payant nécessite la communication de votre adresse de facturation.", null],
    ['Für die Vermittlung eines Austauschjahres erheben wir neben Kontaktdaten auch Schulzeugnisse.', null],
    ['Los datos relativos a la comercialización y contratación de su póliza se conservan diez años.', null],
    ['Usamos sus datos para la declaración de la renta de su empresa.', null],
    // twenty-third round (typical German from Germany, Austria and Switzerland; Spanish from Spain and Latin America)
    ['Wir geben Ihre Anschrift an unsere Bonuspartner weiter. Die Partner leisten uns dafür eine Vergütung.', 'sold'],
    ['Tus datos serán enviados a las aseguradoras, que pagan a Comparamos una comisión por cada solicitud recibida.', 'sold'],
    ['Sus datos podrán transferirse a cadenas afiliadas, quienes nos otorgan una contraprestación económica por dicha información.', 'sold'],
    ['Tus datos de compra se ceden a las marcas del club. Esa cesión es la contraprestación por tus descuentos: sin ella no habría precios especiales.', 'sold'],
    ['Wir geben Ihre E-Mail-Adresse an Sponsoren weiter. Diese Weitergabe ist die Gegenleistung für die kostenlose Mitgliedschaft.', 'sold'],
    ['Datasur Software no vende ni pone a disposición de terceros los datos que sus clientes almacenan en la nube.', 'not_sold'],
    // (personalised tickets, a V1 business transfer, pension plans marketed to the reader's profile)
    ['Wir verkaufen ausschließlich personalisierte Dauerkarten, auf die Ihr Name gedruckt wird.', null],
    ['Wird unser Unternehmen oder ein Teil davon verkauft, können Personendaten an den Käufer übergehen.', null],
    ['Analizamos su perfil para ofrecerle préstamos o planes de pensiones comercializados por el banco.', null],
    // (the goods subject stays goods when no verb takes the users' data as its object)
    ['Unsere Tickets werden über Partner verkauft, die Daten der Käufer erhalten wir nicht.', null],
    // (a sale named as a title states nothing; an answer, a recipient or a statute's reading does)
    ['Sale of Personal Information', null],
    ['7. Verkauf personenbezogener Daten gemäß dem California Consumer Privacy Act', null],
    ['Venta de datos personales', null],
    ['Sale of Personal Information. We do not sell your personal information.', 'not_sold'],
    ['Sale of personal information to data brokers', 'sold'],
    ['Verkauf von Daten: ja, an Adressverlage.', 'sold'],
    ['We disclose device identifiers to ad networks, which is treated as a "sale" under California law.', 'sold'],
    ['Disclosures to our payment processor are not treated as a sale.', 'not_sold'],
    // twenty-fourth round (German: credit agencies, connected services, clubs, publishers; Spanish: loyalty schemes, fintech, clinics)
    ['Die Auskunftei übermittelt Scorewerte an Banken und Versandhändler; für jede Abfrage entrichtet der Vertragspartner ein Entgelt.', 'sold'],
    ['Keine Ihrer Fitnessdaten – weder Puls noch Schlafphasen – werden von uns oder unseren Dienstleistern jemals an Werbenetzwerke, Datenhändler oder Versicherungen verkauft.', 'not_sold'],
    ['Ihre Kontaktdaten werden nie an Krankenkassen oder Versicherungen verkauft.', 'not_sold'],
    ['Wir leiten die Teilnehmerliste an unsere Aussteller weiter. Die Aussteller erwerben dieses Recht mit ihrem Standpaket.', 'sold'],
    ['We pass attendee lists to our exhibitors. Exhibitors purchase this access as part of their booth package.', 'sold'],
    ['Der Club gibt die Anschriften seiner Mitglieder an einen Reiseveranstalter weiter und erhält dafür eine jährliche Zuwendung.', 'sold'],
    ['Eine Weitergabe Ihrer Kundendaten an Partner, Verlage oder sonstige Dritte, sei es gegen Bezahlung oder kostenlos, ist ausgeschlossen.', 'not_sold'],
    ['Wir finanzieren die App nicht über den Verkauf von Nutzerdaten, sondern über Premium-Abos.', 'not_sold'],
    ['Los datos de los socios se intercambian con las cadenas adheridas; como contrapartida, estas financian los descuentos del club.', 'sold'],
    ['Nadie, ni siquiera nuestros anunciantes, compra los datos de nuestros lectores.', 'not_sold'],
    ['No one, not even our partners, buys our customers’ details from us.', 'not_sold'],
    ['Podremos transferir sus datos a aseguradoras, quienes cubren una contraprestación por cada registro recibido.', 'sold'],
    ['A cambio del acceso sin costo a la app, usted acepta que licenciemos a anunciantes la información sobre su uso.', 'sold'],
    ['La clínica podrá transferir sus datos a laboratorios, percibiendo por ello una comisión.', 'sold'],
    ['Podremos comunicar los datos de nuestros suscriptores a terceros mediante convenios comerciales remunerados.', 'sold'],
    ['Datos de los socios: podrán ser alquilados a empresas de la zona.', 'sold'],
    ['No compartimos sus datos con terceros y en ningún caso recibiremos pago ni beneficio alguno a cambio de ellos.', 'not_sold'],
    // (a vehicle listed for sale or rent, seized goods auctioned, prescription medicines)
    ['Wenn Sie ein Fahrzeug zum Verkauf oder zur Vermietung inserieren, zeigen wir Ihr Inserat öffentlich an.', null],
    ['En la enajenación de bienes embargados, los datos de los adjudicatarios se publican en el boletín oficial.', null],
    ['No vendemos medicamentos de venta bajo receta sin la receta correspondiente.', null],
    // ("Vermietung an Adresshändler" stays denied with the rest of the chain)
    ['Eine kommerzielle Verwertung Ihrer Daten, etwa durch Verkauf oder Vermietung an Adresshändler, ist ausgeschlossen.', 'not_sold'],
  ])('saleStance(%j) → %s', (text, expected) => {
    expect(saleStance(text)).toBe(expected);
  });

  it('reads no sale in a site menu run into the text, but still in prose beside it', () => {
    const menu = 'Anmelden Hallo Lieferadresse wählen Bestseller Angebote Prime Video Neuerscheinungen Hilfe Elektronik & Foto Küche Haushalt & Wohnen Sport & Freizeit Computer Coupons Geschenkideen Gutscheine Shopping-Tipps Gratis-Versand Mein Konto Meine Bestellungen Erneut kaufen Empfehlungen Spar-Abo verwalten Meine Listen Jetzt verkaufen';
    expect(saleStance(menu)).toBe(null);
    expect(saleStance(`${menu}. Wir verkaufen Ihre Daten an Werbepartner.`)).toBe('sold');
    expect(saleStance(`${menu}. Wir verkaufen Ihre Daten nicht.`)).toBe('not_sold');
  });

  it('is total and linear on hostile input', () => {
    expect(saleStance('')).toBe(null);
    expect(saleStance(undefined as unknown as string)).toBe(null);
    const t0 = performance.now();
    saleStance('not '.repeat(100_000) + 'sell ' .repeat(50_000));
    sharingStance('not '.repeat(100_000) + 'share ' .repeat(50_000));
    expect(performance.now() - t0).toBeLessThan(3000);
  });
});

describe(here + 'prefilter (cue words)', () => {
  it.each([
    ['We receive nothing in return.', true],
    ['Advertisers purchase audience segments.', true],
    ['Wer fragt, bekommt eine Absage, egal was er bietet.', true],
    ['We sell nothing.', true],
    // weak words alone, or context words without an act word, do not pass
    ['Return to the home page.', false],
    ['Your purchase history is stored.', false],
    ['Our partners and advertisers use cookies.', false],
    ['Nothing on this page is personal.', false],
  ])('%j → %s', (text, expected) => {
    expect(textMaySignalSale(foldText(text))).toBe(expected);
  });

  it('decides over a clause’s tokens as over its text', () => {
    const texts = [
      'We receive nothing in return for passing your address to the courier.',
      'Advertisers and partners may purchase audience segments.',
      'Our partners and sponsors show ads.',
      'Purchase and return policy.',
      'Return your purchase within 30 days.',
      'Zelfs als iemand ons er een miljoen voor zou bieden: de ledenlijst gaat niet de deur uit.',
      'Wir verkaufen nichts.',
      'Niemand kauft sie von uns.',
      'Los patrocinadores abonan una cantidad por cada participante.',
      'Nous mettons en location nos fichiers.',
      'Return to this location.',
      'Wir geben eure Nummern weiter, dafür bekommen wir Gutscheine.',
      'You will receive a return label.',
      'The weather is nice.',
    ];
    for (const text of texts) {
      const state: WeakCues = { first: null, act: false };
      let seen = false;
      for (const token of tokenize(text)) {
        const info = tokenInfo(token);
        if (!seen && cueSeen(info.saleCue, info.folded, state)) seen = true;
      }
      expect(seen, text).toBe(textMaySignalSale(foldText(text)));
    }
  });

  it('leaves an idiom word ("Geschäfte", "negocio") to the text: a cue only in its idiom', () => {
    for (const [text, expected] of [
      ['Wir machen mit Ihren Daten keine Geschäfte.', true],
      ['No hacemos negocio con sus datos.', true],
      ['Keine kommerzielle Verwertung Ihrer Daten.', true],
      ['Dienstleister, die für uns Geschäfte durchführen, verarbeiten Daten.', false],
      ['Nuestra línea de negocio incluye el tratamiento de su nombre.', false],
    ] as const) {
      const infos = tokenize(text).map(tokenInfo);
      expect(infos.some((i) => i.saleCue === IDIOM_CUE), text).toBe(true);
      expect(infos.some((i) => i.saleCue !== NOT_A_CUE && i.saleCue !== IDIOM_CUE), text).toBe(false);
      expect(textMaySignalSale(foldText(text)), text).toBe(expected);
    }
  });
});

describe(here + 'round 25 (written anew; the first two fail on the previous rules)', () => {
  it.each([
    // the negator opens a dass-clause whose recipients push the payment far from it
    ['Aus diesem Grund ist es ausgeschlossen, dass wir Ihre Rezeptdaten Krankenkassen, Versandapotheken oder Werbeagenturen gegen Entgelt überlassen.', null, 'not_sold'],
    // vouchers that cannot be resold or cashed are goods, not a denial about data
    ['Los vales son personales; no pueden revenderse, canjearse por dinero en efectivo ni acumularse con otras ofertas.', 'Vales', null],
    // guards: a litotes affirms; a voucher clause with its own negator stays no statement
    ['Es ist nicht ausgeschlossen, dass wir Ihre Kontaktdaten Partnerunternehmen, Verlagen oder Versandhändlern gegen Bezahlung überlassen.', null, 'sold'],
    ['Las tarjetas regalo son nominativas e intransferibles, no pueden revenderse y en ningún caso podrán canjearse por su importe en efectivo.', 'Tarjetas regalo', null],
  ] as const)('%s', expectStance);
});

describe(here + 'rounds 25 and 26, second pass (written anew; see docs/model-history.md for which fail on the previous rules)', () => {
  it.each([
    // benefits in kind for a hand-over: purchasing terms, subsidies, a cost contribution, a discount funded in return
    ['Wir übermitteln die Namen der Teilnehmenden an Getränkehersteller. Diese räumen uns dafür bessere Einkaufskonditionen ein.', null, 'sold'],
    ['Bei Teilnahme werden Ihre Einkäufe an Markenhersteller übermittelt, die uns im Gegenzug Werbekostenzuschüsse gewähren.', null, 'sold'],
    ['El gimnasio puede poner sus datos de contacto a disposición de marcas de suplementos, lo que le permite obtener condiciones preferentes en sus compras.', null, 'sold'],
    ['Tu e-mail se entrega a las tiendas adheridas. Ellas costean el cupón que recibes justamente a cambio de poder enviarte sus ofertas.', null, 'sold'],
    // a payer named in a relative clause after the hand-over; payment for access to the data; a flat fee per record
    ['Ihre Geräte-ID geht an den jeweiligen Werbepartner, der uns für jede installierte App bezahlt.', null, 'sold'],
    ['Die App ist gratis, weil Versicherer für den Zugriff auf Ihre Fahrdaten bezahlen.', null, 'sold'],
    ['Der Händler vergütet uns jeden Interessentendatensatz mit einer Pauschale pro Datensatz.', null, 'sold'],
    // money earned with data, and its denial inside the phrase
    ['Wir verdienen Geld damit, dass wir Standortdaten an Verkehrsplaner weitergeben.', null, 'sold'],
    ['Die Stiftung erzielt mit den Daten ihrer Spender keinerlei Einnahmen.', null, 'not_sold'],
    ['Für die Weitergabe Ihrer Daten bekommen wir weder von Sponsoren noch von anderen Stellen Geld oder sonstige Vorteile.', null, 'not_sold'],
    // list exchanges
    ['Participamos en un intercambio recíproco de listados de clientes con otras academias.', null, 'sold'],
    // free use paid for with data
    ['Im Gegenzug für die kostenlose Nutzung der App erklären Sie sich einverstanden, dass wir Ihre E-Mail-Adresse an Partner übermitteln.', null, 'sold'],
    // a denial with German "keinesfalls aber"; others' practice, then "Unser Programm nicht"
    ['Ihre Anschrift nutzen wir für den Versand, keinesfalls aber für einen Verkauf an Adresshändler.', null, 'not_sold'],
    ['Viele Kundenkartenprogramme finanzieren sich durch den Verkauf von Einkaufsdaten. Unser Programm nicht.', null, 'not_sold'],
    ['¿Vendéis mis datos? No. Enviamos tu solicitud al banco y no cobramos por pasarle tus datos; lo que recibimos es la comisión que nos paga el banco si finalmente contratas la hipoteca.', null, 'not_sold'],
    // goods and the reader's own sales: no statement about data
    ['Wir finanzieren uns über Provisionen, die uns die Krankenkassen bei Abschluss eines Vertrags zahlen.', null, null],
    ['Las inmobiliarias pagan una tarifa por cada anuncio destacado; para dudas sobre esa factura o sobre tus datos, escríbenos.', null, null],
    ['Cuando publicás algo para vender, tu apodo y tu barrio quedan visibles para los compradores.', null, null],
    ['Den Strom aus Ihrer Solaranlage verkaufen Sie an uns zum Einspeisetarif.', null, null],
    ['Erworbene Edelsteine können nicht übertragen, weiterverkauft oder in Geld umgetauscht werden.', null, null],
    ['Spielgeld darf weder verkauft noch mit anderen Spielern gehandelt werden.', null, null],
    ['Tu abono es intransferible: no podés venderlo, cederlo ni prestarlo.', null, null],
    ['Beim Kauf eines Kurspakets erheben wir Ihre Rechnungsanschrift.', null, null],
    // guards: the reader's benefits are not a sale; other benefits without a hand-over state nothing
    ['Als Mitglied erhalten Sie bei unseren Partnern Sonderkonditionen.', null, null],
    ['Sie zahlen uns dafür einen monatlichen Beitrag.', null, null],
  ] as const)('%s', expectStance);
});

describe(here + 'round 27 (written anew; see docs/model-history.md for which fail on the previous rules)', () => {
  it.each([
    // fees for the use of data, and payments denied or made "for this transfer"
    ['Werbepartner, die für die Nutzung Ihrer Kontaktdaten eine monatliche Gebühr an uns entrichten, erhalten Name und E-Mail-Adresse.', null, 'sold'],
    ['Eine Vergütung erhalten wir für diese Weitergabe nicht.', null, 'not_sold'],
    ['Compartimos su dirección con el transportista sin que medie contraprestación alguna por dicha comunicación.', null, 'not_sold'],
    ['Cesión remunerada a empresas de estudios de mercado, previa autorización.', null, 'sold'],
    // a fee "an uns" after the hand-over; a commission per referred customer
    ['Wir leiten Ihre Anfrage an einen Installateur weiter. Die Betriebe zahlen für jede vermittelte Anfrage eine Pauschale an uns.', null, 'sold'],
    ['Los restaurantes adheridos reciben tu correo, y la aplicación recibe una comisión por cada cliente referido.', null, 'sold'],
    ['Setzt du den Haken, bekommen unsere Partner deine Telefonnummer und wir bekommen dafür eine kleine Provision.', null, 'sold'],
    // an item under a recipients heading hands data over
    ['Kreditvermittler – für jede erfolgreiche Vermittlung erhalten wir eine Vermittlungsprovision.', 'Empfänger Ihrer Daten', 'sold'],
    ['Entidades aseguradoras con las que mantenemos acuerdos comerciales remunerados.', 'Destinatarios', 'sold'],
    // others' practice, then a distancing; an item under "what we will never do"
    ['Viele Vergleichsportale verdienen daran, dass sie Anfragen als Leads weiterverkaufen. Das machen wir nicht.', null, 'not_sold'],
    ['Muchos portales de empleo cobran a las empresas por acceder a los datos de los candidatos. Nosotros no: tu perfil solo lo ve quien tú eliges.', null, 'not_sold'],
    ['• Alquilarla o venderla a terceros.', 'Lo que nunca vamos a hacer con tu información', 'not_sold'],
    // guards: own advisers' commissions, a commission without a hand-over, a season ticket put up for sale
    ['Unsere Berater bekommen keine Provisionen für abgeschlossene Verträge.', null, null],
    ['Wir erhalten eine Provision, wenn Sie über unseren Link ein Hotel buchen.', null, null],
    ['Si no puedes ir, puedes poner tu abono a la venta en la web del club.', null, null],
  ] as const)('%s', expectStance);
});

describe(here + 'round 28, a mixed set like the blind set (written anew)', () => {
  it.each([
    // data denied as a consideration, with a copula
    ['Ihre Kundendaten sind keine Gegenleistung für unsere Prämien.', null, 'not_sold'],
    ['Tus datos no son un medio de pago: los descuentos los pagamos nosotros.', null, 'not_sold'],
    // a consideration "in kind" is no negation
    ['Wir geben Online-Kennungen gegen eine nicht finanzielle Gegenleistung an Werbenetzwerke weiter.', null, 'sold'],
    ['Die Weitergabe von Daten gegen eine nicht-finanzielle Gegenleistung gilt nach kalifornischem Recht als Verkauf.', null, 'sold'],
    // guards: orders meant for resale are trade terms; "not a consideration" without a copula stays a payment
    ['Solo vendemos a particulares; no atendemos pedidos destinados a la reventa.', null, null],
    ['Darunter fällt auch die Weitergabe an Dritte gegen eine nicht finanzielle Gegenleistung; so verfahren wir mit Cookie-IDs.', null, 'sold'],
  ] as const)('%s', expectStance);
});

describe(here + 'older fixture misses, second look (written anew)', () => {
  it.each([
    ['Kundendaten werden von uns nicht gegen Vermittlungsprovisionen an andere Banken weitergegeben.', null, 'not_sold'],
    ['Franchisees may buy, for an annual fee, access to the contact data of members near their store.', null, 'sold'],
    // licensing as a purpose is no licence sold; a licence fee for data still is
    ['Adressen der Spielerinnen werden dem Verband gemeldet, soweit dies für die Lizenzierung erforderlich ist.', null, null],
    ['Für die Lizenzierung Ihrer Nutzungsdaten an Marktforscher erhalten wir eine Lizenzgebühr.', null, 'sold'],
  ] as const)('%s', expectStance);
});

describe(here + 'round 29, mixed sets in five languages (written anew)', () => {
  it.each([
    ['Ihre Fahrten an Versicherungen oder Werbenetzwerke verkaufen', 'Was wir mit den Daten aus der Carsharing-App nicht tun:', 'not_sold'],
    ['Adverteerders krijgen ons ledenbestand niet, ook niet als ze er veel geld voor bieden.', null, 'not_sold'],
    ['Advertisers never get our member list, not even if they offer to pay for it.', null, 'not_sold'],
    ['Eine Vermarktung Ihrer Mitgliederdaten, etwa durch Vermietung an Adressverlage, ist in allen unseren Vereinen und Landesverbänden ausgeschlossen.', null, 'not_sold'],
    ['Because we do not sell personal information, there is nothing to opt out of.', null, 'not_sold'],
    ['Si vous avez coché la case, nous transmettons votre adresse, moyennant rémunération, à des partenaires.', null, 'sold'],
    // goods sold with a guarantee; a car is still goods
    ['Onze fietsen worden verkocht met een garantie van twee jaar.', null, null],
    ['Vendemos coches usados revisados.', null, null],
  ] as const)('%s', expectStance);
});

describe(here + 'round 30, typical German and Spanish from small organisations (written anew)', () => {
  it.each([
    // benefits in kind named after "Im Gegenzug", with "uns" as the receiver
    ['Die Namen unserer Mitglieder geben wir an eine Steuerkanzlei weiter. Im Gegenzug stellt uns die Kanzlei kostenlose Beratungsstunden zur Verfügung.', null, 'sold'],
    ['Facilitamos los correos de los socios a una imprenta. A cambio, nos deja usar gratis su sala de reuniones.', null, 'sold'],
    // recipients who fund the reader's discounts
    ['Sus compras se ponen a disposición de las marcas participantes, que financian los descuentos del club.', null, 'sold'],
    // paid plans named with a determiner; the data downloaded by the payers
    ['Las empresas que contratan uno de nuestros planes de pago pueden descargar los perfiles de los candidatos.', null, 'sold'],
    // money received from the recipient for the intermediation
    ['Compartimos sus datos con la financiera. Por esta intermediación recibimos una comisión de parte de la financiera.', null, 'sold'],
    // a paid sharing dated in the past, then suspended
    ['Hasta 2022 cedíamos los datos de clientes a una aseguradora a cambio de una comisión. Esa práctica se suspendió ese mismo año.', null, 'not_sold'],
    // a benefit in exchange for data, denied
    ['Los laboratorios no nos dan ningún beneficio a cambio de información de nuestros clientes.', null, 'not_sold'],
    // guards: the reader's benefit; a discount nobody pays for with data; the reader downloads their own data
    ['Im Gegenzug erhalten Sie von uns einen Gutschein über 10 Euro.', null, null],
    ['Als Mitglied erhalten Sie 10 % Rabatt, den der Verein selbst finanziert.', null, null],
    ['Con un plan de pago puede descargar sus propias facturas.', null, null],
  ] as const)('%s', expectStance);
});

describe(here + 'round 31, large organisations in German and Spanish (written anew)', () => {
  it.each([
    // money made "mit meinen Gesundheitsdaten": compound data nouns; the answer sentences later
    ['Verdienen Sie Geld mit meinen Fahrdaten? Das fragen viele. Die Antwort lautet klar: Nein.', null, 'not_sold'],
    // "Weitervermarktung" is marketing data on
    ['Eine Weitervermarktung Ihrer Vertragsdaten an Dritte findet nicht statt.', null, 'not_sold'],
    // a German ordinal date does not split the sentence that dates the stopped sale
    ['Bis zum 30. Juni 2022 haben wir Adressen an Versandhändler vermietet. Das haben wir beendet.', null, 'not_sold'],
    // partners sharing the cost of a programme in return for data
    ['Wir stellen Herstellern Ihr Kaufprofil zur Verfügung. Die Hersteller beteiligen sich dafür an den Kosten des Kundenclubs.', null, 'sold'],
    // paying with one's data, denied
    ['Kostenlos heißt bei uns nicht, dass Sie mit Ihren Daten bezahlen.', null, 'not_sold'],
    // money named first, denied at the end, after data leave the platform
    ['Ihre Messdaten verlassen unser System nur auf Ihren Wunsch. Geld oder andere Vorteile erhalten wir dafür nicht.', null, 'not_sold'],
    // a member base swapped with partner companies
    ['Intercambiamos con las marcas del club de ventajas nuestra base de clientes para campañas conjuntas.', null, 'sold'],
    // guards: goods a private seller sold; a payment record reported to a credit bureau
    ['Als Verkäufer versenden Sie die verkaufte Ware selbst.', null, null],
    ['Informaremos mensualmente al buró de crédito el comportamiento de pago de su préstamo.', null, null],
  ] as const)('%s', expectStance);
});

describe(here + 'round 32, the German legal register (written anew)', () => {
  it.each([
    // a denial after "als solche"; a long subject whose example apposition follows the payment
    ['Ein Verkauf von Mitgliederdaten als solcher ist nicht vorgesehen.', null, 'not_sold'],
    ['Eine Weitergabe von Kundendaten an Dritte gegen Entgelt, etwa an Werbeagenturen, ist ausgeschlossen.', null, 'not_sold'],
    // "findet … zu keinem Zeitpunkt statt" after a list of recipients
    ['Eine Vermarktung Ihrer Daten an Dritte, etwa an Banken, Versicherer oder Makler, findet zu keinem Zeitpunkt statt.', null, 'not_sold'],
    // a passive denied before a list of recipients, its participle after the payment
    ['Mandantendaten werden unter keinen Umständen an Banken, Versicherer oder sonstige Dritte gegen Provision weitergegeben.', null, 'not_sold'],
    // a data swap denied after a comparative clause
    ['Einen Datentausch mit Partnerverlagen, wie er in der Branche verbreitet ist, betreiben wir nicht.', null, 'not_sold'],
    // commercial use of data by third parties, excluded
    ['Eine kommerzielle Nutzung Ihrer Vertragsdaten durch Dritte schließen wir aus.', null, 'not_sold'],
    // payments refused with a separable verb, after data denied to sponsors
    ['Sponsoren erhalten keine Mitgliederlisten, und wir nehmen dafür auch keinerlei Zahlungen entgegen.', null, 'not_sold'],
    // a grant paid "im Gegenzug" for data passed on
    ['Wir übermitteln die Anschriften der Mitglieder an die Versicherung, die im Gegenzug einen jährlichen Förderbetrag zahlt.', null, 'sold'],
    // Spanish: transfers of personal data with consideration, denied; a paid transfer that was abolished
    ['No realizamos transferencias de datos personales con contraprestación.', null, 'not_sold'],
    ['Hasta 2021 cedíamos a título oneroso los correos de los suscriptores. Esta práctica se ha suprimido.', null, 'not_sold'],
    // guards: goods not sold to resellers; commercial use of photos; data received from an intermediary we pay
    ['Ein Verkauf an Wiederverkäufer ist ausgeschlossen.', null, null],
    ['Eine kommerzielle Nutzung der Fotos durch Dritte ist nicht gestattet.', null, null],
    ['Buchen Sie über ein Reisebüro, erhalten wir vom Reisebüro Ihren Namen. Für jede Buchung zahlen wir dem Reisebüro eine Provision.', null, null],
  ] as const)('%s', expectStance);
});

describe(here + 'round 33, everyday wording of small organisations (written anew)', () => {
  it.each([
    // support or sponsorship in return for data
    ['Wenn Sie zustimmen, bekommen unsere Sponsoren Ihre E-Mail-Adresse – dafür unterstützen sie das Sommerfest.', null, 'sold'],
    ['Le pasamos tu correo a los sponsors del torneo y ellos nos bancan las camisetas.', null, 'sold'],
    ['Compartimos tu correo con gimnasios aliados que nos apoyan económicamente.', null, 'sold'],
    // a sponsored practice that has stopped
    ['Früher gaben wir die Mitgliederliste an eine Brauerei weiter, die im Gegenzug das Vereinsfest gesponsert hat. Das machen wir seit 2020 nicht mehr.', null, 'not_sold'],
    // paid per customer sent; paying for the right to use data
    ['Los comercios adheridos nos pagan por cada cliente que les mandamos.', null, 'sold'],
    ['Unsere Werbepartner zahlen dafür, dass sie deine Werbe-ID nutzen dürfen.', null, 'sold'],
    // an informal no; offers of money turned down
    ['Qué va. A nadie.', '¿Vendéis mis datos?', 'not_sold'],
    ['Geld geboten haben uns schon einige Adresshändler. Bekommen haben sie von uns nichts.', null, 'not_sold'],
    ['Una editorial nos ofreció guita por la lista de socios. Siempre dijimos que no.', null, 'not_sold'],
    // guards: goods and ad space
    ['No se venden cigarrillos sueltos.', null, null],
    ['Inserate und Bannerplätze verkaufen wir an Betriebe aus der Region.', null, null],
  ] as const)('%s', expectStance);
});

describe(here + 'round 34, statements spread over several sentences (written anew)', () => {
  it.each([
    // ads a payment is for, named before it in a relative clause: money for ads, no data
    ['El blog se mantiene con anuncios por los que algunas marcas nos pagan.', null, null],
    ['Die Seite finanziert sich über Anzeigen, für die uns Werbepartner bezahlen.', null, null],
    ['The site is funded by ads for which advertisers pay us a monthly fee.', null, null],
    ['Vivimos de los anuncios, por los que las empresas anunciantes nos pagan cada mes. Tus datos no se ceden a nadie.', null, null],
    // a sponsor pays and gets ad space in return
    ['Die Sparkasse zahlt einen festen Betrag und erhält dafür Werbeflächen auf unserer Website.', null, null],
    ['Unser Partner zahlt eine Pauschale und bekommt dafür Werbeplätze in der Vereinszeitung.', null, null],
    ['La empresa paga una cantidad fija y recibe a cambio espacios publicitarios en la revista.', null, null],
    ['De sponsor betaalt een vast bedrag en krijgt daarvoor advertentieruimte in ons clubblad.', null, null],
    ['Le partenaire verse une somme fixe et reçoit en échange des espaces publicitaires dans notre magazine.', null, null],
    // data said not to be part of the deal named in the sentence before
    ['Wir verdienen Geld mit Werbung auf unserer Seite. Ihre Daten sind nicht Teil dieses Geschäfts.', null, 'not_sold'],
    ['Ganamos dinero con la publicidad de la web. Tus datos no forman parte de este acuerdo.', null, 'not_sold'],
    ["Nous gagnons de l'argent grâce à la publicité. Vos données ne font pas partie de cet accord.", null, 'not_sold'],
    ['Wij verdienen geld met advertenties. Uw gegevens maken geen deel uit van deze afspraak.', null, 'not_sold'],
    ['We earn money from advertising. Your data is not part of this deal.', null, 'not_sold'],
    // a fee whose amount depends on the number of requests passed on
    ['Wir leiten Ihre Anfrage an bis zu drei Handwerksbetriebe weiter. Die Höhe der Vergütung bemisst sich nach der Anzahl der weitergeleiteten Kontakte.', null, 'sold'],
    ['We pass your details to partner dealers. The amount of the fee depends on the number of leads we send them.', null, 'sold'],
    ['Enviamos su solicitud a las empresas colaboradoras. El importe de la comisión depende del número de solicitudes enviadas.', null, 'sold'],
    ['Wij sturen uw aanvraag door naar aannemers. De hoogte van de vergoeding hangt af van het aantal doorgestuurde aanvragen.', null, 'sold'],
    ['Nous transmettons votre demande à des artisans partenaires. Le montant de la commission dépend du nombre de demandes transmises.', null, 'sold'],
    // guards: a fee that depends on something else; a deal that is not about data
    ['Die Höhe der Gebühr richtet sich nach der Laufzeit des Vertrags.', null, null],
    ['Unsere Preise sind nicht Teil dieses Angebots.', null, null],
  ] as const)('%s', expectStance);
});

describe(here + 'round 35, data and sale words that do not make a sale of personal data (written anew)', () => {
  it.each([
    // we buy (the subject after the verb): buying is no sale
    ['Für unsere Mailings kaufen wir Adressen bei einem Listbroker ein.', null, null],
    ['Zur Neukundengewinnung kaufen wir gelegentlich Adressdaten bei Adresshändlern.', null, null],
    // the reader buys, and the fee is the reader's price
    ['Gegen eine Gebühr können Sie bei uns ein Gutachten zu Ihrem Fahrzeug kaufen.', null, null],
    ['For a fee of 9 euros you can buy a report about your own vehicle from us.', null, null],
    // data about companies, not people (unless people are in it)
    ['Wir verkaufen Firmendaten an Vertriebsteams.', null, null],
    ['Vendemos datos empresariales a departamentos comerciales.', null, null],
    ["Nous vendons des données d'entreprises aux équipes commerciales.", null, null],
    ['Wij verkopen bedrijfsgegevens aan verkoopafdelingen.', null, null],
    ['Vendemos bases de datos de empresas y profesionales.', null, 'sold'],
    // something else sold, "not the data of our customers" / "not about people"
    ['Vendemos bonos de datos, no los datos de nuestros clientes.', null, 'not_sold'],
    ['We sell data plans, not the data of our customers.', null, 'not_sold'],
    ['Wir verkaufen Datentarife, nicht die Daten unserer Kunden.', null, 'not_sold'],
    ['Nous vendons des forfaits de données, pas les données de nos clients.', null, 'not_sold'],
    ['Wij verkopen databundels, niet de gegevens van onze klanten.', null, 'not_sold'],
    ['Vendemos informes sobre vehículos, no sobre personas.', null, 'not_sold'],
    ['We sell reports about vehicles, not about people.', null, 'not_sold'],
    ['Wir verkaufen Berichte über Fahrzeuge, nicht über Personen.', null, 'not_sold'],
    // a share of the partners' advertising revenue (a compound) for data passed on
    ['Wir geben Ihren Standort an Werbepartner weiter und werden an deren Werbeeinnahmen beteiligt.', null, 'sold'],
    ['Ihre Nutzungsdaten erhalten unsere Partner; dafür sind wir an ihren Werbeumsätzen beteiligt.', null, 'sold'],
    // free access to a tool as the consideration (noun before adjective)
    ['A cambio de acceso gratuito a su herramienta, compartimos con el proveedor los correos de nuestros clientes.', null, 'sold'],
    // our sale after a condition on the reader's vehicle; "Ihrem Namen" as the data sold
    ['Wenn Sie Ihr Auto bei uns inserieren, verkaufen wir die Fahrgestellnummer zusammen mit Ihrem Namen an Händler.', null, 'sold'],
    ['Sobald Sie Ihr Fahrrad registrieren, verkaufen wir die Rahmennummer samt Ihrem Namen an Versicherer.', null, 'sold'],
  ] as const)('%s', expectStance);
});

describe(here + 'round 36, negation, scope and conditions (written anew)', () => {
  it.each([
    // the object first, then "hingegen schon" / "en cambio, sí" / "daarentegen wel" / "en revanche, oui": a partial sale
    ['Ihre Gesundheitsdaten verkaufen wir nicht; Ihre Kaufhistorie hingegen schon.', null, 'sold'],
    ['No vendemos tus datos de contacto; tus perfiles de compra, en cambio, sí.', null, 'sold'],
    ['Uw naam verkopen wij niet; uw klantprofielen daarentegen wel.', null, 'sold'],
    ["Nous ne vendons pas vos coordonnées ; vos profils d'achat, en revanche, oui.", null, 'sold'],
    // "not every / not all" negates a quantifier, not the sale after it
    ['Nicht alle Partner bekommen Ihre Daten – verkauft werden sie nur an zwei Auskunfteien.', null, 'sold'],
    ['Not all of our partners get your data – it is sold only to the two agencies listed below.', null, 'sold'],
    ['No todos los socios reciben tus datos – solo se venden a las dos agencias indicadas.', null, 'sold'],
    // ad space is goods; revenue from advertising with no hand-over is no payment for data
    ['Wir verkaufen keine Werbeplätze auf unserer Website.', null, null],
    ['Generamos ingresos por publicidad.', null, null],
    ['Esta aplicación no genera ingresos por publicidad.', null, null],
    // "gibt es" is no hand-over; tickets received against cash are goods
    ['Einen Vorverkauf gibt es nicht; Tickets erhalten Sie nur an der Tageskasse gegen Barzahlung.', null, null],
    // guards: data swapped for ad space, ad revenue in return for data, "not without consent" (DESIGN: still not_sold)
    ['Wir tauschen keine Kundenlisten gegen Anzeigenplätze.', null, 'not_sold'],
    ['Generamos ingresos por publicidad y, a cambio, compartimos tu ubicación con las redes publicitarias.', null, 'sold'],
    ['Ohne Ihre ausdrückliche Einwilligung werden wir Ihre Kontaktdaten nicht an Adresshändler verkaufen.', null, 'not_sold'],
  ] as const)('%s', expectStance);
});

describe(here + 'round 37, sales and denials without the verb "sell" (written anew)', () => {
  it.each([
    // data as the subject of a passive "kommerziell verwertet" / a reflexive "se explotará": the exploitation is of data
    ['Bewerberdaten werden von uns weder kommerziell verwertet noch an Personalvermittler weitergegeben, die dafür bezahlen.', null, 'not_sold'],
    // a German passive negated by "nichts" / "nie" before licensing and "zu Geld machen" (DESIGN: "not without consent" is not_sold)
    ['Ohne Ihre Zustimmung wird nichts aus Ihrer Krankenakte an Dritte lizenziert oder anderweitig zu Geld gemacht.', null, 'not_sold'],
    // economic exploitation named as a noun
    ['Los datos de recorrido de los usuarios son objeto de aprovechamiento económico mediante su licencia a consultoras.', null, 'sold'],
    ['Los datos de navegación de nuestros lectores son objeto de aprovechamiento comercial mediante acuerdos con agencias.', null, 'sold'],
    // a contribution in return for a list handed over
    ['El club traspasa la lista de socios al patrocinador a cambio de la aportación anual acordada.', null, 'sold'],
    // a charge for access to people's data
    ['Cobramos a las empresas de selección por el acceso a los currículos de nuestros alumnos.', null, 'sold'],
    ['Personalagenturen berechnen wir eine Gebühr für den Zugang zu den Lebensläufen unserer Absolventen.', null, 'sold'],
    // guards: a charge for access to a premium service, photos licensed from an archive, a means denied
    ['Cobramos por el acceso al servicio premium una cuota mensual.', null, null],
    ['Las fotografías de nuestro archivo se licencian a revistas y periódicos.', null, null],
    ['Wir finanzieren das Portal über Anzeigen – und nicht dadurch, dass wir eure Profile an Werbekunden oder Datenhändler weiterreichen.', null, 'not_sold'],
  ] as const)('%s', expectStance);
});

describe(here + 'round 38, denials in unusual wording (written anew)', () => {
  it.each([
    // a quoted option named as absent, then "something we never do"; a label the reader switches off stays an opt-out
    ['You will not find a "sell my data to partners" switch in the app, because that is something we never do.', 'Settings', 'not_sold'],
    ['Schalten Sie unter Privatsphäre die Option „Daten an Werbepartner verkaufen“ aus, wenn Sie das nicht möchten.', 'Konto', 'sold'],
    // "schliesst … gegen Entgelt … aus" around the payment
    ['Das Berufsgeheimnis schliesst eine Weitergabe von Patientendaten gegen Entgelt ebenso aus wie jede andere Offenlegung.', null, 'not_sold'],
    // nobody pays us / we charge nobody for the reader's data
    ['Nadie nos paga por saber qué compras ni dónde vives.', null, 'not_sold'],
    ['No cobramos a ninguna empresa por tus datos.', null, 'not_sold'],
    // a conditional payment, and no such deal today
    ['Solo cederíamos tus datos a cambio de una compensación si nos lo autorizaras, y a día de hoy no existe ningún acuerdo de ese tipo.', null, 'not_sold'],
    ['Eine Weitergabe gegen Entgelt käme nur mit Ihrer Einwilligung in Betracht; derzeit bestehen keine solchen Vereinbarungen.', null, 'not_sold'],
    // data handed to sponsors as part of the package they buy
    ['Los datos de contacto de los participantes se entregan a los patrocinadores como parte del paquete de patrocinio que adquieren.', 'Patrocinio', 'sold'],
    ['Attendee names and job titles are passed to sponsors as part of the sponsorship package they buy.', 'Sponsors', 'sold'],
    // "no se negocian con nadie"
    ['Los datos de nuestros socios no se negocian con nadie.', null, 'not_sold'],
    // guard: "unverkäuflich" said of goods
    ['Unverkäufliche Muster legen wir Ihrer Bestellung kostenlos bei; dafür geben wir Ihre Adresse an den Versanddienst weiter.', null, null],
  ] as const)('%s', expectStance);
});

describe(here + 'round 39, short statements of small organisations (written anew)', () => {
  it.each([
    // disclosure denied "con fines de lucro" / "con ánimo de lucro"
    ['Los datos de los pacientes no se transferirán a terceros con fines de lucro.', null, 'not_sold'],
    ['No comunicamos sus datos a otras entidades con ánimo de lucro.', 'Cesión de datos', 'not_sold'],
    // a contribution to costs in return for a members' list
    ['Die Mitgliederliste überlassen wir dem Sponsor im Gegenzug für eine Beteiligung an den Turnierkosten.', null, 'sold'],
  ] as const)('%s', expectStance);
});

describe(here + 'round 40, professions and sectors with their own secrecy (written anew)', () => {
  it.each([
    // the receiver of a fee also receives the data right after it
    ['Im Rahmen der Kooperation erhält der Verlag gegen ein monatliches Entgelt Namen und E-Mail-Adressen unserer Abonnenten.', null, 'sold'],
    // a fear dispelled
    ['Wer uns schreibt, muss nicht befürchten, dass seine Nachricht weitergegeben oder gar zu Geld gemacht wird.', null, 'not_sold'],
    // a commission per contract paid to us for the users' data we pass on (es-2079), in one sentence or money first
    ['Wir übermitteln Ihren Namen und Ihre Anschrift an den Energieversorger, der uns für jeden abgeschlossenen Vertrag eine Provision zahlt.', null, 'sold'],
    ['Von den Versicherern erhalten wir eine Provision. Dafür übermitteln wir Ihren Namen und Ihre Telefonnummer an den Versicherer.', null, 'sold'],
    // no income from the data; passed on "con fines lucrativos" denied; a rental that was given up
    ['El Ayuntamiento no obtiene ingreso alguno por los datos del padrón.', null, 'not_sold'],
    ['Sus datos no se transmiten a terceros con fines lucrativos.', null, 'not_sold'],
    ['Hasta 2020 alquilábamos nuestro fichero de clientes a otras empresas. Esa práctica se abandonó.', null, 'not_sold'],
    // "ceder" without gain, denied, is no sale denial (es-2142)
    ['La clínica no cederá sus datos a terceros, salvo obligación legal o cuando sea imprescindible para su tratamiento, como el envío de radiografías al laboratorio.', null, null],
    // guards: a commission we pay our own advisers; a payment with the hand-over denied
    ['Onze adviseurs ontvangen van ons een provisie per afgesloten polis en hebben daarvoor toegang tot uw naam en adres.', null, null],
    ['Wir erhalten von unseren Partnern eine Provision. Ihre Daten werden dabei nicht übermittelt.', null, null],
  ] as const)('%s', expectStance);
});

describe(here + 'round 41, denials next to goods, orders, vehicles and tickets (written anew)', () => {
  it.each([
    // goods sold, then "but never / but no / not" data
    ['Wir verkaufen Ersatzteile, aber niemals die Daten unserer Kunden.', null, 'not_sold'],
    ['Wir verkaufen Tickets, aber keine Daten unserer Besucher.', null, 'not_sold'],
    ['Vendemos seguros, no datos.', null, 'not_sold'],
    ['Vendemos entradas, pero nunca los datos de los asistentes.', null, 'not_sold'],
    // a data object only after a semicolon is not the object of a goods sale before it
    ['Auf unserem Marktplatz verkaufen private Anbieter und Händler ihre gebrauchten Waren; wir selbst verkaufen weder die Daten der Käufer noch die der Verkäufer.', 'Marktplatz', 'not_sold'],
    // data named right before the verb, after goods the reader buys
    ['Welche Produkte Sie kaufen, wird gespeichert, diese Informationen verkaufen wir aber nicht an Hersteller.', 'Kundenkarte', 'not_sold'],
    // the reader renting a vehicle is goods
    ['Los datos que nos entregas al arrendar un vehículo, incluida la ubicación del auto, no se venden a terceros.', null, 'not_sold'],
    // guard: vehicle data is data
    ['Wir verkaufen Ihre Fahrzeugdaten nicht.', null, 'not_sold'],
  ] as const)('%s', expectStance);
});

describe(here + 'round 42, sale words with an everyday business meaning (written anew)', () => {
  it.each([
    // flats and holiday homes rented out are goods; the data denied after "pero"
    ['Alquilamos apartamentos de vacaciones, pero no alquilamos ni vendemos los datos de nuestros huéspedes.', null, 'not_sold'],
    // the reader's own sale, then statistics and e-mail shared with agencies that pay for them
    ['Si publicás artículos para vender, compartimos tus estadísticas de ventas y tu correo con agencias que nos pagan por esa información.', 'Vendedores', 'sold'],
    // products "zum Weiterverkauf" are goods resold
    ['Fachgeschäfte, die unsere Produkte zum Weiterverkauf beziehen, erhalten von uns keine Endkundendaten, denn Kundendaten verkaufen wir grundsätzlich nicht.', null, 'not_sold'],
    // pictures licensed, and after "aber" the photographers' data denied
    ['Wir lizenzieren Bilder an Redaktionen, aber die Kontaktdaten unserer Fotografen werden nicht verkauft.', 'Bildrechte', 'not_sold'],
  ] as const)('%s', expectStance);
});

describe(here + 'round 43, a denial next to a second topic with its own sale words (written anew)', () => {
  it.each([
    // licences sold as goods, then "nicht aber … Daten" / "no forman parte de lo que vendemos"
    ['Wir verkaufen Lizenzen für unsere App, nicht aber die bei der Registrierung erfassten Daten.', 'Lizenzen', 'not_sold'],
    ['Vendemos licencias de nuestro programa, pero los datos de registro no forman parte de lo que vendemos.', 'Licencias', 'not_sold'],
    // metering data sold, with energy fed into the grid in the same sentence
    ['Vendemos a comercializadoras los datos de consumo horario de tu vivienda y de la energía que viertes a la red.', 'Energía', 'sold'],
    // goods sold for clients, then a denied sale of data
    ['Vendemos cuadros por cuenta de nuestros clientes, pero nunca vendemos los datos de contacto de los compradores.', 'Subastas', 'not_sold'],
    // guards: goods then "nicht aber Ihre Daten"; debts sold with the debtor's data
    ['Wir verkaufen Schuhe und Taschen – nicht aber Ihre Daten.', 'Shop', 'not_sold'],
    ['Bei Zahlungsrückstand können wir offene Forderungen an ein Inkassobüro verkaufen und übermitteln dem Käufer dazu Ihren Namen und Ihre Anschrift.', 'Inkasso', 'sold'],
  ] as const)('%s', expectStance);
});

describe(here + 'payment processing and "licensing data" are no sale (written anew, session 22)', () => {
  it.each([
    // payment services taken on and payment data passed to the parties of a payment: "Zahlungsdiensten" is no money received
    ['Wir nehmen zur Abwicklung von Zahlungsdiensten Auftragsdaten entgegen und übermitteln auftragsgemäß Zahlungsdaten an Zahler, Zahlungsempfänger und deren Banken.', null, null],
    ['Zur Ausführung von Überweisungen nehmen wir Zahlungsaufträge entgegen und leiten die Zahlungsdaten an die Bank des Empfängers weiter.', null, null],
    // guards: a commission or payments taken for passing data on
    ['Für die Weitergabe Ihrer Adresse an Partner nehmen wir eine Provision entgegen.', null, 'sold'],
    ['Wir geben Ihre Kontaktdaten an Versicherer weiter und nehmen dafür Zahlungen entgegen.', null, 'sold'],
    // "licensing data" as a category in a list of data collected, not licensing data out
    ['Subscription and licensing data.', null, null],
    ['We collect payment data, subscription and licensing data, and device data.', null, null],
    // guards: data licensed out
    ['We earn revenue by licensing data to market research firms.', null, 'sold'],
    ['We license information about how you use our mobile network to retailers.', null, 'sold'],
  ] as const)('%s', expectStance);
});
