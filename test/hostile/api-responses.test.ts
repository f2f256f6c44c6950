// Hostile Partner API: random and adversarial responses fed to the adapter
// directly and to a mounted <sir-donate>. Properties: no uncaught exception
// (the adapter rejects only with a well-formed SirApiError; the element ends
// in a contract state), no unsafe navigation, no markup from data in the
// shadow DOM, Object.prototype untouched.
import { expect, fixtureCleanup } from '@open-wc/testing';
import * as fc from 'fast-check';
import { clearCache, createClient } from '../../src/api/client.js';
import type {
  CreateLinkRequest,
  CreateLinkResponse,
  DonationStatus,
  Organization,
  PartnerConfig,
} from '../../src/api/types.js';
import { virtualClock } from '../api/helpers.js';
import {
  CONFIG,
  FakeApi,
  KEY,
  LIVE_KEY,
  NONPROFIT,
  ORGS,
  apiError,
  detailsOf,
  mount,
  resetPage,
  root,
  type SirDonate,
} from '../ui/helpers.js';
import {
  CONTRACT_STATES,
  HOSTILE_STRINGS,
  KNOWN_CODES,
  check,
  checkApiError,
  checkInert,
  checkUnpolluted,
  fakePopup,
  fastSleep,
  hostileFetch,
  hostileString,
  isLoopback,
  isSafeTarget,
  loaded,
  protoSnapshot,
  repliesArb,
  settle,
  assertProperty,
  caseLog,
  short,
  watchEachTest,
  type HostileReply,
} from './support.js';

const log = caseLog('api-responses');
const CLIENT_RUNS = 300;
const ELEMENT_RUNS = 60;

const ORG = ORGS[NONPROFIT] as Record<string, unknown>;
const LINK = { donationLink: 'https://checkout.example/pay/pd_1', partnerDonationId: 'pd_1' };
const STATUS = {
  partnerDonationId: 'pd_1',
  status: 'COMPLETED',
  amount: 2500,
  currency: 'USD',
  tokensAwarded: 120,
  updatedAt: '2026-11-24T10:00:00Z',
};
const BODY: CreateLinkRequest = {
  nonprofitSlug: NONPROFIT,
  amount: 2500,
  currency: 'USD',
  frequency: 'once',
  provider: 'stripe',
};

/** Error codes that name an Object.prototype member: a lookup by code must not find a function. */
const PROTOTYPE_CODES = [
  'constructor',
  'hasOwnProperty',
  'isPrototypeOf',
  'propertyIsEnumerable',
  'toLocaleString',
  'toString',
  'valueOf',
];

/**
 * Slugs and donation ids. Dot segments ("." and ".." would be resolved away by the URL parser) and
 * lone UTF-16 surrogates (encodeURIComponent throws on them) are listed, so that every run of the
 * properties meets them rather than waiting for the random strings to.
 */
const idArb = fc.oneof(
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      'pd_1',
      NONPROFIT,
      'unicef',
      ' a/b?c#d ',
      '%2e%2e',
      'a'.repeat(200),
      '.',
      '..',
      ' .. ',
      'pd_\udfff',
      '\ud800x',
    ),
  },
  { weight: 3, arbitrary: hostileString },
);

// ---- Shape checks of resolved values ----

const isStr = (x: unknown, max: number) => typeof x === 'string' && x.length <= max;
const optStr = (x: unknown, max: number) =>
  x === undefined || (isStr(x, max) && (x as string).trim() !== '');

function checkConfig(c: PartnerConfig): void {
  check(isStr(c.name, 200) && isStr(c.slug, 200), `config name/slug ${short([c.name, c.slug])}`);
  check(typeof c.isActive === 'boolean', 'config isActive');
  check(
    Array.isArray(c.enabledFeatures) &&
      c.enabledFeatures.length <= 50 &&
      c.enabledFeatures.every((f) => typeof f === 'string'),
    'config enabledFeatures',
  );
  const { enabled, defaultPercent } = c.tipConfig;
  check(typeof enabled === 'boolean', 'tipConfig.enabled');
  check(Number.isFinite(defaultPercent) && defaultPercent >= 0 && defaultPercent <= 100, 'tip %');
  check(Object.getPrototypeOf(c) === Object.prototype, 'config prototype');
}

