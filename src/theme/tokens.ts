import { css } from 'lit';
import type { CSSResult } from 'lit';
import { colors, dark, defaults, lightPalette } from './palette.js';

export { darkPalette, lightPalette, type Palette } from './palette.js';

/**
 * Design tokens for the shadow root. Components read only `--_sir-*`.
 * Public: `--sir-*` (the contract's styling surface). Private derived:
 * `--_sir-color-{primary-hover,surface-selected,on-selected,focus,link,disabled,backdrop}`,
 * `--_sir-focus-ring`, `--_sir-focus-offset`, `--_sir-shadow`, `--_sir-transition`,
 * `--_sir-target-size`, `--_sir-font-size-{sm,lg}`, `--_sir-line-height`.
 */
export const themeTokens: CSSResult = css`
  :host {
    ${defaults(lightPalette, '#000', '0 2px 12px rgb(0 0 0 / .12)')}
    color-scheme: light;
    ${colors}
    --_sir-font-family: var(--sir-font-family, system-ui, sans-serif);
    --_sir-font-size: var(--sir-font-size, 1rem);
    --_sir-radius: var(--sir-radius, 0.5rem);
    --_sir-spacing: var(--sir-spacing, 1rem);
    --_sir-max-width: var(--sir-max-width, 30rem);
    --_sir-color-focus: var(--_sir-color-primary);
    --_sir-focus-ring: var(--sir-focus-ring, 2px solid var(--_sir-color-focus));
    --_sir-focus-offset: 2px;
    --_sir-color-primary-hover: var(--_sir-color-primary);
    --_sir-color-surface-selected: var(--_sir-color-surface);
    --_sir-color-on-selected: var(--_sir-color-text);
    --_sir-color-link: var(--_sir-color-primary);
    --_sir-color-disabled: var(--_sir-color-muted);
    --_sir-color-backdrop: rgb(0 0 0 / 0.5);
    --_sir-shadow: var(--_sir-d-shadow);
    --_sir-transition: 0.15s ease-out;
    --_sir-target-size: 44px;
    --_sir-font-size-sm: calc(var(--_sir-font-size) * 0.875);
    --_sir-font-size-lg: calc(var(--_sir-font-size) * 1.25);
    --_sir-line-height: 1.5;
  }
  :host([theme='dark']) {
    ${dark}
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${dark}
    }
  }
  @supports (color: color-mix(in srgb, red, red)) {
    :host {
      --_sir-color-primary-hover: color-mix(
        in srgb,
        var(--_sir-color-primary) 85%,
        var(--_sir-d-shade)
      );
      --_sir-color-surface-selected: color-mix(
        in srgb,
        var(--_sir-color-primary) 12%,
        var(--_sir-color-surface)
      );
    }
  }
  @media (prefers-reduced-motion: reduce) {
    :host {
      --_sir-transition: 0s;
    }
  }
  @media (prefers-contrast: more) {
    :host {
      --_sir-color-muted: var(--_sir-color-text);
      --_sir-color-border: var(--_sir-color-text);
    }
  }
  @media (forced-colors: active) {
    :host {
      --_sir-color-primary: Highlight;
      --_sir-color-on-primary: HighlightText;
      --_sir-color-primary-hover: Highlight;
      --_sir-color-background: Canvas;
      --_sir-color-surface: Canvas;
      --_sir-color-surface-selected: Highlight;
      --_sir-color-on-selected: HighlightText;
      --_sir-color-text: CanvasText;
      --_sir-color-muted: CanvasText;
      --_sir-color-border: ButtonText;
      --_sir-color-error: CanvasText;
      --_sir-color-success: CanvasText;
      --_sir-color-focus: Highlight;
      --_sir-focus-ring: 2px solid Highlight;
      --_sir-color-link: LinkText;
      --_sir-color-disabled: GrayText;
      --_sir-shadow: none;
    }
  }
`;
