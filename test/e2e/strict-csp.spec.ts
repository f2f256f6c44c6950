// A partner page under a strict Content-Security-Policy (HTTP header), loading
// the *built* CDN module (dist/cdn/sir-donate.js, `npm run build` first) from
// its own origin: both widgets (English, and German from the on-demand
// translation chunk) reach `ready`, a donation goes through create-link to the
// hosted checkout, and the page sees **zero** `securitypolicyviolation` events,
// in Chromium and Firefox.
//
//   default-src 'none'; script-src 'self'; style-src 'self';
//   connect-src <API>; img-src <API> https:; require-trusted-types-for 'script'
//
// That policy is the minimum: the negative checks below take each widget
// directive away (or pin Trusted Types policy names without `lit-html`) and
// see the violation it causes, and a raw innerHTML shows that Trusted Types
// are enforced at all (so zero violations means something): in Chromium, and
// in Firefox ESR 153 too, which enforces them as well.
//
// The page and the bundle come from a small HTTP server this file starts on
// loopback (`script-src 'self'`: the bundle must share the page's origin; a
// route-fulfilled document has no address, and Chromium's Local Network
// Access checks would then refuse its calls to the API). The API is a private
// sandbox on an ephemeral port (so other suites' fault injection on :8787
// cannot reach it); `<API>` above is its origin. docs/reliability.md has the
// partner-facing recipe.
import { readFileSync, readdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { test, expect, type Page } from '@playwright/test';
import { startSandbox, type RunningSandbox } from '../../demo/sandbox/server';

/** The build to serve; SIR_DONATE_CDN_DIR points elsewhere (e.g. a `vite build --outDir` of a work in progress). */
const CDN_DIR = process.env.SIR_DONATE_CDN_DIR ?? 'dist/cdn';
const KEY = 'pk_test_2b3050c21bf6503a146cc7d524a8c4de01de98aa51922fbc085f2b07540ce234'; // acme

interface Violation {
  directive: string;
  violated: string;
  blocked: string;
  sample: string;
  source: string;
  disposition: string;
}

/** The widget's directives, in the order the brief gives them. */
function directives(api: string): Record<string, string> {
  return {
    'default-src': "'none'",
    'script-src': "'self'",
    'style-src': "'self'",
    'connect-src': api,
    'img-src': `${api} https:`,
    'require-trusted-types-for': "'script'",
  };
}

const serialize = (d: Record<string, string>) =>
  Object.entries(d)
    .map(([name, value]) => `${name} ${value}`)
    .join('; ');

/** Policies by name; `strict` is the one the widget must live with. */
function policies(api: string): Record<string, string> {
  const d = directives(api);
  const without = (name: string) =>
    Object.fromEntries(Object.entries(d).filter(([k]) => k !== name));
  return {
    strict: serialize(d),
    // A partner who also pins Trusted Types policy names: Lit's policy is the only one needed.
    'pinned-tt': serialize({ ...d, 'trusted-types': 'lit-html' }),
    // Negative checks: each must produce a violation.
    'tt-without-lit': serialize({ ...d, 'trusted-types': "'none'" }),
    'no-connect-src': serialize(without('connect-src')),
    'no-img-src': serialize(without('img-src')),
  };
}

/** The partner page: the module from its own origin, an English and a German widget. */
function partnerPage(api: string): string {
  const widget = (id: string, extra = '') =>
    `<sir-donate id="${id}" publishable-key="${KEY}" api-base="${api}" nonprofit="american-red-cross"${extra}></sir-donate>`;
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <title>Partner page under a strict CSP</title>
    <!-- An icon the policy allows: without one, Firefox fetches /favicon.ico under img-src
         (not allowed here) and reports a violation that has nothing to do with the widget. -->
    <link rel="icon" href="${api}/logos/american-red-cross.svg">
    <script type="module" src="/dist/cdn/sir-donate.js"></script>
  </head>
  <body>
    <h1>Give</h1>
    ${widget('en-widget')}
    ${widget('de-widget', ' locale="de"')}
  </body>
</html>`;
}

let sandbox: RunningSandbox;
let server: Server;
let origin = '';
let policy: Record<string, string> = {};
/** Paths the page server answered with 200 (reset per test). */
let served: string[] = [];

test.beforeAll(async () => {
  // A snapshot of the build: a rebuild running meanwhile (rm -rf dist) cannot pull files away.
  const files = new Map<string, Buffer>();
  try {
    files.set('/dist/cdn/sir-donate.js', readFileSync(`${CDN_DIR}/sir-donate.js`));
    for (const f of readdirSync(`${CDN_DIR}/locales`))
      files.set(`/dist/cdn/locales/${f}`, readFileSync(`${CDN_DIR}/locales/${f}`));
  } catch (e) {
    throw new Error(
      `${CDN_DIR} is missing or incomplete: run \`npm run build\` first (${String(e)})`,
    );
  }
  sandbox = await startSandbox({ port: 0, quiet: true });
  policy = policies(sandbox.url);
  const html = partnerPage(sandbox.url);
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (url.pathname === '/strict.html' && policy[url.searchParams.get('csp') ?? '']) {
      served.push(url.pathname);
      res
        .writeHead(200, {
          'content-type': 'text/html; charset=utf-8',
          'content-security-policy': policy[url.searchParams.get('csp')!]!,
          'cache-control': 'no-store',
        })
        .end(html);
      return;
    }
    const file = files.get(url.pathname);
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    served.push(url.pathname);
    res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' }).end(file);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
  server?.closeAllConnections();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  await sandbox?.close();
});

