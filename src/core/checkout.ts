import { apiError } from '../api/errors.js';
import type { CreateLinkRequest, CreateLinkResponse, Frequency, Provider } from '../api/types.js';
import { isLoopbackUrl, parseSafeUrl } from '../api/url.js';

/** What the donor chose. */
export interface DonationSelection {
  /** The donation alone, in minor units. */
  amount: number;
  frequency: Frequency;
  /** Undefined or 0 when the donor adds no tip. */
  tipPercent?: number;
  donorEmail?: string;
  firstName?: string;
  lastName?: string;
}

/** What the embed and the partner config decide. */
export interface CheckoutOptions {
  nonprofit: string;
  currency: string;
  provider: Provider;
  referralCode?: string;
  /** False when `tip="off"` or the partner's tipConfig is disabled. */
  tip?: boolean;
}

/**
 * The tip in minor units, rounded half-up. `minor` already carries the
 * currency's digits, so the currency does not change the result; the
 * parameter only keeps call sites explicit.
 */
export const tipAmountMinor = (minor: number, percent: number, _currency?: string): number =>
  // toPrecision drops float noise before rounding: 375 * 9.2 / 100 is 34.49999… in floats, not 34.5.
  Math.round(+((minor * percent) / 100).toPrecision(15));

export const buildCreateLinkBody = (
  s: DonationSelection,
  o: CheckoutOptions,
): CreateLinkRequest => {
  const { amount, tipPercent: p } = s;
  const all = { ...s, ...o };
  if (!(amount > 0 && Number.isSafeInteger(amount)))
    throw apiError('INVALID_AMOUNT', 'Amount must be positive');
  const body: CreateLinkRequest = {
    nonprofitSlug: o.nonprofit,
    amount,
    currency: o.currency.toUpperCase(),
    frequency: s.frequency,
    provider: o.provider,
  };
  if (o.tip !== false && p! > 0 && isFinite(p!)) {
    body.tipPercent = p;
    body.tipAmount = tipAmountMinor(amount, p!);
  }
  for (const k of ['donorEmail', 'firstName', 'lastName', 'referralCode'] as const) {
    const v = all[k]?.trim();
    if (v) body[k] = v;
  }
  return body;
};

/**
 * The checkout URL if it is safe to navigate to; otherwise throws
 * UNSAFE_CHECKOUT_URL. Plain http is allowed only on loopback, and only when
 * the API itself is a loopback sandbox.
 */
export const checkoutUrlOrError = (
  link: string | Pick<CreateLinkResponse, 'donationLink'>,
  apiBaseUrl: string,
): string => {
  const url = parseSafeUrl(
    (link as CreateLinkResponse)?.donationLink ?? link,
    isLoopbackUrl(apiBaseUrl),
  )?.href;
  if (url) return url;
  // The refused URL is not echoed: it may be attacker-controlled.
  throw apiError('UNSAFE_CHECKOUT_URL', 'Unsafe checkout link');
};
