// Test seams for <sir-donate>: a fake Partner API injected through the
// controller's `clientOptions` (no global fetch patching), a mount helper, an
// event recorder and a small accessible-name / role query over the shadow DOM.
import { fixture, html, waitUntil } from '@open-wc/testing';
import { clearCache } from '../../src/api/client.js';
import type { ClientOptions } from '../../src/api/client.js';
import type { PollOptions } from '../../src/core/status-poller.js';
import type { FlowStateName } from '../../src/core/flow.js';
import '../../src/define.js';
import type { SirDonate } from '../../src/ui/sir-donate.js';

export type { SirDonate };

// The accessible names under test are the English ones.
document.documentElement.lang = 'en';

export const KEY = `pk_test_${'a'.repeat(64)}`;
export const LIVE_KEY = `pk_live_${'b'.repeat(64)}`;
export const NONPROFIT = 'american-red-cross';
export const CHECKOUT_URL = 'https://checkout.example/pay/pd_1';

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

export const ORGS: Record<string, object> = {
  'american-red-cross': {
    id: 'org_123',
    slug: 'american-red-cross',
    name: 'American Red Cross',
    // A host that refuses at once: an unresolvable one holds the page's load event (and the runner) for 30 s.
    logoUrl: 'https://127.0.0.1:9/logo.png',
    ein: '53-0196605',
    status: 'ACTIVE',
  },
  unicef: { id: 'org_456', slug: 'unicef', name: 'UNICEF USA', status: 'ACTIVE' },
};

export type Route = 'config' | 'organization' | 'create-link' | 'status';

export interface ApiCall {
  route: Route | 'unknown';
  method: string;
  url: string;
  /** Lower-cased header names → values. */
  headers: Record<string, string>;
  credentials?: RequestCredentials;
  body?: unknown;
}

/** What a route answers: JSON with a status, a network failure, or never. */
export type Reply =
  { status: number; body: unknown; headers?: Record<string, string> } | 'network' | 'hang';

const jsonResponse = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(typeof body === 'string' ? body : JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });

/** An API error in the sandbox's NestJS envelope. */
export const apiError = (
  status: number,
  code: string,
  message = `${code} (test)`,
  headers: Record<string, string> = {},
): Reply => ({
  status,
  body: { statusCode: status, error: 'Error', code, message },
  headers,
});

/**
 * A fake SIR Partner API. Routes answer from the fields below; `replies[route]`
 * overrides a route (a fixed reply, or a function of the call number), and
 * `hold(route)` delays a route's answers until the returned release is called.
 */
export class FakeApi {
  readonly calls: ApiCall[] = [];
  /** URLs the element navigated to (replaces `location.assign`). */
  readonly navigations: string[] = [];
  config: unknown = structuredClone(CONFIG);
  organizations: Record<string, unknown> = structuredClone(ORGS);
  link: unknown = { donationLink: CHECKOUT_URL, partnerDonationId: 'pd_1' };
  /** Status answers in order; the last one repeats. */
  statuses: string[] = ['PENDING'];
  tokensAwarded: number | null = 120;
  replies: Partial<Record<Route, Reply | ((n: number) => Reply | undefined)>> = {};
  private gates = new Map<Route, Promise<void>>();

  callsTo(route: Route): ApiCall[] {
    return this.calls.filter((c) => c.route === route);
  }

  /** Holds a route's answers until the returned function is called. */
  hold(route: Route): () => void {
    let release!: () => void;
    this.gates.set(route, new Promise<void>((r) => (release = r)));
    return () => {
      this.gates.delete(route);
      release();
    };
  }

