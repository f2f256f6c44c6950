// Shared helpers of the end-to-end suite (Playwright, against `npm start`:
// the Vite demo server on 5173 and the sandbox API on 8787).
import { expect, type APIRequestContext, type Page } from '@playwright/test';

export const SANDBOX = 'http://127.0.0.1:8787';
export const DEMO = 'http://127.0.0.1:5173';

export type RecordedEvent = { type: string; id: string; detail: any };

// Vite's client reloads the page whenever a source file changes; others edit
// src/ while the suite runs against a shared dev server, and a reload in the
// middle of a test would reset the widget. The stub keeps Vite's exports.
const VITE_CLIENT_STUB = `
export class ErrorOverlay extends HTMLElement {}
export function createHotContext() {
  return { accept() {}, acceptExports() {}, dispose() {}, prune() {}, invalidate() {}, on() {}, off() {}, send() {}, data: {} };
}
export function injectQuery(url) { return url; }
export function updateStyle() {}
export function removeStyle() {}
`;

/** Serves the demo pages without hot reload (see VITE_CLIENT_STUB). */
export async function withoutHotReload(page: Page): Promise<void> {
  await page.route(/\/@vite\/client$/, (route) =>
    route.fulfill({ contentType: 'text/javascript', body: VITE_CLIENT_STUB }),
  );
}

/** Clears the sandbox's donations, faults, rate-limit buckets and request log. */
export async function resetSandbox(request: APIRequestContext): Promise<void> {
  const res = await request.post(`${SANDBOX}/__sandbox/reset`);
  expect(res.ok()).toBe(true);
}

export async function sandboxLog(
  request: APIRequestContext,
): Promise<{ method: string; path: string; status: number; maskedKey: string | null }[]> {
  const res = await request.get(`${SANDBOX}/__sandbox/log`);
  expect(res.ok()).toBe(true);
  return res.json();
}

/** URL of demo/e2e.html with its widgets described by `params` (see demo/e2e.ts). */
export function e2ePage(params: Record<string, string | number | boolean> = {}): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) query.set(name, String(value));
  return `/demo/e2e.html?${query}`;
}

/** The widget's `state` property (`sir-donate` matched by `selector`). */
export function widgetState(page: Page, selector = 'sir-donate'): Promise<string | undefined> {
  return page.evaluate(
    (sel) => (document.querySelector(sel) as (Element & { state?: string }) | null)?.state,
    selector,
  );
}

/** Waits until the widget reaches `state`. */
export async function expectState(
  page: Page,
  state: string,
  selector = 'sir-donate',
  timeout = 10_000,
): Promise<void> {
  await expect
    .poll(() => widgetState(page, selector), {
      timeout,
      intervals: [50, 100, 100, 250],
      message: `${selector} state`,
    })
    .toBe(state);
}

/**
 * Records every sir-donate-* event of every page the context shows in
 * `window.__events` (index.html has no recorder of its own; demo/e2e.html
 * records itself and is left alone).
 */
export async function recordEvents(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __events?: unknown[] };
    if (w.__events) return;
    const events: unknown[] = (w.__events = []);
    for (const type of [
      'sir-donate-ready',
      'sir-donate-change',
      'sir-donate-submit',
      'sir-donate-link-created',
      'sir-donate-status',
      'sir-donate-error',
    ]) {
      document.addEventListener(type, (event) => {
        if (location.pathname === '/demo/e2e.html') return;
        const target = event.composedPath()[0] as Element | undefined;
        events.push({
          type,
          id: target?.id ?? '',
          detail: JSON.parse(JSON.stringify((event as CustomEvent).detail ?? null)),
        });
      });
    }
  });
}

/** The events recorded on the current page so far. */
export function recordedEvents(page: Page): Promise<RecordedEvent[]> {
  return page.evaluate(() => (window as unknown as { __events?: RecordedEvent[] }).__events ?? []);
}
