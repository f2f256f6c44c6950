import { SirApiError, apiError } from './errors.js';
import { maskKey, resolveConnection } from './key.js';
import { parseConfig, parseLink, parseOrganization, parseStatus } from './schemas.js';
import type {
  CreateLinkRequest,
  CreateLinkResponse,
  DonationStatus,
  Environment,
  Organization,
  PartnerConfig,
} from './types.js';
import { isLoopbackUrl } from './url.js';

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

const PREFIX = 'sir-donate:v1:';
// Shared by every client on the page, so N widgets with one key make one request.
const inflight = new Map<string, Promise<unknown>>();
const memory = new Map<string, string>();

const BY_STATUS: Record<number, string> = {
  401: 'INVALID_API_KEY',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  408: 'TIMEOUT',
  429: 'RATE_LIMITED',
};
// Codes that describe the request or the partner: repeating the call cannot help.
const FATAL = /^(INVALID_|PARTNER_|DONATIONS_|NONPROFIT_|FORBIDDEN|NOT_FOUND)/;

const aborted = () => apiError('ABORTED', 'Aborted.');
const noop = () => {};

/** Rejects when `signal` aborts: with its reason if that is a SirApiError, else ABORTED. */
const onAbort = (signal?: AbortSignal) =>
  new Promise<never>((_, reject) => {
    const stop = () => reject(signal!.reason instanceof SirApiError ? signal!.reason : aborted());
    if (signal?.aborted) stop();
    else signal?.addEventListener('abort', stop);
  });

// Clears its timer on abort, so no timer outlives the request it guarded.
const defaultSleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    onAbort(signal).catch((e: unknown) => {
      clearTimeout(timer);
      reject(e);
    });
  });

/**
 * Runs `f` on `storage` (sessionStorage when undefined, none when null); undefined when
 * there is none or it throws. Merely reading `sessionStorage` throws where storage is
 * blocked (sandboxed frames, some privacy modes); so may any call.
 */
export const withStorage = <R>(
  storage: CacheStore | null | undefined,
  f: (s: CacheStore) => R,
): R | undefined => {
  try {
    const s = storage === undefined ? sessionStorage : storage;
    return s ? f(s) : undefined;
  } catch {
    return undefined;
  }
};

/** Forgets cached and in-flight look-ups (tests, and a hard reload). */
export function clearCache(): void {
  inflight.clear();
  memory.clear();
  // Where storage is blocked, nothing was stored there.
  withStorage(undefined, (s) => {
    for (const k of Object.keys(s)) if (k.startsWith(PREFIX)) s.removeItem(k);
  });
}

