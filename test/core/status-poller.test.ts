import { expect } from '@open-wc/testing';
import { SirApiError } from '../../src/api/errors.js';
import type { DonationStatus } from '../../src/api/types.js';
import { isTerminalStatus, pollStatus, type PollOptions } from '../../src/core/index.js';
import { FakeClock, FakeVisibility, flush } from './fakes.js';

const MIN = 60_000;
const status = (s: string): DonationStatus => ({ partnerDonationId: 'pd_1', status: s });

/**
 * A poller on a fake clock. `answers` are served in order (an Error is thrown),
 * the last one repeats; `calls` records the clock time of every request.
 */
function setup(answers: (string | Error)[], extra: Partial<PollOptions> = {}) {
  const clock = new FakeClock();
  const visibility = new FakeVisibility();
  const calls: number[] = [];
  const seen: string[] = [];
  const errors: unknown[] = [];
  const signals: AbortSignal[] = [];
  let settled: DonationStatus | undefined | 'pending' = 'pending';
  const poller = pollStatus({
    fetchStatus: async (signal) => {
      signals.push(signal);
      const a = answers[Math.min(calls.length, answers.length - 1)]!;
      calls.push(clock.now);
      if (a instanceof Error) throw a;
      return status(a);
    },
    onStatus: (s) => seen.push(s.status),
    onError: (e) => errors.push(e),
    timers: clock.timersApi,
    now: clock.nowFn,
    visibility,
    ...extra,
  });
  void poller.done.then((s) => (settled = s));
  return { clock, visibility, calls, seen, errors, signals, poller, settled: () => settled };
}

describe('isTerminalStatus', () => {
  const table: [string, boolean][] = [
    ['COMPLETED', true],
    ['completed', true],
    ['FAILED', true],
    ['Cancelled', true],
    ['REVERSED', true],
    ['PENDING', false],
    ['PROCESSING', false],
    ['CANCELED', false],
    ['', false],
  ];
  for (const [s, t] of table)
    it(`${JSON.stringify(s)} → ${t}`, () => expect(isTerminalStatus(s)).to.equal(t));
});

