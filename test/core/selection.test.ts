import { expect } from '@open-wc/testing';
import { Selection, type SelectionHost } from '../../src/core/index.js';

type Options = Partial<Omit<SelectionHost, 'requestUpdate' | 'changed'>>;

/** A selection over a plain host that records renders and change reports. */
function make(options: Options = {}) {
  const calls = { updates: 0, changes: [] as (number | undefined)[] };
  const host: SelectionHost = {
    amounts: '10,25,50,100',
    minAmount: 1,
    maxAmount: 100000,
    frequency: 'once',
    frequencies: 'once,monthly',
    collectDonor: false,
    currencyCode: 'USD',
    loc: 'en-US',
    ...options,
    requestUpdate: () => void calls.updates++,
    changed: () => void calls.changes.push(sel.amount()),
  };
  const sel = new Selection(host);
  sel.init();
  sel.initFrequency();
  calls.updates = 0;
  return { sel, calls, host };
}

describe('Selection: the initial amount', () => {
  it('selects the first preset by default, in minor units', () => {
    const { sel } = make();
    expect(sel.presets).to.deep.equal([10, 25, 50, 100]);
    expect(sel.preset).to.equal(1000);
    expect(sel.custom).to.equal('');
    expect(sel.amount()).to.equal(1000);
  });

  it('selects a listed `amount`, and puts an unlisted one in the custom field in the locale', () => {
    expect(make({ amount: 50 }).sel.preset).to.equal(5000);
    const { sel } = make({ amount: 1234.5, loc: 'de-DE', currencyCode: 'EUR' });
    expect(sel.preset).to.equal(null);
    expect(sel.custom).to.equal('1.234,50');
    expect(sel.amount()).to.equal(123450);
  });

  it('uses the currency’s own decimals (JPY 500 → 500)', () => {
    const { sel } = make({ amounts: '500,1000', currencyCode: 'JPY', loc: 'ja-JP' });
    expect(sel.preset).to.equal(500);
  });

  it('drops presets outside min..max and an out-of-range amount falls back to the first', () => {
    const { sel } = make({ amounts: '5,25,500', minAmount: 10, maxAmount: 100, amount: 1000 });
    expect(sel.presets).to.deep.equal([25]);
    expect(sel.preset).to.equal(2500);
  });

  it('offers the minimum when no preset is usable', () => {
    const { sel } = make({ amounts: '1,2', minAmount: 5 });
    expect(sel.presets).to.deep.equal([5]);
  });

  it('makes a bad range sane', () => {
    expect(make({ minAmount: -1, maxAmount: 'x' }).sel.range()).to.deep.equal([1, 100000]);
    expect(make({ minAmount: 200000, maxAmount: 5 }).sel.range()).to.deep.equal([200000, 200000]);
  });

  it('prefills the donor fields', () => {
    const { sel } = make({ firstName: 'Ada', donorEmail: 'ada@example.org' });
    expect(sel.donor).to.deep.equal({
      firstName: 'Ada',
      lastName: '',
      donorEmail: 'ada@example.org',
    });
  });

  it('reads a removed donor attribute (null) as empty', () => {
    const { sel } = make({ firstName: null, lastName: null, donorEmail: null, collectDonor: true });
    expect(sel.donor).to.deep.equal({ firstName: '', lastName: '', donorEmail: '' });
    expect(sel.validate()).to.equal(undefined);
    const { donorEmail, firstName, lastName } = sel.choice(1000, false);
    expect([donorEmail, firstName, lastName]).to.deep.equal([undefined, undefined, undefined]);
  });
});

describe('Selection: frequency', () => {
  it('offers what `frequencies` lists and starts with `frequency` when offered', () => {
    expect(make({ frequency: 'monthly' }).sel.freq).to.equal('monthly');
    const { sel } = make({ frequencies: 'monthly', frequency: 'once' });
    expect(sel.offered).to.deep.equal(['monthly']);
    expect(sel.freq).to.equal('monthly');
  });
});

