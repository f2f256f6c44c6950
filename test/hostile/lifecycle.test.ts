// Lifecycle: 1,000 connect/disconnect cycles (one element moved in and out,
// and new elements), bursts of attribute changes, and disconnects while a
// status poll or a request is running. Timers and window/document listeners
// are counted by wrapping the globals for the duration of each test; requests
// by the fetch seam (settled or aborted vs pending). Any widget timer or
// listener still live at the end is a leak, the adapter's per-request timeout
// timers included. In Chromium (launched with --expose-gc and precise memory
// info, scripts/browsers.mjs) the heap retained by the 1,000 cycles after GC
// is bounded too; Firefox exposes neither, so there the heap is not measured.
import { expect } from '@open-wc/testing';
import {
  FakeApi,
  KEY,
  NONPROFIT,
  resetPage,
  root,
  type Route,
  type SirDonate,
} from '../ui/helpers.js';
import { fakePopup, hostileFetch, watchErrors, type HostileReply } from './support.js';

// ---- Tracking timers and listeners ----

interface Live {
  what: string;
  stack: string;
}

// A frame of the widget's own code, as served by the test runner (not node_modules/…/src/).
const WIDGET_FRAME = /\/\/[^/\s]+\/src\/(api|core|ui|i18n|theme)\/[\w.-]+\.ts/;

/** Where in the widget a stack was taken (first widget frame), or '' when the widget is not on it. */
const widgetFrame = (stack: string): string =>
  stack
    .split('\n')
    .find((l) => WIDGET_FRAME.test(l))
    ?.replace(/^.*?\/src\//, 'src/')
    .replace(/[?)].*$/, '')
    .trim() ?? '';

type Timer = ReturnType<typeof setTimeout>;

/**
 * Wraps setTimeout/setInterval (and their clears) and window/document
 * add/removeEventListener until `restore()`. `live()` lists timers not yet
 * fired or cleared and listeners not removed, each with the stack that made it.
 */
function track() {
  const raw = {
    setTimeout: window.setTimeout,
    clearTimeout: window.clearTimeout,
    setInterval: window.setInterval,
    clearInterval: window.clearInterval,
  };
  const timers = new Map<Timer, Live>();
  const listeners = new Map<string, Live & { target: EventTarget }>();
  const ids = new WeakMap<object, number>();
  let next = 0;
  const idOf = (o: object) => {
    if (!ids.has(o)) ids.set(o, ++next);
    return ids.get(o)!;
  };
  const stack = () => new Error().stack ?? '';

  type Schedule = (this: Window, fn: TimerHandler, ms?: number, ...args: unknown[]) => Timer;
  const w = window as unknown as Record<string, unknown>;
  w.setTimeout = (fn: TimerHandler, ms?: number, ...args: unknown[]) => {
    const id: Timer = (raw.setTimeout as unknown as Schedule).call(
      window,
      (...a: unknown[]) => {
        timers.delete(id);
        if (typeof fn === 'function') (fn as (...x: unknown[]) => void)(...a);
      },
      ms,
      ...args,
    );
    timers.set(id, { what: `setTimeout ${String(ms)} ms`, stack: stack() });
    return id;
  };
  w.setInterval = (fn: TimerHandler, ms?: number, ...args: unknown[]) => {
    const id = (raw.setInterval as unknown as Schedule).call(window, fn, ms, ...args);
    timers.set(id, { what: `setInterval ${String(ms)} ms`, stack: stack() });
    return id;
  };
  w.clearTimeout = (id?: Timer) => {
    if (id !== undefined) timers.delete(id);
    raw.clearTimeout.call(window, id);
  };
  w.clearInterval = (id?: Timer) => {
    if (id !== undefined) timers.delete(id);
    raw.clearInterval.call(window, id);
  };

  const targets: [EventTarget, string][] = [
    [window, 'window'],
    [document, 'document'],
  ];
  const originals = targets.map(([t]) => ({
    add: t.addEventListener,
    remove: t.removeEventListener,
  }));
  const keyOf = (
    name: string,
    type: string,
    l: EventListenerOrEventListenerObject | null,
    o?: boolean | EventListenerOptions,
  ) => `${name} ${type} ${l ? idOf(l) : 0} ${typeof o === 'boolean' ? o : Boolean(o?.capture)}`;
  targets.forEach(([t, name], i) => {
    const { add, remove } = originals[i]!;
    const o = t as unknown as Record<string, unknown>;
    o.addEventListener = function (
      type: string,
      l: EventListenerOrEventListenerObject | null,
      opts?: boolean | AddEventListenerOptions,
    ) {
      // `once` listeners and those with a signal remove themselves: not counted.
      if (l && !(typeof opts === 'object' && (opts.once || opts.signal)))
        listeners.set(keyOf(name, type, l, opts), {
          what: `${name} ${type}`,
          stack: stack(),
          target: t,
        });
      return add.call(t, type, l, opts);
    };
    o.removeEventListener = function (
      type: string,
      l: EventListenerOrEventListenerObject | null,
      opts?: boolean | EventListenerOptions,
    ) {
      listeners.delete(keyOf(name, type, l, opts));
      return remove.call(t, type, l, opts);
    };
  });

  return {
    raw,
    /** Live timers and listeners; `widget` keeps those the widget's own code made. */
    live(widget = true): Live[] {
      const all = [...timers.values(), ...listeners.values()];
      return widget ? all.filter((x) => widgetFrame(x.stack)) : all;
    },
    restore(): void {
      Object.assign(window, raw);
      targets.forEach(([t], i) => {
        const o = t as unknown as Record<string, unknown>;
        delete o.addEventListener;
        delete o.removeEventListener;
        // Own properties only when the prototype's were shadowed above.
        if (t.addEventListener !== originals[i]!.add) o.addEventListener = originals[i]!.add;
        if (t.removeEventListener !== originals[i]!.remove)
          o.removeEventListener = originals[i]!.remove;
      });
    },
  };
}

