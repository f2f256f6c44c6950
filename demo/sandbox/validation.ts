// Request-body validation for POST /v1/partner/donations/create-link, with
// one message per field (the shape a NestJS ValidationPipe would give).
import { currencyDigits, supportedCurrencies } from './seed.js';

export const MAX_AMOUNT_MINOR = 100_000_000;
export const MAX_NAME_LENGTH = 100;
export const MAX_EMAIL_LENGTH = 254;
export const MAX_REFERRAL_LENGTH = 64;
export const MAX_SLUG_LENGTH = 200;

export interface FieldError {
  readonly field: string;
  readonly message: string;
}

export interface CreateLinkInput {
  readonly nonprofitSlug: string;
  readonly amount: number;
  readonly currency: string;
  readonly frequency: 'once' | 'monthly';
  readonly provider: 'stripe' | 'every.org';
  readonly donorEmail?: string;
  readonly firstName?: string;
  readonly lastName?: string;
  readonly tipAmount?: number;
  readonly tipPercent?: number;
  readonly referralCode?: string;
}

export type Validation<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly fields: readonly FieldError[] };

const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]+$/;

function isMinorInteger(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value);
}

export function validateCreateLink(body: unknown): Validation<CreateLinkInput> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return {
      ok: false,
      fields: [{ field: 'body', message: 'the request body must be a JSON object' }],
    };
  }
  const b = body as Record<string, unknown>;
  const fields: FieldError[] = [];
  // null counts as absent for optional fields, as class-validator's @IsOptional does.
  const present = (name: string): boolean => b[name] !== undefined && b[name] !== null;

  const slug = b['nonprofitSlug'];
  if (typeof slug !== 'string' || slug.trim() === '') {
    fields.push({
      field: 'nonprofitSlug',
      message: 'nonprofitSlug is required and must be a non-empty string',
    });
  } else if (slug.length > MAX_SLUG_LENGTH) {
    fields.push({
      field: 'nonprofitSlug',
      message: `nonprofitSlug must be at most ${MAX_SLUG_LENGTH} characters`,
    });
  }

  const amount = b['amount'];
  if (!isMinorInteger(amount) || amount <= 0 || amount > MAX_AMOUNT_MINOR) {
    fields.push({
      field: 'amount',
      message: `amount must be an integer number of minor units (2500 = 25.00) from 1 to ${MAX_AMOUNT_MINOR}`,
    });
  }

  const currency = b['currency'];
  if (typeof currency !== 'string' || currencyDigits[currency] === undefined) {
    fields.push({
      field: 'currency',
      message: `currency must be an upper-case ISO 4217 code supported by the sandbox: ${supportedCurrencies.join(', ')}`,
    });
  }

  const frequency = b['frequency'];
  if (frequency !== 'once' && frequency !== 'monthly') {
    fields.push({ field: 'frequency', message: 'frequency must be "once" or "monthly"' });
  }

  const provider = b['provider'];
  if (provider !== 'stripe' && provider !== 'every.org') {
    fields.push({ field: 'provider', message: 'provider must be "stripe" or "every.org"' });
  }

  const donorEmail = b['donorEmail'];
  if (present('donorEmail')) {
    if (
      typeof donorEmail !== 'string' ||
      donorEmail.length > MAX_EMAIL_LENGTH ||
      !EMAIL.test(donorEmail)
    ) {
      fields.push({ field: 'donorEmail', message: 'donorEmail must be a valid e-mail address' });
    }
  }

  for (const name of ['firstName', 'lastName'] as const) {
    const value = b[name];
    if (present(name)) {
      if (typeof value !== 'string' || value.trim() === '' || value.length > MAX_NAME_LENGTH) {
        fields.push({
          field: name,
          message: `${name} must be a non-empty string of at most ${MAX_NAME_LENGTH} characters`,
        });
      }
    }
  }

  const tipAmount = b['tipAmount'];
  if (present('tipAmount')) {
    if (!isMinorInteger(tipAmount) || tipAmount < 0 || tipAmount > MAX_AMOUNT_MINOR) {
      fields.push({
        field: 'tipAmount',
        message: `tipAmount must be an integer number of minor units from 0 to ${MAX_AMOUNT_MINOR}`,
      });
    }
  }

  const tipPercent = b['tipPercent'];
  if (present('tipPercent')) {
    if (
      typeof tipPercent !== 'number' ||
      !Number.isFinite(tipPercent) ||
      tipPercent < 0 ||
      tipPercent > 100
    ) {
      fields.push({ field: 'tipPercent', message: 'tipPercent must be a number from 0 to 100' });
    }
  }

  const referralCode = b['referralCode'];
  if (present('referralCode')) {
    if (
      typeof referralCode !== 'string' ||
      referralCode.length === 0 ||
      referralCode.length > MAX_REFERRAL_LENGTH
    ) {
      fields.push({
        field: 'referralCode',
        message: `referralCode must be a non-empty string of at most ${MAX_REFERRAL_LENGTH} characters`,
      });
    }
  }

  if (fields.length > 0) return { ok: false, fields };
  return {
    ok: true,
    value: {
      nonprofitSlug: slug as string,
      amount: amount as number,
      currency: currency as string,
      frequency: frequency as 'once' | 'monthly',
      provider: provider as 'stripe' | 'every.org',
      ...(typeof donorEmail === 'string' ? { donorEmail } : {}),
      ...(typeof b['firstName'] === 'string' ? { firstName: b['firstName'] } : {}),
      ...(typeof b['lastName'] === 'string' ? { lastName: b['lastName'] } : {}),
      ...(typeof tipAmount === 'number' ? { tipAmount } : {}),
      ...(typeof tipPercent === 'number' ? { tipPercent } : {}),
      ...(typeof referralCode === 'string' ? { referralCode } : {}),
    },
  };
}
