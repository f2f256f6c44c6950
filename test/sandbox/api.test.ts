// The four widget endpoints, partner states and authentication.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';

import {
  SEED,
  keyFor,
  nonprofits,
  partners,
  publishableKeyFor,
  sandboxKeys,
} from '../../demo/sandbox/seed.js';
import { KEYS, VALID_BODY, makeSandbox } from './helpers.js';

describe('seeded data', () => {
  it('derives each publishable key as pk_test_ + sha256hex("sir-sandbox:" + slug)', () => {
    for (const p of partners) {
      const expected = `pk_test_${createHash('sha256').update(`sir-sandbox:${p.slug}`).digest('hex')}`;
      assert.equal(p.publishableKey, expected);
      assert.match(p.publishableKey, /^pk_test_[0-9a-f]{64}$/);
      assert.equal(sandboxKeys[p.slug], expected);
      assert.equal(keyFor(p.slug), expected);
      assert.equal(publishableKeyFor(p.slug), expected);
      assert.equal(SEED.partnerByKey(expected), p);
    }
    assert.deepEqual(
      partners.map((p) => p.slug),
      ['acme', 'notips', 'pending', 'suspended', 'inactive', 'nodonations', 'slow', 'limited'],
    );
    assert.equal(new Set(partners.map((p) => p.publishableKey)).size, partners.length);
  });

  it('has the required nonprofits, including one with a name of 80+ characters', () => {
    const slugs = nonprofits.map((n) => n.slug);
    for (const s of ['american-red-cross', 'doctors-without-borders', 'local-food-bank'])
      assert.ok(slugs.includes(s));
    assert.ok(nonprofits.some((n) => n.name.length > 80 && n.logoFile !== undefined));
    assert.equal(SEED.nonprofitBySlug('local-food-bank')?.logoFile, undefined);
  });

  it('currency digits agree with Intl', () => {
    for (const [code, digits] of Object.entries(SEED.currencies)) {
      const intl = new Intl.NumberFormat('en', {
        style: 'currency',
        currency: code,
      }).resolvedOptions().maximumFractionDigits;
      assert.equal(intl, digits, code);
    }
  });
});

describe('GET /v1/partner/config', () => {
  it('answers the documented shape for acme, with webhookUrl and unknown extras', async () => {
    const s = makeSandbox();
    const { res, body } = await s.json('/v1/partner/config', { key: KEYS.acme });
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /application\/json/);
    assert.equal(body['name'], 'Acme Outfitters');
    assert.equal(body['slug'], 'acme');
    assert.deepEqual(body['enabledFeatures'], ['DONATIONS', 'ACTIONS']);
    assert.equal(body['isActive'], true);
    assert.deepEqual(body['tipConfig'], { enabled: true, defaultPercent: 10 });
    assert.equal(typeof body['id'], 'string');
    assert.equal(body['rateLimit'], 600);
    assert.equal(typeof body['webhookUrl'], 'string');
    const known = [
      'id',
      'name',
      'slug',
      'enabledFeatures',
      'rateLimit',
      'isActive',
      'webhookUrl',
      'tipConfig',
    ];
    assert.ok(
      Object.keys(body).some((k) => !known.includes(k)),
      'an unknown extra field is present',
    );
  });

  it('reflects each active partner state', async () => {
    const s = makeSandbox();
    const notips = await s.json('/v1/partner/config', { key: KEYS.notips });
    assert.equal(notips.res.status, 200);
    assert.equal(notips.body['name'], 'Bramble Books');
    assert.deepEqual(notips.body['tipConfig'], { enabled: false, defaultPercent: 0 });
    assert.deepEqual(notips.body['enabledFeatures'], ['DONATIONS']);

    const inactive = await s.json('/v1/partner/config', { key: KEYS.inactive });
    assert.equal(inactive.res.status, 200);
    assert.equal(inactive.body['isActive'], false);

    const nodonations = await s.json('/v1/partner/config', { key: KEYS.nodonations });
    assert.equal(nodonations.res.status, 200);
    assert.deepEqual(nodonations.body['enabledFeatures'], ['ACTIONS']);

    const limited = await s.json('/v1/partner/config', { key: KEYS.limited });
    assert.equal(limited.body['rateLimit'], 5);
  });

  it('delays every response of the slow partner', async () => {
    const s = makeSandbox({ slowDelayMs: 80 });
    const started = performance.now();
    const { res, body } = await s.json('/v1/partner/config', { key: KEYS.slow });
    assert.ok(performance.now() - started >= 75);
    assert.equal(res.status, 200);
    assert.equal(body['slug'], 'slow');
  });
});

