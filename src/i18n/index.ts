// i18n layer: the `Messages` strings (English inlined; es, fr, de, pt-BR, ja, ar loaded on demand as their
// own small modules, so a page pays only for the language it shows) and locale helpers built on Intl.
// Pure functions: no Lit, no DOM at import, no api/core/theme imports.
// Not here: amount/currency parsing and formatting (src/core), rendering and `dir`/`lang` wiring (src/ui).
import { en } from './messages.js';
import type { Messages } from './messages.js';

export type { Messages } from './messages.js';
export type MessageKey = keyof Messages;

// Each translation is its own chunk (about 1.4 KB gzip each): bundlers and the CDN build split them out.
// Each of these modules exports its dictionary alone, under its own name (`ptBR` for pt-BR).
const LOADERS: Record<string, () => Promise<Record<string, Messages>>> = {
  es: () => import('./locales/es.js'),
  fr: () => import('./locales/fr.js'),
  de: () => import('./locales/de.js'),
  'pt-BR': () => import('./locales/pt-BR.js'),
  ja: () => import('./locales/ja.js'),
  ar: () => import('./locales/ar.js'),
};
const DICTS: Record<string, Messages> = { en };

/** Locales with their own messages; any other tag falls back to the closest one (or English). */
export const supportedLocales: readonly string[] = ['en', ...Object.keys(LOADERS)];

/** The dictionary for `locale`: exact, language-region, language (`pt` → `pt-BR`), else English. */
export function dictionaryFor(locale: string): string {
  try {
    const { baseName, language, region } = new Intl.Locale(locale);
    return (
      [baseName, language + '-' + region, language].find((k) => supportedLocales.includes(k)) ??
      supportedLocales.find((k) => k.startsWith(language + '-')) ??
      'en'
    );
  } catch {
    return 'en';
  }
}

/** Whether `messagesFor(locale)` already has its translation (else it answers in English). */
export const messagesLoaded = (locale: string): boolean => !!DICTS[dictionaryFor(locale)];

/** Loads the translation for `locale` (once); a failed load leaves English in place. */
export async function loadMessages(locale: string): Promise<void> {
  const k = dictionaryFor(locale);
  // dictionaryFor only names supported locales, so no inherited key can answer here.
  if (DICTS[k]) return;
  try {
    DICTS[k] = Object.values(await LOADERS[k]!())[0]!;
  } catch {
    DICTS[k] = en;
  }
}

/**
 * The element's locale: the first valid BCP 47 tag among the `locale`
 * attribute, `<html lang>`, then the browser's languages; else `en`. Returns
 * the canonical tag (it also drives number formats, so unsupported languages
 * are kept).
 */
export function resolveLocale(
  attr?: string | null,
  htmlLang?: string | null,
  navigatorLanguages: readonly string[] = globalThis.navigator?.languages ?? [],
): string {
  for (const tag of [attr, htmlLang, ...navigatorLanguages]) {
    const t = tag?.trim();
    if (t)
      try {
        return Intl.getCanonicalLocales(t)[0]!;
      } catch {
        // not a valid tag: try the next source
      }
  }
  return 'en';
}

/**
 * Messages for `locale` (see `dictionaryFor`; English until `loadMessages`
 * has fetched the translation). `overrides` (a partner's wording) win;
 * unknown keys and non-string values are ignored with a warning.
 */
export function messagesFor(
  locale: string,
  overrides?: Partial<Messages> | null,
  warn: (message: string) => void = console.warn,
): Messages {
  const out = { ...(DICTS[dictionaryFor(locale)] ?? en) };
  if (overrides)
    for (const [key, v] of Object.entries(overrides))
      if (v !== undefined) {
        const why = !Object.hasOwn(en, key)
          ? 'unknown key'
          : typeof v != 'string' || !v
            ? 'not a non-empty string'
            : '';
        if (why) warn(`<sir-donate> message "${key}" ignored: ${why}`);
        else out[key as MessageKey] = v;
      }
  return out;
}

/**
 * Fills `{name}` placeholders. Plain text in, plain text out (render it as
 * text, never as HTML); unknown placeholders stay as they are.
 */
export const format = (template: string, params: Record<string, string | number>): string =>
  template.replace(/\{(\w+)\}/g, (m, k: string) =>
    Object.hasOwn(params, k) ? String(params[k]) : m,
  );

type LocaleWithInfo = Intl.Locale & {
  getTextInfo?: () => { direction?: string };
  textInfo?: { direction?: string };
};

/** Whether `locale` is written right to left (ar, he, fa, ur, …). */
export function isRtl(locale: string): boolean {
  try {
    const l: LocaleWithInfo = new Intl.Locale(locale);
    const dir = (l.getTextInfo?.() ?? l.textInfo)?.direction;
    // No textInfo (Firefox, Safari < 17): the likely script decides (ur → Arab, pa-PK → Arab).
    return dir
      ? dir == 'rtl'
      : /^(Arab|Hebr|Thaa|Syrc|Nkoo|Adlm|Rohg|Mand|Mend|Samr|Yezi)$/.test(
          l.maximize().script ?? '',
        );
  } catch {
    return /^(ar|he|iw|fa|ur|ps|sd|ug|yi|dv|ckb|syr|ks)(-|$)/i.test(locale);
  }
}
