// Test seams for the API adapter: a recording fake fetch and a virtual clock.
import {
  clearCache,
  createClient,
  type ClientOptions,
  type SirClient,
} from '../../src/api/index.js';
import { SirApiError } from '../../src/api/errors.js';

export const TEST_KEY = `pk_test_${'a1b2c3d4'.repeat(8)}`;
export const LIVE_KEY = `pk_live_${'9f8e7d6c'.repeat(8)}`;

export interface Call {
  url: string;
  init: RequestInit;
}

/** What a fake route answers: a Response, an error to reject with, or 'hang' (never settles). */
export type Reply = Response | Error | 'hang';

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(typeof body === 'string' ? body : JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });
}

/** A fetch that records calls and answers with `reply(call, n)` (n counts from 1). */
export function fakeFetch(reply: (call: Call, n: number) => Reply | Promise<Reply>) {
  const calls: Call[] = [];
  // Body reads in flight: a virtual clock must not move while a real stream is being read.
  let reading = 0;
  const fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
    const call = { url: String(input), init: init ?? {} };
    calls.push(call);
    return Promise.resolve(reply(call, calls.length)).then((r) => {
      if (r === 'hang') return new Promise<Response>(() => {});
      if (r instanceof Error) throw r;
      // A clone, so a scripted Response can answer many calls.
      const res = r.clone();
      const text = res.text.bind(res);
      res.text = () => {
        reading++;
        return text().finally(() => reading--);
      };
      return res;
    });
  }) as typeof globalThis.fetch;
  return { fetch, calls, busy: () => reading > 0 };
}

export const CONFIG = {
  id: '665f1c2e9b1e8a0012ab34cd',
  name: 'Acme Inc',
  slug: 'acme',
  enabledFeatures: ['DONATIONS', 'ACTIONS'],
  rateLimit: 5000,
  isActive: true,
  webhookUrl: 'https://acme.example/webhooks/sir',
  tipConfig: { enabled: true, defaultPercent: 10 },
};

export const ORG = {
  id: 'org_123',
  slug: 'american-red-cross',
  name: 'American Red Cross',
  logoUrl: 'https://cdn.example/logo.png',
  ein: '53-0196605',
  status: 'ACTIVE',
};

/** In-memory Storage with a peek at what was written. */
export function memoryStorage() {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, String(v)),
    removeItem: (k: string) => void map.delete(k),
  };
}

/**
 * Virtual time. `sleep` registers a timer; `run(promise)` lets real tasks drain
 * and, whenever nothing else happens (`busy` says no body is being read), jumps
 * to the next timer. `fired` lists the
 * sleeps that completed (backoff waits and timeouts that expired), in order.
 */
export function virtualClock(start = 0) {
  let t = start;
  let seq = 0;
  const timers: { at: number; seq: number; ms: number; fire: () => void }[] = [];
  const fired: number[] = [];
  const sleep = (ms: number, signal?: AbortSignal) =>
    new Promise<void>((resolve, reject) => {
      const timer = { at: t + ms, seq: seq++, ms, fire: () => resolve() };
      const cancel = () => {
        const i = timers.indexOf(timer);
        if (i >= 0) timers.splice(i, 1);
        reject(signal?.reason);
      };
      if (signal?.aborted) return cancel();
      signal?.addEventListener('abort', cancel, { once: true });
      timers.push(timer);
    });
  // A macrotask without setTimeout's 4 ms clamp.
  const tick = () =>
    new Promise<void>((r) => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => r();
      ch.port2.postMessage(0);
    });
  async function run<T>(p: Promise<T>, busy: () => boolean = () => false): Promise<T> {
    let settled = false;
    p.then(
      () => (settled = true),
      () => (settled = true),
    );
    for (let idle = 0; !settled;) {
      // Let microtasks and body reads finish: only then is the code waiting on a timer.
      for (let i = 0; (i < 2 || busy()) && !settled && i < 10000; i++) await tick();
      if (settled) break;
      timers.sort((a, b) => a.at - b.at || a.seq - b.seq);
      const next = timers.shift();
      if (!next) {
        if (++idle > 50) throw new Error('virtualClock: promise pending with no timer left');
        continue;
      }
      t = Math.max(t, next.at);
      fired.push(next.ms);
      next.fire();
    }
    return p;
  }
  return { sleep, now: () => t, run, fired, pending: () => timers.length };
}

/** A client on a fresh page cache. */
export function client(options: Partial<ClientOptions> & Pick<ClientOptions, 'fetch'>): SirClient {
  return createClient({ publishableKey: TEST_KEY, storage: null, ...options });
}

/** The SirApiError a promise rejects with (fails the test if it resolves). */
export async function rejection(p: Promise<unknown>): Promise<SirApiError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof SirApiError) return e;
    throw new Error(`expected a SirApiError, got ${String(e)}`);
  }
  throw new Error('expected a rejection, but the promise resolved');
}

/** The SirApiError a function throws synchronously. */
export function thrown(fn: () => unknown): SirApiError {
  try {
    fn();
  } catch (e) {
    if (e instanceof SirApiError) return e;
    throw new Error(`expected a SirApiError, got ${String(e)}`);
  }
  throw new Error('expected a throw');
}

export { clearCache };