test.beforeEach(() => {
  served = [];
  sandbox.state.reset();
});

/**
 * Collects `securitypolicyviolation` events and page errors. Violations are
 * also sent through the console, so the ones fired just before a navigation
 * (the checkout redirect) are not lost with the page.
 */
interface Seen {
  violations: Violation[];
  pageErrors: string[];
}

function collect(page: Page): Seen {
  const out: Seen = { violations: [], pageErrors: [] };
  page.on('console', (m) => {
    const text = m.text();
    if (text.startsWith('[csp] ')) out.violations.push(JSON.parse(text.slice(6)) as Violation);
  });
  page.on('pageerror', (e) => out.pageErrors.push(String(e)));
  return out;
}

async function open(page: Page, name: string): Promise<Seen> {
  const seen = collect(page);
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.info(
        `[csp] ${JSON.stringify({
          directive: e.effectiveDirective,
          violated: e.violatedDirective,
          blocked: e.blockedURI,
          sample: e.sample,
          source: e.sourceFile,
          disposition: e.disposition,
        })}`,
      );
    });
  });
  const response = await page.goto(`${origin}/strict.html?csp=${name}`);
  expect(response?.headers()['content-security-policy']).toBe(policy[name]);
  return seen;
}

const state = (page: Page, id: string) =>
  page.evaluate(
    (sel) => (document.getElementById(sel) as (Element & { state?: string }) | null)?.state,
    id,
  );

async function expectState(page: Page, id: string, value: string) {
  await expect.poll(() => state(page, id), { timeout: 15_000, message: `${id}.state` }).toBe(value);
}

/** Violation events are dispatched asynchronously: give late ones a moment. */
const settle = (page: Page) => page.waitForTimeout(300);

