// Shared pieces of the hostile-input suites: adversarial value generators
// (fast-check), a fetch that answers with them, and the invariants every run
// must keep (contract states, inert shadow DOM, safe navigations, clean
// prototypes, no uncaught errors). The Partner API fake and the mount helper
// come from test/ui/helpers.ts; only the hostile parts live here.
import { expect } from '@open-wc/testing';
import * as fc from 'fast-check';
import { SirApiError } from '../../src/api/errors.js';
import type { FlowStateName } from '../../src/core/flow.js';
import { resetPage, type FakeApi, type Route, type SirDonate } from '../ui/helpers.js';

export const CONTRACT_STATES: readonly FlowStateName[] = [
  'idle',
  'loading',
  'ready',
  'submitting',
  'redirecting',
  'awaiting',
  'completed',
  'unavailable',
  'error',
  'misconfigured',
];

/** Error codes of the contract, plus what the adapter adds for requests it cannot classify. */
export const KNOWN_CODES = new Set([
  'SECRET_KEY_REJECTED',
  'INVALID_KEY_FORMAT',
  'INVALID_API_BASE',
  'ENVIRONMENT_MISMATCH',
  'INVALID_API_KEY',
  'PARTNER_NOT_ACTIVE',
  'PARTNER_SUSPENDED',
  'DONATIONS_DISABLED',
  'NONPROFIT_NOT_FOUND',
  'INVALID_AMOUNT',
  'RATE_LIMITED',
  'NETWORK_ERROR',
  'TIMEOUT',
  'SERVER_ERROR',
  'INVALID_RESPONSE',
  'UNSAFE_CHECKOUT_URL',
  'POPUP_BLOCKED',
  'ABORTED',
  'INVALID_REQUEST',
  'FORBIDDEN',
  'NOT_FOUND',
  'INVALID_CURRENCY',
]);

// ---- Failure bookkeeping ----

/** Thrown by the checks below; fast-check reports it with the counterexample. */
export class Violation extends Error {
  override name = 'Violation';
}

export function check(ok: unknown, message: string): asserts ok {
  if (!ok) throw new Violation(message);
}

const short = (v: unknown, n = 160): string => {
  let s: string;
  try {
    s = typeof v === 'string' ? v : (JSON.stringify(v) ?? String(v));
  } catch {
    s = String(v);
  }
  return s.length > n ? `${s.slice(0, n)}… (${s.length} chars)` : s;
};
export { short };

/**
 * Collects uncaught errors and unhandled rejections while a property runs.
 * Mocha also sees uncaught errors (and fails the test); unhandled rejections it
 * does not, so this is the only place they are caught.
 */
