// The hosted checkout page: rendering, escaping, transitions, return links.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { escapeHtml, formatMinor, safeReturnUrl } from '../../demo/sandbox/checkout.js';
import { KEYS, VALID_BODY, makeSandbox } from './helpers.js';

type Sandbox = ReturnType<typeof makeSandbox>;

async function newDonation(
  s: Sandbox,
  body: Record<string, unknown> = {},
  key: string = KEYS.acme,
): Promise<string> {
  const { res, body: created } = await s.createLink({ ...VALID_BODY, ...body }, key);
  assert.equal(res.status, 201);
  return String(created['partnerDonationId']);
}

function post(
  s: Sandbox,
  id: string,
  action: string,
  form: Record<string, string> = {},
): Promise<Response> {
  return s.call(`/checkout/${id}/${action}`, { method: 'POST', body: new URLSearchParams(form) });
}

async function status(s: Sandbox, id: string): Promise<Record<string, unknown>> {
  return (await s.json(`/v1/partner/donations/status/${id}`, { key: KEYS.acme })).body;
}

describe('checkout page', () => {
  it('shows partner, nonprofit, Intl-formatted amount, frequency and tip, with three POST forms', async () => {
    const s = makeSandbox();
    const id = await newDonation(s, { amount: 2500, tipPercent: 10, frequency: 'monthly' });
    const res = await s.call(`/checkout/${id}`);
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /^text\/html/);
    assert.equal(res.headers.get('x-frame-options'), 'DENY');
    assert.match(res.headers.get('content-security-policy') ?? '', /frame-ancestors 'none'/);
    assert.match(res.headers.get('content-security-policy') ?? '', /script-src 'self'/);
    const html = await res.text();
    assert.match(html, /<html lang="en">/);
    assert.match(html, /<dd id="partner">Acme Outfitters<\/dd>/);
    assert.match(html, /<dd id="nonprofit">American Red Cross<\/dd>/);
    assert.match(html, /<dd id="amount">\$25\.00<\/dd>/);
    assert.match(html, /<dd id="frequency">Monthly<\/dd>/);
    assert.match(html, /<dd id="tip">\$2\.50 \(10 %\)<\/dd>/);
    assert.match(html, /<dd id="total">\$27\.50 per month<\/dd>/);
    for (const [action, label] of [
      ['complete', 'Complete donation'],
      ['fail', 'Fail'],
      ['cancel', 'Cancel'],
    ]) {
      assert.match(
        html,
        new RegExp(
          `<form method="post" action="/checkout/${id}/${action}">.*<button type="submit"[^>]*>${label}</button></form>`,
        ),
      );
    }
    // No external assets, no inline scripts or handlers.
    assert.ok(!/https?:\/\/(?!127\.0\.0\.1)/.test(html.replace(/<a [^>]*>/g, '')));
    assert.ok(!/\son[a-z]+=/i.test(html));
    assert.ok(!/<script(?![^>]*\ssrc=)/.test(html));
    assert.ok(!/<style/.test(html));
  });

  it('formats zero- and three-decimal currencies and shows "None" without a tip', async () => {
    const s = makeSandbox();
    const jpy = await newDonation(s, { currency: 'JPY', amount: 500 });
    assert.match(
      await (await s.call(`/checkout/${jpy}`)).text(),
      /<dd id="amount">¥500<\/dd>[\s\S]*<dd id="tip">None<\/dd>/,
    );
    const kwd = await newDonation(s, { currency: 'KWD', amount: 1500 });
    assert.match(
      await (await s.call(`/checkout/${kwd}`)).text(),
      /<dd id="amount">KWD\s1\.500<\/dd>/,
    );
    assert.equal(formatMinor(2500, 'EUR'), '€25.00');
  });

  it('escapes everything it renders (nonprofit name, return URL)', async () => {
    const s = makeSandbox();
    const id = await newDonation(s, { nonprofitSlug: 'kids-and-co' });
    const ret = 'https://shop.example/back?a=1&b="><script>alert(1)</script>';
    const html = await (await s.call(`/checkout/${id}?return=${encodeURIComponent(ret)}`)).text();
    assert.ok(html.includes('O&#39;Brien Kids &amp; Co. &lt;Reading&gt; &quot;Trust&quot;'));
    assert.ok(!html.includes('<Reading>'));
    assert.ok(!html.includes('<script>alert(1)'));
    assert.ok(!/<script/i.test(html), 'the pending page has no script at all');
    // The URL parser percent-encodes quotes and angle brackets; the & is HTML-escaped.
    assert.ok(
      html.includes(
        'href="https://shop.example/back?a=1&amp;b=%22%3E%3Cscript%3Ealert(1)%3C/script%3E"',
      ),
    );
    assert.equal(
      escapeHtml(`<a href="x" title='y'>&</a>`),
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });

  it('answers an HTML 404 for unknown donations and actions', async () => {
    const s = makeSandbox();
    const res = await s.call('/checkout/pd_missing');
    assert.equal(res.status, 404);
    assert.match(await res.text(), /Checkout not found/);
    const id = await newDonation(s);
    assert.equal((await post(s, id, 'explode')).status, 404);
    assert.equal((await post(s, id, 'constructor')).status, 404);
    assert.equal((await post(s, 'pd_missing', 'complete')).status, 404);
  });
});

