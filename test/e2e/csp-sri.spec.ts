// The CDN snippet of docs/integration.md under the Content-Security-Policy the
// guide gives partners, served as a response header: the widget loads from a
// (fake) CDN origin with its SRI hash, reaches `ready` against the sandbox and
// the page sees zero `securitypolicyviolation` events: no inline styles or
// scripts, no eval (zod's JIT probe is off), nothing fetched from elsewhere.
// A tampered file with the published hash does not run.
//
// The partner page comes from a small HTTP server this file starts on
// loopback (a route-fulfilled document has no address, and Chromium's Local
// Network Access checks would then refuse its calls to the sandbox); the CDN
// files (dist/cdn) are route-fulfilled on https://cdn.sir-donate.test.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { test, expect, type Page } from '@playwright/test';

const SANDBOX = `http://127.0.0.1:${process.env.SANDBOX_PORT ?? 8787}`;
const CDN = 'https://cdn.sir-donate.test';
const VERSION = JSON.parse(readFileSync('package.json', 'utf8')).version as string;
const CDN_DIR = `${CDN}/npm/sir-donate@${VERSION}/dist/cdn/`;
const KEY = 'pk_test_2b3050c21bf6503a146cc7d524a8c4de01de98aa51922fbc085f2b07540ce234';

// Read in beforeAll, so a missing build fails these tests, not the collection of every spec.
let integrity: Record<string, string> = {};

/**
 * The policy docs/integration.md gives partners (its `Content-Security-Policy:`
 * line for live keys), with the hosts of this test put in: the fake CDN, the
 * sandbox as the API and as the logo host. `default-src 'none'` and
 * `style-src 'none'` around it make sure the widget needs nothing more.
 */
function partnerPolicy(): string {
  const docs = readFileSync('docs/integration.md', 'utf8');
  const line = /^Content-Security-Policy: (.*script-src https:\/\/cdn\.jsdelivr\.net.*)$/m.exec(
    docs,
  );
  if (!line) throw new Error('docs/integration.md: no Content-Security-Policy line for the CDN');
  const documented = line[1]!;
  expect(documented).not.toMatch(/unsafe-inline|unsafe-eval|unsafe-hashes|wasm-unsafe-eval/);
  const policy = documented
    .replace('https://cdn.jsdelivr.net', CDN)
    .replace('https://api.sirgiving.org', SANDBOX)
    .replace(/img-src https:/, `img-src https: ${SANDBOX}`);
  expect(policy, 'the documented policy has the three directives').toMatch(
    new RegExp(`script-src ${CDN}.*connect-src ${SANDBOX}.*img-src https: ${SANDBOX}`),
  );
  return `default-src 'none'; style-src 'none'; base-uri 'none'; form-action 'none'; ${policy}`;
}

const cdnFile = (file: string): Buffer => readFileSync(`dist/cdn/${file}`);

async function serveCdn(page: Page, tamper = false): Promise<string[]> {
  const served: string[] = [];
  await page.route(`${CDN}/**`, async (route) => {
    const url = new URL(route.request().url());
    const file = url.pathname.slice(new URL(CDN_DIR).pathname.length);
    let body: Buffer;
    try {
      body = cdnFile(file);
    } catch {
      await route.fulfill({ status: 404, body: 'not found' });
      return;
    }
    if (tamper) body = Buffer.concat([body, Buffer.from('\n;window.__tampered = true;\n')]);
    served.push(file);
    await route.fulfill({
      status: 200,
      body,
      headers: {
        'content-type': 'text/javascript; charset=utf-8',
        'access-control-allow-origin': '*',
        'cache-control': 'public, max-age=31536000, immutable',
      },
    });
  });
  return served;
}

