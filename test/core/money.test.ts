import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  checkRange,
  currencyDigits,
  formatForInput,
  formatMoney,
  fromMinor,
  isValidCurrency,
  parseAmount,
  toMinor,
} from '../../src/core/index.js';

const NBSP = '\u00a0';
const NNBSP = '\u202f';
// Intl puts (narrow) no-break spaces in currency formats; compare them as plain spaces.
const spaces = (s: string) => s.replace(/\s/g, ' ');

describe('currencyDigits / isValidCurrency', () => {
  const digits: [string, number][] = [
    ['USD', 2],
    ['usd', 2],
    ['EUR', 2],
    ['JPY', 0],
    ['KWD', 3],
    ['BRL', 2],
    ['INR', 2],
  ];
  for (const [c, d] of digits)
    it(`${c} has ${d} decimals`, () => expect(currencyDigits(c)).to.equal(d));

  it('throws RangeError for a malformed code', () => {
    expect(() => currencyDigits('US')).to.throw(RangeError);
  });

  const valid: [unknown, boolean][] = [
    ['USD', true],
    ['usd', true],
    ['KWD', true],
    ['JPY', true],
    ['US', false],
    ['USDD', false],
    ['U$D', false],
    ['', false],
    [123, false],
    [undefined, false],
  ];
  for (const [c, ok] of valid)
    it(`isValidCurrency(${JSON.stringify(c)}) is ${ok}`, () =>
      expect(isValidCurrency(c)).to.equal(ok));

  it('rejects well-formed codes Intl does not know, where Intl lists currencies', function () {
    if (!Intl.supportedValuesOf) this.skip();
    expect(isValidCurrency('XYZ')).to.equal(false);
  });
});

describe('toMinor / fromMinor', () => {
  const table: [number, string, number][] = [
    [19.99, 'USD', 1999],
    [25, 'USD', 2500],
    [0.1 + 0.2, 'USD', 30],
    [0.285, 'USD', 29], // 0.285 * 100 = 28.499999999999996 in floats
    [1.005, 'USD', 101], // more precision than USD has: halves round up
    [1.005, 'KWD', 1005],
    [1.5, 'KWD', 1500],
    [500, 'JPY', 500],
    [500.5, 'JPY', 501],
    [1e-7, 'USD', 0],
    [1e21, 'USD', 1e23],
    [0, 'EUR', 0],
  ];
  for (const [major, c, minor] of table)
    it(`${major} ${c} → ${minor}`, () => expect(toMinor(major, c)).to.equal(minor));

  it('refuses non-finite numbers', () => {
    expect(() => toMinor(Number.NaN, 'USD')).to.throw(RangeError);
    expect(() => toMinor(Infinity, 'USD')).to.throw(RangeError);
  });

  const back: [number, string, number][] = [
    [1999, 'USD', 19.99],
    [1005, 'KWD', 1.005],
    [500, 'JPY', 500],
    [2500, 'USD', 25],
  ];
  for (const [minor, c, major] of back)
    it(`fromMinor(${minor}, ${c}) = ${major}`, () => expect(fromMinor(minor, c)).to.equal(major));

  it('round-trips every cent amount exactly (property, 2000 runs)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e12 }),
        fc.constantFrom('USD', 'JPY', 'KWD'),
        (minor, c) => toMinor(fromMinor(minor, c), c) === minor,
      ),
      { numRuns: 2000 },
    );
  });
});