function checkOrganization(o: Organization, loopback: boolean): void {
  check(isStr(o.name, 200) && isStr(o.slug, 200), `org name/slug ${short([o.name, o.slug])}`);
  check(
    o.logoUrl === undefined || isSafeTarget(o.logoUrl, loopback),
    `logoUrl ${short(o.logoUrl)}`,
  );
  check(optStr(o.id, 200) && optStr(o.ein, 32) && optStr(o.status, 64), 'org extras');
  check(Object.getPrototypeOf(o) === Object.prototype, 'org prototype');
}

function checkLink(l: CreateLinkResponse): void {
  check(isStr(l.donationLink, 8192) && l.donationLink.trim() !== '', 'donationLink');
  check(isStr(l.partnerDonationId, 200) && l.partnerDonationId !== '', 'partnerDonationId');
}

function checkStatus(s: DonationStatus): void {
  check(isStr(s.status, 64) && s.status !== '' && s.status === s.status.toUpperCase(), 'status');
  check(typeof s.partnerDonationId === 'string', 'status partnerDonationId');
  check(s.amount === undefined || Number.isFinite(s.amount), 'status amount');
  check(optStr(s.currency, 8), 'status currency');
  check(
    s.tokensAwarded === undefined || s.tokensAwarded === null || Number.isFinite(s.tokensAwarded),
    'tokensAwarded',
  );
}

/** The strings an error body may name its code with (`message` trimmed, as the adapter reads it). */
function codesIn(body: string): string[] {
  try {
    const o = Object(JSON.parse(body)) as Record<string, unknown> & { error?: { code?: unknown } };
    return [o.code, Object(o.error).code, ...[o.message].flat()]
      .filter((c): c is string => typeof c === 'string')
      .map((c) => c.trim());
  } catch {
    return [];
  }
}

/** A code outside the contract's list must have come from the API, as it came (trimmed). */
function checkCode(code: string, replies: HostileReply[]): void {
  check(
    KNOWN_CODES.has(code) ||
      replies.some((r) => r.kind === 'response' && codesIn(r.body).includes(code)),
    `code ${short(code)} is neither the contract's nor the API's`,
  );
}

type Outcome<T> = { ok: true; value: T } | { ok: false; error: unknown };
const outcome = <T>(p: Promise<T>): Promise<Outcome<T>> =>
  p.then(
    (value) => ({ ok: true, value }),
    (error: unknown) => ({ ok: false, error }),
  );

// ---- (a) the adapter ----

const clientPlan = fc.record({
  key: fc.constantFrom(KEY, LIVE_KEY),
  apiBase: fc.constantFrom(
    undefined,
    'https://proxy.example/sir/',
    'http://127.0.0.1:8787',
    'http://localhost:3000',
  ),
  config: repliesArb(CONFIG, { hang: true }),
  organization: repliesArb(ORG, { hang: true }),
  link: repliesArb(LINK, { hang: true }),
  status: repliesArb(STATUS, { hang: true }),
  slug: idArb,
  id: idArb,
  // The caller's signal: never aborted, aborted before the call, or while it runs.
  abort: fc.constantFrom('never', 'never', 'before', 'during'),
});

type ClientPlan = typeof clientPlan extends fc.Arbitrary<infer T> ? T : never;