export function watchErrors(): { errors: string[]; stop(): void } {
  const errors: string[] = [];
  const onError = (e: ErrorEvent) => errors.push(`uncaught: ${e.message}`);
  const onRejection = (e: PromiseRejectionEvent) => {
    const r = e.reason as { name?: string; message?: string; code?: string } | undefined;
    errors.push(
      `unhandled rejection: ${r?.name ?? typeof r} ${r?.code ?? ''} ${r?.message ?? short(r)}`,
    );
    e.preventDefault();
  };
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    errors,
    stop() {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

/**
 * For a describe block: a fresh page and a fresh uncaught-error watch around each test.
 * `noUncaughtErrors()` is called at the end of each test rather than in afterEach, because a
 * failing afterEach makes Mocha skip the rest of the suite.
 */
export function watchEachTest(): { readonly errors: string[]; noUncaughtErrors(): void } {
  let watch: ReturnType<typeof watchErrors>;
  beforeEach(() => {
    resetPage();
    watch = watchErrors();
  });
  afterEach(() => {
    watch.stop();
    resetPage();
  });
  return {
    get errors() {
      return watch.errors;
    },
    noUncaughtErrors: () => expect(watch.errors, 'uncaught errors').to.deep.equal([]),
  };
}

// ---- Prototype pollution ----

const PROTOS = [
  Object.prototype,
  Array.prototype,
  Function.prototype,
  String.prototype,
  Number.prototype,
];

/** A snapshot of the built-in prototypes' own properties (names and values). */
export function protoSnapshot(): Map<string, unknown>[] {
  return PROTOS.map((p) => {
    const m = new Map<string, unknown>();
    for (const k of Reflect.ownKeys(p)) {
      const d = Object.getOwnPropertyDescriptor(p, k)!;
      m.set(String(k), d.value ?? d.get);
    }
    return m;
  });
}

export function checkUnpolluted(snapshot: Map<string, unknown>[]): void {
  const now = protoSnapshot();
  PROTOS.forEach((p, i) => {
    const before = snapshot[i]!;
    const after = now[i]!;
    const added = [...after.keys()].filter((k) => !before.has(k));
    const changed = [...after.keys()].filter(
      (k) => before.has(k) && before.get(k) !== after.get(k),
    );
    check(
      !added.length && !changed.length,
      `${p.constructor.name}.prototype polluted: added ${short(added)}, changed ${short(changed)}`,
    );
  });
  check(({} as Record<string, unknown>).polluted === undefined, 'Object.prototype.polluted is set');
  check(
    (window as unknown as Record<string, unknown>).__pwned === undefined,
    'a hostile payload executed (window.__pwned is set)',
  );
}

// ---- URLs ----

/** The checker's own loopback rule (independent of src/api/url.ts). */
export function isLoopback(hostname: string): boolean {
  const h = hostname.toLowerCase().replace(/\.$/, '');
  return (
    h === 'localhost' ||
    h.endsWith('.localhost') ||
    h === '[::1]' ||
    /^127\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.test(h)
  );
}

/** Absolute https, or http on a loopback host when the API base is one; never credentials. */
export function isSafeTarget(url: string, loopbackBase: boolean): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (u.username || u.password) return false;
  if (u.protocol === 'https:') return true;
  return loopbackBase && u.protocol === 'http:' && isLoopback(u.hostname);
}

// ---- Shadow DOM inertness ----

// Every tag the widget's templates use. Anything else came from data.
const TEMPLATE_TAGS = new Set([
  'a',
  'button',
  'dialog',
  'div',
  'fieldset',
  'footer',
  'form',
  'h2',
  'header',
  'img',
  'input',
  'label',
  'legend',
  'option',
  'p',
  'select',
  'slot',
  'span',
  'style',
]);
const URL_ATTRS = new Set([
  'src',
  'href',
  'srcset',
  'action',
  'formaction',
  'poster',
  'xlink:href',
]);

/**
 * The shadow root holds only the template's own elements: no element, event
 * handler attribute or URL that came from data (hostile names are text only).
 */
export function checkInert(el: SirDonate, loopbackBase: boolean): void {
  const root = el.shadowRoot;
  check(root, 'no shadow root');
  for (const node of root.querySelectorAll('*')) {
    const tag = node.localName;
    check(TEMPLATE_TAGS.has(tag), `unexpected <${tag}> in the shadow root`);
    for (const { name, value } of node.attributes) {
      check(!/^on/i.test(name), `event handler attribute ${name} on <${tag}>`);
      if (URL_ATTRS.has(name))
        check(isSafeTarget(value, loopbackBase), `unsafe ${name}=${short(value)} on <${tag}>`);
    }
  }
  // Text is serialised escaped, so a raw tag here is an element, never data.
  check(
    !/<(script|iframe|object|embed|svg|math|meta|link|base)\b/i.test(root.innerHTML),
    'markup from data in the shadow root',
  );
  // Property lookups by a hostile key ("constructor", "toString") render functions as text.
  const text = root.textContent ?? '';
  check(
    !/\[native code\]|\[object Object\]/.test(text),
    `a JS value rendered as text: ${short(text)}`,
  );
}

// ---- Errors ----

/** A rejection of the adapter: a SirApiError with the known, serialisable shape. */
export function checkApiError(e: unknown, key: string): asserts e is SirApiError {
  check(e instanceof SirApiError, `rejected with a non-SirApiError: ${short(String(e))}`);
  check(
    typeof e.code === 'string' && /^[A-Za-z][\w.-]{0,63}$/.test(e.code),
    `bad code ${short(e.code)}`,
  );
  check(typeof e.message === 'string', 'message is not a string');
  check(typeof e.retryable === 'boolean', 'retryable is not a boolean');
  check(
    e.status === undefined || (Number.isInteger(e.status) && e.status >= 100 && e.status <= 599),
    `bad status ${short(e.status)}`,
  );
  check(!/<[a-z!/]/i.test(e.message), `HTML in the message: ${short(e.message)}`);
  check(!e.message.includes(key), 'the key is echoed in the message');
  const json = JSON.parse(JSON.stringify(e)) as Record<string, unknown>;
  check(
    Object.keys(json).every((k) => ['code', 'message', 'retryable', 'status'].includes(k)),
    `toJSON has extra fields: ${short(Object.keys(json))}`,
  );
}

// ---- Hostile values ----

export const HOSTILE_STRINGS = [
  '<script>window.__pwned=1</script>',
  '<img src=x onerror="window.__pwned=1">',
  '"><img src=x onerror=window.__pwned=1>',
  '<iframe src="javascript:window.__pwned=1"></iframe>',
  '<svg onload=window.__pwned=1>',
  '<a href="javascript:window.__pwned=1" onclick="window.__pwned=1">x</a>',
  '</span><script>window.__pwned=1</script>',
  '<!--',
  '${window.__pwned=1}',
  '{{constructor.constructor("window.__pwned=1")()}}',
  '{amount}{nonprofit}{partner}',
  '$& $1 $`',
  'javascript:window.__pwned=1',
  'data:text/html,<script>window.__pwned=1</script>',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'valueOf',
  'hasOwnProperty',
  'NaN',
  'Infinity',
  '-Infinity',
  '1e309',
  '-0',
  'null',
  'undefined',
  'true',
  '',
  ' ',
  '\t\n\r',
  '\u0000',
  '\u202e\u2066RTL',
  '\ud800',
  '\ufeff',
  '😀👨‍👩‍👧‍👦',
  'Ｓｅｃｏｎｄ ｗｉｄｔｈ',
  'a'.repeat(201),
];

export const HUGE = 'X<b>'.repeat(25_000); // 100 KB

export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
  { weight: 2, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
  { weight: 1, arbitrary: fc.constantFrom(HUGE, `<script>${HUGE}</script>`, ' '.repeat(100_000)) },
);

const LINKS = [
  'javascript:window.__pwned=1',
  'JaVaScRiPt:window.__pwned=1',
  ' javascript:window.__pwned=1',
  'java\tscript:window.__pwned=1',
  '\u0000javascript:window.__pwned=1',
  'data:text/html,<script>window.__pwned=1</script>',
  'data:text/html;base64,PHNjcmlwdD53aW5kb3cuX19wd25lZD0xPC9zY3JpcHQ+',
  'vbscript:msgbox(1)',
  'blob:https://pay.example/0b1c',
  'file:///etc/passwd',
  'ftp://pay.example/x',
  'http://pay.example/checkout',
  'http://localhost:4000/checkout',
  'http://127.0.0.1/checkout',
  'http://[::1]:8080/x',
  'http://127.0.0.1.evil.example/x',
  'http://localhost.evil.example/x',
  '//evil.example/x',
  '/relative/path',
  '?q=1',
  '#frag',
  'https://user:pass@pay.example/x',
  'https://pay.example/checkout?x=<script>',
  'https://pay.example/x"onmouseover="window.__pwned=1',
  'https:pay.example',
  'https://',
  `https://pay.example/${'a'.repeat(9000)}`,
  'https://pay.example/ok',
  'HTTPS://PAY.EXAMPLE/OK',
  'https://xn--80ak6aa92e.com/',
];

export const hostileUrl: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...LINKS) },
  { weight: 1, arbitrary: fc.webUrl({ withQueryParameters: true, withFragments: true }) },
  { weight: 1, arbitrary: hostileString },
);