const describeLive = (xs: Live[]) =>
  xs.map((x) => `${x.what} from ${widgetFrame(x.stack) || 'test code'}`).join('\n  ');

// ---- Elements ----

interface Rig {
  api: FakeApi;
  net: ReturnType<typeof hostileFetch>;
  tracker: ReturnType<typeof track>;
  container: HTMLElement;
  make(attrs?: Record<string, string>): SirDonate;
  /** A macrotask on the real clock (not counted). */
  tick(ms?: number): Promise<void>;
  until(el: SirDonate, ok: () => boolean, timeout?: number): Promise<void>;
}

function rig(plan: Parameters<typeof hostileFetch>[0] = {}): Rig {
  const tracker = track();
  const api = new FakeApi();
  const net = hostileFetch(plan, api);
  const container = document.createElement('div');
  document.body.append(container);
  const tick = (ms = 0) => new Promise<void>((r) => tracker.raw.setTimeout.call(window, r, ms));
  return {
    api,
    net,
    tracker,
    container,
    tick,
    // The same seams as test/ui/helpers.ts `mount`, without its fixture and polling timers,
    // and without a `sleep` seam: the adapter's own timers are under test.
    make(attrs = {}) {
      const el = document.createElement('sir-donate');
      el.donation.clientOptions = { fetch: net.fetch, storage: null, random: () => 0 };
      el.donation.pollOptions = { initialDelayMs: 20 };
      el.donation.navigator = { assign: (url) => void api.navigations.push(url) };
      for (const [k, x] of Object.entries({
        'publishable-key': KEY,
        nonprofit: NONPROFIT,
        ...attrs,
      }))
        el.setAttribute(k, x);
      return el;
    },
    async until(el, ok, timeout = 4000) {
      const end = performance.now() + timeout;
      for (;;) {
        await el.updateComplete;
        if (ok()) return;
        if (performance.now() > end) throw new Error(`timed out in state ${el.state}`);
        await tick(1);
      }
    },
  };
}

