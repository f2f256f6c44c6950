import { expect } from '@open-wc/testing';
import { SirApiError } from '../../src/api/errors.js';
import {
  buildCreateLinkBody,
  checkoutUrlOrError,
  tipAmountMinor,
  type CheckoutOptions,
  type DonationSelection,
} from '../../src/core/index.js';

const options: CheckoutOptions = {
  nonprofit: 'american-red-cross',
  currency: 'usd',
  provider: 'stripe',
};
const selection: DonationSelection = { amount: 2500, frequency: 'once' };

describe('buildCreateLinkBody', () => {
  it('sends only what is needed, currency upper-cased', () => {
    expect(buildCreateLinkBody(selection, options)).to.deep.equal({
      nonprofitSlug: 'american-red-cross',
      amount: 2500,
      currency: 'USD',
      frequency: 'once',
      provider: 'stripe',
    });
  });

  it('keeps the donation alone in amount and sends the tip beside it', () => {
    const body = buildCreateLinkBody(
      { ...selection, frequency: 'monthly', tipPercent: 10 },
      { ...options, provider: 'every.org' },
    );
    expect(body).to.deep.equal({
      nonprofitSlug: 'american-red-cross',
      amount: 2500,
      currency: 'USD',
      frequency: 'monthly',
      provider: 'every.org',
      tipPercent: 10,
      tipAmount: 250,
    });
  });

  for (const tipPercent of [undefined, 0, -5, Number.NaN, Infinity])
    it(`sends no tip for tipPercent ${tipPercent}`, () => {
      const body = buildCreateLinkBody({ ...selection, tipPercent }, options);
      expect(body).not.to.have.any.keys('tipPercent', 'tipAmount');
    });

  it('sends no tip when tipping is off', () => {
    const body = buildCreateLinkBody({ ...selection, tipPercent: 10 }, { ...options, tip: false });
    expect(body).not.to.have.any.keys('tipPercent', 'tipAmount');
  });

  it('trims donor fields and leaves out empty ones', () => {
    const body = buildCreateLinkBody(
      { ...selection, donorEmail: '  ada@example.org ', firstName: ' ', lastName: '' },
      options,
    );
    expect(body.donorEmail).to.equal('ada@example.org');
    expect(body).not.to.have.any.keys('firstName', 'lastName');
    const full = buildCreateLinkBody(
      { ...selection, donorEmail: 'a@b.c', firstName: 'Ada', lastName: ' Lovelace' },
      options,
    );
    expect(full).to.include({ donorEmail: 'a@b.c', firstName: 'Ada', lastName: 'Lovelace' });
  });

  it('passes a referral code through, trimmed, only when given', () => {
    expect(
      buildCreateLinkBody(selection, { ...options, referralCode: ' SPRING24 ' }).referralCode,
    ).to.equal('SPRING24');
    expect(buildCreateLinkBody(selection, { ...options, referralCode: '  ' })).not.to.have.any.keys(
      'referralCode',
    );
    expect(
      buildCreateLinkBody(selection, { ...options, referralCode: undefined }),
    ).not.to.have.any.keys('referralCode');
  });

  it('computes tipAmount with the currency digits: KWD and JPY', () => {
    const kwd = buildCreateLinkBody(
      { amount: 1500, frequency: 'once', tipPercent: 12.5 },
      { ...options, currency: 'KWD' },
    );
    expect(kwd).to.include({ amount: 1500, currency: 'KWD', tipPercent: 12.5, tipAmount: 188 });
    const jpy = buildCreateLinkBody(
      { amount: 505, frequency: 'once', tipPercent: 10 },
      { ...options, currency: 'jpy' },
    );
    expect(jpy).to.include({ amount: 505, currency: 'JPY', tipAmount: 51 });
  });

  for (const amount of [0, -100, 12.5, Number.NaN, 2 ** 53])
    it(`refuses amount ${amount} with INVALID_AMOUNT`, () => {
      let thrown: unknown;
      try {
        buildCreateLinkBody({ ...selection, amount }, options);
      } catch (e) {
        thrown = e;
      }
      expect(thrown).to.be.instanceOf(SirApiError);
      expect(thrown).to.include({ code: 'INVALID_AMOUNT', retryable: false });
    });
});

