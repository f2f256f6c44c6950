import { SirApiError } from './errors.js';
import { maskKey, resolveConnection } from './key.js';
import {
  configSchema,
  createLinkSchema,
  envelopeSchema,
  parseOrganization,
  statusSchema,
  validate,
} from './schemas.js';
import type {
  CreateLinkRequest,
  CreateLinkResponse,
  DonationStatus,
  Environment,
  Organization,
  PartnerConfig,
} from './types.js';
import { isLoopbackHost } from './url.js';

export type CacheStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export interface ClientOptions {
  publishableKey: string;
  apiBase?: string | null;
  /** Injectable for tests; defaults to the global fetch. */
  fetch?: typeof fetch;
  /** Per request attempt, default 10000. */
  timeoutMs?: number;
  /** Attempts for GET requests, default 3. */
  maxAttempts?: number;
  /** Wall time for one call, retries and waits included, default 18000 (the element must fail within 20 s). */
  budgetMs?: number;
  /** Default: sessionStorage when usable, else memory; null = memory only. */
  storage?: CacheStore | null;
  /** Lifetime of cached config and organization look-ups, default 5 min. */
  cacheTtlMs?: number;
  /** Time seams for tests. `sleep` also drives the per-attempt timeout. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  random?: () => number;
  now?: () => number;
}

export interface RequestOptions {
  signal?: AbortSignal;
}

export interface LookupOptions extends RequestOptions {
  /** Skip the cache (the element's `reload()`); a request already in flight is still shared. */
  fresh?: boolean;
}

export interface RateLimit {
  limit?: number;
  remaining?: number;
  reset?: number;
}

export interface SirClient {
  readonly baseUrl: string;
  readonly environment: Environment;
  readonly testMode: boolean;
  getConfig(opts?: LookupOptions): Promise<PartnerConfig>;
  getOrganization(slug: string, opts?: LookupOptions): Promise<Organization>;
  createLink(body: CreateLinkRequest, opts?: RequestOptions): Promise<CreateLinkResponse>;
  getStatus(partnerDonationId: string, opts?: RequestOptions): Promise<DonationStatus>;
  /** Last X-RateLimit-* values this client saw. */
  readonly rateLimit?: RateLimit;
}

type Endpoint = 'config' | 'organization' | 'create-link' | 'status';

const PREFIX = 'sir-donate:v1:';
// Shared by every client on the page, so N widgets with one key make one request.
const inflight = new Map<string, Promise<unknown>>();
const memory = new Map<string, string>();
let generation = 0;

const RETRYABLE = ['NETWORK_ERROR', 'TIMEOUT', 'RATE_LIMITED', 'SERVER_ERROR', 'INVALID_RESPONSE'];
// Codes that describe the request or the partner: repeating the call cannot help.
const FATAL = /^(INVALID_|PARTNER_|DONATIONS_|NONPROFIT_|FORBIDDEN|NOT_FOUND)/;
const MAX_RETRY_AFTER = 10;
// Starting an attempt with less time than this left is pointless.
const MIN_ATTEMPT_MS = 1000;

const err = (
  code: string,
  message: string,
  retryable = false,
  status?: number,
  retryAfter?: number,
) => new SirApiError({ code, message, retryable, status, retryAfter });
const aborted = () => err('ABORTED', 'Aborted.');
const noop = () => {};

/** Forgets cached and in-flight look-ups (tests, and a hard reload). */
export function clearCache(): void {
  generation++;
  inflight.clear();
  memory.clear();
  try {
    const s = globalThis.sessionStorage;
    for (let i = s.length; i--;) {
      const k = s.key(i);
      if (k?.startsWith(PREFIX)) s.removeItem(k);
    }
  } catch {
    // Storage blocked (sandboxed frame, privacy mode): nothing was stored there.
  }
}

// Two FNV-1a-style passes (different seeds and multipliers): the storage key must not hold the
// publishable key, and 64 bits keep partners on one page apart.
function hash(s: string): string {
  let a = 0x811c9dc5;
  let b = 0x2545f491;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193 + 2);
  }
  return (a >>> 0).toString(36) + (b >>> 0).toString(36);
}

function defaultSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = () => {
      clearTimeout(t);
      signal?.removeEventListener('abort', done);
      if (signal?.aborted) reject(signal.reason);
      else resolve();
    };
    const t = setTimeout(done, ms);
    if (signal?.aborted) done();
    else signal?.addEventListener('abort', done);
  });
}

/** Settles with `p`, or rejects ABORTED as soon as `signal` aborts (even if `p` never settles). */
function race<T>(p: Promise<T>, signal?: AbortSignal): Promise<T> {
  if (!signal) return p;
  return new Promise<T>((resolve, reject) => {
    const stop = () => reject(aborted());
    if (signal.aborted) return stop();
    signal.addEventListener('abort', stop);
    p.then(resolve, reject).finally(() => signal.removeEventListener('abort', stop));
  });
}

function sessionStore(): CacheStore | null {
  try {
    const s = globalThis.sessionStorage;
    s.getItem(PREFIX);
    return s;
  } catch {
    return null;
  }
}

/** Seconds from a Retry-After header (delta-seconds or HTTP-date). */
function retryAfterSeconds(value: string | null, now: number): number | undefined {
  if (!value) return undefined;
  const v = value.trim();
  if (/^\d+$/.test(v)) return +v;
  const at = Date.parse(v);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - now) / 1000));
}

const BY_STATUS: Record<number, string> = {
  401: 'INVALID_API_KEY',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  408: 'TIMEOUT',
  429: 'RATE_LIMITED',
};

function httpError(
  ep: Endpoint,
  status: number,
  body: string,
  retryAfter: number | undefined,
  key: string,
) {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    // Not JSON (a proxy's HTML page, an empty body): the status alone decides.
  }
  const env = envelopeSchema.safeParse(json);
  const e = env.success ? env.data : {};
  const msg =
    typeof e.message === 'string'
      ? e.message.trim()
      : Array.isArray(e.message) // NestJS validation pipes send a list
        ? e.message.filter((m) => typeof m === 'string').join('; ')
        : undefined;
  const sane = (c: unknown) =>
    typeof c === 'string' && /^[A-Za-z][\w.-]{0,63}$/.test(c) ? c : undefined;
  let code =
    sane(e.code) ??
    sane((e.error as { code?: unknown } | null)?.code) ??
    (msg && /^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/.test(msg) ? msg : undefined) ??
    BY_STATUS[status] ??
    (status >= 400 && status < 500 ? 'INVALID_REQUEST' : 'SERVER_ERROR');
  // Both endpoints answer 404 for an unknown nonprofit, whichever way the API words it;
  // the element shows "unavailable" for it.
  if (code === 'NOT_FOUND' && status === 404 && (ep === 'organization' || ep === 'create-link'))
    code = 'NONPROFIT_NOT_FOUND';
  const retryable =
    RETRYABLE.includes(code) ||
    ((status >= 500 || status === 408 || status === 429) && !FATAL.test(code));
  // Keep the API's words when they are short prose; never HTML, never the key.
  const text =
    msg && msg !== code && msg.length <= 300 && !/<[a-z!/]/i.test(msg)
      ? msg.split(key).join(maskKey(key))
      : `${ep}: HTTP ${status}`;
  return err(code, text, retryable, status, retryAfter);
}

/**
 * A client for the four widget endpoints. Throws synchronously (before any
 * request) when the key or api base is unusable.
 */
