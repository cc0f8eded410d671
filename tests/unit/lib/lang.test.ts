import { describe, expect, it } from 'vitest';
import { franc } from 'franc-min';
import { detectLang, iso6393ToBcp47, quickLang } from '../../../lib/lang';

const here = '[lib/lang] ';

/** Policy-like prose written for this test, ≥ 25 words each. */
const OURS: [string, string][] = [
  ['en', 'We collect your name and email address when you create an account. We do not sell your personal information to third parties, and we keep it for two years after your last login, after which it is deleted.'],
  ['nl', 'Wij verzamelen uw naam en e-mailadres wanneer u een account aanmaakt. Wij verkopen uw persoonsgegevens nooit aan derden en bewaren ze niet langer dan twee jaar na uw laatste bezoek, daarna worden ze verwijderd.'],
  ['de', 'Wir erheben Ihren Namen und Ihre E-Mail-Adresse, wenn Sie ein Konto anlegen. Wir verkaufen Ihre personenbezogenen Daten nicht an Dritte und speichern sie für zwei Jahre nach Ihrer letzten Anmeldung, danach werden sie gelöscht.'],
  ['fr', 'Nous collectons votre nom et votre adresse e-mail lorsque vous créez un compte. Nous ne vendons pas vos données personnelles à des tiers et nous les conservons pendant deux ans après votre dernière connexion, puis nous les supprimons.'],
  ['es', 'Recopilamos su nombre y su dirección de correo electrónico cuando crea una cuenta. No vendemos sus datos personales a terceros y los conservamos durante dos años después de su último inicio de sesión, y luego los eliminamos.'],
];

/** Look-alikes of our five: the quick check must leave them to franc. */
const LOOK_ALIKES: [string, string][] = [
  ['pt', 'Recolhemos o seu nome e o seu endereço de correio eletrónico quando cria uma conta. Não vendemos os seus dados pessoais a terceiros e conservamos os dados durante dois anos após o seu último acesso, e depois são eliminados.'],
  ['it', 'Raccogliamo il tuo nome e il tuo indirizzo email quando crei un account. Non vendiamo i tuoi dati personali a terzi e li conserviamo per due anni dopo il tuo ultimo accesso, dopo di che sono cancellati dai nostri sistemi.'],
  ['ca', 'Recollim el vostre nom i la vostra adreça de correu electrònic quan creeu un compte. No venem les vostres dades personals a tercers i les conservem durant dos anys després del vostre darrer accés, i després les eliminem.'],
  ['af', 'Ons versamel jou naam en e-posadres wanneer jy ’n rekening skep. Ons verkoop nie jou persoonlike inligting aan derde partye nie, en ons hou dit vir twee jaar na jou laaste besoek, waarna dit uitgevee word.'],
  ['da', 'Vi indsamler dit navn og din e-mailadresse, når du opretter en konto. Vi sælger ikke dine personoplysninger til tredjeparter, og vi opbevarer dem i to år efter dit sidste login, hvorefter de bliver slettet.'],
];

describe(`${here}quickLang`, () => {
  it.each(OURS)('%s policy prose → its language', (lang, text) => {
    expect(quickLang(text)).toBe(lang);
  });
  it.each(LOOK_ALIKES)('%s prose → null (franc decides)', (_lang, text) => {
    expect(quickLang(text)).toBeNull();
  });
  it.each([
    ['too few words', 'We sell your data.'],
    ['one function word in five', 'Cookies and analytics tracking pixels'],
    ['mostly another script', `我们收集您提供的个人信息，用于处理订单和改进我们的服务。我们不会出售您的个人数据。${OURS[0][1].slice(0, 60)}`],
    ['no function words', Array.from({ length: 40 }, (_, i) => `token${i}`).join(' ')],
    ['empty', ''],
  ])('%s → null', (_case, text) => {
    expect(quickLang(text)).toBeNull();
  });
  it('every answer it gives is franc’s answer too', () => {
    const CANDIDATES = ['eng', 'nld', 'deu', 'fra', 'spa', 'ita', 'por', 'swe', 'dan', 'nob', 'cat', 'afr'];
    for (const [, text] of [...OURS, ...LOOK_ALIKES]) {
      const quick = quickLang(text);
      if (quick) expect(quick).toBe(iso6393ToBcp47(franc(text, { only: CANDIDATES })));
    }
  });
});

/** Single clauses, 5–24 words, written for this test (the Spanish one after a fixture clause of this project). */
const SHORT: [string, string][] = [
  ['en', 'If you have questions about this privacy policy, please contact us at privacy@example.com'],
  ['en', 'to administer surveys, sweepstakes, giveaways, contests, or similar promotions sponsored by us or our partners,'],
  ['nl', 'Wij bewaren uw gegevens niet langer dan nodig is voor het doel.'],
  ['de', 'Wir geben Ihre Daten nicht an Dritte weiter, außer wenn das Gesetz es verlangt.'],
  ['fr', 'Nous ne vendons pas vos données personnelles à des tiers.'],
  ['es', 'Podemos compartir sus datos con otras sociedades de nuestro grupo para fines administrativos.'],
];
const SHORT_LOOK_ALIKES: [string, string][] = [
  ['pt', 'Não vendemos os seus dados pessoais a terceiros, nunca.'],
  ['it', 'Non vendiamo i tuoi dati personali a terzi, mai.'],
  ['ca', 'No venem les vostres dades personals a tercers i les conservem dos anys.'],
  ['da', 'Vi sælger ikke dine personoplysninger til tredjeparter, og vi sletter dem efter to år.'],
];

describe(`${here}quickLang on single clauses (policylens tag without "lang")`, () => {
  // franc's trigrams alone call the two English ones French and the Spanish one Portuguese
  it.each(SHORT)('%s clause → its language', (lang, text) => {
    expect(quickLang(text)).toBe(lang);
    expect(detectLang(text)).toBe(lang);
  });
  it.each(SHORT_LOOK_ALIKES)('%s clause → null (franc decides)', (_lang, text) => {
    expect(quickLang(text)).toBeNull();
  });
});

describe(`${here}detectLang`, () => {
  it.each([...OURS, ['pt', LOOK_ALIKES[0][1]], ['it', LOOK_ALIKES[1][1]]])('%s', (lang, text) => {
    expect(detectLang(text)).toBe(lang);
  });
});
