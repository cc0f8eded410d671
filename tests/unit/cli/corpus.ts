/**
 * Small hand-written privacy policies in the five supported languages, and helpers that render
 * them as .txt, .md or .html. Used by the CLI tests and by scripts/bench-cli.ts. Written for this
 * project (no third-party text).
 */

export type Lang = 'en' | 'de' | 'nl' | 'fr' | 'es';

export interface PolicySection {
  heading: string;
  paragraphs: string[];
}

export interface Policy {
  lang: Lang;
  title: string;
  sections: PolicySection[];
}

export const POLICIES: Record<Lang, Policy> = {
  en: {
    lang: 'en',
    title: 'Privacy Policy',
    sections: [
      { heading: 'What we collect', paragraphs: ['We collect your name, email address and order history when you create an account, place an order or contact our support team.'] },
      { heading: 'Sale of personal data', paragraphs: ['We do not sell, rent or lease your personal information to third parties, and we never will.'] },
      { heading: 'Sharing', paragraphs: ['We share your data with payment processors, delivery companies and advertising partners such as Google and Meta, who act on our behalf.'] },
      { heading: 'Cookies', paragraphs: ['We use cookies and similar tracking technologies, including Google Analytics and Hotjar, to measure traffic and personalise advertising.'] },
      { heading: 'Remote support', paragraphs: ['Our support staff may access your device remotely to solve a technical problem, but only after you give explicit permission for each session.'] },
      { heading: 'Retention', paragraphs: ['We keep your account data for 2 years after your last login, after which it is deleted or anonymised.'] },
      { heading: 'Your rights', paragraphs: ['You have the right to access, correct and delete your personal data, and to object to processing. Contact privacy@example.com.'] },
      { heading: 'Children', paragraphs: ['Our services are not directed at children under 16 and we do not knowingly collect their data.'] },
    ],
  },
  de: {
    lang: 'de',
    title: 'Datenschutzerklärung',
    sections: [
      { heading: 'Welche Daten wir erheben', paragraphs: ['Wir erheben Ihren Namen, Ihre E-Mail-Adresse und Ihre Bestellhistorie, wenn Sie ein Konto anlegen oder eine Bestellung aufgeben.'] },
      { heading: 'Verkauf von Daten', paragraphs: ['Wir werden Ihre personenbezogenen Daten nicht verkaufen oder vermieten.'] },
      { heading: 'Weitergabe an Dritte', paragraphs: ['Wir geben Ihre Daten an Zahlungsdienstleister, Versanddienstleister und Werbepartner weiter, die in unserem Auftrag handeln.'] },
      { heading: 'Cookies', paragraphs: ['Wir verwenden Cookies und Tracking-Technologien wie Google Analytics, um die Nutzung unserer Website zu analysieren und Werbung zu personalisieren.'] },
      { heading: 'Fernwartung', paragraphs: ['Unsere Techniker können per Fernzugriff auf Ihr Gerät zugreifen, jedoch nur mit Ihrer ausdrücklichen Zustimmung.'] },
      { heading: 'Speicherdauer', paragraphs: ['Wir speichern Ihre Daten für 26 Monate nach Ihrer letzten Anmeldung und löschen sie danach.'] },
      { heading: 'Ihre Rechte', paragraphs: ['Sie haben das Recht auf Auskunft, Berichtigung und Löschung Ihrer Daten sowie das Recht auf Widerspruch.'] },
    ],
  },
  nl: {
    lang: 'nl',
    title: 'Privacyverklaring',
    sections: [
      { heading: 'Welke gegevens wij verzamelen', paragraphs: ['Wij verzamelen uw naam, e-mailadres en bestelgeschiedenis wanneer u een account aanmaakt of een bestelling plaatst.'] },
      { heading: 'Verkoop van gegevens', paragraphs: ['Wij verkopen uw persoonsgegevens nooit aan derden.'] },
      { heading: 'Delen met derden', paragraphs: ['Wij delen uw gegevens met betaaldienstverleners, bezorgdiensten en advertentiepartners die namens ons optreden.'] },
      { heading: 'Cookies', paragraphs: ['Wij gebruiken cookies en trackingtechnologieën, zoals Google Analytics, om het gebruik van onze website te meten en advertenties te personaliseren.'] },
      { heading: 'Toegang op afstand', paragraphs: ['Onze medewerkers kunnen op afstand toegang krijgen tot uw apparaat, maar alleen met uw uitdrukkelijke toestemming.'] },
      { heading: 'Bewaartermijn', paragraphs: ['Wij bewaren uw gegevens 26 maanden na uw laatste bezoek en verwijderen ze daarna.'] },
      { heading: 'Uw rechten', paragraphs: ['U heeft het recht op inzage, correctie en verwijdering van uw gegevens en het recht om bezwaar te maken.'] },
    ],
  },
  fr: {
    lang: 'fr',
    title: 'Politique de confidentialité',
    sections: [
      { heading: 'Données collectées', paragraphs: ['Nous collectons votre nom, votre adresse e-mail et votre historique de commandes lorsque vous créez un compte ou passez une commande.'] },
      { heading: 'Vente des données', paragraphs: ['Nous ne vendons pas vos données personnelles à des tiers.'] },
      { heading: 'Partage', paragraphs: ['Nous partageons vos données avec des prestataires de paiement, des transporteurs et des partenaires publicitaires qui agissent pour notre compte.'] },
      { heading: 'Cookies', paragraphs: ['Nous utilisons des cookies et des technologies de suivi, comme Google Analytics, pour mesurer l’audience et personnaliser la publicité.'] },
      { heading: 'Accès à distance', paragraphs: ['Nos techniciens peuvent accéder à distance à votre appareil, uniquement avec votre consentement explicite.'] },
      { heading: 'Durée de conservation', paragraphs: ['Nous conservons vos données pendant 3 ans après votre dernière connexion, puis nous les supprimons.'] },
      { heading: 'Vos droits', paragraphs: ['Vous disposez d’un droit d’accès, de rectification et d’effacement de vos données, ainsi que d’un droit d’opposition.'] },
    ],
  },
  es: {
    lang: 'es',
    title: 'Política de privacidad',
    sections: [
      { heading: 'Datos que recopilamos', paragraphs: ['Recopilamos su nombre, su dirección de correo electrónico y su historial de pedidos cuando crea una cuenta o realiza un pedido.'] },
      { heading: 'Venta de datos', paragraphs: ['No vendemos sus datos personales a terceros.'] },
      { heading: 'Compartir datos', paragraphs: ['Compartimos sus datos con procesadores de pago, empresas de transporte y socios publicitarios que actúan en nuestro nombre.'] },
      { heading: 'Cookies', paragraphs: ['Utilizamos cookies y tecnologías de seguimiento, como Google Analytics, para medir el tráfico y personalizar la publicidad.'] },
      { heading: 'Acceso remoto', paragraphs: ['Nuestros técnicos pueden acceder de forma remota a su dispositivo, solo con su consentimiento expreso.'] },
      { heading: 'Conservación', paragraphs: ['Conservamos sus datos durante 2 años después de su último inicio de sesión y luego los eliminamos.'] },
      { heading: 'Sus derechos', paragraphs: ['Tiene derecho a acceder, rectificar y suprimir sus datos, así como a oponerse a su tratamiento.'] },
    ],
  },
};