describe('pollStatus', () => {
  it('backs off 3 s ×1.5 up to a 30 s cap', async () => {
    const t = setup(['PENDING']);
    await t.clock.advance(3 * MIN);
    expect(t.clock.delays.slice(0, 9)).to.deep.equal([
      3000, 4500, 6750, 10125, 15188, 22782, 30000, 30000, 30000,
    ]);
    expect(t.calls.slice(0, 4)).to.deep.equal([3000, 7500, 14250, 24375]);
    t.poller.stop();
  });

  it('makes no request before the first delay', async () => {
    const t = setup(['PENDING']);
    await t.clock.advance(2999);
    expect(t.calls).to.deep.equal([]);
    await t.clock.advance(1);
    expect(t.calls).to.deep.equal([3000]);
    t.poller.stop();
  });

  it('polls at once with `immediate`, then follows the schedule', async () => {
    const t = setup(['PENDING'], { immediate: true });
    await t.clock.advance(10_000);
    expect(t.calls).to.deep.equal([0, 3000, 7500]);
    t.poller.stop();
  });

  it('honours custom delays and factor', async () => {
    const t = setup(['PENDING'], { initialDelayMs: 1000, factor: 2, maxDelayMs: 5000 });
    await t.clock.advance(20_000);
    expect(t.clock.delays.slice(0, 6)).to.deep.equal([1000, 2000, 4000, 5000, 5000, 5000]);
    t.poller.stop();
  });

  it('reports the first status and then only changes', async () => {
    const t = setup(['PENDING', 'PENDING', 'pending', 'PROCESSING', 'PROCESSING', 'COMPLETED']);
    await t.clock.advance(10 * MIN);
    expect(t.seen).to.deep.equal(['PENDING', 'PROCESSING', 'COMPLETED']);
    expect(t.calls).to.have.length(6);
  });

  for (const terminal of ['COMPLETED', 'FAILED', 'cancelled', 'REVERSED'])
    it(`stops on ${terminal} and resolves with it`, async () => {
      const t = setup(['PENDING', terminal]);
      await t.clock.advance(10 * MIN);
      expect(t.calls).to.have.length(2);
      expect(t.settled()).to.deep.equal(status(terminal));
      expect(t.clock.pending).to.equal(0);
      expect(t.visibility.listeners.size).to.equal(0);
    });

  it('keeps polling on unknown statuses', async () => {
    const t = setup(['WHATEVER']);
    await t.clock.advance(2 * MIN);
    expect(t.calls.length).to.be.greaterThan(5);
    expect(t.settled()).to.equal('pending');
    t.poller.stop();
  });

  it('makes no request while the page is hidden, and polls as soon as it shows', async () => {
    const t = setup(['PENDING', 'PENDING', 'COMPLETED']);
    t.visibility.set(true);
    await t.clock.advance(10 * MIN);
    expect(t.calls).to.deep.equal([]);
    t.visibility.set(false);
    await flush();
    expect(t.calls).to.deep.equal([10 * MIN]);
    // The backoff goes on where it was: the delay consumed while hidden counts.
    await t.clock.advance(4500);
    expect(t.calls).to.deep.equal([10 * MIN, 10 * MIN + 4500]);
    expect(t.settled()).to.equal('pending');
    await t.clock.advance(6750);
    expect(t.settled()).to.deep.equal(status('COMPLETED'));
  });

  it('pauses when the page hides mid-way and resumes at once when it shows', async () => {
    const t = setup(['PENDING']);
    await t.clock.advance(3000);
    expect(t.calls).to.deep.equal([3000]);
    t.visibility.set(true);
    await t.clock.advance(5 * MIN);
    expect(t.calls).to.deep.equal([3000]);
    t.clock.now += 1; // showing again needs no timer
    t.visibility.set(false);
    await flush();
    expect(t.calls).to.deep.equal([3000, 3000 + 5 * MIN + 1]);
    t.poller.stop();
  });

  it('polls at once when the donor comes back from the checkout tab', async () => {
    const t = setup(['PENDING', 'COMPLETED']);
    await t.clock.advance(3000);
    t.visibility.set(true);
    await t.clock.advance(1000);
    t.visibility.set(false);
    await flush();
    expect(t.calls).to.deep.equal([3000, 4000]);
    expect(t.settled()).to.deep.equal(status('COMPLETED'));
  });

  it('gives up after 30 minutes without another request', async () => {
    const t = setup(['PENDING']);
    await t.clock.advance(29 * MIN);
    expect(t.settled()).to.equal('pending');
    await t.clock.advance(2 * MIN);
    expect(t.settled()).to.equal(undefined);
    expect(t.calls.at(-1)).to.be.below(30 * MIN);
    const count = t.calls.length;
    await t.clock.advance(60 * MIN);
    expect(t.calls.length).to.equal(count);
    expect(t.clock.pending).to.equal(0);
  });

  it('gives up on time even while the page stays hidden', async () => {
    const t = setup(['PENDING']);
    t.visibility.set(true);
    await t.clock.advance(30 * MIN);
    expect(t.settled()).to.equal(undefined);
    expect(t.calls).to.deep.equal([]);
  });

  it('honours a custom maximum duration', async () => {
    const t = setup(['PENDING'], { maxDurationMs: 10_000 });
    await t.clock.advance(9_999);
    expect(t.settled()).to.equal('pending');
    await t.clock.advance(1);
    expect(t.settled()).to.equal(undefined);
    expect(t.calls).to.deep.equal([3000, 7500]);
  });

  it('stop() aborts the request in flight and resolves undefined', async () => {
    const clock = new FakeClock();
    const visibility = new FakeVisibility();
    let signal: AbortSignal | undefined;
    let onStatus = 0;
    const poller = pollStatus({
      fetchStatus: (s) => {
        signal = s;
        return new Promise<DonationStatus>((_, reject) =>
          s.addEventListener('abort', () => reject(s.reason)),
        );
      },
      onStatus: () => onStatus++,
      timers: clock.timersApi,
      now: clock.nowFn,
      visibility,
    });
    await clock.advance(3000);
    expect(signal?.aborted).to.equal(false);
    poller.stop();
    expect(signal?.aborted).to.equal(true);
    expect(await poller.done).to.equal(undefined);
    expect(onStatus).to.equal(0);
    expect(clock.pending).to.equal(0);
    expect(visibility.listeners.size).to.equal(0);
  });

  it('stop() before the first poll makes no request', async () => {
    const t = setup(['PENDING']);
    t.poller.stop();
    t.poller.stop(); // idempotent
    await t.clock.advance(10 * MIN);
    t.visibility.set(false);
    await flush();
    expect(t.calls).to.deep.equal([]);
    expect(t.settled()).to.equal(undefined);
  });

  it('keeps polling through transient errors, with the backoff', async () => {
    const network = new SirApiError({ code: 'NETWORK_ERROR', message: 'offline', retryable: true });
    const t = setup([network, new TypeError('Failed to fetch'), 'COMPLETED']);
    await t.clock.advance(10 * MIN);
    expect(t.errors).to.deep.equal([network, t.errors[1]]);
    expect(t.errors[1]).to.be.instanceOf(TypeError);
    expect(t.calls).to.deep.equal([3000, 7500, 14250]);
    expect(t.settled()).to.deep.equal(status('COMPLETED'));
  });

  it('waits at least Retry-After when rate limited', async () => {
    const limited = new SirApiError({
      code: 'RATE_LIMITED',
      message: 'slow down',
      retryable: true,
      retryAfter: 60,
    });
    const t = setup([limited, 'PENDING']);
    await t.clock.advance(2 * MIN);
    expect(t.calls.slice(0, 2)).to.deep.equal([3000, 63000]);
    t.poller.stop();
  });

  it('stops on a non-retryable error', async () => {
    const gone = new SirApiError({ code: 'INVALID_API_KEY', message: 'bad key', retryable: false });
    const t = setup(['PENDING', gone, 'COMPLETED']);
    await t.clock.advance(10 * MIN);
    expect(t.calls).to.have.length(2);
    expect(t.errors).to.deep.equal([gone]);
    expect(t.settled()).to.equal(undefined);
    expect(t.seen).to.deep.equal(['PENDING']);
  });

  it('ignores a late answer after stop()', async () => {
    const clock = new FakeClock();
    let resolve!: (s: DonationStatus) => void;
    let seen = 0;
    const poller = pollStatus({
      fetchStatus: () => new Promise<DonationStatus>((r) => (resolve = r)),
      onStatus: () => seen++,
      timers: clock.timersApi,
      now: clock.nowFn,
      visibility: new FakeVisibility(),
    });
    await clock.advance(3000);
    poller.stop();
    resolve(status('COMPLETED'));
    await flush();
    expect(seen).to.equal(0);
    expect(await poller.done).to.equal(undefined);
  });

  it('uses the page visibility and real timers by default', async () => {
    let calls = 0;
    const poller = pollStatus({
      fetchStatus: async () => {
        calls++;
        return status('COMPLETED');
      },
      onStatus: () => {},
      initialDelayMs: 1,
    });
    const hidden = document.visibilityState === 'hidden';
    if (hidden) {
      await new Promise((r) => setTimeout(r, 50));
      poller.stop();
    }
    expect(await poller.done).to.deep.equal(hidden ? undefined : status('COMPLETED'));
    expect(calls).to.equal(hidden ? 0 : 1);
  });
});
