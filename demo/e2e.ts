// The end-to-end test page (demo/e2e.html): its widgets come from the query
// string, and every sir-donate-* event is recorded in `window.__events`.
//
//   /demo/e2e.html?key=acme&nonprofit=american-red-cross&locale=de-DE&currency=EUR
//                 &checkout=popup&layout=button&count=3&spacer=1500
//
// key        a seeded partner slug (acme, notips, pending, suspended, inactive,
//            nodonations, slow, limited) or one of the special names below
//            (any other value is used as the key itself); a comma-separated
//            list is cycled over the widgets
// nonprofit  a slug, or a comma-separated list cycled over the widgets
// count      how many widgets (default 1, at most 10); ids w1, w2, …
// api        api-base (default http://127.0.0.1:8787; "none" leaves it unset)
// spacer     pixels of filler above and below the widgets (scroll tests)
// Any attribute in PASS_THROUGH is copied as is; `collect-donor` is boolean.

/** Publishable key = `pk_test_` + sha256hex(`sir-sandbox:<slug>`) (demo/sandbox/seed.ts). */
const KEYS: Record<string, string> = {
  acme: 'pk_test_2b3050c21bf6503a146cc7d524a8c4de01de98aa51922fbc085f2b07540ce234',
  notips: 'pk_test_9dbc5ee813d1a56f55c5f4ac50a68b51d3ffe5f081536edf46dc3b7e61c045d5',
  pending: 'pk_test_51c427bf9563061c0143e14e593cdd45c092b088018add009a211d0332195641',
  suspended: 'pk_test_e3d44fea994afd48f208b8a7e9a1bc95292c10a2313a117a0b65c5ecb4e7b365',
  inactive: 'pk_test_d5835c4d7468685099f1588ad7148e966d8d0daee95efd0d5bdca35da4dda98d',
  nodonations: 'pk_test_668fcdac8172c799254a63821f4c71af72167ac5e5a384814958b47d65c58101',
  slow: 'pk_test_a73007dac04597bcb78e37f5519678f7ce7cdcb6075d01e3e91bd993b40db4a8',
  limited: 'pk_test_bf2e55a1b85a6f0b074424a6c8bba1eca3807c981098fa9ebceb4e1d6074c545',
  // Well-formed but unknown to the sandbox: the API answers 401 INVALID_API_KEY.
  unknown: `pk_test_${'0'.repeat(64)}`,
  // A secret key pasted by mistake: the element must refuse it without a request.
  secret: 'sk_test_e2e0000000000000000000000000000000000000000000000000000000000000',
  malformed: 'pk_test_not a key!',
  live: `pk_live_${'1'.repeat(64)}`,
};

const PASS_THROUGH = [
  'locale',
  'currency',
  'checkout',
  'layout',
  'amounts',
  'amount',
  'frequency',
  'frequencies',
  'theme',
  'tip',
  'provider',
  'min-amount',
  'max-amount',
  'referral-code',
  'donor-email',
  'first-name',
  'last-name',
];

const EVENTS = [
  'sir-donate-ready',
  'sir-donate-change',
  'sir-donate-submit',
  'sir-donate-link-created',
  'sir-donate-status',
  'sir-donate-error',
] as const;

export interface RecordedEvent {
  type: string;
  /** The id of the widget that fired it. */
  id: string;
  detail: unknown;
}

declare global {
  interface Window {
    __events: RecordedEvent[];
  }
}

window.__events = [];
for (const type of EVENTS) {
  document.addEventListener(type, (event) => {
    const target = event.composedPath()[0] as Element | undefined;
    window.__events.push({
      type,
      id: target?.id ?? '',
      // A plain copy: the page's assertions must see what a listener saw then.
      detail: JSON.parse(JSON.stringify((event as CustomEvent).detail ?? null)) as unknown,
    });
  });
}

const params = new URLSearchParams(location.search);
const keys = (params.get('key') ?? 'acme').split(',').map((name) => KEYS[name] ?? name);
const nonprofits = (params.get('nonprofit') ?? 'american-red-cross').split(',');
const count = Math.min(10, Math.max(1, Number(params.get('count') ?? 1) || 1));
const api = params.get('api') ?? 'http://127.0.0.1:8787';
const spacer = Math.max(0, Number(params.get('spacer') ?? 0) || 0);

if (spacer) {
  for (const id of ['before', 'after']) {
    const filler = document.getElementById(id);
    if (filler) filler.style.height = `${spacer}px`;
  }
}

const container = document.getElementById('widgets')!;
for (let i = 0; i < count; i++) {
  const el = document.createElement('sir-donate');
  el.id = `w${i + 1}`;
  el.setAttribute('publishable-key', keys[i % keys.length]!);
  const nonprofit = nonprofits[i % nonprofits.length];
  if (nonprofit) el.setAttribute('nonprofit', nonprofit);
  if (api !== 'none') el.setAttribute('api-base', api);
  for (const name of PASS_THROUGH) {
    const value = params.get(name);
    if (value !== null) el.setAttribute(name, value);
  }
  if (params.has('collect-donor')) el.setAttribute('collect-donor', '');
  container.append(el);
}