// JSON text is built by hand so that duplicate keys, `__proto__` keys and raw
// fragments (deep nesting, non-JSON numbers) reach JSON.parse as they are.

/** A JSON value as a tree: leaves, arrays, objects as entry lists (keys may repeat), raw text. */
export type Node =
  | { t: 'v'; v: string | number | boolean | null }
  | { t: 'a'; items: Node[] }
  | { t: 'o'; entries: [string, Node][] }
  | { t: 'raw'; text: string };

export const v = (x: string | number | boolean | null): Node => ({ t: 'v', v: x });
export const obj = (o: Record<string, unknown>): Node => ({
  t: 'o',
  entries: Object.entries(o).map(([k, x]) => [k, toNode(x)]),
});
export function toNode(x: unknown): Node {
  if (Array.isArray(x)) return { t: 'a', items: x.map(toNode) };
  if (x !== null && typeof x === 'object') return obj(x as Record<string, unknown>);
  return v(x as string | number | boolean | null);
}

export function toText(n: Node): string {
  switch (n.t) {
    case 'v':
      return JSON.stringify(n.v) ?? 'null';
    case 'raw':
      return n.text;
    case 'a':
      return `[${n.items.map(toText).join(',')}]`;
    case 'o':
      return `{${n.entries.map(([k, x]) => `${JSON.stringify(k)}:${toText(x)}`).join(',')}}`;
  }
}

