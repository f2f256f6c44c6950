// What every example app shares: where the sandbox is, which key to use, and
// an event log the page shows (and the e2e tests read from window.__appEvents).

/** The sandbox partner `acme`: pk_test_ + sha256hex('sir-sandbox:acme'). Publishable keys are public. */
const ACME_KEY = 'pk_test_2b3050c21bf6503a146cc7d524a8c4de01de98aa51922fbc085f2b07540ce234';

const params = new URLSearchParams(location.search);
export const API_BASE = params.get('api-base') ?? 'http://127.0.0.1:8787';
export const PUBLISHABLE_KEY = params.get('key') ?? ACME_KEY;
export const NONPROFIT = 'american-red-cross';

export interface AppEvent {
  app: string;
  widget: string;
  type: string;
  detail: unknown;
}

declare global {
  interface Window {
    __appEvents?: AppEvent[];
  }
}

/** Records an event for the tests; returns the line the page shows. */
export function recordEvent(app: string, event: Event): string {
  const widget = (event.target as Element | null)?.id ?? '';
  const detail = (event as CustomEvent).detail as unknown;
  (window.__appEvents ??= []).push({ app, widget, type: event.type, detail });
  return `${widget}: ${event.type} ${JSON.stringify(detail)}`;
}
