/**
 * Connects the element to src/api and src/core: loads the partner config and
 * the nonprofit, creates the checkout link, opens the checkout window, polls
 * the status, resumes a redirect donation (also after a back/forward-cache
 * restore) and reloads a load that failed offline when the page is back
 * online. Keeps the flow state; the element renders it, and the donor's input
 * lives in src/core/selection.ts.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { createClient, type ClientOptions, type SirClient } from '../api/client.js';
import { SirApiError, apiError, clean } from '../api/errors.js';
import type {
  CreateLinkRequest,
  DonationStatus,
  Organization,
  PartnerConfig,
} from '../api/types.js';
import { checkoutUrlOrError } from '../core/checkout.js';
import {
  initialFlow,
  partnerAvailability,
  transition,
  type CheckoutMode,
  type FlowEvent,
  type FlowState,
} from '../core/flow.js';
import { clearPending, loadPending, savePending, type PendingScope } from '../core/pending.js';
import {
  isTerminalStatus,
  pollStatus,
  type PollOptions,
  type Poller,
} from '../core/status-poller.js';
import {
  SirDonateErrorEvent,
  SirDonateLinkCreatedEvent,
  SirDonateReadyEvent,
  SirDonateStatusEvent,
} from './events.js';

/** What the controller needs from its element. */
export interface DonationHost extends ReactiveControllerHost {
  readonly publishableKey: string;
  readonly apiBase?: string | null;
  readonly nonprofit?: string | null;
  /** Events the controller reports (async outcomes only). */
  emit(event: Event): void;
}

/** Side effects that leave the page; replaceable in tests. */
export interface Navigator {
  assign(url: string): void;
}

export interface LoadOptions {
  fresh?: boolean;
  /** An embed error found by the element (e.g. an unknown currency): no request is made. */
  embedError?: SirApiError;
}

const asApiError = (e: unknown): SirApiError =>
  e instanceof SirApiError
    ? e
    : apiError('NETWORK_ERROR', e instanceof Error ? e.message : 'Unexpected error', true);

let ids = 0;

/** One checkout window per widget: a second donation reuses it. */
function openWindow(name: string, mode: CheckoutMode): Window | null {
  let win: Window | null = null;
  try {
    win = open('', name, mode == 'popup' ? 'popup,width=520,height=760' : '');
  } catch {
    // A sandboxed frame may throw: treated as blocked.
  }
  // The checkout page must not reach back into the partner's page.
  if (win) win.opener = null;
  return win;
}

export class DonationController implements ReactiveController {
  flow: FlowState = initialFlow;
  config?: PartnerConfig;
  organization: Organization | null = null;
  /** The last status seen for the donation in flight. */
  status?: DonationStatus;
  /** The checkout window could not be opened: show its link instead. */
  popupBlocked = false;
  navigator: Navigator = { assign: (url) => globalThis.location.assign(url) };
  /** Test seam: merged into `createClient` (inject `fetch`, `storage`, timeouts). Set before the first load. */
  clientOptions: Partial<Omit<ClientOptions, 'publishableKey' | 'apiBase'>> = {};
  /** Test seam: merged into the status poller's options (e.g. a shorter `initialDelayMs`). */
  pollOptions: Partial<Omit<PollOptions, 'fetchStatus' | 'onStatus' | 'onError' | 'immediate'>> =
    {};

  private readonly window = `sir-donate-${++ids}`;
  private client?: SirClient;
  private abort?: AbortController;
  private poller?: Poller;
  private stopped = false;
  private lastLoad: LoadOptions = {};

  constructor(private readonly host: DonationHost) {
    host.addController(this);
  }

  get testMode(): boolean {
    return this.client?.testMode ?? false;
  }

  hostConnected(): void {
    addEventListener('pageshow', this.onPageShow);
    addEventListener('online', this.onOnline);
    // Moved or re-inserted in the page: pick up where disconnecting stopped.
    if (!this.stopped) return;
    this.stopped = false;
    const { name, donation } = this.flow;
    // A checkout open in another window keeps being watched.
    if (name === 'awaiting' && donation && this.client) this.poll(donation.partnerDonationId, true);
    else void this.load(this.lastLoad);
  }

  hostDisconnected(): void {
    removeEventListener('pageshow', this.onPageShow);
    removeEventListener('online', this.onOnline);
    this.stop();
    this.stopped = this.flow.name !== 'idle';
  }