const DEEP = 1000;
export const RAW_FRAGMENTS = [
  '['.repeat(DEEP) + ']'.repeat(DEEP),
  '{"a":'.repeat(DEEP) + '1' + '}'.repeat(DEEP),
  '{"__proto__":{"polluted":"yes"}}',
  '{"constructor":{"prototype":{"polluted":"yes"}}}',
  '{"__proto__":{"__proto__":{"polluted":"yes"}}}',
  '{"toString":"x","valueOf":1,"hasOwnProperty":null}',
  '1e999',
  '-1e999',
  '1e-999',
  '-0',
  '9007199254740993',
  '"\\ud800"',
  '"\\u0000"',
];

const DANGEROUS_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'valueOf',
  'hasOwnProperty',
  'polluted',
  '',
];

const leaf: fc.Arbitrary<Node> = fc.oneof(
  { weight: 3, arbitrary: hostileString.map(v) },
  { weight: 1, arbitrary: hostileUrl.map(v) },
  {
    weight: 2,
    arbitrary: fc
      .oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constant(0))
      .map(v),
  },
  { weight: 1, arbitrary: fc.boolean().map(v) },
  { weight: 1, arbitrary: fc.constant(v(null)) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(...RAW_FRAGMENTS).map((text): Node => ({ t: 'raw', text })),
  },
);

export const keyArb = (fields: string[]): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...fields) },
    { weight: 1, arbitrary: fc.constantFrom(...DANGEROUS_KEYS) },
    { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
  );

/** Any JSON-ish tree, a few levels deep, with dangerous keys. */
export const jsonTree = (fields: string[] = []): fc.Arbitrary<Node> =>
  fc.letrec<{ node: Node }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      leaf,
      fc.array(tie('node'), { maxLength: 4 }).map((items): Node => ({ t: 'a', items })),
      fc
        .array(fc.tuple(keyArb([...fields, 'a']), tie('node')), { maxLength: 4 })
        .map((entries): Node => ({ t: 'o', entries })),
    ),
  })).node;

/** A valid body with some fields replaced or added (later duplicates win in JSON.parse). */
export const mutated = (valid: Record<string, unknown>): fc.Arbitrary<Node> => {
  const fields = Object.keys(valid);
  return fc
    .array(fc.tuple(keyArb(fields), jsonTree(fields)), { maxLength: 3 })
    .map((extra): Node => {
      const base = obj(valid);
      return { t: 'o', entries: [...(base as { entries: [string, Node][] }).entries, ...extra] };
    });
};

const NON_JSON = [
  '',
  ' ',
  'NaN',
  'Infinity',
  'undefined',
  '{',
  '{"name":',
  "{'name':'x'}",
  '{"name": NaN}',
  '<!doctype html><html><body><h1>502 Bad Gateway</h1><script>window.__pwned=1</script></body></html>',
  '\ufeff{"name":"x","slug":"x","isActive":true}',
  ')]}\'\n{"name":"x"}',
  '\u0000',
  'null',
  '[]',
  '"just a string"',
  '42',
  'true',
];

