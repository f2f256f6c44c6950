// CORS, rate limits, fault injection, the request log, reset, control endpoints, hostile input.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { FAULT_MODES } from '../../demo/sandbox/faults.js';
import { maskKey } from '../../demo/sandbox/keys.js';
import { KEYS, VALID_BODY, makeSandbox } from './helpers.js';

const JSON_HEADERS = { 'Content-Type': 'application/json' };

describe('CORS', () => {
  it('answers preflights on every widget endpoint with 204 and the allowed methods and headers', async () => {
    const s = makeSandbox();
    for (const [path, method] of [
      ['/v1/partner/config', 'GET'],
      ['/v1/partner/organizations/american-red-cross', 'GET'],
      ['/v1/partner/donations/create-link', 'POST'],
      ['/v1/partner/donations/status/pd_x', 'GET'],
    ] as const) {
      const res = await s.call(path, {
        method: 'OPTIONS',
        headers: {
          Origin: 'https://shop.example',
          'Access-Control-Request-Method': method,
          'Access-Control-Request-Headers': 'x-partner-key, content-type',
        },
      });
      assert.equal(res.status, 204, path);
      assert.equal(res.headers.get('access-control-allow-origin'), '*');
      assert.match(res.headers.get('access-control-allow-methods') ?? '', /GET/);
      assert.match(res.headers.get('access-control-allow-methods') ?? '', /POST/);
      assert.match(res.headers.get('access-control-allow-methods') ?? '', /OPTIONS/);
      const allowHeaders = (res.headers.get('access-control-allow-headers') ?? '').toLowerCase();
      assert.ok(allowHeaders.includes('x-partner-key') && allowHeaders.includes('content-type'));
      assert.equal(res.headers.get('access-control-max-age'), '600');
      assert.equal(res.headers.get('access-control-allow-credentials'), null);
      assert.equal(await res.text(), '');
    }
    assert.equal(s.state.buckets.size, 0, 'preflights are not rate-limited');
  });

  it('answers the Private Network Access preflight header', async () => {
    const s = makeSandbox();
    const res = await s.call('/v1/partner/config', {
      method: 'OPTIONS',
      headers: {
        Origin: 'https://shop.example',
        'Access-Control-Request-Method': 'GET',
        'Access-Control-Request-Private-Network': 'true',
      },
    });
    assert.equal(res.headers.get('access-control-allow-private-network'), 'true');
  });

  it('sets allow-origin and expose-headers on successes, errors and faults', async () => {
    const s = makeSandbox();
    const expected = [
      'X-RateLimit-Limit',
      'X-RateLimit-Remaining',
      'X-RateLimit-Reset',
      'Retry-After',
    ];
    const responses = [
      await s.call('/v1/partner/config', {
        key: KEYS.acme,
        headers: { Origin: 'https://a.example' },
      }),
      await s.call('/v1/partner/config', { headers: { Origin: 'https://a.example' } }),
      await s.call('/v1/partner/config?sandbox_fault=502', {
        key: KEYS.acme,
        headers: { Origin: 'https://a.example' },
      }),
      await s.call('/v1/partner/nothing', {
        key: KEYS.acme,
        headers: { Origin: 'https://a.example' },
      }),
    ];
    for (const res of responses) {
      assert.equal(res.headers.get('access-control-allow-origin'), '*', String(res.status));
      const exposed = (res.headers.get('access-control-expose-headers') ?? '')
        .split(',')
        .map((h) => h.trim());
      assert.deepEqual(exposed, expected);
    }
  });
});

