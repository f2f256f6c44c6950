import { expect, fixture, html as testHtml } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { LitElement, html } from 'lit';
import { darkPalette, lightPalette, themeTokens } from '../../src/theme/index.js';
import type { Palette } from '../../src/theme/index.js';
import { contrast, hexToRgb, mix, parseColor } from './contrast.js';
import type { Rgb } from './contrast.js';

const PUBLIC = [
  '--sir-color-primary',
  '--sir-color-on-primary',
  '--sir-color-background',
  '--sir-color-surface',
  '--sir-color-text',
  '--sir-color-muted',
  '--sir-color-border',
  '--sir-color-error',
  '--sir-color-success',
  '--sir-font-family',
  '--sir-font-size',
  '--sir-radius',
  '--sir-spacing',
  '--sir-focus-ring',
  '--sir-max-width',
];

type Colors = Record<
  | 'primary'
  | 'onPrimary'
  | 'primaryHover'
  | 'background'
  | 'surface'
  | 'surfaceSelected'
  | 'onSelected'
  | 'text'
  | 'muted'
  | 'border'
  | 'error'
  | 'success'
  | 'focus'
  | 'link',
  Rgb
>;

// [foreground, background, minimum]: text pairs 4.5:1 (WCAG 1.4.3), UI boundaries 3:1 (1.4.11).
const PAIRS: [keyof Colors, keyof Colors, number][] = [
  ['text', 'background', 4.5],
  ['text', 'surface', 4.5],
  ['muted', 'background', 4.5],
  ['muted', 'surface', 4.5],
  ['onPrimary', 'primary', 4.5],
  ['onPrimary', 'primaryHover', 4.5],
  ['error', 'background', 4.5],
  ['error', 'surface', 4.5],
  ['success', 'background', 4.5],
  ['success', 'surface', 4.5],
  ['primary', 'background', 4.5],
  ['primary', 'surface', 4.5],
  ['link', 'background', 4.5],
  ['onSelected', 'surfaceSelected', 4.5],
  ['primary', 'surfaceSelected', 3],
  ['border', 'background', 3],
  ['border', 'surface', 3],
  ['focus', 'background', 3],
  ['focus', 'surface', 3],
];

/** What the CSS derives from a palette (color-mix in srgb), computed in JS. */
function derived(p: Palette, shade: string): Colors {
  const rgb = hexToRgb;
  return {
    primary: rgb(p.primary),
    onPrimary: rgb(p.onPrimary),
    primaryHover: mix(p.primary, 0.85, shade),
    background: rgb(p.background),
    surface: rgb(p.surface),
    surfaceSelected: mix(p.primary, 0.12, p.surface),
    onSelected: rgb(p.text),
    text: rgb(p.text),
    muted: rgb(p.muted),
    border: rgb(p.border),
    error: rgb(p.error),
    success: rgb(p.success),
    focus: rgb(p.primary),
    link: rgb(p.primary),
  };
}

function expectContrast(colors: Colors, label: string): void {
  for (const [fg, bg, min] of PAIRS) {
    const ratio = contrast(colors[fg], colors[bg]);
    expect(ratio, `${label}: ${fg} on ${bg} = ${ratio.toFixed(2)}:1`).to.be.at.least(min);
  }
}

