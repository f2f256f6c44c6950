import { expect } from '@open-wc/testing';
import { SirDonate } from '../../src/ui/sir-donate.js';
import {
  CONFIG,
  FakeApi,
  allByRole,
  apiError,
  byRole,
  captureConsole,
  click,
  detailsOf,
  eventually,
  eventsOf,
  mount,
  resetPage,
  root,
  waitFor,
} from './helpers.js';

interface ErrorDetail {
  code: string;
  message: string;
  retryable: boolean;
  status?: number;
}
const codes = (el: SirDonate) =>
  (detailsOf(el, 'sir-donate-error') as ErrorDetail[]).map((d) => d.code);

/** Whether this engine parses `:state()` (custom states); older engines throw. */
function supportsCustomStates(el: Element): boolean {
  try {
    el.matches(':state(ready)');
    return true;
  } catch {
    return false;
  }
}

describe('<sir-donate> states', () => {
  beforeEach(resetPage);

  it('shows a busy skeleton while loading, then the form', async () => {
    const api = new FakeApi();
    const release = api.hold('config');
    const el = await mount({}, api, { until: null });
    expect(el.state).to.equal('loading');
    const base = root(el).querySelector('[part=base]')!;
    expect(base.getAttribute('aria-busy')).to.equal('true');
    expect(byRole(root(el), 'status').textContent).to.contain('Loading donation form…');
    expect(allByRole(root(el), 'radiogroup')).to.have.length(0);
    if (supportsCustomStates(el)) expect(el.matches(':state(loading)')).to.equal(true);

    release();
    await waitFor(el, 'ready');
    expect(base.getAttribute('aria-busy')).to.equal('false');
    expect(byRole(root(el), 'radiogroup', 'Donation amount')).to.be.instanceOf(HTMLElement);
  });

  it('fires sir-donate-ready with the partner, the nonprofit and testMode', async () => {
    const el = await mount();
    expect(el.state).to.equal('ready');
    expect(detailsOf(el, 'sir-donate-ready')).to.deep.equal([
      {
        partner: { name: 'Acme Inc', slug: 'acme' },
        nonprofit: {
          slug: 'american-red-cross',
          name: 'American Red Cross',
          logoUrl: 'https://127.0.0.1:9/logo.png',
        },
        testMode: true,
      },
    ]);
    const { event } = eventsOf(el, 'sir-donate-ready')[0]!;
    expect([event.bubbles, event.composed, event.cancelable]).to.deep.equal([true, true, false]);
  });

  it('fires ready with nonprofit null when no nonprofit is set', async () => {
    const api = new FakeApi();
    const el = await mount({ nonprofit: false }, api);
    expect(el.state).to.equal('ready');
    expect((detailsOf(el, 'sir-donate-ready')[0] as { nonprofit: unknown }).nonprofit).to.equal(
      null,
    );
    expect(api.callsTo('organization')).to.have.length(0);
  });

  it('renders the header, a Test mode badge and never the webhook URL', async () => {
    const el = await mount();
    const heading = root(el).querySelector('[part=nonprofit]')!;
    expect(heading.textContent!.trim()).to.equal('American Red Cross');
    expect(heading.querySelector('img')!.getAttribute('src')).to.equal(
      'https://127.0.0.1:9/logo.png',
    );
    expect(heading.querySelector('img')!.getAttribute('alt')).to.equal('');
    const badge = root(el).querySelector('[part=test-badge]')!;
    expect(badge.textContent!.trim()).to.equal('Test mode');
    expect(root(el).textContent).not.to.contain('webhooks');
  });

  it('exposes each state as a CSS custom state', async () => {
    const el = await mount();
    if (!supportsCustomStates(el)) return;
    expect(el.matches(':state(ready)')).to.equal(true);
    expect(el.matches(':state(loading)')).to.equal(false);
  });

  it('shows the tip control when the partner enables tips', async () => {
    const el = await mount();
    expect(byRole(root(el), 'combobox', /^Add a tip/)).to.be.instanceOf(HTMLElement);
  });

  describe('unavailable', () => {
    const cases: Array<[string, (api: FakeApi) => void, string]> = [
      [
        'PARTNER_NOT_ACTIVE from the API',
        (api) => (api.replies.config = apiError(403, 'PARTNER_NOT_ACTIVE')),
        'PARTNER_NOT_ACTIVE',
      ],
      [
        'PARTNER_SUSPENDED from the API',
        (api) => (api.replies.config = apiError(403, 'PARTNER_SUSPENDED')),
        'PARTNER_SUSPENDED',
      ],
      [
        'DONATIONS_DISABLED from the API',
        (api) => (api.replies.config = apiError(403, 'DONATIONS_DISABLED')),
        'DONATIONS_DISABLED',
      ],
      [
        'an unknown nonprofit (404)',
        (api) => delete api.organizations['american-red-cross'],
        'NONPROFIT_NOT_FOUND',
      ],
      [
        'isActive: false',
        (api) => (api.config = { ...CONFIG, isActive: false }),
        'PARTNER_NOT_ACTIVE',
      ],
      [
        'no DONATIONS feature',
        (api) => (api.config = { ...CONFIG, enabledFeatures: ['ACTIONS'] }),
        'DONATIONS_DISABLED',
      ],
    ];
    for (const [name, setup, code] of cases) {
      it(`${name} → unavailable, ${code}, no retry`, async () => {
        const api = new FakeApi();
        setup(api);
        const el = await mount({}, api);
        expect(el.state).to.equal('unavailable');
        expect(codes(el)).to.deep.equal([code]);
        expect((detailsOf(el, 'sir-donate-error')[0] as ErrorDetail).retryable).to.equal(false);
        const alert = byRole(root(el), 'alert');
        expect(alert.textContent!.trim()).to.not.equal('');
        expect(allByRole(root(el), 'button', 'Try again')).to.have.length(0);
        expect(allByRole(root(el), 'radiogroup')).to.have.length(0);
        expect(detailsOf(el, 'sir-donate-ready')).to.have.length(0);
        if (supportsCustomStates(el)) expect(el.matches(':state(unavailable)')).to.equal(true);
      });
    }

    it('names the missing nonprofit in words', async () => {
      const api = new FakeApi();
      delete api.organizations['american-red-cross'];
      const el = await mount({}, api);
      expect(byRole(root(el), 'alert').textContent).to.contain("We couldn't find this nonprofit.");
    });
  });

  describe('error', () => {
    it('a 500 → error with "Try again" that reloads and reaches ready', async () => {
      const api = new FakeApi();
      api.replies.config = {
        status: 500,
        body: { statusCode: 500, message: 'Internal Server Error' },
      };
      const el = await mount({}, api);
      expect(el.state).to.equal('error');
      const [error] = detailsOf(el, 'sir-donate-error') as ErrorDetail[];
      expect(error).to.include({ code: 'SERVER_ERROR', retryable: true, status: 500 });
      expect(byRole(root(el), 'alert').textContent).to.contain(
        'The donation service is having a problem.',
      );
      const before = api.callsTo('config').length;
      expect(before).to.be.at.least(1);

      delete api.replies.config;
      await click(el, byRole(root(el), 'button', 'Try again'));
      await waitFor(el, 'ready');
      expect(api.callsTo('config')).to.have.length(before + 1);
      expect(detailsOf(el, 'sir-donate-ready')).to.have.length(1);
      expect(allByRole(root(el), 'alert')).to.have.length(0);
    });

    it('a network failure → error with Try again', async () => {
      const api = new FakeApi();
      api.replies.config = 'network';
      const el = await mount({}, api);
      expect(el.state).to.equal('error');
      expect(codes(el)).to.deep.equal(['NETWORK_ERROR']);
      expect(byRole(root(el), 'button', 'Try again')).to.be.instanceOf(HTMLElement);
      if (supportsCustomStates(el)) expect(el.matches(':state(error)')).to.equal(true);
    });

    it('an API that never answers ends in error (TIMEOUT), retry included', async () => {
      const api = new FakeApi();
      api.replies.config = 'hang';
      const el = await mount({}, api, {
        clientOptions: { timeoutMs: 40, budgetMs: 1500 },
        until: 'error',
      });
      expect(codes(el)).to.deep.equal(['TIMEOUT']);
      expect(api.callsTo('config').length).to.be.greaterThan(1);
      expect(byRole(root(el), 'button', 'Try again')).to.be.instanceOf(HTMLElement);
    });

    it('a 429 with Retry-After ends in error with RATE_LIMITED', async () => {
      const api = new FakeApi();
      api.replies.config = apiError(429, 'RATE_LIMITED', 'Too many requests', {
        'Retry-After': '0',
      });
      const el = await mount({}, api);
      expect(el.state).to.equal('error');
      expect(codes(el)).to.deep.equal(['RATE_LIMITED']);
    });

    it('reload() fetches again, bypassing the cache', async () => {
      const api = new FakeApi();
      const el = await mount({}, api);
      expect(api.callsTo('config')).to.have.length(1);
      await el.reload();
      await waitFor(el, 'ready');
      expect(api.callsTo('config')).to.have.length(2);
      expect(api.callsTo('organization')).to.have.length(2);
    });
  });

  describe('theming hooks', () => {
    it('appearance variables set --sir-* on the host and reach the Donate button', async () => {
      const el = await mount({}, new FakeApi(), {
        props: { appearance: { variables: { colorPrimary: '#ff0000' } } },
      });
      expect(el.style.getPropertyValue('--sir-color-primary').trim()).to.equal('#ff0000');
      const submit = root(el).querySelector('[part=submit]')!;
      expect(getComputedStyle(submit).backgroundColor).to.equal('rgb(255, 0, 0)');
      el.appearance = {};
      await el.updateComplete;
      expect(el.style.getPropertyValue('--sir-color-primary')).to.equal('');
    });

    it('an invalid appearance value warns and is ignored', async () => {
      const { result: el, messages } = await captureConsole(() =>
        mount({}, new FakeApi(), {
          props: {
            appearance: {
              variables: { colorPrimary: 'url(https://evil.example/x)', colorText: '#111111' },
            },
          },
        }),
      );
      expect(el.style.getPropertyValue('--sir-color-primary')).to.equal('');
      expect(el.style.getPropertyValue('--sir-color-text').trim()).to.equal('#111111');
      expect(messages.some((m) => m.includes('colorPrimary'))).to.equal(true);
    });

    it('theme reflects to the attribute (property, and appearance.theme)', async () => {
      const el = await mount();
      expect(el.getAttribute('theme')).to.equal('light');
      el.theme = 'dark';
      await el.updateComplete;
      expect(el.getAttribute('theme')).to.equal('dark');
      el.appearance = { theme: 'auto' };
      await el.updateComplete;
      await el.updateComplete;
      expect(el.theme).to.equal('auto');
      expect(el.getAttribute('theme')).to.equal('auto');
    });

    it('the dark theme changes the default colours', async () => {
      const el = await mount();
      const base = root(el).querySelector('[part=base]')!;
      const light = getComputedStyle(base).backgroundColor;
      el.theme = 'dark';
      await el.updateComplete;
      await eventually(
        () => getComputedStyle(base).backgroundColor !== light,
        'dark theme did not apply',
      );
      expect(getComputedStyle(base).backgroundColor).to.equal('rgb(16, 24, 27)');
    });

    it('every private --_sir-* property used in the styles is defined', () => {
      const css = SirDonate.elementStyles
        .map((s) =>
          'cssText' in s && typeof s.cssText === 'string'
            ? s.cssText
            : [...(s as CSSStyleSheet).cssRules].map((r) => r.cssText).join('\n'),
        )
        .join('\n');
      const used = new Set([...css.matchAll(/var\(\s*(--_sir-[\w-]+)/g)].map((m) => m[1]!));
      const defined = new Set([...css.matchAll(/(--_sir-[\w-]+)\s*:/g)].map((m) => m[1]!));
      expect(used.size).to.be.greaterThan(10);
      const undefinedProps = [...used].filter((p) => !defined.has(p));
      expect(undefinedProps).to.deep.equal([]);
    });
  });

  it('does not render light-DOM fallback children', async () => {
    const el = await mount({}, new FakeApi(), {
      children: '<a href="https://partner.example/donate">Fallback donate link</a>',
    });
    const fallback = el.querySelector('a')!;
    expect(root(el).querySelector('slot:not([name])')).to.equal(null);
    expect(fallback.assignedSlot).to.equal(null);
    expect(fallback.getClientRects().length).to.equal(0);
    expect(root(el).textContent).not.to.contain('Fallback donate link');
  });

  it('renders into an open shadow root', async () => {
    const el = await mount();
    expect(el.shadowRoot).to.not.equal(null);
    expect(el.shadowRoot!.mode).to.equal('open');
  });
});
