/**
 * Every string the element shows. English is the source; `{name}` marks a
 * placeholder filled by `format()` (as text, never HTML). Amounts arrive
 * already formatted with `Intl.NumberFormat` in the element's locale.
 */
export interface Messages {
  // Form (accessible names marked "contract" must stay as they are in English)
  /** contract: radio group of preset amounts */
  amountGroup: string;
  /** contract: custom amount field */
  otherAmount: string;
  /** contract: frequency radio group */
  frequencyGroup: string;
  /** contract */
  once: string;
  /** contract */
  monthly: string;
  /** contract */
  firstName: string;
  /** contract */
  lastName: string;
  /** contract */
  email: string;
  /** fieldset of the donor fields */
  donorGroup: string;
  /** contract: must start with "Add a tip"; {partner} */
  tipLabel: string;
  tipNone: string;
  /** {amount} */
  total: string;
  /** {amount} */
  totalMonthly: string;
  /** contract: donate button, starts with "Donate"; {amount} */
  donate: string;
  /** {amount} */
  donateMonthly: string;
  /** contract: `layout="button"` opener, and the button before an amount is chosen */
  donateGeneric: string;
  /** heading / dialog name; {nonprofit} */
  donateTo: string;
  /** name of the form (or dialog) when no nonprofit name is known yet */
  form: string;
  testMode: string;
  /** tooltip / description of the test badge */
  testHint: string;

  // Flow states
  loading: string;
  /** contract */
  tryAgain: string;
  close: string;
  redirecting: string;
  awaiting: string;
  openCheckout: string;
  /** appended to links that open a new tab (visually hidden) */
  newTab: string;
  popupBlocked: string;
  checking: string;
  thanks: string;
  /** {amount} {nonprofit} */
  thanksDetail: string;
  /** {count}, plural: use `tokensOne` when `Intl.PluralRules#select(count)` is "one" */
  tokens: string;
  /** {count} */
  tokensOne: string;
  statusFailed: string;
  statusCancelled: string;
  statusReversed: string;
  /** polling gave up (30 min) without a final status */
  statusUnknown: string;
  donateAgain: string;
  poweredBy: string;

  // Field errors
  errEmpty: string;
  /** {example}: a valid amount formatted in the locale */
  errInvalid: string;
  /** {example} */
  errAmbiguous: string;
  errNegative: string;
  /** {digits} (2 or 3: the currency's decimals) */
  errTooPrecise: string;
  /** the currency has no decimals */
  errWhole: string;
  /** {min} */
  errMin: string;
  /** {max} */
  errMax: string;
  errEmail: string;
  /** {field}: the field's label */
  errRequired: string;

  // Service errors (developer details go to the console, not here)
  errNetwork: string;
  errTimeout: string;
  errRateLimited: string;
  errServer: string;
  errGeneric: string;
  unavailPartner: string;
  unavailDonations: string;
  unavailNonprofit: string;
  misconfigured: string;
  errUnsafeLink: string;
}

export const en: Messages = {
  amountGroup: 'Donation amount',
  otherAmount: 'Other amount',
  frequencyGroup: 'Donation frequency',
  once: 'One-time',
  monthly: 'Monthly',
  firstName: 'First name',
  lastName: 'Last name',
  email: 'Email',
  donorGroup: 'Your details',
  tipLabel: 'Add a tip to support {partner}',
  tipNone: 'No tip',
  total: 'Total: {amount}',
  totalMonthly: 'Total: {amount} per month',
  donate: 'Donate {amount}',
  donateMonthly: 'Donate {amount} monthly',
  donateGeneric: 'Donate',
  donateTo: 'Donate to {nonprofit}',
  form: 'Donation form',
  testMode: 'Test mode',
  testHint: 'No real payments are made.',
  loading: 'Loading donation form…',
  tryAgain: 'Try again',
  close: 'Close',
  redirecting: 'Taking you to secure checkout…',
  awaiting: "Complete your donation in the checkout window. We'll update this page when it's done.",
  openCheckout: 'Open checkout',
  newTab: '(opens in a new tab)',
  popupBlocked: 'Your browser blocked the checkout window.',
  checking: 'Checking your donation…',
  thanks: 'Thank you for your donation!',
  thanksDetail: 'Your gift of {amount} to {nonprofit} was received.',
  tokens: '{count} SIR tokens awarded',
  tokensOne: '{count} SIR token awarded',
  statusFailed: 'The payment did not go through. You can try again.',
  statusCancelled: 'The donation was cancelled.',
  statusReversed: 'The donation was reversed and the payment refunded.',
  statusUnknown:
    "We couldn't confirm your donation yet. If you completed it, you'll get a receipt by email.",
  donateAgain: 'Make another donation',
  poweredBy: 'Secure donations powered by SIR Giving',
  errEmpty: 'Enter an amount',
  errInvalid: 'Enter a valid amount, like {example}',
  errAmbiguous: "We're not sure which amount you mean. Enter it like {example}",
  errNegative: 'Enter an amount greater than zero',
  errTooPrecise: 'Use at most {digits} decimal places',
  errWhole: 'Enter a whole amount',
  errMin: 'The minimum donation is {min}',
  errMax: 'The maximum donation is {max}',
  errEmail: 'Enter a valid email address',
  errRequired: '{field} is required',
  errNetwork: "We couldn't reach the donation service. Check your connection and try again.",
  errTimeout: 'The donation service took too long to respond. Please try again.',
  errRateLimited: 'Too many requests. Please wait a moment and try again.',
  errServer: 'The donation service is having a problem. Please try again in a few minutes.',
  errGeneric: 'Something went wrong. Please try again.',
  unavailPartner: "Donations aren't available here right now.",
  unavailDonations: 'Donations are paused right now. Please check back later.',
  unavailNonprofit: "We couldn't find this nonprofit.",
  misconfigured: "This donation form isn't set up correctly.",
  errUnsafeLink: "The checkout link looked unsafe, so we didn't open it.",
};
