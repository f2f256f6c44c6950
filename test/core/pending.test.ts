import { expect } from '@open-wc/testing';
import {
  clearPending,
  loadPending,
  pendingKey,
  savePending,
  type PendingDonation,
  type PendingScope,
} from '../../src/core/index.js';
import { FakeStorage } from './fakes.js';

const NOW = Date.UTC(2026, 10, 24, 10);
const HOUR = 3_600_000;
const scope: PendingScope = { partner: 'acme', nonprofit: 'american-red-cross' };
const pending: PendingDonation = {
  partnerDonationId: 'pd_123',
  amount: 2500,
  currency: 'USD',
  frequency: 'monthly',
  createdAt: NOW - HOUR,
};
const KEY = 'sir-donate:pending:acme:american-red-cross';

describe('pending donation store', () => {
  let storage: FakeStorage;
  const opts = () => ({ storage, now: () => NOW });
  beforeEach(() => {
    storage = new FakeStorage();
  });

  it('keys entries by partner and nonprofit', () => {
    expect(pendingKey(scope)).to.equal(KEY);
    // Separators inside names cannot make two scopes collide.
    expect(pendingKey({ partner: 'a:b', nonprofit: 'c' })).not.to.equal(
      pendingKey({ partner: 'a', nonprofit: 'b:c' }),
    );
  });

  it('saves, loads and clears', () => {
    expect(loadPending(scope, opts())).to.equal(undefined);
    savePending(pending, scope, opts());
    expect(JSON.parse(storage.data.get(KEY)!)).to.deep.equal(pending);
    expect(loadPending(scope, opts())).to.deep.equal(pending);
    clearPending(scope, opts());
    expect(storage.data.size).to.equal(0);
    expect(loadPending(scope, opts())).to.equal(undefined);
  });

  it('stores only the known fields', () => {
    savePending({ ...pending, donorEmail: 'ada@example.org' } as PendingDonation, scope, opts());
    expect(storage.data.get(KEY)).not.to.contain('ada@');
  });

  it('keeps scopes apart', () => {
    savePending(pending, scope, opts());
    expect(loadPending({ ...scope, nonprofit: 'unicef' }, opts())).to.equal(undefined);
    expect(loadPending({ ...scope, partner: 'other' }, opts())).to.equal(undefined);
    const other = { ...pending, partnerDonationId: 'pd_other' };
    savePending(other, { ...scope, nonprofit: 'unicef' }, opts());
    expect(loadPending(scope, opts())?.partnerDonationId).to.equal('pd_123');
    clearPending(scope, opts());
    expect(loadPending({ ...scope, nonprofit: 'unicef' }, opts())).to.deep.equal(other);
  });

  const corrupt: [string, string][] = [
    ['not JSON', '{oops'],
    ['null', 'null'],
    ['a number', '42'],
    ['no id', JSON.stringify({ ...pending, partnerDonationId: undefined })],
    ['empty id', JSON.stringify({ ...pending, partnerDonationId: '' })],
    ['id with a newline', JSON.stringify({ ...pending, partnerDonationId: 'pd\n1' })],
    ['amount as text', JSON.stringify({ ...pending, amount: '2500' })],
    ['fractional amount', JSON.stringify({ ...pending, amount: 25.5 })],
    ['zero amount', JSON.stringify({ ...pending, amount: 0 })],
    ['lower-case currency', JSON.stringify({ ...pending, currency: 'usd' })],
    ['unknown frequency', JSON.stringify({ ...pending, frequency: 'weekly' })],
    ['createdAt as text', JSON.stringify({ ...pending, createdAt: String(NOW) })],
    ['no createdAt', JSON.stringify({ ...pending, createdAt: undefined })],
  ];
  for (const [label, raw] of corrupt)
    it(`ignores and removes a corrupt entry: ${label}`, () => {
      storage.data.set(KEY, raw);
      expect(loadPending(scope, opts())).to.equal(undefined);
      expect(storage.data.has(KEY)).to.equal(false);
    });

  it('expires entries after 24 hours', () => {
    savePending({ ...pending, createdAt: NOW - 24 * HOUR }, scope, opts());
    expect(loadPending(scope, opts())).not.to.equal(undefined);
    savePending({ ...pending, createdAt: NOW - 24 * HOUR - 1 }, scope, opts());
    expect(loadPending(scope, opts())).to.equal(undefined);
    expect(storage.data.has(KEY)).to.equal(false);
  });

  it('treats an entry from the far future as stale', () => {
    savePending({ ...pending, createdAt: NOW + 25 * HOUR }, scope, opts());
    expect(loadPending(scope, opts())).to.equal(undefined);
  });

  it('honours a custom maximum age', () => {
    savePending(pending, scope, opts());
    expect(loadPending(scope, { ...opts(), maxAgeMs: HOUR - 1 })).to.equal(undefined);
  });

  it('falls back to memory when storage throws', () => {
    const blocked = new FakeStorage(['getItem', 'setItem', 'removeItem']);
    const o = { storage: blocked, now: () => NOW };
    expect(() => savePending(pending, scope, o)).not.to.throw();
    expect(loadPending(scope, o)).to.deep.equal(pending);
    clearPending(scope, o);
    expect(loadPending(scope, o)).to.equal(undefined);
  });

  it('falls back to memory when only writing fails (quota), and the next good write wins', () => {
    const full = new FakeStorage(['setItem']);
    savePending(pending, scope, { storage: full, now: () => NOW });
    expect(full.data.size).to.equal(0);
    expect(loadPending(scope, { storage: full, now: () => NOW })).to.deep.equal(pending);
    // Storage works again: it takes over and the memory copy is dropped.
    const fine = new FakeStorage();
    const newer = { ...pending, partnerDonationId: 'pd_newer' };
    savePending(newer, scope, { storage: fine, now: () => NOW });
    clearPending(scope, { storage: new FakeStorage(['removeItem']) });
    expect(loadPending(scope, { storage: new FakeStorage(), now: () => NOW })).to.equal(undefined);
    expect(loadPending(scope, { storage: fine, now: () => NOW })).to.deep.equal(newer);
  });

  it('uses sessionStorage by default', () => {
    const s = { ...scope, partner: 'default-storage-test' };
    const key = pendingKey(s);
    try {
      savePending({ ...pending, createdAt: Date.now() }, s);
      expect(sessionStorage.getItem(key)).to.contain('pd_123');
      expect(loadPending(s)?.partnerDonationId).to.equal('pd_123');
      clearPending(s);
      expect(sessionStorage.getItem(key)).to.equal(null);
    } finally {
      sessionStorage.removeItem(key);
    }
  });
});
