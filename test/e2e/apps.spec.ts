// The example apps (demo/apps, built from the package by `npm run build:apps`
// and served by demo/apps/serve.mjs on 5174): in React 19 (the element with
// sir-donate/jsx, and the sir-donate/react wrapper), Vue 3 (isCustomElement,
// :amounts.prop) and plain HTML (the IIFE with SRI), the widget mounts against
// the sandbox, takes its props (amounts as an array property, currency) and
// its events reach the app (ready, change).
import { test, expect, type Page } from '@playwright/test';

const APPS = `http://127.0.0.1:${process.env.APPS_PORT ?? 5174}`;
// The apps default to the sandbox on 8787; another SANDBOX_PORT goes in the URL.
const API_BASE = `http://127.0.0.1:${process.env.SANDBOX_PORT ?? 8787}`;

interface AppEvent {
  app: string;
  widget: string;
  type: string;
  detail: any;
}

const appEvents = (page: Page): Promise<AppEvent[]> =>
  page.evaluate(() => (window as unknown as { __appEvents?: AppEvent[] }).__appEvents ?? []);

async function expectEvent(page: Page, widget: string, type: string): Promise<AppEvent> {
  await expect
    .poll(async () => (await appEvents(page)).some((e) => e.widget === widget && e.type === type), {
      message: `${type} from #${widget}`,
    })
    .toBe(true);
  return (await appEvents(page)).filter((e) => e.widget === widget && e.type === type).at(-1)!;
}

async function open(page: Page, path: string): Promise<void> {
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(err.message));
  const response = await page.goto(`${APPS}${path}?api-base=${encodeURIComponent(API_BASE)}`);
  expect(response?.status(), `${path} (built? npm run build:apps)`).toBe(200);
  // Playwright's own check that nothing threw while the app started.
  await page.waitForLoadState('load');
  expect(errors).toEqual([]);
}

/** Amounts were set as an array property, rendered as radios; a pick emits change. */
async function pickAmount(
  page: Page,
  widget: string,
  label: string,
  amount: number,
  currency: string,
): Promise<void> {
  const radio = page.locator(`#${widget}`).getByRole('radio', { name: label, exact: true });
  await radio.check();
  await expect
    .poll(async () =>
      (await appEvents(page)).some(
        (e) =>
          e.widget === widget &&
          e.type === 'sir-donate-change' &&
          e.detail.amount === amount &&
          e.detail.currency === currency,
      ),
    )
    .toBe(true);
}

const isArrayProperty = (page: Page, widget: string): Promise<unknown> =>
  page.evaluate((id) => {
    const el = document.getElementById(id) as (HTMLElement & { amounts?: unknown }) | null;
    return Array.isArray(el?.amounts) ? el.amounts : `not an array: ${String(el?.amounts)}`;
  }, widget);

test('React 19: the element with JSX props and on<event> listeners, and the wrapper', async ({
  page,
}) => {
  await open(page, '/react/');

  // 1. <sir-donate> in React 19 JSX.
  const ready = await expectEvent(page, 'direct', 'sir-donate-ready');
  expect(ready.detail.testMode).toBe(true);
  expect(ready.detail.nonprofit?.slug).toBe('american-red-cross');
  expect(await isArrayProperty(page, 'direct')).toEqual([5, 15, 30]);
  await expect(
    page.locator('#direct').getByRole('radio', { name: '€30', exact: true }),
  ).toBeVisible();
  await pickAmount(page, 'direct', '€15', 1500, 'EUR');
  // A React state change reaches the element as a property.
  await page.getByRole('button', { name: /Switch currency/ }).click();
  await pickAmount(page, 'direct', '£30', 3000, 'GBP');
  // The slotted footer from JSX is shown.
  await expect(page.locator('#direct')).toContainText('Thanks from the React app');

  // 2. The @lit/react wrapper.
  await expectEvent(page, 'wrapped', 'sir-donate-ready');
  expect(await isArrayProperty(page, 'wrapped')).toEqual([7, 14, 21]);
  await pickAmount(page, 'wrapped', '£21', 2100, 'GBP');

  await expect(page.locator('#log li').first()).toContainText('sir-donate-ready');
});