export function createClient(options: ClientOptions): SirClient {
  const conn = resolveConnection(options.publishableKey, options.apiBase);
  const key = options.publishableKey.trim();
  const {
    timeoutMs = 10000,
    maxAttempts = 3,
    budgetMs = 18000,
    cacheTtlMs = 300000,
    sleep = defaultSleep,
    random = Math.random,
    now = Date.now,
  } = options;
  const doFetch =
    options.fetch ??
    ((input: RequestInfo | URL, init?: RequestInit) => globalThis.fetch(input, init));
  const storage = options.storage === null ? null : (options.storage ?? sessionStore());
  const loopback = isLoopbackHost(new URL(conn.baseUrl).hostname);
  let rateLimit: RateLimit | undefined;

  function recordRateLimit(headers: Headers): void {
    const rl: RateLimit = {};
    for (const f of ['limit', 'remaining', 'reset'] as const) {
      const v = headers.get(`X-RateLimit-${f}`)?.trim();
      if (v && Number.isFinite(+v)) rl[f] = +v;
    }
    if (Object.keys(rl).length) rateLimit = rl;
  }

  /** One attempt: fetch, read, and turn every failure into a SirApiError. */
  async function once(
    ep: Endpoint,
    path: string,
    body: string | undefined,
    signal: AbortSignal | undefined,
    ms: number,
  ): Promise<unknown> {
    const ctl = new AbortController();
    const abort = () => ctl.abort();
    let timedOut = false;
    signal?.addEventListener('abort', abort);
    sleep(ms, ctl.signal).then(() => {
      timedOut = true;
      abort();
    }, noop);
    try {
      const headers: Record<string, string> = { 'X-Partner-Key': key };
      if (body !== undefined) headers['Content-Type'] = 'application/json';
      const init: RequestInit = {
        method: body === undefined ? 'GET' : 'POST',
        headers,
        credentials: 'omit',
        mode: 'cors',
        signal: ctl.signal,
      };
      if (body !== undefined) init.body = body;
      if (ep === 'status') init.cache = 'no-store';
      // Raced against the signal too: an injected or polyfilled fetch may ignore it.
      const res = await race(doFetch(conn.baseUrl + path, init), ctl.signal);
      recordRateLimit(res.headers);
      const text = await race(res.text(), ctl.signal);
      if (!res.ok)
        throw httpError(
          ep,
          res.status,
          text,
          retryAfterSeconds(res.headers.get('Retry-After'), now()),
          key,
        );
      try {
        return JSON.parse(text);
      } catch {
        throw err('INVALID_RESPONSE', `${ep}: response is not JSON`, true, res.status);
      }
    } catch (e) {
      if (signal?.aborted) throw aborted();
      if (timedOut) throw err('TIMEOUT', `${ep}: no answer within ${ms} ms`, true);
      if (e instanceof SirApiError) throw e;
      throw err('NETWORK_ERROR', `${ep}: network error (offline, blocked or CORS)`, true);
    } finally {
      signal?.removeEventListener('abort', abort);
      abort();
    }
  }

  /** Milliseconds to wait before attempt `n + 1`, or undefined to give up with `e`. */
  function delay(e: SirApiError, n: number, post: boolean): number | undefined {
    const ra = e.retryAfter;
    if (post) {
      // A new checkout link per retry would duplicate donations: only retry when the
      // server said the request was not processed and when to come back.
      return n === 1 &&
        (e.status === 429 || e.status === 503) &&
        ra !== undefined &&
        ra <= MAX_RETRY_AFTER
        ? ra * 1000
        : undefined;
    }
    if (n >= maxAttempts || !e.retryable || e.code === 'INVALID_RESPONSE') return undefined;
    if (ra !== undefined) return ra <= MAX_RETRY_AFTER ? ra * 1000 : undefined;
    return random() * Math.min(4000, 300 * 2 ** (n - 1));
  }

  /** Attempts with backoff inside one overall deadline, so a hanging API fails in time. */
  async function send(
    ep: Endpoint,
    path: string,
    body?: string,
    signal?: AbortSignal,
  ): Promise<unknown> {
    const deadline = now() + budgetMs;
    for (let n = 1; ; n++) {
      if (signal?.aborted) throw aborted();
      let e: SirApiError;
      try {
        return await once(ep, path, body, signal, Math.min(timeoutMs, deadline - now()));
      } catch (x) {
        e = x as SirApiError;
      }
      const wait = e.code === 'ABORTED' ? undefined : delay(e, n, body !== undefined);
      if (wait === undefined || now() + wait + MIN_ATTEMPT_MS > deadline) throw e;
      try {
        await sleep(wait, signal);
      } catch {
        throw aborted();
      }
    }
  }

  function readCache<T>(sk: string, parse: (d: unknown) => T): T | undefined {
    let raw: string | null = null;
    try {
      raw = storage?.getItem(sk) ?? null;
    } catch {
      // Fall through to the memory copy.
    }
    raw ??= memory.get(sk) ?? null;
    if (raw === null) return undefined;
    try {
      const { e, d } = JSON.parse(raw) as { e: number; d: unknown };
      const left = e - now();
      // An expiry further away than the TTL means a clock jump or tampering: distrust it.
      if (left > 0 && left <= cacheTtlMs) return parse(d);
    } catch {
      // Corrupt or no longer valid: forget it below.
    }
    memory.delete(sk);
    try {
      storage?.removeItem(sk);
    } catch {
      // Nothing more to do.
    }
    return undefined;
  }

  function writeCache(sk: string, value: unknown): void {
    const raw = JSON.stringify({ e: now() + cacheTtlMs, d: value });
    try {
      if (!storage) throw 0;
      storage.setItem(sk, raw);
    } catch {
      memory.set(sk, raw);
    }
  }

  /**
   * Cached, page-wide shared GET. The shared request runs without any caller's
   * signal; each caller races its own, so one abort never fails the others.
   */
  function lookup<T>(
    ep: Endpoint,
    id: string,
    path: string,
    parse: (d: unknown) => T,
    opts?: LookupOptions,
  ) {
    const sk = `${PREFIX}${ep}:${hash(`${conn.baseUrl}\n${key}\n${id}`)}`;
    const hit = opts?.fresh ? undefined : readCache(sk, parse);
    if (hit !== undefined) return race(Promise.resolve(hit), opts?.signal);
    let p = inflight.get(sk) as Promise<T> | undefined;
    if (!p) {
      const gen = generation;
      const q: Promise<T> = send(ep, path).then((d) => {
        const v = parse(d);
        if (gen === generation) writeCache(sk, v);
        return v;
      });
      const drop = () => {
        if (inflight.get(sk) === q) inflight.delete(sk);
      };
      q.then(drop, drop);
      inflight.set(sk, q);
      p = q;
    }
    return race(p, opts?.signal);
  }

  const checkId = (value: string, code: string, what: string) => {
    const v = typeof value === 'string' ? value.trim() : '';
    if (!v || v.length > 200) throw err(code, `${what} is empty or over 200 characters`);
    return encodeURIComponent(v);
  };

  return {
    ...conn,
    get rateLimit() {
      return rateLimit;
    },
    getConfig: (opts) =>
      lookup('config', '', '/v1/partner/config', (d) => validate(configSchema, d, 'config'), opts),
    async getOrganization(slug, opts) {
      // An empty slug is a page without a nonprofit: the same "unavailable" outcome as an unknown one.
      const s = checkId(slug, 'NONPROFIT_NOT_FOUND', 'nonprofit slug');
      return lookup(
        'organization',
        s,
        `/v1/partner/organizations/${s}`,
        (d) => parseOrganization(d, loopback),
        opts,
      );
    },
    async createLink(body, opts) {
      const d = await send(
        'create-link',
        '/v1/partner/donations/create-link',
        JSON.stringify(body),
        opts?.signal,
      );
      return validate(createLinkSchema, d, 'create-link');
    },
    async getStatus(partnerDonationId, opts) {
      const s = checkId(partnerDonationId, 'INVALID_REQUEST', 'partnerDonationId');
      const d = await send('status', `/v1/partner/donations/status/${s}`, undefined, opts?.signal);
      const r = validate(statusSchema, d, 'status');
      return { ...r, partnerDonationId: r.partnerDonationId ?? partnerDonationId.trim() };
    },
  };
}