// Time runs on test/api/helpers.ts' virtual clock rather than `sleep: async () => {}`: a sleep that
// resolves at once wins the adapter's timeout race against any body read, so every call would end
// in TIMEOUT. The virtual clock fires a timeout only when nothing else can happen (a hanging fetch).
async function clientCase(p: ClientPlan): Promise<void> {
  clearCache();
  const before = protoSnapshot();
  const clock = virtualClock(1_000_000);
  const net = hostileFetch({
    config: p.config,
    organization: p.organization,
    'create-link': p.link,
    status: p.status,
  });
  const c = createClient({
    publishableKey: p.key,
    apiBase: p.apiBase,
    fetch: net.fetch,
    storage: null,
    sleep: clock.sleep,
    now: clock.now,
    random: () => 0.5,
  });
  const loopback = isLoopback(new URL(c.baseUrl).hostname);
  const all = [...p.config, ...p.organization, ...p.link, ...p.status];
  const failed = (e: unknown) => {
    checkApiError(e, p.key);
    checkCode(e.code, all);
  };
  const signal = () => {
    const ctl = new AbortController();
    if (p.abort === 'before') ctl.abort();
    if (p.abort === 'during') queueMicrotask(() => ctl.abort());
    return ctl.signal;
  };
  const run = <T>(q: Promise<T>) => clock.run(outcome(q), net.busy);
  // Per route: an abandoned look-up goes on in the background (page-wide sharing, by design).
  const calls = (route: string) => net.requests.filter((r) => r.route === route).length;

  const config = await run(c.getConfig({ signal: signal() }));
  if (config.ok) checkConfig(config.value);
  else failed(config.error);
  check(calls('config') <= 3, `config: ${calls('config')} requests`);

  const org = await run(c.getOrganization(p.slug));
  if (org.ok) checkOrganization(org.value, loopback);
  else failed(org.error);
  check(calls('organization') <= 3, `organization: ${calls('organization')} requests`);

  const link = await run(c.createLink(BODY, { signal: signal() }));
  if (link.ok) checkLink(link.value);
  else failed(link.error);
  // A second POST only after a 429/503 that said when to come back: never a duplicate donation.
  const posts = net.requests.filter((r) => r.route === 'create-link');
  check(posts.length <= 2, `create-link sent ${posts.length} times`);
  if (posts.length === 2) {
    const first = p.link[0]!;
    check(
      first.kind === 'response' && (first.status === 429 || first.status === 503),
      `create-link retried after ${short(first)}`,
    );
  }

  const status = await run(c.getStatus(p.id, { signal: signal() }));
  if (status.ok) checkStatus(status.value);
  else failed(status.error);
  check(calls('status') <= 3, `status: ${calls('status')} requests`);

  for (const r of net.requests) {
    check(r.url.startsWith(`${c.baseUrl}/v1/partner/`), `request to ${short(r.url)}`);
    // After the browser's own normalisation the path still names the endpoint asked for.
    check(r.route !== 'unknown', `request left its endpoint: ${short(new URL(r.url).pathname)}`);
  }
  // Every attempt ended: answered, or abandoned with its signal aborted (the shared GET too).
  await clock.run(Promise.resolve(), net.busy);
  const left = net.pending().filter((r) => r.route === 'create-link' || r.route === 'status');
  check(!left.length, `${left.length} requests neither settled nor aborted`);
  check(!net.violations.length, net.violations.join('; '));
  checkUnpolluted(before);
}

// ---- (b) the element ----

const elementPlan = fc.record({
  config: repliesArb(CONFIG, { hang: true }),
  organization: repliesArb(ORG, { hang: true }),
  link: repliesArb(LINK, { hang: true }),
  status: repliesArb(STATUS),
  apiBase: fc.constantFrom(null, 'http://127.0.0.1:8787', 'https://proxy.example'),
  nonprofit: fc.oneof(
    { weight: 4, arbitrary: fc.constant(NONPROFIT) },
    { weight: 1, arbitrary: idArb },
  ),
  checkout: fc.constantFrom('redirect', 'popup', 'new-tab'),
  popupBlocked: fc.boolean(),
});

type ElementPlan = typeof elementPlan extends fc.Arbitrary<infer T> ? T : never;

interface ErrorDetail {
  code: string;
  message: string;
  retryable: boolean;
  status?: number;
}

function checkElement(el: SirDonate, loopback: boolean, replies: HostileReply[]): void {
  check(CONTRACT_STATES.includes(el.state), `state ${el.state}`);
  checkInert(el, loopback);
  for (const d of detailsOf(el, 'sir-donate-error') as ErrorDetail[]) {
    check(
      typeof d.code === 'string' &&
        typeof d.message === 'string' &&
        typeof d.retryable === 'boolean',
      `error detail ${short(d)}`,
    );
    checkCode(d.code, replies);
  }
  const readies = detailsOf(el, 'sir-donate-ready') as {
    partner: { name: string };
    nonprofit: { name: string; logoUrl?: string } | null;
  }[];
  for (const d of readies) {
    const logo = d.nonprofit?.logoUrl;
    check(logo === undefined || isSafeTarget(logo, loopback), `ready logoUrl ${short(logo)}`);
  }
  // The name from the API is the heading's text, exactly, and nothing but text.
  const last = readies[readies.length - 1];
  const heading = root(el).querySelector('[part=nonprofit] .name');
  if (last && heading) {
    const name = last.nonprofit?.name ?? last.partner.name;
    check(heading.textContent === name, `heading ${short(heading.textContent)} ≠ ${short(name)}`);
    check(heading.childElementCount === 0, 'elements inside the name');
  }
}