/** An error envelope like the API's, with hostile codes and messages. */
export const errorEnvelope: fc.Arbitrary<Node> = fc
  .record({
    code: fc.oneof(
      fc.constantFrom(
        'INVALID_API_KEY',
        'PARTNER_NOT_ACTIVE',
        'PARTNER_SUSPENDED',
        'DONATIONS_DISABLED',
        'NONPROFIT_NOT_FOUND',
        'NOT_FOUND',
        'RATE_LIMITED',
        'SOME_NEW_CODE',
        'sk_test_leak',
        '<img src=x onerror=window.__pwned=1>',
      ),
      hostileString,
    ),
    message: fc.oneof(hostileString, fc.array(hostileString, { maxLength: 3 })),
  })
  .map(({ code, message }) => obj({ statusCode: 400, error: 'Error', code, message }));

/** What the body text of a response is made of. */
export const bodyFor = (valid: Record<string, unknown>): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 6, arbitrary: mutated(valid).map(toText) },
    { weight: 2, arbitrary: jsonTree(Object.keys(valid)).map(toText) },
    { weight: 2, arbitrary: fc.constantFrom(...NON_JSON) },
    { weight: 1, arbitrary: fc.string({ maxLength: 30 }) },
    { weight: 2, arbitrary: errorEnvelope.map(toText) },
  );

export const headerArb: fc.Arbitrary<Record<string, string>> = fc.record(
  {
    'Retry-After': fc.oneof(
      fc.constantFrom('0', '1', '2', '11', '99999999999', '-1', '1.5', 'soon', ''),
      fc.constant(new Date(Date.now() + 2000).toUTCString()),
    ),
    'X-RateLimit-Remaining': fc.constantFrom('0', 'NaN', '1e999', '-5', 'x'),
    'Content-Type': fc.constantFrom('application/json', 'text/html', 'application/x-evil'),
  },
  { requiredKeys: [] },
);

/** One answer of the hostile network. */
export type HostileReply =
  | { kind: 'response'; status: number; body: string; headers: Record<string, string> }
  /** fetch rejects with this value (TypeError, a string, null, an object). */
  | { kind: 'reject'; value: unknown }
  /** fetch throws before returning a promise. */
  | { kind: 'throw' }
  /** fetch resolves to something that is not a Response. */
  | { kind: 'non-response'; value: unknown }
  /** A response whose body read fails. */
  | { kind: 'broken-body'; status: number }
  | { kind: 'hang' };

export const statusArb: fc.Arbitrary<number> = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(200, 201) },
  { weight: 1, arbitrary: fc.constantFrom(204, 301, 400, 401, 403, 404, 408, 429, 500, 502, 503) },
  { weight: 2, arbitrary: fc.integer({ min: 100, max: 599 }) },
);