describe('pending and suspended partners', () => {
  const endpoints = [
    ['GET', '/v1/partner/config'],
    ['GET', '/v1/partner/organizations/american-red-cross'],
    ['POST', '/v1/partner/donations/create-link'],
    ['GET', '/v1/partner/donations/status/pd_0000'],
  ] as const;
  for (const [slug, code] of [
    ['pending', 'PARTNER_NOT_ACTIVE'],
    ['suspended', 'PARTNER_SUSPENDED'],
  ] as const) {
    it(`${slug}: every endpoint answers 403 ${code}`, async () => {
      const s = makeSandbox();
      for (const [method, path] of endpoints) {
        const { res, body } = await s.json(path, {
          method,
          key: KEYS[slug],
          ...(method === 'POST'
            ? { headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(VALID_BODY) }
            : {}),
        });
        assert.equal(res.status, 403, `${method} ${path}`);
        assert.deepEqual(Object.keys(body).sort(), ['code', 'error', 'message', 'statusCode']);
        assert.equal(body['statusCode'], 403);
        assert.equal(body['error'], 'Forbidden');
        assert.equal(body['code'], code);
        assert.ok(
          res.headers.get('x-ratelimit-limit'),
          'authenticated response carries rate-limit headers',
        );
      }
    });
  }
});

