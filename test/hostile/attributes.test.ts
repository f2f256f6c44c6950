// Random attribute values: every attribute of the contract, set before the
// element connects and changed in bursts afterwards, with unicode, huge,
// empty, numeric and `sk_…`-laden strings. The element never throws, reaches
// a contract state, never sends a secret key and never echoes one.
import { expect, fixtureCleanup } from '@open-wc/testing';
import * as fc from 'fast-check';
import { isValidCurrency } from '../../src/core/money.js';
import {
  FakeApi,
  KEY,
  LIVE_KEY,
  NONPROFIT,
  captureConsole,
  detailsOf,
  eventsOf,
  mount,
  resetPage,
  root,
  typeInto,
  type SirDonate,
} from '../ui/helpers.js';
import {
  CONTRACT_STATES,
  assertProperty,
  caseLog,
  check,
  checkInert,
  checkUnpolluted,
  fakePopup,
  fastSleep,
  hostileFetch,
  hostileString,
  hostileUrl,
  isLoopback,
  isSafeTarget,
  protoSnapshot,
  settle,
  short,
  watchErrors,
} from './support.js';

const log = caseLog('attributes');
// Where the cases ended, to see the generators reach past `misconfigured`.
const STATS: Record<string, number> = {};
const RUNS = 300;

// ---- Values ----

const tail = fc.stringMatching(/^[A-Za-z0-9]{16,24}$/);
/** Values a secret key could hide in (each with its own random tail, so an echo is unambiguous). */
const secretish: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom(
      'sk_test_#',
      'sk_live_#',
      '  sk_test_#\n',
      'SK_LIVE_#',
      'Sk_Test_#',
      'sk_#',
      'pk_test_abc sk_live_#',
      'pk_test_#sk_test_#',
      'pk_live_#;sk_live_#',
      'sk_test_#<script>window.__pwned=1</script>',
    ),
    tail,
  )
  .map(([shape, t]) => shape.replaceAll('#', t));

const numberish: fc.Arbitrary<string> = fc.oneof(
  fc.integer({ min: -1000, max: 1_000_000 }).map(String),
  fc.double({ min: -1e6, max: 1e6, noNaN: true }).map(String),
  fc.constantFrom(
    '0',
    '-0',
    '1e3',
    '0x10',
    '1_000',
    '1,000.50',
    '1.000,50',
    '٣٠',
    '３０',
    'NaN',
    'Infinity',
    '-Infinity',
    '1e400',
    '1e-7',
    '0.004',
    '9007199254740993',
    '1e300',
    ' 25 ',
  ),
);

/** Mostly valid values (`weight` of them), else hostile, numeric or secret-laden ones. */
const some = (valid: string[], ...more: fc.Arbitrary<string>[]): fc.Arbitrary<string> =>
  someW(3, valid, ...more);
const someW = (
  weight: number,
  valid: string[],
  ...more: fc.Arbitrary<string>[]
): fc.Arbitrary<string> =>
  fc.oneof(
    { weight, arbitrary: fc.constantFrom(...valid) },
    { weight: 2, arbitrary: hostileString },
    ...more.map((arbitrary) => ({ weight: 1, arbitrary })),
    { weight: 1, arbitrary: secretish },
  );

const list = (items: fc.Arbitrary<string>) =>
  fc
    .tuple(fc.array(items, { maxLength: 10 }), fc.constantFrom(',', ';', ' ', ', ', ',,', '\n'))
    .map(([xs, sep]) => xs.join(sep));

