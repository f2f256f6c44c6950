// 3. Every seeded partner state, bad keys and a failing API.
import { test, expect } from '@playwright/test';
import {
  SANDBOX,
  e2ePage,
  expectState,
  resetSandbox,
  sandboxLog,
  withoutHotReload,
} from './helpers';

const MISCONFIGURED = "This donation form isn't set up correctly.";
const PARTNER_UNAVAILABLE = "Donations aren't available here right now.";

test.beforeEach(async ({ page, request }) => {
  await resetSandbox(request);
  await withoutHotReload(page);
});

// One page, one widget per seeded partner state (w1, w2, … in this order).
const STATES = [
  { key: 'acme', nonprofit: 'american-red-cross', state: 'ready' },
  {
    key: 'pending',
    nonprofit: 'american-red-cross',
    state: 'unavailable',
    alert: PARTNER_UNAVAILABLE,
  },
  {
    key: 'suspended',
    nonprofit: 'american-red-cross',
    state: 'unavailable',
    alert: PARTNER_UNAVAILABLE,
  },
  {
    key: 'inactive',
    nonprofit: 'american-red-cross',
    state: 'unavailable',
    alert: PARTNER_UNAVAILABLE,
  },
  {
    key: 'nodonations',
    nonprofit: 'american-red-cross',
    state: 'unavailable',
    alert: 'Donations are paused right now. Please check back later.',
  },
  {
    key: 'acme',
    nonprofit: 'no-such-nonprofit',
    state: 'unavailable',
    alert: "We couldn't find this nonprofit.",
  },
  { key: 'unknown', nonprofit: 'american-red-cross', state: 'misconfigured', alert: MISCONFIGURED },
];

test('every seeded partner state shows its state', async ({ page, request }) => {
  await page.goto(
    e2ePage({
      count: STATES.length,
      key: STATES.map((s) => s.key).join(','),
      nonprofit: STATES.map((s) => s.nonprofit).join(','),
    }),
  );
  for (const [i, s] of STATES.entries()) {
    const id = `#w${i + 1}`;
    await expectState(page, s.state, id);
    const widget = page.locator(id);
    const donate = widget.getByRole('button', { name: /^Donate/ });
    if (s.state === 'ready') {
      await expect(widget.getByRole('heading', { name: 'American Red Cross' })).toBeVisible();
      await expect(widget.getByText('Test mode')).toBeVisible();
      await expect(widget.getByRole('radiogroup', { name: 'Donation amount' })).toBeVisible();
      await expect(widget.getByRole('radiogroup', { name: 'Donation frequency' })).toBeVisible();
      await expect(widget.getByRole('combobox', { name: /^Add a tip/ })).toBeVisible();
      await expect(donate).toHaveAccessibleName('Donate $10');
      await expect(widget.getByRole('alert')).toHaveCount(0);
    } else {
      await expect(widget.getByRole('alert'), `${id} (${s.key})`).toHaveText(s.alert!);
      await expect(donate).toHaveCount(0);
      await expect(widget.getByRole('radiogroup')).toHaveCount(0);
      // Nothing the donor could retry.
      await expect(widget.getByRole('button', { name: 'Try again' })).toHaveCount(0);
    }
  }
  // The unknown key reached the API, which refused it.
  const log = await sandboxLog(request);
  expect(
    log.some(
      (e) => e.path === '/v1/partner/config' && e.status === 401 && e.maskedKey === 'pk_test_…0000',
    ),
  ).toBe(true);
  const errors = await page.evaluate(() =>
    window.__events
      .filter((e) => e.type === 'sir-donate-error')
      .map((e) => [e.id, (e.detail as { code: string }).code]),
  );
  expect(errors).toEqual(
    expect.arrayContaining([
      ['w2', 'PARTNER_NOT_ACTIVE'],
      ['w3', 'PARTNER_SUSPENDED'],
      ['w4', 'PARTNER_NOT_ACTIVE'],
      ['w5', 'DONATIONS_DISABLED'],
      ['w6', 'NONPROFIT_NOT_FOUND'],
      ['w7', 'INVALID_API_KEY'],
    ]),
  );
});

test('a secret key → misconfigured, and no request leaves the page', async ({ page, request }) => {
  const sent: string[] = [];
  page.on('request', (r) => {
    if (r.url().startsWith(SANDBOX)) sent.push(`${r.method()} ${r.url()}`);
  });
  const errors: string[] = [];
  page.on('console', (m) => errors.push(m.text()));
  await page.goto(e2ePage({ key: 'secret' }));
  await expectState(page, 'misconfigured');
  await expect(page.getByRole('alert')).toHaveText(MISCONFIGURED);
  const events = await page.evaluate(() => window.__events);
  expect(events.map((e) => e.type)).toEqual(['sir-donate-error']);
  expect((events[0]!.detail as { code: string }).code).toBe('SECRET_KEY_REJECTED');

  expect(sent).toEqual([]);
  expect((await sandboxLog(request)).filter((e) => e.path.startsWith('/v1/'))).toEqual([]);
  // The key is never echoed: not in the page, the events or the console.
  const secret = 'sk_test_e2e';
  expect(JSON.stringify(events)).not.toContain(secret);
  expect(errors.join('\n')).not.toContain(secret);
  const shadowText = await page.evaluate(
    () => document.querySelector('sir-donate')!.shadowRoot!.innerHTML,
  );
  expect(shadowText).not.toContain(secret);
});

test('a failing API (502) → error with Try again; Try again recovers', async ({
  page,
  request,
}) => {
  const fault = await request.post(`${SANDBOX}/__sandbox/faults`, {
    data: { mode: '502', count: 10 },
  });
  expect(fault.status()).toBe(201);
  await page.goto(e2ePage({ key: 'acme' }));
  await expectState(page, 'error', 'sir-donate', 20_000);
  await expect(page.getByRole('alert')).toContainText(
    'The donation service is having a problem. Please try again in a few minutes.',
  );
  // GETs were retried before giving up, each answered by the injected 502.
  const failed = (await sandboxLog(request)).filter((e) => e.status === 502);
  expect(failed.length).toBeGreaterThanOrEqual(2);
  const retry = page.getByRole('button', { name: 'Try again' });
  await expect(retry).toBeVisible();

  expect((await request.delete(`${SANDBOX}/__sandbox/faults`)).ok()).toBe(true);
  await retry.click();
  await expectState(page, 'ready');
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Donate/ })).toBeVisible();
});
