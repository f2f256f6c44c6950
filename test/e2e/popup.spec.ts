// 2. Popup checkout: the widget waits (state `awaiting`, polling the status)
// while the donor completes the donation in the popup.
import { test, expect } from '@playwright/test';
import {
  e2ePage,
  expectState,
  recordedEvents,
  resetSandbox,
  widgetState,
  withoutHotReload,
} from './helpers';

test.beforeEach(async ({ page, request }) => {
  await resetSandbox(request);
  await withoutHotReload(page);
});

test('a popup checkout completes and the widget reaches completed', async ({ page }) => {
  await page.goto(e2ePage({ key: 'acme', nonprofit: 'american-red-cross', checkout: 'popup' }));
  await expectState(page, 'ready');
  await page.getByRole('radio', { name: '$50' }).check();

  const popupPromise = page.waitForEvent('popup');
  await page.getByRole('button', { name: /^Donate/ }).click();
  const popup = await popupPromise;
  await popup.waitForURL(/^http:\/\/127\.0\.0\.1:8787\/checkout\/pd_[0-9a-f]+$/);
  await expect(popup.locator('#amount')).toHaveText('$50.00');

  // The donor is on the checkout: the widget says so and polls.
  await expectState(page, 'awaiting');
  await expect(page.getByRole('status')).toContainText(
    'Complete your donation in the checkout window',
  );
  const [created] = (await recordedEvents(page)).filter(
    (e) => e.type === 'sir-donate-link-created',
  );
  expect(created!.detail.donationLink).toBe(popup.url());

  await popup.getByRole('button', { name: 'Complete donation' }).click();
  await expect(popup.locator('#outcome')).toHaveText('The donation was completed.');
  expect(await widgetState(page)).toBe('awaiting');

  // The poller starts at ~3 s and backs off ×1.5: allow a few rounds.
  await expectState(page, 'completed', 'sir-donate', 20_000);
  await expect(page.getByText('Thank you for your donation!')).toBeVisible();
  await expect(page.getByText('50 SIR tokens awarded')).toBeVisible();
  const statuses = (await recordedEvents(page)).filter((e) => e.type === 'sir-donate-status');
  expect(statuses.at(-1)!.detail).toEqual({
    partnerDonationId: created!.detail.partnerDonationId,
    status: 'COMPLETED',
  });
  await popup.close();
});
