import { expect } from '@open-wc/testing';
import type { ClientOptions, CreateLinkRequest } from '../../src/api/index.js';
import {
  CONFIG,
  ORG,
  TEST_KEY,
  client,
  clearCache,
  fakeFetch,
  json,
  rejection,
  virtualClock,
  type Reply,
} from './helpers.js';

const LINK: CreateLinkRequest = {
  nonprofitSlug: 'american-red-cross',
  amount: 2500,
  currency: 'USD',
  frequency: 'once',
  provider: 'stripe',
  tipPercent: 10,
};
const LINK_OK = { donationLink: 'https://pay.example/1', partnerDonationId: 'pd_1' };

/** A client on a virtual clock answering replies[n-1] to the n-th call (last one repeats). */
function scripted(replies: Reply[], options: Partial<ClientOptions> = {}) {
  const clock = virtualClock(1_000_000);
  const f = fakeFetch((_, n) => replies[Math.min(n, replies.length) - 1] ?? 'hang');
  const c = client({
    fetch: f.fetch,
    sleep: clock.sleep,
    now: clock.now,
    random: () => 1,
    ...options,
  });
  const run = <T>(p: Promise<T>) => clock.run(p, f.busy);
  return { c, clock: { ...clock, run }, calls: f.calls };
}

describe('client requests', () => {
  beforeEach(() => clearCache());

  it('sends only X-Partner-Key, without credentials, to the right URLs', async () => {
    const f = fakeFetch((call) =>
      json(
        call.url.endsWith('/config')
          ? CONFIG
          : call.url.includes('/organizations/')
            ? ORG
            : call.url.includes('/status/')
              ? { status: 'PENDING' }
              : LINK_OK,
      ),
    );
    const c = client({ fetch: f.fetch, apiBase: 'https://proxy.example/sir/' });
    await c.getConfig();
    await c.getOrganization(' a/b?c ');
    await c.getStatus('pd/1#x');
    await c.createLink(LINK);
    expect(f.calls.map((x) => `${x.init.method} ${x.url}`)).to.deep.equal([
      'GET https://proxy.example/sir/v1/partner/config',
      'GET https://proxy.example/sir/v1/partner/organizations/a%2Fb%3Fc',
      'GET https://proxy.example/sir/v1/partner/donations/status/pd%2F1%23x',
      'POST https://proxy.example/sir/v1/partner/donations/create-link',
    ]);
    for (const { init } of f.calls) {
      expect(init.credentials).to.equal('omit');
      expect(init.mode).to.equal('cors');
      expect(init.referrerPolicy).to.equal(undefined);
      expect(init.signal).to.be.instanceOf(AbortSignal);
      const headers = init.headers as Record<string, string>;
      const expected: Record<string, string> = { 'X-Partner-Key': TEST_KEY };
      if (init.method === 'POST') expected['Content-Type'] = 'application/json';
      expect(headers).to.deep.equal(expected);
    }
    expect(f.calls.map((x) => x.init.cache)).to.deep.equal([
      undefined,
      undefined,
      'no-store',
      undefined,
    ]);
    expect(JSON.parse(f.calls[3]!.init.body as string)).to.deep.equal(LINK);
  });

  it('uses the default hosts per key', async () => {
    const f = fakeFetch(() => json(CONFIG));
    await client({ fetch: f.fetch }).getConfig();
    expect(f.calls[0]!.url).to.equal('https://devapi.sirgiving.org/v1/partner/config');
  });

  it('rejects an empty or over-long slug / id without a request', async () => {
    const f = fakeFetch(() => json(ORG));
    const c = client({ fetch: f.fetch });
    for (const slug of ['', '   ', 'x'.repeat(201)]) {
      const e = await rejection(c.getOrganization(slug));
      expect([e.code, e.retryable]).to.deep.equal(['NONPROFIT_NOT_FOUND', false]);
    }
    const e = await rejection(c.getStatus(''));
    expect([e.code, e.retryable]).to.deep.equal(['INVALID_REQUEST', false]);
    expect(f.calls.length).to.equal(0);
  });

  it('records X-RateLimit-* headers', async () => {
    const f = fakeFetch(() =>
      json(CONFIG, 200, {
        'X-RateLimit-Limit': '5000',
        'X-RateLimit-Remaining': '4999',
        'X-RateLimit-Reset': '1767225600',
      }),
    );
    const c = client({ fetch: f.fetch });
    expect(c.rateLimit).to.equal(undefined);
    await c.getConfig();
    expect(c.rateLimit).to.deep.equal({ limit: 5000, remaining: 4999, reset: 1767225600 });
  });
});

