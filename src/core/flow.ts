import type { DonationStatusValue, PartnerConfig } from '../api/types.js';
import { isTerminalStatus } from './status-poller.js';

export type FlowStateName =
  | 'idle'
  | 'loading'
  | 'ready'
  | 'submitting'
  | 'redirecting'
  | 'awaiting'
  | 'completed'
  | 'unavailable'
  | 'error'
  | 'misconfigured';

export type CheckoutMode = 'redirect' | 'popup' | 'new-tab';

/** Structural so a SirApiError or its `toJSON()` both fit. */
export interface FlowError {
  code: string;
  message: string;
  retryable: boolean;
}

export interface FlowState {
  readonly name: FlowStateName;
  /** Config and nonprofit were loaded, so later errors can go back to the form. */
  readonly loaded: boolean;
  /** In error / unavailable / misconfigured: why. */
  readonly error?: FlowError;
  /** In ready after a checkout ended without success: its status (FAILED, CANCELLED, REVERSED). */
  readonly notice?: string;
  /** In redirecting / awaiting / completed: the donation in flight. */
  readonly donation?: { partnerDonationId: string; donationLink?: string };
}

export type FlowEvent =
  /** The key attribute was set, changed or removed: always restarts. */
  | { type: 'configure'; hasKey: boolean }
  | { type: 'loaded' }
  | { type: 'fail'; error: FlowError }
  | { type: 'submit' }
  | {
      type: 'link-created';
      checkout: CheckoutMode;
      partnerDonationId: string;
      donationLink: string;
    }
  /** A pending redirect donation was found on return (or after a back/forward-cache restore). */
  | { type: 'resume'; partnerDonationId: string }
  | { type: 'status'; status: DonationStatusValue }
  | { type: 'reset' }
  | { type: 'retry' };

export const initialFlow: FlowState = { name: 'idle', loaded: false };

/** Which state an error code leads to: a fix in the embed code, nothing to do for the donor, or retryable. */
export const stateForError = (code: string): 'misconfigured' | 'unavailable' | 'error' =>
  /^(SECRET_KEY_REJECTED|INVALID_(KEY_FORMAT|API_BASE|API_KEY|CURRENCY)|ENVIRONMENT_MISMATCH)$/.test(
    code,
  )
    ? 'misconfigured'
    : /^(PARTNER_(NOT_ACTIVE|SUSPENDED)|DONATIONS_DISABLED|NONPROFIT_NOT_FOUND)$/.test(code)
      ? 'unavailable'
      : 'error';

/** Why a partner cannot take donations, if it cannot. */
export const partnerAvailability = (
  config: Pick<PartnerConfig, 'isActive' | 'enabledFeatures'>,
): 'PARTNER_NOT_ACTIVE' | 'DONATIONS_DISABLED' | undefined =>
  !config.isActive
    ? 'PARTNER_NOT_ACTIVE'
    : config.enabledFeatures.some((f) => /^donations$/i.test(f))
      ? undefined
      : 'DONATIONS_DISABLED';

/**
 * The next state. An event that makes no sense in the current state returns
 * `state` itself (same object), so callers can detect and ignore it.
 */
export const transition = (state: FlowState, e: FlowEvent): FlowState => {
  const { name: n, loaded } = state;
  const t = e.type;
  const to = (ok: unknown, name: FlowStateName, x?: Partial<FlowState>): FlowState =>
    ok ? { name, loaded, ...x } : state;
  return t == 'configure'
    ? { name: e.hasKey ? 'loading' : 'idle', loaded: false }
    : t == 'loaded'
      ? to(n == 'loading', 'ready', { loaded: true })
      : t == 'fail'
        ? // Only while something is in progress.
          to(
            /^(idle|loading|submitting|redirecting|awaiting)$/.test(n),
            stateForError(e.error.code),
            {
              error: e.error,
            },
          )
        : t == 'submit'
          ? to(n == 'ready', 'submitting')
          : t == 'link-created'
            ? to(n == 'submitting', e.checkout == 'redirect' ? 'redirecting' : 'awaiting', {
                donation: { partnerDonationId: e.partnerDonationId, donationLink: e.donationLink },
              })
            : t == 'resume'
              ? to(/^(ready|redirecting)$/.test(n), 'awaiting', {
                  donation: { partnerDonationId: e.partnerDonationId },
                })
              : t == 'reset'
                ? // Not where no donation can succeed. (Idle and loading are never `loaded`.)
                  to(loaded && !/^(unavailable|misconfigured)$/.test(n), 'ready')
                : t == 'retry'
                  ? to(n == 'error', loaded ? 'ready' : 'loading')
                  : // A failed or cancelled checkout is not the end: the donor may try again.
                    /^completed$/i.test(e.status)
                    ? to(n == 'awaiting', 'completed', { donation: state.donation })
                    : to(n == 'awaiting' && isTerminalStatus(e.status), 'ready', {
                        notice: e.status.toUpperCase(),
                      });
};
