import { expect } from '@open-wc/testing';
import { createClient } from '../../src/api/index.js';
import {
  CONFIG,
  LIVE_KEY,
  ORG,
  TEST_KEY,
  clearCache,
  fakeFetch,
  json,
  memoryStorage,
  rejection,
} from './helpers.js';

const CFG_OUT = {
  name: 'Acme Inc',
  slug: 'acme',
  isActive: true,
  enabledFeatures: ['DONATIONS', 'ACTIONS'],
  tipConfig: { enabled: true, defaultPercent: 10 },
};

/** The single entry a storage holds. */
function only(storage: ReturnType<typeof memoryStorage>): [string, string] {
  const entries = [...storage.map];
  if (entries.length !== 1) throw new Error(`expected 1 cache entry, found ${entries.length}`);
  return entries[0]!;
}

/** A fetch whose answers wait until `release()`. */
function gatedFetch(body: unknown = CONFIG) {
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  const f = fakeFetch(() => gate.then(() => json(body)));
  return { ...f, release };
}

describe('shared look-ups (dedupe)', () => {
  beforeEach(() => clearCache());

  it('10 concurrent clients with one key and base → 1 request', async () => {
    const g = gatedFetch();
    const clients = Array.from({ length: 10 }, () =>
      createClient({ publishableKey: TEST_KEY, fetch: g.fetch, storage: null }),
    );
    const all = Promise.all(clients.map((c) => c.getConfig()));
    g.release();
    const results = await all;
    expect(g.calls.length).to.equal(1);
    for (const r of results) expect(r).to.deep.equal(CFG_OUT);
  });

  it('each client may bring its own fetch: still 1 request in total', async () => {
    const fetches = Array.from({ length: 10 }, () => fakeFetch(() => json(ORG)));
    const results = await Promise.all(
      fetches.map((f) =>
        createClient({ publishableKey: TEST_KEY, fetch: f.fetch, storage: null }).getOrganization(
          'american-red-cross',
        ),
      ),
    );
    expect(fetches.reduce((n, f) => n + f.calls.length, 0)).to.equal(1);
    expect(results.every((r) => r.name === 'American Red Cross')).to.equal(true);
  });

  it('different keys, bases or slugs are not merged', async () => {
    const f = fakeFetch((call) => json(call.url.includes('/organizations/') ? ORG : CONFIG));
    await Promise.all([
      createClient({ publishableKey: TEST_KEY, fetch: f.fetch, storage: null }).getConfig(),
      createClient({ publishableKey: LIVE_KEY, fetch: f.fetch, storage: null }).getConfig(),
      createClient({
        publishableKey: TEST_KEY,
        apiBase: 'http://localhost:8787',
        fetch: f.fetch,
        storage: null,
      }).getConfig(),
      createClient({ publishableKey: TEST_KEY, fetch: f.fetch, storage: null }).getOrganization(
        'a',
      ),
      createClient({ publishableKey: TEST_KEY, fetch: f.fetch, storage: null }).getOrganization(
        'b',
      ),
    ]);
    expect(f.calls.length).to.equal(5);
  });

  it('one caller aborting does not hurt the others or the shared request', async () => {
    const g = gatedFetch();
    const ctl = new AbortController();
    const mk = () => createClient({ publishableKey: TEST_KEY, fetch: g.fetch, storage: null });
    const a = mk().getConfig({ signal: ctl.signal });
    const b = mk().getConfig();
    const c = mk().getConfig({ signal: new AbortController().signal });
    ctl.abort();
    const e = await rejection(a);
    expect(e.code).to.equal('ABORTED');
    expect((g.calls[0]!.init.signal as AbortSignal).aborted).to.equal(false);
    g.release();
    expect(await b).to.deep.equal(CFG_OUT);
    expect(await c).to.deep.equal(CFG_OUT);
    expect(g.calls.length).to.equal(1);
  });

  it('failures are shared but not cached', async () => {
    let n = 0;
    const f = fakeFetch(() => (++n === 1 ? new Response('', { status: 401 }) : json(CONFIG)));
    const mk = () => createClient({ publishableKey: TEST_KEY, fetch: f.fetch, storage: null });
    const [x, y] = await Promise.allSettled([mk().getConfig(), mk().getConfig()]);
    expect([x.status, y.status]).to.deep.equal(['rejected', 'rejected']);
    expect(f.calls.length).to.equal(1);
    expect(await mk().getConfig()).to.deep.equal(CFG_OUT);
    expect(f.calls.length).to.equal(2);
  });

  it('status and create-link are never shared or cached', async () => {
    const f = fakeFetch((call) =>
      json(
        call.url.includes('/status/')
          ? { status: 'PENDING' }
          : { donationLink: 'https://pay.example/1', partnerDonationId: 'pd_1' },
      ),
    );
    const c = createClient({ publishableKey: TEST_KEY, fetch: f.fetch, storage: null });
    const link = {
      nonprofitSlug: 'x',
      amount: 100,
      currency: 'USD',
      frequency: 'once',
      provider: 'stripe',
    } as const;
    await Promise.all([
      c.getStatus('pd_1'),
      c.getStatus('pd_1'),
      c.createLink(link),
      c.createLink(link),
    ]);
    expect(f.calls.length).to.equal(4);
  });
});