describe('checkout transitions', () => {
  it('complete: 303 to the outcome page, status COMPLETED with tokens; a second action is refused', async () => {
    const s = makeSandbox();
    const id = await newDonation(s);
    const res = await post(s, id, 'complete', { return: 'https://shop.example/thanks' });
    assert.equal(res.status, 303);
    const location = res.headers.get('location') ?? '';
    assert.equal(
      location,
      `/checkout/${id}?return=${encodeURIComponent('https://shop.example/thanks')}`,
    );
    const outcome = await (await s.call(location)).text();
    assert.match(outcome, /Thank you! Your donation is complete/);
    assert.match(
      outcome,
      /<a id="return-link" href="https:\/\/shop\.example\/thanks">Return to shop\.example<\/a>/,
    );
    assert.match(
      outcome,
      /<button type="button" id="close-window" hidden>Close this window<\/button>/,
    );
    assert.match(outcome, /<script src="\/checkout-assets\/outcome\.js" defer><\/script>/);
    assert.match(outcome, /action="\/checkout\/[^"]+\/reverse"/);
    const st = await status(s, id);
    assert.equal(st['status'], 'COMPLETED');
    assert.equal(st['tokensAwarded'], 25);

    const again = await post(s, id, 'cancel', { return: 'https://shop.example/thanks' });
    assert.equal(again.status, 409);
    const refused = await again.text();
    assert.match(
      refused,
      /role="alert"[^>]*>This donation is already completed, so it cannot be cancelled now\./,
    );
    assert.match(refused, /Return to shop\.example/);
    assert.equal((await status(s, id))['status'], 'COMPLETED');
  });

  it('fail and cancel: FAILED / CANCELLED with tokensAwarded null, no reverse offered', async () => {
    const s = makeSandbox();
    for (const [action, expected, heading] of [
      ['fail', 'FAILED', 'Your donation failed'],
      ['cancel', 'CANCELLED', 'Your donation was cancelled'],
    ] as const) {
      const id = await newDonation(s);
      const res = await post(s, id, action);
      assert.equal(res.status, 303);
      assert.equal(res.headers.get('location'), `/checkout/${id}`);
      const page = await (await s.call(`/checkout/${id}`)).text();
      assert.ok(page.includes(heading));
      assert.ok(!page.includes('/reverse'));
      const st = await status(s, id);
      assert.equal(st['status'], expected);
      assert.equal(st['tokensAwarded'], null);
      assert.equal((await post(s, id, 'complete')).status, 409);
      assert.equal((await post(s, id, 'reverse')).status, 409);
    }
  });

  it('reverse: COMPLETED → REVERSED only', async () => {
    const s = makeSandbox();
    const id = await newDonation(s);
    assert.equal(
      (await post(s, id, 'reverse')).status,
      409,
      'a pending donation cannot be reversed',
    );
    await post(s, id, 'complete');
    const res = await post(s, id, 'reverse');
    assert.equal(res.status, 303);
    assert.match(await (await s.call(`/checkout/${id}`)).text(), /Your donation was reversed/);
    const st = await status(s, id);
    assert.equal(st['status'], 'REVERSED');
    assert.equal(st['tokensAwarded'], 0);
    assert.equal((await post(s, id, 'reverse')).status, 409);
  });
});