describe('client errors', () => {
  beforeEach(() => clearCache());

  const cases: [string, number, string, string, boolean, string?][] = [
    // [what, status, body, expected code, retryable, expected message]
    [
      'code field',
      401,
      JSON.stringify({
        statusCode: 401,
        error: 'Unauthorized',
        code: 'INVALID_API_KEY',
        message: 'The API key is missing, malformed, inactive or expired.',
      }),
      'INVALID_API_KEY',
      false,
      'The API key is missing, malformed, inactive or expired.',
    ],
    [
      'error.code',
      403,
      JSON.stringify({
        error: { code: 'PARTNER_SUSPENDED', message: 'x' },
        message: 'Partner suspended',
      }),
      'PARTNER_SUSPENDED',
      false,
      'Partner suspended',
    ],
    [
      'UPPER_SNAKE message',
      403,
      JSON.stringify({ statusCode: 403, message: 'PARTNER_NOT_ACTIVE' }),
      'PARTNER_NOT_ACTIVE',
      false,
      'config: HTTP 403',
    ],
    [
      'unknown API code passes through',
      409,
      JSON.stringify({ code: 'SOMETHING_NEW', message: 'New thing' }),
      'SOMETHING_NEW',
      false,
      'New thing',
    ],
    [
      'unknown code on a 503 stays retryable',
      503,
      JSON.stringify({ code: 'MAINTENANCE' }),
      'MAINTENANCE',
      true,
    ],
    [
      'message list (NestJS validation)',
      400,
      JSON.stringify({
        message: ['amount must be positive', 'currency must be ISO 4217'],
        error: 'Bad Request',
      }),
      'INVALID_REQUEST',
      false,
      'amount must be positive; currency must be ISO 4217',
    ],
    ['status 400 without body', 400, '', 'INVALID_REQUEST', false, 'config: HTTP 400'],
    [
      'status 401 HTML',
      401,
      '<html><body><h1>401</h1></body></html>',
      'INVALID_API_KEY',
      false,
      'config: HTTP 401',
    ],
    ['status 403 plain text', 403, 'Forbidden', 'FORBIDDEN', false],
    ['status 404', 404, '{}', 'NOT_FOUND', false],
    ['status 408', 408, '', 'TIMEOUT', true],
    [
      'status 429',
      429,
      '{"message":"Too many requests"}',
      'RATE_LIMITED',
      true,
      'Too many requests',
    ],
    [
      'status 500 HTML',
      500,
      '<!DOCTYPE html><html><title>Internal Server Error</title></html>',
      'SERVER_ERROR',
      true,
      'config: HTTP 500',
    ],
    ['status 502 from a proxy', 502, '<html>Bad gateway</html>', 'SERVER_ERROR', true],
    ['JSON null body', 500, 'null', 'SERVER_ERROR', true],
    [
      'non-string code ignored',
      401,
      JSON.stringify({ code: 401, message: 'Nope' }),
      'INVALID_API_KEY',
      false,
      'Nope',
    ],
    [
      'HTML inside a JSON message ignored',
      500,
      JSON.stringify({ message: '<b>oops</b>' }),
      'SERVER_ERROR',
      true,
      'config: HTTP 500',
    ],
    [
      'over-long message replaced',
      400,
      JSON.stringify({ message: 'x'.repeat(301) }),
      'INVALID_REQUEST',
      false,
      'config: HTTP 400',
    ],
  ];
  for (const [what, status, body, code, retryable, message] of cases) {
    it(`${what} → ${code}`, async () => {
      const f = fakeFetch(() => new Response(body, { status }));
      const e = await rejection(client({ fetch: f.fetch, maxAttempts: 1 }).getConfig());
      expect(e.code).to.equal(code);
      expect(e.retryable).to.equal(retryable);
      expect(e.status).to.equal(status);
      if (message) expect(e.message).to.equal(message);
      expect(e.message).not.to.match(/<\w/);
      expect(e.message.length).to.be.at.most(300);
    });
  }

  it('404 on the organization endpoint → NONPROFIT_NOT_FOUND (with or without a NOT_FOUND code)', async () => {
    for (const body of ['', '{"code":"NOT_FOUND"}', '{"message":"NOT_FOUND"}']) {
      clearCache();
      const e = await rejection(
        client({
          fetch: fakeFetch(() => new Response(body, { status: 404 })).fetch,
        }).getOrganization('nope'),
      );
      expect([e.code, e.retryable, e.status], body).to.deep.equal([
        'NONPROFIT_NOT_FOUND',
        false,
        404,
      ]);
    }
    const e = await rejection(
      client({ fetch: fakeFetch(() => json({ code: 'NOT_FOUND' }, 404)).fetch }).getStatus('pd_x'),
    );
    expect(e.code).to.equal('NOT_FOUND');
  });

  it('never puts the key in an error message, even if the API echoes it', async () => {
    const f = fakeFetch(() =>
      json({ code: 'INVALID_API_KEY', message: `Key ${TEST_KEY} is inactive` }, 401),
    );
    const e = await rejection(client({ fetch: f.fetch }).getConfig());
    expect(e.message).to.equal('Key pk_test_…c3d4 is inactive');
    expect(JSON.stringify(e)).not.to.include(TEST_KEY);
  });

  it('a rejected fetch → NETWORK_ERROR (retryable)', async () => {
    const f = fakeFetch(() => new TypeError('Failed to fetch'));
    const e = await rejection(client({ fetch: f.fetch, maxAttempts: 1 }).getConfig());
    expect([e.code, e.retryable, e.status]).to.deep.equal(['NETWORK_ERROR', true, undefined]);
  });

  it('a fetch that throws synchronously → NETWORK_ERROR', async () => {
    const fetch = (() => {
      throw new TypeError('bad init');
    }) as unknown as typeof globalThis.fetch;
    const e = await rejection(client({ fetch, maxAttempts: 1 }).getConfig());
    expect(e.code).to.equal('NETWORK_ERROR');
  });

  it('a hanging fetch → TIMEOUT after timeoutMs (real timers)', async () => {
    const f = fakeFetch(() => 'hang');
    const t0 = performance.now();
    const e = await rejection(
      client({ fetch: f.fetch, timeoutMs: 50, maxAttempts: 1 }).getConfig(),
    );
    const took = performance.now() - t0;
    expect([e.code, e.retryable]).to.deep.equal(['TIMEOUT', true]);
    expect(took).to.be.within(40, 2000);
    expect(
      (f.calls[0]!.init.signal as AbortSignal).aborted,
      'the fetch itself is aborted',
    ).to.equal(true);
  });

  it('a body that never finishes → TIMEOUT', async () => {
    const stream = new ReadableStream({ start: () => {} });
    const f = fakeFetch(() => new Response(stream, { status: 200 }));
    const e = await rejection(
      client({ fetch: f.fetch, timeoutMs: 50, maxAttempts: 1 }).getConfig(),
    );
    expect(e.code).to.equal('TIMEOUT');
  });

  it('caller abort → ABORTED promptly, fetch aborted, no retry', async () => {
    const f = fakeFetch(() => 'hang');
    const ctl = new AbortController();
    const c = client({ fetch: f.fetch });
    const p = c.getStatus('pd_1', { signal: ctl.signal });
    await new Promise((r) => setTimeout(r, 10));
    const t0 = performance.now();
    ctl.abort();
    const e = await rejection(p);
    expect(performance.now() - t0).to.be.below(1000); // vs the 10 s timeout; roomy for loaded CI
    expect([e.code, e.retryable]).to.deep.equal(['ABORTED', false]);
    expect(f.calls.length).to.equal(1);
    expect((f.calls[0]!.init.signal as AbortSignal).aborted).to.equal(true);
    await new Promise((r) => setTimeout(r, 50));
    expect(f.calls.length, 'no retry after abort').to.equal(1);
  });

  it('an already aborted signal → ABORTED with no request', async () => {
    const f = fakeFetch(() => json(LINK_OK));
    const e = await rejection(
      client({ fetch: f.fetch }).createLink(LINK, { signal: AbortSignal.abort() }),
    );
    expect(e.code).to.equal('ABORTED');
    expect(f.calls.length).to.equal(0);
  });

  it('abort during a backoff wait stops further attempts', async () => {
    const ctl = new AbortController();
    const f = fakeFetch(() => {
      setTimeout(() => ctl.abort(), 5);
      return new Response('', { status: 503 });
    });
    // Real sleep: the first backoff is 300 ms (random → 1), so the abort at 5 ms lands inside it.
    const c = client({ fetch: f.fetch, random: () => 1, maxAttempts: 5 });
    const t0 = performance.now();
    const e = await rejection(c.getStatus('pd_1', { signal: ctl.signal }));
    expect(e.code).to.equal('ABORTED');
    expect(performance.now() - t0).to.be.below(1000); // vs 4.5 s of backoff if it kept going
    expect(f.calls.length).to.equal(1);
  });
});

