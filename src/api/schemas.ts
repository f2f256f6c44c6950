import * as z from 'zod/mini';
import { SirApiError } from './errors.js';
import type { CreateLinkResponse, DonationStatus, Organization, PartnerConfig } from './types.js';
import { safeUrl } from './url.js';

// Before any schema is built: otherwise zod probes `new Function` for its JIT, which strict-CSP pages report.
z.config({ jitless: true });

// Only the base shape is declared to zod (wrong types there read "name: expected
// string"); trimming, caps and optional extras are done in the transforms, which
// keeps the zod/mini parts pulled into the bundle to a minimum (~1.5 KB less).
type Ctx = z.core.ParsePayload;

// Rendered strings are trimmed and truncated, never rejected for length: a long
// name from the API should not take the widget down. A wrong type or blank
// value in an optional extra drops the field instead of failing the response.
const str = (v: unknown, max: number) =>
  typeof v === 'string' && v.trim() ? v.trim().slice(0, max) : undefined;
const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
const issue = (ctx: Ctx, path: string, message: string) =>
  ctx.issues.push({ code: 'custom', message, input: ctx.value, path: [path] });
/** A required string; identifiers (max 200) are rejected when too long, since a cut id would be wrong. */
const need = (ctx: Ctx, o: Record<string, unknown>, k: string, max = 8192) => {
  const v = str(o[k], Infinity) ?? '';
  if (!v) issue(ctx, k, 'must not be empty');
  else if (v.length > max) issue(ctx, k, 'too long');
  return v;
};
// Omit absent optional fields so consumers and `in` checks see clean objects.
const compact = <T extends object>(o: T): T =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

export const configSchema: z.ZodMiniType<PartnerConfig> = z.pipe(
  z.looseObject({ name: z.string(), slug: z.string(), isActive: z.boolean() }),
  z.transform((c, ctx) => {
    const f = c.enabledFeatures ?? [];
    if (!Array.isArray(f)) issue(ctx, 'enabledFeatures', 'expected array');
    // Tipping is optional for the widget: anything unusable means "no tip".
    const t = (c.tipConfig ?? {}) as { enabled?: unknown; defaultPercent?: unknown };
    return {
      name: c.name.trim().slice(0, 200),
      slug: c.slug.trim().slice(0, 200),
      isActive: c.isActive,
      enabledFeatures: Array.isArray(f)
        ? f.filter((x): x is string => typeof x === 'string').slice(0, 50)
        : [],
      tipConfig: {
        enabled: t.enabled === true,
        defaultPercent: Math.min(100, Math.max(0, num(t.defaultPercent) ?? 0)),
      },
    };
  }),
);

/** Logos are checked later, when it is known whether the API is a loopback sandbox. */
export const organizationSchema: z.ZodMiniType<Organization> = z.pipe(
  z.looseObject({ slug: z.string(), name: z.string() }),
  z.transform((o) =>
    compact({
      slug: o.slug.trim().slice(0, 200),
      name: o.name.trim().slice(0, 200),
      id: str(o.id, 200),
      logoUrl: str(o.logoUrl, 8192) ?? str(o.logo, 8192),
      ein: str(o.ein, 32) ?? str(o.EIN, 32),
      status: str(o.status, 64),
    }),
  ),
);

export const createLinkSchema: z.ZodMiniType<CreateLinkResponse> = z.pipe(
  z.looseObject({ donationLink: z.string(), partnerDonationId: z.string() }),
  z.transform((r, ctx) => ({
    donationLink: need(ctx, r, 'donationLink'),
    partnerDonationId: need(ctx, r, 'partnerDonationId', 200),
  })),
);

/** `partnerDonationId` may be absent: the client fills in the id it asked about. */
export const statusSchema: z.ZodMiniType<
  Omit<DonationStatus, 'partnerDonationId'> & { partnerDonationId?: string }
> = z.pipe(
  z.looseObject({ status: z.string() }),
  z.transform((s, ctx) =>
    compact({
      partnerDonationId: str(s.partnerDonationId, 200),
      // Upper-cased so `pending` and `PENDING` compare equal; unknown values are kept.
      status: need(ctx, s, 'status', Infinity).slice(0, 64).toUpperCase(),
      amount: num(s.amount),
      currency: str(s.currency, 8),
      tokensAwarded: s.tokensAwarded === null ? null : num(s.tokensAwarded),
      updatedAt: str(s.updatedAt, 64),
    }),
  ),
);

/** The error body (NestJS style): any object; its fields are read defensively because proxies send anything. */
export const envelopeSchema = z.looseObject({});

/** Parses `data` or throws INVALID_RESPONSE naming the endpoint, field and problem. */
export function validate<T>(schema: z.ZodMiniType<T>, data: unknown, endpoint: string): T {
  const r = schema.safeParse(data);
  if (r.success) return r.data;
  const issues = r.error.issues;
  const i = issues[0];
  // zod/mini carries no message locale: its own messages are a bare "Invalid input".
  const what = !i ? 'invalid' : i.code === 'invalid_type' ? `expected ${i.expected}` : i.message;
  const path = i?.path.length ? `${i.path.join('.')}: ` : '';
  throw new SirApiError({
    code: 'INVALID_RESPONSE',
    retryable: true,
    message: `${endpoint}: ${path}${what}${issues.length > 1 ? ` (+${issues.length - 1} more)` : ''}`,
  });
}

/** Organization with its logo kept only when it is safe to render from this API base. */
export function parseOrganization(data: unknown, allowLoopbackHttp: boolean): Organization {
  const org = validate(organizationSchema, data, 'organization');
  const logoUrl = safeUrl(org.logoUrl, { allowLoopbackHttp });
  if (logoUrl) org.logoUrl = logoUrl;
  else delete org.logoUrl;
  return org;
}
