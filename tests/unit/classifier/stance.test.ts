import { describe, expect, it } from 'vitest';
import { saleStance } from '../../../lib/classifier/stance';

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
  ])('%j → %s', (text, expected) => {
    expect(saleStance(text)).toBe(expected);
  });

  it('is total and linear on hostile input', () => {
    expect(saleStance('')).toBe(null);
    expect(saleStance(undefined as unknown as string)).toBe(null);
    const t0 = performance.now();
    saleStance('not '.repeat(100_000) + 'sell ' .repeat(50_000));
    expect(performance.now() - t0).toBeLessThan(3000);
  });
});
