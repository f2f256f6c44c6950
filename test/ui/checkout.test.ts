import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  CHECKOUT_URL,
  FakeApi,
  KEY,
  accessibleName,
  allByRole,
  byRole,
  click,
  detailsOf,
  donateButton,
  eventually,
  eventsOf,
  mount,
  resetPage,
  root,
  typeInto,
  waitFor,
  type SirDonate,
} from './helpers.js';

interface ErrorDetail {
  code: string;
  message: string;
  retryable: boolean;
  status?: number;
}

const radio = (el: SirDonate, group: string, name: string) =>
  byRole<HTMLInputElement>(byRole(root(el), 'radiogroup', group), 'radio', name);
const pendingEntries = () =>
  Object.keys(sessionStorage)
    .filter((k) => k.startsWith('sir-donate:pending:'))
    .map((k) => JSON.parse(sessionStorage.getItem(k)!) as Record<string, unknown>);

/** A checkout window stand-in for `window.open`. */
function fakeWindow() {
  return {
    closed: false,
    opener: {} as unknown,
    location: { href: '' },
    close() {
      this.closed = true;
    },
  };
}

describe('<sir-donate> checkout', () => {
  beforeEach(resetPage);

  describe('submit', () => {
    it('fires a cancelable sir-donate-submit with the selection, then redirects', async () => {
      const api = new FakeApi();
      const el = await mount({ amount: '25' }, api);
      await click(el, donateButton(el));
      await waitFor(el, 'redirecting');

      expect(detailsOf(el, 'sir-donate-submit')).to.deep.equal([
        {
          amount: 2500,
          currency: 'USD',
          frequency: 'once',
          nonprofit: 'american-red-cross',
          provider: 'stripe',
          tipPercent: 10,
        },
      ]);
      const { event } = eventsOf(el, 'sir-donate-submit')[0]!;
      expect([event.bubbles, event.composed, event.cancelable]).to.deep.equal([true, true, true]);
      expect(detailsOf(el, 'sir-donate-link-created')).to.deep.equal([
        { partnerDonationId: 'pd_1', donationLink: CHECKOUT_URL },
      ]);
      expect(api.navigations).to.deep.equal([CHECKOUT_URL]);
      expect(byRole(root(el), 'status').textContent).to.contain('Taking you to secure checkout…');
      const pending = pendingEntries();
      expect(pending).to.have.length(1);
      expect(pending[0]).to.include({
        partnerDonationId: 'pd_1',
        amount: 2500,
        currency: 'USD',
        frequency: 'once',
      });
      // Nothing secret in what is remembered.
      expect(JSON.stringify(Object.entries(sessionStorage))).not.to.contain(KEY);
      // Every detail is plain, serialisable data.
      for (const { detail } of eventsOf(el))
        expect(JSON.parse(JSON.stringify(detail))).to.deep.equal(detail);
    });

    it('is busy while the link is created, and a second click sends nothing more', async () => {
      const api = new FakeApi();
      const release = api.hold('create-link');
      const el = await mount({}, api);
      await click(el, donateButton(el));
      await eventually(() => api.callsTo('create-link').length === 1);
      expect(el.state).to.equal('submitting');
      expect(donateButton(el).getAttribute('aria-disabled')).to.equal('true');
      await click(el, donateButton(el));
      await el.submit();
      release();
      await waitFor(el, 'redirecting');
      expect(api.callsTo('create-link')).to.have.length(1);
      expect(detailsOf(el, 'sir-donate-submit')).to.have.length(1);
      expect(api.navigations).to.deep.equal([CHECKOUT_URL]);
    });

    it('without a nonprofit, Donate reports NONPROFIT_NOT_FOUND and makes no request', async () => {
      const api = new FakeApi();
      const el = await mount({ nonprofit: false }, api);
      await click(el, donateButton(el));
      expect((detailsOf(el, 'sir-donate-error') as ErrorDetail[]).map((d) => d.code)).to.deep.equal(
        ['NONPROFIT_NOT_FOUND'],
      );
      expect(detailsOf(el, 'sir-donate-submit')).to.have.length(0);
      expect(api.callsTo('create-link')).to.have.length(0);
    });

    it('preventDefault() on sir-donate-submit stops the donation before any request', async () => {
      const api = new FakeApi();
      const el = await mount({}, api);
      el.addEventListener('sir-donate-submit', (e) => e.preventDefault());
      await click(el, donateButton(el));
      await el.updateComplete;
      expect(detailsOf(el, 'sir-donate-submit')).to.have.length(1);
      expect(api.callsTo('create-link')).to.have.length(0);
      expect(api.navigations).to.deep.equal([]);
      expect(el.state).to.equal('ready');
    });

    it('sends the create-link body in minor units with tip, donor fields (only when given) and referral code', async () => {
      const api = new FakeApi();
      const el = await mount(
        { 'collect-donor': true, 'referral-code': 'ref42', amount: '25' },
        api,
      );
      await click(el, radio(el, 'Donation frequency', 'Monthly'));
      await typeInto(el, byRole<HTMLInputElement>(root(el), 'textbox', 'First name'), 'Ada');
      await typeInto(el, byRole<HTMLInputElement>(root(el), 'textbox', 'Email'), 'ada@example.org');
      expect(accessibleName(donateButton(el))).to.equal('Donate $25 monthly');
      await click(el, donateButton(el));
      await waitFor(el, 'redirecting');

      const [call] = api.callsTo('create-link');
      expect(call!.method).to.equal('POST');
      expect(call!.url).to.equal('https://devapi.sirgiving.org/v1/partner/donations/create-link');
      expect(call!.headers).to.deep.equal({
        'x-partner-key': KEY,
        'content-type': 'application/json',
      });
      expect(call!.credentials).to.equal('omit');
      expect(call!.body).to.deep.equal({
        nonprofitSlug: 'american-red-cross',
        amount: 2500,
        currency: 'USD',
        frequency: 'monthly',
        provider: 'stripe',
        tipPercent: 10,
        tipAmount: 250,
        firstName: 'Ada',
        donorEmail: 'ada@example.org',
        referralCode: 'ref42',
      });
    });

    it('sends no tip with tip="off", and the provider attribute', async () => {
      const api = new FakeApi();
      const el = await mount({ tip: 'off', provider: 'every.org', amount: '50' }, api);
      await click(el, donateButton(el));
      await waitFor(el, 'redirecting');
      expect(detailsOf(el, 'sir-donate-submit')).to.deep.equal([
        {
          amount: 5000,
          currency: 'USD',
          frequency: 'once',
          nonprofit: 'american-red-cross',
          provider: 'every.org',
        },
      ]);
      expect(api.callsTo('create-link')[0]!.body).to.deep.equal({
        nonprofitSlug: 'american-red-cross',
        amount: 5000,
        currency: 'USD',
        frequency: 'once',
        provider: 'every.org',
      });
    });

    it('requires a valid email with collect-donor: field error, no request', async () => {
      const api = new FakeApi();
      const el = await mount({ 'collect-donor': true }, api);
      const email = byRole<HTMLInputElement>(root(el), 'textbox', 'Email');
      await typeInto(el, email, 'not-an-email');
      await click(el, donateButton(el));
      expect(email.getAttribute('aria-invalid')).to.equal('true');
      expect(
        root(el).getElementById(email.getAttribute('aria-describedby')!)!.textContent!.trim(),
      ).to.equal('Enter a valid email address');
      expect(api.callsTo('create-link')).to.have.length(0);
      expect(detailsOf(el, 'sir-donate-submit')).to.have.length(0);
    });

    for (const link of [
      'javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      '/relative/pay',
      'http://checkout.example/pay',
    ]) {
      it(`refuses the unsafe checkout link ${link.slice(0, 24)} (UNSAFE_CHECKOUT_URL), never navigates`, async () => {
        const api = new FakeApi();
        api.link = { donationLink: link, partnerDonationId: 'pd_evil' };
        const el = await mount({}, api);
        await click(el, donateButton(el));
        await waitFor(el, 'error');
        expect(
          (detailsOf(el, 'sir-donate-error') as ErrorDetail[]).map((d) => d.code),
        ).to.deep.equal(['UNSAFE_CHECKOUT_URL']);
        expect(api.navigations).to.deep.equal([]);
        expect(JSON.stringify(detailsOf(el, 'sir-donate-error'))).not.to.contain(link);
        expect(detailsOf(el, 'sir-donate-link-created')).to.deep.equal([]);
        expect(pendingEntries()).to.deep.equal([]);
        expect(byRole(root(el), 'alert').textContent).to.contain(
          "The checkout link looked unsafe, so we didn't open it.",
        );
        expect(root(el).innerHTML).not.to.contain(link.replace(/</g, '&lt;'));
        expect(root(el).querySelector(`a[href="${CSS.escape(link)}"]`)).to.equal(null);
      });
    }

    it('a create-link 500 → error, the selection is kept, Try again re-submits', async () => {
      const api = new FakeApi();
      api.replies['create-link'] = {
        status: 500,
        body: { statusCode: 500, message: 'Internal Server Error' },
      };
      const el = await mount({}, api);
      await click(el, radio(el, 'Donation amount', '$50'));
      await click(el, radio(el, 'Donation frequency', 'Monthly'));
      await click(el, donateButton(el));
      await waitFor(el, 'error');
      // A POST is never retried on its own: it could create two donations.
      expect(api.callsTo('create-link')).to.have.length(1);
      expect((detailsOf(el, 'sir-donate-error') as ErrorDetail[])[0]).to.include({
        code: 'SERVER_ERROR',
        retryable: true,
        status: 500,
      });
      expect(radio(el, 'Donation amount', '$50').checked).to.equal(true);
      expect(radio(el, 'Donation frequency', 'Monthly').checked).to.equal(true);

      delete api.replies['create-link'];
      await click(el, byRole(root(el), 'button', 'Try again'));
      await waitFor(el, 'redirecting');
      expect(api.callsTo('create-link')).to.have.length(2);
      expect(api.callsTo('create-link')[1]!.body).to.include({
        amount: 5000,
        frequency: 'monthly',
      });
      expect(detailsOf(el, 'sir-donate-submit')).to.have.length(2);
      expect(api.navigations).to.deep.equal([CHECKOUT_URL]);
    });

    it('submit() works like a click on Donate', async () => {
      const api = new FakeApi();
      const el = await mount({ amount: '100' }, api);
      await el.submit();
      expect(el.state).to.equal('redirecting');
      expect((detailsOf(el, 'sir-donate-submit')[0] as { amount: number }).amount).to.equal(10000);
      expect(api.callsTo('create-link')).to.have.length(1);
      expect(api.navigations).to.deep.equal([CHECKOUT_URL]);
    });

    it('submit() does nothing before the form is ready', async () => {
      const api = new FakeApi();
      const release = api.hold('config');
      const el = await mount({}, api, { until: null });
      await el.submit();
      expect(detailsOf(el, 'sir-donate-submit')).to.have.length(0);
      expect(api.callsTo('create-link')).to.have.length(0);
      release();
      await waitFor(el, 'ready');
    });

    it('reset() returns to ready with the initial selection', async () => {
      const api = new FakeApi();
      api.replies['create-link'] = {
        status: 503,
        body: { statusCode: 503, message: 'Service Unavailable' },
      };
      const el = await mount({ amount: '25' }, api);
      await click(el, radio(el, 'Donation amount', '$100'));
      await click(el, radio(el, 'Donation frequency', 'Monthly'));
      const tip = byRole<HTMLSelectElement>(root(el), 'combobox', /^Add a tip/);
      tip.value = '20';
      tip.dispatchEvent(new Event('change'));
      await click(el, donateButton(el));
      await waitFor(el, 'error');
      el.reset();
      await waitFor(el, 'ready');
      expect(radio(el, 'Donation amount', '$25').checked).to.equal(true);
      expect(radio(el, 'Donation frequency', 'One-time').checked).to.equal(true);
      expect(byRole<HTMLSelectElement>(root(el), 'combobox', /^Add a tip/).value).to.equal('10');
      expect(accessibleName(donateButton(el))).to.equal('Donate $25');
      expect(allByRole(root(el), 'alert')).to.have.length(0);
    });
  });

  describe('return from a redirect', () => {
    /** A redirect donation in one widget, then a fresh widget for the same key and nonprofit. */
    async function returnWith(statuses: string[]) {
      const api = new FakeApi();
      const first = await mount({ amount: '25' }, api);
      await click(first, donateButton(first));
      await waitFor(first, 'redirecting');
      expect(pendingEntries()).to.have.length(1);
      first.remove();
      api.statuses = statuses;
      const el = await mount({}, api, { until: null });
      return { api, el };
    }

    it('polls the status and shows the thank-you on COMPLETED', async () => {
      const { api, el } = await returnWith(['COMPLETED']);
      await waitFor(el, 'completed');
      expect(api.callsTo('status')[0]!.url).to.equal(
        'https://devapi.sirgiving.org/v1/partner/donations/status/pd_1',
      );
      expect(api.callsTo('status')[0]!.headers).to.deep.equal({ 'x-partner-key': KEY });
      expect(detailsOf(el, 'sir-donate-status')).to.deep.equal([
        { partnerDonationId: 'pd_1', status: 'COMPLETED' },
      ]);
      const status = byRole(root(el), 'status');
      expect(status.textContent).to.contain('Thank you for your donation!');
      expect(status.textContent).to.contain('Your gift of $25 to American Red Cross was received.');
      expect(status.textContent).to.contain('120 SIR tokens awarded');
      expect(pendingEntries()).to.deep.equal([]);
      if (CSS.supports('selector(:state(x))'))
        expect(el.matches(':state(completed)')).to.equal(true);

      // "Make another donation" goes back to the form.
      await click(el, byRole(root(el), 'button', 'Make another donation'));
      await waitFor(el, 'ready');
      expect(byRole(root(el), 'radiogroup', 'Donation amount')).to.be.instanceOf(HTMLElement);
    });

    it('reports every new status (PENDING then COMPLETED)', async () => {
      const { el } = await returnWith(['PENDING', 'PENDING', 'COMPLETED']);
      await waitFor(el, 'completed');
      expect(detailsOf(el, 'sir-donate-status')).to.deep.equal([
        { partnerDonationId: 'pd_1', status: 'PENDING' },
        { partnerDonationId: 'pd_1', status: 'COMPLETED' },
      ]);
    });

    it('FAILED → back to the form with a notice', async () => {
      const { el } = await returnWith(['FAILED']);
      await waitFor(el, 'ready');
      await eventually(() => detailsOf(el, 'sir-donate-status').length === 1);
      expect(detailsOf(el, 'sir-donate-status')).to.deep.equal([
        { partnerDonationId: 'pd_1', status: 'FAILED' },
      ]);
      expect(byRole(root(el), 'alert').textContent).to.contain(
        'The payment did not go through. You can try again.',
      );
      expect(byRole(root(el), 'radiogroup', 'Donation amount')).to.be.instanceOf(HTMLElement);
      expect(pendingEntries()).to.deep.equal([]);
    });

    it('shows a "checking" status while the status is unknown', async () => {
      const api = new FakeApi();
      const first = await mount({}, api);
      await click(first, donateButton(first));
      await waitFor(first, 'redirecting');
      first.remove();
      api.replies.status = 'hang';
      const el = await mount({}, api, { until: 'awaiting' });
      expect(byRole(root(el), 'status').textContent).to.contain('Checking your donation…');
    });

    it('does not pick up a donation made for another nonprofit', async () => {
      const api = new FakeApi();
      const first = await mount({}, api);
      await click(first, donateButton(first));
      await waitFor(first, 'redirecting');
      const statusCalls = api.callsTo('status').length;
      const other = await mount({ nonprofit: 'unicef' }, api);
      expect(other.state).to.equal('ready');
      expect(api.callsTo('status')).to.have.length(statusCalls);
    });
  });

  describe('popup checkout', () => {
    const realOpen = window.open;
    afterEach(() => {
      window.open = realOpen;
    });

    it('opens the window in the click, sends it to the checkout and awaits the status', async () => {
      const win = fakeWindow();
      const opened: unknown[][] = [];
      window.open = ((...args: unknown[]) => {
        opened.push(args);
        return win;
      }) as typeof window.open;
      const api = new FakeApi();
      api.replies.status = 'hang';
      const el = await mount({ checkout: 'popup', amount: '25' }, api);
      donateButton(el).click();
      // Synchronously, inside the click: otherwise browsers block it.
      expect(opened).to.have.length(1);
      expect(win.opener).to.equal(null);
      await waitFor(el, 'awaiting');
      expect(win.location.href).to.equal(CHECKOUT_URL);
      expect(win.opener).to.equal(null);
      expect(api.navigations).to.deep.equal([]);
      const status = byRole(root(el), 'status');
      expect(status.textContent).to.contain('Complete your donation in the checkout window.');
      const link = byRole<HTMLAnchorElement>(root(el), 'link', /^Open checkout/);
      expect(link.href).to.equal(CHECKOUT_URL);
      expect(link.rel.split(' ')).to.include('noopener');
      expect(detailsOf(el, 'sir-donate-error')).to.deep.equal([]);
      if (CSS.supports('selector(:state(x))'))
        expect(el.matches(':state(awaiting)')).to.equal(true);
    });

    it('reaches completed when the polled status completes', async () => {
      window.open = (() => fakeWindow()) as unknown as typeof window.open;
      const api = new FakeApi();
      api.statuses = ['PENDING', 'COMPLETED'];
      const el = await mount({ checkout: 'popup' }, api);
      await click(el, donateButton(el));
      await waitFor(el, 'completed');
      expect(
        detailsOf(el, 'sir-donate-status').map((d) => (d as { status: string }).status),
      ).to.deep.equal(['PENDING', 'COMPLETED']);
      // Popups leave nothing behind for a later page load.
      expect(pendingEntries()).to.deep.equal([]);
    });

    it('a blocked popup → POPUP_BLOCKED and a visible "Open checkout" link', async () => {
      window.open = (() => null) as typeof window.open;
      const api = new FakeApi();
      api.replies.status = 'hang';
      const el = await mount({ checkout: 'popup' }, api);
      await click(el, donateButton(el));
      await waitFor(el, 'awaiting');
      expect((detailsOf(el, 'sir-donate-error') as ErrorDetail[]).map((d) => d.code)).to.deep.equal(
        ['POPUP_BLOCKED'],
      );
      expect(byRole(root(el), 'status').textContent).to.contain(
        'Your browser blocked the checkout window.',
      );
      const link = byRole<HTMLAnchorElement>(root(el), 'link', /^Open checkout/);
      expect(accessibleName(link)).to.equal('Open checkout (opens in a new tab)');
      expect(link.href).to.equal(CHECKOUT_URL);
      expect(link.target).to.equal('_blank');
      expect(link.getClientRects().length).to.be.greaterThan(0);
    });

    it('closes the opened window when the link cannot be created', async () => {
      const win = fakeWindow();
      window.open = (() => win) as unknown as typeof window.open;
      const api = new FakeApi();
      api.replies['create-link'] = { status: 500, body: {} };
      const el = await mount({ checkout: 'popup' }, api);
      await click(el, donateButton(el));
      await waitFor(el, 'error');
      expect(win.closed).to.equal(true);
      expect(win.location.href).to.equal('');
    });

    it('checkout="new-tab" opens a tab (no popup features) and awaits', async () => {
      const win = fakeWindow();
      const opened: unknown[][] = [];
      window.open = ((...args: unknown[]) => {
        opened.push(args);
        return win;
      }) as typeof window.open;
      const api = new FakeApi();
      api.replies.status = 'hang';
      const el = await mount({ checkout: 'new-tab' }, api);
      await click(el, donateButton(el));
      await waitFor(el, 'awaiting');
      expect(opened[0]![2]).to.equal('');
      expect(win.location.href).to.equal(CHECKOUT_URL);
      expect(win.opener).to.equal(null);
    });
  });

  describe('layout="button"', () => {
    it('opens the form in a modal dialog; Escape closes it and focus returns to the opener', async () => {
      const el = await mount({ layout: 'button' });
      const opener = byRole<HTMLButtonElement>(root(el), 'button', /^Donate/);
      expect(accessibleName(opener)).to.equal('Donate to American Red Cross');
      expect(opener.getAttribute('aria-haspopup')).to.equal('dialog');
      const dialog = root(el).querySelector('dialog')!;
      expect(dialog.open).to.equal(false);
      expect(allByRole(root(el), 'radiogroup')).to.have.length(0);

      opener.click();
      await eventually(() => dialog.open, 'dialog did not open');
      await el.updateComplete;
      expect(dialog.matches(':modal')).to.equal(true);
      expect(accessibleName(dialog)).to.equal('Donate to American Red Cross');
      expect(byRole(dialog, 'radiogroup', 'Donation amount')).to.be.instanceOf(HTMLElement);
      expect(byRole(dialog, 'button', 'Donate $10')).to.be.instanceOf(HTMLElement);
      expect(dialog.contains(root(el).activeElement)).to.equal(true);

      await sendKeys({ press: 'Escape' });
      await eventually(() => !dialog.open, 'Escape did not close the dialog');
      await el.updateComplete;
      expect(root(el).activeElement).to.equal(opener);
      expect(document.documentElement.style.overflow).to.equal('');
    });

    it('the close button closes the dialog', async () => {
      const el = await mount({ layout: 'button' });
      const opener = byRole<HTMLButtonElement>(root(el), 'button', /^Donate/);
      opener.click();
      const dialog = root(el).querySelector('dialog')!;
      await eventually(() => dialog.open);
      await el.updateComplete;
      await click(el, byRole(dialog, 'button', 'Close'));
      expect(dialog.open).to.equal(false);
      expect(root(el).activeElement).to.equal(opener);
    });
  });
});
