// npm run bench (= node --import tsx scripts/bench.mjs): start-up cost of the
// CDN build of <sir-donate> in Chromium (Playwright) against the sandbox API
// on loopback. Writes docs/benchmarks.md and docs/benchmarks.svg.
// Needs `npm run build` first. Nothing here asserts on time: the numbers are
// reported, never judged (the deterministic request budgets live in
// test/dist/requests.test.mjs).
//
// BENCH_RUNS=n sets the repetitions per page (default 7).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join, relative } from 'node:path';
import { brotliCompressSync, constants as zc, gzipSync } from 'node:zlib';
import { chromium } from 'playwright';

import { startSandbox } from '../demo/sandbox/server.ts';
import { sandboxKeys } from '../demo/sandbox/seed.ts';
import { chromiumArgs, chromiumPath } from './browsers.mjs';
import {
  CDN_DIR,
  ROOT,
  linkPage,
  requestCounter,
  resetSandbox,
  sandboxLog,
  startStaticServer,
  tally,
  widgetPage,
} from './bench/harness.mjs';
import { bundleCosts } from './bench/bundle-costs.mjs';
import { barChart } from './bench/chart.mjs';

const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 7) | 0);
const SIZES = [1, 10, 50];
const MOUNT_CYCLES = 1000;
const NAVIGATIONS = 5;
const NONPROFIT = 'american-red-cross';
const KEY = sandboxKeys.acme;
const MD = join(ROOT, 'docs/benchmarks.md');
const SVG = join(ROOT, 'docs/benchmarks.svg');

const t0 = Date.now();
const loadBefore = os.loadavg();
const log = (msg) => console.log(`[bench ${((Date.now() - t0) / 1000).toFixed(1)}s] ${msg}`);

if (!existsSync(join(CDN_DIR, 'sir-donate.js'))) {
  console.error('dist/cdn/sir-donate.js is missing: run `npm run build` first.');
  process.exit(1);
}

// ---- helpers ---------------------------------------------------------------------------------

const median = (xs) => {
  const s = xs.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return NaN;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const ms = (x) => (Number.isFinite(x) ? `${x.toFixed(x < 10 ? 1 : 0)} ms` : 'n/a');
const ratio = (a, b) => (Number.isFinite(a) && Number.isFinite(b) && b > 0 ? a / b : NaN);
const x = (r) => (Number.isFinite(r) ? `${r.toFixed(2)}×` : 'n/a');
const kb = (n) => (n >= 1024 ? `${(n / 1024).toFixed(1)} KiB` : `${Math.round(n)} B`);
const mib = (n) => `${(n / 1024 / 1024).toFixed(2)} MiB`;
const pause = (page, t) => page.evaluate((t) => new Promise((r) => setTimeout(r, t)), t);

function* walk(dir) {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* walk(path);
    else yield path;
  }
}

// ---- 1. sizes --------------------------------------------------------------------------------

