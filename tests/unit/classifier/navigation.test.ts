import { describe, expect, it } from 'vitest';
import { looksLikeNavigation } from '../../../lib/classifier/navigation';

const here = 'classifier/navigation: ';

describe(here + 'looksLikeNavigation', () => {
  it.each([
    'Sprache auswählen Deutsch Afrikaans Albanisch Amharisch Arabisch Armenisch Aserbaidschanisch Baskisch Bengalisch Birmanisch Bosnisch Bulgarisch Dänisch Esperanto Estnisch Filipino Finnisch Französisch Friesisch Galizisch Georgisch Griechisch Hindi Irisch Isländisch Italienisch Japanisch Powered by Google Übersetzer',
    'Home Shop Online Store Sell on Marketplace Build and Sell Pricing Partners Careers About Us Contact Blog Help Center Community Developers Status Press Investors Terms of Service Privacy Policy Cookie Settings Accessibility Sitemap Español Français Deutsch Nederlands',
  ])('a menu: %s', (text) => {
    expect(looksLikeNavigation(text)).toBe(true);
  });

  it.each([
    // noun-heavy German prose keeps its commas and lower-case words
    'Wir erheben Name, Anschrift, E-Mail-Adresse, Telefonnummer, Geburtsdatum, Bankverbindung, Kundennummer, Bestellhistorie, Zahlungsinformationen, Lieferadresse, Rechnungsadresse, Geräte-ID, IP-Adresse, Browsertyp, Betriebssystem, Spracheinstellung, Zeitzone und Standortdaten, wenn Sie ein Konto anlegen oder eine Bestellung aufgeben.',
    // formal German address capitalises "Sie"/"Ihre", but the sentence says "wir"
    'Dafür vermieten wir Ihren Namen und Ihre Anschrift gegen eine Gebühr zur einmaligen Nutzung für eine konkrete Werbeaktion an Unternehmen Ihrer Region; Angaben zu Ihrem Einkaufsverhalten, Ihrer Bonität oder Ihrer Gesundheit geben wir dabei nie weiter.',
    // short items are headings and list entries, read on purpose
    'Verkauf personenbezogener Daten',
    'We do not sell, rent or trade your personal information to third parties, and we never will, whatever the offer and whoever makes it to us.',
  ])('not a menu: %s', (text) => {
    expect(looksLikeNavigation(text)).toBe(false);
  });
});
