import { expect } from '@open-wc/testing';
import * as z from 'zod/mini';
import { CONFIG, ORG, client, clearCache, fakeFetch, json, rejection } from './helpers.js';

/** A client whose every request answers `body` with 200. */
function answering(body: unknown, apiBase?: string) {
  const f = fakeFetch(() => json(body));
  return { c: client({ fetch: f.fetch, apiBase: apiBase ?? null }), calls: f.calls };
}

describe('response schemas', () => {
  beforeEach(() => clearCache());

  // zod probes `new Function` while building object schemas unless jitless is set
  // first; a strict CSP reports that probe. The api module must set it on import.
  it('runs zod jitless (strict CSP)', () => {
    expect(z.config().jitless).to.equal(true);
  });

  describe('config', () => {
    it('keeps what the widget uses and drops the rest (webhookUrl, unknown fields)', async () => {
      const { c } = answering({ ...CONFIG, brandNew: { nested: true } });
      const cfg = await c.getConfig();
      expect(cfg).to.deep.equal({
        name: 'Acme Inc',
        slug: 'acme',
        isActive: true,
        enabledFeatures: ['DONATIONS', 'ACTIONS'],
        tipConfig: { enabled: true, defaultPercent: 10 },
      });
      expect(cfg).not.to.have.property('webhookUrl');
    });

    it('defaults a missing tipConfig and enabledFeatures', async () => {
      const { c } = answering({ name: 'A', slug: 'a', isActive: false });
      expect(await c.getConfig()).to.deep.equal({
        name: 'A',
        slug: 'a',
        isActive: false,
        enabledFeatures: [],
        tipConfig: { enabled: false, defaultPercent: 0 },
      });
    });

    it('clamps defaultPercent to 0–100 and tolerates junk tipConfig', async () => {
      for (const [tip, out] of [
        [
          { enabled: true, defaultPercent: 250 },
          { enabled: true, defaultPercent: 100 },
        ],
        [
          { enabled: true, defaultPercent: -5 },
          { enabled: true, defaultPercent: 0 },
        ],
        [
          { enabled: 'yes', defaultPercent: '10' },
          { enabled: false, defaultPercent: 0 },
        ],
        ['on', { enabled: false, defaultPercent: 0 }],
        [null, { enabled: false, defaultPercent: 0 }],
      ] as const) {
        clearCache();
        const { c } = answering({ ...CONFIG, tipConfig: tip });
        expect((await c.getConfig()).tipConfig, JSON.stringify(tip)).to.deep.equal(out);
      }
    });

    it('keeps only string features', async () => {
      const { c } = answering({ ...CONFIG, enabledFeatures: ['DONATIONS', 3, null, 'X'] });
      expect((await c.getConfig()).enabledFeatures).to.deep.equal(['DONATIONS', 'X']);
    });

    it('caps and trims long names instead of failing', async () => {
      const { c } = answering({ ...CONFIG, name: `  ${'N'.repeat(100000)}  `, slug: ' acme ' });
      const cfg = await c.getConfig();
      expect(cfg.name).to.equal('N'.repeat(200));
      expect(cfg.slug).to.equal('acme');
    });

    const wrong: [string, unknown, string][] = [
      ['name is a number', { ...CONFIG, name: 42 }, 'config: name: expected string'],
      ['name missing', { ...CONFIG, name: undefined }, 'config: name: expected string'],
      [
        'isActive is a string',
        { ...CONFIG, isActive: 'true' },
        'config: isActive: expected boolean',
      ],
      [
        'enabledFeatures is an object',
        { ...CONFIG, enabledFeatures: { DONATIONS: 1 } },
        'config: enabledFeatures: expected array',
      ],
      ['body is an array', [CONFIG], 'config: expected object'],
      ['body is null', null, 'config: expected object'],
    ];
    for (const [what, body, message] of wrong) {
      it(`INVALID_RESPONSE when ${what}`, async () => {
        const { c, calls } = answering(body);
        const e = await rejection(c.getConfig());
        expect(e.code).to.equal('INVALID_RESPONSE');
        expect(e.retryable).to.equal(true);
        expect(e.message).to.equal(message);
        expect(calls.length, 'not retried automatically').to.equal(1);
      });
    }

    it('counts further issues', async () => {
      const { c } = answering({ slug: 1, isActive: 'x' });
      expect((await rejection(c.getConfig())).message).to.equal(
        'config: name: expected string (+2 more)',
      );
    });

    it('INVALID_RESPONSE for a 200 that is not JSON', async () => {
      const c = client({ fetch: fakeFetch(() => new Response('<html>ok</html>')).fetch });
      const e = await rejection(c.getConfig());
      expect([e.code, e.message, e.status]).to.deep.equal([
        'INVALID_RESPONSE',
        'config: response is not JSON',
        200,
      ]);
    });

    it('is not fooled by __proto__ keys', async () => {
      const body = `{"name":"A","slug":"a","isActive":true,"__proto__":{"polluted":1,"isActive":false},"tipConfig":{"__proto__":{"enabled":true}}}`;
      const c = client({ fetch: fakeFetch(() => new Response(body)).fetch });
      const cfg = await c.getConfig();
      expect(cfg.isActive).to.equal(true);
      expect(cfg.tipConfig).to.deep.equal({ enabled: false, defaultPercent: 0 });
      expect(Object.getPrototypeOf(cfg)).to.equal(Object.prototype);
      expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
      expect(cfg).not.to.have.property('polluted');
    });
  });

  describe('organization', () => {
    it('passes the documented shape through', async () => {
      const { c } = answering(ORG);
      expect(await c.getOrganization('american-red-cross')).to.deep.equal(ORG);
    });

    it('accepts logo and EIN variants', async () => {
      const { c } = answering({
        slug: 'x',
        name: 'X',
        logo: 'https://cdn.example/x.svg',
        EIN: '12-3456789',
      });
      expect(await c.getOrganization('x')).to.deep.equal({
        slug: 'x',
        name: 'X',
        logoUrl: 'https://cdn.example/x.svg',
        ein: '12-3456789',
      });
    });

    for (const logo of [
      'http://cdn.example/x.png',
      'javascript:alert(1)',
      'data:image/png;base64,AAAA',
      '/x.png',
      42,
    ]) {
      it(`drops an unsafe logo ${String(logo)}`, async () => {
        const { c } = answering({ ...ORG, logoUrl: logo });
        const org = await c.getOrganization('american-red-cross');
        expect(org).not.to.have.property('logoUrl');
        expect(org.name).to.equal('American Red Cross');
      });
    }

    it('allows an http logo only when the API itself is a loopback sandbox', async () => {
      const body = { ...ORG, logoUrl: 'http://localhost:8787/logo.png' };
      expect(
        (await answering(body, 'http://localhost:8787').c.getOrganization('a')).logoUrl,
      ).to.equal('http://localhost:8787/logo.png');
      clearCache();
      expect(
        await answering(body, 'https://proxy.example').c.getOrganization('a'),
      ).not.to.have.property('logoUrl');
    });

    it('drops wrongly typed optional fields and caps long strings', async () => {
      const { c } = answering({
        slug: 'x',
        name: 'Y'.repeat(5000),
        ein: 12,
        id: { a: 1 },
        status: 'S'.repeat(500),
      });
      const org = await c.getOrganization('x');
      expect(org).to.deep.equal({ slug: 'x', name: 'Y'.repeat(200), status: 'S'.repeat(64) });
    });

    it('INVALID_RESPONSE when name is missing', async () => {
      const e = await rejection(answering({ slug: 'x' }).c.getOrganization('x'));
      expect([e.code, e.message]).to.deep.equal([
        'INVALID_RESPONSE',
        'organization: name: expected string',
      ]);
    });
  });

  describe('create-link', () => {
    const body = {
      nonprofitSlug: 'x',
      amount: 2500,
      currency: 'USD',
      frequency: 'once',
      provider: 'stripe',
    } as const;
    it('returns the link and id, dropping extras', async () => {
      const { c } = answering({
        donationLink: 'https://pay.example/1',
        partnerDonationId: 'pd_1',
        expiresAt: 'soon',
      });
      expect(await c.createLink(body)).to.deep.equal({
        donationLink: 'https://pay.example/1',
        partnerDonationId: 'pd_1',
      });
    });
    for (const [what, res, msg] of [
      [
        'empty donationLink',
        { donationLink: ' ', partnerDonationId: 'pd_1' },
        'create-link: donationLink: must not be empty',
      ],
      [
        'missing partnerDonationId',
        { donationLink: 'https://pay.example/1' },
        'create-link: partnerDonationId: expected string',
      ],
      [
        'over-long partnerDonationId',
        { donationLink: 'https://pay.example/1', partnerDonationId: 'p'.repeat(201) },
        'create-link: partnerDonationId: too long',
      ],
    ] as const) {
      it(`INVALID_RESPONSE for ${what}`, async () => {
        const e = await rejection(answering(res).c.createLink(body));
        expect([e.code, e.message]).to.deep.equal(['INVALID_RESPONSE', msg]);
      });
    }
  });

  describe('status', () => {
    it('upper-cases status and keeps unknown values', async () => {
      const { c } = answering({
        partnerDonationId: 'pd_1',
        status: ' completed ',
        amount: 2500,
        currency: 'USD',
        tokensAwarded: null,
        updatedAt: '2026-11-24T10:00:00Z',
      });
      expect(await c.getStatus('pd_1')).to.deep.equal({
        partnerDonationId: 'pd_1',
        status: 'COMPLETED',
        amount: 2500,
        currency: 'USD',
        tokensAwarded: null,
        updatedAt: '2026-11-24T10:00:00Z',
      });
      expect(
        (await answering({ status: 'Processing-Refund' }).c.getStatus('pd_2')).status,
      ).to.equal('PROCESSING-REFUND');
    });

    it('fills in a missing partnerDonationId from the request', async () => {
      expect(
        await answering({ status: 'pending', amount: '25' }).c.getStatus('pd_9'),
      ).to.deep.equal({
        partnerDonationId: 'pd_9',
        status: 'PENDING',
      });
    });

    it('INVALID_RESPONSE when status is missing or empty', async () => {
      expect(
        (await rejection(answering({ partnerDonationId: 'pd' }).c.getStatus('pd'))).message,
      ).to.equal('status: status: expected string');
      expect((await rejection(answering({ status: '' }).c.getStatus('pd'))).message).to.equal(
        'status: status: must not be empty',
      );
    });
  });
});
