// The local SIR Giving Partner API sandbox as a pure Hono app (no listening).
// It imitates the documented widget endpoints of /work/shared/sir-partner-api.md
// ([doc] facts plus the [assumed] shapes), adds a hosted checkout page, and
// control endpoints under /__sandbox/ for tests and demos.
import { randomBytes } from 'node:crypto';
import { Hono } from 'hono';
import type { Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

import {
  CHECKOUT_CSS,
  CHECKOUT_SECURITY_HEADERS,
  OUTCOME_JS,
  escapeHtml,
  renderCheckoutPage,
  renderNotFoundPage,
  safeReturnUrl,
} from './checkout.js';
import type { FaultMode } from './faults.js';
import {
  DEFAULT_LATENCY_MS,
  FAULT_MODES,
  MALFORMED_JSON,
  MAX_LATENCY_MS,
  gatewayFaultResponse,
  isFaultMode,
  parseFaultRequest,
  takeFault,
  wrongShapeBody,
} from './faults.js';
import { classifyKey, maskKey } from './keys.js';
import { logos } from './logos.js';
import type { SeedNonprofit, SeedPartner } from './seed.js';
import {
  currencyDigits,
  nonprofitBySlug,
  nonprofits,
  partnerByKey,
  partnerBySlug,
  partners,
} from './seed.js';
import type { Donation, DonationStatus, LogEntry } from './state.js';
import { SandboxState, isDonationStatus, wait } from './state.js';
import type { FieldError } from './validation.js';
import { validateCreateLink } from './validation.js';

export { SandboxState } from './state.js';
export type { Donation, DonationStatus, LogEntry } from './state.js';

export interface SandboxOptions {
  /** Clock for timestamps and rate-limit windows (epoch ms). Delays always use real timers. */
  now?: () => number;
  /** Requests per minute per key for partners without their own limit (default 600). */
  rateLimitPerMinute?: number;
  /** Sink for the one-line-per-request log (default console.log). */
  log?: (line: string) => void;
  /** No log lines (the in-memory log is still kept). */
  quiet?: boolean;
  /** Delay of every response for the `slow` partner (default 1500). */
  slowDelayMs?: number;
  /** Longest a `hang` fault holds a request before answering 504 (default 120000). */
  hangMaxMs?: number;
  /** Entries kept in the in-memory log (default 1000). */
  logLimit?: number;
}

type SandboxEnv = {
  Variables: {
    partner: SeedPartner;
    errorCode: string;
    fault: FaultMode;
  };
};

export type SandboxApp = Hono<SandboxEnv>;

export const DEFAULT_RATE_LIMIT_PER_MINUTE = 600;
export const DEFAULT_SLOW_DELAY_MS = 1500;
export const DEFAULT_HANG_MAX_MS = 120_000;
export const MAX_BODY_BYTES = 16 * 1024;
export const CHECKOUT_TTL_MS = 30 * 60 * 1000;
const WINDOW_MS = 60_000;

const REASON: Readonly<Record<number, string>> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  504: 'Gateway Timeout',
};

const RATE_LIMIT_HEADERS = [
  'X-RateLimit-Limit',
  'X-RateLimit-Remaining',
  'X-RateLimit-Reset',
  'Retry-After',
];

/** Key-looking tokens never reach a log line, even when someone puts one in a URL path. */
function redactPath(path: string): string {
  return path.replace(/(?:sk|pk|rk)_(?:test|live)_[A-Za-z0-9]*/gi, '[redacted]').slice(0, 300);
}

function apiError(
  c: Context<SandboxEnv>,
  status: ContentfulStatusCode,
  code: string,
  message: string,
  extra: Record<string, unknown> = {},
): Response {
  c.set('errorCode', code);
  return c.json(
    { statusCode: status, error: REASON[status] ?? 'Error', code, message, ...extra },
    status,
  );
}

function validationError(c: Context<SandboxEnv>, fields: readonly FieldError[]): Response {
  return apiError(c, 400, 'VALIDATION_ERROR', fields.map((f) => f.message).join('; '), { fields });
}

type JsonRead = { ok: true; value: unknown } | { ok: false; response: Response };

