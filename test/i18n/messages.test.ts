import { expect } from '@open-wc/testing';
import { loadMessages, messagesFor, supportedLocales } from '../../src/i18n/index.js';
import type { Messages } from '../../src/i18n/index.js';
import { en } from '../../src/i18n/messages.js';

const keys = Object.keys(en) as (keyof Messages)[];
const placeholders = (s: string): string[] =>
  [...new Set([...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!))].sort();

describe('messages', () => {
  before(() => Promise.all(supportedLocales.map((l) => loadMessages(l))));

  it('offers en, es, fr, de, pt-BR, ja and ar', () => {
    expect([...supportedLocales].sort()).to.deep.equal([
      'ar',
      'de',
      'en',
      'es',
      'fr',
      'ja',
      'pt-BR',
    ]);
  });

  for (const locale of supportedLocales) {
    describe(locale, () => {
      let m: Messages;
      before(() => {
        m = messagesFor(locale);
      });

      it('has every key, each a non-empty string, and nothing else', () => {
        expect(Object.keys(m).sort()).to.deep.equal([...keys].sort());
        for (const k of keys) {
          expect(m[k], k).to.be.a('string');
          expect(m[k].trim(), k).to.not.equal('');
        }
      });

      it('uses the same placeholders as English in every message', () => {
        for (const k of keys)
          expect(placeholders(m[k]), `${locale}.${k}: ${m[k]}`).to.deep.equal(placeholders(en[k]));
      });

      it('has balanced braces and no markup', () => {
        for (const k of keys) {
          expect(m[k].replace(/\{\w+\}/g, ''), k).to.not.match(/[{}<>]/);
          expect(m[k], k).to.not.match(/^\s|\s$/);
        }
      });

      if (locale !== 'en') {
        it('is translated (differs from English in most messages)', () => {
          const same = keys.filter((k) => m[k] === en[k]);
          expect(same.length, same.join(', ')).to.be.below(keys.length / 10);
        });
      }
    });
  }

  it('writes Japanese and Arabic in their scripts', () => {
    expect(messagesFor('ja').donateGeneric).to.match(
      /\p{Script=Han}|\p{Script=Hiragana}|\p{Script=Katakana}/u,
    );
    for (const k of keys) expect(messagesFor('ar')[k], k).to.match(/\p{Script=Arabic}/u);
  });

  describe('English accessible names follow the contract', () => {
    const contract: Partial<Messages> = {
      amountGroup: 'Donation amount',
      otherAmount: 'Other amount',
      frequencyGroup: 'Donation frequency',
      once: 'One-time',
      monthly: 'Monthly',
      firstName: 'First name',
      lastName: 'Last name',
      email: 'Email',
      tryAgain: 'Try again',
      donateGeneric: 'Donate',
      testMode: 'Test mode',
      donate: 'Donate {amount}',
      donateMonthly: 'Donate {amount} monthly',
    };
    for (const [k, v] of Object.entries(contract)) {
      it(`${k} is "${v}"`, () => expect(en[k as keyof Messages]).to.equal(v));
    }

    it('the tip control starts with "Add a tip"; every donate button with "Donate"', () => {
      expect(en.tipLabel.startsWith('Add a tip')).to.equal(true);
      for (const k of ['donate', 'donateMonthly', 'donateGeneric', 'donateTo'] as const) {
        expect(en[k].startsWith('Donate'), k).to.equal(true);
      }
    });

    it('keeps the exact wording of the brief for the other strings', () => {
      expect(en).to.include({
        donorGroup: 'Your details',
        tipLabel: 'Add a tip to support {partner}',
        tipNone: 'No tip',
        total: 'Total: {amount}',
        totalMonthly: 'Total: {amount} per month',
        donateTo: 'Donate to {nonprofit}',
        loading: 'Loading donation form…',
        close: 'Close',
        redirecting: 'Taking you to secure checkout…',
        awaiting:
          "Complete your donation in the checkout window. We'll update this page when it's done.",
        openCheckout: 'Open checkout',
        popupBlocked: 'Your browser blocked the checkout window.',
        checking: 'Checking your donation…',
        thanks: 'Thank you for your donation!',
        thanksDetail: 'Your gift of {amount} to {nonprofit} was received.',
        tokens: '{count} SIR tokens awarded',
        statusFailed: 'The payment did not go through. You can try again.',
        statusCancelled: 'The donation was cancelled.',
        donateAgain: 'Make another donation',
        poweredBy: 'Secure donations powered by SIR Giving',
        errEmpty: 'Enter an amount',
        errInvalid: 'Enter a valid amount, like {example}',
        errTooPrecise: 'Use at most {digits} decimal places',
        errWhole: 'Enter a whole amount',
        errMin: 'The minimum donation is {min}',
        errMax: 'The maximum donation is {max}',
        errEmail: 'Enter a valid email address',
        errRequired: '{field} is required',
        errNetwork: "We couldn't reach the donation service. Check your connection and try again.",
        errRateLimited: 'Too many requests. Please wait a moment and try again.',
        unavailPartner: "Donations aren't available here right now.",
        unavailNonprofit: "We couldn't find this nonprofit.",
        misconfigured: "This donation form isn't set up correctly.",
        errUnsafeLink: "The checkout link looked unsafe, so we didn't open it.",
      });
    });
  });
});