for (const name of ['strict', 'pinned-tt'] as const) {
  test(`${name}: ready in two languages, a donation to the checkout, zero CSP violations`, async ({
    page,
  }) => {
    const seen = await open(page, name);
    await expectState(page, 'en-widget', 'ready');
    await expectState(page, 'de-widget', 'ready');
    const en = page.locator('#en-widget');
    const de = page.locator('#de-widget');

    // Rendered and styled (constructable stylesheets, which style-src does not govern).
    await expect(en.getByRole('button', { name: 'Donate $10' })).toBeVisible();
    expect(await en.evaluate((el) => el.shadowRoot!.adoptedStyleSheets.length)).toBeGreaterThan(0);
    expect(
      await en.getByRole('button', { name: /^Donate/ }).evaluate((b) => getComputedStyle(b).cursor),
      'the widget stylesheet applies',
    ).toBe('pointer');
    // The German chunk came from the page's own origin, and its strings are on screen.
    await expect(de.getByRole('button', { name: /spenden$/ })).toBeVisible();
    await expect(de.getByRole('radiogroup', { name: 'Spendenbetrag' })).toBeVisible();
    expect(served.filter((p) => p.startsWith('/dist/cdn/'))).toEqual([
      '/dist/cdn/sir-donate.js',
      expect.stringMatching(/^\/dist\/cdn\/locales\/de-[\w-]+\.js$/),
    ]);
    // The nonprofit's logo (img-src).
    await expect
      .poll(() =>
        en
          .locator('img')
          .first()
          .evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0),
      )
      .toBe(true);

    await settle(page);
    expect(seen.violations, 'violations before donating').toEqual([]);

    // A donation: $50, create-link, the redirect to the hosted checkout.
    await en.getByRole('radio', { name: '$50' }).check();
    await en.getByRole('button', { name: 'Donate $50' }).click();
    await page.waitForURL((url) => url.href.startsWith(`${sandbox.url}/checkout/pd_`), {
      waitUntil: 'commit',
    });
    const donations = [...sandbox.state.donations.values()];
    expect(donations).toHaveLength(1);
    expect(donations[0]).toMatchObject({ amount: 5000, currency: 'USD', frequency: 'once' });

    expect(seen.violations, 'violations, donation included').toEqual([]);
    expect(seen.pageErrors).toEqual([]);
  });
}

test('the policy is the minimum: each part removed shows up as a violation', async ({
  context,
  browserName,
}) => {
  test.setTimeout(90_000);
  // Each check in a new tab: a tab's sessionStorage would otherwise serve the widget's
  // cached config and nonprofit, and no request would be made at all.
  const check = async (name: string, body: (page: Page, seen: Seen) => Promise<void>) => {
    const page = await context.newPage();
    try {
      await body(page, await open(page, name));
    } finally {
      await page.close();
    }
  };

  // 1. Trusted Types are enforced in this engine (so "zero violations" above means something):
  //    a raw string into innerHTML is refused and reported.
  await check('strict', async (page, seen) => {
    await expectState(page, 'en-widget', 'ready');
    const result = await page.evaluate(() => {
      try {
        document.createElement('div').innerHTML = '<b>raw</b>';
        return 'assigned';
      } catch (e) {
        return (e as Error).name;
      }
    });
    await settle(page);
    console.log(`[${browserName}] raw innerHTML under require-trusted-types-for: ${result}`);
    expect(result).toBe('TypeError');
    expect(seen.violations).toEqual([
      expect.objectContaining({
        directive: 'require-trusted-types-for',
        sample: expect.stringContaining('<b>raw</b>'),
      }),
    ]);
  });
  // 2. Policy names pinned without Lit's `lit-html`: the bundle cannot create its policy, and
  //    the element is never defined.
  await check('tt-without-lit', async (page, seen) => {
    await expect
      .poll(() => seen.violations)
      .toContainEqual(expect.objectContaining({ directive: 'trusted-types', sample: 'lit-html' }));
    expect(await page.evaluate(() => customElements.get('sir-donate') === undefined)).toBe(true);
  });
  // 3. No connect-src: the API calls are blocked (the element reports NETWORK_ERROR).
  await check('no-connect-src', async (page, seen) => {
    await expectState(page, 'en-widget', 'error');
    await settle(page);
    expect(seen.violations.length).toBeGreaterThan(0);
    for (const v of seen.violations) {
      expect(v).toMatchObject({ directive: 'connect-src' });
      expect(v.blocked).toContain(sandbox.url);
    }
  });
  // 4. No img-src: the nonprofit's logo is blocked (the widget itself works).
  await check('no-img-src', async (page, seen) => {
    await expectState(page, 'en-widget', 'ready');
    await expect.poll(() => seen.violations.map((v) => v.directive)).toContain('img-src');
    for (const v of seen.violations) {
      expect(v).toMatchObject({ directive: 'img-src' });
      expect(v.blocked).toMatch(/\/logos\/american-red-cross\.svg$/);
    }
  });
});