export const LANGS = Object.keys(POLICIES) as Lang[];

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function toText(p: Policy, extra: string[] = []): string {
  const parts = [p.title];
  for (const s of p.sections) parts.push(s.heading, ...s.paragraphs);
  parts.push(...extra);
  return parts.join('\n\n') + '\n';
}

export function toMarkdown(p: Policy): string {
  const parts = [`# ${p.title}`];
  for (const s of p.sections) parts.push(`## ${s.heading}`, ...s.paragraphs);
  return parts.join('\n\n') + '\n';
}

/** A realistic page: nav, cookie banner, the policy in <main>, footer. */
export function toHtml(p: Policy, extra: string[] = []): string {
  const body = p.sections
    .map((s) => `<section><h2>${esc(s.heading)}</h2>${s.paragraphs.map((t) => `<p>${esc(t)}</p>`).join('')}</section>`)
    .join('\n');
  return `<!doctype html>
<html lang="${p.lang}"><head><meta charset="utf-8"><title>${esc(p.title)} | Example Shop</title>
<style>body{font:16px sans-serif}</style><script>window.dataLayer=[];</script></head>
<body>
<nav><a href="/">Home</a> <a href="/shop">Shop</a> <a href="/privacy">${esc(p.title)}</a></nav>
<div id="cookie-banner" class="cookie-consent">We use cookies. <button>Accept all</button></div>
<main><article><h1>${esc(p.title)}</h1>
${body}
${extra.map((t) => `<p>${esc(t)}</p>`).join('\n')}
</article></main>
<footer>© Example Shop · <a href="/terms">Terms</a></footer>
</body></html>
`;
}

/** A page that is not a privacy policy at all. */
export const SHOP_PAGE = `<!doctype html><html lang="en"><head><title>Example Shop – Garden chairs</title></head>
<body><nav><a href="/">Home</a></nav><main><h1>Garden chairs</h1>
<p>Our teak garden chairs are weatherproof and fold flat for the winter. Free delivery over 50 euros.</p>
<p>Customers who bought this chair also bought a matching table and cushions in three colours.</p>
</main><footer><a href="/privacy">Privacy</a></footer></body></html>
`;