describe('Selection: the custom amount', () => {
  const error = (text: string, options: Options = {}) => {
    const { sel } = make(options);
    sel.input(text);
    return sel.check();
  };

  it('reads what donors type in their locale', () => {
    expect(error('1.234,56', { loc: 'de-DE', currencyCode: 'EUR' })).to.equal(123456);
    expect(error('$ 12.50')).to.equal(1250);
  });

  it('names each problem with a message key and its parameters', () => {
    const params = { digits: 2, example: '25' };
    expect(error('')).to.deep.equal(['errEmpty', params]);
    expect(error('-5')).to.deep.equal(['errNegative', params]);
    expect(error('abc')).to.deep.equal(['errInvalid', params]);
    expect(error('12,50')).to.deep.equal(['errAmbiguous', params]);
    expect(error('1.234', { loc: 'de-DE', currencyCode: 'EUR' })).to.equal(123400);
    expect(error('1.555')).to.deep.equal(['errTooPrecise', params]);
    expect(error('5.5', { currencyCode: 'JPY' })).to.deep.equal(['errWhole']);
    expect(error('0.5')).to.deep.equal(['errMin', { min: '$1' }]);
    expect(error('100001')).to.deep.equal(['errMax', { max: '$100,000' }]);
  });

  it('refuses less than one minor unit even with min-amount 0', () => {
    expect(error('0', { minAmount: 0 })).to.deep.equal(['errMin', { min: '$0.01' }]);
  });

  it('reports a change only for a valid amount, and typing clears an error but never shows one', () => {
    const { sel, calls } = make();
    sel.input('abc');
    expect(sel.customError).to.equal(undefined);
    expect(calls.changes).to.deep.equal([]);
    sel.blur();
    expect(sel.customError).to.deep.equal(['errInvalid', { digits: 2, example: '25' }]);
    sel.input('30');
    expect(sel.customError).to.equal(undefined);
    expect(sel.preset).to.equal(null);
    expect(calls.changes).to.deep.equal([3000]);
    expect(calls.updates).to.be.greaterThan(0);
  });

  it('blur leaves an empty field and a chosen preset alone', () => {
    const { sel } = make();
    sel.input('');
    sel.blur();
    expect(sel.customError).to.equal(undefined);
    sel.pick(2500);
    sel.blur();
    expect(sel.customError).to.equal(undefined);
  });

  it('picking a preset clears the custom amount and its error', () => {
    const { sel, calls } = make();
    sel.input('x');
    sel.blur();
    sel.pick(5000);
    expect([sel.custom, sel.customError, sel.preset]).to.deep.equal(['', undefined, 5000]);
    expect(calls.changes).to.deep.equal([5000]);
  });
});

describe('Selection: validate before a donation', () => {
  it('returns the amount when everything is valid', () => {
    expect(make().sel.validate()).to.equal(1000);
  });

  it('sets the custom amount error and returns nothing', () => {
    const { sel } = make();
    sel.input('0');
    expect(sel.validate()).to.equal(undefined);
    expect(sel.customError).to.deep.equal(['errMin', { min: '$1' }]);
  });

  it('requires a valid email with collect-donor', () => {
    const { sel } = make({ collectDonor: true });
    expect(sel.validate()).to.equal(undefined);
    expect(sel.donorErrors.donorEmail).to.deep.equal(['errRequired']);
    sel.typeDonor('donorEmail', 'not-an-email');
    expect(sel.donorErrors.donorEmail, 'kept until valid').to.deep.equal(['errRequired']);
    expect(sel.validate()).to.equal(undefined);
    expect(sel.donorErrors.donorEmail).to.deep.equal(['errEmail']);
    sel.typeDonor('donorEmail', ' ada@example.org ');
    expect(sel.donorErrors.donorEmail).to.equal(undefined);
    expect(sel.validate()).to.equal(1000);
  });

  it('does not ask for an email without collect-donor', () => {
    const { sel } = make({ donorEmail: 'bad' });
    expect(sel.validate()).to.equal(1000);
  });
});

describe('Selection: tip, choice and reset', () => {
  it('reports a tip or frequency change with the current amount', () => {
    const { sel, calls } = make();
    sel.pickTip(15);
    sel.pickFrequency('monthly');
    expect(sel.tipPercent).to.equal(15);
    expect(sel.freq).to.equal('monthly');
    expect(calls.changes).to.deep.equal([1000, 1000]);
  });

  it('describes the choice for the checkout; a cleared prefilled field falls back to its attribute', () => {
    const { sel } = make({ firstName: 'Ada', donorEmail: 'ada@example.org' });
    sel.pickTip(10);
    sel.typeDonor('firstName', '');
    sel.typeDonor('lastName', 'Lovelace');
    expect(sel.choice(2500, true)).to.deep.equal({
      amount: 2500,
      frequency: 'once',
      tipPercent: 10,
      donorEmail: 'ada@example.org',
      firstName: 'Ada',
      lastName: 'Lovelace',
    });
    expect(sel.choice(2500, false).tipPercent).to.equal(undefined);
  });

  it('reset goes back to the initial amount, frequency and the given tip', () => {
    const { sel } = make({ amount: 25 });
    sel.input('99');
    sel.pickFrequency('monthly');
    sel.pickTip(20);
    sel.reset(10);
    expect([sel.preset, sel.custom, sel.freq, sel.tipPercent]).to.deep.equal([
      2500,
      '',
      'once',
      10,
    ]);
  });
});
