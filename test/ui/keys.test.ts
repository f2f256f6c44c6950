import { expect } from '@open-wc/testing';
import {
  FakeApi,
  KEY,
  LIVE_KEY,
  allByRole,
  apiError,
  byRole,
  captureConsole,
  detailsOf,
  mount,
  resetPage,
  root,
  type ApiCall,
} from './helpers.js';

interface ErrorDetail {
  code: string;
  message: string;
  retryable: boolean;
  status?: number;
}

describe('<sir-donate> key handling', () => {
  beforeEach(resetPage);

  const SECRETS = [
    `sk_test_${'f'.repeat(64)}`,
    `sk_live_${'0123abcd'.repeat(8)}`,
    `pk_test_sk_live_${'9'.repeat(20)}`,
  ];

  for (const secret of SECRETS) {
    it(`rejects the secret key ${secret.slice(0, 12)}… without a request or an echo`, async () => {
      const api = new FakeApi();
      const { result: el, messages } = await captureConsole(() =>
        mount({ 'publishable-key': secret }, api),
      );

      expect(el.state).to.equal('misconfigured');
      expect(api.calls).to.have.length(0);
      const errors = detailsOf(el, 'sir-donate-error') as ErrorDetail[];
      expect(errors).to.have.length(1);
      expect(errors[0]!.code).to.equal('SECRET_KEY_REJECTED');
      expect(errors[0]!.retryable).to.equal(false);
      // The key never comes back: not in the UI, the event, or the console.
      const secretBody = secret.slice(8);
      expect(root(el).textContent).not.to.contain(secretBody);
      expect(JSON.stringify(errors)).not.to.contain(secretBody);
      for (const m of messages) expect(m).not.to.contain(secretBody);
      const alert = byRole(root(el), 'alert');
      expect(alert.textContent).to.contain("This donation form isn't set up correctly.");
      expect(allByRole(root(el), 'button', 'Try again')).to.have.length(0);
      expect(detailsOf(el, 'sir-donate-ready')).to.have.length(0);
    });
  }

  for (const bad of [
    'pk_test_abc-def',
    'pk_prod_' + 'a'.repeat(64),
    'hello',
    `pk_test_${'a'.repeat(32)} ${'b'.repeat(32)}`,
  ]) {
    it(`rejects the malformed key ${JSON.stringify(bad.slice(0, 16))} with INVALID_KEY_FORMAT`, async () => {
      const api = new FakeApi();
      const el = await mount({ 'publishable-key': bad }, api);
      expect(el.state).to.equal('misconfigured');
      expect((detailsOf(el, 'sir-donate-error') as ErrorDetail[]).map((d) => d.code)).to.deep.equal(
        ['INVALID_KEY_FORMAT'],
      );
      expect(api.calls).to.have.length(0);
    });
  }

  for (const base of [
    'http://evil.example',
    'javascript:alert(1)',
    'ftp://devapi.sirgiving.org',
    'https://proxy.example/?x=1',
  ]) {
    it(`rejects api-base ${base} with INVALID_API_BASE`, async () => {
      const api = new FakeApi();
      const el = await mount({ 'api-base': base }, api);
      expect(el.state).to.equal('misconfigured');
      expect((detailsOf(el, 'sir-donate-error') as ErrorDetail[]).map((d) => d.code)).to.deep.equal(
        ['INVALID_API_BASE'],
      );
      expect(api.calls).to.have.length(0);
    });
  }

  it('accepts http: api-base on a loopback host', async () => {
    const api = new FakeApi();
    const el = await mount({ 'api-base': 'http://127.0.0.1:8787' }, api);
    expect(el.state).to.equal('ready');
    expect(api.calls[0]!.url).to.equal('http://127.0.0.1:8787/v1/partner/config');
  });

  it('rejects a live key with the sandbox host (ENVIRONMENT_MISMATCH)', async () => {
    const api = new FakeApi();
    const el = await mount(
      { 'publishable-key': LIVE_KEY, 'api-base': 'https://devapi.sirgiving.org' },
      api,
    );
    expect(el.state).to.equal('misconfigured');
    expect((detailsOf(el, 'sir-donate-error') as ErrorDetail[]).map((d) => d.code)).to.deep.equal([
      'ENVIRONMENT_MISMATCH',
    ]);
    expect(api.calls).to.have.length(0);
  });

  it('rejects a test key with the production host (ENVIRONMENT_MISMATCH)', async () => {
    const api = new FakeApi();
    const el = await mount({ 'api-base': 'https://api.sirgiving.org' }, api);
    expect(el.state).to.equal('misconfigured');
    expect((detailsOf(el, 'sir-donate-error') as ErrorDetail[])[0]!.code).to.equal(
      'ENVIRONMENT_MISMATCH',
    );
    expect(api.calls).to.have.length(0);
  });

  it('goes misconfigured when the API answers 401 INVALID_API_KEY', async () => {
    const api = new FakeApi();
    api.replies.config = apiError(
      401,
      'INVALID_API_KEY',
      'The API key is missing, malformed, inactive or expired.',
    );
    const el = await mount({}, api);
    expect(el.state).to.equal('misconfigured');
    const [error] = detailsOf(el, 'sir-donate-error') as ErrorDetail[];
    expect(error).to.include({ code: 'INVALID_API_KEY', retryable: false, status: 401 });
    expect(JSON.stringify(error)).not.to.contain(KEY);
    expect(root(el).textContent).not.to.contain(KEY);
    // Not retried: a bad key stays bad.
    expect(api.callsTo('config')).to.have.length(1);
    expect(allByRole(root(el), 'button', 'Try again')).to.have.length(0);
  });

  it('an unknown currency makes no request and reports INVALID_CURRENCY', async () => {
    const api = new FakeApi();
    const el = await mount({ currency: 'XYZ' }, api);
    expect(api.calls).to.have.length(0);
    expect((detailsOf(el, 'sir-donate-error') as ErrorDetail[]).map((d) => d.code)).to.deep.equal([
      'INVALID_CURRENCY',
    ]);
    expect(allByRole(root(el), 'radiogroup')).to.have.length(0);
    expect(byRole(root(el), 'alert').textContent).to.contain(
      "This donation form isn't set up correctly.",
    );
    expect(allByRole(root(el), 'button', 'Try again')).to.have.length(0);
  });

  it('stays idle without a key and makes no request', async () => {
    const api = new FakeApi();
    const el = await mount({ 'publishable-key': false }, api);
    await el.updateComplete;
    expect(el.state).to.equal('idle');
    expect(api.calls).to.have.length(0);
    expect(detailsOf(el, 'sir-donate-error')).to.have.length(0);
    expect(root(el).querySelector('[part=base]')!.getAttribute('aria-busy')).to.equal('true');
  });

  it('starts loading when a key is set later', async () => {
    const api = new FakeApi();
    const el = await mount({ 'publishable-key': false }, api);
    el.publishableKey = KEY;
    await el.updateComplete;
    expect(el.state).to.equal('loading');
    await new Promise<void>((r) =>
      el.addEventListener('sir-donate-ready', () => r(), { once: true }),
    );
    expect(el.state).to.equal('ready');
    expect(api.callsTo('config')).to.have.length(1);
  });

  it('sends only X-Partner-Key, no cookies, to the sandbox host for a test key', async () => {
    const api = new FakeApi();
    const el = await mount({}, api);
    expect(el.state).to.equal('ready');
    expect(api.calls.map((c) => `${c.method} ${c.url}`).sort()).to.deep.equal([
      'GET https://devapi.sirgiving.org/v1/partner/config',
      'GET https://devapi.sirgiving.org/v1/partner/organizations/american-red-cross',
    ]);
    for (const call of api.calls as ApiCall[]) {
      expect(call.headers).to.deep.equal({ 'x-partner-key': KEY });
      expect(call.credentials).to.equal('omit');
    }
  });

  it('talks to the production host for a live key and shows no test badge', async () => {
    const api = new FakeApi();
    const el = await mount({ 'publishable-key': LIVE_KEY }, api);
    expect(el.state).to.equal('ready');
    expect(api.calls[0]!.url.startsWith('https://api.sirgiving.org/')).to.equal(true);
    expect(root(el).querySelector('[part=test-badge]')).to.equal(null);
    expect((detailsOf(el, 'sir-donate-ready')[0] as { testMode: boolean }).testMode).to.equal(
      false,
    );
  });
});
