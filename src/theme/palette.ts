// The default palettes, and their CSS. Apart from tokens.ts because the palette CSS is built
// with unsafeCSS, which makes the build's literal minifier skip the whole file.
import { css, unsafeCSS } from 'lit';
import type { CSSResult } from 'lit';

/** The colours of one default theme, as hex, so tests (and docs) can check contrast. */
export interface Palette {
  primary: string;
  onPrimary: string;
  background: string;
  surface: string;
  text: string;
  muted: string;
  border: string;
  error: string;
  success: string;
}

// Deep teal on white: every text pair >= 4.5:1, borders and focus >= 3:1
// (test/theme/tokens.test.ts computes the ratios).
export const lightPalette: Palette = {
  primary: '#0b5f6e',
  onPrimary: '#ffffff',
  background: '#ffffff',
  surface: '#f4f7f8',
  text: '#1a2a30',
  muted: '#4f5f66',
  border: '#7a8a91',
  error: '#b3261e',
  success: '#1b6e3a',
};

export const darkPalette: Palette = {
  primary: '#5cc6d6',
  onPrimary: '#062a31',
  background: '#10181b',
  surface: '#19242a',
  text: '#e6eef0',
  muted: '#a0b1b8',
  border: '#6f8289',
  error: '#ff8b80',
  success: '#5fcf85',
};

const kebab = (k: string) => k.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase());

/**
 * A theme only sets `--_sir-d-*` (its defaults); `--_sir-color-*` reads the
 * public property first, so a partner's `--sir-*` wins in every theme.
 */
export const defaults = (p: Palette, shade: string, shadow: string): CSSResult =>
  unsafeCSS(
    Object.entries(p)
      .map(([k, v]) => `--_sir-d-${kebab(k)}:${v};`)
      .join('') + `--_sir-d-shade:${shade};--_sir-d-shadow:${shadow};`,
  );

/** `--_sir-color-<name>: var(--sir-color-<name>, var(--_sir-d-<name>))` for each palette colour. */
export const colors: CSSResult = unsafeCSS(
  Object.keys(lightPalette)
    .map(kebab)
    .map((k) => `--_sir-color-${k}:var(--sir-color-${k},var(--_sir-d-${k}));`)
    .join(''),
);

export const dark = css`
  ${defaults(darkPalette, '#fff', '0 2px 12px rgb(0 0 0 / .5)')}
  color-scheme: dark;
`;