const measure = (path, file) => {
  const bytes = readFileSync(path);
  return {
    file,
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, {
      params: {
        [zc.BROTLI_PARAM_QUALITY]: 11,
        [zc.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    }).length,
  };
};
const sizes = [...walk(CDN_DIR)].map((path) => measure(path, `cdn/${relative(CDN_DIR, path)}`));
// The npm package's modules (unminified ES modules for the partner's bundler), by folder.
const NPM_DIR = join(CDN_DIR, '..');
const npmGroups = new Map();
if (!process.env.BENCH_CDN_DIR)
  for (const path of walk(NPM_DIR)) {
    const rel = relative(NPM_DIR, path);
    if (rel.startsWith('cdn/') || !/\.(m?js|d\.ts)$/.test(rel)) continue;
    // The sandbox bin (one bundled .mjs, for `npx sir-donate sandbox`) is a row of its own.
    const group = rel.endsWith('.mjs')
      ? rel
      : `${rel.includes('/') ? rel.split('/')[0] + '/' : ''}*${rel.endsWith('.d.ts') ? '.d.ts' : '.js'}`;
    const m = measure(path, rel);
    const g = npmGroups.get(group) ?? { file: group, files: 0, raw: 0, gzip: 0, brotli: 0 };
    for (const k of ['raw', 'gzip', 'brotli']) g[k] += m[k];
    g.files++;
    npmGroups.set(group, g);
  }
log(`sizes: ${sizes.length} CDN files, ${npmGroups.size} npm groups`);

// ---- servers and browser ---------------------------------------------------------------------

// A high rate limit: the bench loads the same key hundreds of times a minute.
const sandbox = await startSandbox({ port: 0, quiet: true, rateLimitPerMinute: 1_000_000 });
const pages = new Map();
for (const n of SIZES) {
  pages.set(
    `/widgets-${n}.html`,
    widgetPage({ count: n, key: KEY, apiBase: sandbox.url, nonprofit: NONPROFIT }),
  );
  pages.set(`/links-${n}.html`, linkPage({ count: n }));
}
const site = await startStaticServer(pages);
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
const chromiumVersion = browser.version();
log(`Chromium ${chromiumVersion}, sandbox ${sandbox.url}, pages ${site.url}`);

async function withPage(fn) {
  const context = await browser.newContext();
  try {
    return await fn(await context.newPage(), context);
  } finally {
    await context.close();
  }
}

const WAIT = { timeout: 20_000, polling: 'raf' };

/** One load of a widget page in a fresh context (empty sessionStorage). */
async function widgetRun(n) {
  await resetSandbox(sandbox.url);
  return withPage(async (page) => {
    await page.goto(`${site.url}/widgets-${n}.html`, { waitUntil: 'load' });
    await page.waitForFunction(
      () => {
        const b = window.__bench;
        return b.allReady !== null && b.allRender !== null && b.firstRender !== null;
      },
      null,
      WAIT,
    );
    await pause(page, 150); // let the longtask / paint observers deliver
    return page.evaluate(() => {
      const b = window.__bench;
      const nav = performance.getEntriesByType('navigation')[0];
      return {
        firstRender: b.firstRender,
        firstRenderKind: b.firstRenderKind,
        allRender: b.allRender,
        firstReady: b.firstReady,
        allReady: b.allReady,
        fcp: b.fcp,
        load: nav.loadEventEnd,
        defined: b.defined,
        bundle: performance
          .getEntriesByType('resource')
          .find((r) => r.name.endsWith('/sir-donate.js'))?.responseEnd,
        api: Math.max(
          ...performance
            .getEntriesByType('resource')
            .filter((r) => r.name.includes('/v1/partner/'))
            .map((r) => r.responseEnd),
        ),
        longtasks: b.longtasks.filter((t) => t.start <= b.allReady),
      };
    });
  });
}

/** One load of the plain-link baseline page in a fresh context. */
async function baselineRun(n) {
  return withPage(async (page) => {
    await page.goto(`${site.url}/links-${n}.html`, { waitUntil: 'load' });
    await page.waitForFunction(
      () =>
        window.__bench.fcp !== null &&
        performance.getEntriesByType('navigation')[0].loadEventEnd > 0,
      null,
      WAIT,
    );
    return page.evaluate(() => ({
      fcp: window.__bench.fcp,
      load: performance.getEntriesByType('navigation')[0].loadEventEnd,
    }));
  });
}

// ---- 2. timings ------------------------------------------------------------------------------

// One discarded warm-up pair (first process-wide compilation, disk caches of the OS).
await baselineRun(1);
await widgetRun(1);

const timing = {};
for (const n of SIZES) {
  const widget = [];
  const baseline = [];
  for (let i = 0; i < RUNS; i++) {
    // Alternate the order so a drift in machine load hits both sides alike.
    if (i % 2) {
      widget.push(await widgetRun(n));
      baseline.push(await baselineRun(n));
    } else {
      baseline.push(await baselineRun(n));
      widget.push(await widgetRun(n));
    }
  }
  const pick = (runs, k) => median(runs.map((r) => r[k]));
  const lt = widget.map((r) => ({
    count: r.longtasks.length,
    total: r.longtasks.reduce((s, t) => s + t.duration, 0),
    blocking: r.longtasks.reduce((s, t) => s + Math.max(0, t.duration - 50), 0),
  }));
  timing[n] = {
    baseFcp: pick(baseline, 'fcp'),
    baseLoad: pick(baseline, 'load'),
    firstRender: pick(widget, 'firstRender'),
    allRender: pick(widget, 'allRender'),
    firstReady: pick(widget, 'firstReady'),
    allReady: pick(widget, 'allReady'),
    fcp: pick(widget, 'fcp'),
    defined: pick(widget, 'defined'),
    bundle: pick(widget, 'bundle'),
    api: pick(widget, 'api'),
    load: pick(widget, 'load'),
    kinds: [...new Set(widget.map((r) => r.firstRenderKind))].join('/'),
    longCount: median(lt.map((l) => l.count)),
    longTotal: median(lt.map((l) => l.total)),
    longBlocking: median(lt.map((l) => l.blocking)),
    longMax: Math.max(...lt.map((l) => l.count)),
  };
  log(
    `${n} widget(s): first paint ${ms(timing[n].firstRender)}, first ready ${ms(timing[n].firstReady)}, ` +
      `all ready ${ms(timing[n].allReady)}; baseline FCP ${ms(timing[n].baseFcp)}, load ${ms(timing[n].baseLoad)}`,
  );
}

// ---- 3. requests -----------------------------------------------------------------------------

const readyAll = (page) => page.waitForFunction(() => window.__bench.allReady !== null, null, WAIT);

async function countedPageView(n) {
  await resetSandbox(sandbox.url);
  return withPage(async (page) => {
    const counter = requestCounter(page, sandbox.url);
    await page.goto(`${site.url}/widgets-${n}.html`, { waitUntil: 'load' });
    await readyAll(page);
    await pause(page, 300); // anything late would show up here
    counter.stop();
    return { browser: tally(counter.seen), server: tally(await sandboxLog(sandbox.url)) };
  });
}

const requests = { 1: await countedPageView(1), 50: await countedPageView(50) };

await resetSandbox(sandbox.url);
requests.session = await withPage(async (page) => {
  const counter = requestCounter(page, sandbox.url);
  const perNav = [];
  for (let i = 0; i < NAVIGATIONS; i++) {
    const before = counter.seen.length;
    await page.goto(`${site.url}/widgets-1.html`, { waitUntil: 'load' });
    await readyAll(page);
    await pause(page, 200);
    perNav.push(tally(counter.seen.slice(before)));
  }
  counter.stop();
  return { browser: tally(counter.seen), server: tally(await sandboxLog(sandbox.url)), perNav };
});
log(`requests: ${JSON.stringify(requests)}`);

// ---- 4. heap ---------------------------------------------------------------------------------

async function heapUsed(page, cdp) {
  // Twice: the first pass can leave objects that only die once finalizers have run.
  await cdp.send('HeapProfiler.collectGarbage');
  await pause(page, 50);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize, totalSize } = await cdp.send('Runtime.getHeapUsage');
  return { used: usedSize, total: totalSize };
}

