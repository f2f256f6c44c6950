import { html, nothing, type TemplateResult } from 'lit';
import { formatMoney, isValidCurrency } from '../../core/money.js';
import { format } from '../../i18n/index.js';
import type { ViewHost } from './host.js';

/** Completed: the thank-you (or the partner's `success` slot) and "Make another donation". */
export const thanks = ({ donation: d, t, loc, sel, onAgain }: ViewHost): TemplateResult => {
  const { status, organization: org } = d;
  const tokens = status?.tokensAwarded;
  const amount = status?.amount;
  return html`<div part="status" class="success" role="status">
    <slot name="success">
      <p class="headline">${t.thanks}</p>
      ${
        amount && org
          ? html`<p>
              ${format(t.thanksDetail, {
                amount: isValidCurrency(status.currency)
                  ? formatMoney(amount, status.currency!, loc)
                  : sel.money(amount),
                nonprofit: org.name,
              })}
            </p>`
          : nothing
      }
      ${
        typeof tokens == 'number'
          ? html`<p>
              ${format(new Intl.PluralRules(loc).select(tokens) == 'one' ? t.tokensOne : t.tokens, {
                count: new Intl.NumberFormat(loc).format(tokens),
              })}
            </p>`
          : nothing
      }
    </slot>
    <button class="secondary" @click=${onAgain}>${t.donateAgain}</button>
  </div>`;
};