describe('authentication errors', () => {
  const cases: {
    name: string;
    key: string | undefined;
    status: number;
    code: string;
    message?: RegExp;
  }[] = [
    { name: 'missing', key: undefined, status: 401, code: 'INVALID_API_KEY' },
    { name: 'empty', key: '', status: 401, code: 'INVALID_API_KEY' },
    { name: 'malformed (short)', key: 'pk_test_abc', status: 401, code: 'INVALID_API_KEY' },
    {
      name: 'malformed (upper-case hex)',
      key: `pk_test_${'A'.repeat(64)}`,
      status: 401,
      code: 'INVALID_API_KEY',
    },
    {
      name: 'malformed (no prefix)',
      key: 'hello-world-this-is-not-a-key',
      status: 401,
      code: 'INVALID_API_KEY',
    },
    { name: 'unknown', key: `pk_test_${'0'.repeat(64)}`, status: 401, code: 'INVALID_API_KEY' },
    {
      name: 'secret sk_test_',
      key: `sk_test_${'1'.repeat(64)}`,
      status: 401,
      code: 'SECRET_KEY_REJECTED',
      message: /never be sent from a browser.*rotate/i,
    },
    {
      name: 'secret sk_live_',
      key: `sk_live_${'2'.repeat(64)}`,
      status: 401,
      code: 'SECRET_KEY_REJECTED',
    },
    { name: 'secret sk_ (any)', key: 'sk_something9876', status: 401, code: 'SECRET_KEY_REJECTED' },
    {
      name: 'secret inside a pk_ value',
      key: `pk_test_sk_live_${'3'.repeat(56)}`,
      status: 401,
      code: 'SECRET_KEY_REJECTED',
    },
    {
      name: 'live key',
      key: `pk_live_${'4'.repeat(64)}`,
      status: 401,
      code: 'ENVIRONMENT_MISMATCH',
      message: /https:\/\/api\.sirgiving\.org.*sandbox/,
    },
  ];
  for (const c of cases) {
    it(`${c.name} → ${c.status} ${c.code}, and the key is never echoed`, async () => {
      const s = makeSandbox();
      const paths = [
        '/v1/partner/config',
        '/v1/partner/organizations/american-red-cross',
        '/v1/partner/donations/status/pd_x',
      ];
      for (const path of paths) {
        const res = await s.call(path, c.key === undefined ? {} : { key: c.key });
        const text = await res.text();
        assert.equal(res.status, c.status, path);
        const body = JSON.parse(text) as Record<string, unknown>;
        assert.equal(body['code'], c.code);
        assert.equal(body['statusCode'], c.status);
        assert.equal(body['error'], 'Unauthorized');
        if (c.message) assert.match(String(body['message']), c.message);
        if (c.key) assert.ok(!text.includes(c.key), 'key not in body');
        for (const [name, value] of res.headers)
          if (c.key) assert.ok(!value.includes(c.key), `key not in header ${name}`);
        assert.equal(
          res.headers.get('x-ratelimit-limit'),
          null,
          'unauthenticated: no rate-limit headers',
        );
      }
      const post = await s.createLink(VALID_BODY, c.key ?? '');
      assert.equal(post.res.status, c.status);
      const log = await (await s.call('/__sandbox/log')).text();
      if (c.key) {
        assert.ok(!log.includes(c.key), 'key not in the log');
        if (c.code === 'SECRET_KEY_REJECTED')
          assert.ok(!/sk_(test|live)_/.test(log), 'no secret prefix+body in the log');
      }
    });
  }

  it('never prints a key on the stdout log either', async () => {
    const lines: string[] = [];
    const s = makeSandbox({ quiet: false, log: (l) => lines.push(l) });
    const secret = `sk_live_${'9'.repeat(64)}`;
    await s.call('/v1/partner/config', { key: secret });
    await s.call('/v1/partner/config', { key: KEYS.acme });
    await s.call('/v1/partner/config', { key: `pk_live_${'5'.repeat(64)}` });
    assert.equal(lines.length, 3);
    const all = lines.join('\n');
    assert.ok(!all.includes(secret) && !all.includes(KEYS.acme) && !all.includes('5'.repeat(64)));
    assert.match(lines[0] ?? '', /\[redacted secret key\]/);
    assert.match(lines[1] ?? '', new RegExp(`key=pk_test_…${KEYS.acme.slice(-4)}`));
    assert.match(lines[2] ?? '', /key=pk_live_…5555/);
  });
});