const heap = {};
heap.baseline = await withPage(async (page) => {
  const cdp = await page.context().newCDPSession(page);
  await page.goto(`${site.url}/links-1.html`, { waitUntil: 'load' });
  return heapUsed(page, cdp);
});

await resetSandbox(sandbox.url);
Object.assign(
  heap,
  await withPage(async (page) => {
    const cdp = await page.context().newCDPSession(page);
    await page.goto(`${site.url}/widgets-1.html`, { waitUntil: 'load' });
    await readyAll(page);
    await pause(page, 200);
    const startup = await heapUsed(page, cdp);
    const counter = requestCounter(page, sandbox.url);
    const cycle = (cycles) =>
      page.evaluate(
        async ({ cycles, key, apiBase, nonprofit }) => {
          let timeouts = 0;
          const t = performance.now();
          for (let i = 0; i < cycles; i++) {
            const el = document.createElement('sir-donate');
            el.setAttribute('publishable-key', key);
            el.setAttribute('api-base', apiBase);
            el.setAttribute('nonprofit', nonprofit);
            let timer;
            const ready = new Promise((resolve) => {
              el.addEventListener('sir-donate-ready', resolve, { once: true });
              timer = setTimeout(() => {
                timeouts += 1;
                resolve(undefined);
              }, 2000);
            });
            document.body.append(el);
            await ready;
            clearTimeout(timer);
            el.remove();
            if (timeouts > 3) break; // not reaching ready: stop rather than wait 1000 × 2 s
          }
          return {
            ms: performance.now() - t,
            timeouts,
            left: document.querySelectorAll('sir-donate').length,
          };
        },
        { cycles, key: KEY, apiBase: sandbox.url, nonprofit: NONPROFIT },
      );
    const run1 = await cycle(MOUNT_CYCLES);
    const after1 = await heapUsed(page, cdp);
    const run2 = await cycle(MOUNT_CYCLES);
    const after2 = await heapUsed(page, cdp);
    counter.stop();
    return { startup, run1, after1, run2, after2, cycleRequests: tally(counter.seen) };
  }),
);
log(`heap: ${JSON.stringify(heap)}`);

await browser.close();
await site.close();
await sandbox.close();