const ready = (el: SirDonate) => el.state === 'ready' && !root(el).querySelector('.skeleton');
const gc = (globalThis as { gc?: () => void }).gc;
// Read afresh each time: Chromium's `performance.memory` is a new snapshot on every access.
const memory = () =>
  (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize;
/**
 * The V8 heap in use after a full collection, or undefined without `gc()` and
 * `performance.memory` (Firefox). Collected a few times, a task apart, so that
 * finalizers and weak references queued by one pass are gone in the next.
 */
async function heapAfterGc(tick: () => Promise<void>): Promise<number | undefined> {
  if (!gc || memory() === undefined) return undefined;
  for (let i = 0; i < 3; i++) {
    gc();
    await tick();
  }
  return memory();
}
const mb = (bytes: number, digits = 1) => `${(bytes / 2 ** 20).toFixed(digits)} MB`;
const signedMb = (bytes: number) => `${bytes < 0 ? '−' : '+'}${mb(Math.abs(bytes), 2)}`;

const report: string[] = [];
const started = performance.now();
const NEW_ELEMENTS = 300;
/**
 * The most the 1,000 cycles and 300 new elements may add to the V8 heap after GC. Measured in
 * Chromium 156: +0.82 to +0.87 MB, nearly all of it one-time (compiled code, caches): 3,000
 * cycles instead of 1,000 add ~0.06 MB more. `usedJSHeapSize` counts the V8 heap only (DOM nodes
 * live in Blink's heap), where a retained element (wrapper, Lit template instance and parts,
 * controller, closures) weighs ~9 KB: keeping the 300 new elements alive measured +3.4 MB.
 */
const HEAP_BOUND = 2 * 2 ** 20;

describe('lifecycle: no timers, listeners or requests left behind', () => {
  let r: Rig | undefined;
  let watch: ReturnType<typeof watchErrors>;
  const onCleanup: (() => void)[] = [];
  beforeEach(() => {
    resetPage();
    watch = watchErrors();
  });
  afterEach(() => {
    onCleanup.splice(0).forEach((f) => f());
    r?.tracker.restore();
    r?.container.remove();
    r = undefined;
    watch.stop();
    expect(watch.errors, 'uncaught errors').to.deep.equal([]);
    resetPage();
  });

  it('1,000 connect/disconnect cycles of one loaded element, then 300 new elements', async function () {
    this.timeout(60000);
    // Before the timers are wrapped: these ticks are not the widget's.
    const h0 = await heapAfterGc(() => new Promise<void>((done) => setTimeout(done, 0)));
    const t0 = performance.now();
    r = rig();
    const { container, make, until, tracker, net } = r;
    const el = make();
    container.append(el);
    await until(el, () => ready(el));
    const other = document.createElement('div');
    document.body.append(other);

    for (let i = 0; i < 1000; i++) {
      if (i % 4 === 0) {
        // Moved to another parent: disconnect and connect in one step.
        (i % 8 === 0 ? other : container).append(el);
      } else {
        el.remove();
        if (i % 4 === 1) {
          container.append(el);
        } else {
          // Out of the page for a task, then back; every other time it finishes loading first.
          await r.tick();
          container.append(el);
          if (i % 4 === 3) await until(el, () => ready(el));
        }
      }
    }
    await until(el, () => ready(el));
    expect(el.state).to.equal('ready');
    el.remove();
    other.remove();

    for (let i = 0; i < NEW_ELEMENTS; i++) {
      const fresh = make({ nonprofit: i % 2 ? NONPROFIT : 'unicef' });
      container.append(fresh);
      if (i % 2) await until(fresh, () => ready(fresh));
      else await fresh.updateComplete;
      fresh.remove();
    }
    await r.tick(50);
    const ms = Math.round(performance.now() - t0);

    const leaks = tracker.live();
    const h1 = await heapAfterGc(() => r!.tick());
    const grown = h0 !== undefined && h1 !== undefined ? h1 - h0 : undefined;
    report.push(
      `cycles: 1000 moves + ${NEW_ELEMENTS} new elements in ${ms} ms; ` +
        `${net.requests.length} requests, ${net.pending().length} pending; ` +
        `${leaks.length} widget timers/listeners live; ` +
        `all live incl. test code: ${tracker.live(false).length}` +
        (grown === undefined
          ? ''
          : `; heap after GC ${mb(h0!)} → ${mb(h1!)} (${signedMb(grown)}, bound ${mb(HEAP_BOUND)})`),
    );
    expect(leaks, `left behind:\n  ${describeLive(leaks)}`).to.deep.equal([]);
    expect(net.pending(), 'requests still pending').to.have.length(0);
    // Config and organization are cached: reconnecting must not refetch them.
    expect(net.requests.length, 'requests').to.be.at.most(4);
    if (grown !== undefined)
      expect(grown, `heap retained after GC: ${signedMb(grown)}`).to.be.below(HEAP_BOUND);
  });

  it('bursts of 200 attribute changes, in one task and task by task', async function () {
    this.timeout(60000);
    r = rig();
    const { container, make, until, tracker, net, api } = r;
    const t0 = performance.now();
    const el = make();
    container.append(el);
    await until(el, () => ready(el));
    const currencies = ['USD', 'EUR', 'JPY', 'EURO', 'KWD'];
    const locales = ['en', 'de', 'fr', 'ja', 'ar', 'pt-BR', 'es', 'zz', 'en-u-nu-arab'];
    // A new nonprofit each time: nothing cached, every load starts its own organization request.
    const change = (i: number) => {
      el.setAttribute('nonprofit', `np-${i}`);
      el.setAttribute('currency', currencies[i % currencies.length]!);
      el.setAttribute('locale', locales[i % locales.length]!);
    };
    for (const [slug, name] of Array.from({ length: 400 }, (_, i) => [`np-${i}`, `NP ${i}`]))
      api.organizations[slug!] = { slug, name };

    // An unknown currency is reported on the console each time: kept out of the log.
    const quiet = console.error;
    let consoleErrors = 0;
    console.error = () => void consoleErrors++;
    onCleanup.push(() => (console.error = quiet));

    // One task: Lit batches them into one update, so one load.
    const n0 = net.requests.length;
    for (let i = 1; i <= 200; i++) change(i);
    await until(el, () => el.state !== 'loading' && !root(el).querySelector('.skeleton'));
    const oneTask = net.requests.length - n0;
    expect(oneTask, 'requests for 200 changes in one task').to.be.at.most(1);

    // Task by task, with the organization route held: every change abandons a load in flight.
    const release = api.hold('organization');
    const n1 = net.requests.length;
    for (let i = 200; i < 400; i++) {
      change(i);
      await el.updateComplete;
    }
    const inFlight = net.pending().length;
    release();
    el.setAttribute('nonprofit', NONPROFIT);
    el.setAttribute('currency', 'USD');
    el.setAttribute('locale', 'en');
    await until(el, () => ready(el));
    await r.tick(50);
    expect(net.pending(), 'requests still pending').to.have.length(0);
    expect(el.state).to.equal('ready');
    el.remove();
    await r.tick(10);
    const leaks = tracker.live();
    report.push(
      `bursts: 200 changes in one task → ${oneTask} request; 200 task by task → ` +
        `${net.requests.length - n1} requests (${inFlight} in flight at once), ` +
        `${net.pending().length} pending after release, ${leaks.length} widget timers/listeners live, ` +
        `${consoleErrors} console errors, in ${Math.round(performance.now() - t0)} ms`,
    );
    expect(leaks, `left behind:\n  ${describeLive(leaks)}`).to.deep.equal([]);
  });

  it('disconnecting while awaiting a popup checkout stops the poller and aborts its request', async function () {
    this.timeout(20000);
    const plan: Partial<Record<Route, HostileReply[]>> = {};
    r = rig(plan);
    const { container, make, until, tracker, net } = r;
    const polls = () => net.requests.filter((q) => q.route === 'status').length;
    const open = window.open;
    window.open = () => fakePopup([]) as unknown as Window;
    try {
      const el = make({ checkout: 'popup' });
      container.append(el);
      await until(el, () => ready(el));
      await el.submit();
      expect(el.state).to.equal('awaiting');
      // Two PENDING answers from the fake API, then every poll hangs: one is in flight at the disconnect.
      await until(el, () => polls() >= 2);
      plan.status = [{ kind: 'hang' }];
      const before = polls();
      await until(el, () => polls() > before);
      const inFlight = net.pending();
      expect(inFlight.map((q) => q.route)).to.deep.equal(['status']);
      expect(tracker.live().some((x) => /^document visibilitychange/.test(x.what))).to.equal(true);

      el.remove();
      await r.tick(10);
      expect(inFlight[0]!.signal?.aborted, 'the status request is aborted').to.equal(true);
      expect(net.pending()).to.have.length(0);
      const after = polls();
      await r.tick(300);
      expect(polls(), 'no poll after disconnect').to.equal(after);
      const leaks = tracker.live();
      expect(leaks, `left behind:\n  ${describeLive(leaks)}`).to.deep.equal([]);
      report.push(
        `awaiting + disconnect: status request aborted, poller stopped, ` +
          `${leaks.length} widget timers/listeners live; ` +
          `state after reconnecting: ${await reconnectState(r, el)}, ` +
          `polls after reconnecting: ${polls() - after}`,
      );
    } finally {
      window.open = open;
    }
  });

  it('disconnecting while polling a redirect donation on return stops the poller', async function () {
    this.timeout(20000);
    r = rig();
    const { container, make, until, tracker, net, api } = r;
    const first = make();
    container.append(first);
    await until(first, () => ready(first));
    await first.submit();
    expect(first.state).to.equal('redirecting');
    expect(api.navigations).to.have.length(1);
    first.remove();

    // The donor is back: a new element finds the pending donation and polls at once.
    const el = make();
    container.append(el);
    await until(el, () => el.state === 'awaiting');
    await until(el, () => net.requests.filter((q) => q.route === 'status').length >= 1);
    el.remove();
    const polls = net.requests.length;
    await r.tick(300);
    expect(net.requests.length, 'no poll after disconnect').to.equal(polls);
    expect(net.pending()).to.have.length(0);
    const leaks = tracker.live();
    expect(leaks, `left behind:\n  ${describeLive(leaks)}`).to.deep.equal([]);
  });

  it('disconnecting while loading leaves the shared look-ups to settle within their timeout', async function () {
    this.timeout(20000);
    r = rig({ config: [{ kind: 'hang' }], organization: [{ kind: 'hang' }] });
    const { container, make, tracker, net } = r;
    const el = make();
    el.donation.clientOptions = { ...el.donation.clientOptions, timeoutMs: 100, budgetMs: 400 };
    container.append(el);
    await el.updateComplete;
    await r.tick(20);
    expect(el.state).to.equal('loading');
    el.remove();
    await r.tick(10);
    // By design (src/api/client.ts `lookup`) the page-wide GET runs without the caller's signal, so
    // a disconnect does not abort it: it stays in flight until its own timeout and retries end.
    const pendingAfterDisconnect = net.pending().length;
    await r.tick(900);
    report.push(
      `loading + disconnect: ${pendingAfterDisconnect} shared look-ups still in flight after the ` +
        `disconnect; ${net.pending().length} after the client's budget (${net.requests.length} attempts)`,
    );
    // The hanging fake never settles; the adapter gave up on it (its attempt's signal is aborted).
    expect(net.pending(), 'attempts not abandoned after the budget').to.have.length(0);
    const leaks = tracker.live();
    expect(leaks, `left behind:\n  ${describeLive(leaks)}`).to.deep.equal([]);
  });

  // An element moved in the page (a framework re-parenting it, a modal portal) while `awaiting`
  // a popup / new-tab checkout disconnects and reconnects: it must resume polling that donation
  // rather than reload into `ready` (a popup donation, unlike a redirect one, is not stored).
  it('moving the element while awaiting a popup checkout keeps awaiting and polling it', async () => {
    r = rig();
    const open = window.open;
    window.open = () => fakePopup([]) as unknown as Window;
    onCleanup.push(() => (window.open = open));
    const el = r.make({ checkout: 'popup' });
    r.container.append(el);
    await r.until(el, () => ready(el));
    await el.submit();
    expect(el.state).to.equal('awaiting');
    document.body.append(el); // moved
    await r.tick(200);
    expect(el.state).to.equal('awaiting');
    r.api.statuses = ['COMPLETED'];
    await r.until(el, () => el.state === 'completed', 2000);
    el.remove();
  });

  // Each request attempt races a per-attempt timeout (setTimeout 10000, src/api/client.ts
  // `defaultSleep`): once the attempt is answered or aborted, that timer must be cleared, or a
  // status poll every 3 s would keep several alive, each holding its closures.
  it('no adapter timer outlives its request', async () => {
    r = rig();
    const el = r.make();
    r.container.append(el);
    await r.until(el, () => ready(el));
    el.remove();
    await r.tick(10);
    expect(describeLive(r.tracker.live())).to.equal('');
  });

  after(() => {
    const engine = /Firefox\//.test(navigator.userAgent) ? 'Firefox' : 'Chromium';
    const secs = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`[${engine}] lifecycle: ${secs} s\n  ${report.join('\n  ')}`);
  });
});

async function reconnectState(r: Rig, el: SirDonate): Promise<string> {
  r.container.append(el);
  await r.until(el, () => el.state !== 'loading');
  await r.tick(200);
  const state = el.state;
  el.remove();
  return state;
}
