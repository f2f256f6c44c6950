import { expect } from '@open-wc/testing';
import { isLoopbackHost, safeUrl } from '../../src/api/index.js';

describe('isLoopbackHost', () => {
  const yes = [
    'localhost',
    'LOCALHOST',
    'localhost.',
    'api.localhost',
    '127.0.0.1',
    '127.255.255.254',
    '[::1]',
    '::1',
  ];
  const no = [
    'example.com',
    'localhost.example.com',
    'notlocalhost',
    '127.0.0.1.nip.io',
    '128.0.0.1',
    '127.0.0.256',
    '10.0.0.1',
    '[::2]',
    '0.0.0.0',
    '',
  ];
  for (const h of yes) it(`${h} is loopback`, () => expect(isLoopbackHost(h)).to.equal(true));
  for (const h of no)
    it(`${JSON.stringify(h)} is not loopback`, () => expect(isLoopbackHost(h)).to.equal(false));
});

describe('safeUrl', () => {
  const table: [unknown, boolean, string | undefined][] = [
    ['https://checkout.example/pay?id=1#x', false, 'https://checkout.example/pay?id=1#x'],
    ['HTTPS://Checkout.Example', false, 'https://checkout.example/'],
    ['https://checkout.example/a b', false, 'https://checkout.example/a%20b'],
    ['http://localhost:8787/checkout/1', true, 'http://localhost:8787/checkout/1'],
    ['http://127.0.0.1/x', true, 'http://127.0.0.1/x'],
    ['http://[::1]:3000/', true, 'http://[::1]:3000/'],
    ['http://localhost:8787/checkout/1', false, undefined],
    ['http://checkout.example/', true, undefined],
    ['javascript:alert(1)', true, undefined],
    ['JavaScript:alert(1)', false, undefined],
    [' javascript:alert(1)', false, undefined],
    ['data:text/html,<script>alert(1)</script>', true, undefined],
    ['blob:https://checkout.example/uuid', false, undefined],
    ['file:///etc/passwd', true, undefined],
    ['/relative/path', true, undefined],
    ['checkout.example/pay', true, undefined],
    ['//checkout.example/pay', true, undefined],
    ['https://', false, undefined],
    ['https://user:pass@checkout.example/', false, undefined],
    ['https://user@checkout.example/', false, undefined],
    ['not a url', false, undefined],
    ['', false, undefined],
    [`https://checkout.example/${'a'.repeat(9000)}`, false, undefined],
    [undefined, false, undefined],
    [null, false, undefined],
    [42, false, undefined],
    [{ href: 'https://checkout.example' }, false, undefined],
  ];
  for (const [value, loop, out] of table) {
    it(`${String(value).slice(0, 60)} (loopback http ${loop ? 'allowed' : 'refused'}) → ${out}`, () => {
      expect(safeUrl(value, { allowLoopbackHttp: loop })).to.equal(out);
    });
  }
});