describe('look-up cache', () => {
  beforeEach(() => clearCache());

  function setup(storage: ReturnType<typeof memoryStorage> | null = memoryStorage()) {
    let t = 1_000_000;
    const f = fakeFetch((call) => json(call.url.includes('/organizations/') ? ORG : CONFIG));
    const mk = () =>
      createClient({ publishableKey: TEST_KEY, fetch: f.fetch, storage, now: () => t });
    return { f, mk, storage, advance: (ms: number) => (t += ms) };
  }

  it('serves a second look-up within the TTL from storage', async () => {
    const { f, mk, storage } = setup();
    await mk().getConfig();
    expect(await mk().getConfig()).to.deep.equal(CFG_OUT);
    expect(f.calls.length).to.equal(1);
    const [k, v] = only(storage!);
    expect(k).to.match(/^sir-donate:v1:config:[0-9a-z]+$/);
    expect(k).not.to.include(TEST_KEY.slice(8, 20));
    expect(v).not.to.include(TEST_KEY);
    expect(v).not.to.include('webhookUrl');
  });

  it('refetches after the TTL (default 5 min) and removes the stale entry first', async () => {
    const { f, mk, advance } = setup();
    await mk().getOrganization('american-red-cross');
    advance(5 * 60 * 1000 - 1);
    await mk().getOrganization('american-red-cross');
    expect(f.calls.length).to.equal(1);
    advance(2);
    await mk().getOrganization('american-red-cross');
    expect(f.calls.length).to.equal(2);
  });

  it('honours cacheTtlMs', async () => {
    let t = 0;
    const f = fakeFetch(() => json(CONFIG));
    const storage = memoryStorage();
    const mk = () =>
      createClient({
        publishableKey: TEST_KEY,
        fetch: f.fetch,
        storage,
        now: () => t,
        cacheTtlMs: 1000,
      });
    await mk().getConfig();
    t = 999;
    await mk().getConfig();
    t = 1000;
    await mk().getConfig();
    expect(f.calls.length).to.equal(2);
  });

  it('fresh: true bypasses the cache and refreshes it', async () => {
    const { f, mk } = setup();
    await mk().getConfig();
    await mk().getConfig({ fresh: true });
    expect(f.calls.length).to.equal(2);
    await mk().getConfig();
    expect(f.calls.length).to.equal(2);
  });

  for (const [what, corrupt] of [
    ['not JSON', () => '{oops'],
    ['JSON null', () => 'null'],
    ['wrong data', (raw: string) => raw.replace('"Acme Inc"', '42')],
    ['expiry beyond the TTL', (raw: string) => raw.replace(/"e":\d+/, '"e":9999999999999')],
    ['no expiry', (raw: string) => raw.replace(/"e":\d+,/, '')],
  ] as const) {
    it(`ignores and removes a corrupted entry (${what})`, async () => {
      const { f, mk, storage } = setup();
      await mk().getConfig();
      const [k, raw] = only(storage!);
      storage!.map.set(k, corrupt(raw));
      expect(await mk().getConfig()).to.deep.equal(CFG_OUT);
      expect(f.calls.length).to.equal(2);
      expect(JSON.parse(storage!.map.get(k)!).d).to.deep.equal(CFG_OUT);
    });
  }

  it('re-validates cached data: an unsafe logo planted in storage is dropped', async () => {
    const { f, mk, storage } = setup();
    await mk().getOrganization('american-red-cross');
    const [k, raw] = only(storage!);
    storage!.map.set(k, raw.replace('https://cdn.example/logo.png', 'javascript:alert(1)'));
    const org = await mk().getOrganization('american-red-cross');
    expect(f.calls.length).to.equal(1);
    expect(org).not.to.have.property('logoUrl');
    expect(org.name).to.equal('American Red Cross');
  });

  it('a storage that throws falls back to a page memory cache', async () => {
    const throwing = {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      removeItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    };
    const f = fakeFetch(() => json(CONFIG));
    const mk = () => createClient({ publishableKey: TEST_KEY, fetch: f.fetch, storage: throwing });
    expect(await mk().getConfig()).to.deep.equal(CFG_OUT);
    expect(await mk().getConfig()).to.deep.equal(CFG_OUT);
    expect(f.calls.length).to.equal(1);
    clearCache();
    await mk().getConfig();
    expect(f.calls.length).to.equal(2);
  });

  it('storage: null keeps the cache in memory only', async () => {
    const { f, mk } = setup(null);
    await mk().getConfig();
    await mk().getConfig();
    expect(f.calls.length).to.equal(1);
  });

  it('defaults to sessionStorage, and clearCache() empties it', async () => {
    const f = fakeFetch(() => json(CONFIG));
    const mine = () => Object.keys(sessionStorage).filter((k) => k.startsWith('sir-donate:v1:'));
    sessionStorage.setItem('unrelated', 'keep');
    try {
      await createClient({ publishableKey: TEST_KEY, fetch: f.fetch }).getConfig();
      expect(mine().length).to.equal(1);
      await createClient({ publishableKey: TEST_KEY, fetch: f.fetch }).getConfig();
      expect(f.calls.length).to.equal(1);
      clearCache();
      expect(mine()).to.deep.equal([]);
      expect(sessionStorage.getItem('unrelated')).to.equal('keep');
    } finally {
      sessionStorage.removeItem('unrelated');
    }
  });

  it('a request in flight during clearCache() does not repopulate the cache', async () => {
    const g = gatedFetch();
    const storage = memoryStorage();
    const p = createClient({ publishableKey: TEST_KEY, fetch: g.fetch, storage }).getConfig();
    clearCache();
    g.release();
    await p;
    expect(storage.map.size).to.equal(0);
  });

  it('an aborted signal with a cache hit still rejects ABORTED', async () => {
    const { mk } = setup();
    await mk().getConfig();
    expect((await rejection(mk().getConfig({ signal: AbortSignal.abort() }))).code).to.equal(
      'ABORTED',
    );
  });
});
