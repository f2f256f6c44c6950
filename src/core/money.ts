export type ParseFailure = 'empty' | 'invalid' | 'ambiguous' | 'negative' | 'too-precise';
export type ParseResult =
  { ok: true; major: number; minor: number } | { ok: false; reason: ParseFailure };

// Intl objects and what is read from them are slow to make: each is made once.
const cache: Record<string, unknown> = {};
const memo = <T>(key: string, make: () => T): T => (cache[key] ??= make()) as T;

// A malformed `locale` attribute should not break the widget: fall back to the
// browser's locale. A bad currency still throws (from the second attempt).
const nf = (locale: string | undefined, o: Intl.NumberFormatOptions = {}): Intl.NumberFormat =>
  memo(locale + JSON.stringify(o), () => {
    try {
      return Intl.NumberFormat(locale, o);
    } catch {
      return Intl.NumberFormat(undefined, o);
    }
  });

/** Decimals of the currency's minor unit (JPY 0, USD 2, KWD 3). Throws RangeError for a malformed code. */
export const currencyDigits = (currency: string): number =>
  memo(
    currency,
    () => nf('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits!,
  );

/** A well-formed ISO 4217 code this browser's Intl knows (case-insensitive). */
export const isValidCurrency = (code: unknown): boolean =>
  typeof code == 'string' && Intl.supportedValuesOf('currency').includes(code.toUpperCase());

/** Major → minor units, exact for what a person writes (19.99 USD → 1999); halves round up. */
export const toMinor = (major: number, currency: string): number => {
  if (!isFinite(major)) throw RangeError('Not finite');
  // Shifting the decimal point in the shortest decimal text avoids float drift (19.99 * 100 = 1998.999…).
  const [m, e = 0] = String(major).split('e');
  return Math.round(+`${m}e${+e + currencyDigits(currency)}`);
};

// Division by an exact power of ten is correctly rounded: 1999 / 100 is the double nearest 19.99.
export const fromMinor = (minor: number, currency: string): number =>
  minor / 10 ** currencyDigits(currency);

const format = (minor: number, currency: string, locale: string, style?: 'currency'): string => {
  const d = currencyDigits(currency);
  return nf(locale, {
    style,
    currency,
    // Whole amounts read better without ".00" ("$25"), others keep all digits ("$12.50").
    minimumFractionDigits: minor % 10 ** d ? d : 0,
    maximumFractionDigits: d,
  }).format(minor / 10 ** d);
};

/** "$25", "$12.50", "1.234,50 €": the currency format, without ".00" for whole amounts. */
export const formatMoney = (minor: number, currency: string, locale: string): string =>
  format(minor, currency, locale, 'currency');

/** The amount as a donor would type it: locale digits and grouping, no currency symbol. */
export const formatForInput = (minor: number, currency: string, locale: string): string =>
  format(minor, currency, locale);

export const checkRange = (
  minor: number,
  minMinor: number,
  maxMinor: number,
): 'below-min' | 'above-max' | undefined =>
  minor < minMinor ? 'below-min' : minor > maxMinor ? 'above-max' : undefined;

// NFKC folds full-width digits and marks and every no-break space; bidi marks
// go; Arabic-Indic digits and marks become Latin ones.
const norm = (s: string) =>
  s
    .normalize('NFKC')
    .replace(/\p{Cf}/gu, '')
    .replace(/[٠-٬]/g, (c) => '0123456789%.,'[c.charCodeAt(0) - 1632]!);

/**
 * Reads an amount as donors type it in their locale. The currency's symbol (as
 * Intl formats it in this locale) and a minus may lead, the symbol may trail.
 *
 * The last "." or "," is the decimal mark when it occurs once ("1.234,56" and
 * "1,234.56" read alike anywhere); other marks group digits in threes, or
 * Indian style (twos, then three last); spaces and apostrophes only ever group.
 * A lone "." or "," that is not the locale's decimal mark is a group mark if
 * it is the locale's and groups well, a decimal mark if it is foreign and does
 * not; otherwise it is `ambiguous` ("12,50" in en-US, "1.234" in fr-FR): a
 * wrong guess changes the amount 100× or more, so we ask instead.
 * Trailing zeros beyond the currency's digits are fine ("500.0" JPY), other extra digits are `too-precise`.
 * Throws RangeError for a malformed currency code (check with isValidCurrency first).
 */
export function parseAmount(text: string, locale: string, currency: string): ParseResult {
  const part = (type: string, o?: Intl.NumberFormatOptions) =>
    memo(type + locale + currency, () =>
      norm(
        nf(locale, o)
          .formatToParts(1234567.5)
          .find((p) => p.type == type)?.value ?? '',
      ),
    );
  // The symbol becomes \0, which may only stand before or after the number;
  // text that does not fit reads as a lone minus (invalid).
  const [, pre = '-', s = ''] =
    /^([-−\s\0]*)([\d.,'’ ]*?)[\s\0]*$/.exec(
      norm(text).replace(part('currency', { style: 'currency', currency }), '\0'),
    ) || [];
  const marks = s.replace(/\d/g, '');
  const last = marks.slice(-1);
  const mark = /[.,]/.test(last);
  const lone = marks == last && mark && last != part('decimal');
  const grouped = /^\d{1,3}.\d{3}$/.test(s);
  const [int = '', frac = ''] = s.split(
    mark && s.split(last).length < 3 && !(lone && grouped) ? last : 'x',
  );
  const f = frac.replace(/0+$/, '');
  const places = currencyDigits(currency);
  const minor = +(int.replace(/\D/g, '') + f.padEnd(places, '0'));
  const reason: ParseFailure | '' = !/\d/.test(s)
    ? s || /[-−]/.test(pre)
      ? 'invalid'
      : 'empty'
    : lone && grouped != (last == part('group'))
      ? 'ambiguous'
      : !/^(\d*|\d{1,3}(x\d{3})+|\d\d?(x\d\d)*x\d{3})$/.test(int.split(marks[0]!).join('x')) ||
          !Number.isSafeInteger(minor)
        ? 'invalid'
        : /[-−]/.test(pre)
          ? 'negative'
          : f.length > places
            ? 'too-precise'
            : '';
  return reason ? { ok: false, reason } : { ok: true, major: fromMinor(minor, currency), minor };
}
