import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { classifyKey, createClient, maskKey, resolveConnection } from '../../src/api/index.js';
import { fakeFetch, json, LIVE_KEY, TEST_KEY, thrown } from './helpers.js';

const secretMarker = fc.constantFrom('sk_test_', 'sk_live_', 'SK_TEST_', 'Sk_LiVe_', 'sK_tEsT_');

describe('classifyKey', () => {
  const table: [unknown, string][] = [
    [TEST_KEY, 'publishable-test'],
    [LIVE_KEY, 'publishable-live'],
    ['pk_test_abc123XYZ', 'publishable-test'],
    [`  ${TEST_KEY}\n`, 'publishable-test'],
    ['pk_test_', 'malformed'],
    ['pk_test_ab cd', 'malformed'],
    ['pk_test_abc-def', 'malformed'],
    ['PK_TEST_abc', 'malformed'],
    ['pk_prod_abc', 'malformed'],
    ['hello', 'malformed'],
    ['sk_test_abc', 'secret'],
    ['sk_live_abc', 'secret'],
    ['SK_LIVE_ABC', 'secret'],
    ['sk_whatever', 'secret'],
    ['  sk_live_abc', 'secret'],
    ['pk_test_sk_live_abc', 'secret'],
    ['xxsk_test_yy', 'secret'],
    ['', 'missing'],
    ['   ', 'missing'],
    [undefined, 'missing'],
    [null, 'missing'],
    [42, 'missing'],
  ];
  for (const [value, kind] of table) {
    it(`${JSON.stringify(value) ?? String(value)} → ${kind}`, () => {
      expect(classifyKey(value)).to.equal(kind);
    });
  }

  it('classifies any string containing sk_test_ / sk_live_ (any case) as secret', () => {
    fc.assert(
      fc.property(
        fc.string(),
        secretMarker,
        fc.string(),
        (a, m, b) => classifyKey(a + m + b) === 'secret',
      ),
    );
  });

  it('classifies any string starting with sk_ (after whitespace) as secret', () => {
    fc.assert(fc.property(fc.string(), (rest) => classifyKey(` sk_${rest}`) === 'secret'));
  });

  it('accepts pk_test_/pk_live_ + letters and digits', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('test', 'live'),
        fc.stringMatching(/^[A-Za-z0-9]{1,80}$/),
        (env, body) => {
          fc.pre(!/sk_/i.test(body));
          return classifyKey(`pk_${env}_${body}`) === `publishable-${env}`;
        },
      ),
    );
  });
});

describe('maskKey', () => {
  it('shows the prefix and last 4 characters of a publishable key', () => {
    expect(maskKey(TEST_KEY)).to.equal('pk_test_…c3d4');
    expect(maskKey(LIVE_KEY)).to.equal('pk_live_…7d6c');
    expect(maskKey('pk_test_abc')).to.equal('pk_test_…');
  });
  it('never prints any part of a secret key', () => {
    expect(maskKey('sk_live_supersecret99')).to.equal('[secret key]');
    expect(maskKey('sk_live_supersecret99')).not.to.include('99');
    expect(maskKey('garbage')).to.equal('[malformed key]');
    expect(maskKey(undefined)).to.equal('[missing key]');
  });
});

