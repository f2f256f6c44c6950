// Random attribute values: every attribute of the contract, set before the
// element connects and changed in bursts afterwards, with unicode, huge,
// empty, numeric and `sk_…`-laden strings. The element never throws, reaches
// a contract state, never sends a secret key and never echoes one.
import { expect, fixtureCleanup } from '@open-wc/testing';
import * as fc from 'fast-check';
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
  watchEachTest,
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

const planArb = fc.record({
  attrs: attrsArb,
  burst: burstArb,
  typed: typedArb,
  // Donate as the donor does (a click on the button) or through the public method.
  donate: fc.constantFrom('click', 'submit()'),
});
type Plan = typeof planArb extends fc.Arbitrary<infer T> ? T : never;

// ---- The case ----

const isSecret = (v: string | false | null | undefined) =>
  typeof v === 'string' && /^sk_|sk_(test|live)_/i.test(v.trim());
const secretTokens = (v: string) => v.match(/sk_[A-Za-z0-9_]{12,}/gi) ?? [];

interface ErrorDetail {
  code: string;
}

async function attributeCase(p: Plan): Promise<void> {
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
        // Whatever else is wrong in the embed code (currency, api-base), the key is reported.
        const codes = (detailsOf(el, 'sir-donate-error') as ErrorDetail[]).map((d) => d.code);
        check(el.state === 'misconfigured', `secret key: state ${el.state}`);
        check(codes.includes('SECRET_KEY_REJECTED'), `secret key: codes ${short(codes)}`);
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
      if (other) {
        await typeInto(el, other, p.typed);
        other.blur();
        await el.updateComplete;
      }
      if (el.state === 'ready' || el.state === 'error') {
        if (p.donate === 'click')
          root(el).querySelector<HTMLButtonElement>('button[part=submit]')?.click();
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
  const watch = watchEachTest();
  const { noUncaughtErrors } = watch;

  it('never throw, end in a contract state, never send or echo a secret key', async function () {
    this.timeout(60000);
    await log.time('attributes', () =>
      assertProperty(
        fc.asyncProperty(planArb, async (p) => {
          await attributeCase(p);
          check(!watch.errors.length, watch.errors.join('; '));
        }),
        { numRuns: RUNS },
      ),
    );
  });

  // ---- Values the generators reach only now and then, run on every run ----

  /** Donate, and the create-link request it made (if any). */
  const donate = async (el: SirDonate, api: FakeApi) => {
    await el.submit();
    return api.callsTo('create-link')[0]?.body as { amount: number; currency: string } | undefined;
  };

  it('a min-amount or max-amount that is not a finite number falls back to the default range', async () => {
    const values = ['abc', 'NaN', 'Infinity', '-Infinity', '1e400'];
    for (const name of ['min-amount', 'max-amount'])
      for (const value of values) {
        const where = `${name}="${value}"`;
        resetPage();
        const api = new FakeApi();
        await captureConsole(async () => {
          // `amount` is not a preset: the first render puts it in "Other amount".
          const el = await mount({ [name]: value, amount: '7' }, api);
          expect(el.state, where).to.equal('ready');
          const other = root(el).querySelector<HTMLInputElement>('#other');
          expect(other?.value, where).to.equal('7');
          await typeInto(el, other!, '30');
          other!.blur();
          await el.updateComplete;
          expect((await donate(el, api))?.amount, where).to.equal(3000);
          expect(el.state, where).to.equal('redirecting');
        });
        fixtureCleanup();
      }
    noUncaughtErrors();
  });

  it('presets and an amount that are not valid donations are not offered; Donate sends a valid one', async () => {
    // [attributes, the largest amount in minor units the range allows]
    const cases: [Record<string, string>, number][] = [
      [{ amounts: '1e300' }, 1e7],
      [{ amounts: '2e9,1e-7,25' }, 1e7],
      [{ amounts: '0.001', 'min-amount': '0' }, 1e7],
      [{ amount: '0.001', 'min-amount': '0' }, 1e7],
      [{ amount: '0.4', currency: 'JPY', 'min-amount': '0' }, 1e5],
      [{ amounts: '500,1000', 'max-amount': '100' }, 1e4],
      [{ amounts: '10,500', amount: '500', 'max-amount': '100' }, 1e4],
    ];
    for (const [attrs, max] of cases) {
      const where = JSON.stringify(attrs);
      resetPage();
      const api = new FakeApi();
      await captureConsole(async () => {
        const el = await mount(attrs, api);
        const body = await donate(el, api);
        expect(el.state, where).to.equal('redirecting');
        expect(body?.amount, where).to.satisfy(
          (n: number) => Number.isSafeInteger(n) && n > 0 && n <= max,
        );
      });
      fixtureCleanup();
    }
    noUncaughtErrors();
  });

  it('a typed 0 is a field error on Donate whatever min-amount says: never submitted, sent or thrown', async () => {
    // With min-amount="0" or "" the smallest donation is still one minor unit ($0.01).
    const cases: [string, string][] = [
      ['0', 'The minimum donation is $0.01'],
      ['', 'The minimum donation is $0.01'],
      ['-5', 'The minimum donation is $1'],
    ];
    for (const [min, message] of cases) {
      resetPage();
      const api = new FakeApi();
      await captureConsole(async () => {
        const el = await mount({ 'min-amount': min }, api);
        const other = root(el).querySelector<HTMLInputElement>('#other')!;
        await typeInto(el, other, '0');
        other.blur();
        await el.updateComplete;
        // A click, as the donor does: a rejection of its handler would be unhandled.
        root(el).querySelector<HTMLButtonElement>('button[part=submit]')!.click();
        await settle(el, () => el.state !== 'submitting');
        await new Promise((done) => setTimeout(done, 20));
        expect(api.callsTo('create-link'), `min-amount="${min}"`).to.have.length(0);
        expect(el.state, `min-amount="${min}"`).to.equal('ready');
        expect(detailsOf(el, 'sir-donate-submit'), `min-amount="${min}"`).to.deep.equal([]);
        expect(detailsOf(el, 'sir-donate-error'), `min-amount="${min}"`).to.deep.equal([]);
        expect(other.getAttribute('aria-invalid')).to.equal('true');
        expect(root(el).querySelector('#other-error')!.textContent!.trim()).to.equal(message);
      });
      fixtureCleanup();
    }
    noUncaughtErrors();
  });

  it('a secret key is reported as SECRET_KEY_REJECTED whatever else is wrong, without a request', async () => {
    const keys = [
      `sk_test_${'c'.repeat(24)}`,
      ` sk_live_${'d'.repeat(24)}\n`,
      `pk_test_abc sk_live_${'e'.repeat(24)}`,
    ];
    const others: Record<string, string>[] = [
      { currency: 'EURO' },
      { currency: '' },
      { currency: 'US', 'api-base': 'javascript:alert(1)' },
      { 'api-base': 'https://api.sirgiving.org' },
    ];
    for (const key of keys)
      for (const attrs of others) {
        const where = `${short(key)} ${JSON.stringify(attrs)}`;
        resetPage();
        const api = new FakeApi();
        const { messages } = await captureConsole(async () => {
          const el = await mount({ 'publishable-key': key, ...attrs }, api);
          expect(el.state, where).to.equal('misconfigured');
          const codes = (detailsOf(el, 'sir-donate-error') as ErrorDetail[]).map((d) => d.code);
          expect(codes, where).to.deep.equal(['SECRET_KEY_REJECTED']);
          for (const t of secretTokens(key)) expect(root(el).innerHTML, where).not.to.contain(t);
        });
        for (const t of secretTokens(key)) expect(messages.join('\n'), where).not.to.contain(t);
        expect(api.calls, where).to.have.length(0);
        fixtureCleanup();
      }

    // Set in one task on a loaded element, currency first: the key is still what is reported.
    resetPage();
    const api = new FakeApi();
    const el = await mount({}, api);
    const sent = api.calls.length;
    await captureConsole(async () => {
      el.setAttribute('currency', 'EURO');
      el.setAttribute('publishable-key', keys[0]!);
      check(await settle(el, () => el.state === 'misconfigured'), `in ${el.state}`);
    });
    const codes = (detailsOf(el, 'sir-donate-error') as ErrorDetail[]).map((d) => d.code);
    expect(codes).to.deep.equal(['SECRET_KEY_REJECTED']);
    expect(api.calls).to.have.length(sent);
    noUncaughtErrors();
  });

  it('a key problem is reported before an invalid currency, which a good key reports', async () => {
    const cases: [Record<string, string>, string][] = [
      [{ 'publishable-key': 'pk_test_not a key' }, 'INVALID_KEY_FORMAT'],
      [
        { 'publishable-key': 'pk_live_abc', 'api-base': 'https://devapi.sirgiving.org' },
        'ENVIRONMENT_MISMATCH',
      ],
      [{ 'api-base': 'ftp://proxy.example' }, 'INVALID_API_BASE'],
      [{}, 'INVALID_CURRENCY'],
    ];
    for (const [attrs, code] of cases) {
      resetPage();
      const api = new FakeApi();
      await captureConsole(async () => {
        const el = await mount({ ...attrs, currency: 'EURO' }, api);
        expect(el.state, code).to.equal('misconfigured');
        const codes = (detailsOf(el, 'sir-donate-error') as ErrorDetail[]).map((d) => d.code);
        expect(codes, code).to.deep.equal([code]);
      });
      expect(api.calls, code).to.have.length(0);
      fixtureCleanup();
    }
    noUncaughtErrors();
  });

  after(() => {
    log.report();
    console.log(`attributes: final states ${JSON.stringify(STATS)}`);
  });
});
