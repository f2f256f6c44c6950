// WCAG 2.x relative luminance and contrast ratio, plus the sRGB mix that CSS
// `color-mix(in srgb, a p%, b)` computes. Test helper only.
export type Rgb = readonly [number, number, number];

export function hexToRgb(hex: string): Rgb {
  let h = hex.replace('#', '');
  if (h.length === 3) h = [...h].map((c) => c + c).join('');
  return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16)) as unknown as Rgb;
}

/** Parses a computed colour: `rgb(r, g, b)`, `rgba(…)` or `color(srgb r g b)`. */
export function parseColor(value: string): Rgb {
  const n = (value.match(/-?\d*\.?\d+(e-?\d+)?/g) ?? []).map(Number);
  const [r = 0, g = 0, b = 0] = n;
  return value.startsWith('color(') ? [r * 255, g * 255, b * 255] : [r, g, b];
}

const channel = (c: number): number => {
  const s = c / 255;
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
};

export const luminance = ([r, g, b]: Rgb): number =>
  0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);

export function contrast(a: Rgb | string, b: Rgb | string): number {
  const la = luminance(typeof a === 'string' ? hexToRgb(a) : a);
  const lb = luminance(typeof b === 'string' ? hexToRgb(b) : b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** `color-mix(in srgb, a p, b)` with p in 0..1. */
export function mix(a: string, p: number, b: string): Rgb {
  const x = hexToRgb(a);
  const y = hexToRgb(b);
  return [0, 1, 2].map((i) => x[i]! * p + y[i]! * (1 - p)) as unknown as Rgb;
}