describe('rate limits', () => {
  it('carries X-RateLimit-* on every authenticated response (Reset in epoch seconds)', async () => {
    const t = Date.parse('2026-05-05T10:00:20Z');
    const s = makeSandbox({ now: () => t });
    const a = await s.call('/v1/partner/config', { key: KEYS.acme });
    const b = await s.call('/v1/partner/organizations/nope', { key: KEYS.acme });
    for (const [res, remaining] of [
      [a, '599'],
      [b, '598'],
    ] as const) {
      assert.equal(res.headers.get('x-ratelimit-limit'), '600');
      assert.equal(res.headers.get('x-ratelimit-remaining'), remaining);
      assert.equal(
        res.headers.get('x-ratelimit-reset'),
        String(Date.parse('2026-05-05T10:01:00Z') / 1000),
      );
    }
  });

  it('the limited partner gets 429 RATE_LIMITED with Retry-After on the 6th request, and a new window resets it', async () => {
    let t = Date.parse('2026-05-05T10:00:15Z');
    const s = makeSandbox({ now: () => t });
    for (let i = 1; i <= 5; i += 1) {
      const res = await s.call('/v1/partner/config', { key: KEYS.limited });
      assert.equal(res.status, 200);
      assert.equal(res.headers.get('x-ratelimit-remaining'), String(5 - i));
    }
    const { res, body } = await s.json('/v1/partner/config', { key: KEYS.limited });
    assert.equal(res.status, 429);
    assert.equal(body['code'], 'RATE_LIMITED');
    assert.equal(body['statusCode'], 429);
    assert.equal(body['error'], 'Too Many Requests');
    assert.equal(res.headers.get('retry-after'), '45');
    assert.equal(res.headers.get('x-ratelimit-remaining'), '0');
    // Other keys have their own buckets.
    assert.equal((await s.call('/v1/partner/config', { key: KEYS.acme })).status, 200);
    t = Date.parse('2026-05-05T10:01:00Z');
    const next = await s.call('/v1/partner/config', { key: KEYS.limited });
    assert.equal(next.status, 200);
    assert.equal(next.headers.get('x-ratelimit-remaining'), '4');
  });

  it('honours the rateLimitPerMinute option for other partners', async () => {
    const s = makeSandbox({ rateLimitPerMinute: 2 });
    assert.equal(
      (await s.call('/v1/partner/config', { key: KEYS.acme })).headers.get('x-ratelimit-limit'),
      '2',
    );
    await s.call('/v1/partner/config', { key: KEYS.acme });
    const third = await s.call('/v1/partner/config', { key: KEYS.acme });
    assert.equal(third.status, 429);
    assert.ok(Number(third.headers.get('retry-after')) >= 1);
  });
});