describe('GET /v1/partner/organizations/:slug', () => {
  it('answers the nonprofit with an absolute logoUrl on the request origin', async () => {
    const s = makeSandbox();
    const res = await s.app.request(
      'http://127.0.0.1:8787/v1/partner/organizations/american-red-cross',
      {
        headers: { 'X-Partner-Key': KEYS.acme },
      },
    );
    assert.equal(res.status, 200);
    const body = (await res.json()) as Record<string, unknown>;
    assert.deepEqual(body, {
      id: 'org_5f1a2b3c4d5e6f7a8b9c0d01',
      slug: 'american-red-cross',
      name: 'American Red Cross',
      logoUrl: 'http://127.0.0.1:8787/logos/american-red-cross.svg',
      ein: '53-0196605',
      status: 'ACTIVE',
    });
    const logo = await s.app.request(new URL(String(body['logoUrl'])).pathname);
    assert.equal(logo.status, 200);
    assert.match(logo.headers.get('content-type') ?? '', /^image\/svg\+xml/);
    assert.match(await logo.text(), /^<svg[\s\S]*<\/svg>\s*$/);
  });

  it('omits logoUrl for a nonprofit without a logo, serves the long name, variant keys and unsafe logo', async () => {
    const s = makeSandbox();
    const food = await s.json('/v1/partner/organizations/local-food-bank', { key: KEYS.acme });
    assert.equal(food.res.status, 200);
    assert.ok(!('logoUrl' in food.body));
    assert.equal(food.body['name'], 'Local Food Bank');

    const long = await s.json(
      '/v1/partner/organizations/extraordinarily-long-named-international-foundation',
      { key: KEYS.acme },
    );
    assert.ok(String(long.body['name']).length > 80);
    assert.match(String(long.body['logoUrl']), /^http:\/\/localhost\/logos\/.+\.svg$/);

    const msf = await s.json('/v1/partner/organizations/doctors-without-borders', {
      key: KEYS.notips,
    });
    assert.equal(msf.body['name'], 'Doctors Without Borders');
    assert.ok(String(msf.body['logoUrl']).endsWith('/logos/doctors-without-borders.svg'));

    const variant = await s.json('/v1/partner/organizations/variant-keys-trust', {
      key: KEYS.acme,
    });
    assert.ok('logo' in variant.body && 'EIN' in variant.body && !('logoUrl' in variant.body));

    const unsafe = await s.json('/v1/partner/organizations/unsafe-logo-fund', { key: KEYS.acme });
    assert.equal(unsafe.body['logoUrl'], 'javascript:alert(1)');
  });

  it('answers 404 NONPROFIT_NOT_FOUND for an unknown slug; inactive partners may still look up', async () => {
    const s = makeSandbox();
    const { res, body } = await s.json('/v1/partner/organizations/no-such-org', { key: KEYS.acme });
    assert.equal(res.status, 404);
    assert.deepEqual(body, {
      statusCode: 404,
      error: 'Not Found',
      code: 'NONPROFIT_NOT_FOUND',
      message: body['message'],
    });
    const inactive = await s.json('/v1/partner/organizations/american-red-cross', {
      key: KEYS.inactive,
    });
    assert.equal(inactive.res.status, 200);
  });

  it('serves every logo a nonprofit points at, and 404 JSON for unknown logos', async () => {
    const s = makeSandbox();
    for (const n of nonprofits) {
      if (n.logoFile === undefined) continue;
      const res = await s.call(`/logos/${n.logoFile}`);
      assert.equal(res.status, 200, n.logoFile);
      assert.match(res.headers.get('content-type') ?? '', /^image\/svg\+xml/);
    }
    const missing = await s.json('/logos/nope.svg');
    assert.equal(missing.res.status, 404);
    assert.equal(missing.body['code'], 'NOT_FOUND');
    assert.equal((await s.call('/logos/constructor')).status, 404);
  });
});

