// Server-side imports (run after `npm run build`), in plain Node: no DOM, no
// shim added by us. The package root, the define module and the React
// wrapper import without throwing and without creating `window` or
// `document`; React renders the tag on the server (React 19 with the element
// itself, and the wrapper).
import assert from 'node:assert/strict';
import { test } from 'node:test';

const dist = new URL('../../dist/', import.meta.url);

test('no DOM globals to begin with', () => {
  assert.equal(typeof window, 'undefined');
  assert.equal(typeof document, 'undefined');
});

test('the package root imports on a server, side-effect free', async () => {
  const root = await import(new URL('index.js', dist).href);
  for (const name of [
    'SirDonate',
    'SirDonateReadyEvent',
    'SirDonateChangeEvent',
    'SirDonateSubmitEvent',
    'SirDonateLinkCreatedEvent',
    'SirDonateStatusEvent',
    'SirDonateErrorEvent',
    'createClient',
    'clearCache',
    'SirApiError',
    'VERSION',
  ]) {
    assert.ok(name in root, `the root exports ${name}`);
  }
  assert.equal(typeof root.createClient, 'function');
  assert.equal(typeof window, 'undefined');
  assert.equal(typeof document, 'undefined');
  // Lit's server build brings a registry shim; the root registers nothing in it.
  assert.equal(globalThis.customElements?.get('sir-donate'), undefined);
});

test('the API client works on a server (fetch only)', async () => {
  const { createClient, SirApiError } = await import(new URL('index.js', dist).href);
  assert.throws(
    () => createClient({ publishableKey: 'sk_live_0123456789abcdef' }),
    (err) => err instanceof SirApiError && err.code === 'SECRET_KEY_REJECTED',
  );
});

test('the define module and the React wrapper import on a server without throwing', async () => {
  const define = await import(new URL('define.js', dist).href);
  assert.equal(define.TAG_NAME, 'sir-donate');
  assert.doesNotThrow(() => define.defineSirDonate()); // twice: still fine
  const react = await import(new URL('react.js', dist).href);
  assert.equal(typeof react.SirDonate, 'object'); // a forwardRef component
  assert.equal(typeof window, 'undefined');
  assert.equal(typeof document, 'undefined');
});

test('React renders <sir-donate> on the server (element and wrapper)', async () => {
  const { createElement } = await import('react');
  const { renderToString } = await import('react-dom/server');
  const { SirDonate } = await import(new URL('react.js', dist).href);

  const element = renderToString(
    createElement('sir-donate', {
      'publishable-key': 'pk_test_abc',
      nonprofit: 'american-red-cross',
      amounts: [5, 10],
      'onsir-donate-ready': () => {},
    }),
  );
  assert.match(element, /^<sir-donate /);
  assert.match(element, /publishable-key="pk_test_abc"/);
  assert.match(element, /nonprofit="american-red-cross"/);

  const wrapped = renderToString(
    createElement(SirDonate, {
      publishableKey: 'pk_test_abc',
      nonprofit: 'american-red-cross',
      amounts: [5, 10],
      onSirDonateReady: () => {},
    }),
  );
  assert.match(wrapped, /^<sir-donate[ >]/);
  assert.match(wrapped, /<\/sir-donate>$/);
});
