import * as z from 'zod/mini';
import { apiError, clean } from './errors.js';
import type { CreateLinkResponse, DonationStatus, Organization, PartnerConfig } from './types.js';
import { parseSafeUrl } from './url.js';

// Before any schema is built: otherwise zod probes `new Function` for its JIT, which strict-CSP pages report.
z.config({ jitless: true });

// zod checks only the required base shapes (a wrong type there reads "name: expected string");
// optional extras, trimming and caps are plain code below, which keeps zod's share of the
// bundle small. Rendered strings are trimmed and truncated, never rejected for length: a long
// name from the API should not take the widget down. A wrong type or blank value in an
// optional extra drops the field instead of failing the response.
//
// The shapes are zod/mini's core schema classes (`z.core.$ZodObject`, …) checked with its
// functional `z.safeParse`: the same validation as `z.looseObject()`, without the wrapper
// class whose prototype (parse, parseAsync, check, clone, brand, …) costs 0.8 KB gzip we
// never call.
const S = new z.core.$ZodString({ type: 'string' });
const catchall = new z.core.$ZodUnknown({ type: 'unknown' });
/** A loose object: the listed keys are checked, any others are kept as they are. */
const loose = <T>(shape: Record<keyof T, z.core.$ZodType>) =>
  new z.core.$ZodObject({ type: 'object', shape, catchall }) as unknown as z.core.$ZodType<
    T & Record<string, unknown>
  >;
const configShape = loose<{ name: string; slug: string; isActive: boolean }>({
  name: S,
  slug: S,
  isActive: new z.core.$ZodBoolean({ type: 'boolean' }),
});
const orgShape = loose<{ slug: string; name: string }>({ slug: S, name: S });
const linkShape = loose<{ donationLink: string; partnerDonationId: string }>({
  donationLink: S,
  partnerDonationId: S,
});
const statusShape = loose<{ status: string }>({ status: S });

const invalid = (message: string) => apiError('INVALID_RESPONSE', message, true);

/** The base shape of `data`, or INVALID_RESPONSE naming the endpoint, field and expected type. */
function check<T>(endpoint: string, schema: z.core.$ZodType<T>, data: unknown): T {
  const r = z.safeParse(schema, data);
  if (r.success) return r.data;
  // Shapes of plain types only yield invalid_type issues.
  const [i, ...more] = r.error.issues as unknown as { path: PropertyKey[]; expected: string }[];
  throw invalid(
    [endpoint, ...i!.path, `expected ${i!.expected}`].join(': ') +
      (more[0] ? ` (+${more.length} more)` : ''),
  );
}

const cap = (v: string, max = 200) => v.trim().slice(0, max);
/** An optional string: trimmed and capped, or undefined when absent, blank or not a string. */
const opt = (v: unknown, max?: number) => (typeof v == 'string' && cap(v, max)) || undefined;
const num = (v: unknown) => (Number.isFinite(v) ? (v as number) : undefined);
/** A required string; ids (max 200) are rejected when too long, since a cut id would be wrong. */
const need = (endpoint: string, o: Record<string, unknown>, k: string, max = 8192) => {
  const v = (o[k] as string).trim();
  if (!v || v.length > max)
    throw invalid(`${endpoint}: ${k}: ${v ? 'too long' : 'must not be empty'}`);
  return v;
};

export function parseConfig(data: unknown): PartnerConfig {
  const c = check('config', configShape, data);
  const f = c.enabledFeatures ?? [];
  if (!Array.isArray(f)) throw invalid('config: enabledFeatures: expected array');
  // Tipping is optional for the widget: anything unusable means "no tip".
  const t = Object(c.tipConfig) as { enabled?: unknown; defaultPercent?: unknown };
  return {
    name: cap(c.name),
    slug: cap(c.slug),
    isActive: c.isActive,
    enabledFeatures: f.filter((x) => typeof x == 'string').slice(0, 50),
    tipConfig: {
      enabled: t.enabled === true,
      defaultPercent: Math.min(100, Math.max(0, num(t.defaultPercent) ?? 0)),
    },
  };
}

/** Organization with its logo kept only when it is safe to render from this API base. */
export function parseOrganization(data: unknown, allowLoopbackHttp: boolean): Organization {
  const o = check('organization', orgShape, data);
  const url = (v: unknown) => parseSafeUrl(v, allowLoopbackHttp)?.href;
  return clean({
    slug: cap(o.slug),
    name: cap(o.name),
    id: opt(o.id),
    logoUrl: url(o.logoUrl) ?? url(o.logo),
    ein: opt(o.ein, 32) ?? opt(o.EIN, 32),
    status: opt(o.status, 64),
  });
}

export function parseLink(data: unknown): CreateLinkResponse {
  const r = check('create-link', linkShape, data);
  return {
    donationLink: need('create-link', r, 'donationLink'),
    partnerDonationId: need('create-link', r, 'partnerDonationId', 200),
  };
}

/** `id` (the one asked about) stands in when the response has no partnerDonationId. */
export function parseStatus(data: unknown, id: string): DonationStatus {
  const s = check('status', statusShape, data);
  return clean({
    partnerDonationId: opt(s.partnerDonationId) ?? id,
    // Upper-cased so `pending` and `PENDING` compare equal; unknown values are kept.
    status: need('status', s, 'status', Infinity).slice(0, 64).toUpperCase(),
    amount: num(s.amount),
    currency: opt(s.currency, 8),
    tokensAwarded: s.tokensAwarded === null ? null : num(s.tokensAwarded),
    updatedAt: opt(s.updatedAt, 64),
  });
}