/** The partner page: the documented snippet, two widgets (English, and French from a chunk). */
function partnerPage(kind: 'module' | 'iife'): string {
  const file = kind === 'module' ? 'sir-donate.js' : 'sir-donate.iife.js';
  const script =
    kind === 'module'
      ? `<script type="module" src="${CDN_DIR}${file}" integrity="${integrity[file]}" crossorigin="anonymous"></script>`
      : `<script src="${CDN_DIR}${file}" integrity="${integrity[file]}" crossorigin="anonymous" defer></script>`;
  const widget = (id: string, locale: string) =>
    `<sir-donate id="${id}" locale="${locale}" publishable-key="${KEY}" api-base="${SANDBOX}" nonprofit="american-red-cross"></sir-donate>`;
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <title>Partner page under CSP</title>
    <!-- Firefox fetches /favicon.ico otherwise, which img-src (not the widget) refuses. -->
    <link rel="icon" href="${CDN}/favicon.ico">
    ${script}
  </head>
  <body>
    <h1>Give</h1>
    ${widget('en-widget', 'en')}
    ${widget('fr-widget', 'fr')}
  </body>
</html>`;
}

let server: Server;
let pageOrigin = '';

test.beforeAll(async () => {
  try {
    integrity = JSON.parse(readFileSync('dist/cdn/integrity.json', 'utf8'));
  } catch {
    throw new Error('dist/cdn/integrity.json is missing: run `npm run build` first');
  }
  const policy = partnerPolicy();
  server = createServer((req, res) => {
    const kind = /^\/(module|iife)\.html$/.exec(req.url ?? '')?.[1] as
      'module' | 'iife' | undefined;
    if (!kind) {
      res.writeHead(404).end();
      return;
    }
    res
      .writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'content-security-policy': policy,
        'cache-control': 'no-store',
      })
      .end(partnerPage(kind));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  pageOrigin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
  if (!server) return;
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

async function openPartnerPage(page: Page, kind: 'module' | 'iife'): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as {
      __violations: unknown[];
      __ready: string[];
      __scriptErrors: string[];
    };
    w.__violations = [];
    w.__ready = [];
    w.__scriptErrors = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      w.__violations.push({
        directive: e.effectiveDirective,
        blocked: e.blockedURI,
        sample: e.sample,
        source: e.sourceFile,
      });
    });
    document.addEventListener('sir-donate-ready', (e) => {
      w.__ready.push((e.target as Element).id);
    });
    // Script load failures (an SRI mismatch) do not bubble: capture them.
    window.addEventListener(
      'error',
      (e) => {
        const el = e.target as HTMLScriptElement | null;
        if (el && el.tagName === 'SCRIPT') w.__scriptErrors.push(el.src);
      },
      true,
    );
  });
  const response = await page.goto(`${pageOrigin}/${kind}.html`);
  expect(response?.headers()['content-security-policy']).toBe(partnerPolicy());
}

const violations = (page: Page) =>
  page.evaluate(() => (window as unknown as { __violations: unknown[] }).__violations);

for (const kind of ['module', 'iife'] as const) {
  test(`${kind}: the SRI snippet reaches ready under the documented CSP with zero violations`, async ({
    page,
  }) => {
    const served = await serveCdn(page);
    await openPartnerPage(page, kind);

    await expect
      .poll(() => page.evaluate(() => (window as unknown as { __ready: string[] }).__ready.sort()))
      .toEqual(['en-widget', 'fr-widget']);
    // The widgets rendered (styles applied through adoptedStyleSheets) in both languages.
    await expect(page.locator('#en-widget').getByRole('button', { name: /^Donate/ })).toBeVisible();
    await expect(page.locator('#fr-widget').getByRole('button', { name: /^Donner/ })).toBeVisible();
    const sheets = await page
      .locator('#en-widget')
      .evaluate((el) => el.shadowRoot!.adoptedStyleSheets.length);
    expect(sheets).toBeGreaterThan(0);
    // The logo (img-src) loaded.
    await expect
      .poll(() =>
        page
          .locator('#en-widget img')
          .first()
          .evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0),
      )
      .toBe(true);
    // Interaction renders more (tip, total) without a violation either.
    await page.locator('#en-widget').getByRole('radio', { name: '$50' }).check();
    await expect(
      page.locator('#en-widget').getByRole('button', { name: 'Donate $50' }),
    ).toBeVisible();

    if (kind === 'module') {
      expect(served[0]).toBe('sir-donate.js');
      expect(served.some((f) => f.startsWith('locales/fr-'))).toBe(true); // the chunk, same CDN
    } else {
      expect(served).toEqual(['sir-donate.iife.js']); // everything inlined, one hash covers it
    }
    await page.waitForTimeout(300); // violation events are dispatched asynchronously
    expect(await violations(page)).toEqual([]);
  });

  test(`${kind}: a tampered CDN file with the published hash does not run`, async ({ page }) => {
    await serveCdn(page, true);
    await openPartnerPage(page, kind);
    await expect
      .poll(() =>
        page.evaluate(() => (window as unknown as { __scriptErrors: string[] }).__scriptErrors),
      )
      .toEqual([`${CDN_DIR}${kind === 'module' ? 'sir-donate.js' : 'sir-donate.iife.js'}`]);
    await page.waitForLoadState('load');
    const state = await page.evaluate(() => ({
      defined: customElements.get('sir-donate') !== undefined,
      tampered: (window as unknown as { __tampered?: boolean }).__tampered === true,
      ready: (window as unknown as { __ready: string[] }).__ready,
    }));
    expect(state).toEqual({ defined: false, tampered: false, ready: [] });
    expect(await violations(page)).toEqual([]);
  });
}