describe('POST /v1/partner/donations/create-link', () => {
  it('creates a PENDING donation: 201 with donationLink on the own origin, pd_ id and expiresAt', async () => {
    const s = makeSandbox({ now: () => Date.parse('2026-01-01T00:00:00Z') });
    const res = await s.app.request('http://127.0.0.1:8799/v1/partner/donations/create-link', {
      method: 'POST',
      headers: { 'X-Partner-Key': KEYS.acme, 'Content-Type': 'application/json' },
      body: JSON.stringify({
        ...VALID_BODY,
        tipPercent: 10,
        donorEmail: 'a@b.example',
        firstName: 'Ada',
        lastName: 'L',
        referralCode: 'R1',
      }),
    });
    assert.equal(res.status, 201);
    const body = (await res.json()) as Record<string, string>;
    assert.match(body['partnerDonationId'] ?? '', /^pd_[0-9a-f]+$/);
    assert.equal(
      body['donationLink'],
      `http://127.0.0.1:8799/checkout/${body['partnerDonationId']}`,
    );
    assert.equal(body['expiresAt'], '2026-01-01T00:30:00.000Z');
    const stored = s.state.donations.get(body['partnerDonationId'] ?? '');
    assert.equal(stored?.status, 'PENDING');
    assert.equal(stored?.tipAmount, 250);
    assert.equal(stored?.donorEmail, 'a@b.example');
    assert.equal(stored?.referralCode, 'R1');
  });

  it('accepts zero- and three-decimal currencies, monthly and every.org', async () => {
    const s = makeSandbox();
    for (const currency of [
      'JPY',
      'KRW',
      'KWD',
      'BHD',
      'EUR',
      'GBP',
      'CAD',
      'AUD',
      'BRL',
      'MXN',
      'CHF',
      'SEK',
    ]) {
      const { res } = await s.createLink({
        ...VALID_BODY,
        currency,
        frequency: 'monthly',
        provider: 'every.org',
      });
      assert.equal(res.status, 201, currency);
    }
  });

  it('uses tipAmount as given and ignores tips for a partner with tips disabled', async () => {
    const s = makeSandbox();
    const a = await s.createLink({ ...VALID_BODY, tipAmount: 300, tipPercent: 50 });
    assert.equal(s.state.donations.get(String(a.body['partnerDonationId']))?.tipAmount, 300);
    const b = await s.createLink({ ...VALID_BODY, tipPercent: 10 }, KEYS.notips);
    assert.equal(b.res.status, 201);
    assert.equal(s.state.donations.get(String(b.body['partnerDonationId']))?.tipAmount, 0);
  });

  it('refuses inactive partners (403 PARTNER_NOT_ACTIVE) and partners without DONATIONS (403 DONATIONS_DISABLED)', async () => {
    const s = makeSandbox();
    const inactive = await s.createLink(VALID_BODY, KEYS.inactive);
    assert.equal(inactive.res.status, 403);
    assert.equal(inactive.body['code'], 'PARTNER_NOT_ACTIVE');
    const nodonations = await s.createLink(VALID_BODY, KEYS.nodonations);
    assert.equal(nodonations.res.status, 403);
    assert.equal(nodonations.body['code'], 'DONATIONS_DISABLED');
    assert.equal(s.state.donations.size, 0);
  });

  it('answers 404 NONPROFIT_NOT_FOUND for an unknown nonprofit', async () => {
    const s = makeSandbox();
    const { res, body } = await s.createLink({ ...VALID_BODY, nonprofitSlug: 'nobody' });
    assert.equal(res.status, 404);
    assert.equal(body['code'], 'NONPROFIT_NOT_FOUND');
  });

  const invalid: [string, Record<string, unknown>][] = [
    ['nonprofitSlug', { nonprofitSlug: undefined }],
    ['nonprofitSlug', { nonprofitSlug: '' }],
    ['nonprofitSlug', { nonprofitSlug: 42 }],
    ['nonprofitSlug', { nonprofitSlug: 'x'.repeat(201) }],
    ['amount', { amount: undefined }],
    ['amount', { amount: 0 }],
    ['amount', { amount: -5 }],
    ['amount', { amount: 25.5 }],
    ['amount', { amount: '2500' }],
    ['amount', { amount: 100_000_001 }],
    ['amount', { amount: null }],
    ['currency', { currency: undefined }],
    ['currency', { currency: 'usd' }],
    ['currency', { currency: 'XYZ' }],
    ['currency', { currency: 840 }],
    ['frequency', { frequency: 'yearly' }],
    ['frequency', { frequency: undefined }],
    ['provider', { provider: 'paypal' }],
    ['provider', { provider: undefined }],
    ['donorEmail', { donorEmail: 'not-an-email' }],
    ['donorEmail', { donorEmail: 5 }],
    ['donorEmail', { donorEmail: `${'a'.repeat(250)}@b.example` }],
    ['firstName', { firstName: '' }],
    ['firstName', { firstName: 'x'.repeat(101) }],
    ['lastName', { lastName: 7 }],
    ['tipAmount', { tipAmount: -1 }],
    ['tipAmount', { tipAmount: 1.5 }],
    ['tipPercent', { tipPercent: 101 }],
    ['tipPercent', { tipPercent: -1 }],
    ['tipPercent', { tipPercent: '10' }],
    ['referralCode', { referralCode: 'x'.repeat(65) }],
    ['referralCode', { referralCode: 12 }],
  ];
  for (const [field, patch] of invalid) {
    it(`400 VALIDATION_ERROR for ${field} = ${JSON.stringify(Object.values(patch)[0])?.slice(0, 30) ?? 'missing'}`, async () => {
      const s = makeSandbox();
      const { res, body } = await s.createLink({ ...VALID_BODY, ...patch });
      assert.equal(res.status, 400);
      assert.equal(body['statusCode'], 400);
      assert.equal(body['error'], 'Bad Request');
      assert.equal(body['code'], 'VALIDATION_ERROR');
      const fields = body['fields'] as { field: string; message: string }[];
      assert.deepEqual(
        fields.map((f) => f.field),
        [field],
      );
      assert.ok(String(body['message']).includes(fields[0]?.message ?? '?'));
      assert.equal(s.state.donations.size, 0);
    });
  }

  it('lists every invalid field at once, treats null optionals as absent, and rejects non-object bodies', async () => {
    const s = makeSandbox();
    const many = await s.createLink({ amount: 'x', currency: 'usd', frequency: 1, provider: null });
    assert.deepEqual(
      (many.body['fields'] as { field: string }[]).map((f) => f.field),
      ['nonprofitSlug', 'amount', 'currency', 'frequency', 'provider'],
    );
    const nulls = await s.createLink({
      ...VALID_BODY,
      donorEmail: null,
      firstName: null,
      tipPercent: null,
      referralCode: null,
    });
    assert.equal(nulls.res.status, 201);
    for (const body of ['[]', '"text"', 'null', '42']) {
      const r = await s.createLink(body);
      assert.equal(r.res.status, 400, body);
      assert.equal(r.body['code'], 'VALIDATION_ERROR');
    }
  });

  it('answers 400 INVALID_JSON for malformed or empty JSON, 415 for a wrong content type', async () => {
    const s = makeSandbox();
    const bad = await s.createLink('{"nonprofitSlug": "american-red-cross",');
    assert.equal(bad.res.status, 400);
    assert.equal(bad.body['code'], 'INVALID_JSON');
    const empty = await s.createLink('');
    assert.equal(empty.res.status, 400);
    assert.equal(empty.body['code'], 'INVALID_JSON');
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', undefined]) {
      const r = await s.json('/v1/partner/donations/create-link', {
        method: 'POST',
        key: KEYS.acme,
        ...(type ? { headers: { 'Content-Type': type } } : {}),
        body: JSON.stringify(VALID_BODY),
      });
      assert.equal(r.res.status, 415, String(type));
      assert.equal(r.body['code'], 'UNSUPPORTED_MEDIA_TYPE');
    }
    const charset = await s.json('/v1/partner/donations/create-link', {
      method: 'POST',
      key: KEYS.acme,
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
      body: JSON.stringify(VALID_BODY),
    });
    assert.equal(charset.res.status, 201);
  });

  it('answers 413 PAYLOAD_TOO_LARGE over 16 KB', async () => {
    const s = makeSandbox();
    const big = JSON.stringify({ ...VALID_BODY, firstName: 'x'.repeat(17 * 1024) });
    const { res, body } = await s.createLink(big);
    assert.equal(res.status, 413);
    assert.equal(body['code'], 'PAYLOAD_TOO_LARGE');
    assert.equal(body['statusCode'], 413);
    const withLength = await s.json('/v1/partner/donations/create-link', {
      method: 'POST',
      key: KEYS.acme,
      headers: { 'Content-Type': 'application/json', 'Content-Length': String(big.length) },
      body: big,
    });
    assert.equal(withLength.res.status, 413);
  });
});