describe('resolveConnection', () => {
  it('derives the environment and default host from the key', () => {
    expect(resolveConnection(TEST_KEY)).to.deep.equal({
      baseUrl: 'https://devapi.sirgiving.org',
      environment: 'test',
      testMode: true,
    });
    expect(resolveConnection(LIVE_KEY, null)).to.deep.equal({
      baseUrl: 'https://api.sirgiving.org',
      environment: 'live',
      testMode: false,
    });
    expect(resolveConnection(LIVE_KEY, '  ').baseUrl).to.equal('https://api.sirgiving.org');
  });

  it('rejects a secret key without ever echoing it', () => {
    const key = 'sk_live_0123456789abcdefSECRET';
    const e = thrown(() => resolveConnection(key));
    expect(e.code).to.equal('SECRET_KEY_REJECTED');
    expect(e.retryable).to.equal(false);
    expect(e.message).to.match(/never be used in a browser/);
    expect(e.message).to.match(/rotate/i);
    expect(e.message).not.to.include('0123456789');
    expect(JSON.stringify(e)).not.to.include('0123456789abcdef');
    expect(String(e.stack ?? '')).not.to.include('0123456789abcdef');
  });

  it('never echoes any secret key (property)', () => {
    fc.assert(
      fc.property(secretMarker, fc.stringMatching(/^[A-Za-z0-9]{6,40}$/), (m, body) => {
        const e = thrown(() => resolveConnection(m + body));
        return (
          e.code === 'SECRET_KEY_REJECTED' &&
          !e.message.includes(body) &&
          !JSON.stringify(e).includes(body)
        );
      }),
    );
  });

  it('rejects missing and malformed keys with INVALID_KEY_FORMAT, not echoing them', () => {
    for (const k of [undefined, '', 'pk_test_', 'pk_test_has space', 'my-key-123', 'PK_LIVE_abc']) {
      const e = thrown(() => resolveConnection(k));
      expect(e.code, String(k)).to.equal('INVALID_KEY_FORMAT');
      expect(e.retryable).to.equal(false);
      if (k && k !== 'pk_test_') expect(e.message).not.to.include(k);
    }
  });

  describe('api-base', () => {
    const ok: [string, string][] = [
      ['https://proxy.example', 'https://proxy.example'],
      ['https://proxy.example/', 'https://proxy.example'],
      ['https://proxy.example/sir/', 'https://proxy.example/sir'],
      ['HTTPS://Proxy.Example:8443/a/b', 'https://proxy.example:8443/a/b'],
      ['  https://proxy.example  ', 'https://proxy.example'],
      ['https://devapi.sirgiving.org', 'https://devapi.sirgiving.org'],
      ['http://localhost:8787', 'http://localhost:8787'],
      ['http://LOCALHOST:8787/', 'http://localhost:8787'],
      ['http://sandbox.localhost', 'http://sandbox.localhost'],
      ['http://127.0.0.1:3000/', 'http://127.0.0.1:3000'],
      ['http://127.9.8.7', 'http://127.9.8.7'],
      ['http://[::1]:8787', 'http://[::1]:8787'],
    ];
    for (const [input, base] of ok) {
      it(`accepts ${input}`, () => {
        expect(resolveConnection(TEST_KEY, input).baseUrl).to.equal(base);
      });
    }
    const bad = [
      'http://example.com',
      'http://192.168.1.10:8787',
      'http://127.0.0.1.evil.example',
      'http://localhost.evil.example',
      'javascript:alert(1)',
      'data:text/plain,hi',
      'ftp://files.example',
      '/api',
      'api.example.com',
      '//cdn.example',
      'not a url',
      'https://',
      'https://user:pw@proxy.example',
      'https://user@proxy.example',
      'https://proxy.example/?x=1',
      'https://proxy.example/#frag',
    ];
    for (const input of bad) {
      it(`rejects ${input}`, () => {
        const e = thrown(() => resolveConnection(TEST_KEY, input));
        expect(e.code).to.equal('INVALID_API_BASE');
        expect(e.retryable).to.equal(false);
        expect(e.message).not.to.include(TEST_KEY);
      });
    }
  });

  it('rejects a live key on the sandbox host and a test key on production', () => {
    const a = thrown(() => resolveConnection(LIVE_KEY, 'https://devapi.sirgiving.org'));
    expect(a.code).to.equal('ENVIRONMENT_MISMATCH');
    expect(a.retryable).to.equal(false);
    const b = thrown(() => resolveConnection(TEST_KEY, 'https://API.sirgiving.org./v1'));
    expect(b.code).to.equal('ENVIRONMENT_MISMATCH');
    expect(b.message).to.include('api.sirgiving.org');
    expect(b.message).not.to.include(TEST_KEY);
    expect(resolveConnection(LIVE_KEY, 'https://api.sirgiving.org').environment).to.equal('live');
  });
});

describe('createClient key safety', () => {
  it('a secret key leads to zero fetch calls and a synchronous SECRET_KEY_REJECTED', () => {
    fc.assert(
      fc.property(fc.string(), secretMarker, fc.string(), (a, m, b) => {
        const { fetch, calls } = fakeFetch(() => json({}));
        const e = thrown(() => createClient({ publishableKey: a + m + b, fetch, storage: null }));
        return (
          e.code === 'SECRET_KEY_REJECTED' &&
          calls.length === 0 &&
          !JSON.stringify(e).includes(m + b)
        );
      }),
    );
  });

  it('malformed key or api-base → no fetch', () => {
    const { fetch, calls } = fakeFetch(() => json({}));
    expect(thrown(() => createClient({ publishableKey: 'nope', fetch })).code).to.equal(
      'INVALID_KEY_FORMAT',
    );
    expect(
      thrown(() =>
        createClient({ publishableKey: TEST_KEY, apiBase: 'http://evil.example', fetch }),
      ).code,
    ).to.equal('INVALID_API_BASE');
    expect(calls.length).to.equal(0);
  });

  it('exposes the connection', () => {
    const c = createClient({
      publishableKey: ` ${TEST_KEY} `,
      apiBase: 'http://localhost:8787/',
      storage: null,
    });
    expect([c.baseUrl, c.environment, c.testMode]).to.deep.equal([
      'http://localhost:8787',
      'test',
      true,
    ]);
  });
});
