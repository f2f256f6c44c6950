// 8. axe-core (WCAG 2.0/2.1/2.2 A and AA) over the demo pages, after every
// widget has settled: the gallery holds every state, the dark theme and the
// right-to-left widget.
import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { resetSandbox, withoutHotReload } from './helpers';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const SETTLED = ['ready', 'unavailable', 'misconfigured', 'error', 'completed'];

test.beforeEach(async ({ page, request }) => {
  await resetSandbox(request);
  await withoutHotReload(page);
});

/** Every widget has left loading and shows its content (translations included). */
async function settle(page: Page): Promise<void> {
  await expect
    .poll(
      () =>
        page.evaluate((settled) => {
          const widgets = [...document.querySelectorAll('sir-donate')] as (Element & {
            state: string;
          })[];
          return widgets
            .filter(
              (w) => !settled.includes(w.state) || w.shadowRoot?.querySelector('.skeleton') != null,
            )
            .map((w) => `${w.id}: ${w.state}`);
        }, SETTLED),
      { timeout: 25_000, intervals: [100, 250, 500] },
    )
    .toEqual([]);
}

async function axe(page: Page) {
  // resultTypes: full details for violations only (passes keep one node each),
  // which keeps the result small; it matters over Firefox's BiDi transport.
  // options() replaces all options, so it comes before withTags() (runOnly).
  const results = await new AxeBuilder({ page })
    .options({ resultTypes: ['violations'] })
    .withTags(TAGS)
    .analyze();
  const summary = results.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary}`),
  }));
  expect(summary).toEqual([]);
  expect(results.passes.length).toBeGreaterThan(0);
}

test('the widget gallery has no axe violations', async ({ page }) => {
  await page.goto('/demo/gallery.html');
  await settle(page);
  await expect(page.locator('#dark')).toHaveAttribute('theme', 'dark');
  // The dark and right-to-left widgets are covered, rendered as such.
  await expect(page.locator('#dark')).toHaveJSProperty('state', 'ready');
  await expect(page.locator('#rtl [part="base"]')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('#rtl')).toHaveJSProperty('state', 'ready');
  await axe(page);
});

test('the demo partner page has no axe violations', async ({ page }) => {
  await page.goto('/');
  await settle(page);
  await axe(page);
});

test('an open donation dialog has no axe violations', async ({ page }) => {
  await page.goto('/demo/e2e.html?key=acme&layout=button');
  await settle(page);
  await page.getByRole('button', { name: /^Donate/ }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await axe(page);
});
