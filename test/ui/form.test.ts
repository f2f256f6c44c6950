import { expect } from '@open-wc/testing';
import {
  CONFIG,
  FakeApi,
  accessibleName,
  allByRole,
  byRole,
  captureConsole,
  click,
  detailsOf,
  donateButton,
  eventually,
  eventsOf,
  mount,
  radioNames,
  resetPage,
  root,
  typeInto,
  waitFor,
  type SirDonate,
} from './helpers.js';

const other = (el: SirDonate, name = 'Other amount') =>
  byRole<HTMLInputElement>(root(el), 'textbox', name);
const radio = (el: SirDonate, group: string, name: string) =>
  byRole<HTMLInputElement>(byRole(root(el), 'radiogroup', group), 'radio', name);
const checkedName = (el: SirDonate, group: string) =>
  allByRole(byRole(root(el), 'radiogroup', group), 'radio')
    .filter((r) => (r as HTMLInputElement).checked)
    .map(accessibleName);
const changes = (el: SirDonate) => detailsOf(el, 'sir-donate-change');

describe('<sir-donate> form', () => {
  beforeEach(resetPage);

  describe('accessible names (English)', () => {
    it('names the amount and frequency groups, their radios, Other amount and Donate', async () => {
      const el = await mount({ amount: '25' });
      expect(radioNames(el, 'Donation amount')).to.deep.equal(['$10', '$25', '$50', '$100']);
      expect(other(el).type).to.equal('text');
      expect(radioNames(el, 'Donation frequency')).to.deep.equal(['One-time', 'Monthly']);
      expect(checkedName(el, 'Donation amount')).to.deep.equal(['$25']);
      expect(checkedName(el, 'Donation frequency')).to.deep.equal(['One-time']);
      expect(accessibleName(donateButton(el))).to.equal('Donate $25');

      await click(el, radio(el, 'Donation frequency', 'Monthly'));
      expect(accessibleName(donateButton(el))).to.equal('Donate $25 monthly');
    });

    it('selects the first preset by default', async () => {
      const el = await mount();
      expect(checkedName(el, 'Donation amount')).to.deep.equal(['$10']);
      expect(accessibleName(donateButton(el))).to.equal('Donate $10');
    });

    it('shows a tip control named "Add a tip…" only when the partner enables tips and tip is not off', async () => {
      const el = await mount();
      const tip = byRole<HTMLSelectElement>(root(el), 'combobox', /^Add a tip/);
      expect(accessibleName(tip)).to.equal('Add a tip to support Acme Inc');
      expect(tip.value).to.equal('10'); // the partner's defaultPercent

      resetPage();
      const off = await mount({ tip: 'off' });
      expect(allByRole(root(off), 'combobox')).to.have.length(0);

      resetPage();
      const api = new FakeApi();
      api.config = { ...CONFIG, tipConfig: { enabled: false, defaultPercent: 10 } };
      const disabled = await mount({}, api);
      expect(allByRole(root(disabled), 'combobox')).to.have.length(0);
    });

    it('names the donor fields with collect-donor, and prefills them', async () => {
      const el = await mount({
        'collect-donor': true,
        'first-name': 'Ada',
        'donor-email': 'ada@example.org',
      });
      expect(byRole<HTMLInputElement>(root(el), 'textbox', 'First name').value).to.equal('Ada');
      expect(byRole<HTMLInputElement>(root(el), 'textbox', 'Last name').value).to.equal('');
      const email = byRole<HTMLInputElement>(root(el), 'textbox', 'Email');
      expect(email.value).to.equal('ada@example.org');
      expect(email.type).to.equal('email');

      resetPage();
      const plain = await mount();
      expect(allByRole(root(plain), 'textbox').map(accessibleName)).to.deep.equal(['Other amount']);
    });

    it('offers only the listed frequencies', async () => {
      const el = await mount({ frequencies: 'monthly' });
      expect(allByRole(root(el), 'radiogroup', 'Donation frequency')).to.have.length(0);
      expect(accessibleName(donateButton(el))).to.equal('Donate $10 monthly');
    });
  });

  describe('selection and events', () => {
    it('clicking a preset fires sir-donate-change in minor units', async () => {
      const el = await mount();
      await click(el, radio(el, 'Donation amount', '$25'));
      expect(changes(el)).to.deep.equal([
        { amount: 2500, currency: 'USD', frequency: 'once', tipPercent: 10 },
      ]);
      const { event } = eventsOf(el, 'sir-donate-change')[0]!;
      expect([event.bubbles, event.composed, event.cancelable]).to.deep.equal([true, true, false]);
      expect(accessibleName(donateButton(el))).to.equal('Donate $25');
    });

    it('the controls show the selection even when a change handler puts it back', async () => {
      // A partner enforcing a choice: the DOM must follow the widget's state, not the click.
      const el = await mount();
      el.addEventListener('sir-donate-change', () => el.reset());
      await click(el, radio(el, 'Donation amount', '$50'));
      await click(el, radio(el, 'Donation frequency', 'Monthly'));
      const tip = byRole<HTMLSelectElement>(root(el), 'combobox', /^Add a tip/);
      tip.value = '20';
      tip.dispatchEvent(new Event('change'));
      await typeInto(el, other(el), '77');
      await el.updateComplete;
      expect(checkedName(el, 'Donation amount')).to.deep.equal(['$10']);
      expect(checkedName(el, 'Donation frequency')).to.deep.equal(['One-time']);
      expect(tip.value).to.equal('10');
      expect(other(el).value).to.equal('');
      expect(accessibleName(donateButton(el))).to.equal('Donate $10');
    });

    it('frequency and tip changes fire sir-donate-change too', async () => {
      const el = await mount();
      await click(el, radio(el, 'Donation frequency', 'Monthly'));
      const tip = byRole<HTMLSelectElement>(root(el), 'combobox', /^Add a tip/);
      tip.value = '15';
      tip.dispatchEvent(new Event('change', { bubbles: true }));
      await el.updateComplete;
      expect(changes(el)).to.deep.equal([
        { amount: 1000, currency: 'USD', frequency: 'monthly', tipPercent: 10 },
        { amount: 1000, currency: 'USD', frequency: 'monthly', tipPercent: 15 },
      ]);
      expect(root(el).querySelector('.total')!.textContent!.trim()).to.equal(
        'Total: $11.50 per month',
      );
    });

    it('reset() from ready restores the initial amount, frequency and tip', async () => {
      const el = await mount({ amount: '25' });
      const tip = byRole<HTMLSelectElement>(root(el), 'combobox', /^Add a tip/);
      tip.value = '20';
      tip.dispatchEvent(new Event('change'));
      await click(el, radio(el, 'Donation amount', '$100'));
      await click(el, radio(el, 'Donation frequency', 'Monthly'));
      el.reset();
      await el.updateComplete;
      expect(tip.value).to.equal('10');
      expect(checkedName(el, 'Donation amount')).to.deep.equal(['$25']);
      expect(checkedName(el, 'Donation frequency')).to.deep.equal(['One-time']);
      expect(accessibleName(donateButton(el))).to.equal('Donate $25');
    });

    it('typing "12.50" in Other amount fires change with 1250 and unchecks the presets', async () => {
      const el = await mount();
      await typeInto(el, other(el), '12.50');
      expect(changes(el).at(-1)).to.deep.equal({
        amount: 1250,
        currency: 'USD',
        frequency: 'once',
        tipPercent: 10,
      });
      expect(checkedName(el, 'Donation amount')).to.deep.equal([]);
      expect(accessibleName(donateButton(el))).to.equal('Donate $12.50');
    });

    it('setting amount from code selects it and fires no event', async () => {
      const el = await mount();
      el.amount = 50;
      await el.updateComplete;
      expect(checkedName(el, 'Donation amount')).to.deep.equal(['$50']);
      expect(accessibleName(donateButton(el))).to.equal('Donate $50');
      el.currency = 'EUR';
      el.frequency = 'monthly';
      await el.updateComplete;
      await waitFor(el, 'ready');
      expect(changes(el)).to.deep.equal([]);
    });

    it('the amount attribute fills Other amount when it is not a preset', async () => {
      const el = await mount({ amount: '30' });
      expect(checkedName(el, 'Donation amount')).to.deep.equal([]);
      expect(other(el).value).to.equal('30');
      expect(accessibleName(donateButton(el))).to.equal('Donate $30');
    });

    it('amounts accepts an array from code, and min-amount / max-amount bound Other amount', async () => {
      const el = await mount({ 'min-amount': '5', 'max-amount': '500' });
      el.amounts = [15, 150];
      await el.updateComplete;
      expect(radioNames(el, 'Donation amount')).to.deep.equal(['$15', '$150']);
      const field = other(el);
      await typeInto(el, field, '3');
      await click(el, donateButton(el));
      expect(root(el).getElementById('other-error')!.textContent!.trim()).to.equal(
        'The minimum donation is $5',
      );
      await typeInto(el, field, '501');
      await click(el, donateButton(el));
      expect(root(el).getElementById('other-error')!.textContent!.trim()).to.equal(
        'The maximum donation is $500',
      );
      expect(detailsOf(el, 'sir-donate-submit')).to.have.length(0);
    });

    it('amounts="5,abc,20" drops "abc" with a console warning', async () => {
      const { result: el, messages } = await captureConsole(() => mount({ amounts: '5,abc,20' }));
      expect(radioNames(el, 'Donation amount')).to.deep.equal(['$5', '$20']);
      expect(messages.filter((m) => m.includes('amounts') && m.includes('abc'))).to.have.length(1);
    });

    it('JPY amounts have no minor digits (500 → 500)', async () => {
      const el = await mount({ currency: 'JPY', amounts: '1000,500' });
      expect(radioNames(el, 'Donation amount')).to.deep.equal(['¥1,000', '¥500']);
      await click(el, radio(el, 'Donation amount', '¥500'));
      expect(changes(el)).to.deep.equal([
        { amount: 500, currency: 'JPY', frequency: 'once', tipPercent: 10 },
      ]);
    });

    it('KWD amounts have three minor digits (1.5 → 1500)', async () => {
      const el = await mount({ currency: 'KWD', amounts: '1,1.5' });
      const radios = allByRole(byRole(root(el), 'radiogroup', 'Donation amount'), 'radio');
      expect(radios).to.have.length(2);
      expect(accessibleName(radios[1]!)).to.contain('1.500');
      await click(el, radios[1]!);
      expect(changes(el)).to.deep.equal([
        { amount: 1500, currency: 'KWD', frequency: 'once', tipPercent: 10 },
      ]);
    });

    it('reads "12,50" as 12.50 in de-DE with EUR', async () => {
      const el = await mount({ locale: 'de-DE', currency: 'EUR' });
      const field = other(el, 'Anderer Betrag');
      await typeInto(el, field, '12,50');
      expect(changes(el).at(-1)).to.deep.equal({
        amount: 1250,
        currency: 'EUR',
        frequency: 'once',
        tipPercent: 10,
      });
      expect(radioNames(el, 'Spendenbetrag')[0]).to.match(/^10\s€$/);
    });
  });

  describe('invalid custom amounts', () => {
    const cases: Array<[string, string]> = [
      ['abc', 'Enter a valid amount, like 25'],
      ['0', 'The minimum donation is $1'],
      ['0.50', 'The minimum donation is $1'],
      ['100001', 'The maximum donation is $100,000'],
      ['12.345', 'Use at most 2 decimal places'],
      ['-5', 'Enter an amount greater than zero'],
    ];
    for (const [typed, message] of cases) {
      it(`"${typed}" is a field error: aria-invalid, described, no request, no submit`, async () => {
        const api = new FakeApi();
        const el = await mount({}, api);
        const field = other(el);
        await typeInto(el, field, typed);
        await click(el, donateButton(el));
        expect(field.getAttribute('aria-invalid')).to.equal('true');
        const describedBy = field.getAttribute('aria-describedby')!.split(/\s+/);
        const description = describedBy
          .map((id) => root(el).getElementById(id)?.textContent ?? '')
          .join(' ');
        expect(description.trim()).to.equal(message);
        expect(field.value).to.equal(typed);
        expect(root(el).activeElement).to.equal(field);
        expect(api.callsTo('create-link')).to.have.length(0);
        expect(detailsOf(el, 'sir-donate-submit')).to.have.length(0);
        expect(detailsOf(el, 'sir-donate-error')).to.have.length(0);
        expect(el.state).to.equal('ready');
      });
    }

    it('the field error clears once the amount is fixed', async () => {
      const el = await mount();
      const field = other(el);
      await typeInto(el, field, 'abc');
      await click(el, donateButton(el));
      expect(field.getAttribute('aria-invalid')).to.equal('true');
      await typeInto(el, field, '40');
      expect(field.getAttribute('aria-invalid')).to.equal('false');
      expect(accessibleName(donateButton(el))).to.equal('Donate $40');
    });

    it('shows the error on blur, not while typing', async () => {
      const el = await mount();
      const field = other(el);
      await typeInto(el, field, '1,2,3');
      expect(field.getAttribute('aria-invalid')).to.equal('false');
      field.dispatchEvent(new FocusEvent('blur'));
      await el.updateComplete;
      expect(field.getAttribute('aria-invalid')).to.equal('true');
    });
  });

  describe('re-configuration', () => {
    it('changing nonprofit loads the new organization', async () => {
      const api = new FakeApi();
      const el = await mount({}, api);
      el.nonprofit = 'unicef';
      await eventually(
        () => detailsOf(el, 'sir-donate-ready').length === 2,
        'no second ready event',
      );
      await waitFor(el, 'ready');
      expect(api.callsTo('organization').map((c) => c.url.split('/').pop())).to.deep.equal([
        'american-red-cross',
        'unicef',
      ]);
      expect(root(el).querySelector('[part=nonprofit]')!.textContent!.trim()).to.equal(
        'UNICEF USA',
      );
    });

    it('changing currency re-formats the labels', async () => {
      const el = await mount({ amount: '25' });
      el.currency = 'EUR';
      await el.updateComplete;
      await waitFor(el, 'ready');
      expect(radioNames(el, 'Donation amount')).to.deep.equal(['€10', '€25', '€50', '€100']);
      expect(accessibleName(donateButton(el))).to.equal('Donate €25');
    });

    it('changing locale to fr re-labels the form', async () => {
      const el = await mount();
      el.locale = 'fr';
      await eventually(
        () => allByRole(root(el), 'radiogroup', 'Montant du don').length === 1,
        'no French labels',
      );
      expect(radioNames(el, 'Fréquence du don')).to.deep.equal(['Ponctuel', 'Mensuel']);
      expect(other(el, 'Autre montant')).to.be.instanceOf(HTMLElement);
      expect(accessibleName(byRole(root(el), 'button', /^Donner/))).to.match(/^Donner 10\s/);
      expect(root(el).querySelector('[part=base]')!.getAttribute('lang')).to.equal('fr');
    });

    it('a right-to-left locale sets dir="rtl"', async () => {
      const el = await mount();
      el.locale = 'ar';
      await eventually(
        () => root(el).querySelector('[part=base]')!.getAttribute('dir') === 'rtl',
        'no rtl',
      );
      expect(root(el).querySelector('[part=base]')!.getAttribute('lang')).to.equal('ar');
    });

    it('a messages override changes a label', async () => {
      const el = await mount();
      el.messages = { otherAmount: 'Custom gift' };
      await el.updateComplete;
      expect(other(el, 'Custom gift')).to.be.instanceOf(HTMLElement);
      expect(allByRole(root(el), 'textbox', 'Other amount')).to.have.length(0);
    });

    it('three widgets with the same key share one config request', async () => {
      const api = new FakeApi();
      const els = await Promise.all([
        mount({}, api),
        mount({}, api),
        mount({ nonprofit: 'unicef' }, api),
      ]);
      for (const el of els) expect(el.state).to.equal('ready');
      expect(api.callsTo('config')).to.have.length(1);
      expect(api.callsTo('organization')).to.have.length(2);
    });
  });
});
