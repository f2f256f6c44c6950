// Fault injection: the failures a browser client meets in the wild (slow or
// hung upstreams, proxy error pages, truncated or wrongly shaped JSON), on
// demand, without code changes.

export const FAULT_MODES = [
  'latency',
  '500',
  '502',
  '503',
  '429',
  'hang',
  'malformed-json',
  'empty',
  'wrong-shape',
] as const;

export type FaultMode = (typeof FAULT_MODES)[number];

export const DEFAULT_LATENCY_MS = 2000;
export const MAX_LATENCY_MS = 120_000;

export function isFaultMode(value: unknown): value is FaultMode {
  return typeof value === 'string' && (FAULT_MODES as readonly string[]).includes(value);
}

export interface QueuedFault {
  readonly id: string;
  readonly mode: FaultMode;
  /** Calls still to fail; the fault leaves the queue at 0. */
  remaining: number;
  /** Substring of the request path that must match. */
  readonly path?: string;
  /** Only requests carrying exactly this X-Partner-Key. Never shown unmasked. */
  readonly key?: string;
  readonly latencyMs?: number;
  readonly createdAt: string;
}

export interface FaultRequest {
  readonly mode: FaultMode;
  readonly count: number;
  readonly path?: string;
  readonly key?: string;
  readonly latencyMs?: number;
}

export type FaultParse =
  | { readonly ok: true; readonly value: FaultRequest }
  | { readonly ok: false; readonly fields: { field: string; message: string }[] };

export function parseFaultRequest(body: unknown): FaultParse {
  const fields: { field: string; message: string }[] = [];
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return { ok: false, fields: [{ field: 'body', message: 'body must be a JSON object' }] };
  }
  const b = body as Record<string, unknown>;
  if (!isFaultMode(b['mode'])) {
    fields.push({ field: 'mode', message: `mode must be one of: ${FAULT_MODES.join(', ')}` });
  }
  const count = b['count'] ?? 1;
  if (typeof count !== 'number' || !Number.isInteger(count) || count < 1 || count > 10_000) {
    fields.push({ field: 'count', message: 'count must be an integer from 1 to 10000' });
  }
  const path = b['path'];
  if (path !== undefined && path !== null && (typeof path !== 'string' || path.length > 500)) {
    fields.push({ field: 'path', message: 'path must be a string of at most 500 characters' });
  }
  const key = b['key'];
  if (
    key !== undefined &&
    key !== null &&
    (typeof key !== 'string' || key.length === 0 || key.length > 500)
  ) {
    fields.push({ field: 'key', message: 'key must be a non-empty string' });
  }
  const latencyMs = b['latencyMs'];
  if (
    latencyMs !== undefined &&
    latencyMs !== null &&
    (typeof latencyMs !== 'number' ||
      !Number.isFinite(latencyMs) ||
      latencyMs < 0 ||
      latencyMs > MAX_LATENCY_MS)
  ) {
    fields.push({
      field: 'latencyMs',
      message: `latencyMs must be a number from 0 to ${MAX_LATENCY_MS}`,
    });
  }
  if (fields.length > 0) return { ok: false, fields };
  return {
    ok: true,
    value: {
      mode: b['mode'] as FaultMode,
      count: count as number,
      ...(typeof path === 'string' ? { path } : {}),
      ...(typeof key === 'string' ? { key } : {}),
      ...(typeof latencyMs === 'number' ? { latencyMs } : {}),
    },
  };
}

/** Takes one use of the first queued fault matching this request, if any. */
export function takeFault(
  queue: QueuedFault[],
  path: string,
  key: string | undefined,
): QueuedFault | undefined {
  const index = queue.findIndex(
    (f) =>
      (f.path === undefined || path.includes(f.path)) &&
      (f.key === undefined || f.key === key?.trim()),
  );
  if (index < 0) return undefined;
  const fault = queue[index];
  if (fault === undefined) return undefined;
  fault.remaining -= 1;
  if (fault.remaining <= 0) queue.splice(index, 1);
  return fault;
}

function htmlError(status: number, title: string): string {
  return `<html><body><h1>${status} ${title}</h1></body></html>`;
}

/** The body and headers of an error-page fault (a proxy in front of the API answered). */
export function gatewayFaultResponse(mode: '500' | '502' | '503'): Response {
  const titles = {
    '500': 'Internal Server Error',
    '502': 'Bad Gateway',
    '503': 'Service Unavailable',
  } as const;
  const status = Number(mode);
  const headers = new Headers({ 'Content-Type': 'text/html; charset=utf-8' });
  if (mode === '503') headers.set('Retry-After', '1');
  return new Response(htmlError(status, titles[mode]), { status, headers });
}

/** JSON whose types are wrong for the endpoint it answers (schema validation must catch it). */
export function wrongShapeBody(path: string): unknown {
  if (path.includes('/config')) {
    return {
      id: 123,
      name: 42,
      slug: null,
      enabledFeatures: 'DONATIONS',
      isActive: 'yes',
      tipConfig: [],
    };
  }
  if (path.includes('/organizations/')) {
    return { id: 7, slug: false, name: 42, logoUrl: 17, ein: [], status: {} };
  }
  if (path.includes('/create-link')) {
    return { donationLink: 42, partnerDonationId: null, expiresAt: true };
  }
  if (path.includes('/status/')) {
    return {
      partnerDonationId: 1,
      status: 7,
      amount: 'lots',
      currency: 978,
      tokensAwarded: 'many',
      updatedAt: 0,
    };
  }
  return { name: 42, items: 'not-an-array' };
}

/** Truncated JSON, as from a connection cut mid-body. */
export const MALFORMED_JSON = '{"id": "x", "name":';
