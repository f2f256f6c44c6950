// axe (chai-a11y-axe) in every visible state. Kept in one file: loading axe
// is the slowest step of a test page, so it is paid once per browser.
import { expect } from '@open-wc/testing';
import {
  FakeApi,
  apiError,
  byRole,
  click,
  donateButton,
  eventually,
  mount,
  resetPage,
  root,
  transitionsDone,
  typeInto,
  waitFor,
} from './helpers.js';

describe('<sir-donate> accessibility (axe) in every visible state', () => {
  beforeEach(resetPage);

  const realOpen = window.open;
  afterEach(() => {
    window.open = realOpen;
  });

  it('loading', async () => {
    const api = new FakeApi();
    const release = api.hold('config');
    const el = await mount({}, api, { until: null });
    expect(el.state).to.equal('loading');
    await transitionsDone(el);
    await expect(el).to.be.accessible();
    release();
    await waitFor(el, 'ready');
  });

  it('ready: the form with a tip', async () => {
    const el = await mount({ amount: '25' });
    expect(byRole(root(el), 'combobox', /^Add a tip/)).to.be.instanceOf(HTMLElement);
    await transitionsDone(el);
    await expect(el).to.be.accessible();
  });

  it('ready: with collect-donor and a tip-free partner', async () => {
    const api = new FakeApi();
    api.config = { ...(api.config as object), tipConfig: { enabled: false, defaultPercent: 0 } };
    const el = await mount({ 'collect-donor': true }, api);
    expect(byRole(root(el), 'textbox', 'Email')).to.be.instanceOf(HTMLElement);
    await transitionsDone(el);
    await expect(el).to.be.accessible();
  });

  it('ready: dark theme', async () => {
    const el = await mount({ theme: 'dark', 'collect-donor': true });
    await transitionsDone(el);
    await expect(el).to.be.accessible();
  });

  it('ready: an invalid custom amount and an invalid email', async () => {
    const el = await mount({ 'collect-donor': true });
    await typeInto(el, byRole<HTMLInputElement>(root(el), 'textbox', 'Other amount'), 'abc');
    await typeInto(el, byRole<HTMLInputElement>(root(el), 'textbox', 'Email'), 'nope');
    await click(el, donateButton(el));
    expect(byRole(root(el), 'textbox', 'Other amount').getAttribute('aria-invalid')).to.equal(
      'true',
    );
    expect(byRole(root(el), 'textbox', 'Email').getAttribute('aria-invalid')).to.equal('true');
    await transitionsDone(el);
    await expect(el).to.be.accessible();
  });

  it('error (loading failed)', async () => {
    const api = new FakeApi();
    api.replies.config = 'network';
    const el = await mount({}, api);
    expect(el.state).to.equal('error');
    await transitionsDone(el);
    await expect(el).to.be.accessible();
  });

  it('error (create-link failed, form kept)', async () => {
    const api = new FakeApi();
    api.replies['create-link'] = { status: 500, body: {} };
    const el = await mount({}, api);
    await click(el, donateButton(el));
    await waitFor(el, 'error');
    expect(byRole(root(el), 'button', 'Try again')).to.be.instanceOf(HTMLElement);
    await transitionsDone(el);
    await expect(el).to.be.accessible();
  });

  it('unavailable', async () => {
    const api = new FakeApi();
    api.replies.config = apiError(403, 'PARTNER_SUSPENDED');
    const el = await mount({}, api);
    expect(el.state).to.equal('unavailable');
    await transitionsDone(el);
    await expect(el).to.be.accessible();
  });

  it('misconfigured', async () => {
    const el = await mount({ 'publishable-key': `sk_test_${'f'.repeat(64)}` });
    expect(el.state).to.equal('misconfigured');
    await transitionsDone(el);
    await expect(el).to.be.accessible();
  });

  it('redirecting', async () => {
    const el = await mount();
    await click(el, donateButton(el));
    await waitFor(el, 'redirecting');
    await transitionsDone(el);
    await expect(el).to.be.accessible();
  });

  it('awaiting (popup open)', async () => {
    window.open = (() => ({
      closed: false,
      opener: {},
      location: { href: '' },
      close() {},
    })) as unknown as typeof window.open;
    const api = new FakeApi();
    api.replies.status = 'hang';
    const el = await mount({ checkout: 'popup' }, api);
    await click(el, donateButton(el));
    await waitFor(el, 'awaiting');
    await transitionsDone(el);
    await expect(el).to.be.accessible();
  });

  it('awaiting (popup blocked: link shown)', async () => {
    window.open = (() => null) as typeof window.open;
    const api = new FakeApi();
    api.replies.status = 'hang';
    const el = await mount({ checkout: 'popup' }, api);
    await click(el, donateButton(el));
    await waitFor(el, 'awaiting');
    expect(byRole(root(el), 'link', /^Open checkout/)).to.be.instanceOf(HTMLElement);
    await transitionsDone(el);
    await expect(el).to.be.accessible();
  });

  it('completed', async () => {
    const api = new FakeApi();
    api.statuses = ['COMPLETED'];
    window.open = (() => ({
      closed: false,
      opener: {},
      location: { href: '' },
      close() {},
    })) as unknown as typeof window.open;
    const el = await mount({ checkout: 'popup' }, api);
    await click(el, donateButton(el));
    await waitFor(el, 'completed');
    expect(byRole(root(el), 'status').textContent).to.contain('Thank you for your donation!');
    await transitionsDone(el);
    await expect(el).to.be.accessible();
  });

  it('ready after a failed checkout (notice)', async () => {
    const api = new FakeApi();
    api.statuses = ['FAILED'];
    window.open = (() => ({
      closed: false,
      opener: {},
      location: { href: '' },
      close() {},
    })) as unknown as typeof window.open;
    const el = await mount({ checkout: 'popup' }, api);
    await click(el, donateButton(el));
    await eventually(
      () => el.state === 'ready' && root(el).querySelector('[role=alert]'),
      'no notice',
    );
    await transitionsDone(el);
    await expect(el).to.be.accessible();
  });

  it('layout="button": closed, and with the dialog open', async () => {
    const el = await mount({ layout: 'button' });
    await transitionsDone(el);
    await expect(el).to.be.accessible();
    byRole(root(el), 'button', /^Donate/).click();
    const dialog = root(el).querySelector('dialog')!;
    await eventually(() => dialog.open, 'dialog did not open');
    await el.updateComplete;
    await transitionsDone(el);
    await expect(el).to.be.accessible();
    dialog.close();
  });
});
