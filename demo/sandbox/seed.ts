// Seeded data for the local SIR Giving Partner API sandbox.
// Everything here is deterministic so tests, the demo and the README agree on
// keys and ids without a database. Publishable keys are public by design, so
// exporting and printing them is fine; no secret key exists in the sandbox.
import { createHash } from 'node:crypto';

export type PartnerSlug =
  'acme' | 'notips' | 'pending' | 'suspended' | 'inactive' | 'nodonations' | 'slow' | 'limited';

/** Account status as the real API names it; `INACTIVE` answers config with `isActive: false`. */
export type PartnerStatus = 'ACTIVE' | 'PENDING_APPROVAL' | 'SUSPENDED' | 'INACTIVE';

export type PartnerFeature = 'DONATIONS' | 'ACTIONS';

export interface SeedPartner {
  readonly slug: PartnerSlug;
  readonly id: string;
  readonly name: string;
  readonly status: PartnerStatus;
  readonly enabledFeatures: readonly PartnerFeature[];
  readonly tipConfig: { readonly enabled: boolean; readonly defaultPercent: number };
  readonly webhookUrl: string;
  /** Per-minute request limit; undefined means the sandbox default. */
  readonly rateLimitPerMinute?: number;
  /** Every response for this partner is delayed (loading-state demos). */
  readonly slow?: boolean;
  /** One line for the banner and README. */
  readonly exercises: string;
  readonly publishableKey: string;
}

export interface SeedNonprofit {
  readonly slug: string;
  readonly id: string;
  readonly name: string;
  readonly ein: string;
  readonly status: 'ACTIVE';
  /** File served at /logos/:file; absent = no logo (logoUrl omitted). */
  readonly logoFile?: string;
  /**
   * Answer with the tolerated variant keys (`logo`, `EIN`) instead of
   * `logoUrl`/`ein`, so adapters can be tested against them.
   */
  readonly variantKeys?: boolean;
  /** A literal logo URL that is deliberately unsafe (adapter must drop it). */
  readonly rawLogoUrl?: string;
  readonly exercises: string;
}

/** Prefix + sha256 hex of a fixed string: stable across runs and machines. */
export function publishableKeyFor(slug: string): string {
  return `pk_test_${createHash('sha256').update(`sir-sandbox:${slug}`).digest('hex')}`;
}

function objectIdFor(slug: string): string {
  return createHash('sha256').update(`sir-sandbox-id:${slug}`).digest('hex').slice(0, 24);
}

type PartnerInit = Omit<SeedPartner, 'publishableKey' | 'id'>;

const partnerInits: readonly PartnerInit[] = [
  {
    slug: 'acme',
    name: 'Acme Outfitters',
    status: 'ACTIVE',
    enabledFeatures: ['DONATIONS', 'ACTIONS'],
    tipConfig: { enabled: true, defaultPercent: 10 },
    webhookUrl: 'https://acme.example/webhooks/sir',
    exercises: 'happy path, tips on (10 %)',
  },
  {
    slug: 'notips',
    name: 'Bramble Books',
    status: 'ACTIVE',
    enabledFeatures: ['DONATIONS'],
    tipConfig: { enabled: false, defaultPercent: 0 },
    webhookUrl: 'https://bramble.example/hooks/sir',
    exercises: 'tips disabled',
  },
  {
    slug: 'pending',
    name: 'Pending Pottery',
    status: 'PENDING_APPROVAL',
    enabledFeatures: ['DONATIONS'],
    tipConfig: { enabled: true, defaultPercent: 5 },
    webhookUrl: 'https://pending.example/hooks/sir',
    exercises: '403 PARTNER_NOT_ACTIVE on every endpoint',
  },
  {
    slug: 'suspended',
    name: 'Suspended Sports',
    status: 'SUSPENDED',
    enabledFeatures: ['DONATIONS'],
    tipConfig: { enabled: true, defaultPercent: 5 },
    webhookUrl: 'https://suspended.example/hooks/sir',
    exercises: '403 PARTNER_SUSPENDED on every endpoint',
  },
  {
    slug: 'inactive',
    name: 'Idle Ideas',
    status: 'INACTIVE',
    enabledFeatures: ['DONATIONS'],
    tipConfig: { enabled: true, defaultPercent: 10 },
    webhookUrl: 'https://idle.example/hooks/sir',
    exercises: 'config isActive:false; create-link 403 PARTNER_NOT_ACTIVE',
  },
  {
    slug: 'nodonations',
    name: 'Action Only Apparel',
    status: 'ACTIVE',
    enabledFeatures: ['ACTIONS'],
    tipConfig: { enabled: false, defaultPercent: 0 },
    webhookUrl: 'https://actions.example/hooks/sir',
    exercises: 'no DONATIONS feature; create-link 403 DONATIONS_DISABLED',
  },
  {
    slug: 'slow',
    name: 'Slowpoke Supplies',
    status: 'ACTIVE',
    enabledFeatures: ['DONATIONS', 'ACTIONS'],
    tipConfig: { enabled: true, defaultPercent: 15 },
    webhookUrl: 'https://slow.example/hooks/sir',
    slow: true,
    exercises: 'every response delayed ~1500 ms (loading states)',
  },
  {
    slug: 'limited',
    name: 'Limited Lanterns',
    status: 'ACTIVE',
    enabledFeatures: ['DONATIONS'],
    tipConfig: { enabled: true, defaultPercent: 10 },
    webhookUrl: 'https://limited.example/hooks/sir',
    rateLimitPerMinute: 5,
    exercises: 'rate limit 5 requests/minute (429 + Retry-After)',
  },
];