describe('client retries', () => {
  beforeEach(() => clearCache());

  it('retries GET on 5xx, network error and timeout, then succeeds', async () => {
    const { c, clock, calls } = scripted(
      [new Response('', { status: 502 }), new TypeError('offline'), 'hang', json(CONFIG)],
      {
        maxAttempts: 4,
        timeoutMs: 2000,
      },
    );
    const cfg = await clock.run(c.getConfig());
    expect(cfg.name).to.equal('Acme Inc');
    expect(calls.length).to.equal(4);
    // backoff (random → 1): 300, 600, then the 2000 ms timeout, then 1200
    expect(clock.fired).to.deep.equal([300, 600, 2000, 1200]);
  });

  it('stops after maxAttempts and surfaces the last error', async () => {
    const { c, clock, calls } = scripted([new Response('', { status: 500 })]);
    const e = await rejection(clock.run(c.getConfig()));
    expect([e.code, e.status]).to.deep.equal(['SERVER_ERROR', 500]);
    expect(calls.length).to.equal(3);
  });

  it('does not retry non-retryable errors or INVALID_RESPONSE', async () => {
    for (const reply of [
      json({ code: 'INVALID_API_KEY' }, 401),
      json({ message: 'bad' }, 400),
      json({ nope: 1 }),
    ]) {
      clearCache();
      const { c, clock, calls } = scripted([reply]);
      await rejection(clock.run(c.getConfig()));
      expect(calls.length).to.equal(1);
    }
  });

  it('backoff grows exponentially with full jitter, capped at 4 s', async () => {
    for (const [r, expected] of [
      [1, [300, 600, 1200, 2400, 4000, 4000]],
      [0.5, [150, 300, 600, 1200, 2000, 2000]],
      [0, [0, 0, 0, 0, 0, 0]],
    ] as const) {
      clearCache();
      const { c, clock, calls } = scripted([new Response('', { status: 503 })], {
        random: () => r,
        maxAttempts: 7,
        budgetMs: 60000,
      });
      await rejection(clock.run(c.getConfig()));
      expect(calls.length).to.equal(7);
      expect(clock.fired, `random ${r}`).to.deep.equal(expected);
    }
  });

  it('jittered waits stay within [0, min(4000, 300·2^(n-1))]', async () => {
    let i = 0;
    const rnd = [0.13, 0.99, 0.42, 0.77, 0.01];
    const { c, clock } = scripted([new TypeError('x')], {
      random: () => rnd[i++ % rnd.length]!,
      maxAttempts: 6,
      budgetMs: 60000,
    });
    await rejection(clock.run(c.getConfig()));
    expect(clock.fired.length).to.equal(5);
    clock.fired.forEach((ms, n) => {
      expect(ms).to.be.within(0, Math.min(4000, 300 * 2 ** n));
      expect(ms).to.be.closeTo(rnd[n]! * Math.min(4000, 300 * 2 ** n), 1e-9);
    });
  });

  it('honours Retry-After in seconds', async () => {
    const { c, clock, calls } = scripted([
      json({ code: 'RATE_LIMITED' }, 429, { 'Retry-After': '3' }),
      json(CONFIG),
    ]);
    await clock.run(c.getConfig());
    expect(calls.length).to.equal(2);
    expect(clock.fired).to.deep.equal([3000]);
  });

  it('honours Retry-After as an HTTP date', async () => {
    const clock = virtualClock(Date.UTC(2026, 10, 24, 10, 0, 0));
    const at = new Date(Date.UTC(2026, 10, 24, 10, 0, 5)).toUTCString();
    const f = fakeFetch((_, n) =>
      n === 1 ? new Response('', { status: 503, headers: { 'Retry-After': at } }) : json(CONFIG),
    );
    const c = client({ fetch: f.fetch, sleep: clock.sleep, now: clock.now });
    await clock.run(c.getConfig(), f.busy);
    expect(clock.fired).to.deep.equal([5000]);
  });

  it('surfaces RATE_LIMITED with retryAfter instead of sleeping when Retry-After > 10 s', async () => {
    const { c, clock, calls } = scripted([json({}, 429, { 'Retry-After': '60' })]);
    const e = await rejection(clock.run(c.getConfig()));
    expect([e.code, e.retryable, e.retryAfter, e.status]).to.deep.equal([
      'RATE_LIMITED',
      true,
      60,
      429,
    ]);
    expect(calls.length).to.equal(1);
    expect(clock.fired).to.deep.equal([]);
  });

  it('a never-answering API fails within 20 s with the defaults, retries included', async () => {
    const clock = virtualClock(0);
    const f = fakeFetch(() => 'hang');
    // Defaults: timeoutMs 10000, maxAttempts 3, budgetMs 18000; worst-case jitter.
    const c = client({ fetch: f.fetch, sleep: clock.sleep, now: clock.now, random: () => 1 });
    const e = await rejection(clock.run(c.getConfig()));
    expect(e.code).to.equal('TIMEOUT');
    expect(clock.now()).to.be.at.most(18000);
    expect(clock.now()).to.be.above(10000);
    expect(f.calls.length).to.equal(2);
    expect(clock.fired).to.deep.equal([10000, 300, 7700]);
  });

  it('every GET fails within the budget whatever the options', async () => {
    for (const [timeoutMs, maxAttempts] of [
      [30000, 3],
      [5000, 10],
      [1000, 50],
    ] as const) {
      clearCache();
      const clock = virtualClock(0);
      const c = client({
        fetch: fakeFetch(() => 'hang').fetch,
        sleep: clock.sleep,
        now: clock.now,
        random: () => 1,
        timeoutMs,
        maxAttempts,
      });
      await rejection(clock.run(c.getOrganization('x')));
      expect(clock.now(), `${timeoutMs}/${maxAttempts}`).to.be.at.most(18000);
    }
  });

  it('a very slow Retry-After near the deadline is surfaced, not slept', async () => {
    const { c, clock, calls } = scripted(['hang', json({}, 503, { 'Retry-After': '9' })], {
      timeoutMs: 10000,
    });
    const e = await rejection(clock.run(c.getConfig()));
    // 10 s timeout + 0.3 s backoff + 9 s wait would cross the 18 s budget.
    expect([e.code, e.retryAfter]).to.deep.equal(['SERVER_ERROR', 9]);
    expect(calls.length).to.equal(2);
    expect(clock.now() - 1_000_000).to.be.at.most(18000);
  });
});