describe('fault injection by query parameter', () => {
  it('502 / 500 / 503 answer an HTML error page', async () => {
    const s = makeSandbox();
    for (const mode of ['500', '502', '503'] as const) {
      const res = await s.call(`/v1/partner/config?sandbox_fault=${mode}`, { key: KEYS.acme });
      assert.equal(res.status, Number(mode));
      assert.match(res.headers.get('content-type') ?? '', /^text\/html/);
      const text = await res.text();
      assert.match(text, new RegExp(`^<html><body><h1>${mode} `));
      if (mode === '502') assert.equal(text, '<html><body><h1>502 Bad Gateway</h1></body></html>');
      assert.equal(res.headers.get('retry-after'), mode === '503' ? '1' : null);
    }
  });

  it('429 answers RATE_LIMITED with Retry-After: 1', async () => {
    const s = makeSandbox();
    const { res, body } = await s.json('/v1/partner/config?sandbox_fault=429', { key: KEYS.acme });
    assert.equal(res.status, 429);
    assert.equal(res.headers.get('retry-after'), '1');
    assert.equal(body['code'], 'RATE_LIMITED');
  });

  it('malformed-json, empty and wrong-shape answer 200 with bodies a client must reject', async () => {
    const s = makeSandbox();
    const malformed = await s.call('/v1/partner/config?sandbox_fault=malformed-json', {
      key: KEYS.acme,
    });
    assert.equal(malformed.status, 200);
    assert.match(malformed.headers.get('content-type') ?? '', /^application\/json/);
    const text = await malformed.text();
    assert.throws(() => JSON.parse(text));
    assert.equal(text, '{"id": "x", "name":');

    const empty = await s.call('/v1/partner/config?sandbox_fault=empty', { key: KEYS.acme });
    assert.equal(empty.status, 200);
    assert.equal(await empty.text(), '');

    const wrong = await s.json('/v1/partner/config?sandbox_fault=wrong-shape', { key: KEYS.acme });
    assert.equal(wrong.res.status, 200);
    assert.equal(wrong.body['name'], 42);
    for (const path of [
      '/v1/partner/organizations/american-red-cross',
      '/v1/partner/donations/status/pd_x',
    ]) {
      const r = await s.json(`${path}?sandbox_fault=wrong-shape`, { key: KEYS.acme });
      assert.equal(r.res.status, 200);
      assert.ok(
        Object.values(r.body).some((v) => typeof v !== 'string'),
        path,
      );
    }
    const link = await s.json('/v1/partner/donations/create-link?sandbox_fault=wrong-shape', {
      method: 'POST',
      key: KEYS.acme,
      headers: JSON_HEADERS,
      body: JSON.stringify(VALID_BODY),
    });
    assert.equal(link.body['donationLink'], 42);
    assert.equal(s.state.donations.size, 0, 'a fault short-circuits the real handler');
  });

  it('latency delays and then answers normally', async () => {
    const s = makeSandbox();
    const started = performance.now();
    const { res, body } = await s.json(
      '/v1/partner/config?sandbox_fault=latency&sandbox_latency_ms=60',
      { key: KEYS.acme },
    );
    assert.ok(performance.now() - started >= 55);
    assert.equal(res.status, 200);
    assert.equal(body['slug'], 'acme');
    assert.equal(res.headers.get('x-sandbox-fault'), 'latency');
  });

  it('hang holds the request until the client aborts or hangMaxMs passes', async () => {
    const s = makeSandbox({ hangMaxMs: 80 });
    const started = performance.now();
    const res = await s.call('/v1/partner/config?sandbox_fault=hang', { key: KEYS.acme });
    assert.ok(performance.now() - started >= 75);
    assert.equal(res.status, 504);

    const s2 = makeSandbox();
    const controller = new AbortController();
    const request = new Request('http://127.0.0.1/v1/partner/config?sandbox_fault=hang', {
      headers: { 'X-Partner-Key': KEYS.acme },
      signal: controller.signal,
    });
    const pending = Promise.resolve(s2.app.request(request));
    setTimeout(() => controller.abort(), 30);
    const t0 = performance.now();
    await pending;
    assert.ok(performance.now() - t0 < 1000, 'released when the client gave up');

    const s3 = makeSandbox();
    const hung = Promise.resolve(
      s3.app.request('/v1/partner/config?sandbox_fault=hang', {
        headers: { 'X-Partner-Key': KEYS.acme },
      }),
    );
    setTimeout(() => s3.state.reset(), 30);
    assert.equal((await hung).status, 504, 'reset lets hanging requests go');
  });

  it('applies before authentication and ignores unknown modes with 400', async () => {
    const s = makeSandbox();
    assert.equal((await s.call('/v1/partner/config?sandbox_fault=503')).status, 503);
    const bad = await s.json('/v1/partner/config?sandbox_fault=explode', { key: KEYS.acme });
    assert.equal(bad.res.status, 400);
    assert.equal(bad.body['code'], 'INVALID_FAULT_MODE');
    for (const mode of FAULT_MODES) assert.ok(String(bad.body['message']).includes(mode));
  });
});

