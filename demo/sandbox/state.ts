// In-memory state of one sandbox instance. Nothing persists across restarts.
import type { QueuedFault } from './faults.js';

export const DONATION_STATUSES = [
  'PENDING',
  'COMPLETED',
  'FAILED',
  'CANCELLED',
  'REVERSED',
] as const;
export type DonationStatus = (typeof DONATION_STATUSES)[number];

export function isDonationStatus(value: unknown): value is DonationStatus {
  return typeof value === 'string' && (DONATION_STATUSES as readonly string[]).includes(value);
}

export interface Donation {
  readonly partnerDonationId: string;
  readonly partnerSlug: string;
  readonly nonprofitSlug: string;
  /** Minor units, donation alone (tip excluded). */
  readonly amount: number;
  readonly currency: string;
  readonly frequency: 'once' | 'monthly';
  readonly provider: 'stripe' | 'every.org';
  /** Minor units; 0 when no tip (or tips are disabled for the partner). */
  readonly tipAmount: number;
  readonly tipPercent?: number;
  readonly donorEmail?: string;
  readonly firstName?: string;
  readonly lastName?: string;
  readonly referralCode?: string;
  status: DonationStatus;
  tokensAwarded: number | null;
  readonly createdAt: string;
  updatedAt: string;
  readonly expiresAt: string;
  /** http(s) Referer seen when the checkout page was first shown (a fallback return URL). */
  referer?: string;
}

export interface LogEntry {
  readonly time: string;
  readonly method: string;
  /** Path only: query strings are never logged. */
  readonly path: string;
  readonly status: number;
  readonly maskedKey: string | null;
  readonly durationMs: number;
  readonly code?: string;
  readonly fault?: string;
}

export interface RateBucket {
  windowStart: number;
  count: number;
}

export class SandboxState {
  readonly donations = new Map<string, Donation>();
  readonly log: LogEntry[] = [];
  readonly faults: QueuedFault[] = [];
  readonly buckets = new Map<string, RateBucket>();
  readonly logLimit: number;
  #pending = new AbortController();

  constructor(logLimit = 1000) {
    this.logLimit = logLimit;
  }

  /** Aborted when hanging or delayed requests must be let go (reset, server close). */
  get pendingSignal(): AbortSignal {
    return this.#pending.signal;
  }

  /** Releases every hanging or delayed request now. */
  releasePending(): void {
    this.#pending.abort();
    this.#pending = new AbortController();
  }

  addLog(entry: LogEntry): void {
    this.log.push(entry);
    if (this.log.length > this.logLimit) this.log.splice(0, this.log.length - this.logLimit);
  }

  /** Clears donations, faults, rate-limit buckets and the log; lets hanging requests go. */
  reset(): void {
    this.donations.clear();
    this.log.length = 0;
    this.faults.length = 0;
    this.buckets.clear();
    this.releasePending();
  }
}

/** Resolves after `ms`, or early (with 'aborted') when any signal aborts. Never rejects. */
export function wait(
  ms: number,
  signals: readonly (AbortSignal | undefined)[],
): Promise<'elapsed' | 'aborted'> {
  return new Promise((resolve) => {
    const live = signals.filter((s): s is AbortSignal => s !== undefined);
    if (live.some((s) => s.aborted)) {
      resolve('aborted');
      return;
    }
    const onAbort = (): void => finish('aborted');
    const timer = setTimeout(() => finish('elapsed'), ms);
    function finish(result: 'elapsed' | 'aborted'): void {
      clearTimeout(timer);
      for (const s of live) s.removeEventListener('abort', onAbort);
      resolve(result);
    }
    for (const s of live) s.addEventListener('abort', onAbort, { once: true });
  });
}
