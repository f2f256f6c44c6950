// The sandbox's hosted checkout page: plain HTML forms (works without JS), no
// external assets, every dynamic value escaped. It stands in for the real
// Stripe / Every.org checkout a donationLink leads to.
import type { Donation, DonationStatus } from './state.js';
import type { SeedNonprofit, SeedPartner } from './seed.js';
import { currencyDigits } from './seed.js';

export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** An absolute http(s) URL to send the donor back to, or null (javascript:, data:, relative, junk). */
export function safeReturnUrl(raw: string | null | undefined): string | null {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > 2048) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.username !== '' || url.password !== '') return null;
  return url.href;
}

export function formatMinor(amount: number, currency: string): string {
  const digits = currencyDigits[currency] ?? 2;
  return new Intl.NumberFormat('en-US', { style: 'currency', currency }).format(
    amount / 10 ** digits,
  );
}

export const CHECKOUT_CSS = `:root { color-scheme: light dark; --fg: #1b1b1f; --bg: #f6f6f8; --card: #ffffff; --muted: #55555f; --accent: #0b57d0; --border: #c9c9d1; }
@media (prefers-color-scheme: dark) { :root { --fg: #ececf1; --bg: #151518; --card: #202026; --muted: #b4b4be; --accent: #8ab4f8; --border: #44444d; } }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg); background: var(--bg); }
main { max-width: 36rem; margin: 2rem auto; padding: 1.5rem; background: var(--card); border: 1px solid var(--border); border-radius: 12px; }
.badge { display: inline-block; padding: .125rem .5rem; border: 1px dashed var(--muted); border-radius: 999px; font-size: .875rem; color: var(--muted); }
h1 { font-size: 1.5rem; line-height: 1.25; overflow-wrap: anywhere; }
.org { display: flex; gap: .75rem; align-items: center; }
.org img { width: 48px; height: 48px; flex: none; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; }
dt { color: var(--muted); }
dd { margin: 0; overflow-wrap: anywhere; }
.actions { display: flex; flex-wrap: wrap; gap: .75rem; margin-top: 1.5rem; }
.actions form { margin: 0; }
button { font: inherit; padding: .625rem 1rem; border-radius: 8px; border: 1px solid var(--border); background: var(--card); color: var(--fg); cursor: pointer; }
button.primary { background: var(--accent); border-color: var(--accent); color: #fff; }
@media (prefers-color-scheme: dark) { button.primary { color: #111; } }
button:focus-visible, a:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
a { color: var(--accent); }
.outcome { font-size: 1.125rem; }
.note { color: var(--muted); font-size: .875rem; }
[hidden] { display: none !important; }
`;

/** Shows "Close this window" only when the page was opened as a popup. */
export const OUTCOME_JS = `(function () {
  var button = document.getElementById('close-window');
  if (!button) return;
  var opener = null;
  try { opener = window.opener; } catch (e) { opener = null; }
  if (!opener) return;
  button.hidden = false;
  button.addEventListener('click', function () { window.close(); });
})();
`;

/** Applied to every checkout page: no framing, only own-origin assets, forms post to self. */
export const CHECKOUT_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy':
    "default-src 'none'; img-src 'self'; style-src 'self'; script-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
  'X-Frame-Options': 'DENY',
  'Cache-Control': 'no-store',
};