const stateOf = (el: SirDonate) => el.state;

async function elementCase(p: ElementPlan): Promise<void> {
  resetPage();
  const before = protoSnapshot();
  const api = new FakeApi();
  const net = hostileFetch(
    { config: p.config, organization: p.organization, 'create-link': p.link, status: p.status },
    api,
  );
  const popupNavigations: string[] = [];
  const open = window.open;
  window.open = () => (p.popupBlocked ? null : (fakePopup(popupNavigations) as unknown as Window));
  const loopback = p.apiBase?.startsWith('http://') ?? false;
  const all = [...p.config, ...p.organization, ...p.link, ...p.status];
  try {
    const el = await mount(
      { 'api-base': p.apiBase ?? false, nonprofit: p.nonprofit, checkout: p.checkout },
      api,
      { until: null, clientOptions: { fetch: net.fetch, sleep: fastSleep() } },
    );
    check(await settle(el, () => loaded(el)), `stuck in ${el.state}`);
    check(el.state !== 'idle', 'idle with a key');
    checkElement(el, loopback, all);
    if (el.state === 'ready') {
      await el.submit();
      check(await settle(el, () => el.state !== 'submitting'), 'stuck in submitting');
      // A few polls of the hostile status endpoint (first after 20 ms).
      if (stateOf(el) === 'awaiting') await settle(el, () => el.state !== 'awaiting', 150);
      checkElement(el, loopback, all);
    }
    for (const url of [...api.navigations, ...popupNavigations])
      check(isSafeTarget(url, loopback), `navigated to ${short(url)}`);
    // The refused link is never echoed in the UI.
    check(
      !HOSTILE_STRINGS.filter((s) => s.startsWith('javascript:')).some((s) =>
        root(el).innerHTML.includes(s),
      ),
      'a javascript: URL in the shadow DOM',
    );
    el.remove();
  } finally {
    window.open = open;
    fixtureCleanup();
  }
  check(!net.violations.length, net.violations.join('; '));
  checkUnpolluted(before);
}