test('Vue 3: isCustomElement, :amounts.prop and @sir-donate-* listeners', async ({ page }) => {
  await open(page, '/vue/');
  const ready = await expectEvent(page, 'vue-widget', 'sir-donate-ready');
  expect(ready.detail.partner.slug).toBe('acme');
  expect(await isArrayProperty(page, 'vue-widget')).toEqual([5, 15, 30]);
  await pickAmount(page, 'vue-widget', '€30', 3000, 'EUR');
  await page.getByRole('button', { name: /Switch currency/ }).click();
  await pickAmount(page, 'vue-widget', '£15', 1500, 'GBP');
  await expect(page.locator('#vue-widget')).toContainText('Thanks from the Vue app');
  await expect(page.locator('#log li')).not.toHaveCount(0);
});

test('plain HTML: the IIFE with SRI, attributes, an array property and listeners', async ({
  page,
}) => {
  await open(page, '/plain/');
  const script = page.locator('script[src="./sir-donate.iife.js"]');
  await expect(script).toHaveAttribute('integrity', /^sha384-/);
  await expectEvent(page, 'plain-widget', 'sir-donate-ready');
  expect(await isArrayProperty(page, 'plain-widget')).toEqual([5, 15, 30, 60]);
  await pickAmount(page, 'plain-widget', '€60', 6000, 'EUR');
  expect(await page.title()).toMatch(/\(v\d+\.\d+\.\d+/);
});

// Two copies on one page: the CDN script and an npm build (served from dist/
// by the demo's Vite dev server, which resolves its bare imports).
test.describe('the CDN script and the npm build on one page', () => {
  const PAGE = '/demo/apps/two-copies/';
  /** The npm build's define module, bare imports resolved by the dev server. */
  const NPM_DEFINE = '/dist/define.js';

  function collectWarnings(page: Page): string[] {
    const warnings: string[] = [];
    page.on('console', (m) => {
      // (The dev server serves Lit's development build, which warns about that.)
      if (m.type() === 'warning' && !/Lit is in dev mode/.test(m.text())) warnings.push(m.text());
    });
    page.on('pageerror', (err) => warnings.push(`pageerror: ${err.message}`));
    return warnings;
  }

  test('same version: the first definition stays, nothing throws or warns', async ({ page }) => {
    const warnings = collectWarnings(page);
    await page.goto(PAGE);
    await page.addScriptTag({ url: '/dist/cdn/sir-donate.iife.js' });
    const result = await page.evaluate(async (defineUrl) => {
      const cdn = (window as unknown as { SirDonate: { SirDonate: unknown; VERSION: string } })
        .SirDonate;
      const npm = await import(/* @vite-ignore */ defineUrl);
      npm.defineSirDonate();
      return {
        cdnWins: customElements.get('sir-donate') === cdn.SirDonate,
        distinctCopies: npm.SirDonate !== cdn.SirDonate,
        upgraded:
          document.getElementById('widget') instanceof (cdn.SirDonate as typeof HTMLElement),
        sameVersion: (npm.SirDonate as { version: string }).version === cdn.VERSION,
      };
    }, NPM_DEFINE);
    expect(result).toEqual({
      cdnWins: true,
      distinctCopies: true,
      upgraded: true,
      sameVersion: true,
    });
    expect(warnings.filter((w) => /already defined|pageerror/.test(w))).toEqual([]);
  });

  test('another version first: defining warns exactly once and does not throw', async ({
    page,
  }) => {
    const warnings = collectWarnings(page);
    await page.goto(PAGE);
    const result = await page.evaluate(async (defineUrl) => {
      class Older extends HTMLElement {
        static version = '0.0.1';
      }
      customElements.define('sir-donate', Older);
      const npm = await import(/* @vite-ignore */ defineUrl);
      npm.defineSirDonate(); // again: still one warning
      npm.defineSirDonate();
      return customElements.get('sir-donate') === Older;
    }, NPM_DEFINE);
    expect(result).toBe(true);
    await expect.poll(() => warnings.length).toBeGreaterThan(0);
    await page.waitForTimeout(200);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(
      /<sir-donate> is already defined by version 0\.0\.1; version \d+\.\d+\.\d+/,
    );
  });
});
