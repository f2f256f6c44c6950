import { LitElement, html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import type { SirApiError } from '../api/errors.js';
import type { CreateLinkRequest, Frequency, Provider } from '../api/types.js';
import { currencyError, oneOf, warnOnce } from '../core/attributes.js';
import { buildCreateLinkBody } from '../core/checkout.js';
import type { CheckoutMode, FlowStateName } from '../core/flow.js';
import { DEFAULT_AMOUNTS, Selection } from '../core/selection.js';
import { VERSION } from '../version.js';
import { DonationController } from './donation-controller.js';
import { SirDonateChangeEvent, SirDonateErrorEvent, SirDonateSubmitEvent } from './events.js';
import * as views from './views/index.js';
import type { ViewHost } from './views/index.js';
// Module order is bundle order: these last, which measured 177 B smaller in gzip
// (scripts/bench/bundle-costs.mjs); it changes nothing else.
import { DialogController } from './dialog-controller.js';
import {
  appearanceToProperties,
  applyProperties,
  themeTokens,
  type Appearance,
} from '../theme/index.js';
import {
  loadMessages,
  messagesFor,
  messagesLoaded,
  resolveLocale,
  type Messages,
} from '../i18n/index.js';
import { styles } from './sir-donate.styles.js';

let ids = 0;
const BY_CONTENT = { hasChanged: (a: unknown, b: unknown) => String(a) !== String(b) };

/**
 * An embeddable donation form for SIR Giving partners. Holds only the
 * partner's publishable key; the payment happens on a hosted checkout page.
 *
 * @summary Donation widget: amount, frequency, tip, hosted checkout, status.
 *
 * @fires sir-donate-ready - Config and nonprofit loaded. `detail: { partner, nonprofit, testMode }`
 * @fires sir-donate-change - The donor changed amount, frequency or tip. `detail: { amount, currency, frequency, tipPercent? }` (minor units)
 * @fires sir-donate-submit - Cancelable; before the checkout link is created. `detail: { amount, currency, frequency, nonprofit, provider, tipPercent? }`
 * @fires sir-donate-link-created - The hosted checkout link exists. `detail: { partnerDonationId, donationLink }`
 * @fires sir-donate-status - A new donation status was seen. `detail: { partnerDonationId, status }`
 * @fires sir-donate-error - Something failed. `detail: { code, message, retryable, status? }`
 *
 * @slot header - Replaces the nonprofit header.
 * @slot footer - Replaces the footer line.
 * @slot success - Replaces the default thank-you content.
 *
 * @csspart base - The widget's box.
 * @csspart header - The header row (nonprofit and test badge).
 * @csspart nonprofit - The nonprofit's logo and name.
 * @csspart test-badge - The "Test mode" badge shown for `pk_test_` keys.
 * @csspart amounts - The group of preset amounts.
 * @csspart amount - One preset amount.
 * @csspart custom-amount - The "Other amount" field.
 * @csspart frequency - The frequency group.
 * @csspart tip - The tip control.
 * @csspart donor - The donor fields.
 * @csspart submit - The Donate button.
 * @csspart status - Progress and outcome messages (redirecting, awaiting, thank you).
 * @csspart error - The error message box.
 * @csspart footer - The footer.
 * @csspart opener - The button that opens the dialog (`layout="button"`).
 * @csspart dialog - The modal dialog (`layout="button"`).
 *
 * @cssprop --sir-color-primary - Buttons, selected amounts, links.
 * @cssprop --sir-color-on-primary - Text on primary.
 * @cssprop --sir-color-background - The widget's background.
 * @cssprop --sir-color-surface - Unselected choices, badges, messages.
 * @cssprop --sir-color-text - Body text.
 * @cssprop --sir-color-muted - Secondary text.
 * @cssprop --sir-color-border - Borders of fields and choices.
 * @cssprop --sir-color-error - Errors.
 * @cssprop --sir-color-success - The thank-you headline.
 * @cssprop --sir-font-family - Font family.
 * @cssprop --sir-font-size - Base font size.
 * @cssprop --sir-radius - Corner radius.
 * @cssprop --sir-spacing - Base spacing unit.
 * @cssprop --sir-focus-ring - Outline of focused controls.
 * @cssprop --sir-max-width - The widget's maximum width.
 */
export class SirDonate extends LitElement implements ViewHost {
  static readonly version = VERSION;
  static override styles = [themeTokens, styles];
  // A static map rather than decorators: smaller, and no decorator transform to keep in step
  // with the compilers. `amounts` and `frequencies` compare by content, so a framework passing
  // a new but equal array each render keeps the selection.
  static override properties: PropertyDeclarations = {
    publishableKey: { attribute: 'publishable-key' },
    nonprofit: {},
    apiBase: { attribute: 'api-base' },
    amounts: BY_CONTENT,
    amount: { type: Number },
    currency: {},
    minAmount: { type: Number, attribute: 'min-amount' },
    maxAmount: { type: Number, attribute: 'max-amount' },
    frequency: {},
    frequencies: BY_CONTENT,
    provider: {},
    checkout: {},
    collectDonor: { type: Boolean, attribute: 'collect-donor' },
    donorEmail: { attribute: 'donor-email' },
    firstName: { attribute: 'first-name' },
    lastName: { attribute: 'last-name' },
    referralCode: { attribute: 'referral-code' },
    tip: {},
    locale: {},
    theme: { reflect: true },
    layout: { reflect: true },
    appearance: { attribute: false },
    messages: { attribute: false },
  };

  // ---- Public API: attributes and properties ----

  /** The partner's publishable key (`pk_test_…` or `pk_live_…`). Never a secret key. */
  publishableKey = '';
  /** The nonprofit's slug, e.g. `american-red-cross`. */
  nonprofit?: string | null;
  /** Overrides the API origin (a proxy, or a local sandbox). */
  apiBase?: string | null;
  /** Preset amounts in major units: `"10,25,50,100"` or an array of numbers. */
  amounts: string | number[] = DEFAULT_AMOUNTS;
  /** The initially selected amount in major units (default: the first preset). */
  amount?: number;
  /** ISO 4217 currency code. */
  currency = 'USD';
  /** Smallest accepted amount, major units. */
  minAmount = 1;
  /** Largest accepted amount, major units. */
  maxAmount = 100000;
  /** Initially selected frequency: `once` or `monthly`. */
  frequency: Frequency = 'once';
  /** Frequencies offered: `"once,monthly"`, `"once"` or `"monthly"`. */
  frequencies: string | Frequency[] = 'once,monthly';
  /** Checkout provider: `stripe` or `every.org`. */
  provider: Provider = 'stripe';
  /** Where the checkout opens: `redirect` (same tab), `popup` or `new-tab`. */
  checkout: CheckoutMode = 'redirect';
  /** Show first name, last name and email fields. */
  collectDonor = false;
  /** Prefilled donor email. */
  donorEmail?: string;
  /** Prefilled donor first name. */
  firstName?: string;
  /** Prefilled donor last name. */
  lastName?: string;
  /** Passed through to the checkout link. */
  referralCode?: string;
  /** `auto` follows the partner's tip settings; `off` hides tipping. */
  tip: 'auto' | 'off' = 'auto';
  /** BCP 47 locale for text and numbers (default: `<html lang>`, else the browser's). */
  locale?: string;
  /** `light`, `dark` or `auto` (follows `prefers-color-scheme`). */
  theme: 'light' | 'dark' | 'auto' = 'light';
  /** `form` (inline) or `button` (a button opening a modal dialog). */
  layout: 'form' | 'button' = 'form';
  /** Theme variables as a JS object (Stripe-Appearance-like); invalid values are ignored with a warning. */
  appearance?: Appearance;
  /** Overrides for any of the widget's strings in the current locale. */
  messages?: Partial<Messages>;

  /** The flow's state: idle, loading, ready, submitting, redirecting, awaiting, completed, unavailable, error, misconfigured. */
  get state(): FlowStateName {
    return this.donation.flow.name;
  }

  // ---- Internal state (read by the views) ----

  /** @internal Config, nonprofit, checkout and status: the flow. */
  readonly donation = new DonationController(this);
  /** @internal The donor's selection and field errors. */
  readonly sel = new Selection(this);
  /** @internal The modal dialog of `layout="button"`. */
  readonly dialog = new DialogController(this);
  /** @internal */
  readonly uid = `sd${++ids}`;
  /** @internal */
  loc = 'en';
  /** @internal */
  t: Messages = messagesFor('en');
  /** The pointer is down on Donate (see onBlur). */
  private pressing = false;
  private internals?: ElementInternals;
  private embedError?: SirApiError;

  constructor() {
    super();
    try {
      this.internals = this.attachInternals();
    } catch {
      // Older engines: no custom states, the `state` property still works.
    }
  }

  // ---- Public methods ----

  /** Fetches the config and the nonprofit again (bypassing the cache). */
  reload(): Promise<void> {
    return this.donation.load({ fresh: true, embedError: this.embedError });
  }

  /** Donates with the current selection, as a click on Donate would (events included). */
  async submit(): Promise<void> {
    const { flow } = this.donation;
    if (!(flow.name == 'ready' || (flow.name == 'error' && flow.loaded))) return;
    const { sel, nonprofit } = this;
    const amount = sel.validate();
    if (amount === undefined) {
      this.renderRoot
        .querySelector<HTMLElement>(sel.customError ? '#other' : '#donorEmail')
        ?.focus();
      return;
    }
    if (!nonprofit) {
      const message = "Set the nonprofit attribute to the nonprofit's slug.";
      warnOnce(`nonprofit: ${message}`);
      this.sel.fail('unavailNonprofit');
      this.emit(
        new SirDonateErrorEvent({ code: 'NONPROFIT_NOT_FOUND', message, retryable: false }),
      );
      return;
    }
    const provider = oneOf<Provider>('provider', this.provider, ['stripe', 'every.org']);
    const event = new SirDonateSubmitEvent({ ...this.detail(amount), nonprofit, provider });
    this.emit(event);
    if (event.defaultPrevented) return;
    let body: CreateLinkRequest;
    try {
      body = buildCreateLinkBody(sel.choice(amount, this.tipShown), {
        nonprofit,
        currency: this.currencyCode,
        provider,
        referralCode: this.referralCode,
        tip: this.tipShown,
      });
    } catch (e) {
      this.sel.fail('errGeneric');
      this.emit(new SirDonateErrorEvent((e as SirApiError).toJSON()));
      return;
    }
    if (this.donation.flow.name == 'error') this.donation.reset();
    await this.donation.submit(
      body,
      oneOf<CheckoutMode>('checkout', this.checkout, ['redirect', 'popup', 'new-tab']),
    );
  }

  /** Back to `ready` with the initial selection. */
  reset(): void {
    this.donation.reset();
    this.sel.reset(this.donation.config?.tipConfig.defaultPercent);
  }

  // ---- Lifecycle ----

  protected override willUpdate(changed: PropertyValues<this>): void {
    const has = (...keys: string[]) => keys.some((k) => changed.has(k as keyof SirDonate));
    const { sel } = this;
    if (has('locale', 'messages') || !this.hasUpdated) {
      const loc = (this.loc = resolveLocale(
        this.locale,
        document.documentElement.lang,
        navigator.languages,
      ));
      this.t = messagesFor(loc, this.messages);
      // Translations load on demand; the skeleton shows until they are here.
      if (!messagesLoaded(loc))
        void loadMessages(loc).then(() => {
          if (this.loc != loc) return;
          this.t = messagesFor(loc, this.messages);
          this.requestUpdate();
        });
    }
    if (has('appearance')) {
      const { theme, properties } = appearanceToProperties(this.appearance);
      applyProperties(this, properties);
      if (theme) this.theme = theme;
    }
    if (has('currency')) this.embedError = currencyError(this.currency);
    if (has('frequencies', 'frequency')) sel.initFrequency();
    if (has('amounts', 'amount', 'currency', 'minAmount', 'maxAmount')) sel.init();
    if (has('publishableKey', 'apiBase', 'nonprofit', 'currency')) {
      sel.tipPercent = undefined;
      void this.donation.load({ embedError: this.embedError });
    }
    // The tip default arrives with the config.
    sel.tipPercent ??= this.donation.config?.tipConfig.defaultPercent;
  }

  protected override updated(): void {
    views.syncControls(this.renderRoot);
    const states = this.internals?.states;
    try {
      states?.clear();
      states?.add(this.state);
    } catch {
      // Engines that only accept the old `--state` syntax: skip.
    }
  }

  // ---- Rendering: the flow's state → a view ----

  protected override render(): unknown {
    const { flow } = this.donation;
    const n = flow.name;
    const body = () =>
      !messagesLoaded(this.loc) || n == 'idle' || n == 'loading'
        ? views.skeleton(this)
        : html`${views.header(this)}${
            n == 'redirecting'
              ? views.redirecting(this)
              : n == 'awaiting'
                ? views.awaiting(this)
                : n == 'completed'
                  ? views.thanks(this)
                  : // error, unavailable, misconfigured: why; ready, submitting: a failed checkout's notice.
                    html`${flow.error ? views.failure(this) : views.notice(this)}${
                      !flow.error || (n == 'error' && flow.loaded) ? views.form(this) : nothing
                    }`
          }`;
    return this.layout == 'button' ? views.modal(this, body) : views.frame(this, body());
  }

  // ---- For the views and the selection ----

  /** @internal The currency for amounts: USD while the attribute is invalid (the widget shows an error then). */
  get currencyCode(): string {
    return this.embedError ? 'USD' : this.currency.toUpperCase();
  }

  /** @internal */
  get tipShown(): boolean {
    return this.tip != 'off' && !!this.donation.config?.tipConfig.enabled;
  }

  /** @internal The selection changed: report it. */
  changed(): void {
    const amount = this.sel.amount();
    if (amount !== undefined) this.emit(new SirDonateChangeEvent(this.detail(amount)));
  }

  /** @internal Dispatches a public event from this element. */
  emit(event: Event): void {
    this.dispatchEvent(event);
  }

  private detail(amount: number) {
    const { freq: frequency, tipPercent } = this.sel;
    return {
      amount,
      currency: this.currencyCode,
      frequency,
      ...(this.tipShown && tipPercent !== undefined && { tipPercent }),
    };
  }

  /** @internal */
  onSubmit = (e: Event): void => {
    e.preventDefault();
    this.pressing = false;
    if (this.donation.flow.name != 'submitting') void this.submit();
  };

  /** @internal */
  onPress = (): void => {
    this.pressing = true;
  };

  /** @internal */
  onBlur = (): void => {
    // Focus is moving to Donate: showing the error now would shift the button
    // under the pointer and swallow the click; the submit shows it instead.
    if (this.pressing) this.pressing = false;
    else this.sel.blur();
  };

  /** @internal */
  onRetry = (): void => {
    void (this.donation.flow.loaded ? this.submit() : this.reload());
  };

  /** @internal */
  onAgain = (): void => this.reset();
}

declare global {
  interface HTMLElementTagNameMap {
    'sir-donate': SirDonate;
  }
}