describe('formatMoney / formatForInput', () => {
  const money: [number, string, string, string][] = [
    [2500, 'USD', 'en-US', '$25'],
    [1250, 'USD', 'en-US', '$12.50'],
    [123456, 'USD', 'en-US', '$1,234.56'],
    [1, 'USD', 'en-US', '$0.01'],
    [500, 'JPY', 'en-US', '¥500'],
    [1500, 'KWD', 'en-US', 'KWD 1.500'],
    [1005, 'KWD', 'en-US', 'KWD 1.005'],
    [2000, 'KWD', 'en-US', 'KWD 2'],
    [1250, 'EUR', 'de-DE', '12,50 €'],
    [2500, 'EUR', 'de-DE', '25 €'],
    [123456, 'BRL', 'pt-BR', 'R$ 1.234,56'],
  ];
  for (const [minor, c, l, out] of money)
    it(`formatMoney(${minor}, ${c}, ${l}) = ${out}`, () =>
      expect(spaces(formatMoney(minor, c, l))).to.equal(out));

  const input: [number, string, string, string][] = [
    [2500, 'USD', 'en-US', '25'],
    [1250, 'USD', 'en-US', '12.50'],
    [123456, 'USD', 'en-US', '1,234.56'],
    [123456, 'EUR', 'de-DE', '1.234,56'],
    [123456, 'EUR', 'fr-FR', `1${NNBSP}234,56`],
    [10000000, 'INR', 'en-IN', '1,00,000'],
    [500, 'JPY', 'ja-JP', '500'],
    [1005, 'KWD', 'en-US', '1.005'],
    [1250, 'USD', 'ar-EG', '١٢٫٥٠'],
  ];
  for (const [minor, c, l, out] of input)
    it(`formatForInput(${minor}, ${c}, ${l}) = ${out}`, () =>
      expect(formatForInput(minor, c, l)).to.equal(out));

  it('falls back to the default locale for a malformed locale tag', () => {
    expect(() => formatMoney(2500, 'USD', 'en_US!')).not.to.throw();
    expect(parseAmount('25', 'en_US!', 'USD')).to.deep.equal({ ok: true, major: 25, minor: 2500 });
  });
});

describe('checkRange', () => {
  const table: [number, string | undefined][] = [
    [99, 'below-min'],
    [100, undefined],
    [5000, undefined],
    [10000000, undefined],
    [10000001, 'above-max'],
  ];
  for (const [minor, out] of table)
    it(`${minor} in [100, 10000000] → ${out}`, () =>
      expect(checkRange(minor, 100, 10000000)).to.equal(out));
});

