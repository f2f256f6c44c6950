// Theme layer: design tokens (public --sir-* read through private --_sir-*; light, dark, forced colours)
// and the `appearance` object → custom properties. Imports only lit: no api, core, ui, i18n.
// Not here: component styles (src/ui), per-state layout, anything that touches the network.
export { themeTokens, lightPalette, darkPalette } from './tokens.js';
export type { Palette } from './tokens.js';
export { appearanceToProperties, applyProperties } from './appearance.js';
export type { Appearance, AppearanceVariables, AppearanceResult, Theme } from './appearance.js';
