import type { DonationStatus } from '../api/types.js';

/** Terminal donation statuses, compared case-insensitively; unknown statuses keep polling. */
export const isTerminalStatus = (status: string): boolean =>
  /^(COMPLETED|FAILED|CANCELLED|REVERSED)$/i.test(status);

export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(id: unknown): void;
}

export interface Visibility {
  isHidden(): boolean;
  /** Subscribes to visibility changes; returns the unsubscribe function. */
  onChange(callback: () => void): () => void;
}

export interface PollOptions {
  fetchStatus(signal: AbortSignal): Promise<DonationStatus>;
  /** Called with the first status and then only when the status changes. */
  onStatus(status: DonationStatus): void;
  /** Every failed request; polling goes on unless the error says `retryable: false`. */
  onError?(error: unknown): void;
  initialDelayMs?: number;
  maxDelayMs?: number;
  factor?: number;
  maxDurationMs?: number;
  /** Poll once right away (a donor coming back from a redirect), then follow the schedule. */
  immediate?: boolean;
  timers?: Timers;
  now?: () => number;
  visibility?: Visibility;
}

export interface Poller {
  /** Stops polling and aborts a request in flight; `done` resolves undefined. */
  stop(): void;
  /** The terminal status, or undefined when stopped, timed out or refused by a non-retryable error. */
  readonly done: Promise<DonationStatus | undefined>;
}

/**
 * Polls a donation's status with backoff (3 s growing ×1.5 to 30 s), paused
 * while the page is hidden and polling at once when it shows again (the donor
 * is likely back from the checkout tab), for at most 30 minutes.
 */
export const pollStatus = (o: PollOptions): Poller => {
  const {
    // Called as methods of globalThis, which is how window.setTimeout wants to be called.
    timers: T = globalThis as Timers,
    now = Date.now,
    visibility: v = {
      isHidden: () => document.hidden,
      onChange: (cb) => (
        document.addEventListener('visibilitychange', cb),
        () => document.removeEventListener('visibilitychange', cb)
      ),
    },
  } = o;
  const deadline = now() + (o.maxDurationMs ?? 18e5);
  let next = o.initialDelayMs ?? 3e3;
  let timer: unknown;
  let ctl: AbortController | undefined;
  let last: string | undefined;
  let over = 0;
  let resolve!: (status?: DonationStatus) => void;
  const done = new Promise<DonationStatus | undefined>((r) => (resolve = r));

  const grow = (d = next) => (
    (next = Math.min(o.maxDelayMs ?? 3e4, Math.round(next * (o.factor ?? 1.5)))),
    d
  );
  // Never sleeps past the deadline, so `done` settles on time even while paused.
  const schedule = (ms: number) => {
    T.clearTimeout(timer);
    timer = T.setTimeout(tick, Math.min(ms, deadline - now()));
  };
  const finish = (status?: DonationStatus) => {
    if (!over++) {
      T.clearTimeout(timer);
      ctl?.abort();
      off();
      resolve(status);
    }
  };

  const tick = async (): Promise<void> => {
    if (over || ctl) return;
    if (now() >= deadline) return finish();
    if (v.isHidden()) return schedule(Infinity);
    let wait = grow();
    let s: DonationStatus | undefined;
    let e: { retryable?: unknown; retryAfter?: number } | undefined;
    try {
      s = await o.fetchStatus((ctl = new AbortController()).signal);
    } catch (x) {
      e = x as typeof e;
    }
    ctl = undefined;
    if (over) return;
    if (s) {
      const code = s.status.toUpperCase();
      if (code != last) o.onStatus(s);
      last = code;
      if (isTerminalStatus(code)) return finish(s);
    } else {
      o.onError?.(e);
      if (e?.retryable === false) return finish();
      wait = Math.max(wait, (e?.retryAfter ?? 0) * 1e3);
    }
    schedule(wait);
  };

  // Back on the page: poll at once (a request in flight or a stop makes this a no-op).
  const off = v.onChange(() => v.isHidden() || tick());
  schedule(o.immediate ? 0 : grow());
  return { stop: () => finish(), done };
};