/** Every attribute of the contract, with what it may be set to. */
const ATTRS: Record<string, fc.Arbitrary<string>> = {
  'publishable-key': fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(KEY, LIVE_KEY, ` ${KEY}\n`) },
    { weight: 3, arbitrary: secretish },
    { weight: 1, arbitrary: tail.map((t) => `pk_test_${t}_x`) },
    { weight: 1, arbitrary: hostileString },
  ),
  nonprofit: someW(12, [NONPROFIT, NONPROFIT, 'unicef', 'no-such-nonprofit']),
  'api-base': fc.oneof(
    {
      weight: 3,
      arbitrary: fc.constantFrom(
        'https://proxy.example/sir/',
        'http://127.0.0.1:8787',
        'http://localhost:3000',
        'https://api.sirgiving.org',
        'https://devapi.sirgiving.org.',
        'http://proxy.example',
        'https://user:pw@proxy.example',
        'https://proxy.example/?q=1',
      ),
    },
    { weight: 2, arbitrary: hostileUrl },
    { weight: 1, arbitrary: secretish },
  ),
  amounts: some(
    ['10,25,50,100', '5', '1,1,1', '100, 50 ,25'],
    list(numberish),
    list(hostileString),
  ),
  amount: some(['25', '12.5', '7'], numberish),
  currency: someW(
    12,
    ['USD', 'usd', 'EUR', 'JPY', 'KWD', 'XXX', 'US', 'EURO', ' usd ', ''],
    fc.string({ maxLength: 4 }),
  ),
  'min-amount': some(['1', '5', '0.5'], numberish),
  'max-amount': some(['100000', '50', '1e6'], numberish),
  frequency: some(['once', 'monthly', 'MONTHLY', 'weekly']),
  frequencies: some(['once,monthly', 'monthly', 'once', 'monthly once', 'weekly']),
  provider: some(['stripe', 'every.org', 'paypal']),
  checkout: some(['redirect', 'popup', 'new-tab', 'iframe']),
  'collect-donor': some(['', 'false', 'true']),
  'donor-email': some(['ada@example.org', 'not-an-email', '']),
  'first-name': some(['Ada', '']),
  'last-name': some(['Lovelace', '']),
  'referral-code': some(['partner-42', '']),
  tip: some(['auto', 'off', 'OFF', 'on']),
  locale: some([
    'en',
    'de-DE',
    'fr',
    'ar',
    'ja',
    'pt-BR',
    'en-u-nu-arab',
    'zz',
    'x-private',
    'de-u-nu-thai',
  ]),
  theme: some(['light', 'dark', 'auto']),
  layout: some(['form', 'button']),
};
const NAMES = Object.keys(ATTRS);

// The key is usually present (or nothing past `idle` is reached), an api-base usually absent.
const ABSENT: Record<string, number> = { 'publishable-key': 1, 'api-base': 16 };

/** A set of attributes: absent (false) or a value, for every attribute of the contract. */
const attrsArb: fc.Arbitrary<Record<string, string | false>> = fc.record(
  Object.fromEntries(
    NAMES.map((n) => [
      n,
      fc.oneof(
        { weight: ABSENT[n] ?? 6, arbitrary: fc.constant(false as const) },
        { weight: n === 'publishable-key' ? 8 : 4, arbitrary: ATTRS[n]! },
      ),
    ]),
  ),
);

/** Changes after connecting: set (a value) or remove (null), all in one task. */
const burstArb = fc.array(
  fc
    .constantFrom(...NAMES)
    .chain((n) => fc.tuple(fc.constant(n), fc.option(ATTRS[n]!, { nil: null, freq: 5 }))),
  { maxLength: 12 },
);

const typedArb = fc.oneof(
  fc.constantFrom('30', '0', '12.50', '1,000', '1.000,50', '-5', '٣٠', '1e3', '', '  7 '),
  hostileString,
);

const planArb = fc.record({ attrs: attrsArb, burst: burstArb, typed: typedArb });
type Plan = typeof planArb extends fc.Arbitrary<infer T> ? T : never;

// ---- Known bugs, kept out of the passing property (skipped tests below) ----

const num = (v: string) => Number(v); // Lit's Number converter
const infinite = (v: string) => Math.abs(num(v)) === Infinity;

/** BUG G (non-finite min/max) and BUG H (amounts that are 0 or unsafe in minor units). */
function triggersKnownBug(name: string, value: string | null): boolean {
  if (value === null) return false;
  switch (name) {
    case 'min-amount':
    case 'max-amount':
      return infinite(value);
    case 'amount':
      return Number.isFinite(num(value)) && num(value) < 1;
    case 'amounts':
      return value
        .split(/[,;\s]+/)
        .map(Number)
        .some((n) => Number.isFinite(n) && n > 0 && (n < 1 || n > 1e9));
    default:
      return false;
  }
}

/** BUG G: typing an amount while min/max is not a finite number (NaN from "", "abc") throws. */
function typingSafe(attrs: Record<string, string | false>): boolean {
  const ok = (v: string | false | undefined, min?: number) =>
    v === false ||
    v === undefined ||
    (Number.isFinite(num(v)) && (min === undefined || num(v) >= min));
  // BUG H: a min-amount below one unit lets a typed "0" through validation.
  return ok(attrs['min-amount'], 1) && ok(attrs['max-amount']);
}

