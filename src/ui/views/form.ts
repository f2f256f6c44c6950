import { html, nothing, type TemplateResult } from 'lit';
import { tipAmountMinor } from '../../core/checkout.js';
import type { DonorField, FieldError } from '../../core/selection.js';
import { format, type Messages } from '../../i18n/index.js';
import { errorBox } from './errors.js';
import type { ViewHost } from './host.js';

const TIP_CHOICES = [0, 5, 10, 15, 20];

/**
 * The controls render their state as attributes (`checked`, `selected`,
 * `value`: the defaults, which the donor never changes) and this puts the
 * live state back to them after each render. So a control follows the
 * widget's state, not what was clicked or typed, even when a partner's change
 * handler puts the selection back. A text field is only written when it
 * differs (writing moves the caret).
 */
export const syncControls = (root: ParentNode): void => {
  for (const c of root.querySelectorAll<HTMLInputElement & HTMLOptionElement>('input, option'))
    if (c.type == 'radio') c.checked = c.defaultChecked;
    else if (c.localName == 'option') c.selected = c.defaultSelected;
    else if (c.value != c.defaultValue) c.value = c.defaultValue;
};

/** A field error in words; `{field}` is the label of the field it belongs to. */
const say = ({ t }: ViewHost, error: FieldError | undefined, label = ''): string =>
  error ? format(t[error[0] as keyof Messages], { field: label, ...error[1] }) : '';

/** The tip select, defaulting to the partner's percent. */
const tip = ({ donation: d, sel, t, loc }: ViewHost): TemplateResult => {
  const preset = d.config?.tipConfig.defaultPercent ?? 0;
  const pct = new Intl.NumberFormat(loc, { style: 'percent', maximumFractionDigits: 1 });
  return html`<div class="field" part="tip">
    <label for="tip">${format(t.tipLabel, { partner: d.config?.name ?? '' })}</label>
    <select
      id="tip"
      @change=${(e: Event) => sel.pickTip(Number((e.target as HTMLSelectElement).value))}
    >
      ${[...new Set([...TIP_CHOICES, preset])]
        .sort((a, b) => a - b)
        .map(
          (p) =>
            html`<option value=${p} ?selected=${p === sel.tipPercent}>
              ${p ? pct.format(p / 100) : t.tipNone}
            </option>`,
        )}
    </select>
  </div>`;
};

/** First name, last name and email (`collect-donor`), each error tied to its field. */
const donor = (h: ViewHost): TemplateResult => {
  const { sel, t } = h;
  const field = (key: DonorField, label: string, type: string, auto: string) => {
    const error = say(h, sel.donorErrors[key], label);
    return html`<div class="field">
      <label for=${key}>${label}</label>
      <input
        id=${key}
        class="text"
        type=${type}
        autocomplete=${auto}
        value=${sel.donor[key]}
        aria-invalid=${!!error}
        aria-describedby=${`${key}-error`}
        ?required=${key == 'donorEmail'}
        @input=${(e: Event) => sel.typeDonor(key, (e.target as HTMLInputElement).value)}
      />
      <p id=${`${key}-error`} class="field-error" aria-live="polite">${error}</p>
    </div>`;
  };
  return html`<fieldset class="group" part="donor">
    <legend class="legend">${t.donorGroup}</legend>
    <div class="row">
      ${field('firstName', t.firstName, 'text', 'given-name')}
      ${field('lastName', t.lastName, 'text', 'family-name')}
    </div>
    ${field('donorEmail', t.email, 'email', 'email')}
  </fieldset>`;
};

/** The donation form: amounts, other amount, frequency, tip, donor fields, Donate. */
export const form = (h: ViewHost): TemplateResult => {
  const { sel, t, uid } = h;
  const amount = sel.amount();
  const monthly = sel.freq == 'monthly';
  const tipMinor =
    h.tipShown && amount && sel.tipPercent ? tipAmountMinor(amount, sel.tipPercent) : 0;
  const customError = say(h, sel.customError);
  return html`<form novalidate @submit=${h.onSubmit} aria-labelledby=${`${uid}-title`}>
    <div class="group" part="amounts" role="radiogroup" aria-labelledby=${`${uid}-amounts`}>
      <span class="legend" id=${`${uid}-amounts`}>${t.amountGroup}</span>
      <div class="choices">
        ${sel.presets.map((major) => {
          const minor = sel.minor(major);
          return html`<label class="choice" part="amount">
            <input
              type="radio"
              name="amount"
              value=${minor}
              ?checked=${sel.preset === minor}
              @change=${() => sel.pick(minor)}
            /><span>${sel.money(minor)}</span>
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
        value=${sel.custom}
        aria-invalid=${!!customError}
        aria-describedby="other-error"
        @input=${(e: Event) => sel.input((e.target as HTMLInputElement).value)}
        @blur=${h.onBlur}
      />
      <p id="other-error" class="field-error" aria-live="polite">${customError}</p>
    </div>
    ${
      sel.offered.length > 1
        ? html`<div
            class="group"
            part="frequency"
            role="radiogroup"
            aria-labelledby=${`${uid}-freq`}
          >
            <span class="legend" id=${`${uid}-freq`}>${t.frequencyGroup}</span>
            <div class="choices">
              ${sel.offered.map(
                (f) =>
                  html`<label class="choice">
                    <input
                      type="radio"
                      name="frequency"
                      value=${f}
                      ?checked=${sel.freq == f}
                      @change=${() => sel.pickFrequency(f)}
                    /><span>${f == 'once' ? t.once : t.monthly}</span>
                  </label>`,
              )}
            </div>
          </div>`
        : nothing
    }
    ${h.tipShown ? tip(h) : nothing} ${h.collectDonor ? donor(h) : nothing}
    ${
      tipMinor && amount
        ? html`<p class="total">
            ${format(monthly ? t.totalMonthly : t.total, { amount: sel.money(amount + tipMinor) })}
          </p>`
        : nothing
    }
    ${sel.formError ? errorBox(say(h, sel.formError)) : nothing}
    <button
      part="submit"
      class="primary"
      type="submit"
      aria-disabled=${h.donation.flow.name == 'submitting'}
      @pointerdown=${h.onPress}
    >
      ${
        amount
          ? format(monthly ? t.donateMonthly : t.donate, { amount: sel.money(amount) })
          : t.donateGeneric
      }
    </button>
  </form>`;
};
