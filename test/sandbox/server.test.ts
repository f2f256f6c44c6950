// Through a real loopback server: fetch, CORS preflight, hang + abort, close while hanging.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';

import type { RunningSandbox } from '../../demo/sandbox/server.js';
import { startSandbox } from '../../demo/sandbox/server.js';
import { KEYS, VALID_BODY } from './helpers.js';

describe('startSandbox (real HTTP)', () => {
  let sandbox: RunningSandbox;
  before(async () => {
    sandbox = await startSandbox({ port: 0, quiet: true, slowDelayMs: 20 });
  });
  after(async () => {
    await sandbox.close();
  });

  it('listens on an ephemeral loopback port', async () => {
    assert.match(sandbox.url, /^http:\/\/127\.0\.0\.1:\d+$/);
    assert.ok(sandbox.port > 0);
    assert.equal(sandbox.url, `http://127.0.0.1:${sandbox.port}`);
    const res = await fetch(`${sandbox.url}/__sandbox/health`);
    assert.deepEqual(await res.json(), { ok: true });
  });

  it('answers a CORS preflight and exposes the rate-limit headers on the real request', async () => {
    const preflight = await fetch(`${sandbox.url}/v1/partner/donations/create-link`, {
      method: 'OPTIONS',
      headers: {
        Origin: 'https://shop.example',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'content-type,x-partner-key',
      },
    });
    assert.equal(preflight.status, 204);
    assert.equal(preflight.headers.get('access-control-allow-origin'), '*');
    assert.match(preflight.headers.get('access-control-allow-headers') ?? '', /X-Partner-Key/);
    assert.equal(preflight.headers.get('access-control-max-age'), '600');

    const res = await fetch(`${sandbox.url}/v1/partner/config`, {
      headers: { Origin: 'https://shop.example', 'X-Partner-Key': KEYS.acme },
    });
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('access-control-allow-origin'), '*');
    assert.match(res.headers.get('access-control-expose-headers') ?? '', /X-RateLimit-Remaining/);
    assert.ok(Number(res.headers.get('x-ratelimit-reset')) > Date.now() / 1000);
  });

  it('runs the whole donation flow: create-link → checkout page → complete → status', async () => {
    const created = await fetch(`${sandbox.url}/v1/partner/donations/create-link`, {
      method: 'POST',
      headers: { 'X-Partner-Key': KEYS.acme, 'Content-Type': 'application/json' },
      body: JSON.stringify(VALID_BODY),
    });
    assert.equal(created.status, 201);
    const { donationLink, partnerDonationId } = (await created.json()) as {
      donationLink: string;
      partnerDonationId: string;
    };
    assert.equal(donationLink, `${sandbox.url}/checkout/${partnerDonationId}`);

    const page = await fetch(
      `${donationLink}?return=${encodeURIComponent('https://shop.example/back')}`,
      {
        headers: { Referer: 'https://shop.example/cart' },
      },
    );
    assert.equal(page.status, 200);
    assert.match(await page.text(), /Complete donation/);

    const done = await fetch(`${donationLink}/complete`, {
      method: 'POST',
      body: new URLSearchParams({ return: 'https://shop.example/back' }),
      redirect: 'manual',
    });
    assert.equal(done.status, 303);
    const outcome = await fetch(new URL(done.headers.get('location') ?? '', sandbox.url));
    assert.match(await outcome.text(), /Return to shop\.example/);

    const st = await fetch(`${sandbox.url}/v1/partner/donations/status/${partnerDonationId}`, {
      headers: { 'X-Partner-Key': KEYS.acme },
    });
    const body = (await st.json()) as Record<string, unknown>;
    assert.equal(body['status'], 'COMPLETED');
    assert.equal(body['tokensAwarded'], 25);
  });

  it('builds logoUrl from its own origin and serves the logo', async () => {
    const res = await fetch(`${sandbox.url}/v1/partner/organizations/american-red-cross`, {
      headers: { 'X-Partner-Key': KEYS.acme },
    });
    const body = (await res.json()) as { logoUrl: string };
    assert.equal(body.logoUrl, `${sandbox.url}/logos/american-red-cross.svg`);
    const logo = await fetch(body.logoUrl);
    assert.equal(logo.status, 200);
    assert.match(logo.headers.get('content-type') ?? '', /^image\/svg\+xml/);
  });

  it('answers 413 for a body over 16 KB with Content-Length', async () => {
    const res = await fetch(`${sandbox.url}/v1/partner/donations/create-link`, {
      method: 'POST',
      headers: { 'X-Partner-Key': KEYS.acme, 'Content-Type': 'application/json' },
      body: JSON.stringify({ ...VALID_BODY, pad: 'x'.repeat(20_000) }),
    });
    assert.equal(res.status, 413);
    assert.equal(((await res.json()) as { code: string }).code, 'PAYLOAD_TOO_LARGE');
  });

  it('a hang fault is cut by the client’s AbortController and the server stays healthy', async () => {
    const controller = new AbortController();
    const started = performance.now();
    setTimeout(() => controller.abort(), 100);
    await assert.rejects(
      fetch(`${sandbox.url}/v1/partner/config?sandbox_fault=hang`, {
        headers: { 'X-Partner-Key': KEYS.acme },
        signal: controller.signal,
      }),
      { name: 'AbortError' },
    );
    assert.ok(performance.now() - started < 2000);
    const ok = await fetch(`${sandbox.url}/v1/partner/config`, {
      headers: { 'X-Partner-Key': KEYS.acme },
    });
    assert.equal(ok.status, 200);
  });

  it('the slow partner is delayed over real HTTP too', async () => {
    const started = performance.now();
    const res = await fetch(`${sandbox.url}/v1/partner/config`, {
      headers: { 'X-Partner-Key': KEYS.slow },
    });
    assert.equal(res.status, 200);
    assert.ok(performance.now() - started >= 15);
  });
});

describe('startSandbox lifecycle', () => {
  it('close() resolves promptly while a request hangs', async () => {
    const sandbox = await startSandbox({ port: 0, quiet: true });
    await fetch(`${sandbox.url}/__sandbox/faults`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ mode: 'hang' }),
    });
    const hanging = fetch(`${sandbox.url}/v1/partner/config`, {
      headers: { 'X-Partner-Key': KEYS.acme },
    }).then(
      (r) => r.status,
      () => 'closed',
    );
    await new Promise((r) => setTimeout(r, 50));
    const started = performance.now();
    await sandbox.close();
    assert.ok(performance.now() - started < 1000, 'close did not wait for the hang');
    const outcome = await hanging;
    assert.ok(outcome === 504 || outcome === 'closed', String(outcome));
    await sandbox.close(); // idempotent
    await assert.rejects(fetch(`${sandbox.url}/__sandbox/health`));
  });

  it('refuses a non-loopback host and reports a port in use', async () => {
    await assert.rejects(startSandbox({ host: '0.0.0.0', quiet: true }), /loopback/);
    const first = await startSandbox({ port: 0, quiet: true });
    try {
      await assert.rejects(startSandbox({ port: first.port, quiet: true }), { code: 'EADDRINUSE' });
    } finally {
      await first.close();
    }
  });
});