// Two 32-bit multiplicative lanes: the storage key must not hold the publishable key, and
// 64 bits keep partners on one page apart.
function hash(s: string): string {
  let a = 0x811c9dc5;
  let b = 1;
  for (let i = 0; i < s.length;) {
    a = Math.imul(a ^ s.charCodeAt(i++), 0x01000193);
    b = Math.imul(b + a, 0x5bd1e995);
  }
  return (a >>> 0).toString(36) + (b >>> 0).toString(36);
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
  const loopback = isLoopbackUrl(conn.baseUrl);
  let rateLimit: RateLimit | undefined;

  /**
   * One call: attempts with backoff inside one overall deadline, so a hanging API
   * fails in time. Every failure becomes a SirApiError.
   */
  async function send(ep: string, path: string, body?: string, signal?: AbortSignal) {
    const deadline = now() + budgetMs;
    for (let n = 1; ; n++) {
      if (signal?.aborted) throw aborted();
      const ms = Math.min(timeoutMs, deadline - now());
      const ctl = new AbortController();
      let e: SirApiError;
      try {
        // Raced against the caller's signal and the timeout too: an injected or polyfilled
        // fetch may ignore its signal, and a body may never finish. fetch comes first in case
        // it throws synchronously (nothing else has started then).
        const [res, text] = await Promise.race([
          (options.fetch ?? fetch)(`${conn.baseUrl}/v1/partner/${path}`, {
            method: body ? 'POST' : 'GET',
            headers: { 'X-Partner-Key': key, ...(body && { 'Content-Type': 'application/json' }) },
            body,
            credentials: 'omit',
            mode: 'cors',
            cache: ep == 'status' ? 'no-store' : undefined,
            signal: ctl.signal,
          }).then((r) => r.text().then((t) => [r, t] as const)),
          onAbort(signal),
          sleep(ms, ctl.signal).then(() => {
            throw apiError('TIMEOUT', `${ep}: no answer within ${ms} ms`, true);
          }),
        ]);
        const { status, headers } = res;
        const rl: RateLimit = {};
        for (const f of ['limit', 'remaining', 'reset'] as const) {
          const v = headers.get(`X-RateLimit-${f}`);
          if (v && isFinite(+v)) rl[f] = +v;
        }
        if (Object.keys(rl)[0]) rateLimit = rl;
        let data: unknown;
        try {
          data = JSON.parse(text);
        } catch {
          // A proxy's HTML page, an empty body: for an error, the status alone decides.
          if (res.ok)
            throw apiError('INVALID_RESPONSE', `${ep}: response is not JSON`, true, status);
        }
        if (res.ok) return data;
        const o = Object(data) as { code?: unknown; error?: { code?: unknown }; message?: unknown };
        // A string, or a list of them from NestJS validation pipes.
        const msg = [o.message]
          .flat()
          .filter((m) => typeof m == 'string')
          .join('; ')
          .trim();
        let code =
          [o.code, o.error?.code, /^[A-Z][A-Z\d]*(_[A-Z\d]+)*$/.test(msg) && msg].find(
            (c): c is string => typeof c == 'string' && /^[a-z][\w.-]{0,63}$/i.test(c),
          ) ??
          BY_STATUS[status] ??
          (status < 500 ? 'INVALID_REQUEST' : 'SERVER_ERROR');
        // Both endpoints answer 404 for an unknown nonprofit, whichever way the API words it;
        // the element shows "unavailable" for it.
        if (code == 'NOT_FOUND' && status == 404 && (ep == 'organization' || ep == 'create-link'))
          code = 'NONPROFIT_NOT_FOUND';
        // Retry-After: delta-seconds or an HTTP date.
        const ra = headers.get('Retry-After') ?? '';
        const s = /^\d+$/.test(ra) ? +ra : Math.ceil((Date.parse(ra) - now()) / 1000);
        throw apiError(
          code,
          // Keep the API's words when they are short prose; never HTML, never the key.
          msg && msg != code && msg.length <= 300 && !/<[a-z!/]/i.test(msg)
            ? msg.replaceAll(key, maskKey(key))
            : `${ep}: HTTP ${status}`,
          /^(5..|408|429)$/.test(`${status}`) && !FATAL.test(code),
          status,
          isNaN(s) ? undefined : Math.max(0, s),
        );
      } catch (x) {
        e =
          x instanceof SirApiError
            ? x
            : apiError('NETWORK_ERROR', `${ep}: network error (offline or CORS)`, true);
      } finally {
        ctl.abort();
      }
      const ra = e.retryAfter;
      // A POST is retried once, only when the server said it did not process it and when to
      // come back: a new checkout link per retry would duplicate donations. ABORTED is never
      // retryable; INVALID_RESPONSE would most likely come back the same. Waits over 10 s
      // are surfaced (with retryAfter) instead of slept.
      if (
        ra! > 10 ||
        !(body
          ? n < 2 && (e.status == 429 || e.status == 503) && ra! >= 0
          : n < maxAttempts && e.retryable && e.code != 'INVALID_RESPONSE')
      )
        throw e;
      // Exponential backoff with full jitter, unless the server said when.
      const wait = ra === undefined ? random() * Math.min(4000, 150 * 2 ** n) : ra * 1000;
      // Starting an attempt with less than a second left is pointless.
      if (now() + wait + 1000 > deadline) throw e;
      await sleep(wait, signal).catch(noop);
    }
  }

  /**
   * Cached, page-wide shared GET. The shared request runs without any caller's
   * signal; each caller races its own, so one abort never fails the others.
   */
  async function lookup<T>(
    ep: string,
    path: string,
    parse: (d: unknown) => T,
    opts?: LookupOptions,
  ) {
    const sk = `${PREFIX}${ep}:${hash(`${conn.baseUrl} ${key} ${path}`)}`;
    let p: Promise<T> | T | undefined;
    if (!opts?.fresh) {
      try {
        const { e, d } = JSON.parse(
          withStorage(options.storage, (s) => s.getItem(sk)) ?? memory.get(sk)!,
        ) as {
          e: number;
          d: unknown;
        };
        const left = e - now();
        // An expiry further away than the TTL means a clock jump or tampering: distrust it.
        if (left > 0 && left <= cacheTtlMs) p = parse(d);
      } catch {
        // Missing, corrupt or no longer valid: forgotten below.
      }
      if (!p) {
        memory.delete(sk);
        withStorage(options.storage, (s) => s.removeItem(sk));
      }
    }
    p ??= inflight.get(sk) as Promise<T> | undefined;
    if (!p) {
      const q: Promise<T> = send(ep, path)
        .then((d) => {
          const v = parse(d);
          // Not after clearCache() (which empties `inflight`) while this was in flight.
          if (inflight.get(sk) == q) {
            const raw = JSON.stringify({ e: now() + cacheTtlMs, d: v });
            memory.set(sk, raw);
            withStorage(options.storage, (s) => s.setItem(sk, raw));
          }
          return v;
        })
        .finally(() => inflight.get(sk) == q && inflight.delete(sk));
      inflight.set(sk, (p = q));
    }
    return Promise.race([onAbort(opts?.signal), p]);
  }

  const checkId = (value: string, code: string, what: string) => {
    const v = String(value ?? '').trim();
    try {
      // `.` and `..` would be read as path steps; encodeURIComponent throws on lone surrogates.
      if (v && v.length <= 200 && !/^\.\.?$/.test(v)) return encodeURIComponent(v);
    } catch {
      // Not encodable: refused below.
    }
    throw apiError(code, `${what}: empty, over 200 characters or not a valid path segment`);
  };

  return {
    ...conn,
    get rateLimit() {
      return rateLimit;
    },
    getConfig: (opts) => lookup('config', 'config', parseConfig, opts),
    getOrganization: async (slug, opts) =>
      lookup(
        'organization',
        `organizations/${checkId(slug, 'NONPROFIT_NOT_FOUND', 'nonprofit slug')}`,
        (d) => parseOrganization(d, loopback),
        opts,
      ),
    createLink: async (body, opts) =>
      parseLink(
        await send('create-link', 'donations/create-link', JSON.stringify(body), opts?.signal),
      ),
    getStatus: async (id, opts) =>
      parseStatus(
        await send(
          'status',
          `donations/status/${checkId(id, 'INVALID_REQUEST', 'partnerDonationId')}`,
          undefined,
          opts?.signal,
        ),
        id.trim(),
      ),
  };
}
