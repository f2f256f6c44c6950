// 1. A full redirect donation on the demo partner page (index.html): the
// hosted checkout on the sandbox, and back.
import { test, expect, type Page } from '@playwright/test';
import {
  DEMO,
  expectState,
  recordEvents,
  recordedEvents,
  resetSandbox,
  withoutHotReload,
} from './helpers';

const CHECKOUT = /^http:\/\/127\.0\.0\.1:8787\/checkout\/pd_[0-9a-f]+/;

test.beforeEach(async ({ page, request }) => {
  await resetSandbox(request);
  await withoutHotReload(page);
  await recordEvents(page);
});

async function startDonation(page: Page): Promise<void> {
  await page.goto('/');
  await expectState(page, 'ready', '#main-widget');
  await page.getByRole('radio', { name: '$25' }).check();
  const donate = page.getByRole('button', { name: /^Donate/ });
  await expect(donate).toHaveAccessibleName('Donate $25');
  await donate.click();
  await page.waitForURL(CHECKOUT);
  await expect(page.locator('#amount')).toHaveText('$25.00');
  await expect(page.locator('#nonprofit')).toHaveText('American Red Cross');
}

test('completes on the hosted checkout and thanks the donor on return', async ({ page }) => {
  await startDonation(page);
  await page.getByRole('button', { name: 'Complete donation' }).click();
  await expect(page.locator('#outcome')).toHaveText('The donation was completed.');

  await page.getByRole('link', { name: /^Return to 127\.0\.0\.1:5173/ }).click();
  await page.waitForURL(`${DEMO}/`);
  await expectState(page, 'completed', '#main-widget');
  await expect(page.getByText('Thank you for your donation!')).toBeVisible();
  await expect(
    page.getByText('Your gift of $25 to American Red Cross was received.'),
  ).toBeVisible();
  await expect(page.getByText('25 SIR tokens awarded')).toBeVisible();

  const statuses = (await recordedEvents(page)).filter((e) => e.type === 'sir-donate-status');
  expect(statuses.map((e) => e.detail.status)).toContain('COMPLETED');
  expect(statuses.at(-1)!.detail.partnerDonationId).toMatch(/^pd_/);

  // "Make another donation" goes back to the form.
  await page.getByRole('button', { name: 'Make another donation' }).click();
  await expectState(page, 'ready', '#main-widget');
});

test('a cancelled checkout returns to the form with a notice', async ({ page }) => {
  await startDonation(page);
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.locator('#outcome')).toHaveText(
    'The donation was cancelled. No money was taken.',
  );

  await page.getByRole('link', { name: /^Return to / }).click();
  await page.waitForURL(`${DEMO}/`);
  await expectState(page, 'ready', '#main-widget');
  await expect(page.getByRole('alert')).toHaveText('The donation was cancelled.');
  await expect(page.getByRole('radiogroup', { name: 'Donation amount' })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Donate/ })).toBeEnabled();

  const statuses = (await recordedEvents(page)).filter((e) => e.type === 'sir-donate-status');
  expect(statuses.map((e) => e.detail.status)).toContain('CANCELLED');
});