describe('createLink retries', () => {
  beforeEach(() => clearCache());

  for (const [what, reply] of [
    ['500', new Response('', { status: 500 })],
    ['503 without Retry-After', new Response('', { status: 503 })],
    ['network error', new TypeError('offline')],
    ['502 with Retry-After', new Response('', { status: 502, headers: { 'Retry-After': '1' } })],
  ] as const) {
    it(`is not retried on ${what}`, async () => {
      const { c, clock, calls } = scripted([reply, json(LINK_OK)]);
      const e = await rejection(clock.run(c.createLink(LINK)));
      expect(e.retryable).to.equal(true);
      expect(calls.length).to.equal(1);
    });
  }

  it('is not retried on timeout', async () => {
    const { c, clock, calls } = scripted(['hang', json(LINK_OK)]);
    const e = await rejection(clock.run(c.createLink(LINK)));
    expect(e.code).to.equal('TIMEOUT');
    expect(calls.length).to.equal(1);
  });

  it('is retried once on 429 / 503 with Retry-After ≤ 10 s', async () => {
    for (const status of [429, 503]) {
      const { c, clock, calls } = scripted([
        json({}, status, { 'Retry-After': '2' }),
        json(LINK_OK),
      ]);
      expect(await clock.run(c.createLink(LINK))).to.deep.equal(LINK_OK);
      expect(calls.length).to.equal(2);
      expect(clock.fired).to.deep.equal([2000]);
      expect(calls[1]!.init.body).to.equal(calls[0]!.init.body);
    }
  });

  it('at most once', async () => {
    const { c, clock, calls } = scripted([json({}, 429, { 'Retry-After': '1' })]);
    const e = await rejection(clock.run(c.createLink(LINK)));
    expect([e.code, e.retryAfter]).to.deep.equal(['RATE_LIMITED', 1]);
    expect(calls.length).to.equal(2);
  });

  it('not when Retry-After is over 10 s', async () => {
    const { c, clock, calls } = scripted([json({}, 429, { 'Retry-After': '11' })]);
    expect((await rejection(clock.run(c.createLink(LINK)))).retryAfter).to.equal(11);
    expect(calls.length).to.equal(1);
  });

  it('maps a 404 to NONPROFIT_NOT_FOUND and keeps INVALID_AMOUNT from the API', async () => {
    const a = await rejection(
      client({ fetch: fakeFetch(() => new Response('', { status: 404 })).fetch }).createLink(LINK),
    );
    expect(a.code).to.equal('NONPROFIT_NOT_FOUND');
    const b = await rejection(
      client({
        fetch: fakeFetch(() => json({ code: 'INVALID_AMOUNT', message: 'Amount too small' }, 400))
          .fetch,
      }).createLink(LINK),
    );
    expect([b.code, b.retryable, b.message]).to.deep.equal([
      'INVALID_AMOUNT',
      false,
      'Amount too small',
    ]);
  });
});