const greenPlan = planArb.filter(
  (p) =>
    !Object.entries(p.attrs).some(([n, x]) => x !== false && triggersKnownBug(n, x)) &&
    !p.burst.some(([n, x]) => triggersKnownBug(n, x)),
);

// ---- The case ----

const isSecret = (v: string | false | null | undefined) =>
  typeof v === 'string' && /^sk_|sk_(test|live)_/i.test(v.trim());
const secretTokens = (v: string) => v.match(/sk_[A-Za-z0-9_]{12,}/gi) ?? [];

interface ErrorDetail {
  code: string;
}

async function attributeCase(p: Plan, strict: boolean): Promise<void> {
  resetPage();
  const before = protoSnapshot();
  const api = new FakeApi();
  const net = hostileFetch({}, api);
  const popupNavigations: string[] = [];
  const open = window.open;
  window.open = () => fakePopup(popupNavigations) as unknown as Window;
  const attrs = { ...p.attrs };
  const key = attrs['publishable-key'];
  const tokens = new Set<string>();
  for (const v of [key, ...p.burst.filter(([n]) => n === 'publishable-key').map(([, x]) => x)])
    if (isSecret(v)) for (const t of secretTokens(v as string)) tokens.add(t);
  const baseOf = (el: SirDonate) => el.getAttribute('api-base') ?? '';
  const loopbackOf = (el: SirDonate) => {
    try {
      return isLoopback(new URL(baseOf(el)).hostname);
    } catch {
      return false;
    }
  };
  const settled = (el: SirDonate) =>
    settle(
      el,
      () =>
        el.state === 'idle' ||
        (el.state !== 'loading' &&
          el.state !== 'submitting' &&
          !root(el).querySelector('.skeleton')),
    );
  const checkNow = (el: SirDonate, where: string) => {
    check(CONTRACT_STATES.includes(el.state), `${where}: state ${el.state}`);
    checkInert(el, loopbackOf(el));
    const html = root(el).innerHTML;
    for (const t of tokens) check(!html.includes(t), `${where}: secret key in the shadow DOM`);
  };

  let el!: SirDonate;
  const { messages } = await captureConsole(async () => {
    try {
      el = await mount(
        { ...attrs, 'publishable-key': key ?? false, nonprofit: attrs.nonprofit ?? false },
        api,
        { until: null, clientOptions: { fetch: net.fetch, sleep: fastSleep() } },
      );
      check(await settled(el), `stuck in ${el.state}`);
      checkNow(el, 'connected');

      const trimmed = typeof key === 'string' ? key.trim() : '';
      if (isSecret(key)) {
        check(net.requests.length === 0, `${net.requests.length} requests with a secret key`);
        const codes = (detailsOf(el, 'sir-donate-error') as ErrorDetail[]).map((d) => d.code);
        // BUG I: an invalid currency is reported instead (see the skipped test).
        const currencyFirst =
          !strict && attrs.currency !== false && !isValidCurrency(attrs.currency);
        if (!currencyFirst) {
          check(el.state === 'misconfigured', `secret key: state ${el.state}`);
          check(codes.includes('SECRET_KEY_REJECTED'), `secret key: codes ${short(codes)}`);
        }
      } else if (!trimmed) {
        check(net.requests.length === 0, 'requests without a key');
      } else if (!/^pk_(test|live)_[A-Za-z0-9]+$/.test(trimmed)) {
        check(net.requests.length === 0, 'requests with a malformed key');
      }

      // A burst of changes in one task.
      for (const [n, x] of p.burst) {
        if (x === null) el.removeAttribute(n);
        else el.setAttribute(n, x);
      }
      check(await settled(el), `stuck in ${el.state} after a burst`);
      checkNow(el, 'after a burst');

      const other = root(el).querySelector<HTMLInputElement>('#other');
      const current: Record<string, string | false> = Object.fromEntries(
        NAMES.map((n) => [n, el.getAttribute(n) ?? false]),
      );
      if (other && (strict || typingSafe(current))) {
        await typeInto(el, other, p.typed);
        other.blur();
        await el.updateComplete;
      }
      if (el.state === 'ready' || el.state === 'error') {
        if (strict) root(el).querySelector<HTMLButtonElement>('button[part=submit]')?.click();
        else await el.submit();
        check(await settled(el), `stuck in ${el.state} after submit`);
        checkNow(el, 'after submit');
      }
      for (const url of [...api.navigations, ...popupNavigations])
        check(isSafeTarget(url, loopbackOf(el)), `navigated to ${short(url)}`);
      const events = JSON.stringify(eventsOf(el).map((e) => e.detail));
      for (const t of tokens) check(!events.includes(t), 'secret key in an event');
      STATS[el.state] = (STATS[el.state] ?? 0) + 1;
      el.remove();
    } finally {
      window.open = open;
      fixtureCleanup();
    }
  });
  for (const t of tokens) check(!messages.some((m) => m.includes(t)), 'secret key on the console');
  check(!net.violations.length, net.violations.join('; '));
  checkUnpolluted(before);
}