async function readJson(c: Context<SandboxEnv>): Promise<JsonRead> {
  const mime = (c.req.header('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (mime !== 'application/json' && !mime.endsWith('+json')) {
    return {
      ok: false,
      response: apiError(
        c,
        415,
        'UNSUPPORTED_MEDIA_TYPE',
        'Send the request body as JSON with Content-Type: application/json.',
      ),
    };
  }
  const text = await c.req.text();
  if (text.trim() === '') {
    return {
      ok: false,
      response: apiError(c, 400, 'INVALID_JSON', 'The request body is empty; send a JSON object.'),
    };
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return {
      ok: false,
      response: apiError(c, 400, 'INVALID_JSON', 'The request body is not valid JSON.'),
    };
  }
}

function originOf(c: Context<SandboxEnv>): string {
  return new URL(c.req.url).origin;
}

function tokensFor(d: Pick<Donation, 'amount' | 'currency'>): number {
  const digits = currencyDigits[d.currency] ?? 2;
  return Math.round(d.amount / 10 ** digits);
}

function organizationBody(n: SeedNonprofit, origin: string): Record<string, unknown> {
  const logoUrl =
    n.rawLogoUrl ?? (n.logoFile !== undefined ? `${origin}/logos/${n.logoFile}` : undefined);
  if (n.variantKeys === true) {
    return {
      id: n.id,
      slug: n.slug,
      name: n.name,
      ...(logoUrl !== undefined ? { logo: logoUrl } : {}),
      EIN: n.ein,
      status: n.status,
    };
  }
  return {
    id: n.id,
    slug: n.slug,
    name: n.name,
    ...(logoUrl !== undefined ? { logoUrl } : {}),
    ein: n.ein,
    status: n.status,
  };
}

function statusBody(d: Donation): Record<string, unknown> {
  return {
    partnerDonationId: d.partnerDonationId,
    status: d.status,
    amount: d.amount,
    currency: d.currency,
    tokensAwarded: d.tokensAwarded,
    updatedAt: d.updatedAt,
  };
}

export function createSandboxApp(options: SandboxOptions = {}): {
  app: SandboxApp;
  state: SandboxState;
} {
  const now = options.now ?? Date.now;
  const iso = (): string => new Date(now()).toISOString();
  const defaultLimit = options.rateLimitPerMinute ?? DEFAULT_RATE_LIMIT_PER_MINUTE;
  const slowDelayMs = options.slowDelayMs ?? DEFAULT_SLOW_DELAY_MS;
  const hangMaxMs = options.hangMaxMs ?? DEFAULT_HANG_MAX_MS;
  const sink = options.log ?? ((line: string) => console.log(line));
  const quiet = options.quiet === true;
  const state = new SandboxState(options.logLimit ?? 1000);
  const limitFor = (p: SeedPartner): number => p.rateLimitPerMinute ?? defaultLimit;

  function setStatus(d: Donation, status: DonationStatus): void {
    d.status = status;
    d.updatedAt = iso();
    d.tokensAwarded = status === 'COMPLETED' ? tokensFor(d) : status === 'REVERSED' ? 0 : null;
  }

  const app = new Hono<SandboxEnv>();

  // ---- cross-cutting: request log, base headers, CORS, body limit -------------------------
  app.use('*', async (c, next) => {
    const started = performance.now();
    try {
      await next();
    } finally {
      if (!(c.req.method === 'GET' && c.req.path === '/__sandbox/log')) {
        const code = c.get('errorCode');
        const fault = c.get('fault');
        const entry: LogEntry = {
          time: iso(),
          method: c.req.method,
          path: redactPath(c.req.path),
          status: c.res.status,
          maskedKey: maskKey(c.req.header('x-partner-key')),
          durationMs: Math.round(performance.now() - started),
          ...(code !== undefined ? { code } : {}),
          ...(fault !== undefined ? { fault } : {}),
        };
        state.addLog(entry);
        if (!quiet) {
          sink(
            `[sandbox] ${entry.time} ${entry.method} ${entry.path} ${entry.status} ${entry.durationMs}ms` +
              `${entry.maskedKey !== null ? ` key=${entry.maskedKey}` : ''}` +
              `${entry.code !== undefined ? ` code=${entry.code}` : ''}` +
              `${entry.fault !== undefined ? ` fault=${entry.fault}` : ''}`,
          );
        }
      }
    }
  });

  app.use('*', async (c, next) => {
    await next();
    c.header('X-Content-Type-Options', 'nosniff');
  });

  const corsMiddleware = cors({
    origin: '*',
    allowMethods: ['GET', 'POST', 'OPTIONS'],
    allowHeaders: ['X-Partner-Key', 'Content-Type'],
    exposeHeaders: RATE_LIMIT_HEADERS,
    maxAge: 600,
    credentials: false,
  });
  // Chrome's Private Network Access preflight (a public https page calling loopback).
  app.use('*', async (c, next) => {
    if (
      c.req.method === 'OPTIONS' &&
      c.req.header('access-control-request-private-network') === 'true'
    ) {
      c.header('Access-Control-Allow-Private-Network', 'true');
    }
    return next();
  });
  app.use('/v1/*', corsMiddleware);
  app.use(
    '/__sandbox/*',
    cors({
      origin: '*',
      allowMethods: ['GET', 'POST', 'DELETE', 'OPTIONS'],
      allowHeaders: ['Content-Type'],
      maxAge: 600,
    }),
  );

  app.use(
    '*',
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: (c) =>
        apiError(
          c as Context<SandboxEnv>,
          413,
          'PAYLOAD_TOO_LARGE',
          `The request body is larger than ${MAX_BODY_BYTES} bytes.`,
        ),
    }),
  );

  // ---- fault injection (before auth: it imitates what sits in front of the API) -------------
  app.use('/v1/*', async (c, next) => {
    let mode: FaultMode | undefined;
    let latencyMs = DEFAULT_LATENCY_MS;
    const requested = c.req.query('sandbox_fault');
    if (requested !== undefined) {
      if (!isFaultMode(requested)) {
        return apiError(
          c,
          400,
          'INVALID_FAULT_MODE',
          `sandbox_fault must be one of: ${FAULT_MODES.join(', ')}`,
        );
      }
      mode = requested;
      const ms = Number(c.req.query('sandbox_latency_ms'));
      if (Number.isFinite(ms) && ms >= 0) latencyMs = Math.min(ms, MAX_LATENCY_MS);
    } else {
      const fault = takeFault(state.faults, c.req.path, c.req.header('x-partner-key'));
      if (fault !== undefined) {
        mode = fault.mode;
        if (fault.latencyMs !== undefined) latencyMs = fault.latencyMs;
      }
    }
    if (mode === undefined) return next();

    c.set('fault', mode);
    c.header('X-Sandbox-Fault', mode);
    const signals = [c.req.raw.signal, state.pendingSignal];
    switch (mode) {
      case 'latency':
        await wait(latencyMs, signals);
        return next();
      case 'hang': {
        await wait(hangMaxMs, signals);
        return c.html('<html><body><h1>504 Gateway Timeout</h1></body></html>', 504);
      }
      case '500':
      case '502':
      case '503':
        return gatewayFaultResponse(mode);
      case '429':
        c.header('Retry-After', '1');
        return apiError(
          c,
          429,
          'RATE_LIMITED',
          'Too many requests (injected fault). Retry after 1 second.',
        );
      case 'malformed-json':
        return c.body(MALFORMED_JSON, 200, { 'Content-Type': 'application/json; charset=utf-8' });
      case 'empty':
        return c.body(null, 200, { 'Content-Type': 'application/json; charset=utf-8' });
      case 'wrong-shape':
        return c.json(wrongShapeBody(c.req.path), 200);
    }
  });

  // ---- authentication, rate limit, partner state -------------------------------------------
  app.use('/v1/*', async (c, next) => {
    const key = classifyKey(c.req.header('x-partner-key'));
    switch (key.kind) {
      case 'missing':
        return apiError(
          c,
          401,
          'INVALID_API_KEY',
          'The API key is missing, malformed, inactive or expired. Send a publishable key in the X-Partner-Key header.',
        );
      case 'secret':
        return apiError(
          c,
          401,
          'SECRET_KEY_REJECTED',
          'A secret key was sent. Secret keys must never be sent from a browser or embedded in a web page: rotate this key now, and use the publishable key (pk_test_...) instead.',
        );
      case 'live':
        return apiError(
          c,
          401,
          'ENVIRONMENT_MISMATCH',
          'Live keys (pk_live_...) belong to the production API at https://api.sirgiving.org. This is the local sandbox: use a pk_test_ key here.',
        );
      case 'malformed':
        return apiError(
          c,
          401,
          'INVALID_API_KEY',
          'The API key is malformed. Sandbox publishable keys are pk_test_ followed by 64 lower-case hexadecimal characters.',
        );
      case 'test':
        break;
    }
    const partner = partnerByKey(key.key);
    if (partner === undefined) {
      return apiError(
        c,
        401,
        'INVALID_API_KEY',
        'The API key is unknown to this sandbox. See GET / for the seeded publishable keys.',
      );
    }

    // Fixed one-minute windows per key; every authenticated response carries the headers.
    const limit = limitFor(partner);
    const t = now();
    const windowStart = Math.floor(t / WINDOW_MS) * WINDOW_MS;
    let bucket = state.buckets.get(partner.slug);
    if (bucket === undefined || bucket.windowStart !== windowStart) {
      bucket = { windowStart, count: 0 };
      state.buckets.set(partner.slug, bucket);
    }
    bucket.count += 1;
    const windowEnd = windowStart + WINDOW_MS;
    c.header('X-RateLimit-Limit', String(limit));
    c.header('X-RateLimit-Remaining', String(Math.max(0, limit - bucket.count)));
    c.header('X-RateLimit-Reset', String(Math.ceil(windowEnd / 1000)));
    if (bucket.count > limit) {
      c.header('Retry-After', String(Math.max(1, Math.ceil((windowEnd - t) / 1000))));
      return apiError(
        c,
        429,
        'RATE_LIMITED',
        `Rate limit of ${limit} requests per minute exceeded.`,
      );
    }

    if (partner.slow === true) await wait(slowDelayMs, [c.req.raw.signal, state.pendingSignal]);

    if (partner.status === 'PENDING_APPROVAL') {
      return apiError(
        c,
        403,
        'PARTNER_NOT_ACTIVE',
        'This partner account is not active yet (pending approval).',
      );
    }
    if (partner.status === 'SUSPENDED') {
      return apiError(c, 403, 'PARTNER_SUSPENDED', 'This partner account is suspended.');
    }
    c.set('partner', partner);
    return next();
  });

  // ---- the four widget endpoints -----------------------------------------------------------
  app.get('/v1/partner/config', (c) => {
    const p = c.get('partner');
    return c.json({
      id: p.id,
      name: p.name,
      slug: p.slug,
      enabledFeatures: p.enabledFeatures,
      rateLimit: limitFor(p),
      isActive: p.status === 'ACTIVE',
      webhookUrl: p.webhookUrl,
      tipConfig: p.tipConfig,
      // Unknown extras: clients must tolerate fields they do not know.
      createdAt: '2025-01-15T09:30:00.000Z',
      environment: 'sandbox',
    });
  });

  app.get('/v1/partner/organizations/:slug', (c) => {
    const nonprofit = nonprofitBySlug(c.req.param('slug'));
    if (nonprofit === undefined) {
      return apiError(c, 404, 'NONPROFIT_NOT_FOUND', 'No nonprofit with this slug.');
    }
    return c.json(organizationBody(nonprofit, originOf(c)));
  });

  app.post('/v1/partner/donations/create-link', async (c) => {
    const partner = c.get('partner');
    if (partner.status !== 'ACTIVE') {
      return apiError(
        c,
        403,
        'PARTNER_NOT_ACTIVE',
        'This partner account is not active and cannot take donations.',
      );
    }
    if (!partner.enabledFeatures.includes('DONATIONS')) {
      return apiError(c, 403, 'DONATIONS_DISABLED', 'Donations are not enabled for this partner.');
    }
    const body = await readJson(c);
    if (!body.ok) return body.response;
    const result = validateCreateLink(body.value);
    if (!result.ok) return validationError(c, result.fields);
    const input = result.value;
    if (nonprofitBySlug(input.nonprofitSlug) === undefined) {
      return apiError(c, 404, 'NONPROFIT_NOT_FOUND', 'No nonprofit with this slug.');
    }

    // Tips are ignored (not refused) when the partner has them off.
    let tipAmount = 0;
    if (partner.tipConfig.enabled) {
      if (input.tipAmount !== undefined) tipAmount = input.tipAmount;
      else if (input.tipPercent !== undefined)
        tipAmount = Math.round((input.amount * input.tipPercent) / 100);
    }
    const id = `pd_${randomBytes(12).toString('hex')}`;
    const created = now();
    const donation: Donation = {
      partnerDonationId: id,
      partnerSlug: partner.slug,
      nonprofitSlug: input.nonprofitSlug,
      amount: input.amount,
      currency: input.currency,
      frequency: input.frequency,
      provider: input.provider,
      tipAmount,
      ...(partner.tipConfig.enabled && input.tipPercent !== undefined
        ? { tipPercent: input.tipPercent }
        : {}),
      ...(input.donorEmail !== undefined ? { donorEmail: input.donorEmail } : {}),
      ...(input.firstName !== undefined ? { firstName: input.firstName } : {}),
      ...(input.lastName !== undefined ? { lastName: input.lastName } : {}),
      ...(input.referralCode !== undefined ? { referralCode: input.referralCode } : {}),
      status: 'PENDING',
      tokensAwarded: null,
      createdAt: new Date(created).toISOString(),
      updatedAt: new Date(created).toISOString(),
      expiresAt: new Date(created + CHECKOUT_TTL_MS).toISOString(),
    };
    state.donations.set(id, donation);
    return c.json(
      {
        donationLink: `${originOf(c)}/checkout/${id}`,
        partnerDonationId: id,
        expiresAt: donation.expiresAt,
      },
      201,
    );
  });

  app.get('/v1/partner/donations/status/:partnerDonationId', (c) => {
    const d = state.donations.get(c.req.param('partnerDonationId'));
    if (d === undefined || d.partnerSlug !== c.get('partner').slug) {
      return apiError(c, 404, 'DONATION_NOT_FOUND', 'No donation with this id for this partner.');
    }
    return c.json(statusBody(d));
  });

  const methodNotAllowed = (allow: string) => (c: Context<SandboxEnv>) => {
    c.header('Allow', allow);
    return apiError(c, 405, 'METHOD_NOT_ALLOWED', `This endpoint only accepts ${allow}.`);
  };
  app.all('/v1/partner/config', methodNotAllowed('GET'));
  app.all('/v1/partner/organizations/:slug', methodNotAllowed('GET'));
  app.all('/v1/partner/donations/create-link', methodNotAllowed('POST'));
  app.all('/v1/partner/donations/status/:partnerDonationId', methodNotAllowed('GET'));

  // ---- logos ---------------------------------------------------------------------------------
  app.get('/logos/:file', (c) => {
    const svg = Object.hasOwn(logos, c.req.param('file')) ? logos[c.req.param('file')] : undefined;
    if (svg === undefined) return apiError(c, 404, 'NOT_FOUND', 'No such logo.');
    return c.body(svg, 200, {
      'Content-Type': 'image/svg+xml; charset=utf-8',
      'Cache-Control': 'public, max-age=3600',
      'Access-Control-Allow-Origin': '*',
      'Cross-Origin-Resource-Policy': 'cross-origin',
      'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'",
    });
  });

  // ---- hosted checkout -----------------------------------------------------------------------
  app.get('/checkout-assets/checkout.css', (c) =>
    c.body(CHECKOUT_CSS, 200, {
      'Content-Type': 'text/css; charset=utf-8',
      'Cache-Control': 'no-cache',
    }),
  );
  app.get('/checkout-assets/outcome.js', (c) =>
    c.body(OUTCOME_JS, 200, {
      'Content-Type': 'text/javascript; charset=utf-8',
      'Cache-Control': 'no-cache',
    }),
  );

  const checkoutHtml = (
    c: Context<SandboxEnv>,
    html: string,
    status: ContentfulStatusCode,
  ): Response => c.html(html, status, CHECKOUT_SECURITY_HEADERS);

  app.get('/checkout/:id', (c) => {
    const d = state.donations.get(c.req.param('id'));
    if (d === undefined) return checkoutHtml(c, renderNotFoundPage(), 404);
    const origin = originOf(c);
    if (d.referer === undefined) {
      const referer = safeReturnUrl(c.req.header('referer'));
      if (referer !== null && new URL(referer).origin !== origin) d.referer = referer;
    }
    const fromParam = safeReturnUrl(c.req.query('return'));
    return checkoutHtml(
      c,
      renderCheckoutPage({
        donation: d,
        partner: partnerBySlug(d.partnerSlug),
        nonprofit: nonprofitBySlug(d.nonprofitSlug),
        returnUrl: fromParam ?? d.referer ?? null,
        returnFromParam: fromParam !== null,
      }),
      200,
    );
  });

  const TRANSITIONS: Readonly<
    Record<string, { from: DonationStatus; to: DonationStatus; verb: string }>
  > = {
    complete: { from: 'PENDING', to: 'COMPLETED', verb: 'completed' },
    fail: { from: 'PENDING', to: 'FAILED', verb: 'failed' },
    cancel: { from: 'PENDING', to: 'CANCELLED', verb: 'cancelled' },
    reverse: { from: 'COMPLETED', to: 'REVERSED', verb: 'reversed' },
  };

  app.post('/checkout/:id/:action', async (c) => {
    const transition = Object.hasOwn(TRANSITIONS, c.req.param('action'))
      ? TRANSITIONS[c.req.param('action')]
      : undefined;
    const d = state.donations.get(c.req.param('id'));
    if (transition === undefined || d === undefined)
      return checkoutHtml(c, renderNotFoundPage(), 404);
    let form: Record<string, unknown> = {};
    try {
      form = await c.req.parseBody();
    } catch {
      form = {};
    }
    const fromParam = safeReturnUrl(
      typeof form['return'] === 'string' ? form['return'] : c.req.query('return'),
    );
    if (d.status !== transition.from) {
      return checkoutHtml(
        c,
        renderCheckoutPage({
          donation: d,
          partner: partnerBySlug(d.partnerSlug),
          nonprofit: nonprofitBySlug(d.nonprofitSlug),
          returnUrl: fromParam ?? d.referer ?? null,
          returnFromParam: fromParam !== null,
          notice: `This donation is already ${d.status.toLowerCase()}, so it cannot be ${transition.verb} now.`,
        }),
        409,
      );
    }
    setStatus(d, transition.to);
    // Post/redirect/get: reloading the outcome page does not resubmit the form.
    const location = `/checkout/${encodeURIComponent(d.partnerDonationId)}${fromParam !== null ? `?return=${encodeURIComponent(fromParam)}` : ''}`;
    return c.redirect(location, 303);
  });

  // ---- control endpoints (no key; loopback only) ---------------------------------------------
  app.get('/__sandbox/health', (c) => c.json({ ok: true }));
  app.get('/__sandbox/log', (c) => c.json(state.log));
  app.post('/__sandbox/reset', (c) => {
    state.reset();
    return c.json({ ok: true });
  });
  app.get('/__sandbox/keys', (c) =>
    c.json(
      partners.map((p) => ({
        slug: p.slug,
        name: p.name,
        status: p.status,
        publishableKey: p.publishableKey,
        exercises: p.exercises,
      })),
    ),
  );

  const faultView = (f: (typeof state.faults)[number]): Record<string, unknown> => ({
    id: f.id,
    mode: f.mode,
    remaining: f.remaining,
    ...(f.path !== undefined ? { path: f.path } : {}),
    ...(f.key !== undefined ? { key: maskKey(f.key) } : {}),
    ...(f.latencyMs !== undefined ? { latencyMs: f.latencyMs } : {}),
    createdAt: f.createdAt,
  });
  app.get('/__sandbox/faults', (c) => c.json(state.faults.map(faultView)));
  app.post('/__sandbox/faults', async (c) => {
    const body = await readJson(c);
    if (!body.ok) return body.response;
    const parsed = parseFaultRequest(body.value);
    if (!parsed.ok) return validationError(c, parsed.fields);
    const { count, ...rest } = parsed.value;
    const fault = {
      id: `flt_${randomBytes(6).toString('hex')}`,
      remaining: count,
      createdAt: iso(),
      ...rest,
    };
    state.faults.push(fault);
    return c.json(faultView(fault), 201);
  });
  app.delete('/__sandbox/faults', (c) => {
    const cleared = state.faults.length;
    state.faults.length = 0;
    return c.json({ ok: true, cleared });
  });

  app.get('/__sandbox/donations', (c) => c.json([...state.donations.values()]));
  app.get('/__sandbox/donations/:id', (c) => {
    const d = state.donations.get(c.req.param('id'));
    if (d === undefined) return apiError(c, 404, 'DONATION_NOT_FOUND', 'No donation with this id.');
    return c.json(d);
  });
  app.post('/__sandbox/donations/:id/status', async (c) => {
    const d = state.donations.get(c.req.param('id'));
    if (d === undefined) return apiError(c, 404, 'DONATION_NOT_FOUND', 'No donation with this id.');
    const body = await readJson(c);
    if (!body.ok) return body.response;
    const status = (body.value as { status?: unknown } | null)?.status;
    if (!isDonationStatus(status)) {
      return validationError(c, [
        {
          field: 'status',
          message: 'status must be one of PENDING, COMPLETED, FAILED, CANCELLED, REVERSED',
        },
      ]);
    }
    setStatus(d, status);
    return c.json(d);
  });
  // Exercises the error handler (tests): it must answer JSON without a stack trace.
  app.get('/__sandbox/crash', () => {
    throw new Error('Deliberate sandbox crash (stack must not leak)');
  });

  // ---- index -----------------------------------------------------------------------------------
  app.get('/favicon.ico', (c) => c.body(null, 204));
  app.get('/', (c) => {
    const origin = originOf(c);
    const accept = c.req.header('accept') ?? '';
    const data = {
      name: 'SIR Giving Partner API sandbox (local)',
      apiBase: origin,
      note: 'Publishable test keys below are public. Secret keys do not exist here and are rejected.',
      partners: partners.map((p) => ({
        slug: p.slug,
        name: p.name,
        status: p.status,
        publishableKey: p.publishableKey,
        exercises: p.exercises,
      })),
      nonprofits: nonprofits.map((n) => ({ slug: n.slug, name: n.name, exercises: n.exercises })),
      endpoints: [
        'GET /v1/partner/config',
        'GET /v1/partner/organizations/:slug',
        'POST /v1/partner/donations/create-link',
        'GET /v1/partner/donations/status/:partnerDonationId',
      ],
      faultModes: FAULT_MODES,
      control: [
        'GET /__sandbox/health',
        'GET /__sandbox/keys',
        'GET /__sandbox/log',
        'POST /__sandbox/reset',
        'GET|POST|DELETE /__sandbox/faults',
        'GET /__sandbox/donations',
        'GET /__sandbox/donations/:id',
        'POST /__sandbox/donations/:id/status',
      ],
    };
    if (accept.includes('application/json') && !accept.includes('text/html')) return c.json(data);
    const rows = data.partners
      .map(
        (p) =>
          `<tr><td>${escapeHtml(p.slug)}</td><td>${escapeHtml(p.name)}</td><td>${escapeHtml(p.status)}</td><td><code>${escapeHtml(p.publishableKey)}</code></td><td>${escapeHtml(p.exercises)}</td></tr>`,
      )
      .join('\n');
    const orgs = data.nonprofits
      .map(
        (n) =>
          `<tr><td>${escapeHtml(n.slug)}</td><td>${escapeHtml(n.name)}</td><td>${escapeHtml(n.exercises)}</td></tr>`,
      )
      .join('\n');
    const list = (items: readonly string[]): string =>
      items.map((i) => `<li><code>${escapeHtml(i)}</code></li>`).join('');
    return c.html(
      `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>SIR Giving sandbox</title><link rel="stylesheet" href="/checkout-assets/checkout.css"></head>
<body><main style="max-width:none">
<h1>SIR Giving Partner API sandbox</h1>
<p>API base: <code>${escapeHtml(origin)}</code>. ${escapeHtml(data.note)}</p>
<h2>Partners</h2>
<table><thead><tr><th>Slug</th><th>Name</th><th>Status</th><th>Publishable key</th><th>Exercises</th></tr></thead><tbody>
${rows}
</tbody></table>
<h2>Nonprofits</h2>
<table><thead><tr><th>Slug</th><th>Name</th><th>Exercises</th></tr></thead><tbody>
${orgs}
</tbody></table>
<h2>Endpoints</h2><ul>${list(data.endpoints)}</ul>
<h2>Fault modes</h2><p>${escapeHtml(FAULT_MODES.join(', '))} (<code>?sandbox_fault=mode</code> or <code>POST /__sandbox/faults</code>)</p>
<h2>Control</h2><ul>${list(data.control)}</ul>
</main></body></html>
`,
      200,
      {
        'Content-Security-Policy':
          "default-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self'",
      },
    );
  });

  // ---- fallbacks -------------------------------------------------------------------------------
  app.notFound((c) =>
    apiError(
      c,
      404,
      'NOT_FOUND',
      'There is no route for this method and path. GET / lists the endpoints.',
    ),
  );
  app.onError((err, c) => {
    if (err instanceof HTTPException && err.status < 500) {
      return apiError(
        c,
        err.status as ContentfulStatusCode,
        'BAD_REQUEST',
        'The request could not be processed.',
      );
    }
    if (!quiet) console.error(`[sandbox] unhandled error: ${err.name}: ${err.message}`);
    return apiError(c, 500, 'INTERNAL_ERROR', 'The sandbox hit an unexpected error.');
  });

  return { app, state };
}