// ---- 5. report -------------------------------------------------------------------------------

const nproc = (() => {
  try {
    return execFileSync('nproc', { encoding: 'utf8' }).trim();
  } catch {
    return String(os.availableParallelism?.() ?? os.cpus().length);
  }
})();
const cpu = os.cpus()[0]?.model?.trim() ?? 'unknown CPU';
const esm = sizes.find((s) => s.file === 'cdn/sir-donate.js');
// Rebuilt in memory with a source map (same config): each module's share of the CDN module.
const costs = await bundleCosts();
const isDep = (m) => !m.startsWith('src/') && m !== '(glue)';
const depGzip = costs.rows.filter((r) => isDep(r.module)).reduce((n, r) => n + r.gzip, 0);
const costRows = costs.rows.map(
  (r) => `| \`${r.module}\` | ${r.raw.toLocaleString('en')} | ${r.gzip.toLocaleString('en')} |`,
);
const date = new Date().toISOString().slice(0, 10);
const elapsed = ((Date.now() - t0) / 1000).toFixed(0);
const loadAfter = os.loadavg();
const la = (l) => l.map((v) => v.toFixed(1)).join(' / ');
// The run itself loads the machine (Chromium, 50 widgets, the sandbox), so only the load
// before it says whether other jobs were competing.
const busy =
  loadBefore[0] > Number(nproc)
    ? `\n\nThe machine was busy when this run started (1-minute load average
${loadBefore[0].toFixed(1)}, above its ${nproc} cores: other jobs were running), so absolute times
are inflated and noisy; the ratios to the baseline, measured in the same run under
the same load, compare better across runs.`
    : '';

const sizeRows = sizes.map(
  (s) =>
    `| \`${s.file}\` | ${s.raw.toLocaleString('en')} | ${s.gzip.toLocaleString('en')} | ${s.brotli.toLocaleString('en')} |`,
);
const npmRows = [...npmGroups.values()]
  .sort((a, b) => a.file.localeCompare(b.file))
  .map(
    (s) =>
      `| \`${s.file}\` | ${s.files} | ${s.raw.toLocaleString('en')} | ${s.gzip.toLocaleString('en')} | ${s.brotli.toLocaleString('en')} |`,
  );
const npmSection = npmRows.length
  ? `\n\nThe npm package's own files (\`dist/\` outside \`cdn/\`: unminified ES modules and
their types, which the partner's bundler minifies and tree-shakes; lit and zod are
dependencies, not included), summed by folder, each file compressed alone:

| Files | Count | Raw | gzip | brotli |
| --- | ---: | ---: | ---: | ---: |
${npmRows.join('\n')}`
  : '';

const timeRows = SIZES.map((n) => {
  const t = timing[n];
  return (
    `| ${n} | ${ms(t.baseFcp)} | ${ms(t.baseLoad)} | ${ms(t.firstRender)} (${t.kinds}) | ${x(ratio(t.firstRender, t.baseFcp))} ` +
    `| ${ms(t.fcp)} | ${ms(t.firstReady)} | ${x(ratio(t.firstReady, t.baseLoad))} | ${ms(t.allReady)} | ${x(ratio(t.allReady, t.baseLoad))} |`
  );
});

const stepRows = SIZES.map((n) => {
  const t = timing[n];
  return `| ${n} | ${ms(t.bundle)} | ${ms(t.defined)} | ${ms(t.firstRender)} | ${ms(t.api)} | ${ms(t.allReady)} | ${ms(t.load)} |`;
});

const longRows = SIZES.map((n) => {
  const t = timing[n];
  return `| ${n} | ${t.longCount} (max ${t.longMax}) | ${ms(t.longTotal)} | ${ms(t.longBlocking)} |`;
});

const reqRow = (label, r) =>
  `| ${label} | ${r.browser.config} | ${r.browser.organization} | ${r.browser.otherApi} | ${r.server.preflight} | ${r.server.other} |`;

const perNav = requests.session.perNav
  .map((t, i) => `${i + 1}: ${t.config}+${t.organization}`)
  .join(', ');

const chart = barChart({
  title: `<sir-donate> start-up, medians of ${RUNS} runs (ms since navigation start)`,
  groups: SIZES.map((n) => ({
    label: `${n} widget${n > 1 ? 's' : ''}`,
    values: [timing[n].baseFcp, timing[n].baseLoad, timing[n].firstRender, timing[n].allReady],
  })),
  series: [
    { name: 'baseline FCP (links)', color: '#b8c2cc' },
    { name: 'baseline load (links)', color: '#7b8794' },
    { name: 'widget first paint', color: '#f0a030' },
    { name: 'all widgets ready', color: '#c0392b' },
  ],
});
writeFileSync(SVG, chart);

