import { describe, expect, it } from 'vitest';
import { looksLikeNavigation } from '../../../lib/classifier/navigation';

const here = 'classifier/navigation: ';

/** Written for these tests: 100 words, 4 commas (0.04 per word, the limit for shorter runs). */
const LONG_MENU =
  'Startseite Neuheiten Bestseller Kopfhörer Kabellose Kopfhörer Sportkopfhörer Kinderkopfhörer Headsets Headsets für das Büro Headsets für Callcenter Headsets für Fahrer Zubehör Ladekabel Netzteile und Adapter Ersatzpolster Taschen, Hüllen und Ständer Angebote Reduzierte Modelle, nur für kurze Zeit Generalüberholte Geräte, mit Garantie Geschäftskunden Lösungen für Teams Lösungen für Hybrides Arbeiten Lösungen für Kundenservice Händler finden Läden und Webshops, die unsere Geräte verkaufen Support Produktregistrierung Bedienungsanleitungen Software Updates Garantie Reparatur Kontakt Über uns Unternehmen Karriere Presse Nachhaltigkeit Investoren Newsletter Anmelden Mein Konto Bestellungen Wunschliste Warenkorb Land wählen Deutschland Österreich Schweiz Nederland France España Italia Polska Sverige Danmark Norge Suomi Impressum Datenschutz Cookie-Einstellungen Barrierefreiheit';
/** 102 words, all but four capitalised. */
const TABLE_OF_CONTENTS =
  'Inhalt Über Diese Hinweise Datenschutzhinweise Verantwortliche Stelle Welche Daten wir erheben Kontodaten Nutzungsdaten Gerätedaten Standortdaten Zahlungsdaten Zwecke Der Verarbeitung Bereitstellung Der Dienste Kundensupport Produktverbesserung Marketing Sicherheit Rechtsgrundlagen An Wen Wir Ihre Daten Weitergeben Zahlungsdienstleister Hosting-Anbieter Werbepartner Vertriebspartner Behörden Unternehmenstransaktionen Internationale Übermittlungen Wie wir Ihre Daten schützen Technische Maßnahmen Organisatorische Maßnahmen Speicherdauer Ihre Rechte Auskunft Berichtigung Löschung Einschränkung Datenübertragbarkeit Widerspruch Beschwerde Kinder Änderungen Kontakt Hinweise Für Einwohner Kaliforniens Ihre Rechte Nach Dem CCPA Recht Auf Auskunft Recht Auf Löschung Recht Auf Widerspruch Gegen Den Verkauf Nicht-Diskriminierung Autorisierte Vertreter Hinweise Für Andere Länder Brasilien Kanada Japan Südkorea Australien Schweiz Vereinigtes Königreich Stand Dieser Hinweise';
/** 42 words, 2 commas (0.048 per word). */
const CCPA_NOTICE =
  'Hinweis für Einwohner von Kalifornien Beispiel GmbH verkauft keine personenbezogenen Daten an Dritte (gemäß California Civil Code §§ 1798.100-1798.199, auch als California Consumer Privacy Act von 2018 bekannt), und Beispiel GmbH gibt an Dritte keine personenbezogenen Daten für Direktwerbung weiter (gemäß California Civil Code Sec. 1798.83).';

describe(here + 'looksLikeNavigation', () => {
  it.each([
    'Sprache auswählen Deutsch Afrikaans Albanisch Amharisch Arabisch Armenisch Aserbaidschanisch Baskisch Bengalisch Birmanisch Bosnisch Bulgarisch Dänisch Esperanto Estnisch Filipino Finnisch Französisch Friesisch Galizisch Georgisch Griechisch Hindi Irisch Isländisch Italienisch Japanisch Powered by Google Übersetzer',
    'Home Shop Online Store Sell on Marketplace Build and Sell Pricing Partners Careers About Us Contact Blog Help Center Community Developers Status Press Investors Terms of Service Privacy Policy Cookie Settings Accessibility Sitemap Español Français Deutsch Nederlands',
  ])('a menu: %s', (text) => {
    expect(looksLikeNavigation(text)).toBe(true);
  });

  it('a long menu whose items carry commas ("Reduzierte Modelle, nur für kurze Zeit")', () => {
    expect(looksLikeNavigation(LONG_MENU)).toBe(true);
  });

  it('a table of contents, although its entries say "wir"', () => {
    expect(looksLikeNavigation(TABLE_OF_CONTENTS)).toBe(true);
  });

  it.each([
    // noun-heavy German prose keeps its commas and lower-case words
    'Wir erheben Name, Anschrift, E-Mail-Adresse, Telefonnummer, Geburtsdatum, Bankverbindung, Kundennummer, Bestellhistorie, Zahlungsinformationen, Lieferadresse, Rechnungsadresse, Geräte-ID, IP-Adresse, Browsertyp, Betriebssystem, Spracheinstellung, Zeitzone und Standortdaten, wenn Sie ein Konto anlegen oder eine Bestellung aufgeben.',
    // formal German address capitalises "Sie"/"Ihre", but the sentence says "wir"
    'Dafür vermieten wir Ihren Namen und Ihre Anschrift gegen eine Gebühr zur einmaligen Nutzung für eine konkrete Werbeaktion an Unternehmen Ihrer Region; Angaben zu Ihrem Einkaufsverhalten, Ihrer Bonität oder Ihrer Gesundheit geben wir dabei nie weiter.',
    // short items are headings and list entries, read on purpose
    'Verkauf personenbezogener Daten',
    'We do not sell, rent or trade your personal information to third parties, and we never will, whatever the offer and whoever makes it to us.',
    // a notice full of names and citations, under 100 words: the stricter comma share still applies
    CCPA_NOTICE,
  ])('not a menu: %s', (text) => {
    expect(looksLikeNavigation(text)).toBe(false);
  });
});