  readonly fetch = (async (input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> => {
    const url = String(input);
    const path = new URL(url).pathname;
    const route: ApiCall['route'] =
      path === '/v1/partner/config'
        ? 'config'
        : path.startsWith('/v1/partner/organizations/')
          ? 'organization'
          : path === '/v1/partner/donations/create-link'
            ? 'create-link'
            : path.startsWith('/v1/partner/donations/status/')
              ? 'status'
              : 'unknown';
    const headers: Record<string, string> = {};
    new Headers(init.headers).forEach((v, k) => (headers[k] = v));
    const call: ApiCall = {
      route,
      method: init.method ?? 'GET',
      url,
      headers,
      credentials: init.credentials,
    };
    if (typeof init.body === 'string') call.body = JSON.parse(init.body);
    this.calls.push(call);
    if (route === 'unknown') return jsonResponse(404, { statusCode: 404, message: 'Not Found' });
    const n = this.callsTo(route).length;
    await this.gates.get(route);
    const override = this.replies[route];
    const reply =
      (typeof override === 'function' ? override(n) : override) ?? this.answer(route, path, n);
    if (reply === 'hang') return new Promise<Response>(() => {});
    if (reply === 'network') throw new TypeError('Failed to fetch');
    return jsonResponse(reply.status, reply.body, reply.headers);
  }) as typeof fetch;

  private answer(route: Route, path: string, n: number): Reply {
    switch (route) {
      case 'config':
        return { status: 200, body: this.config };
      case 'organization': {
        const slug = decodeURIComponent(path.split('/').pop()!);
        const org = this.organizations[slug];
        return org
          ? { status: 200, body: org }
          : apiError(404, 'NOT_FOUND', 'Organization not found');
      }
      case 'create-link':
        return { status: 201, body: this.link };
      case 'status': {
        const id = decodeURIComponent(path.split('/').pop()!);
        const status = this.statuses[Math.min(n, this.statuses.length) - 1]!;
        return {
          status: 200,
          body: {
            partnerDonationId: id,
            status,
            amount: 2500,
            currency: 'USD',
            tokensAwarded: status === 'COMPLETED' ? this.tokensAwarded : null,
            updatedAt: '2026-11-24T10:00:00Z',
          },
        };
      }
    }
  }
}

export interface RecordedEvent {
  type: string;
  detail: unknown;
  event: CustomEvent;
}

const EVENTS = [
  'sir-donate-ready',
  'sir-donate-change',
  'sir-donate-submit',
  'sir-donate-link-created',
  'sir-donate-status',
  'sir-donate-error',
];
const recorded = new WeakMap<Element, RecordedEvent[]>();

/** Every public event the element fired since it was mounted (optionally of one type). */
export function eventsOf(el: Element, type?: string): RecordedEvent[] {
  const all = recorded.get(el) ?? [];
  return type ? all.filter((e) => e.type === type) : all;
}
export const detailsOf = (el: Element, type: string): unknown[] =>
  eventsOf(el, type).map((e) => e.detail);

export interface MountOptions {
  /** Properties set before the element connects (e.g. `appearance`, `messages`). */
  props?: Partial<Record<keyof SirDonate, unknown>>;
  clientOptions?: Partial<ClientOptions>;
  pollOptions?: Partial<PollOptions>;
  /** Wait for this state (default: any state past `idle`/`loading` when a key is given). */
  until?: FlowStateName | null;
  /** Light-DOM children. */
  children?: string;
}

/**
 * Creates a <sir-donate> wired to `api`, sets attributes (`true` → empty
 * attribute), connects it as a fixture (cleaned up after each test) and waits
 * for it to settle.
 */
export async function mount(
  attrs: Record<string, string | boolean> = {},
  api: FakeApi = new FakeApi(),
  options: MountOptions = {},
): Promise<SirDonate> {
  const el = document.createElement('sir-donate');
  el.donation.clientOptions = {
    fetch: api.fetch,
    storage: null,
    // No jittered backoff between GET retries: tests stay fast and deterministic.
    random: () => 0,
    ...options.clientOptions,
  };
  el.donation.pollOptions = { initialDelayMs: 20, ...options.pollOptions };
  el.donation.navigator = { assign: (url) => void api.navigations.push(url) };
  const log: RecordedEvent[] = [];
  recorded.set(el, log);
  for (const type of EVENTS)
    el.addEventListener(type, (e) =>
      log.push({ type, detail: (e as CustomEvent).detail, event: e as CustomEvent }),
    );
  const withKey: Record<string, string | boolean> = {
    'publishable-key': KEY,
    nonprofit: NONPROFIT,
    ...attrs,
  };
  for (const [name, value] of Object.entries(withKey)) {
    if (value === false) continue;
    el.setAttribute(name, value === true ? '' : value);
  }
  if (options.children) el.innerHTML = options.children;
  Object.assign(el, options.props ?? {});
  await fixture(html`<div>${el}</div>`);
  const until: string | null =
    options.until === undefined ? (withKey['publishable-key'] ? 'settled' : null) : options.until;
  if (until === 'settled') {
    await waitUntil(
      () => !['idle', 'loading'].includes(el.state) && formReady(el),
      'element did not settle',
      {
        timeout: 6000,
      },
    );
  } else if (until) {
    await waitFor(el, until as FlowStateName);
  }
  await el.updateComplete;
  return el;
}

/** The form's content rendered (translations load on demand behind a skeleton). */
function formReady(el: SirDonate): boolean {
  return !el.shadowRoot!.querySelector('.skeleton');
}

export async function waitFor(el: SirDonate, state: FlowStateName, timeout = 6000): Promise<void> {
  await waitUntil(
    () => el.state === state && formReady(el),
    `state stayed ${el.state}, wanted ${state}`,
    {
      timeout,
    },
  );
  await el.updateComplete;
}

/**
 * Waits for running CSS transitions in the shadow root to end, so axe measures
 * colours at rest (a checked choice's background fades in over 0.15 s).
 * Infinite animations (the loading skeleton's pulse) are not waited for.
 */
export async function transitionsDone(el: SirDonate): Promise<void> {
  await el.updateComplete;
  const running = root(el)
    .getAnimations()
    .filter((a) => a.effect?.getComputedTiming().iterations !== Infinity);
  await Promise.all(running.map((a) => a.finished.catch(() => undefined)));
}

/** `waitUntil` with a timeout that tolerates a busy machine (translations and axe load on demand). */
export const eventually = (
  predicate: () => unknown,
  message = 'condition not met in time',
  timeout = 5000,
): Promise<void> => waitUntil(predicate, message, { timeout });

/** Resets the adapter's shared cache and the session between tests. */
export function resetPage(): void {
  clearCache();
  sessionStorage.clear();
}

// ---- Accessible names and roles over the (open) shadow DOM ----

const text = (node: Node | null | undefined): string =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** A pragmatic accessible-name computation: aria-labelledby, aria-label, label[for], wrapping label, content. */
export function accessibleName(el: Element): string {
  const root = el.getRootNode() as ShadowRoot | Document;
  const labelledby = el.getAttribute('aria-labelledby');
  if (labelledby)
    return labelledby
      .split(/\s+/)
      .map((id) => text(root.getElementById(id)))
      .join(' ')
      .trim();
  const label = el.getAttribute('aria-label');
  if (label?.trim()) return label.trim();
  if (el.id) {
    const forLabel = root.querySelector(`label[for="${CSS.escape(el.id)}"]`);
    if (forLabel) return text(forLabel);
  }
  const wrapping = el.closest('label');
  if (wrapping) return text(wrapping);
  if (el.matches('button, a, [role=button], [role=radio], [role=link]')) return text(el);
  return '';
}

const ROLES: Record<string, string> = {
  radiogroup: '[role=radiogroup]',
  radio: 'input[type=radio], [role=radio]',
  textbox: 'input:not([type]), input[type=text], input[type=email], textarea, [role=textbox]',
  combobox: 'select, [role=combobox]',
  button: 'button, [role=button]',
  link: 'a[href]',
  alert: '[role=alert]',
  status: '[role=status]',
  dialog: 'dialog, [role=dialog]',
  group: 'fieldset, [role=group]',
};

const visible = (el: Element) =>
  !el.closest('[hidden], [aria-hidden=true]') && !el.closest('dialog:not([open])');

/** All elements of `role` (optionally with a name equal to a string or matching a RegExp) under `scope`. */
export function allByRole(scope: ParentNode, role: string, name?: string | RegExp): HTMLElement[] {
  const selector = ROLES[role];
  if (!selector) throw new Error(`unknown role ${role}`);
  return [...scope.querySelectorAll<HTMLElement>(selector)].filter((el) => {
    if (!visible(el)) return false;
    if (name === undefined) return true;
    const n = accessibleName(el);
    return typeof name === 'string' ? n === name : name.test(n);
  });
}

/** The single element of `role` named `name`; throws with the names found when there is none or several. */
export function byRole<T extends HTMLElement = HTMLElement>(
  scope: ParentNode,
  role: string,
  name?: string | RegExp,
): T {
  const found = allByRole(scope, role, name);
  if (found.length !== 1) {
    const names = allByRole(scope, role).map(accessibleName);
    throw new Error(
      `expected one ${role} named ${String(name)}, found ${found.length}; ${role}s: ${JSON.stringify(names)}`,
    );
  }
  return found[0] as T;
}

export const queryByRole = (
  scope: ParentNode,
  role: string,
  name?: string | RegExp,
): HTMLElement | undefined => allByRole(scope, role, name)[0];

export const root = (el: SirDonate): ShadowRoot => el.shadowRoot!;

/** Radio names inside the radio group named `group`. */
export const radioNames = (el: SirDonate, group: string): string[] =>
  allByRole(byRole(root(el), 'radiogroup', group), 'radio').map(accessibleName);

export const donateButton = (el: SirDonate): HTMLButtonElement =>
  byRole<HTMLButtonElement>(root(el), 'button', /^Donate\b/);

/** Types `value` into a text field the way a donor's input event would report it. */
export async function typeInto(
  el: SirDonate,
  field: HTMLInputElement,
  value: string,
): Promise<void> {
  field.focus();
  field.value = value;
  field.dispatchEvent(
    new InputEvent('input', {
      bubbles: true,
      composed: true,
      inputType: 'insertText',
      data: value,
    }),
  );
  await el.updateComplete;
}

/** Clicks and waits for the element to render the result. */
export async function click(el: SirDonate, target: HTMLElement): Promise<void> {
  target.click();
  await el.updateComplete;
}

/** Captures console.warn / error / log / info while `fn` runs (restored afterwards). */
export async function captureConsole<T>(
  fn: () => Promise<T> | T,
): Promise<{ result: T; messages: string[] }> {
  const methods = ['warn', 'error', 'log', 'info'] as const;
  const originals = methods.map((m) => console[m]);
  const messages: string[] = [];
  for (const m of methods)
    console[m] = (...args: unknown[]) => void messages.push(args.map(String).join(' '));
  try {
    return { result: await fn(), messages };
  } finally {
    methods.forEach((m, i) => (console[m] = originals[i]!));
  }
}
