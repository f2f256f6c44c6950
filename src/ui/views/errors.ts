import { html, nothing, type TemplateResult } from 'lit';
import type { Messages } from '../../i18n/index.js';
import type { ViewHost } from './host.js';

/** An error box: announced, and styled as the `error` part. */
export const errorBox = (text: string, action: unknown = nothing): TemplateResult =>
  html`<div part="error" role="alert">
    <p>${text}</p>
    ${action}
  </div>`;

// What the donor reads for an error code; the developer's details go to the console.
const WORDS: Record<string, keyof Messages> = {
  NETWORK_ERROR: 'errNetwork',
  TIMEOUT: 'errTimeout',
  RATE_LIMITED: 'errRateLimited',
  SERVER_ERROR: 'errServer',
  PARTNER_NOT_ACTIVE: 'unavailPartner',
  PARTNER_SUSPENDED: 'unavailPartner',
  DONATIONS_DISABLED: 'unavailDonations',
  NONPROFIT_NOT_FOUND: 'unavailNonprofit',
  UNSAFE_CHECKOUT_URL: 'errUnsafeLink',
  // An embed-code mistake: "try again" would not help the donor.
  INVALID_CURRENCY: 'misconfigured',
};

/** The flow's error (error, unavailable, misconfigured), with "Try again" when that can help. */
export const failure = ({ donation: { flow }, t, onRetry }: ViewHost): TemplateResult => {
  const { code, retryable } = flow.error!;
  return errorBox(
    t[
      flow.name == 'misconfigured'
        ? 'misconfigured'
        : Object.hasOwn(WORDS, code)
          ? WORDS[code]!
          : 'errGeneric'
    ],
    retryable && flow.name == 'error'
      ? html`<button class="secondary" @click=${onRetry}>${t.tryAgain}</button>`
      : nothing,
  );
};

/** A checkout that ended without a donation, shown above the form. */
export const notice = ({ donation: { flow }, t }: ViewHost): TemplateResult | typeof nothing =>
  flow.notice
    ? errorBox(
        flow.notice == 'CANCELLED'
          ? t.statusCancelled
          : flow.notice == 'REVERSED'
            ? t.statusReversed
            : t.statusFailed,
      )
    : nothing;