describe('hostile API responses', () => {
  const watch = watchEachTest();
  const { noUncaughtErrors } = watch;

  it('the adapter resolves with well-formed data or rejects with a SirApiError', async function () {
    this.timeout(60000);
    await log.time('adapter', () =>
      assertProperty(
        fc.asyncProperty(clientPlan, async (p) => {
          await clientCase(p);
          check(!watch.errors.length, watch.errors.join('; '));
        }),
        { numRuns: CLIENT_RUNS },
      ),
    );
  });

  it('the element ends in a contract state, renders no markup and navigates only to safe URLs', async function () {
    this.timeout(60000);
    await log.time('element', () =>
      assertProperty(
        fc.asyncProperty(elementPlan, async (p) => {
          await elementCase(p);
          check(!watch.errors.length, watch.errors.join('; '));
        }),
        { numRuns: ELEMENT_RUNS },
      ),
    );
  });

  // ---- Inputs the generators reach only now and then, run on every run ----

  /** A client whose fetch records the URLs asked for (and answers 404). */
  const recordingClient = () => {
    const urls: string[] = [];
    const client = createClient({
      publishableKey: KEY,
      storage: null,
      fetch: (async (u: string) => {
        urls.push(u);
        return new Response('{}', { status: 404 });
      }) as unknown as typeof fetch,
    });
    return { client, urls };
  };
  /** The code a call rejects with, after checking it is a well-formed SirApiError. */
  const codeOf = (p: Promise<unknown>): Promise<string> =>
    p.then(
      (v) => {
        throw new Error(`resolved with ${short(v)}`);
      },
      (e: unknown) => {
        checkApiError(e, KEY);
        return e.code;
      },
    );

  it('an API error code named after an Object.prototype member shows the generic error message', async () => {
    const alertFor = async (code: string) => {
      resetPage();
      const api = new FakeApi();
      api.replies.config = apiError(503, code);
      const el = await mount({}, api);
      expect(el.state, code).to.equal('error');
      const codes = (detailsOf(el, 'sir-donate-error') as ErrorDetail[]).map((d) => d.code);
      expect(codes, code).to.deep.equal([code]);
      checkInert(el, false);
      const text = root(el).querySelector('[role=alert]')?.textContent;
      fixtureCleanup();
      return text;
    };
    const generic = await alertFor('SOME_NEW_CODE');
    expect(generic?.trim(), 'the generic message').to.be.a('string').and.not.equal('');
    for (const code of PROTOTYPE_CODES) expect(await alertFor(code), code).to.equal(generic);
    noUncaughtErrors();
  });

  it('a completed status with a malformed currency shows the thank-you in the embed currency', async () => {
    const open = window.open;
    window.open = () => fakePopup([]) as unknown as Window;
    try {
      for (const currency of ['EURO', 'US$', '€', 'usd1', '', '<b>']) {
        resetPage();
        const api = new FakeApi();
        api.replies.status = { status: 200, body: { ...STATUS, currency } };
        const el = await mount({ checkout: 'popup' }, api);
        await el.submit();
        check(await settle(el, () => el.state === 'completed'), `${currency}: in ${el.state}`);
        await el.updateComplete; // rejects when the render threw
        const text = root(el).textContent ?? '';
        expect(text, currency).to.contain('Thank you');
        expect(text, currency).to.contain('$25');
        checkInert(el, false);
        fixtureCleanup();
      }
    } finally {
      window.open = open;
    }
    noUncaughtErrors();
  });

  it('"." and ".." as a slug or donation id are refused like an empty one, without a request', async () => {
    const { client, urls } = recordingClient();
    const emptySlug = await codeOf(client.getOrganization(''));
    const emptyId = await codeOf(client.getStatus(''));
    for (const id of ['.', '..', ' . ', '\t..\n']) {
      expect(await codeOf(client.getOrganization(id)), `slug ${short(id)}`).to.equal(emptySlug);
      expect(await codeOf(client.getStatus(id)), `id ${short(id)}`).to.equal(emptyId);
    }
    expect(urls).to.deep.equal([]);
    // Only a whole "." or ".." is a dot segment: these are ordinary ids, sent to their endpoint.
    await codeOf(client.getOrganization('...'));
    await codeOf(client.getStatus('%2e%2e'));
    expect(urls.map((u) => new URL(u).pathname)).to.deep.equal([
      '/v1/partner/organizations/...',
      '/v1/partner/donations/status/%252e%252e',
    ]);
    noUncaughtErrors();
  });

  it('a lone surrogate in a slug or donation id rejects with a SirApiError, without a request', async () => {
    const { client, urls } = recordingClient();
    const emptySlug = await codeOf(client.getOrganization(''));
    const emptyId = await codeOf(client.getStatus(''));
    for (const id of ['\ud800', 'pd_\udfff', '\udc00\ud800', 'a\ud83d']) {
      expect(await codeOf(client.getOrganization(id)), `slug ${short(id)}`).to.equal(emptySlug);
      expect(await codeOf(client.getStatus(id)), `id ${short(id)}`).to.equal(emptyId);
    }
    expect(urls).to.deep.equal([]);
    noUncaughtErrors();
  });

  it('a donation id from create-link that is not a valid path segment ends the polling, without a request', async () => {
    const open = window.open;
    window.open = () => fakePopup([]) as unknown as Window;
    try {
      for (const id of ['.', '..', '\ud800', 'pd_\udfff']) {
        resetPage();
        const api = new FakeApi();
        api.link = { ...LINK, partnerDonationId: id };
        // The poller's timers, counted: with 5 ms between polls, one that went on would keep one.
        const scheduled = new Set<number>();
        const timers = {
          setTimeout(f: () => void, ms: number) {
            const t = window.setTimeout(() => {
              scheduled.delete(t);
              f();
            }, ms);
            scheduled.add(t);
            return t;
          },
          clearTimeout(t: unknown) {
            scheduled.delete(t as number);
            window.clearTimeout(t as number);
          },
        };
        const el = await mount({ checkout: 'popup' }, api, {
          pollOptions: { initialDelayMs: 5, maxDelayMs: 5, timers },
        });
        await el.submit();
        expect(el.state, short(id)).to.equal('awaiting');
        await new Promise((done) => setTimeout(done, 100));
        expect(scheduled.size, `${short(id)}: polls still scheduled`).to.equal(0);
        const sent = api.calls.filter((c) => c.route === 'status' || c.route === 'unknown');
        expect(sent, short(id)).to.deep.equal([]);
        fixtureCleanup();
      }
    } finally {
      window.open = open;
    }
    noUncaughtErrors();
  });

  after(() => log.report());
});