describe('theme tokens: palettes', () => {
  it('light palette meets WCAG contrast for every pair', () => {
    expectContrast(derived(lightPalette, '#000000'), 'light');
  });

  it('dark palette meets WCAG contrast for every pair', () => {
    expectContrast(derived(darkPalette, '#ffffff'), 'dark');
  });

  it('palettes are hex colours with the same keys', () => {
    expect(Object.keys(darkPalette)).to.deep.equal(Object.keys(lightPalette));
    for (const v of [...Object.values(lightPalette), ...Object.values(darkPalette)]) {
      expect(v).to.match(/^#[\da-f]{6}$/);
    }
  });
});

describe('theme tokens: css text', () => {
  const text = themeTokens.cssText;

  it('defines every private property it uses', () => {
    const defined = new Set([...text.matchAll(/(--_sir-[\w-]+)\s*:/g)].map((m) => m[1]));
    const used = new Set([...text.matchAll(/var\(\s*(--_sir-[\w-]+)/g)].map((m) => m[1]));
    expect(used.size).to.be.greaterThan(10);
    for (const name of used)
      expect(defined.has(name), `${name} is used but never defined`).to.equal(true);
  });

  it('reads every public property of the contract, with a fallback', () => {
    for (const name of PUBLIC) {
      expect(text, name).to.match(new RegExp(`--_${name.slice(2)}:\\s*var\\(${name},`));
    }
  });

  it('takes its defaults from the exported palettes', () => {
    expect(text).to.include(`--_sir-d-primary:${lightPalette.primary}`);
    expect(text).to.include(`--_sir-d-on-primary:${darkPalette.onPrimary}`);
    expect(text).to.include(`--_sir-d-surface:${darkPalette.surface}`);
  });

  it('has dark, auto, reduced-motion and forced-colors rules', () => {
    expect(text).to.include(":host([theme='dark'])");
    expect(text).to.match(/@media \(prefers-color-scheme: dark\)\s*\{\s*:host\(\[theme='auto'\]\)/);
    expect(text).to.include('@media (prefers-reduced-motion: reduce)');
    expect(text).to.include('@media (forced-colors: active)');
  });

  it('keeps the target size at least 24px (WCAG 2.5.8)', () => {
    const m = /--_sir-target-size:\s*(\d+)px/.exec(text);
    expect(Number(m?.[1])).to.be.at.least(24);
  });
});

const TOKENS: Record<keyof Colors, string> = {
  primary: 'color-primary',
  onPrimary: 'color-on-primary',
  primaryHover: 'color-primary-hover',
  background: 'color-background',
  surface: 'color-surface',
  surfaceSelected: 'color-surface-selected',
  onSelected: 'color-on-selected',
  text: 'color-text',
  muted: 'color-muted',
  border: 'color-border',
  error: 'color-error',
  success: 'color-success',
  focus: 'color-focus',
  link: 'color-link',
};

class ThemeProbe extends LitElement {
  static override styles = themeTokens;
  override render() {
    return html`${Object.entries(TOKENS).map(
      ([k, t]) => html`<i data-k=${k} style="color: var(--_sir-${t})"></i>`,
    )}`;
  }
}
if (!customElements.get('theme-probe')) customElements.define('theme-probe', ThemeProbe);

/** The colours the browser actually computes for each private token. */
function computed(el: ThemeProbe): Colors {
  const out: Partial<Colors> = {};
  for (const i of el.shadowRoot!.querySelectorAll<HTMLElement>('i')) {
    out[i.dataset['k'] as keyof Colors] = parseColor(getComputedStyle(i).color);
  }
  return out as Colors;
}

const prop = (el: Element, name: string): string =>
  getComputedStyle(el).getPropertyValue(name).trim();
const round = (c: Rgb): number[] => c.map((v) => Math.round(v));

/** Emulates a media feature; false when the driver cannot (Firefox over WebDriver BiDi). */
async function media(
  options: Parameters<typeof emulateMedia>[0],
  query?: string,
): Promise<boolean> {
  try {
    await emulateMedia(options);
  } catch {
    return false;
  }
  return !query || matchMedia(query).matches;
}

describe('theme tokens: in a real shadow root', () => {
  afterEach(async () => {
    await media({ colorScheme: 'light', reducedMotion: 'no-preference', forcedColors: 'none' });
  });

  it('uses the light palette by default and meets contrast as rendered', async () => {
    const el = await fixture<ThemeProbe>(testHtml`<theme-probe></theme-probe>`);
    const c = computed(el);
    expect(round(c.primary)).to.deep.equal([...hexToRgb(lightPalette.primary)]);
    expect(round(c.surface)).to.deep.equal([...hexToRgb(lightPalette.surface)]);
    expectContrast(c, 'light (rendered)');
  });

  it("uses the dark palette with theme='dark' and meets contrast as rendered", async () => {
    const el = await fixture<ThemeProbe>(testHtml`<theme-probe theme="dark"></theme-probe>`);
    const c = computed(el);
    expect(round(c.text)).to.deep.equal([...hexToRgb(darkPalette.text)]);
    expect(round(c.background)).to.deep.equal([...hexToRgb(darkPalette.background)]);
    expect(prop(el, 'color-scheme')).to.equal('dark');
    expectContrast(c, 'dark (rendered)');
  });

  it('lets public --sir-* properties win in every theme', async () => {
    const el = await fixture<ThemeProbe>(
      testHtml`<theme-probe theme="dark" style="--sir-color-primary: rgb(1, 2, 3); --sir-radius: 3px"></theme-probe>`,
    );
    expect(round(computed(el).primary)).to.deep.equal([1, 2, 3]);
    expect(prop(el, '--_sir-radius')).to.equal('3px');
    // derived tokens follow the partner's colour
    expect(round(computed(el).focus)).to.deep.equal([1, 2, 3]);
  });

  it("follows prefers-color-scheme with theme='auto'", async function () {
    const el = await fixture<ThemeProbe>(testHtml`<theme-probe theme="auto"></theme-probe>`);
    if (!(await media({ colorScheme: 'dark' }, '(prefers-color-scheme: dark)'))) this.skip();
    expect(round(computed(el).background)).to.deep.equal([...hexToRgb(darkPalette.background)]);
    await media({ colorScheme: 'light' });
    expect(round(computed(el).background)).to.deep.equal([...hexToRgb(lightPalette.background)]);
  });

  it('turns transitions off with prefers-reduced-motion', async function () {
    const el = await fixture<ThemeProbe>(testHtml`<theme-probe></theme-probe>`);
    expect(prop(el, '--_sir-transition')).to.not.equal('0s');
    if (!(await media({ reducedMotion: 'reduce' }, '(prefers-reduced-motion: reduce)')))
      this.skip();
    expect(prop(el, '--_sir-transition')).to.equal('0s');
  });

  it('switches to system colours in forced-colors mode, over partner colours', async function () {
    const el = await fixture<ThemeProbe>(
      testHtml`<theme-probe style="--sir-color-primary: rgb(1, 2, 3)"></theme-probe>`,
    );
    if (!(await media({ forcedColors: 'active' }, '(forced-colors: active)'))) this.skip();
    expect(prop(el, '--_sir-color-primary')).to.equal('Highlight');
    expect(prop(el, '--_sir-color-text')).to.equal('CanvasText');
    expect(prop(el, '--_sir-color-link')).to.equal('LinkText');
    expect(prop(el, '--_sir-shadow')).to.equal('none');
  });
});