describe('GET /v1/partner/donations/status/:partnerDonationId', () => {
  it('reports PENDING with tokensAwarded null, then each transition', async () => {
    let t = Date.parse('2026-03-01T12:00:00Z');
    const s = makeSandbox({ now: () => t });
    const link = await s.createLink({ ...VALID_BODY, amount: 2550 });
    const id = String(link.body['partnerDonationId']);
    const first = await s.json(`/v1/partner/donations/status/${id}`, { key: KEYS.acme });
    assert.equal(first.res.status, 200);
    assert.deepEqual(first.body, {
      partnerDonationId: id,
      status: 'PENDING',
      amount: 2550,
      currency: 'USD',
      tokensAwarded: null,
      updatedAt: '2026-03-01T12:00:00.000Z',
    });
    t += 5000;
    const set = await s.json(`/__sandbox/donations/${id}/status`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ status: 'COMPLETED' }),
    });
    assert.equal(set.res.status, 200);
    const done = await s.json(`/v1/partner/donations/status/${id}`, { key: KEYS.acme });
    assert.equal(done.body['status'], 'COMPLETED');
    assert.equal(done.body['tokensAwarded'], 26);
    assert.equal(done.body['updatedAt'], '2026-03-01T12:00:05.000Z');
  });

  it('answers 404 DONATION_NOT_FOUND for unknown ids and for another partner’s donation', async () => {
    const s = makeSandbox();
    const link = await s.createLink(VALID_BODY);
    const id = String(link.body['partnerDonationId']);
    const unknown = await s.json('/v1/partner/donations/status/pd_nope', { key: KEYS.acme });
    assert.equal(unknown.res.status, 404);
    assert.equal(unknown.body['code'], 'DONATION_NOT_FOUND');
    const other = await s.json(`/v1/partner/donations/status/${id}`, { key: KEYS.notips });
    assert.equal(other.res.status, 404);
    assert.equal(other.body['code'], 'DONATION_NOT_FOUND');
  });

  it('computes tokens for zero- and three-decimal currencies', async () => {
    const s = makeSandbox();
    for (const [currency, amount, tokens] of [
      ['JPY', 500, 500],
      ['KWD', 1500, 2],
    ] as const) {
      const link = await s.createLink({ ...VALID_BODY, currency, amount });
      const id = String(link.body['partnerDonationId']);
      await s.call(`/__sandbox/donations/${id}/status`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: '{"status":"COMPLETED"}',
      });
      const st = await s.json(`/v1/partner/donations/status/${id}`, { key: KEYS.acme });
      assert.equal(st.body['tokensAwarded'], tokens, currency);
    }
  });
});

describe('other methods and routes', () => {
  it('405 for a wrong method on a known endpoint, 404 NOT_FOUND JSON for unknown routes', async () => {
    const s = makeSandbox();
    const wrong = await s.json('/v1/partner/config', {
      method: 'POST',
      key: KEYS.acme,
      headers: { 'Content-Type': 'application/json' },
      body: '{}',
    });
    assert.equal(wrong.res.status, 405);
    assert.equal(wrong.body['code'], 'METHOD_NOT_ALLOWED');
    assert.equal(wrong.res.headers.get('allow'), 'GET');
    const getLink = await s.json('/v1/partner/donations/create-link', { key: KEYS.acme });
    assert.equal(getLink.res.status, 405);

    for (const path of ['/v1/partner/users', '/nope', '/v2/partner/config']) {
      const r = await s.json(path, { key: KEYS.acme });
      assert.equal(r.res.status, 404, path);
      assert.deepEqual(Object.keys(r.body).sort(), ['code', 'error', 'message', 'statusCode']);
      assert.equal(r.body['code'], 'NOT_FOUND');
      assert.equal(r.body['error'], 'Not Found');
    }
  });
});
