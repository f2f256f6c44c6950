// 6. layout="button": a modal dialog with a focus trap, and no scroll jump.
import { test, expect, type Page } from '@playwright/test';
import { e2ePage, expectState, resetSandbox, withoutHotReload } from './helpers';

test.beforeEach(async ({ page, request }) => {
  await resetSandbox(request);
  await withoutHotReload(page);
});

/** Whether the deepest focused element is inside the widget's dialog. */
function focusInDialog(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const root = document.querySelector('sir-donate')!.shadowRoot!;
    const dialog = root.querySelector('dialog');
    const active = root.activeElement;
    return Boolean(dialog?.open && active && dialog.contains(active));
  });
}

const layoutBox = (page: Page) =>
  page.evaluate(() => ({
    scrollY: Math.round(window.scrollY),
    bodyWidth: document.body.getBoundingClientRect().width,
  }));

test('the opener opens a modal dialog that traps focus; Escape returns focus', async ({ page }) => {
  await page.goto(e2ePage({ key: 'acme', layout: 'button', spacer: 1500 }));
  await expectState(page, 'ready');
  const opener = page.getByRole('button', { name: /^Donate/ });
  await expect(opener).toHaveAccessibleName('Donate to American Red Cross');
  await expect(page.getByRole('dialog')).toHaveCount(0);

  await opener.scrollIntoViewIfNeeded();
  const before = await layoutBox(page);
  expect(before.scrollY).toBeGreaterThan(0);

  await opener.click();
  const dialog = page.getByRole('dialog', { name: 'Donate to American Red Cross' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('radiogroup', { name: 'Donation amount' })).toBeVisible();
  await expect.poll(() => focusInDialog(page)).toBe(true);
  expect(await layoutBox(page)).toEqual(before);

  // More Tabs than the dialog has stops, both ways: focus never leaves it.
  for (const key of ['Tab', 'Shift+Tab']) {
    for (let i = 0; i < 10; i++) {
      await page.keyboard.press(key);
      expect(await focusInDialog(page), `${key} #${i + 1}`).toBe(true);
    }
  }

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();
  expect(await layoutBox(page)).toEqual(before);

  // The close button closes it too.
  await opener.click();
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();
  expect(await layoutBox(page)).toEqual(before);
});