describe('fault injection by control endpoint', () => {
  async function queue(s: ReturnType<typeof makeSandbox>, fault: Record<string, unknown>) {
    return s.json('/__sandbox/faults', {
      method: 'POST',
      headers: JSON_HEADERS,
      body: JSON.stringify(fault),
    });
  }

  it('fails the next call by default, then answers normally', async () => {
    const s = makeSandbox();
    const created = await queue(s, { mode: '502' });
    assert.equal(created.res.status, 201);
    assert.equal(created.body['mode'], '502');
    assert.equal(created.body['remaining'], 1);
    assert.equal((await s.call('/v1/partner/config', { key: KEYS.acme })).status, 502);
    assert.equal((await s.call('/v1/partner/config', { key: KEYS.acme })).status, 200);
  });

  it('count N fails exactly N calls', async () => {
    const s = makeSandbox();
    await queue(s, { mode: '500', count: 3 });
    const statuses: number[] = [];
    for (let i = 0; i < 5; i += 1)
      statuses.push((await s.call('/v1/partner/config', { key: KEYS.acme })).status);
    assert.deepEqual(statuses, [500, 500, 500, 200, 200]);
  });

  it('path filter matches a substring of the path; other paths pass', async () => {
    const s = makeSandbox();
    await queue(s, { mode: '503', path: '/organizations/' });
    assert.equal((await s.call('/v1/partner/config', { key: KEYS.acme })).status, 200);
    assert.equal(
      (await s.call('/v1/partner/organizations/american-red-cross', { key: KEYS.acme })).status,
      503,
    );
    assert.equal(
      (await s.call('/v1/partner/organizations/american-red-cross', { key: KEYS.acme })).status,
      200,
    );
  });

  it('key filter only hits that key, and the key is masked in the control responses', async () => {
    const s = makeSandbox();
    const created = await queue(s, { mode: 'wrong-shape', key: KEYS.notips, count: 2 });
    assert.equal(created.body['key'], maskKey(KEYS.notips));
    const list = await s.call('/__sandbox/faults');
    assert.ok(!(await list.text()).includes(KEYS.notips));
    assert.equal(
      (await s.json('/v1/partner/config', { key: KEYS.acme })).body['name'],
      'Acme Outfitters',
    );
    assert.equal((await s.json('/v1/partner/config', { key: KEYS.notips })).body['name'], 42);
    assert.equal((await s.json('/v1/partner/config', { key: KEYS.notips })).body['name'], 42);
    assert.equal(
      (await s.json('/v1/partner/config', { key: KEYS.notips })).body['name'],
      'Bramble Books',
    );
  });

  it('supports every mode, latencyMs, queue order and DELETE to clear', async () => {
    const s = makeSandbox({ hangMaxMs: 40 });
    const expected: Record<string, number> = {
      latency: 200,
      '500': 500,
      '502': 502,
      '503': 503,
      '429': 429,
      hang: 504,
      'malformed-json': 200,
      empty: 200,
      'wrong-shape': 200,
    };
    for (const mode of FAULT_MODES) await queue(s, { mode, latencyMs: 20 });
    assert.equal(s.state.faults.length, FAULT_MODES.length);
    for (const mode of FAULT_MODES) {
      const res = await s.call('/v1/partner/config', { key: KEYS.acme });
      assert.equal(res.status, expected[mode], mode);
      assert.equal(res.headers.get('x-sandbox-fault'), mode);
      await res.arrayBuffer();
    }
    await queue(s, { mode: '500', count: 10 });
    const cleared = await s.json('/__sandbox/faults', { method: 'DELETE' });
    assert.deepEqual(cleared.body, { ok: true, cleared: 1 });
    assert.equal((await s.call('/v1/partner/config', { key: KEYS.acme })).status, 200);
  });

  it('validates the fault request', async () => {
    const s = makeSandbox();
    for (const bad of [
      { mode: 'boom' },
      { mode: '500', count: 0 },
      { mode: '500', count: 1.5 },
      { mode: 'latency', latencyMs: -1 },
      { mode: '500', path: 5 },
      [],
    ]) {
      const r = await queue(s, bad as Record<string, unknown>);
      assert.equal(r.res.status, 400, JSON.stringify(bad));
      assert.equal(r.body['code'], 'VALIDATION_ERROR');
    }
    const notJson = await s.json('/__sandbox/faults', {
      method: 'POST',
      headers: JSON_HEADERS,
      body: '{mode',
    });
    assert.equal(notJson.body['code'], 'INVALID_JSON');
    assert.equal(s.state.faults.length, 0);
  });
});

