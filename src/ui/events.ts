/**
 * One class per public event. All bubble and are composed; `detail` holds
 * plain, serialisable, non-secret data.
 */
import type { DonationStatusValue, Frequency, Provider } from '../api/types.js';

export interface ReadyDetail {
  partner: { name: string; slug: string };
  nonprofit: { slug: string; name: string; logoUrl?: string } | null;
  testMode: boolean;
}
export interface ChangeDetail {
  /** Minor units (USD 25 → 2500). */
  amount: number;
  currency: string;
  frequency: Frequency;
  tipPercent?: number;
}
export interface SubmitDetail extends ChangeDetail {
  /** The nonprofit slug. */
  nonprofit: string;
  provider: Provider;
}
export interface LinkCreatedDetail {
  partnerDonationId: string;
  donationLink: string;
}
export interface StatusDetail {
  partnerDonationId: string;
  status: DonationStatusValue;
}
export interface ErrorDetail {
  code: string;
  message: string;
  retryable: boolean;
  status?: number;
}

const init = <T>(detail: T, cancelable = false): CustomEventInit<T> => ({
  bubbles: true,
  composed: true,
  cancelable,
  detail,
});

export class SirDonateReadyEvent extends CustomEvent<ReadyDetail> {
  constructor(detail: ReadyDetail) {
    super('sir-donate-ready', init(detail));
  }
}
export class SirDonateChangeEvent extends CustomEvent<ChangeDetail> {
  constructor(detail: ChangeDetail) {
    super('sir-donate-change', init(detail));
  }
}
/** Cancelable: `preventDefault()` stops the donation before any request. */
export class SirDonateSubmitEvent extends CustomEvent<SubmitDetail> {
  constructor(detail: SubmitDetail) {
    super('sir-donate-submit', init(detail, true));
  }
}
export class SirDonateLinkCreatedEvent extends CustomEvent<LinkCreatedDetail> {
  constructor(detail: LinkCreatedDetail) {
    super('sir-donate-link-created', init(detail));
  }
}
export class SirDonateStatusEvent extends CustomEvent<StatusDetail> {
  constructor(detail: StatusDetail) {
    super('sir-donate-status', init(detail));
  }
}
export class SirDonateErrorEvent extends CustomEvent<ErrorDetail> {
  constructor(detail: ErrorDetail) {
    super('sir-donate-error', init(detail));
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sir-donate-ready': SirDonateReadyEvent;
    'sir-donate-change': SirDonateChangeEvent;
    'sir-donate-submit': SirDonateSubmitEvent;
    'sir-donate-link-created': SirDonateLinkCreatedEvent;
    'sir-donate-status': SirDonateStatusEvent;
    'sir-donate-error': SirDonateErrorEvent;
  }
}