  /** Loads (or reloads) the partner config and the nonprofit. */
  async load(options: LoadOptions = {}): Promise<void> {
    const { fresh = false, embedError } = options;
    this.lastLoad = { embedError };
    this.stopped = false;
    this.stop();
    const abort = (this.abort = new AbortController());
    const { signal } = abort;
    const { publishableKey, apiBase, nonprofit } = this.host;
    this.config = undefined;
    this.organization = null;
    this.status = undefined;
    this.popupBlocked = false;
    this.client = undefined;
    this.go({ type: 'configure', hasKey: Boolean(publishableKey) || Boolean(embedError) });
    if (!publishableKey && !embedError) return;
    try {
      // Throws before any request for a secret, malformed or mismatched key;
      // a key problem is reported before any other embed error.
      const client = createClient({ ...this.clientOptions, publishableKey, apiBase });
      if (embedError) throw embedError;
      this.client = client;
      const [config, organization] = await Promise.allSettled([
        client.getConfig({ signal, fresh }),
        nonprofit ? client.getOrganization(nonprofit, { signal, fresh }) : Promise.resolve(null),
      ]);
      if (signal.aborted) return;
      // The partner's problem outranks the nonprofit's.
      if (config.status === 'rejected') throw config.reason;
      if (organization.status === 'rejected') throw organization.reason;
      const unavailable = partnerAvailability(config.value);
      if (unavailable) {
        throw apiError(
          unavailable,
          unavailable == 'PARTNER_NOT_ACTIVE'
            ? 'The partner account is not active.'
            : 'Donations are not enabled for this partner.',
        );
      }
      const { name, slug } = (this.config = config.value);
      const org = (this.organization = organization.value);
      this.go({ type: 'loaded' });
      this.host.emit(
        new SirDonateReadyEvent({
          partner: { name, slug },
          // Only what a partner's code needs (no id or EIN); no logoUrl key without a logo.
          nonprofit: org && clean({ slug: org.slug, name: org.name, logoUrl: org.logoUrl }),
          testMode: this.testMode,
        }),
      );
      this.resume();
    } catch (e) {
      if (!signal.aborted) this.fail(e);
    }
  }

  /**
   * Creates the link and opens the checkout. A popup or tab is opened before
   * anything is awaited, inside the donor's click, or the browser blocks it;
   * the link arrives later.
   */
  async submit(body: CreateLinkRequest, checkout: CheckoutMode): Promise<void> {
    const client = this.client;
    if (!client || !this.go({ type: 'submit' })) return;
    const popup = checkout == 'redirect' ? null : openWindow(this.window, checkout);
    const signal = this.abort?.signal;
    try {
      const link = await client.createLink(body, { signal });
      const url = checkoutUrlOrError(link, client.baseUrl);
      const { partnerDonationId } = link;
      this.host.emit(new SirDonateLinkCreatedEvent({ partnerDonationId, donationLink: url }));
      this.go({ type: 'link-created', checkout, partnerDonationId, donationLink: url });
      if (checkout === 'redirect') {
        savePending(
          {
            partnerDonationId,
            amount: body.amount,
            currency: body.currency,
            frequency: body.frequency,
            createdAt: Date.now(),
          },
          this.scope(),
        );
        this.navigator.assign(url);
        return;
      }
      if (popup && !popup.closed) {
        popup.location.href = url;
      } else {
        this.popupBlocked = true;
        this.report(
          apiError(
            'POPUP_BLOCKED',
            'The browser blocked the checkout window; a link to open it is shown instead.',
          ),
        );
      }
      this.poll(partnerDonationId, false);
    } catch (e) {
      popup?.close();
      if (!signal?.aborted) this.fail(e);
    }
  }

  /** Back to the form with the donor's selection (after an error, or "make another donation"). */
  reset(): void {
    this.poller?.stop();
    this.poller = undefined;
    this.popupBlocked = false;
    this.status = undefined;
    if (this.flow.name === 'error' && !this.flow.loaded) return;
    this.go({ type: 'reset' });
  }

  /** A redirect donation left from this page: poll its status now that the donor is back. */
  resume(): void {
    if (!this.config) return;
    const pending = loadPending(this.scope());
    if (pending && this.go({ type: 'resume', partnerDonationId: pending.partnerDonationId })) {
      this.poll(pending.partnerDonationId, true);
    }
  }

  private onPageShow = (e: PageTransitionEvent): void => {
    // Back from the hosted checkout through the back/forward cache.
    if (e.persisted) this.resume();
  };

  private onOnline = (): void => {
    // A load that failed offline: try again now.
    if (this.flow.name == 'error' && !this.flow.loaded)
      void this.load({ ...this.lastLoad, fresh: true });
  };

  private scope(): PendingScope {
    return {
      partner: `${this.client?.environment}:${this.config?.slug}`,
      nonprofit: this.host.nonprofit ?? '',
    };
  }

  private poll(partnerDonationId: string, immediate: boolean): void {
    const client = this.client;
    if (!client) return;
    this.poller?.stop();
    this.poller = pollStatus({
      ...this.pollOptions,
      immediate,
      fetchStatus: (signal) => client.getStatus(partnerDonationId, { signal }),
      onStatus: (status) => {
        this.status = status;
        this.host.emit(
          new SirDonateStatusEvent({
            partnerDonationId,
            status: String(status.status).toUpperCase(),
          }),
        );
        if (isTerminalStatus(String(status.status))) clearPending(this.scope());
        this.go({ type: 'status', status: status.status });
      },
      onError: (e) => {
        // A donation the API does not know (expired, another environment) will never resolve.
        if (e instanceof SirApiError && !e.retryable) clearPending(this.scope());
      },
    });
  }

  private stop(): void {
    this.abort?.abort();
    this.poller?.stop();
    this.poller = undefined;
  }

  private fail(e: unknown): void {
    const error = asApiError(e);
    this.go({ type: 'fail', error: error.toJSON() });
    this.report(error);
  }

  private report(error: SirApiError): void {
    if (this.flow.name === 'misconfigured') {
      // For the developer embedding the widget; never contains the key.
      console.error(`<sir-donate> ${error.code}: ${error.message}`);
    }
    this.host.emit(new SirDonateErrorEvent(error.toJSON()));
  }

  /** Applies a flow event; false when the machine ignored it. */
  private go(event: FlowEvent): boolean {
    const next = transition(this.flow, event);
    if (next === this.flow) return false;
    this.flow = next;
    this.host.requestUpdate();
    return true;
  }
}