describe('request log, reset and control endpoints', () => {
  it('logs time, method, path (no query), status, masked key and duration; caps the size', async () => {
    const s = makeSandbox({ logLimit: 3, now: () => Date.parse('2026-02-02T02:02:02Z') });
    await s.call('/v1/partner/config?secret=hello', { key: KEYS.acme });
    await s.call(`/v1/partner/organizations/${`sk_live_${'7'.repeat(20)}`}`, { key: KEYS.acme });
    const { body } = await s.json<Record<string, unknown>[]>('/__sandbox/log');
    assert.equal(body.length, 2, 'reading the log is not logged');
    const [first, second] = body;
    assert.deepEqual(Object.keys(first ?? {}).sort(), [
      'durationMs',
      'maskedKey',
      'method',
      'path',
      'status',
      'time',
    ]);
    assert.equal(first?.['time'], '2026-02-02T02:02:02.000Z');
    assert.equal(first?.['method'], 'GET');
    assert.equal(first?.['path'], '/v1/partner/config');
    assert.equal(first?.['status'], 200);
    assert.equal(first?.['maskedKey'], `pk_test_…${KEYS.acme.slice(-4)}`);
    assert.equal(typeof first?.['durationMs'], 'number');
    assert.equal(second?.['path'], '/v1/partner/organizations/[redacted]');
    assert.equal(second?.['code'], 'NONPROFIT_NOT_FOUND');
    for (let i = 0; i < 5; i += 1) await s.call('/__sandbox/health');
    assert.equal(s.state.log.length, 3);
  });

  it('records injected faults in the log', async () => {
    const s = makeSandbox();
    await s.call('/v1/partner/config?sandbox_fault=502', { key: KEYS.acme });
    assert.equal(s.state.log[0]?.fault, '502');
  });

  it('masks keys: pk_ prefix + last 4, secrets fully redacted', () => {
    assert.equal(maskKey(`pk_test_${'a'.repeat(60)}ab12`), 'pk_test_…ab12');
    assert.equal(maskKey(`pk_live_${'a'.repeat(60)}cd34`), 'pk_live_…cd34');
    assert.equal(maskKey(`sk_test_${'a'.repeat(64)}`), '[redacted secret key]');
    assert.equal(maskKey('SK_LIVE_abcdef'), '[redacted secret key]');
    assert.equal(maskKey('pk_test_short'), 'pk_test_…');
    assert.equal(maskKey('whatever-value-123456'), '***3456');
    assert.equal(maskKey('tiny'), '***');
    assert.equal(maskKey(`x${'y'.repeat(20)}\n\r"`), '***y???');
    assert.equal(maskKey(undefined), null);
    assert.equal(maskKey(''), null);
  });

  it('reset clears donations, faults, rate-limit buckets and the log', async () => {
    const s = makeSandbox();
    await s.createLink(VALID_BODY);
    await s.json('/__sandbox/faults', {
      method: 'POST',
      headers: JSON_HEADERS,
      body: '{"mode":"500","count":5}',
    });
    for (let i = 0; i < 6; i += 1)
      await s.call('/v1/partner/config?sandbox_fault=latency&sandbox_latency_ms=0', {
        key: KEYS.limited,
      });
    assert.ok(
      s.state.donations.size === 1 &&
        s.state.faults.length === 1 &&
        s.state.buckets.size > 0 &&
        s.state.log.length > 0,
    );
    const { res, body } = await s.json('/__sandbox/reset', { method: 'POST' });
    assert.equal(res.status, 200);
    assert.deepEqual(body, { ok: true });
    assert.equal(s.state.donations.size, 0);
    assert.equal(s.state.faults.length, 0);
    assert.equal(s.state.buckets.size, 0);
    assert.equal(s.state.log.length, 1, 'only the reset call itself');
    assert.equal((await s.call('/v1/partner/config', { key: KEYS.limited })).status, 200);
  });

  it('health, keys, donations list/get/status', async () => {
    const s = makeSandbox();
    assert.deepEqual((await s.json('/__sandbox/health')).body, { ok: true });
    const keys = await s.json<{ slug: string; publishableKey: string }[]>('/__sandbox/keys');
    assert.equal(keys.body.find((k) => k.slug === 'acme')?.publishableKey, KEYS.acme);

    const link = await s.createLink({ ...VALID_BODY, donorEmail: 'd@e.example' });
    const id = String(link.body['partnerDonationId']);
    const list = await s.json<{ partnerDonationId: string }[]>('/__sandbox/donations');
    assert.deepEqual(
      list.body.map((d) => d.partnerDonationId),
      [id],
    );
    const one = await s.json(`/__sandbox/donations/${id}`);
    assert.equal(one.body['status'], 'PENDING');
    assert.equal(one.body['partnerSlug'], 'acme');
    assert.equal(one.body['nonprofitSlug'], 'american-red-cross');
    assert.equal((await s.json('/__sandbox/donations/pd_nope')).res.status, 404);

    for (const status of ['COMPLETED', 'REVERSED', 'FAILED', 'CANCELLED', 'PENDING']) {
      const r = await s.json(`/__sandbox/donations/${id}/status`, {
        method: 'POST',
        headers: JSON_HEADERS,
        body: JSON.stringify({ status }),
      });
      assert.equal(r.res.status, 200);
      assert.equal(r.body['status'], status);
      const expectedTokens = status === 'COMPLETED' ? 25 : status === 'REVERSED' ? 0 : null;
      assert.equal(r.body['tokensAwarded'], expectedTokens, status);
    }
    const bad = await s.json(`/__sandbox/donations/${id}/status`, {
      method: 'POST',
      headers: JSON_HEADERS,
      body: '{"status":"DONE"}',
    });
    assert.equal(bad.res.status, 400);
    assert.equal(bad.body['code'], 'VALIDATION_ERROR');
    const missing = await s.json('/__sandbox/donations/pd_nope/status', {
      method: 'POST',
      headers: JSON_HEADERS,
      body: '{"status":"COMPLETED"}',
    });
    assert.equal(missing.res.status, 404);
  });
});

