// 5. A donation with the keyboard only.
import { test, expect } from '@playwright/test';
import { e2ePage, expectState, resetSandbox, withoutHotReload } from './helpers';

test.beforeEach(async ({ page, request }) => {
  await resetSandbox(request);
  await withoutHotReload(page);
});

test('keyboard only: amount, monthly, Donate, checkout', async ({ page }) => {
  await page.goto(e2ePage({ key: 'acme' }));
  await expectState(page, 'ready');
  const radio = (name: string) => page.getByRole('radio', { name, exact: true });

  // Tab into the widget: the selected amount is the group's one tab stop.
  await page.keyboard.press('Tab');
  await expect(radio('$10')).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(radio('$25')).toBeFocused();
  await expect(radio('$25')).toBeChecked();
  await page.keyboard.press('ArrowRight');
  await expect(radio('$50')).toBeFocused();
  await expect(radio('$50')).toBeChecked();

  await page.keyboard.press('Tab');
  await expect(page.getByRole('textbox', { name: 'Other amount' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(radio('One-time')).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(radio('Monthly')).toBeFocused();
  await expect(radio('Monthly')).toBeChecked();

  // acme has tips on: the tip control sits between frequency and Donate.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('combobox', { name: /^Add a tip/ })).toBeFocused();
  await page.keyboard.press('Tab');
  const donate = page.getByRole('button', { name: /^Donate/ });
  await expect(donate).toBeFocused();
  await expect(donate).toHaveAccessibleName('Donate $50 monthly');

  await page.keyboard.press('Enter');
  await page.waitForURL(/^http:\/\/127\.0\.0\.1:8787\/checkout\/pd_/);
  await expect(page.locator('#amount')).toHaveText('$50.00');
  await expect(page.locator('#frequency')).toHaveText('Monthly');
  await expect(page.locator('#tip')).toHaveText('$5.00 (10 %)');
});
