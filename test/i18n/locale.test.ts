import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  dictionaryFor,
  format,
  isRtl,
  loadMessages,
  messagesFor,
  messagesLoaded,
  resolveLocale,
  supportedLocales,
} from '../../src/i18n/index.js';
import { en } from '../../src/i18n/messages.js';
import { ar } from '../../src/i18n/locales/ar.js';
import { de } from '../../src/i18n/locales/de.js';
import { es } from '../../src/i18n/locales/es.js';
import { fr } from '../../src/i18n/locales/fr.js';
import { ja } from '../../src/i18n/locales/ja.js';
import { ptBR } from '../../src/i18n/locales/pt-BR.js';

describe('resolveLocale', () => {
  it('prefers the attribute, then <html lang>, then the browser languages', () => {
    expect(resolveLocale('fr', 'de', ['es'])).to.equal('fr');
    expect(resolveLocale(null, 'de', ['es'])).to.equal('de');
    expect(resolveLocale(undefined, '', ['es-MX', 'en'])).to.equal('es-MX');
    expect(resolveLocale('', null, ['ja'])).to.equal('ja');
  });

  it('returns the canonical tag', () => {
    expect(resolveLocale('EN-us', null, [])).to.equal('en-US');
    expect(resolveLocale('zh-hant-tw', null, [])).to.equal('zh-Hant-TW');
    expect(resolveLocale('  pt-br ', null, [])).to.equal('pt-BR');
  });

  it('skips invalid tags and moves to the next source', () => {
    expect(resolveLocale('en_US', 'de-AT', [])).to.equal('de-AT');
    expect(resolveLocale('not a locale', '12', ['x', 'ar-EG'])).to.equal('ar-EG');
  });

  it('keeps valid tags without messages (they still drive number formats)', () => {
    expect(resolveLocale('nl-BE', 'en', [])).to.equal('nl-BE');
  });

  it("falls back to 'en'", () => {
    expect(resolveLocale(null, null, [])).to.equal('en');
    expect(resolveLocale('!!', '', ['??'])).to.equal('en');
  });

  it('defaults to navigator.languages', () => {
    expect(resolveLocale(null, null)).to.equal(
      Intl.getCanonicalLocales(navigator.languages[0] ?? 'en')[0],
    );
  });

  it('never throws (property test)', () => {
    fc.assert(
      fc.property(
        fc.option(fc.string()),
        fc.option(fc.string()),
        fc.array(fc.string()),
        (a, b, c) => {
          expect(resolveLocale(a, b, c))
            .to.be.a('string')
            .and.not.equal('');
        },
      ),
    );
  });
});

describe('loadMessages', () => {
  it('answers in English until a translation is loaded, then in that language', async () => {
    expect(dictionaryFor('de-AT')).to.equal('de');
    // Another test file may have loaded it already; either way loading is idempotent.
    await loadMessages('de-AT');
    expect(messagesLoaded('de-AT')).to.equal(true);
    expect(messagesFor('de-AT').amountGroup).to.equal('Spendenbetrag');
  });

  it('needs no load for English or unknown languages', () => {
    expect(messagesLoaded('en-US')).to.equal(true);
    expect(messagesLoaded('zz')).to.equal(true);
    expect(dictionaryFor('not a tag')).to.equal('en');
  });
});

describe('messagesFor', () => {
  before(() => Promise.all(supportedLocales.map((l) => loadMessages(l))));
  const cases: [string, object][] = [
    ['en', en],
    ['en-GB', en],
    ['es', es],
    ['es-419', es],
    ['es-MX', es],
    ['fr-CA', fr],
    ['de', de],
    ['de-AT', de],
    ['de-Latn-CH', de],
    ['pt-BR', ptBR],
    ['pt', ptBR],
    ['pt-PT', ptBR],
    ['PT-br', ptBR],
    ['ja-JP', ja],
    ['ar', ar],
    ['ar-EG-u-nu-latn', ar],
    ['zz', en],
    ['zh-Hant-TW', en],
    ['not a locale', en],
    ['', en],
  ];
  for (const [locale, expected] of cases) {
    it(`'${locale}' → ${expected === en ? 'en' : (Object.entries({ es, fr, de, ptBR, ja, ar }).find(([, v]) => v === expected)?.[0] ?? '?')}`, () => {
      expect(messagesFor(locale)).to.deep.equal(expected);
    });
  }

  it('merges overrides on top, without touching the shared dictionary', () => {
    const warnings: string[] = [];
    const m = messagesFor('de', { donate: 'Jetzt {amount} geben' }, (w) => warnings.push(w));
    expect(m.donate).to.equal('Jetzt {amount} geben');
    expect(m.amountGroup).to.equal(de.amountGroup);
    expect(de.donate).to.equal('{amount} spenden');
    expect(messagesFor('de').donate).to.equal('{amount} spenden');
    expect(warnings).to.deep.equal([]);
  });

  it('ignores non-string, empty and unknown overrides with one warning each', () => {
    const warnings: string[] = [];
    const m = messagesFor(
      'en',
      {
        donate: 42,
        close: '',
        nope: 'x',
        thanks: undefined,
        once: 'Just once',
      } as unknown as Record<string, string>,
      (w) => warnings.push(w),
    );
    expect(m.donate).to.equal(en.donate);
    expect(m.close).to.equal(en.close);
    expect(m.once).to.equal('Just once');
    expect(m).to.not.have.property('nope');
    expect(warnings).to.have.length(3);
    expect(warnings.join('\n')).to.include('donate').and.include('close').and.include('nope');
  });

  it('accepts null or undefined overrides', () => {
    expect(messagesFor('fr', null)).to.deep.equal(fr);
    expect(messagesFor('fr', undefined)).to.deep.equal(fr);
  });
});

describe('format', () => {
  it('substitutes named placeholders', () => {
    expect(format(en.donate, { amount: '$25' })).to.equal('Donate $25');
    expect(format(en.thanksDetail, { amount: '€10', nonprofit: 'Red Cross' })).to.equal(
      'Your gift of €10 to Red Cross was received.',
    );
    expect(format('{n} + {n}', { n: 2 })).to.equal('2 + 2');
  });

  it('leaves unknown placeholders and inherited names alone', () => {
    expect(format('Hi {name} {constructor} {toString}', {})).to.equal(
      'Hi {name} {constructor} {toString}',
    );
  });

  it('is plain text: no $ patterns, no escaping, no HTML', () => {
    expect(format('Donate {amount}', { amount: "$&$1$'" })).to.equal("Donate $&$1$'");
    expect(format('{x}', { x: '<b>&amp;</b>' })).to.equal('<b>&amp;</b>');
  });

  it('does not substitute inside substituted values', () => {
    expect(format('{a}{b}', { a: '{b}', b: 'B' })).to.equal('{b}B');
  });
});

describe('isRtl', () => {
  for (const l of [
    'ar',
    'ar-EG',
    'he',
    'he-IL',
    'fa',
    'fa-IR',
    'ur',
    'yi',
    'ckb',
    'ps',
    'az-Arab',
  ]) {
    it(`${l} is right to left`, () => expect(isRtl(l)).to.equal(true));
  }
  for (const l of ['en', 'en-US', 'ja', 'de', 'pt-BR', 'zh-Hant', 'ku', 'tr', 'not a locale', '']) {
    it(`'${l}' is left to right`, () => expect(isRtl(l)).to.equal(false));
  }
});
