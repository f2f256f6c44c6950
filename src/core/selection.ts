/**
 * The donor's selection and its validation, without rendering: preset or
 * custom amount, frequency, tip, donor fields, and the errors tied to them.
 * Errors are message keys with their parameters (src/i18n words them), so a
 * change of locale re-words an error already shown.
 */
import type { Frequency } from '../api/types.js';
import { oneOf, parseAmounts, parseFrequencies, warnOnce } from './attributes.js';
import type { DonationSelection } from './checkout.js';
import {
  checkRange,
  currencyDigits,
  formatForInput,
  formatMoney,
  parseAmount,
  toMinor,
} from './money.js';

/** A field error: a message key and the values for its `{placeholders}`. */
export type FieldError = [key: string, params?: Record<string, string | number>];
export type DonorField = 'firstName' | 'lastName' | 'donorEmail';

/** The embed options the selection starts from (the element's attributes), and its owner. */
export interface SelectionHost {
  readonly amounts: unknown;
  readonly amount?: number;
  readonly minAmount: unknown;
  readonly maxAmount: unknown;
  readonly frequency: unknown;
  readonly frequencies: unknown;
  readonly firstName?: string | null;
  readonly lastName?: string | null;
  readonly donorEmail?: string | null;
  readonly collectDonor: boolean;
  /** A valid ISO 4217 code (a bad attribute already replaced). */
  readonly currencyCode: string;
  /** Canonical BCP 47 tag for number formats. */
  readonly loc: string;
  /** The selection changed: render it. */
  requestUpdate(): void;
  /** The donor changed amount, frequency or tip. */
  changed(): void;
}