let md = `# Benchmarks

Start-up cost of the CDN build (\`dist/cdn/sir-donate.js\`) in Chromium, against
the local sandbox API on loopback. Generated by \`npm run bench\`
(\`scripts/bench.mjs\`) on ${date}; the whole run took ${elapsed} s. These are
measurements of one machine, not budgets: nothing fails on a slow number. The
deterministic budgets (request counts) are checked by \`npm test\` in
\`test/dist/requests.test.mjs\`.${busy}

## Method

- **Machine:** ${nproc} CPU cores (\`nproc\`), ${cpu}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM,
  ${os.platform()} ${os.release()}; load average (1/5/15 min) ${la(loadBefore)} at the start
  and ${la(loadAfter)} at the end of the run; Node ${process.version}; Chromium ${chromiumVersion}
  (headless, Playwright ${JSON.parse(readFileSync(join(ROOT, 'node_modules/playwright/package.json'), 'utf8')).version}).
- **Bundle:** ${process.env.BENCH_CDN_DIR ? `the CDN build in \`${process.env.BENCH_CDN_DIR}\` (\`BENCH_CDN_DIR\`), not \`dist/cdn\`` : '`dist/cdn` from `npm run build`'}.
- **Pages:** generated HTML served by a small \`node:http\` server on an ephemeral
  loopback port, with \`dist/cdn/**\` under \`/cdn/\` (\`Cache-Control: no-store\`).
  A widget page holds 1, 10 or 50 \`<sir-donate>\` elements with the same key
  (sandbox partner \`acme\`), \`api-base\` = the sandbox URL (another port, so
  every API call is cross-origin with a CORS preflight) and
  \`nonprofit="american-red-cross"\`, loaded by \`<script type="module">\` in
  \`<head>\`, \`<html lang="en">\` (no translation chunk). There is no light-DOM
  fallback and nothing else on the page, so the page's first contentful paint
  is the widget's. The **baseline** is the same page with a plain
  \`<a href>\` link in place of each widget and no script.
- **Runs:** ${RUNS} runs per page after one discarded warm-up, each in a fresh
  browser context (empty HTTP cache and \`sessionStorage\`, so every widget run
  fetches config and organization), widget and baseline runs interleaved.
  Tables show medians; ratios are median ÷ median of the same bench run.
- **Timers:** all times are \`performance.now()\` in the page, i.e. ms since
  navigation start. *Ready*: \`sir-donate-ready\` (it bubbles and is composed)
  caught on \`document\`, the first one and the N-th. *First paint* of a widget:
  a \`requestAnimationFrame\` loop started by an inline script before the module
  looks into the first widget's open shadow root before every frame; the first
  frame that finds \`[part=base]\` is the frame that paints it, and a
  \`MessageChannel\` message posted from that callback runs right after that
  frame's rendering step, which is the time reported (what was painted,
  skeleton or form, is noted). The page's own FCP (PerformanceObserver
  \`paint\`) is shown as a cross-check. Baseline: FCP and \`loadEventEnd\`.
- **Long tasks:** PerformanceObserver \`longtask\` (> 50 ms on the main thread)
  from the start of the page until all widgets are ready; *blocking* is the
  sum of each task's time over 50 ms.
- **Requests:** \`page.on('request')\` counts what the page sends to the
  sandbox; CORS preflights are not reported there by Chromium, so they are
  counted from the sandbox's own request log (\`/__sandbox/log\`), reset before
  each measurement. The session row is ${NAVIGATIONS} navigations of one tab in one
  context (\`sessionStorage\` survives, the in-memory cache does not).
- **Heap:** CDP \`HeapProfiler.collectGarbage\` (twice) then
  \`Runtime.getHeapUsage\` (V8 heap in use). Mount cycle: create a
  \`<sir-donate>\` with the same attributes, append it, wait for its
  \`sir-donate-ready\` (from the cache), remove it.

## Size of the shipped files

Bytes; gzip level 9, brotli quality 11 (\`node:zlib\`). A page in English loads
\`sir-donate.js\` only; a translation chunk is fetched on demand for its locale.

| File | Raw | gzip | brotli |
| --- | ---: | ---: | ---: |
${sizeRows.join('\n')}

Where the bytes of \`sir-donate.js\` go (${costs.gzip.toLocaleString('en')} B gzip when rebuilt with a
source map for this table; \`node scripts/bench/bundle-costs.mjs\` prints it). Every byte of the
minified file is attributed to the module it came from; *gzip* is what the file loses when that
module's bytes are taken out. These marginals do not add up to the total, because gzip shares
repeats between modules. The dependencies (Lit, zod/mini) come to ${depGzip.toLocaleString('en')} B
this way. The goal of ${(24 * 1024).toLocaleString('en')} B (issue #10) is ${(esm.gzip - 24 * 1024).toLocaleString('en')} B away.

| Module | Raw | gzip |
| --- | ---: | ---: |
${costRows.join('\n')}

The build minifies the templates and CSS
(minify-literals) and runs a second minifier pass (terser).${npmSection}

## Start-up time

Medians of ${RUNS} runs, ms since navigation start.

![Start-up time chart](benchmarks.svg)

| Widgets | Baseline FCP | Baseline load | Widget first paint | ÷ baseline FCP | Page FCP | First ready | ÷ baseline load | All ready | ÷ baseline load |
| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
${timeRows.join('\n')}

Where the time goes (medians, ms since navigation start): the bundle's
response received, the element defined (module evaluated), the first widget
painted, the last config/organization response received, all widgets ready,
the page's \`load\` event.

| Widgets | Bundle received | Element defined | First paint | API responses | All ready | Page load |
| ---: | ---: | ---: | ---: | ---: | ---: | ---: |
${stepRows.join('\n')}

## Long tasks during start-up

| Widgets | Long tasks (median) | Total (median) | Blocking over 50 ms (median) |
| ---: | ---: | ---: | ---: |
${longRows.join('\n')}

## API requests per page view

Config and organization: GETs seen by the browser; preflights: OPTIONS in the
sandbox log; other: non-API requests the sandbox served (the nonprofit's logo
image; later navigations take it from the HTTP cache).

| Page view | Config | Organization | Other API | CORS preflights | Other (logo) served |
| --- | ---: | ---: | ---: | ---: | ---: |
${reqRow('1 widget', requests[1])}
${reqRow('50 widgets, same key and nonprofit', requests[50])}
${reqRow(`${NAVIGATIONS} navigations, one session (total)`, requests.session)}

Per navigation (config + organization): ${perNav}.

## JS heap

| Moment | V8 heap used |
| --- | ---: |
| Baseline page (1 link, no script) | ${mib(heap.baseline.used)} |
| 1 widget, after start-up | ${mib(heap.startup.used)} |
| after ${MOUNT_CYCLES.toLocaleString('en')} mount cycles | ${mib(heap.after1.used)} (${signed(heap.after1.used - heap.startup.used)}) |
| after ${(2 * MOUNT_CYCLES).toLocaleString('en')} mount cycles | ${mib(heap.after2.used)} (${signed(heap.after2.used - heap.startup.used)}; second ${MOUNT_CYCLES.toLocaleString('en')}: ${signed(heap.after2.used - heap.after1.used)}, ${signed((heap.after2.used - heap.after1.used) / MOUNT_CYCLES)} per cycle) |

The two batches of ${MOUNT_CYCLES.toLocaleString('en')} cycles took ${ms(heap.run1.ms)} and ${ms(heap.run2.ms)} (${ms(heap.run1.ms / MOUNT_CYCLES)} and ${ms(heap.run2.ms / MOUNT_CYCLES)} per mount-to-ready cycle); ${timeoutText(heap.run1.timeouts + heap.run2.timeouts)}.
They made ${heap.cycleRequests.config + heap.cycleRequests.organization + heap.cycleRequests.otherApi} API requests (config and organization came from the cache) and left ${heap.run2.left} \`<sir-donate>\` in the page (1 expected: the page's own).
`;

function timeoutText(n) {
  return n ? `${n} cycles did not reach ready within 2 s` : 'every cycle reached ready';
}

function signed(n) {
  return `${n >= 0 ? '+' : '−'}${kb(Math.abs(n))}`;
}

try {
  const prettier = await import('prettier');
  const options = (await prettier.resolveConfig(MD)) ?? {};
  md = await prettier.format(md, { ...options, filepath: MD });
} catch (err) {
  console.warn(`prettier not applied: ${err.message}`);
}
writeFileSync(MD, md);
log(`wrote ${relative(ROOT, MD)} and ${relative(ROOT, SVG)}`);