export const partners: readonly SeedPartner[] = partnerInits.map((p) => ({
  ...p,
  id: objectIdFor(p.slug),
  publishableKey: publishableKeyFor(p.slug),
}));

export const nonprofits: readonly SeedNonprofit[] = [
  {
    slug: 'american-red-cross',
    id: 'org_5f1a2b3c4d5e6f7a8b9c0d01',
    name: 'American Red Cross',
    ein: '53-0196605',
    status: 'ACTIVE',
    logoFile: 'american-red-cross.svg',
    exercises: 'typical nonprofit with logo',
  },
  {
    slug: 'doctors-without-borders',
    id: 'org_5f1a2b3c4d5e6f7a8b9c0d02',
    name: 'Doctors Without Borders',
    ein: '13-3433452',
    status: 'ACTIVE',
    logoFile: 'doctors-without-borders.svg',
    exercises: 'second nonprofit with logo',
  },
  {
    slug: 'local-food-bank',
    id: 'org_5f1a2b3c4d5e6f7a8b9c0d03',
    name: 'Local Food Bank',
    ein: '00-0000003',
    status: 'ACTIVE',
    exercises: 'no logo (logoUrl omitted)',
  },
  {
    slug: 'extraordinarily-long-named-international-foundation',
    id: 'org_5f1a2b3c4d5e6f7a8b9c0d04',
    name: 'The Extraordinarily Long-Named International Foundation for the Advancement of Community Libraries, Literacy and Lifelong Learning',
    ein: '00-0000004',
    status: 'ACTIVE',
    logoFile: 'long-named-foundation.svg',
    exercises: 'very long name (text wrapping)',
  },
  {
    slug: 'kids-and-co',
    id: 'org_5f1a2b3c4d5e6f7a8b9c0d05',
    name: `O'Brien Kids & Co. <Reading> "Trust"`,
    ein: '00-0000005',
    status: 'ACTIVE',
    logoFile: 'kids-and-co.svg',
    exercises: 'HTML-special characters in the name (escaping)',
  },
  {
    slug: 'variant-keys-trust',
    id: 'org_5f1a2b3c4d5e6f7a8b9c0d06',
    name: 'Variant Keys Trust',
    ein: '00-0000006',
    status: 'ACTIVE',
    logoFile: 'variant-keys-trust.svg',
    variantKeys: true,
    exercises: 'answers with `logo` and `EIN` instead of `logoUrl`/`ein`',
  },
  {
    slug: 'unsafe-logo-fund',
    id: 'org_5f1a2b3c4d5e6f7a8b9c0d07',
    name: 'Unsafe Logo Fund',
    ein: '00-0000007',
    status: 'ACTIVE',
    rawLogoUrl: 'javascript:alert(1)',
    exercises: 'logoUrl is a javascript: URL (must be dropped)',
  },
];

/** Publishable key per seeded partner. */
export const sandboxKeys: Readonly<Record<PartnerSlug, string>> = Object.fromEntries(
  partners.map((p) => [p.slug, p.publishableKey]),
) as Record<PartnerSlug, string>;

export const partnerSlugs: readonly PartnerSlug[] = partners.map((p) => p.slug);
export const nonprofitSlugs: readonly string[] = nonprofits.map((n) => n.slug);

const partnersByKey = new Map(partners.map((p) => [p.publishableKey, p] as const));
const partnersBySlug = new Map(partners.map((p) => [p.slug, p] as const));
const nonprofitsBySlug = new Map(nonprofits.map((n) => [n.slug, n] as const));

export function keyFor(slug: PartnerSlug): string {
  return sandboxKeys[slug];
}

export function partnerBySlug(slug: string): SeedPartner | undefined {
  return partnersBySlug.get(slug as PartnerSlug);
}

export function partnerByKey(key: string): SeedPartner | undefined {
  return partnersByKey.get(key);
}

export function nonprofitBySlug(slug: string): SeedNonprofit | undefined {
  return nonprofitsBySlug.get(slug);
}

/**
 * ISO 4217 codes the sandbox accepts, with their minor-unit digits. Only
 * codes where ISO 4217 and ICU (Intl) agree are listed, so tests of the
 * widget's money maths are unambiguous.
 */
export const currencyDigits: Readonly<Record<string, 0 | 2 | 3>> = {
  USD: 2,
  EUR: 2,
  GBP: 2,
  CAD: 2,
  AUD: 2,
  NZD: 2,
  CHF: 2,
  SEK: 2,
  NOK: 2,
  DKK: 2,
  PLN: 2,
  CZK: 2,
  BRL: 2,
  MXN: 2,
  INR: 2,
  SGD: 2,
  HKD: 2,
  ZAR: 2,
  ILS: 2,
  JPY: 0,
  KRW: 0,
  CLP: 0,
  VND: 0,
  ISK: 0,
  KWD: 3,
  BHD: 3,
  OMR: 3,
  JOD: 3,
  TND: 3,
};

export const supportedCurrencies: readonly string[] = Object.keys(currencyDigits);

export const SEED = {
  partners,
  nonprofits,
  keys: sandboxKeys,
  currencies: currencyDigits,
  keyFor,
  partnerByKey,
  partnerBySlug,
  nonprofitBySlug,
} as const;