describe('random attribute values', () => {
  let watch: ReturnType<typeof watchErrors>;
  beforeEach(() => {
    resetPage();
    watch = watchErrors();
  });
  afterEach(() => {
    watch.stop();
    resetPage();
  });

  it('never throw, end in a contract state, never send or echo a secret key', async function () {
    this.timeout(60000);
    await log.time('attributes', () =>
      assertProperty(
        fc.asyncProperty(greenPlan, async (p) => {
          await attributeCase(p, false);
          check(!watch.errors.length, watch.errors.join('; '));
        }),
        { numRuns: RUNS },
      ),
    );
  });

  // BUG G/H/I: the same property without the exclusions, typing into "Other amount" and clicking
  // Donate. Unskip when the bugs below are fixed.
  it('was BUG: the property holds without the known-bug exclusions', async function () {
    this.timeout(60000);
    await assertProperty(
      fc.asyncProperty(planArb, async (p) => {
        await attributeCase(p, true);
        check(!watch.errors.length, watch.errors.join('; '));
      }),
      { numRuns: RUNS },
    );
  });

  // BUG G: min-amount / max-amount are `type: Number` properties used without a check. A value that is
  // not a finite number ("" → 0 is fine, but "abc" → NaN, "Infinity", "1e400") reaches toMinor(),
  // which throws RangeError("Not finite"): with max-amount="Infinity" and an `amount` that is not a
  // preset the first render throws (the element never leaves the skeleton); with min-amount="abc" the
  // form renders, then typing in "Other amount" throws from the input handler and from render.
  // attributes.ts has `positive()` for this, unused here.
  it('was BUG: min-amount="abc" or max-amount="Infinity" never make the element throw', async () => {
    const a = await mount({ 'max-amount': 'Infinity', amount: '7' }); // times out: render throws
    expect(a.state).to.equal('ready');
    const b = await mount({ 'min-amount': 'abc' });
    await typeInto(b, root(b).querySelector<HTMLInputElement>('#other')!, '30'); // uncaught RangeError
    await b.updateComplete;
  });

  // BUG H: preset amounts are never checked against the currency's minor units or the min/max range.
  // amounts="1e300" (or any preset above ~9e13 USD) or amount="0.001" with min-amount="0" make
  // buildCreateLinkBody throw INVALID_AMOUNT inside submit(): a click on Donate is an unhandled
  // rejection, no sir-donate-error event, no field error, state stays `ready`. A typed "0" with
  // min-amount="0" (or "") does the same. Presets above max-amount are offered and sent as they are.
  it('was BUG: a preset that is not a valid amount never makes Donate reject silently', async () => {
    const cases: Record<string, string>[] = [
      { amounts: '1e300' },
      { amount: '0.001', 'min-amount': '0' },
    ];
    for (const attrs of cases) {
      resetPage();
      const el = await mount(attrs);
      // Fixed: unusable presets are not offered, so Donate goes ahead with a valid one.
      await el.submit();
      expect(el.state).to.equal('redirecting');
    }
  });

  // BUG I: with a secret publishable-key and an unknown currency, the element reports INVALID_CURRENCY
  // instead of SECRET_KEY_REJECTED: SirDonate.willUpdate turns the currency into an `embedError`,
  // which DonationController.load throws before the key is looked at. No request is made, so
  // nothing leaks, but the developer is never told to rotate the secret key, which the contract
  // requires whatever else is wrong in the embed code.
  it('was BUG: a secret key is reported as SECRET_KEY_REJECTED whatever the currency', async () => {
    const el = await mount({ 'publishable-key': `sk_test_${'c'.repeat(24)}`, currency: 'EURO' });
    expect(el.state).to.equal('misconfigured');
    expect((detailsOf(el, 'sir-donate-error')[0] as ErrorDetail).code).to.equal(
      'SECRET_KEY_REJECTED',
    );
  });

  after(() => {
    log.report();
    console.log(`attributes: final states ${JSON.stringify(STATS)}`);
  });
});
