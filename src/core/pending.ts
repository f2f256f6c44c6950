import { withStorage } from '../api/client.js';
import type { Frequency } from '../api/types.js';

/** What the redirect flow remembers before leaving for the hosted checkout. */
export interface PendingDonation {
  partnerDonationId: string;
  /** Minor units. */
  amount: number;
  currency: string;
  frequency: Frequency;
  /** Epoch milliseconds. */
  createdAt: number;
}

/**
 * Two widgets on one page (or two partners on one origin) must not pick up
 * each other's donation. `partner`: the partner slug, or a hash of the key;
 * prefix the environment if test and live widgets share a page.
 */
export interface PendingScope {
  partner: string;
  nonprofit: string;
}

export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export interface PendingOptions {
  /** Defaults to sessionStorage. */
  storage?: StorageLike;
  now?: () => number;
  /** Defaults to 24 h: a hosted checkout does not stay open longer. */
  maxAgeMs?: number;
}

// Used when storage throws (Safari private mode, blocked cookies, sandboxed
// iframes): it still covers a back/forward-cache return, not a full reload.
const memory: Record<string, string | undefined> = {};

export const pendingKey = ({ partner, nonprofit }: PendingScope): string =>
  `sir-donate:pending:${encodeURIComponent(partner)}:${encodeURIComponent(nonprofit)}`;

export const savePending = (p: PendingDonation, scope: PendingScope, o?: PendingOptions): void => {
  const k = pendingKey(scope);
  const v = JSON.stringify(p, [
    'partnerDonationId',
    'amount',
    'currency',
    'frequency',
    'createdAt',
  ]);
  memory[k] = withStorage(o?.storage, (s) => (s.setItem(k, v), 1)) ? undefined : v;
};

export const clearPending = (scope: PendingScope, o?: PendingOptions): void => {
  const k = pendingKey(scope);
  delete memory[k];
  withStorage(o?.storage, (s) => s.removeItem(k));
};

/** The pending donation, or undefined; corrupt or expired entries are removed. */
export const loadPending = (
  scope: PendingScope,
  o?: PendingOptions,
): PendingDonation | undefined => {
  const k = pendingKey(scope);
  let p: PendingDonation | undefined;
  try {
    p = JSON.parse(withStorage(o?.storage, (s) => s.getItem(k)) ?? memory[k]!);
  } catch {
    // Corrupt, or nothing stored.
  }
  if (
    typeof p?.partnerDonationId == 'string' &&
    /^\P{Cc}{1,256}$/u.test(p.partnerDonationId) &&
    Number.isSafeInteger(p.amount) &&
    p.amount > 0 &&
    /^[A-Z]{3}$/.test(p.currency) &&
    ['once', 'monthly'].includes(p.frequency) &&
    typeof p.createdAt == 'number' &&
    // Clock changes go both ways: a far-future entry is as stale as an old one.
    Math.abs((o?.now ?? Date.now)() - p.createdAt) <= (o?.maxAgeMs ?? 864e5)
  )
    return p;
  clearPending(scope, o);
};
