import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import { appearanceToProperties, applyProperties } from '../../src/theme/index.js';

function run(value: unknown) {
  const warnings: string[] = [];
  const result = appearanceToProperties(value, (m) => warnings.push(m));
  return { ...result, warnings };
}

describe('appearanceToProperties', () => {
  it('maps every variable to its --sir-* property', () => {
    const { properties, warnings, theme } = run({
      theme: 'dark',
      variables: {
        colorPrimary: '#123456',
        colorOnPrimary: 'white',
        colorBackground: 'rgb(0 0 0)',
        colorSurface: 'hsl(200 20% 10%)',
        colorText: '#eee',
        colorMuted: 'oklch(70% 0.02 220)',
        colorBorder: 'rgba(255, 255, 255, 0.4)',
        colorError: '#ff8080',
        colorSuccess: 'lime',
        fontFamily: '"Inter", system-ui, sans-serif',
        fontSize: '15px',
        borderRadius: '0',
        spacing: '0.75rem',
        focusRing: '3px dashed #ff0',
        maxWidth: '40rem',
      },
    });
    expect(warnings).to.deep.equal([]);
    expect(theme).to.equal('dark');
    expect(properties).to.deep.equal({
      '--sir-color-primary': '#123456',
      '--sir-color-on-primary': 'white',
      '--sir-color-background': 'rgb(0 0 0)',
      '--sir-color-surface': 'hsl(200 20% 10%)',
      '--sir-color-text': '#eee',
      '--sir-color-muted': 'oklch(70% 0.02 220)',
      '--sir-color-border': 'rgba(255, 255, 255, 0.4)',
      '--sir-color-error': '#ff8080',
      '--sir-color-success': 'lime',
      '--sir-font-family': '"Inter", system-ui, sans-serif',
      '--sir-font-size': '15px',
      '--sir-radius': '0',
      '--sir-spacing': '0.75rem',
      '--sir-focus-ring': '3px dashed #ff0',
      '--sir-max-width': '40rem',
    });
  });

  it('accepts the aliases (colorDanger, colorTextSecondary, fontSizeBase, spacingUnit)', () => {
    const { properties, warnings } = run({
      variables: {
        colorDanger: '#c00',
        colorTextSecondary: '#555',
        fontSizeBase: '1rem',
        spacingUnit: '4px',
      },
    });
    expect(warnings).to.deep.equal([]);
    expect(properties).to.deep.equal({
      '--sir-color-error': '#c00',
      '--sir-color-muted': '#555',
      '--sir-font-size': '1rem',
      '--sir-spacing': '4px',
    });
  });

  it('turns a bare colour focusRing into a ring', () => {
    expect(run({ variables: { focusRing: 'rebeccapurple' } }).properties).to.deep.equal({
      '--sir-focus-ring': '2px solid rebeccapurple',
    });
  });

  it('trims values and accepts calc() lengths and max-width none', () => {
    const { properties, warnings } = run({
      variables: { spacing: ' calc(1rem + 2px) ', maxWidth: 'none' },
    });
    expect(warnings).to.deep.equal([]);
    expect(properties).to.deep.equal({
      '--sir-spacing': 'calc(1rem + 2px)',
      '--sir-max-width': 'none',
    });
  });

  it('returns nothing, silently, for null and undefined', () => {
    for (const v of [null, undefined]) {
      const r = run(v);
      expect(r.properties).to.deep.equal({});
      expect(r.warnings).to.deep.equal([]);
      expect(r.theme).to.equal(undefined);
    }
  });

  it('warns once for a value that is not an object', () => {
    for (const v of ['dark', 42, true, ['x'], () => 1]) {
      const r = run(v);
      expect(r.properties).to.deep.equal({});
      expect(r.warnings, String(v)).to.have.length(1);
      expect(r.warnings[0]).to.include('not an object');
    }
  });

  const invalid: [string, unknown, string][] = [
    ['colorPrimary', 'notacolor', 'color'],
    ['colorPrimary', '#12345', 'color'],
    ['colorText', 12, 'string'],
    ['colorText', '', 'empty'],
    ['colorBackground', 'red; background: url(https://evil.example/x)', 'unsafe'],
    ['colorBackground', 'red}', 'unsafe'],
    ['colorBackground', 'red !important', 'unsafe'],
    ['colorSurface', 'var(--page-bg)', 'unsafe'],
    ['colorBorder', 'inherit', 'color'],
    ['fontFamily', 'Inter; color: red', 'unsafe'],
    ['fontFamily', 'url(https://evil.example/font.woff)', 'unsafe'],
    ['fontFamily', 'expression(alert(1))', 'unsafe'],
    ['fontFamily', 'Inter, {sans}', 'unsafe'],
    ['fontFamily', 'a/*b*/c', 'unsafe'],
    ['fontFamily', 'Inter\nsans', 'unsafe'],
    ['fontSize', 'large', 'padding-top'],
    ['fontSize', '16', 'padding-top'],
    ['borderRadius', '-4px', 'padding-top'],
    ['borderRadius', 'auto', 'padding-top'],
    ['spacing', '1rem 2rem', 'padding-top'],
    ['maxWidth', 'wide', 'max-width'],
    ['focusRing', 'glow', 'outline'],
    ['colour', '#fff', 'unknown variable'],
    ['colorPrimary', 'x'.repeat(300), 'too long'],
  ];

  for (const [key, value, why] of invalid) {
    it(`ignores ${key}: ${JSON.stringify(value).slice(0, 40)} with one warning`, () => {
      const { properties, warnings } = run({
        variables: { [key]: value, colorPrimary: key === 'colorPrimary' ? value : '#123' },
      });
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.include(key).and.include(why);
      if (key === 'colorPrimary') expect(properties).to.deep.equal({});
      else expect(properties).to.deep.equal({ '--sir-color-primary': '#123' });
    });
  }

  it('warns once per unknown top-level key, bad theme or bad variables', () => {
    const { warnings, properties, theme } = run({
      theme: 'sepia',
      rules: {},
      labels: 'floating',
      variables: 'red',
    });
    expect(warnings).to.have.length(4);
    expect(warnings.join('\n'))
      .to.include('theme')
      .and.include('rules')
      .and.include('labels')
      .and.include('variables');
    expect(properties).to.deep.equal({});
    expect(theme).to.equal(undefined);
  });

  it('skips undefined values without a warning', () => {
    const r = run({ theme: undefined, variables: { colorPrimary: undefined, colorText: '#111' } });
    expect(r.warnings).to.deep.equal([]);
    expect(r.properties).to.deep.equal({ '--sir-color-text': '#111' });
  });

  it('uses console.warn by default', () => {
    const original = console.warn;
    const seen: unknown[] = [];
    console.warn = (...args: unknown[]) => seen.push(args[0]);
    try {
      appearanceToProperties({ variables: { colorPrimary: 'nope' } });
    } finally {
      console.warn = original;
    }
    expect(seen).to.have.length(1);
    expect(String(seen[0])).to.include('colorPrimary');
  });

  it('never throws and never lets declaration-breaking characters through (property test)', () => {
    const names = [
      'colorPrimary',
      'colorText',
      'fontFamily',
      'fontSize',
      'focusRing',
      'maxWidth',
      'colorDanger',
      'nope',
    ];
    const variables = fc.dictionary(
      fc.constantFrom(...names),
      fc.oneof(fc.string(), fc.anything()),
    );
    fc.assert(
      fc.property(
        fc.oneof(fc.anything(), fc.record({ theme: fc.anything(), variables })),
        (value) => {
          const { properties } = appearanceToProperties(value, () => {});
          for (const [name, v] of Object.entries(properties)) {
            expect(name).to.match(/^--sir-[a-z-]+$/);
            expect(v).to.not.match(/[;{}<>\\!]/);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('falls back to conservative patterns where CSS.supports is missing (SSR)', () => {
    const descriptor = Object.getOwnPropertyDescriptor(globalThis, 'CSS');
    Object.defineProperty(globalThis, 'CSS', {
      value: undefined,
      configurable: true,
      writable: true,
    });
    try {
      const r = run({
        variables: {
          colorPrimary: '#0b5f6e',
          colorText: 'rgb(1 2 3)',
          colorError: 'not a colour',
          spacing: '8px',
          borderRadius: 'auto',
          focusRing: '2px solid #000',
          fontFamily: 'Inter, sans-serif',
        },
      });
      expect(r.properties).to.deep.equal({
        '--sir-color-primary': '#0b5f6e',
        '--sir-color-text': 'rgb(1 2 3)',
        '--sir-spacing': '8px',
        '--sir-focus-ring': '2px solid #000',
        '--sir-font-family': 'Inter, sans-serif',
      });
      expect(r.warnings).to.have.length(2);
    } finally {
      if (descriptor) Object.defineProperty(globalThis, 'CSS', descriptor);
    }
    expect(typeof CSS.supports).to.equal('function');
  });
});

describe('applyProperties', () => {
  it('sets, updates and removes properties on a real element', async () => {
    const el = await fixture<HTMLDivElement>(html`<div style="color: red"></div>`);
    applyProperties(el, { '--sir-color-primary': '#123456', '--sir-radius': '4px' });
    expect(el.style.getPropertyValue('--sir-color-primary')).to.equal('#123456');
    expect(getComputedStyle(el).getPropertyValue('--sir-radius').trim()).to.equal('4px');

    applyProperties(el, { '--sir-color-primary': '#654321' });
    expect(el.style.getPropertyValue('--sir-color-primary')).to.equal('#654321');
    expect(el.style.getPropertyValue('--sir-radius')).to.equal('');
    expect(el.style.color).to.equal('red');

    applyProperties(el, {});
    expect(el.style.getPropertyValue('--sir-color-primary')).to.equal('');
    expect(el.style.color).to.equal('red');
  });

  it('removes what an explicit `previous` lists', async () => {
    const el = await fixture<HTMLDivElement>(html`<div style="--sir-spacing: 2px"></div>`);
    applyProperties(el, { '--sir-radius': '1px' }, { '--sir-spacing': '2px' });
    expect(el.style.getPropertyValue('--sir-spacing')).to.equal('');
    expect(el.style.getPropertyValue('--sir-radius')).to.equal('1px');
  });

  it('only ever sets --sir-* properties', async () => {
    const el = await fixture<HTMLDivElement>(html`<div></div>`);
    applyProperties(el, { display: 'none', '--sir-radius': '1px' });
    expect(el.style.display).to.equal('');
    expect(el.style.getPropertyValue('--sir-radius')).to.equal('1px');
  });

  it('round-trips appearanceToProperties', async () => {
    const el = await fixture<HTMLDivElement>(html`<div></div>`);
    const { properties } = appearanceToProperties({
      variables: { colorPrimary: '#0b5f6e', fontFamily: 'Georgia, serif' },
    });
    applyProperties(el, properties);
    expect(el.style.getPropertyValue('--sir-font-family')).to.equal('Georgia, serif');
  });
});
