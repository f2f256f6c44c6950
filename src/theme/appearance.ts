export type Theme = 'light' | 'dark' | 'auto';

/** Stripe-Appearance-like theme variables; every value is a CSS string. */
export interface AppearanceVariables {
  colorPrimary?: string;
  colorOnPrimary?: string;
  colorBackground?: string;
  colorSurface?: string;
  colorText?: string;
  colorMuted?: string;
  /** Alias of `colorMuted` (Stripe's name). */
  colorTextSecondary?: string;
  colorBorder?: string;
  colorError?: string;
  /** Alias of `colorError` (Stripe's name). */
  colorDanger?: string;
  colorSuccess?: string;
  fontFamily?: string;
  fontSize?: string;
  /** Alias of `fontSize` (Stripe's name). */
  fontSizeBase?: string;
  borderRadius?: string;
  spacing?: string;
  /** Alias of `spacing` (Stripe's name). */
  spacingUnit?: string;
  /** An `outline` value (`2px solid #0b5f6e`); a bare colour becomes `2px solid <colour>`. */
  focusRing?: string;
  maxWidth?: string;
}

export interface Appearance {
  theme?: Theme;
  variables?: AppearanceVariables;
}

export interface AppearanceResult {
  theme?: Theme;
  /** `--sir-*` name → value, ready for {@link applyProperties}. */
  properties: Record<string, string>;
}

// Canonical name → the CSS property its value must be valid for. Lengths are
// checked as padding-top: one non-negative length, no keywords (they go into calc()).
const CHECK: Record<string, string> = {
  colorPrimary: 'color',
  colorOnPrimary: 'color',
  colorBackground: 'color',
  colorSurface: 'color',
  colorText: 'color',
  colorMuted: 'color',
  colorBorder: 'color',
  colorError: 'color',
  colorSuccess: 'color',
  fontFamily: 'font-family',
  fontSize: 'padding-top',
  borderRadius: 'padding-top',
  spacing: 'padding-top',
  focusRing: 'outline',
  maxWidth: 'max-width',
};
// Stripe's names.
const ALIASES: Record<string, string> = {
  colorDanger: 'colorError',
  colorTextSecondary: 'colorMuted',
  fontSizeBase: 'fontSize',
  spacingUnit: 'spacing',
};

// Values only reach style.setProperty (no CSS text is built), but still refuse
// anything that could end a declaration, hide text, or load or read something.
// eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
const UNSAFE = /[;{}<>\\!\0-\x1f]|\/\*|(url|src|image|var|env|attr|expression)\(|script:|@import/i;
const KEYWORD = /^(inherit|initial|unset|revert(-layer)?)$/i;
const FONT = /^[\p{L}\p{N}\s,'"._-]+$/u;

// Without `CSS.supports` (server-side rendering): conservative shapes.
const supports = (prop: string, v: string): boolean =>
  typeof CSS != 'undefined' && CSS.supports
    ? CSS.supports(prop, v)
    : (prop == 'color'
        ? /^(#[\da-f]{3,8}|[a-z]+|[a-z]+\([\w\s.,%/+-]+\))$/i
        : prop == 'outline'
          ? /^[\w\s#.,%()/+-]+$/
          : /^(0|\d*\.?\d+(px|r?em|%|ch|ex|v[wh]|pt))$/i
      ).test(v);

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v == 'object' && !!v && !Array.isArray(v);

/**
 * Validates a partner's `appearance` object and maps it to `--sir-*`
 * properties. Never throws: each invalid value or unknown key is dropped with
 * one warning naming it and why.
 */
export function appearanceToProperties(
  value: unknown,
  warn: (message: string) => void = console.warn,
): AppearanceResult {
  const out: AppearanceResult = { properties: {} };
  const drop = (key: string, why: string): void =>
    warn(`<sir-donate> appearance${key} ignored: ${why}`);
  if (value == null) return out;
  if (!isObject(value)) {
    drop('', 'not an object');
    return out;
  }
  for (const [key, v] of Object.entries(value)) {
    if (v === undefined) continue;
    if (key == 'theme') {
      if (v === 'light' || v === 'dark' || v === 'auto') out.theme = v;
      else drop('.theme', 'not light, dark or auto');
    } else if (key != 'variables') drop('.' + key, 'unknown key');
    else if (!isObject(v)) drop('.variables', 'not an object');
    else
      for (const [given, raw] of Object.entries(v)) {
        if (raw === undefined) continue;
        const name = Object.hasOwn(ALIASES, given) ? ALIASES[given]! : given;
        const at = '.variables.' + given;
        const as = Object.hasOwn(CHECK, name) ? CHECK[name] : undefined;
        let val = typeof raw == 'string' ? raw.trim() : '';
        // A bare colour as focus ring: make it a ring.
        if (as == 'outline' && supports('color', val)) val = '2px solid ' + val;
        if (!as) drop(at, 'unknown variable');
        else if (typeof raw != 'string') drop(at, 'not a string');
        else if (!val || val.length > 200 || UNSAFE.test(val))
          drop(at, 'empty, too long or unsafe');
        else if (KEYWORD.test(val) || !(as == 'font-family' ? FONT.test(val) : supports(as, val)))
          drop(at, 'not a valid ' + as);
        else
          out.properties[
            '--sir-' + name.replace('borderR', 'r').replace(/[A-Z]/g, (c) => '-' + c.toLowerCase())
          ] = val;
      }
  }
  return out;
}

const applied = new WeakMap<HTMLElement, Record<string, string>>();

/**
 * Sets `--sir-*` properties as inline styles on `el` and removes the ones set
 * last time (or listed in `previous`) that are no longer present.
 */
export function applyProperties(
  el: HTMLElement,
  props: Record<string, string>,
  previous: Record<string, string> | undefined = applied.get(el),
): void {
  for (const name in previous) if (!Object.hasOwn(props, name)) el.style.removeProperty(name);
  for (const [name, v] of Object.entries(props))
    if (name.startsWith('--sir-')) el.style.setProperty(name, v);
  applied.set(el, props);
}
