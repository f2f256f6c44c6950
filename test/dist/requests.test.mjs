// Request budgets of the built CDN module (deterministic, no timing): widgets
// on one page share one config and one organization request, and a session
// (sessionStorage) reuses them across navigations. Chromium via Playwright,
// the sandbox API as a child process (`node --import tsx demo/sandbox/cli.ts`,
// ephemeral port), pages and dist/cdn from a small static server.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { after, before, test } from 'node:test';
import { chromium } from 'playwright';

import { chromiumArgs, chromiumPath } from '../../scripts/browsers.mjs';
import {
  ROOT,
  requestCounter,
  resetSandbox,
  sandboxLog,
  startStaticServer,
  tally,
  widgetPage,
} from '../../scripts/bench/harness.mjs';

const NONPROFIT = 'american-red-cross';
/** The config and organization GETs of a tally (what the budgets are about). */
const lookups = (t) => ({ config: t.config, organization: t.organization, otherApi: t.otherApi });
const ONE_EACH = { config: 1, organization: 1, otherApi: 0 };

let sandbox;
let sandboxUrl;
let site;
let browser;
let key;

/** Starts the sandbox CLI on port 0 and reads its URL from the banner. */
function startSandboxProcess() {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'demo/sandbox/cli.ts', '--port', '0', '--quiet'],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`sandbox did not start within 15 s\n${out}\n${err}`));
    }, 15_000);
    child.stdout.on('data', (d) => {
      out += d;
      const m = /listening on (http:\/\/\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        child.stdout.removeAllListeners('data');
        child.stdout.resume();
        resolve({ child, url: m[1] });
      }
    });
    child.stderr.on('data', (d) => (err += d));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`sandbox exited with ${code}\n${out}\n${err}`));
    });
  });
}

before(async () => {
  ({ child: sandbox, url: sandboxUrl } = await startSandboxProcess());
  const health = await fetch(`${sandboxUrl}/__sandbox/health`);
  assert.equal(health.status, 200);
  const keys = await (await fetch(`${sandboxUrl}/__sandbox/keys`)).json();
  key = keys.find((p) => p.slug === 'acme').publishableKey;
  site = await startStaticServer((path) => {
    const m = /^\/widgets-(\d+)\.html$/.exec(path);
    if (m) return widgetPage({ count: Number(m[1]), key, apiBase: sandboxUrl, nonprofit: NONPROFIT });
    return undefined;
  });
  browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
});

after(async () => {
  await browser?.close();
  await site?.close();
  if (sandbox && sandbox.exitCode === null) {
    const exited = new Promise((r) => sandbox.once('exit', r));
    sandbox.kill('SIGTERM');
    await exited;
  }
});

/** Loads a page of `count` widgets and waits until every one is ready. */
async function view(page, count) {
  await page.goto(`${site.url}/widgets-${count}.html`, { waitUntil: 'load' });
  await page.waitForFunction(() => window.__bench.allReady !== null, null, { timeout: 10_000 });
  const states = await page.evaluate(() =>
    [...document.querySelectorAll('sir-donate')].map((el) => el.state),
  );
  assert.deepEqual(states, Array(count).fill('ready'));
  // Give a late, unexpected request the chance to show up.
  await page.evaluate(() => new Promise((r) => setTimeout(r, 150)));
}

async function inFreshContext(fn) {
  const context = await browser.newContext();
  try {
    return await fn(await context.newPage());
  } finally {
    await context.close();
  }
}

for (const count of [1, 50]) {
  test(`${count} widget(s), same key and nonprofit: 1 config + 1 organization request`, async () => {
    await resetSandbox(sandboxUrl);
    await inFreshContext(async (page) => {
      const counter = requestCounter(page, sandboxUrl);
      await view(page, count);
      counter.stop();
      assert.deepEqual(lookups(tally(counter.seen)), ONE_EACH, 'requests seen by the browser');
    });
    // The sandbox saw the same (its log also holds the preflights, not counted here).
    assert.deepEqual(lookups(tally(await sandboxLog(sandboxUrl))), ONE_EACH, 'requests served');
  });
}

test('5 navigations in one session: 1 config + 1 organization request in total', async () => {
  await resetSandbox(sandboxUrl);
  await inFreshContext(async (page) => {
    const counter = requestCounter(page, sandboxUrl);
    for (let i = 0; i < 5; i++) await view(page, 1);
    counter.stop();
    assert.deepEqual(lookups(tally(counter.seen)), ONE_EACH, 'requests seen by the browser');
  });
  assert.deepEqual(lookups(tally(await sandboxLog(sandboxUrl))), ONE_EACH, 'requests served');
});