function page(title: string, body: string, withScript = false): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<link rel="stylesheet" href="/checkout-assets/checkout.css">
${withScript ? '<script src="/checkout-assets/outcome.js" defer></script>\n' : ''}</head>
<body>
<main>
<p class="badge">SIR Giving sandbox: no real money moves</p>
${body}
</main>
</body>
</html>
`;
}

const OUTCOME_TEXT: Record<
  Exclude<DonationStatus, 'PENDING'>,
  { heading: string; text: string }
> = {
  COMPLETED: {
    heading: 'Thank you! Your donation is complete',
    text: 'The donation was completed.',
  },
  FAILED: { heading: 'Your donation failed', text: 'The payment failed. No money was taken.' },
  CANCELLED: {
    heading: 'Your donation was cancelled',
    text: 'The donation was cancelled. No money was taken.',
  },
  REVERSED: {
    heading: 'Your donation was reversed',
    text: 'The donation was reversed (refunded).',
  },
};

const FREQUENCY_TEXT = { once: 'One-time', monthly: 'Monthly' } as const;
const PROVIDER_TEXT = {
  stripe: 'Stripe (simulated)',
  'every.org': 'Every.org (simulated)',
} as const;

export interface CheckoutView {
  readonly donation: Donation;
  readonly partner: SeedPartner | undefined;
  readonly nonprofit: SeedNonprofit | undefined;
  /** Already validated by safeReturnUrl, or null. */
  readonly returnUrl: string | null;
  /** Whether the return URL came from the `return` parameter (carried through the forms). */
  readonly returnFromParam: boolean;
  /** A refusal or notice shown above the details. */
  readonly notice?: string;
}

function returnLink(returnUrl: string | null): string {
  if (returnUrl === null) return '';
  const host = new URL(returnUrl).host;
  return `<p><a id="return-link" href="${escapeHtml(returnUrl)}">Return to ${escapeHtml(host)}</a></p>\n`;
}

function actionForm(
  id: string,
  action: string,
  label: string,
  returnUrl: string | null,
  primary = false,
): string {
  const hidden =
    returnUrl === null
      ? ''
      : `<input type="hidden" name="return" value="${escapeHtml(returnUrl)}">`;
  return `<form method="post" action="/checkout/${encodeURIComponent(id)}/${action}">${hidden}<button type="submit"${primary ? ' class="primary"' : ''}>${escapeHtml(label)}</button></form>`;
}

export function renderCheckoutPage(view: CheckoutView): string {
  const { donation: d, partner, nonprofit } = view;
  const nonprofitName = nonprofit?.name ?? d.nonprofitSlug;
  const partnerName = partner?.name ?? d.partnerSlug;
  const carried = view.returnFromParam ? view.returnUrl : null;
  const logo =
    nonprofit?.logoFile !== undefined
      ? `<img src="/logos/${encodeURIComponent(nonprofit.logoFile)}" alt="" width="48" height="48">`
      : '';
  const tip =
    d.tipAmount > 0
      ? `${escapeHtml(formatMinor(d.tipAmount, d.currency))}${d.tipPercent !== undefined ? ` (${escapeHtml(String(d.tipPercent))} %)` : ''}`
      : 'None';
  const total = formatMinor(d.amount + d.tipAmount, d.currency);
  const details = `<dl>
<dt>Partner</dt><dd id="partner">${escapeHtml(partnerName)}</dd>
<dt>Nonprofit</dt><dd id="nonprofit">${escapeHtml(nonprofitName)}</dd>
<dt>Amount</dt><dd id="amount">${escapeHtml(formatMinor(d.amount, d.currency))}</dd>
<dt>Frequency</dt><dd id="frequency">${FREQUENCY_TEXT[d.frequency]}</dd>
<dt>Tip</dt><dd id="tip">${tip}</dd>
<dt>Total</dt><dd id="total">${escapeHtml(total)}${d.frequency === 'monthly' ? ' per month' : ''}</dd>
<dt>Payment</dt><dd>${PROVIDER_TEXT[d.provider]}</dd>
<dt>Status</dt><dd id="status">${escapeHtml(d.status)}</dd>
<dt>Reference</dt><dd><code>${escapeHtml(d.partnerDonationId)}</code></dd>
</dl>`;
  const notice =
    view.notice !== undefined ? `<p role="alert" id="notice">${escapeHtml(view.notice)}</p>\n` : '';

  if (d.status === 'PENDING') {
    const body = `<div class="org">${logo}<h1>Donate to ${escapeHtml(nonprofitName)}</h1></div>
${notice}${details}
<div class="actions">
${actionForm(d.partnerDonationId, 'complete', 'Complete donation', carried, true)}
${actionForm(d.partnerDonationId, 'fail', 'Fail', carried)}
${actionForm(d.partnerDonationId, 'cancel', 'Cancel', carried)}
</div>
<p class="note">Choose an outcome to simulate what the payment provider would report.</p>
${returnLink(view.returnUrl)}`;
    return page(`Sandbox checkout: ${nonprofitName}`, body);
  }

  const outcome = OUTCOME_TEXT[d.status];
  const reverse =
    d.status === 'COMPLETED'
      ? `<div class="actions">${actionForm(d.partnerDonationId, 'reverse', 'Reverse donation (refund)', carried)}</div>\n`
      : '';
  const body = `<div class="org">${logo}<h1>${escapeHtml(outcome.heading)}</h1></div>
${notice}<p class="outcome" role="status" id="outcome">${escapeHtml(outcome.text)}</p>
${details}
${returnLink(view.returnUrl)}<p><button type="button" id="close-window" hidden>Close this window</button></p>
${reverse}`;
  return page(`Sandbox checkout: ${outcome.heading}`, body, true);
}

export function renderNotFoundPage(): string {
  return page(
    'Checkout not found',
    `<h1>Checkout not found</h1>
<p role="alert">This checkout link is unknown to the sandbox. It may have been created before the sandbox was restarted or reset.</p>`,
  );
}
