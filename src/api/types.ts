/** Data shapes the widget relies on, after validation and normalisation. */

export type Frequency = 'once' | 'monthly';
export type Provider = 'stripe' | 'every.org';
export type Environment = 'test' | 'live';

export interface TipConfig {
  enabled: boolean;
  defaultPercent: number;
}

/** GET /v1/partner/config, reduced to what the widget uses. */
export interface PartnerConfig {
  name: string;
  slug: string;
  enabledFeatures: string[];
  isActive: boolean;
  tipConfig: TipConfig;
}

/** GET /v1/partner/organizations/:slug, normalised (`logo` → `logoUrl`, `EIN` → `ein`). */
export interface Organization {
  slug: string;
  name: string;
  id?: string;
  /** Only present when it is a safe URL to render. */
  logoUrl?: string;
  ein?: string;
  status?: string;
}

/** POST /v1/partner/donations/create-link body. Amounts in minor units. */
export interface CreateLinkRequest {
  nonprofitSlug: string;
  amount: number;
  currency: string;
  frequency: Frequency;
  provider: Provider;
  donorEmail?: string;
  firstName?: string;
  lastName?: string;
  tipAmount?: number;
  tipPercent?: number;
  referralCode?: string;
}

export interface CreateLinkResponse {
  donationLink: string;
  partnerDonationId: string;
}

/** Known statuses; unknown strings are kept (upper-cased) and treated as non-terminal. */
export type DonationStatusValue =
  'PENDING' | 'COMPLETED' | 'FAILED' | 'CANCELLED' | 'REVERSED' | (string & {});

export interface DonationStatus {
  partnerDonationId: string;
  status: DonationStatusValue;
  amount?: number;
  currency?: string;
  tokensAwarded?: number | null;
  updatedAt?: string;
}