export const DEFAULT_AMOUNTS = [10, 25, 50, 100];
// A simple, permissive check: the hosted checkout validates again.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export class Selection {
  /** Preset amounts offered, major units. */
  presets = DEFAULT_AMOUNTS;
  /** Frequencies offered. */
  offered: Frequency[] = ['once', 'monthly'];
  /** The chosen preset in minor units, or null when the custom amount counts. */
  preset: number | null = null;
  /** The custom amount as typed. */
  custom = '';
  customError?: FieldError;
  freq: Frequency = 'once';
  tipPercent?: number;
  donor: Record<DonorField, string> = { firstName: '', lastName: '', donorEmail: '' };
  donorErrors: Partial<Record<DonorField, FieldError>> = {};
  /** A problem with the embed that only shows when the donor presses Donate. */
  formError?: FieldError;

  constructor(private readonly h: SelectionHost) {}

  /** min-amount and max-amount in major units, made sane (bad values fall back with a warning). */
  range(): [number, number] {
    let min = Number(this.h.minAmount);
    let max = Number(this.h.maxAmount);
    if (!(Number.isFinite(min) && min >= 0)) {
      warnOnce(`min-amount: expected a number ≥ 0; using 1`);
      min = 1;
    }
    if (!(Number.isFinite(max) && max >= min)) {
      warnOnce(`max-amount: expected a number ≥ min-amount; using 100000`);
      max = Math.max(100000, min);
    }
    return [min, max];
  }

  minor(major: number): number {
    return toMinor(major, this.h.currencyCode);
  }

  money(minor: number): string {
    return formatMoney(minor, this.h.currencyCode, this.h.loc);
  }

  /** The initial amount and donor fields from the embed options. */
  init(): void {
    const [min, max] = this.range();
    const ok = (p: number) => p >= min && p <= max && Number.isFinite(p) && this.minor(p) > 0;
    const listed = parseAmounts(this.h.amounts, DEFAULT_AMOUNTS);
    // A preset the donor could not donate (outside the range, or 0 in minor units) is not offered.
    this.presets = listed.filter(ok);
    if (this.presets.length < listed.length)
      warnOnce('amounts: presets outside min-amount..max-amount are not shown');
    if (!this.presets[0]) this.presets = [Math.max(min, 1)];
    const first = this.presets[0]!;
    const wanted = this.h.amount ?? first;
    const valid = ok(wanted);
    if (!valid) warnOnce(`amount: ${wanted} is outside min-amount..max-amount; using ${first}`);
    const minor = this.minor(valid ? wanted : first);
    const listedMinor = this.presets.some((p) => this.minor(p) === minor);
    this.preset = listedMinor ? minor : null;
    this.custom = listedMinor ? '' : formatForInput(minor, this.h.currencyCode, this.h.loc);
    this.customError = undefined;
    const { h } = this;
    // A removed attribute reads null.
    this.donor = {
      firstName: h.firstName ?? '',
      lastName: h.lastName ?? '',
      donorEmail: h.donorEmail ?? '',
    };
    this.donorErrors = {};
    this.h.requestUpdate();
  }

  /** The offered frequencies and the initial one from the embed options. */
  initFrequency(): void {
    this.offered = parseFrequencies(this.h.frequencies);
    const wanted = oneOf<Frequency>('frequency', this.h.frequency, ['once', 'monthly']);
    this.freq = this.offered.includes(wanted) ? wanted : this.offered[0]!;
    this.h.requestUpdate();
  }

  /** Back to the initial selection: amount, frequency and tip (`tipPercent`: the partner's default). */
  reset(tipPercent?: number): void {
    this.init();
    this.initFrequency();
    this.tipPercent = tipPercent;
    this.formError = undefined;
  }

  /** Shows a problem above Donate (message key). */
  fail(key: string): void {
    this.formError = [key];
    this.h.requestUpdate();
  }

  /** The selected amount in minor units, when it is valid. */
  amount(): number | undefined {
    const result = this.preset ?? this.check();
    return typeof result == 'number' ? result : undefined;
  }

  /** The custom amount in minor units, or its error. */
  check(): number | FieldError {
    const { currencyCode: currency, loc } = this.h;
    const parsed = parseAmount(this.custom, loc, currency);
    if (!parsed.ok) {
      const digits = currencyDigits(currency);
      // `too-precise` → errTooPrecise, …; a currency without decimals asks for a whole amount.
      return parsed.reason == 'too-precise' && !digits
        ? ['errWhole']
        : [
            'err' + parsed.reason.replace(/(^|-)(.)/g, (_, _dash, c: string) => c.toUpperCase()),
            { digits, example: formatForInput(this.minor(25), currency, loc) },
          ];
    }
    const [lo, hi] = this.range();
    // Nothing below one minor unit is a donation, even with min-amount="0".
    const min = Math.max(this.minor(lo), 1);
    const max = this.minor(hi);
    const range = checkRange(parsed.minor, min, max);
    return range == 'below-min'
      ? ['errMin', { min: this.money(min) }]
      : range
        ? ['errMax', { max: this.money(max) }]
        : parsed.minor;
  }

  /** Checks every field before a donation: the amount, or undefined with the errors set. */
  validate(): number | undefined {
    const result = this.preset ?? this.check();
    this.customError = typeof result == 'number' ? undefined : result;
    this.donorErrors = {};
    if (this.h.collectDonor) {
      const email = this.donor.donorEmail.trim();
      // `{field}` is the field's label: the view that shows the error fills it in.
      if (!email) this.donorErrors.donorEmail = ['errRequired'];
      else if (!EMAIL.test(email)) this.donorErrors.donorEmail = ['errEmail'];
    }
    this.h.requestUpdate();
    return this.customError || this.donorErrors.donorEmail ? undefined : (result as number);
  }

  /** What the donor chose, for the checkout link; a cleared prefilled field falls back to its attribute. */
  choice(amount: number, tip: boolean): DonationSelection {
    const { h, donor } = this;
    return {
      amount,
      frequency: this.freq,
      tipPercent: tip ? this.tipPercent : undefined,
      donorEmail: donor.donorEmail || h.donorEmail || undefined,
      firstName: donor.firstName || h.firstName || undefined,
      lastName: donor.lastName || h.lastName || undefined,
    };
  }

  pick(minor: number): void {
    this.preset = minor;
    this.custom = '';
    this.customError = undefined;
    this.changed();
  }

  pickFrequency(f: Frequency): void {
    this.freq = f;
    this.changed();
  }

  pickTip(percent: number): void {
    this.tipPercent = percent;
    this.changed();
  }

  /** The donor typed a custom amount. Errors show on blur or submit; while typing they only clear. */
  input(text: string): void {
    this.custom = text;
    this.preset = null;
    if (typeof this.check() == 'number') {
      this.customError = undefined;
      this.changed();
    } else this.h.requestUpdate();
  }

  /** The custom amount field lost focus: show its error, if any. */
  blur(): void {
    if (this.preset !== null || !this.custom.trim()) return;
    const result = this.check();
    this.customError = typeof result == 'number' ? undefined : result;
    this.h.requestUpdate();
  }

  typeDonor(key: DonorField, value: string): void {
    this.donor = { ...this.donor, [key]: value };
    if (this.donorErrors[key] && (key != 'donorEmail' || EMAIL.test(value.trim())))
      this.donorErrors = { ...this.donorErrors, [key]: undefined };
    this.h.requestUpdate();
  }

  private changed(): void {
    this.h.requestUpdate();
    if (this.amount() !== undefined) this.h.changed();
  }
}
