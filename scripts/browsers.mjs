// Browser discovery shared by web-test-runner, Playwright and the benchmark.
// Order: CHROMIUM_PATH, else Playwright's own download when present, else
// Debian's /usr/bin/chromium. Firefox: FIREFOX_PATH, else Debian firefox-esr
// (driven over WebDriver BiDi through Playwright's `moz-firefox` channel).
import { existsSync } from 'node:fs';
import { chromium } from 'playwright';

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // For test/hostile/lifecycle.test.ts' heap bound: `globalThis.gc()` to collect before reading the
  // heap, and an exact, current `performance.memory` (otherwise quantized and cached).
  '--js-flags=--expose-gc',
  '--enable-precise-memory-info',
];

function playwrightOwnChromium() {
  try {
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

/** @returns {string} the Chromium executable to use, or throws with the fix. */
export function chromiumPath() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv} does not exist.`);
    return fromEnv;
  }
  const own = playwrightOwnChromium();
  if (own) return own;
  for (const candidate of ['/usr/lib/chromium/chromium', '/usr/bin/chromium']) {
    if (existsSync(candidate)) return candidate;
  }
  throw new Error(
    'No Chromium found. Install one with `apt-get install -y --no-install-recommends chromium` ' +
      '(Debian), or set CHROMIUM_PATH to a Chromium/Chrome executable.',
  );
}

/** @returns {string | undefined} Debian firefox-esr when installed (optional engine). */
export function firefoxPath() {
  if (process.env.SKIP_FIREFOX) return undefined;
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  const candidate = '/usr/lib/firefox-esr/firefox-esr';
  return existsSync(candidate) ? candidate : undefined;
}
