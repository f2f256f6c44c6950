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
  watchErrors,
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

// ---- Known bugs, kept out of the passing properties (each has a skipped test below) ----

// BUG B: an API error code that names an Object.prototype member is rendered as a function.
const PROTO_CODE =
  /"(constructor|hasOwnProperty|isPrototypeOf|propertyIsEnumerable|toLocaleString|toString|valueOf)"/;
// BUG D: a status with a malformed currency breaks the thank-you render.
const STATUS_CURRENCY = /"currency"/;
// BUG E: "." and ".." as a slug or donation id leave their path segment.
const DOT_SEGMENT = /^\s*\.{1,2}\s*$/;
// BUG F: a lone UTF-16 surrogate in a slug or donation id makes encodeURIComponent throw a URIError.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const badId = (id: string) => DOT_SEGMENT.test(id) || LONE_SURROGATE.test(id);

const withoutKnownBugs = (replies: HostileReply[], route: 'status' | 'other') =>
  replies.every(
    (r) =>
      r.kind !== 'response' ||
      (!PROTO_CODE.test(r.body) && (route !== 'status' || !STATUS_CURRENCY.test(r.body))),
  );

const idArb = fc.oneof(
  {
    weight: 2,
    arbitrary: fc.constantFrom('pd_1', NONPROFIT, 'unicef', ' a/b?c#d ', '%2e%2e', 'a'.repeat(200)),
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

/** A code outside the contract's list must have come from the API, as it came. */
function checkCode(code: string, replies: HostileReply[]): void {
  check(
    KNOWN_CODES.has(code) ||
      replies.some((r) => r.kind === 'response' && r.body.includes(JSON.stringify(code))),
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

const clientPlan = (knownBugs: boolean) =>
  fc
    .record({
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
    })
    .filter(
      (p) => knownBugs || (!badId(p.slug) && !badId(p.id) && withoutKnownBugs(p.status, 'status')),
    );

type ClientPlan = typeof clientPlan extends (b: boolean) => fc.Arbitrary<infer T> ? T : never;

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

const elementPlan = (knownBugs: boolean) =>
  fc
    .record({
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
    })
    .filter(
      (p) =>
        knownBugs ||
        (!DOT_SEGMENT.test(p.nonprofit) &&
          withoutKnownBugs(p.config, 'other') &&
          withoutKnownBugs(p.organization, 'other') &&
          withoutKnownBugs(p.link, 'other') &&
          withoutKnownBugs(p.status, 'status')),
    );

type ElementPlan = typeof elementPlan extends (b: boolean) => fc.Arbitrary<infer T> ? T : never;

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
  let watch: ReturnType<typeof watchErrors>;
  beforeEach(() => {
    resetPage();
    watch = watchErrors();
  });
  afterEach(() => {
    watch.stop();
    resetPage();
  });

  it('the adapter resolves with well-formed data or rejects with a SirApiError', async function () {
    this.timeout(60000);
    await log.time('adapter', () =>
      assertProperty(
        fc.asyncProperty(clientPlan(false), async (p) => {
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
        fc.asyncProperty(elementPlan(false), async (p) => {
          await elementCase(p);
          check(!watch.errors.length, watch.errors.join('; '));
        }),
        { numRuns: ELEMENT_RUNS },
      ),
    );
  });

  // BUG B/D/E: the same properties without the exclusions above. Unskip when the bugs are fixed.
  it('was BUG: the properties hold without the known-bug exclusions', async function () {
    this.timeout(60000);
    await assertProperty(fc.asyncProperty(clientPlan(true), clientCase), { numRuns: CLIENT_RUNS });
    await assertProperty(
      fc.asyncProperty(elementPlan(true), async (p) => {
        await elementCase(p);
        check(!watch.errors.length, watch.errors.join('; '));
      }),
      { numRuns: ELEMENT_RUNS },
    );
  });

  // BUG B: SirDonate.errorMessage looks the code up in an object literal (`map[code] ?? t.errGeneric`),
  // so a code that names an Object.prototype member ("constructor", "toString", "valueOf", all valid
  // codes for the adapter) yields a function, and the alert shows "function Object() { [native code] }".
  it('was BUG: an API error code "constructor" shows the generic error, not a function', async () => {
    const api = new FakeApi();
    api.replies.config = apiError(503, 'constructor');
    const el = await mount({}, api);
    expect(el.state).to.equal('error');
    expect(root(el).querySelector('[role=alert]')!.textContent).not.to.contain('native code');
  });

  // BUG D: a COMPLETED status whose `currency` is not a valid ISO code (the adapter keeps any string of
  // up to 8 characters, e.g. "EURO" or "US$") makes renderThanks call formatMoney, which throws a
  // RangeError inside Lit's update: updateComplete rejects, state says `completed` but the shadow DOM
  // keeps the "awaiting" content, and no thank-you is ever shown.
  it('was BUG: a completed status with a malformed currency still shows the thank-you', async () => {
    const api = new FakeApi();
    api.replies.status = { status: 200, body: { ...STATUS, currency: 'EURO' } };
    const open = window.open;
    window.open = () => fakePopup([]) as unknown as Window;
    try {
      const el = await mount({ checkout: 'popup' }, api);
      await el.submit();
      await settle(el, () => el.state === 'completed');
      await el.updateComplete; // rejects with RangeError: Invalid currency code : EURO
      expect(root(el).textContent).to.contain('Thank you');
    } finally {
      window.open = open;
    }
  });

  // BUG E: the slug and the donation id are encodeURIComponent'ed, which leaves "." and ".." as they
  // are; the URL parser then resolves them as dot segments. nonprofit=".." fetches GET /v1/partner/
  // (with the partner key) instead of an organization; a partnerDonationId "." from create-link polls
  // GET /v1/partner/donations/status/. Low impact (same origin, same key), but the request leaves the
  // endpoint it was meant for; "." and ".." should be refused like an empty id.
  it('was BUG: "." and ".." as slug or donation id never leave their endpoint', async () => {
    const paths: string[] = [];
    const c = createClient({
      publishableKey: KEY,
      storage: null,
      fetch: (async (u: string) => {
        paths.push(new URL(u).pathname);
        return new Response('{}', { status: 404 });
      }) as unknown as typeof fetch,
    });
    await c.getOrganization('..').catch(() => {});
    await c.getStatus('.').catch(() => {});
    for (const p of paths) expect(p).to.match(/\/(organizations|status)\/[^/]+$/);
  });

  // BUG F: SirClient.getOrganization / getStatus pass the slug or id to encodeURIComponent, which
  // throws URIError for a lone surrogate ("\ud800"): the promise rejects with a URIError instead of a
  // SirApiError. The element turns it into NETWORK_ERROR (retryable, "Try again") for a nonprofit
  // attribute that can never work; a partnerDonationId with one (from create-link, parsed from
  // "\\ud800" in JSON) makes the poller call getStatus every few seconds for 30 minutes without a
  // request. Expected: a SirApiError (NONPROFIT_NOT_FOUND / INVALID_REQUEST like an empty id).
  it('was BUG: a lone surrogate in a slug or donation id rejects with a SirApiError', async () => {
    const c = createClient({
      publishableKey: KEY,
      storage: null,
      fetch: (async () => new Response('{}', { status: 404 })) as unknown as typeof fetch,
    });
    for (const p of [c.getOrganization('\ud800'), c.getStatus('pd_\udfff')]) {
      const e = await p.then(
        () => undefined,
        (x: unknown) => x,
      );
      checkApiError(e, KEY);
    }
  });

  after(() => log.report());
});
