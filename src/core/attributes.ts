/**
 * Reading the element's list-valued and enumerated attributes. Bad values
 * never throw: they fall back to the default with one console warning naming
 * the attribute, so a typo in the embed code is easy to find.
 */
import { apiError } from '../api/errors.js';
import type { Frequency } from '../api/types.js';
import { isValidCurrency } from './money.js';

const warned = new Set<string>();
/** Warns once per distinct message (many widgets on a page share one typo). */
export function warnOnce(message: string): void {
  if (warned.has(message)) return;
  warned.add(message);
  console.warn(`<sir-donate> ${message}`);
}

const MAX_PRESETS = 8;

/** Preset amounts in major units: "10,25,50" or an array; invalid entries are dropped. */
export function parseAmounts(value: unknown, fallback: number[]): number[] {
  if (value == null || value === '') return fallback;
  const raw = Array.isArray(value)
    ? value
    : String(value)
        .split(/[,;\s]+/)
        .filter(Boolean);
  const out: number[] = [];
  for (const item of raw) {
    const n = typeof item === 'number' ? item : Number(String(item).trim());
    if (Number.isFinite(n) && n > 0 && !out.includes(n)) out.push(n);
    else
      warnOnce(
        `amounts: ignoring ${JSON.stringify(String(item).slice(0, 20))} (not a positive number)`,
      );
  }
  if (out.length > MAX_PRESETS)
    warnOnce(`amounts: only the first ${MAX_PRESETS} presets are shown`);
  if (!out.length) {
    warnOnce(`amounts: no valid amount, using ${fallback.join(',')}`);
    return fallback;
  }
  return out.slice(0, MAX_PRESETS);
}

const FREQUENCIES: readonly Frequency[] = ['once', 'monthly'];

export function parseFrequencies(value: unknown): Frequency[] {
  const raw = Array.isArray(value) ? value : String(value ?? '').split(/[,;\s]+/);
  const out = FREQUENCIES.filter((f) => raw.some((r) => String(r).trim().toLowerCase() === f));
  if (!out.length) {
    if (value != null && value !== '') warnOnce(`frequencies: expected "once", "monthly" or both`);
    return [...FREQUENCIES];
  }
  return out;
}

/** One of `allowed`, else the first with a warning. */
export function oneOf<T extends string>(name: string, value: unknown, allowed: readonly T[]): T {
  const v = String(value ?? '')
    .trim()
    .toLowerCase();
  if ((allowed as readonly string[]).includes(v)) return v as T;
  if (value != null && value !== '')
    warnOnce(`${name}: expected ${allowed.join(', ')}; using ${allowed[0]}`);
  return allowed[0]!;
}

/** INVALID_CURRENCY for a `currency` that is not an ISO 4217 code (an embed mistake: no request is made). */
export const currencyError = (value: unknown) =>
  isValidCurrency(value)
    ? undefined
    : apiError(
        'INVALID_CURRENCY',
        `currency: "${String(value).slice(0, 12)}" is not an ISO 4217 currency code.`,
      );