describe('checkout return link', () => {
  it('uses the return parameter and carries it through every form', async () => {
    const s = makeSandbox();
    const id = await newDonation(s);
    const html = await (
      await s.call(`/checkout/${id}?return=${encodeURIComponent('http://localhost:5173/demo?x=1')}`)
    ).text();
    const hidden =
      html.match(
        /<input type="hidden" name="return" value="http:\/\/localhost:5173\/demo\?x=1">/g,
      ) ?? [];
    assert.equal(hidden.length, 3);
    assert.match(html, /Return to localhost:5173/);
  });

  it('falls back to the Referer captured on first view (cross-origin http(s) only)', async () => {
    const s = makeSandbox();
    const id = await newDonation(s);
    await s.call(`/checkout/${id}`, { headers: { Referer: 'https://partner.example/donate' } });
    assert.equal(s.state.donations.get(id)?.referer, 'https://partner.example/donate');
    // Later navigations (the form POST, the redirect) carry the checkout page as Referer: ignored.
    await s.call(`/checkout/${id}`, { headers: { Referer: `http://localhost/checkout/${id}` } });
    assert.equal(s.state.donations.get(id)?.referer, 'https://partner.example/donate');
    const res = await post(s, id, 'complete');
    assert.equal(res.headers.get('location'), `/checkout/${id}`);
    const outcome = await (await s.call(`/checkout/${id}`)).text();
    assert.match(
      outcome,
      /<a id="return-link" href="https:\/\/partner\.example\/donate">Return to partner\.example<\/a>/,
    );
    assert.ok(!/name="return"/.test(outcome), 'a referrer is not carried as a parameter');
  });

  it('refuses non-http return URLs and referrers (javascript:, data:, relative, credentials)', async () => {
    const s = makeSandbox();
    for (const bad of [
      'javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      'data:text/html,hi',
      '/relative',
      '//evil.example',
      'https://user:pw@evil.example/',
      'not a url',
    ]) {
      const id = await newDonation(s);
      const html = await (
        await s.call(`/checkout/${id}?return=${encodeURIComponent(bad)}`, {
          headers: { Referer: bad.startsWith('/') ? 'ftp://x.example/' : bad },
        })
      ).text();
      assert.ok(!html.includes('return-link'), bad);
      assert.ok(!html.includes('name="return"'), bad);
      assert.ok(!/javascript:/i.test(html), bad);
      const done = await post(s, id, 'complete', { return: bad });
      assert.equal(done.headers.get('location'), `/checkout/${id}`, bad);
      assert.ok(!(await (await s.call(`/checkout/${id}`)).text()).includes('return-link'));
    }
    assert.equal(safeReturnUrl('https://ok.example/x'), 'https://ok.example/x');
    assert.equal(safeReturnUrl('http://127.0.0.1:5173/'), 'http://127.0.0.1:5173/');
    assert.equal(safeReturnUrl(' javascript:alert(1)'), null);
    assert.equal(safeReturnUrl(`https://x.example/${'a'.repeat(3000)}`), null);
  });
});

describe('checkout assets', () => {
  it('serves the stylesheet and the popup script with correct types and no inline handlers', async () => {
    const s = makeSandbox();
    const css = await s.call('/checkout-assets/checkout.css');
    assert.equal(css.status, 200);
    assert.match(css.headers.get('content-type') ?? '', /^text\/css/);
    const js = await s.call('/checkout-assets/outcome.js');
    assert.equal(js.status, 200);
    assert.match(js.headers.get('content-type') ?? '', /^text\/javascript/);
    const code = await js.text();
    assert.match(code, /window\.opener/);
    assert.match(code, /window\.close\(\)/);
  });
});
