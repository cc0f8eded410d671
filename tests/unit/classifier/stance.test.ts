import { describe, expect, it } from 'vitest';
import { cueSeen, foldText, saleStance, saleWording, sharingStance, textMaySignalSale, type WeakCues } from '../../../lib/classifier/stance';
import { tokenInfo, tokenize } from '../../../lib/classifier/tokenize';

const here = '[classifier/stance] ';

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
  ])('answer under the heading %j: %j → %s', (heading, text, expected) => {
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
});