describe('tipAmountMinor', () => {
  const table: [number, number, string, number][] = [
    [2500, 10, 'USD', 250],
    [1999, 15, 'USD', 300], // 299.85
    [1005, 10, 'USD', 101], // 100.5: half-up
    [1004, 10, 'USD', 100],
    [5, 10, 'USD', 1], // 0.5
    [1, 10, 'USD', 0],
    [1500, 12.5, 'KWD', 188], // 187.5
    [1234, 10, 'KWD', 123], // 1.234 KWD → 0.1234
    [1235, 10, 'KWD', 124], // 123.5
    [505, 10, 'JPY', 51], // ¥50.5
    [1234, 5, 'JPY', 62], // ¥61.7
    [1000, 0.1, 'JPY', 1],
    [500, 0.1, 'USD', 1], // 0.5 despite 0.1 not being exact in binary
    [3333, 33.3, 'USD', 1110], // 1109.889
    [375, 9.2, 'USD', 35], // 34.5, which plain floats compute as 34.4999…
    [1500, 2.3, 'KWD', 35], // 34.5 again
  ];
  for (const [minor, percent, c, out] of table)
    it(`${percent}% of ${minor} ${c} minor → ${out}`, () =>
      expect(tipAmountMinor(minor, percent, c)).to.equal(out));
});

describe('checkoutUrlOrError', () => {
  const HTTPS_BASE = 'https://devapi.sirgiving.org';
  const LOOPBACK_BASE = 'http://localhost:8787';
  const table: [link: unknown, base: string, ok: string | false][] = [
    [
      'https://checkout.stripe.com/c/pay/cs_test_1',
      HTTPS_BASE,
      'https://checkout.stripe.com/c/pay/cs_test_1',
    ],
    ['HTTPS://Checkout.Example/pay', HTTPS_BASE, 'https://checkout.example/pay'],
    ['https://checkout.example/pay', LOOPBACK_BASE, 'https://checkout.example/pay'],
    ['http://localhost:8787/checkout/pd_1', LOOPBACK_BASE, 'http://localhost:8787/checkout/pd_1'],
    [
      'http://127.0.0.1:8787/checkout/pd_1',
      'http://127.0.0.1:8787',
      'http://127.0.0.1:8787/checkout/pd_1',
    ],
    ['http://localhost:8787/checkout/pd_1', HTTPS_BASE, false],
    ['http://localhost:8787/checkout/pd_1', 'not a url', false],
    ['http://checkout.example/pay', LOOPBACK_BASE, false],
    ['http://checkout.example/pay', HTTPS_BASE, false],
    ['javascript:alert(1)', HTTPS_BASE, false],
    ['JaVaScRiPt:alert(1)', LOOPBACK_BASE, false],
    [' javascript:alert(1)', HTTPS_BASE, false],
    ['data:text/html,<script>alert(1)</script>', HTTPS_BASE, false],
    ['blob:https://checkout.example/1', HTTPS_BASE, false],
    ['ftp://checkout.example/pay', HTTPS_BASE, false],
    ['/checkout/pd_1', HTTPS_BASE, false],
    ['checkout/pd_1', LOOPBACK_BASE, false],
    ['//evil.example/pay', HTTPS_BASE, false],
    ['https://user:pass@checkout.example/', HTTPS_BASE, false],
    ['https://', HTTPS_BASE, false],
    ['http://[::1', LOOPBACK_BASE, false],
    ['', HTTPS_BASE, false],
    [undefined, HTTPS_BASE, false],
    [42, HTTPS_BASE, false],
  ];
  for (const [link, base, ok] of table) {
    it(`${JSON.stringify(link)} with api ${base} → ${ok || 'refused'}`, () => {
      const run = () => checkoutUrlOrError(link as string, base);
      if (ok) {
        expect(run()).to.equal(ok);
        return;
      }
      let thrown: unknown;
      try {
        run();
      } catch (e) {
        thrown = e;
      }
      expect(thrown).to.be.instanceOf(SirApiError);
      expect(thrown).to.include({ code: 'UNSAFE_CHECKOUT_URL', retryable: false });
      // The refused value never reaches the message (UI, events, console).
      if (typeof link === 'string' && link) expect((thrown as Error).message).not.to.contain(link);
    });
  }

  it('takes the create-link response as well', () => {
    expect(checkoutUrlOrError({ donationLink: 'https://checkout.example/x' }, HTTPS_BASE)).to.equal(
      'https://checkout.example/x',
    );
    expect(() => checkoutUrlOrError({ donationLink: 'javascript:void 0' }, HTTPS_BASE)).to.throw(
      SirApiError,
    );
  });
});