describe('hostile input and fallbacks', () => {
  it('unhandled errors answer 500 JSON without a stack trace', async () => {
    const s = makeSandbox();
    const res = await s.call('/__sandbox/crash');
    assert.equal(res.status, 500);
    const text = await res.text();
    assert.deepEqual(JSON.parse(text), {
      statusCode: 500,
      error: 'Internal Server Error',
      code: 'INTERNAL_ERROR',
      message: 'The sandbox hit an unexpected error.',
    });
    assert.ok(!/at |\.ts:|stack|Deliberate/.test(text));
  });

  it('survives odd paths, huge headers, binary bodies and odd methods', async () => {
    const s = makeSandbox();
    const odd = [
      '/v1/partner/organizations/%00%ff',
      '/v1/partner/organizations/..%2F..%2Fetc%2Fpasswd',
      '/v1/partner/donations/status/%3Cscript%3E',
      '/checkout/%3Cscript%3Ealert(1)%3C%2Fscript%3E',
      `/v1/partner/organizations/${'a'.repeat(5000)}`,
    ];
    for (const path of odd) {
      const res = await s.call(path, { key: KEYS.acme });
      assert.ok([400, 404].includes(res.status), `${path} → ${res.status}`);
      assert.ok(!(await res.text()).includes('<script>'));
    }
    const weirdKey = await s.call('/v1/partner/config', { key: 'x'.repeat(8000) });
    assert.equal(weirdKey.status, 401);
    const binary = await s.call('/v1/partner/donations/create-link', {
      method: 'POST',
      key: KEYS.acme,
      headers: JSON_HEADERS,
      body: new Uint8Array([0xff, 0xfe, 0x00, 0x7b]),
    });
    assert.equal(binary.status, 400);
    const put = await s.call('/v1/partner/donations/create-link', {
      method: 'PUT',
      key: KEYS.acme,
    });
    assert.equal(put.status, 405);
    const deep = await s.createLink('['.repeat(5000) + ']'.repeat(5000));
    assert.equal(deep.res.status, 400);
    const proto = await s.createLink(
      '{"__proto__": {"admin": true}, "nonprofitSlug": "american-red-cross", "amount": 100, "currency": "USD", "frequency": "once", "provider": "stripe"}',
    );
    assert.equal(proto.res.status, 201);
    assert.equal(({} as Record<string, unknown>)['admin'], undefined);
  });

  it('GET / describes the sandbox (HTML by default, JSON on request) and lists the keys', async () => {
    const s = makeSandbox();
    const html = await s.call('/');
    assert.equal(html.status, 200);
    assert.match(html.headers.get('content-type') ?? '', /text\/html/);
    const page = await html.text();
    assert.ok(page.includes(KEYS.acme));
    assert.ok(page.includes('/__sandbox/faults'));
    const json = await s.json('/', { headers: { Accept: 'application/json' } });
    assert.equal((json.body['partners'] as unknown[]).length, 8);
    assert.deepEqual(json.body['faultModes'], [...FAULT_MODES]);
  });
});