describe('parseAmount', () => {
  type Row = [text: string, locale: string, currency: string, expected: number | string];
  // A number is the expected minor amount; a string the expected failure reason.
  const table: Row[] = [
    // en-US
    ['12.50', 'en-US', 'USD', 1250],
    ['12.5', 'en-US', 'USD', 1250],
    ['1,234.56', 'en-US', 'USD', 123456],
    ['1,234', 'en-US', 'USD', 123400],
    ['1234', 'en-US', 'USD', 123400],
    ['$25', 'en-US', 'USD', 2500],
    ['  $ 25  ', 'en-US', 'USD', 2500],
    ['25$', 'en-US', 'USD', 2500],
    // Only the symbol Intl uses is stripped, not codes or names.
    ['25 USD', 'en-US', 'USD', 'invalid'],
    ['usd 25', 'en-US', 'USD', 'invalid'],
    ['.5', 'en-US', 'USD', 50],
    ['12.', 'en-US', 'USD', 1200],
    ['0', 'en-US', 'USD', 0],
    ['007', 'en-US', 'USD', 700],
    ['12.500', 'en-US', 'USD', 1250],
    ['1 234.56', 'en-US', 'USD', 123456],
    ['1.234,56', 'en-US', 'USD', 123456],
    ['1.234.567', 'en-US', 'USD', 123456700],
    ['１２．５０', 'en-US', 'USD', 1250],
    ['12,50', 'en-US', 'USD', 'ambiguous'],
    ['12,5', 'en-US', 'USD', 'ambiguous'],
    ['1,23,4', 'en-US', 'USD', 'invalid'],
    ['1,2345', 'en-US', 'USD', 'ambiguous'],
    ['1,00,000', 'en-US', 'USD', 10000000], // Indian grouping reads in every locale
    [',234', 'en-US', 'USD', 'ambiguous'],
    ['1,234 567', 'en-US', 'USD', 'invalid'],
    ['12.34.56', 'en-US', 'USD', 'invalid'],
    ['1.2,3.4', 'en-US', 'USD', 'invalid'],
    ['12.345', 'en-US', 'USD', 'too-precise'],
    ['-5', 'en-US', 'USD', 'negative'],
    ['−5', 'en-US', 'USD', 'negative'],
    ['-$5', 'en-US', 'USD', 'negative'],
    ['$-5', 'en-US', 'USD', 'negative'],
    ['', 'en-US', 'USD', 'empty'],
    ['   ', 'en-US', 'USD', 'empty'],
    ['$', 'en-US', 'USD', 'empty'],
    ['-', 'en-US', 'USD', 'invalid'],
    ['.', 'en-US', 'USD', 'invalid'],
    ['abc', 'en-US', 'USD', 'invalid'],
    ['12a', 'en-US', 'USD', 'invalid'],
    ['1e3', 'en-US', 'USD', 'invalid'],
    ['Infinity', 'en-US', 'USD', 'invalid'],
    ['ten', 'en-US', 'USD', 'invalid'],
    ['2$5', 'en-US', 'USD', 'invalid'],
    ['€25', 'en-US', 'USD', 'invalid'],
    ['25 abc', 'en-US', 'USD', 'invalid'],
    ['99999999999999999999', 'en-US', 'USD', 'invalid'],
    // de-DE
    ['1.234,56', 'de-DE', 'EUR', 123456],
    ['12,50', 'de-DE', 'EUR', 1250],
    ['1.234', 'de-DE', 'EUR', 123400],
    ['25 €', 'de-DE', 'EUR', 2500],
    ['25€', 'de-DE', 'EUR', 2500],
    ['€ 25', 'de-DE', 'EUR', 2500],
    ['1,234.56', 'de-DE', 'EUR', 123456],
    ['12.50', 'de-DE', 'EUR', 'ambiguous'],
    ['1,234', 'de-DE', 'EUR', 'too-precise'],
    ['1.23', 'de-DE', 'EUR', 'ambiguous'],
    // fr-FR: any kind of space groups
    ['1 234,56', 'fr-FR', 'EUR', 123456],
    [`1${NBSP}234,56`, 'fr-FR', 'EUR', 123456],
    [`1${NNBSP}234,56`, 'fr-FR', 'EUR', 123456],
    [`1${NNBSP}234,56${NNBSP}€`, 'fr-FR', 'EUR', 123456],
    ['12,50 €', 'fr-FR', 'EUR', 1250],
    ['12.50', 'fr-FR', 'EUR', 1250],
    ['1.234,56', 'fr-FR', 'EUR', 123456],
    ['1.234', 'fr-FR', 'EUR', 'ambiguous'],
    ['1 23,5', 'fr-FR', 'EUR', 'invalid'],
    ['25 $US', 'fr-FR', 'USD', 2500],
    // es-ES groups only from five digits when formatting, but donors may group four
    ['1234,50', 'es-ES', 'EUR', 123450],
    ['1.234,50', 'es-ES', 'EUR', 123450],
    // pt-BR
    ['R$ 1.234,56', 'pt-BR', 'BRL', 123456],
    ['R$25', 'pt-BR', 'BRL', 2500],
    // ja-JP (full-width input from an IME)
    ['500', 'ja-JP', 'JPY', 500],
    ['￥500', 'ja-JP', 'JPY', 500],
    ['¥500', 'ja-JP', 'JPY', 500],
    ['500円', 'ja-JP', 'JPY', 'invalid'],
    ['５００', 'ja-JP', 'JPY', 500],
    ['1,000', 'ja-JP', 'JPY', 1000],
    ['500.0', 'ja-JP', 'JPY', 500],
    ['500.5', 'ja-JP', 'JPY', 'too-precise'],
    ['¥500', 'en-US', 'JPY', 500],
    // ar-EG: Arabic-Indic digits and marks, or Latin ones
    ['١٢٫٥٠', 'ar-EG', 'USD', 1250],
    ['١٬٢٣٤٫٥٦', 'ar-EG', 'USD', 123456],
    ['\u200f١٢٫٥٠ US$', 'ar-EG', 'USD', 1250],
    ['12.50', 'ar-EG', 'USD', 1250],
    ['۱۲', 'ar-EG', 'USD', 'invalid'], // Persian digits are not read
    ['١٬٢٣٫٤', 'ar-EG', 'USD', 'invalid'],
    // en-IN: lakh grouping and Western grouping both read
    ['1,00,000', 'en-IN', 'INR', 10000000],
    ['100,000', 'en-IN', 'INR', 10000000],
    ['₹1,00,000.50', 'en-IN', 'INR', 10000050],
    ['12,34,567', 'en-IN', 'INR', 123456700],
    ['1,0,000', 'en-IN', 'INR', 'invalid'],
    // de-CH: typographic or typed apostrophe
    ['1’234.50', 'de-CH', 'CHF', 123450],
    ["1'234.50", 'de-CH', 'CHF', 123450],
    ['CHF 25', 'de-CH', 'CHF', 2500],
    ['12,50', 'de-CH', 'CHF', 1250],
    ['1,234', 'de-CH', 'CHF', 'ambiguous'],
    // KWD has three decimals
    ['1.005', 'en-US', 'KWD', 1005],
    ['KWD 1.5', 'en-US', 'KWD', 1500],
    ['1.0055', 'en-US', 'KWD', 'too-precise'],
    ['1,005', 'de-DE', 'KWD', 1005],
  ];

  for (const [text, locale, currency, expected] of table) {
    it(`${JSON.stringify(text)} in ${locale} ${currency} → ${expected}`, () => {
      const r = parseAmount(text, locale, currency);
      if (typeof expected === 'number')
        expect(r).to.deep.equal({
          ok: true,
          minor: expected,
          major: fromMinor(expected, currency),
        });
      else expect(r).to.deep.equal({ ok: false, reason: expected });
    });
  }

  const LOCALES = ['en-US', 'de-DE', 'fr-FR', 'es-ES', 'pt-BR', 'ja-JP', 'ar-EG', 'en-IN', 'de-CH'];
  const CURRENCIES = ['USD', 'EUR', 'JPY', 'KWD', 'BRL', 'INR'];
  // Small amounts are typical, large ones exercise every grouping.
  const minor = fc.oneof(
    fc.integer({ min: 0, max: 100_000 }),
    fc.integer({ min: 0, max: 100_000_000_000 }),
  );
  const locale = fc.constantFrom(...LOCALES);
  const currency = fc.constantFrom(...CURRENCIES);
  const RUNS = 3000;

  it(`round-trips formatForInput for every locale and currency (property, ${RUNS} runs)`, () => {
    fc.assert(
      fc.property(minor, locale, currency, (m, l, c) => {
        expect(parseAmount(formatForInput(m, c, l), l, c)).to.deep.equal({
          ok: true,
          minor: m,
          major: fromMinor(m, c),
        });
      }),
      { numRuns: RUNS },
    );
  });

  it(`round-trips formatMoney, symbol and all (property, ${RUNS} runs)`, () => {
    fc.assert(
      fc.property(minor, locale, currency, (m, l, c) => {
        expect(parseAmount(formatMoney(m, c, l), l, c)).to.deep.equal({
          ok: true,
          minor: m,
          major: fromMinor(m, c),
        });
      }),
      { numRuns: RUNS },
    );
  });

  it(`reads negative formatted amounts as negative (property, 500 runs)`, () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e9 }), locale, currency, (m, l, c) => {
        expect(parseAmount(formatMoney(-m, c, l), l, c)).to.deep.equal({
          ok: false,
          reason: 'negative',
        });
      }),
      { numRuns: 500 },
    );
  });

  it('never throws and only returns safe non-negative amounts, whatever is typed (property, 2000 runs)', () => {
    const typed = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.stringMatching(/^[-$€ .,'’0-9١٢٫٬]{0,12}$/),
    );
    fc.assert(
      fc.property(typed, locale, currency, (text, l, c) => {
        const r = parseAmount(text, l, c);
        if (r.ok) {
          expect(Number.isSafeInteger(r.minor) && r.minor >= 0).to.equal(true);
          expect(r.major).to.equal(fromMinor(r.minor, c));
        }
      }),
      { numRuns: 2000 },
    );
  });
});
