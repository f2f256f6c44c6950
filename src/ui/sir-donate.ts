import {
  LitElement,
  html,
  nothing,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { live } from 'lit/directives/live.js';
import { SirApiError } from '../api/errors.js';
import type { CreateLinkRequest, Frequency, Provider } from '../api/types.js';
import { buildCreateLinkBody, tipAmountMinor } from '../core/checkout.js';
import type { CheckoutMode, FlowStateName } from '../core/flow.js';
import {
  checkRange,
  currencyDigits,
  formatForInput,
  formatMoney,
  isValidCurrency,
  parseAmount,
  toMinor,
} from '../core/money.js';
import {
  format,
  isRtl,
  loadMessages,
  messagesFor,
  messagesLoaded,
  resolveLocale,
  type Messages,
} from '../i18n/index.js';
import {
  appearanceToProperties,
  applyProperties,
  themeTokens,
  type Appearance,
} from '../theme/index.js';
import { VERSION } from '../version.js';
import { oneOf, parseAmounts, parseFrequencies, warnOnce } from './attributes.js';
import { DonationController } from './donation-controller.js';
import {
  SirDonateChangeEvent,
  SirDonateErrorEvent,
  SirDonateSubmitEvent,
  type ChangeDetail,
} from './events.js';
import { lockScroll } from './scroll-lock.js';
import { styles } from './sir-donate.styles.js';

const DEFAULT_AMOUNTS = [10, 25, 50, 100];
const TIP_CHOICES = [0, 5, 10, 15, 20];
// A simple, permissive check: the hosted checkout validates again.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

let ids = 0;
/** An error box: announced, and styled as the `error` part. */
const errorBox = (text: string, action: unknown = nothing) =>
  html`<div part="error" role="alert">
    <p>${text}</p>
    ${action}
  </div>`;
const STATE = { state: true };
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
export class SirDonate extends LitElement {
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
    preset: STATE,
    custom: STATE,
    customError: STATE,
    freq: STATE,
    tipPercent: STATE,
    donor: STATE,
    donorErrors: STATE,
    dialogOpen: STATE,
    formError: STATE,
  };
  static override shadowRootOptions = { ...LitElement.shadowRootOptions, mode: 'open' as const };

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

  // ---- Internal state ----

  /** @internal */
  readonly donation = new DonationController(this);
  private preset: number | null = null; // minor units
  private custom = '';
  private customError = '';
  private freq: Frequency = 'once';
  private tipPercent?: number;
  private donor = { firstName: '', lastName: '', donorEmail: '' };
  private donorErrors: Partial<Record<'firstName' | 'lastName' | 'donorEmail', string>> = {};
  private dialogOpen = false;
  /** A problem with the embed that only shows when the donor presses Donate. */
  private formError = '';
  /** The pointer is down on Donate (see onCustomBlur). */
  private pressingSubmit = false;
  // `renderRoot` exists once connected; methods may be called before that.
  private get dialog(): HTMLDialogElement | null | undefined {
    return (this.renderRoot as ShadowRoot | undefined)?.querySelector('dialog');
  }
  private get otherInput(): HTMLInputElement | null | undefined {
    return (this.renderRoot as ShadowRoot | undefined)?.querySelector('#other');
  }

  private readonly uid = `sd${++ids}`;
  private internals?: ElementInternals;
  private unlockScroll?: () => void;
  private loc = 'en';
  private t: Messages = messagesFor('en');
  private presets: number[] = DEFAULT_AMOUNTS;
  private offered: Frequency[] = ['once', 'monthly'];
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
    if (!(flow.name === 'ready' || (flow.name === 'error' && flow.loaded))) return;
    const amount = this.validate();
    if (amount === undefined) return;
    if (!this.nonprofit) {
      const message = "Set the nonprofit attribute to the nonprofit's slug.";
      warnOnce(`nonprofit: ${message}`);
      this.formError = this.t.unavailNonprofit;
      this.emit(
        new SirDonateErrorEvent({ code: 'NONPROFIT_NOT_FOUND', message, retryable: false }),
      );
      return;
    }
    const tipPercent = this.tipShown ? this.tipPercent : undefined;
    const provider = oneOf<Provider>('provider', this.provider, ['stripe', 'every.org']);
    const detail = { ...this.changeDetail(amount), nonprofit: this.nonprofit, provider };
    const event = new SirDonateSubmitEvent(detail);
    this.dispatchEvent(event);
    if (event.defaultPrevented) return;
    const donor = {
      donorEmail: this.donor.donorEmail || this.donorEmail,
      firstName: this.donor.firstName || this.firstName,
      lastName: this.donor.lastName || this.lastName,
    };
    let body: CreateLinkRequest;
    try {
      body = buildCreateLinkBody(
        { amount, frequency: this.freq, tipPercent, ...donor },
        {
          nonprofit: this.nonprofit,
          currency: this.currency,
          provider,
          referralCode: this.referralCode,
          tip: this.tipShown,
        },
      );
    } catch (e) {
      const error = e as SirApiError;
      this.formError = this.t.errGeneric;
      this.emit(new SirDonateErrorEvent(error.toJSON()));
      return;
    }
    const mode = oneOf<CheckoutMode>('checkout', this.checkout, ['redirect', 'popup', 'new-tab']);
    // Opened now, inside the click, or the browser blocks it; the link arrives later.
    const popup = mode === 'redirect' ? null : this.openWindow(mode);
    if (this.donation.flow.name === 'error') this.donation.reset();
    await this.donation.submit(body, mode, popup);
  }

  /** Back to `ready` with the initial selection. */
  reset(): void {
    this.donation.reset();
    this.initSelection();
    // Frequency and tip are part of the initial selection too.
    this.initFrequency();
    this.tipPercent = this.donation.config?.tipConfig.defaultPercent;
    this.customError = '';
    this.formError = '';
    this.donorErrors = {};
  }

  // ---- Lifecycle ----

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('pageshow', this.onPageShow);
    window.addEventListener('online', this.onOnline);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('pageshow', this.onPageShow);
    window.removeEventListener('online', this.onOnline);
    this.closeDialog(false);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('locale') || changed.has('messages') || !this.hasUpdated) {
      const loc = (this.loc = resolveLocale(
        this.locale,
        document.documentElement.lang,
        navigator.languages,
      ));
      this.t = messagesFor(loc, this.messages);
      // Translations load on demand; the skeleton shows until they are here.
      if (!messagesLoaded(loc)) {
        void loadMessages(loc).then(() => {
          if (this.loc !== loc) return;
          this.t = messagesFor(loc, this.messages);
          this.requestUpdate();
        });
      }
    }
    if (changed.has('appearance')) {
      const { theme, properties } = appearanceToProperties(this.appearance);
      applyProperties(this, properties);
      if (theme) this.theme = theme;
    }
    if (changed.has('currency')) {
      this.embedError = isValidCurrency(this.currency)
        ? undefined
        : new SirApiError({
            code: 'INVALID_CURRENCY',
            message: `currency: "${String(this.currency).slice(0, 12)}" is not an ISO 4217 currency code.`,
            retryable: false,
          });
    }
    if (changed.has('frequencies') || changed.has('frequency')) {
      this.offered = parseFrequencies(this.frequencies);
      this.initFrequency();
    }
    if (
      ['amounts', 'amount', 'currency', 'minAmount', 'maxAmount'].some((k) =>
        changed.has(k as keyof SirDonate),
      )
    ) {
      this.initSelection();
    }
    if (
      ['publishableKey', 'apiBase', 'nonprofit', 'currency'].some((k) =>
        changed.has(k as keyof SirDonate),
      )
    ) {
      this.tipPercent = undefined;
      void this.donation.load({ embedError: this.embedError });
    }
    // The tip default arrives with the config.
    this.tipPercent ??= this.donation.config?.tipConfig.defaultPercent;
  }

  protected override updated(): void {
    this.syncCustomState();
  }

  // ---- Rendering ----

  protected override render(): TemplateResult {
    if (this.layout === 'button') {
      return html`
        <button
          part="opener"
          class="primary opener"
          aria-haspopup="dialog"
          @click=${this.openDialog}
          dir=${isRtl(this.loc) ? 'rtl' : 'ltr'}
          lang=${this.loc}
        >
          ${this.openerLabel()}
        </button>
        <dialog
          part="dialog"
          aria-label=${this.dialogName()}
          @close=${() => this.closeDialog(true)}
          @cancel=${() => this.closeDialog(true)}
          @keydown=${this.onDialogKeydown}
        >
          ${this.dialogOpen ? this.renderBase(true) : nothing}
        </dialog>
      `;
    }
    return this.renderBase(false);
  }

  private renderBase(inDialog: boolean): TemplateResult {
    const { flow } = this.donation;
    const rtl = isRtl(this.loc);
    return html`
      <div
        part="base"
        dir=${rtl ? 'rtl' : 'ltr'}
        lang=${this.loc}
        aria-busy=${flow.name === 'loading' || flow.name === 'idle' ? 'true' : 'false'}
      >
        ${
          inDialog
            ? html`<div class="dialog-bar">
                <button
                  class="close"
                  aria-label=${this.t.close}
                  @click=${() => this.closeDialog(true)}
                >
                  ✕
                </button>
              </div>`
            : nothing
        }
        ${this.renderBody()}
        <footer part="footer"><slot name="footer">${this.t.poweredBy}</slot></footer>
      </div>
    `;
  }

  private renderBody(): TemplateResult {
    const { flow } = this.donation;
    if (!messagesLoaded(this.loc)) return this.renderSkeleton();
    switch (flow.name) {
      case 'idle':
      case 'loading':
        return this.renderSkeleton();
      case 'misconfigured':
      case 'unavailable':
        return html`${this.renderHeader()}${this.renderError()}`;
      case 'error':
        return flow.loaded
          ? html`${this.renderHeader()}${this.renderError()}${this.renderForm()}`
          : html`${this.renderHeader()}${this.renderError()}`;
      case 'redirecting':
        return html`${this.renderHeader()}${this.renderStatus(this.t.redirecting)}`;
      case 'awaiting':
        return html`${this.renderHeader()}${this.renderAwaiting()}`;
      case 'completed':
        return html`${this.renderHeader()}${this.renderThanks()}`;
      default:
        return html`${this.renderHeader()}${this.renderNotice()}${this.renderForm()}`;
    }
  }

  private renderSkeleton(): TemplateResult {
    return html`
      <div class="skeleton" role="status">
        <span class="visually-hidden">${this.t.loading}</span>
        <div class="bone short" aria-hidden="true"></div>
        <div class="bone" aria-hidden="true"></div>
        <div class="bone" aria-hidden="true"></div>
        <div class="bone" aria-hidden="true"></div>
        <div class="bone" aria-hidden="true"></div>
      </div>
    `;
  }

  private renderHeader(): TemplateResult {
    const org = this.donation.organization;
    const name = org?.name ?? this.donation.config?.name;
    return html`
      <header part="header">
        <slot name="header">
          ${
            name
              ? html`<h2 part="nonprofit" id="${this.uid}-title">
                  ${
                    org?.logoUrl
                      ? html`<img
                          src=${org.logoUrl}
                          alt=""
                          width="40"
                          height="40"
                          referrerpolicy="no-referrer"
                        />`
                      : nothing
                  }
                  <span class="name">${name}</span>
                </h2>`
              : nothing
          }
        </slot>
        ${
          this.donation.testMode
            ? html`<span part="test-badge" title=${this.t.testHint}>${this.t.testMode}</span>`
            : nothing
        }
      </header>
    `;
  }

  private renderError(): TemplateResult {
    const error = this.donation.flow.error;
    if (!error) return html``;
    const retry = error.retryable && this.donation.flow.name === 'error';
    return errorBox(
      this.errorMessage(error.code),
      retry
        ? html`<button class="secondary" @click=${this.onRetry}>${this.t.tryAgain}</button>`
        : nothing,
    );
  }

  private renderNotice(): TemplateResult | typeof nothing {
    const notice = this.donation.flow.notice;
    if (!notice) return nothing;
    const text =
      notice === 'CANCELLED'
        ? this.t.statusCancelled
        : notice === 'REVERSED'
          ? this.t.statusReversed
          : this.t.statusFailed;
    return errorBox(text);
  }

  private renderStatus(text: string): TemplateResult {
    return html`<div part="status" role="status"><p>${text}</p></div>`;
  }

  private renderAwaiting(): TemplateResult {
    const link = this.donation.flow.donation?.donationLink;
    return html`
      <div part="status" role="status">
        <p>
          ${this.donation.popupBlocked ? this.t.popupBlocked : link ? this.t.awaiting : this.t.checking}
        </p>
        ${
          link
            ? html`<a href=${link} target="_blank" rel="noopener noreferrer">
                ${this.t.openCheckout} <span class="visually-hidden">${this.t.newTab}</span>
              </a>`
            : nothing
        }
      </div>
    `;
  }

  private renderThanks(): TemplateResult {
    const status = this.donation.status;
    const org = this.donation.organization;
    const tokens = status?.tokensAwarded;
    const amount = status?.amount;
    const currency = isValidCurrency(status?.currency) ? status!.currency! : this.safeCurrency();
    return html`
      <div part="status" class="success" role="status">
        <slot name="success">
          <p class="headline">${this.t.thanks}</p>
          ${
            amount && org
              ? html`<p>
                  ${format(this.t.thanksDetail, {
                    amount: this.money(amount, currency),
                    nonprofit: org.name,
                  })}
                </p>`
              : nothing
          }
          ${
            typeof tokens === 'number'
              ? html`<p>
                  ${format(
                    new Intl.PluralRules(this.loc).select(tokens) === 'one'
                      ? this.t.tokensOne
                      : this.t.tokens,
                    { count: new Intl.NumberFormat(this.loc).format(tokens) },
                  )}
                </p>`
              : nothing
          }
        </slot>
        <button class="secondary" @click=${this.onAgain}>${this.t.donateAgain}</button>
      </div>
    `;
  }

  private renderForm(): TemplateResult {
    const t = this.t;
    const id = this.uid;
    const amount = this.currentAmount();
    const busy = this.donation.flow.name === 'submitting';
    const tip = this.tipShown;
    const tipMinor = tip && amount && this.tipPercent ? tipAmountMinor(amount, this.tipPercent) : 0;
    return html`
      <form novalidate @submit=${this.onSubmit} aria-labelledby=${`${id}-title`}>
        <div class="group" part="amounts" role="radiogroup" aria-labelledby=${`${id}-amounts`}>
          <span class="legend" id=${`${id}-amounts`}>${t.amountGroup}</span>
          <div class="choices">
            ${this.presets.map((major) => {
              const minor = this.minor(major);
              return html`<label class="choice" part="amount">
                <input
                  type="radio"
                  name="amount"
                  .value=${String(minor)}
                  .checked=${live(this.preset === minor)}
                  @change=${() => this.choosePreset(minor)}
                /><span>${this.money(minor)}</span>
              </label>`;
            })}
          </div>
        </div>
        <div class="field" part="custom-amount">
          <label for="other">${t.otherAmount}</label>
          <input
            id="other"
            class="text"
            type="text"
            inputmode="decimal"
            autocomplete="transaction-amount"
            .value=${live(this.custom)}
            aria-invalid=${this.customError ? 'true' : 'false'}
            aria-describedby="other-error"
            @input=${this.onCustomInput}
            @blur=${this.onCustomBlur}
          />
          <p id="other-error" class="field-error" aria-live="polite">${this.customError}</p>
        </div>
        ${
          this.offered.length > 1
            ? html`<div
                class="group"
                part="frequency"
                role="radiogroup"
                aria-labelledby=${`${id}-freq`}
              >
                <span class="legend" id=${`${id}-freq`}>${t.frequencyGroup}</span>
                <div class="choices">
                  ${this.offered.map(
                    (f) =>
                      html`<label class="choice">
                        <input
                          type="radio"
                          name="frequency"
                          .value=${f}
                          .checked=${live(this.freq === f)}
                          @change=${() => this.chooseFrequency(f)}
                        /><span>${f === 'once' ? t.once : t.monthly}</span>
                      </label>`,
                  )}
                </div>
              </div>`
            : nothing
        }
        ${tip ? this.renderTip() : nothing} ${this.collectDonor ? this.renderDonor() : nothing}
        ${
          tipMinor && amount
            ? html`<p class="total">
                ${format(this.freq === 'monthly' ? t.totalMonthly : t.total, {
                  amount: this.money(amount + tipMinor),
                })}
              </p>`
            : nothing
        }
        ${this.formError ? errorBox(this.formError) : nothing}
        <button
          part="submit"
          type="submit"
          aria-disabled=${busy ? 'true' : 'false'}
          @pointerdown=${() => (this.pressingSubmit = true)}
        >
          ${
            amount
              ? format(this.freq === 'monthly' ? t.donateMonthly : t.donate, {
                  amount: this.money(amount),
                })
              : t.donateGeneric
          }
        </button>
      </form>
    `;
  }

  private renderTip(): TemplateResult {
    const choices = [
      ...new Set([...TIP_CHOICES, this.donation.config?.tipConfig.defaultPercent ?? 0]),
    ].sort((a, b) => a - b);
    const pct = new Intl.NumberFormat(this.loc, { style: 'percent', maximumFractionDigits: 1 });
    return html`
      <div class="field" part="tip">
        <label for="tip"
          >${format(this.t.tipLabel, { partner: this.donation.config?.name ?? '' })}</label
        >
        <select id="tip" @change=${this.onTipChange}>
          ${choices.map(
            (p) =>
              html`<option value=${p} .selected=${live(p === this.tipPercent)}>
                ${p === 0 ? this.t.tipNone : pct.format(p / 100)}
              </option>`,
          )}
        </select>
      </div>
    `;
  }

  private renderDonor(): TemplateResult {
    const t = this.t;
    const field = (
      key: 'firstName' | 'lastName' | 'donorEmail',
      label: string,
      type: string,
      auto: string,
    ) => html`
      <div class="field">
        <label for=${key}>${label}</label>
        <input
          id=${key}
          class="text"
          type=${type}
          autocomplete=${auto}
          .value=${live(this.donor[key])}
          aria-invalid=${this.donorErrors[key] ? 'true' : 'false'}
          aria-describedby=${`${key}-error`}
          ?required=${key === 'donorEmail'}
          @input=${(e: Event) => this.onDonorInput(key, (e.target as HTMLInputElement).value)}
        />
        <p id=${`${key}-error`} class="field-error" aria-live="polite">
          ${this.donorErrors[key] ?? ''}
        </p>
      </div>
    `;
    return html`
      <fieldset class="group" part="donor">
        <legend class="legend">${t.donorGroup}</legend>
        <div class="row">
          ${field('firstName', t.firstName, 'text', 'given-name')}
          ${field('lastName', t.lastName, 'text', 'family-name')}
        </div>
        ${field('donorEmail', t.email, 'email', 'email')}
      </fieldset>
    `;
  }

  // ---- Selection ----

  private get tipShown(): boolean {
    return this.tip !== 'off' && Boolean(this.donation.config?.tipConfig.enabled);
  }

  private minor(major: number): number {
    return toMinor(major, this.safeCurrency());
  }

  private money(minor: number, currency = this.safeCurrency()): string {
    return formatMoney(minor, currency, this.loc);
  }

  private safeCurrency(): string {
    return this.embedError ? 'USD' : this.currency.toUpperCase();
  }

  /** min-amount and max-amount in major units, made sane (bad values fall back with a warning). */
  private range(): [number, number] {
    let min = Number(this.minAmount);
    let max = Number(this.maxAmount);
    if (!(Number.isFinite(min) && min >= 0)) {
      warnOnce(`min-amount: expected a number ≥ 0; using 1`);
      min = 1;
    }
    if (!(Number.isFinite(max) && max >= min)) {
      warnOnce(`max-amount: expected a number ≥ min-amount; using 100000`);
      max = Math.max(100000, min);
    }
    return [min, max];
  }

  private initSelection(): void {
    const [min, max] = this.range();
    const listed = parseAmounts(this.amounts, DEFAULT_AMOUNTS);
    // A preset the donor could not donate (outside the range, or 0 in minor units) is not offered.
    this.presets = listed.filter(
      (p) => p >= min && p <= max && Number.isFinite(p) && this.minor(p) > 0,
    );
    if (this.presets.length < listed.length)
      warnOnce('amounts: presets outside min-amount..max-amount are not shown');
    if (!this.presets.length) this.presets = [Math.max(min, 1)];
    this.custom = '';
    this.customError = '';
    const wanted = this.amount ?? this.presets[0]!;
    const valid =
      Number.isFinite(wanted) && wanted >= min && wanted <= max && this.minor(wanted) > 0;
    if (!valid)
      warnOnce(`amount: ${wanted} is outside min-amount..max-amount; using ${this.presets[0]}`);
    const major = valid ? wanted : this.presets[0]!;
    const minor = this.minor(major);
    if (this.presets.some((p) => this.minor(p) === minor)) {
      this.preset = minor;
    } else {
      this.preset = null;
      this.custom = formatForInput(minor, this.safeCurrency(), this.loc);
    }
    this.donor = {
      firstName: this.firstName ?? '',
      lastName: this.lastName ?? '',
      donorEmail: this.donorEmail ?? '',
    };
  }

  private initFrequency(): void {
    const wanted = oneOf<Frequency>('frequency', this.frequency, ['once', 'monthly']);
    this.freq = this.offered.includes(wanted) ? wanted : this.offered[0]!;
  }

  /** The selected amount in minor units, when it is valid. */
  private currentAmount(): number | undefined {
    if (this.preset !== null) return this.preset;
    const result = this.checkCustom();
    return typeof result === 'number' ? result : undefined;
  }

  /** Minor units, or the error message for the custom amount. */
  private checkCustom(): number | string {
    const currency = this.safeCurrency();
    const parsed = parseAmount(this.custom, this.loc, currency);
    const t = this.t;
    const example = formatForInput(this.minor(25), currency, this.loc);
    if (!parsed.ok) {
      switch (parsed.reason) {
        case 'empty':
          return t.errEmpty;
        case 'negative':
          return t.errNegative;
        case 'too-precise': {
          const digits = currencyDigits(currency);
          return digits ? format(t.errTooPrecise, { digits }) : t.errWhole;
        }
        case 'ambiguous':
          return format(t.errAmbiguous, { example });
        default:
          return format(t.errInvalid, { example });
      }
    }
    const [lo, hi] = this.range();
    // Nothing below one minor unit is a donation, even with min-amount="0".
    const min = Math.max(this.minor(lo), 1);
    const max = this.minor(hi);
    const range = checkRange(parsed.minor, min, max);
    if (range === 'below-min') return format(t.errMin, { min: this.money(min) });
    if (range === 'above-max') return format(t.errMax, { max: this.money(max) });
    return parsed.minor;
  }

  /** Checks every field; returns the amount, or focuses the first invalid field. */
  private validate(): number | undefined {
    let amount: number | undefined = this.preset ?? undefined;
    const focus: HTMLElement[] = [];
    if (this.preset === null) {
      const result = this.checkCustom();
      if (typeof result === 'number') amount = result;
      else {
        this.customError = result;
        if (this.otherInput) focus.push(this.otherInput);
      }
    }
    if (this.collectDonor) {
      const email = this.donor.donorEmail.trim();
      const error = !email
        ? format(this.t.errRequired, { field: this.t.email })
        : EMAIL.test(email)
          ? undefined
          : this.t.errEmail;
      this.donorErrors = error ? { donorEmail: error } : {};
      const input = this.renderRoot.querySelector<HTMLInputElement>('#donorEmail');
      if (error && input) focus.push(input);
    }
    focus[0]?.focus();
    return focus.length ? undefined : amount;
  }

  private changeDetail(amount: number): ChangeDetail {
    const detail: ChangeDetail = { amount, currency: this.safeCurrency(), frequency: this.freq };
    if (this.tipShown && this.tipPercent !== undefined) detail.tipPercent = this.tipPercent;
    return detail;
  }

  private emitChange(): void {
    const amount = this.currentAmount();
    if (amount !== undefined) this.emit(new SirDonateChangeEvent(this.changeDetail(amount)));
  }

  private choosePreset(minor: number): void {
    this.preset = minor;
    this.custom = '';
    this.customError = '';
    this.emitChange();
  }

  private chooseFrequency(f: Frequency): void {
    this.freq = f;
    this.emitChange();
  }

  private onCustomInput = (e: Event): void => {
    this.custom = (e.target as HTMLInputElement).value;
    this.preset = null;
    const result = this.checkCustom();
    // Errors show on blur or submit; while typing only clear them.
    if (typeof result === 'number') {
      this.customError = '';
      this.emitChange();
    }
  };

  private onCustomBlur = (): void => {
    // Focus is moving to Donate: showing the error now would shift the button
    // under the pointer and swallow the click; the submit shows it instead.
    if (this.pressingSubmit) {
      this.pressingSubmit = false;
      return;
    }
    if (this.preset !== null || !this.custom.trim()) return;
    const result = this.checkCustom();
    this.customError = typeof result === 'string' ? result : '';
  };

  private onTipChange = (e: Event): void => {
    this.tipPercent = Number((e.target as HTMLSelectElement).value);
    this.emitChange();
  };

  private onDonorInput(key: 'firstName' | 'lastName' | 'donorEmail', value: string): void {
    this.donor = { ...this.donor, [key]: value };
    if (this.donorErrors[key] && (key !== 'donorEmail' || EMAIL.test(value.trim()))) {
      this.donorErrors = { ...this.donorErrors, [key]: undefined };
    }
  }

  // ---- Actions ----

  private onSubmit = (e: Event): void => {
    e.preventDefault();
    this.pressingSubmit = false;
    if (this.donation.flow.name === 'submitting') return;
    void this.submit();
  };

  private onRetry = (): void => {
    if (this.donation.flow.loaded) void this.submit();
    else void this.reload();
  };

  private onAgain = (): void => {
    this.reset();
  };

  private onPageShow = (e: PageTransitionEvent): void => {
    // Back from the hosted checkout through the back/forward cache.
    if (e.persisted) this.donation.resume();
  };

  private onOnline = (): void => {
    const { flow } = this.donation;
    if (flow.name === 'error' && !flow.loaded) void this.reload();
  };

  private openWindow(mode: CheckoutMode): Window | null {
    const features = mode === 'popup' ? 'popup,width=520,height=760' : '';
    let win: Window | null = null;
    try {
      win = window.open('', `sir-donate-${this.uid}`, features);
    } catch {
      win = null;
    }
    // The checkout page must not reach back into the partner's page.
    if (win) win.opener = null;
    return win;
  }

  private openDialog = async (): Promise<void> => {
    this.dialogOpen = true;
    await this.updateComplete;
    if (!this.dialog || this.dialog.open) return;
    this.unlockScroll = lockScroll();
    this.dialog.showModal();
    this.renderRoot
      .querySelector<HTMLElement>('input:checked, input, button[part="submit"], .close')
      ?.focus();
  };

  /** Native modal dialogs let Tab leave for the browser's UI: wrap it inside instead. */
  private onDialogKeydown = (e: KeyboardEvent): void => {
    if (e.key !== 'Tab' || !this.dialog) return;
    const stops = [
      ...this.dialog.querySelectorAll<HTMLElement>('button, input, select, textarea, a[href]'),
    ].filter((el) => !(el as HTMLButtonElement).disabled && el.getClientRects().length > 0);
    const active = (this.renderRoot as ShadowRoot).activeElement;
    const edge = e.shiftKey ? stops[0] : stops[stops.length - 1];
    if (active === edge || !active || !this.dialog.contains(active)) {
      e.preventDefault();
      (e.shiftKey ? stops[stops.length - 1] : stops[0])?.focus();
    }
  };

  private closeDialog(returnFocus: boolean): void {
    this.unlockScroll?.();
    this.unlockScroll = undefined;
    if (this.dialog?.open) this.dialog.close();
    if (!this.dialogOpen) return;
    this.dialogOpen = false;
    if (returnFocus) this.renderRoot.querySelector<HTMLElement>('[part="opener"]')?.focus();
  }

  // ---- Helpers ----

  /** @internal Dispatches a public event from this element. */
  emit(event: Event): void {
    this.dispatchEvent(event);
  }

  private openerLabel(): string {
    const org = this.donation.organization;
    return org ? format(this.t.donateTo, { nonprofit: org.name }) : this.t.donateGeneric;
  }

  private dialogName(): string {
    const org = this.donation.organization;
    return org ? format(this.t.donateTo, { nonprofit: org.name }) : this.t.form;
  }

  private errorMessage(code: string): string {
    const t = this.t;
    const map: Record<string, string> = {
      NETWORK_ERROR: t.errNetwork,
      TIMEOUT: t.errTimeout,
      RATE_LIMITED: t.errRateLimited,
      SERVER_ERROR: t.errServer,
      PARTNER_NOT_ACTIVE: t.unavailPartner,
      PARTNER_SUSPENDED: t.unavailPartner,
      DONATIONS_DISABLED: t.unavailDonations,
      NONPROFIT_NOT_FOUND: t.unavailNonprofit,
      UNSAFE_CHECKOUT_URL: t.errUnsafeLink,
      // An embed-code mistake: "try again" would not help the donor.
      INVALID_CURRENCY: t.misconfigured,
    };
    if (this.donation.flow.name === 'misconfigured') return t.misconfigured;
    return Object.hasOwn(map, code) ? map[code]! : t.errGeneric;
  }

  private syncCustomState(): void {
    const states = this.internals?.states;
    if (!states) return;
    try {
      states.clear();
      states.add(this.state);
    } catch {
      // Engines that only accept the old `--state` syntax: skip.
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sir-donate': SirDonate;
  }
}
