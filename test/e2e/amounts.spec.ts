// 4. Custom amounts: locale-aware parsing, minor units in the create-link
// body, and field errors that stop the donation before any request.
import { test, expect, type APIRequestContext, type Request } from '@playwright/test';
import {
  SANDBOX,
  e2ePage,
  expectState,
  resetSandbox,
  sandboxLog,
  withoutHotReload,
} from './helpers';

const isCreateLink = (r: Request) =>
  r.method() === 'POST' && r.url().endsWith('/v1/partner/donations/create-link');

/**
 * The create-link body as sent. The moz-firefox (WebDriver BiDi) channel
 * exposes no request bodies (postData() is null, also through page.route), so
 * there it is the body as the sandbox stored it.
 */
async function createLinkBody(
  req: Request,
  request: APIRequestContext,
  browserName: string,
): Promise<Record<string, unknown>> {
  const sent = req.postDataJSON() as Record<string, unknown> | null;
  if (browserName !== 'firefox') expect(sent).not.toBeNull();
  if (sent) return sent;
  const stored = (await (await request.get(`${SANDBOX}/__sandbox/donations`)).json()) as Record<
    string,
    unknown
  >[];
  expect(stored).toHaveLength(1);
  return stored[0]!;
}

test.beforeEach(async ({ page, request }) => {
  await resetSandbox(request);
  await withoutHotReload(page);
});

test('de-DE, EUR: "12,50" donates 1250 cents', async ({ page, request, browserName }) => {
  await page.goto(e2ePage({ key: 'acme', locale: 'de-DE', currency: 'EUR', amounts: '5,10,20' }));
  await expectState(page, 'ready');
  await expect(page.getByRole('radiogroup', { name: 'Spendenbetrag' })).toBeVisible();
  const other = page.getByRole('textbox', { name: 'Anderer Betrag' });
  await other.clear();
  await other.fill('12,50');
  await expect(other).toHaveValue('12,50');
  // No preset stays selected once a custom amount is typed.
  const presets = page.getByRole('radiogroup', { name: 'Spendenbetrag' }).getByRole('radio');
  await expect(presets).toHaveCount(3);
  for (const radio of await presets.all()) await expect(radio).not.toBeChecked();

  // The amount is formatted the German way (with a no-break space before €).
  const donate = page.getByRole('button', { name: /^12,50\s€ spenden$/ });
  await expect(donate).toBeVisible();

  const createLink = page.waitForRequest(isCreateLink);
  await donate.click();
  const req = await createLink;
  await page.waitForURL(/^http:\/\/127\.0\.0\.1:8787\/checkout\//);
  const body = await createLinkBody(req, request, browserName);
  expect(body).toMatchObject({
    nonprofitSlug: 'american-red-cross',
    amount: 1250,
    currency: 'EUR',
    frequency: 'once',
    provider: 'stripe',
  });
  // The tip travels separately (acme: tips on, 10 % by default).
  expect(body.tipPercent).toBe(10);
  await expect(page.locator('#amount')).toHaveText('€12.50');
});

test('JPY (no decimals): "1500" donates 1500', async ({ page, request, browserName }) => {
  await page.goto(e2ePage({ key: 'notips', currency: 'JPY', amounts: '500,1000,3000' }));
  await expectState(page, 'ready');
  await expect(page.getByRole('radio', { name: '¥500' })).toBeChecked();
  const other = page.getByRole('textbox', { name: 'Other amount' });
  await other.clear();
  await other.fill('1500');
  const donate = page.getByRole('button', { name: /^Donate/ });
  await expect(donate).toHaveAccessibleName('Donate ¥1,500');

  const createLink = page.waitForRequest(isCreateLink);
  await donate.click();
  const req = await createLink;
  await page.waitForURL(/^http:\/\/127\.0\.0\.1:8787\/checkout\//);
  const body = await createLinkBody(req, request, browserName);
  expect(body).toMatchObject({ amount: 1500, currency: 'JPY' });
  expect(body).not.toHaveProperty('tipPercent');
  await expect(page.locator('#amount')).toHaveText('¥1,500');
});

test('an invalid amount is a field error and makes no request', async ({ page, request }) => {
  const createLinks: string[] = [];
  page.on('request', (r) => {
    if (isCreateLink(r)) createLinks.push(r.url());
  });
  await page.goto(e2ePage({ key: 'acme' }));
  await expectState(page, 'ready');
  const other = page.getByRole('textbox', { name: 'Other amount' });
  await expect(other).toHaveAttribute('aria-invalid', 'false');
  await other.clear();
  await other.fill('abc');
  const donate = page.getByRole('button', { name: /^Donate/ });
  await expect(donate).toHaveAccessibleName('Donate');
  await donate.click();

  await expect(other).toHaveAttribute('aria-invalid', 'true');
  await expect(other).toHaveAccessibleDescription(/^Enter a valid amount, like /);
  await expect(page.getByText(/^Enter a valid amount, like /)).toBeVisible();
  await expect(other).toBeFocused();
  expect(await page.evaluate(() => document.querySelector('sir-donate')!.state)).toBe('ready');
  expect(await page.evaluate(() => window.__events.map((e) => e.type))).not.toContain(
    'sir-donate-submit',
  );
  expect(createLinks).toEqual([]);
  expect((await sandboxLog(request)).filter((e) => e.path.includes('create-link'))).toEqual([]);

  // Correcting the amount clears the error.
  await other.clear();
  await other.fill('30');
  await expect(other).toHaveAttribute('aria-invalid', 'false');
  await expect(donate).toHaveAccessibleName('Donate $30');
});
