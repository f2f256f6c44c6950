// Shared by scripts/bench.mjs (npm run bench) and test/dist/requests.test.mjs:
// a tiny static server for dist/cdn plus generated pages, the pages themselves
// (widget pages and their plain-link baselines) with in-page instrumentation,
// and request counting against the sandbox.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** dist/cdn, or BENCH_CDN_DIR (a CDN build elsewhere, e.g. to compare two builds). */
export const CDN_DIR = process.env.BENCH_CDN_DIR
  ? `${process.env.BENCH_CDN_DIR.replace(/\/+$/, '')}/`
  : fileURLToPath(new URL('../../dist/cdn/', import.meta.url));

const TYPES = {
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
};

/**
 * Serves `pages` (path → HTML, generated on the fly) and `dist/cdn/**` under
 * `/cdn/`, on an ephemeral loopback port. No caching headers: every fresh
 * browser context fetches the bundle again (from the loopback, so transfer
 * time is near zero; parse and evaluation are what is measured).
 * @param {Map<string, string> | ((path: string) => string | undefined)} pages
 */
export async function startStaticServer(pages) {
  const pageFor = typeof pages === 'function' ? pages : (p) => pages.get(p);
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const send = (status, type, body) => {
      res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' });
      res.end(body);
    };
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'text/plain', 'method');
      if (url.pathname === '/favicon.ico') return send(204, 'text/plain', '');
      const page = pageFor(url.pathname);
      if (page !== undefined) return send(200, TYPES['.html'], page);
      if (url.pathname.startsWith('/cdn/')) {
        const rel = normalize(decodeURIComponent(url.pathname.slice('/cdn/'.length)));
        if (rel.startsWith('..') || rel.includes(`..${sep}`) || rel.startsWith(sep)) {
          return send(403, 'text/plain', 'forbidden');
        }
        const body = await readFile(CDN_DIR + rel);
        return send(200, TYPES[extname(rel)] ?? 'application/octet-stream', body);
      }
      send(404, 'text/plain', 'not found');
    } catch {
      send(404, 'text/plain', 'not found');
    }
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve(undefined));
        server.closeAllConnections();
      }),
  };
}

/**
 * In-page instrumentation, a classic inline script in <head> (so it runs
 * before the deferred module):
 * - `sir-donate-ready` events (they bubble and are composed) → time of the
 *   first one and of the N-th one (all widgets ready);
 * - when the module has defined the element (customElements.whenDefined);
 * - first render of the first and the last widget: a requestAnimationFrame
 *   loop looks into the open shadow roots before each frame is rendered; the
 *   first frame that finds `[part=base]` is the frame that paints it, and a
 *   MessageChannel message posted from that rAF callback runs right after
 *   the frame's rendering step, so its time ≈ the first paint of the widget
 *   (skeleton or, if data came first, the form);
 * - PerformanceObserver for `paint` (first-contentful-paint) and `longtask`.
 * All times are `performance.now()`, i.e. ms since navigation start.
 */
export const INSTRUMENT = `
(() => {
  const B = (window.__bench = {
    want: document.currentScript.dataset.widgets | 0,
    defined: null, readyCount: 0, firstReady: null, allReady: null,
    firstRender: null, firstRenderKind: null, allRender: null,
    fcp: null, longtasks: [],
  });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) B.longtasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') B.fcp = e.startTime;
    }).observe({ type: 'paint', buffered: true });
  } catch {}
  customElements.whenDefined('sir-donate').then(() => (B.defined = performance.now()));
  document.addEventListener('sir-donate-ready', () => {
    const t = performance.now();
    B.readyCount += 1;
    if (B.firstReady === null) B.firstReady = t;
    if (B.readyCount === B.want) B.allReady = t;
  });
  if (!B.want) return;
  const afterPaint = (set) => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => set(performance.now());
    ch.port2.postMessage(0);
  };
  const frame = () => {
    const all = document.querySelectorAll('sir-donate');
    const first = all[0]?.shadowRoot, last = all[all.length - 1]?.shadowRoot;
    if (B.firstRender === null && !B._f && first?.querySelector('[part=base],[part=opener]')) {
      B._f = true;
      B.firstRenderKind = first.querySelector('.skeleton') ? 'skeleton' : 'content';
      afterPaint((t) => (B.firstRender = t));
    }
    if (all.length === B.want && !B._l && last?.querySelector('[part=base],[part=opener]')) {
      B._l = true;
      afterPaint((t) => (B.allRender = t));
    }
    if (!B._l) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
})();
`;

const shell = (title, head, body, widgets) => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<script data-widgets="${widgets}">${INSTRUMENT}</script>
${head}
</head>
<body>
${body}
</body>
</html>
`;

/**
 * A page with `count` widgets (same key and nonprofit) and nothing else to
 * paint, so its first contentful paint is the first widget's (footer text).
 * No light-DOM fallback: it would paint before the upgrade and hide the
 * widget's own first paint.
 */
export function widgetPage({ count, key, apiBase, nonprofit = 'american-red-cross', src }) {
  const el = `<sir-donate publishable-key="${key}" api-base="${apiBase}" nonprofit="${nonprofit}"></sir-donate>`;
  return shell(
    `${count} widget(s)`,
    `<script type="module" src="${src ?? '/cdn/sir-donate.js'}"></script>`,
    Array.from({ length: count }, () => el).join('\n'),
    count,
  );
}

/** The baseline: the same page with a plain link in place of each widget, no script. */
export function linkPage({ count }) {
  return shell(
    `${count} link(s)`,
    '',
    Array.from(
      { length: count },
      () => '<p><a href="https://partner.example/donate">Donate</a></p>',
    ).join('\n'),
    0,
  );
}

/**
 * Counts what a page sends to the sandbox: browser-side via page.on('request')
 * (Chromium does not surface CORS preflights there, so OPTIONS usually reads
 * 0), and server-side from the sandbox's request log, which also holds the
 * preflights. Call `start()` after resetting the sandbox, `stop()` to detach.
 */
export function requestCounter(page, sandboxUrl) {
  const seen = [];
  const onRequest = (r) => {
    if (r.url().startsWith(`${sandboxUrl}/`)) {
      seen.push({ method: r.method(), path: new URL(r.url()).pathname });
    }
  };
  page.on('request', onRequest);
  return {
    seen,
    stop: () => page.off('request', onRequest),
  };
}

/** Clears the sandbox's request log (and rate-limit buckets, donations, faults). */
export async function resetSandbox(sandboxUrl) {
  const res = await fetch(`${sandboxUrl}/__sandbox/reset`, { method: 'POST' });
  if (!res.ok) throw new Error(`sandbox reset: HTTP ${res.status}`);
}

/** The sandbox's request log, without its own control endpoints. */
export async function sandboxLog(sandboxUrl) {
  const res = await fetch(`${sandboxUrl}/__sandbox/log`);
  if (!res.ok) throw new Error(`sandbox log: HTTP ${res.status}`);
  /** @type {{ method: string, path: string, status: number }[]} */
  const log = await res.json();
  return log.filter((e) => !e.path.startsWith('/__sandbox/'));
}

/** Tally of sandbox requests: config / organization GETs, preflights, other. */
export function tally(entries) {
  const t = { config: 0, organization: 0, otherApi: 0, preflight: 0, other: 0 };
  for (const { method, path } of entries) {
    if (method === 'OPTIONS') t.preflight += 1;
    else if (path === '/v1/partner/config') t.config += 1;
    else if (path.startsWith('/v1/partner/organizations/')) t.organization += 1;
    else if (path.startsWith('/v1/')) t.otherApi += 1;
    else t.other += 1;
  }
  return t;
}