export const replyArb = (
  valid: Record<string, unknown>,
  opts: { hang?: boolean } = {},
): fc.Arbitrary<HostileReply> =>
  fc.oneof(
    {
      weight: 12,
      arbitrary: fc.record({
        kind: fc.constant('response' as const),
        status: statusArb,
        body: bodyFor(valid),
        headers: headerArb,
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({
        kind: fc.constant('reject' as const),
        value: fc.constantFrom<unknown>(
          new TypeError('Failed to fetch'),
          new DOMException('aborted', 'AbortError'),
          'a string',
          null,
          undefined,
          { code: 'INVALID_API_KEY', message: 'forged', retryable: 'yes' },
        ),
      }),
    },
    { weight: 1, arbitrary: fc.constant({ kind: 'throw' as const }) },
    {
      weight: 1,
      arbitrary: fc.record({
        kind: fc.constant('non-response' as const),
        value: fc.constantFrom<unknown>(null, undefined, {}, 42, 'ok', []),
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({ kind: fc.constant('broken-body' as const), status: statusArb }),
    },
    ...(opts.hang ? [{ weight: 1, arbitrary: fc.constant({ kind: 'hang' as const }) }] : []),
  );

/** Answers of one route: the n-th call gets the n-th, the last repeats. */
export const repliesArb = (valid: Record<string, unknown>, opts?: { hang?: boolean }) =>
  fc.array(replyArb(valid, opts), { minLength: 1, maxLength: 3 });

/** What Response exposes to the adapter, for any status 100–599 (Response refuses 1xx). */
function responseLike(status: number, body: string, headers: Record<string, string>) {
  return {
    status,
    ok: status >= 200 && status < 300,
    statusText: '',
    headers: new Headers(headers),
    url: '',
    redirected: false,
    text: () => Promise.resolve(body),
    json: () => Promise.resolve().then(() => JSON.parse(body) as unknown),
    clone() {
      return this;
    },
  };
}

export interface RecordedRequest {
  route: Route | 'unknown';
  url: string;
  method: string;
  headers: Record<string, string>;
  credentials?: RequestCredentials;
  body?: string;
  signal?: AbortSignal;
  settled: boolean;
}

export const routeOf = (url: string): Route | 'unknown' => {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return 'unknown';
  }
  return /\/v1\/partner\/config$/.test(path)
    ? 'config'
    : /\/v1\/partner\/organizations\//.test(path)
      ? 'organization'
      : /\/v1\/partner\/donations\/create-link$/.test(path)
        ? 'create-link'
        : /\/v1\/partner\/donations\/status\//.test(path)
          ? 'status'
          : 'unknown';
};

/**
 * A fetch that records every request, checks the request hygiene of the
 * contract (only X-Partner-Key and Content-Type, never a secret key, no
 * credentials), and answers from `plan` (route → replies); routes without a
 * plan go to `fallback` (a FakeApi), when given.
 */
export function hostileFetch(
  plan: Partial<Record<Route, HostileReply[]>>,
  fallback?: FakeApi,
): {
  fetch: typeof fetch;
  requests: RecordedRequest[];
  violations: string[];
  busy(): boolean;
  pending(): RecordedRequest[];
} {
  const requests: RecordedRequest[] = [];
  const violations: string[] = [];
  const counts: Record<string, number> = {};
  let reading = 0;
  const fetchImpl = (input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> => {
    const url = String(input);
    const headers: Record<string, string> = {};
    new Headers(init.headers).forEach((value, k) => (headers[k] = value));
    const route = routeOf(url);
    const req: RecordedRequest = {
      route,
      url,
      method: init.method ?? 'GET',
      headers,
      credentials: init.credentials,
      body: typeof init.body === 'string' ? init.body : undefined,
      signal: init.signal ?? undefined,
      settled: false,
    };
    requests.push(req);
    const key = headers['x-partner-key'] ?? '';
    if (/sk_/i.test(key)) violations.push(`X-Partner-Key holds a secret key: ${short(key, 20)}`);
    if (!/^pk_(test|live)_[A-Za-z0-9]+$/.test(key))
      violations.push(`X-Partner-Key ${short(key, 20)}`);
    const extra = Object.keys(headers).filter((h) => h !== 'x-partner-key' && h !== 'content-type');
    if (extra.length) violations.push(`extra request headers ${extra.join(', ')}`);
    if (init.credentials !== 'omit') violations.push(`credentials ${String(init.credentials)}`);
    const n = (counts[route] = (counts[route] ?? 0) + 1);
    const replies = route === 'unknown' ? undefined : plan[route];
    const reply = replies?.[Math.min(n, replies.length) - 1];
    const done = <T>(p: Promise<T>) =>
      p.finally(() => {
        req.settled = true;
      });
    if (!reply) {
      if (!fallback) return done(Promise.reject(new TypeError('no route')));
      return done(fallback.fetch(input, init));
    }
    switch (reply.kind) {
      case 'throw':
        req.settled = true;
        throw new TypeError('fetch threw synchronously');
      case 'reject':
        return done(Promise.reject(reply.value));
      case 'non-response':
        return done(Promise.resolve(reply.value as Response));
      case 'hang':
        return new Promise<Response>(() => {});
      case 'broken-body': {
        const r = responseLike(reply.status, '', {});
        r.text = () => Promise.reject(new TypeError('body stream broke'));
        return done(Promise.resolve(r as unknown as Response));
      }
      case 'response': {
        const r = responseLike(reply.status, reply.body, reply.headers);
        const text = r.text;
        r.text = () => {
          reading++;
          return text().finally(() => reading--);
        };
        return done(Promise.resolve(r as unknown as Response));
      }
    }
  };
  return {
    fetch: fetchImpl as typeof fetch,
    requests,
    violations,
    busy: () => reading > 0,
    pending: () => requests.filter((r) => !r.settled && !r.signal?.aborted),
  };
}

// ---- Waiting ----

const tick = (ms = 0) => new Promise<void>((r) => setTimeout(r, ms));

/** Polls `done` every few ms until true or `timeout`; awaits Lit's update (its rejection fails). */
export async function settle(el: SirDonate, done: () => boolean, timeout = 3000): Promise<boolean> {
  const end = performance.now() + timeout;
  for (;;) {
    await el.updateComplete;
    if (done()) return true;
    if (performance.now() > end) return false;
    await tick(4);
  }
}

/** Past loading, and the translations are in (no skeleton). */
export const loaded = (el: SirDonate): boolean =>
  el.state !== 'loading' && !el.shadowRoot?.querySelector('.skeleton');

/** A fake window for `checkout="popup"` / `new-tab`: records where it is sent. */
export function fakePopup(navigations: string[]) {
  return {
    closed: false,
    opener: {} as unknown,
    close() {
      this.closed = true;
    },
    location: {
      set href(url: string) {
        navigations.push(url);
      },
      get href() {
        return 'about:blank';
      },
      assign(url: string) {
        navigations.push(url);
      },
      replace(url: string) {
        navigations.push(url);
      },
    },
  };
}

/**
 * The client's `sleep` seam, compressed: every wait (per-attempt timeout,
 * backoff, Retry-After) lasts at most `cap` ms, and an abort clears its timer.
 */
export const fastSleep =
  (cap = 40) =>
  (ms: number, signal?: AbortSignal): Promise<void> =>
    new Promise<void>((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason as Error);
      const onAbort = () => {
        clearTimeout(timer);
        reject(signal!.reason as Error);
      };
      const timer = setTimeout(
        () => {
          signal?.removeEventListener('abort', onAbort);
          resolve();
        },
        Math.min(ms, cap),
      );
      signal?.addEventListener('abort', onAbort, { once: true });
    });

/**
 * fc.assert, with the failing check's message in the thrown error: fast-check
 * puts it in `cause`, which the test runner does not print.
 */
export async function assertProperty<Ts>(
  property: fc.IAsyncPropertyWithHooks<Ts> | fc.IAsyncProperty<Ts>,
  params: fc.Parameters<Ts>,
): Promise<number> {
  try {
    await fc.assert(property, params);
  } catch (e) {
    const cause = (e as { cause?: unknown }).cause;
    const why = cause instanceof Error ? `${cause.name}: ${cause.message}` : short(cause, 600);
    throw new Error(`${(e as Error).message}\nFailure: ${why}`, { cause });
  }
  return params.numRuns ?? 100;
}

/** Cases and wall time per property of one file, printed once at the end (`report`). */
export function caseLog(file: string) {
  const rows: { name: string; cases: number; ms: number }[] = [];
  const t0 = performance.now();
  return {
    async time(name: string, run: () => Promise<number>): Promise<void> {
      const start = performance.now();
      const cases = await run();
      rows.push({ name, cases, ms: Math.round(performance.now() - start) });
    },
    report(): void {
      const engine = /Firefox\//.test(navigator.userAgent) ? 'Firefox' : 'Chromium';
      const total = rows.reduce((a, r) => a + r.cases, 0);
      const detail = rows.map((r) => `${r.name} ${r.cases} cases in ${r.ms} ms`).join('; ');
      const secs = ((performance.now() - t0) / 1000).toFixed(1);
      console.log(`[${engine}] ${file}: ${total} cases, ${secs} s (${detail})`);
    },
  };
}
