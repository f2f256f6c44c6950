// Shared helpers for the sandbox tests (not a test file itself).
import type { SandboxOptions } from '../../demo/sandbox/app.js';
import { createSandboxApp } from '../../demo/sandbox/app.js';
import { sandboxKeys } from '../../demo/sandbox/seed.js';

export const KEYS = sandboxKeys;

export const VALID_BODY = {
  nonprofitSlug: 'american-red-cross',
  amount: 2500,
  currency: 'USD',
  frequency: 'once',
  provider: 'stripe',
} as const;

export type TestApp = ReturnType<typeof createSandboxApp>;

export function makeSandbox(options: SandboxOptions = {}): TestApp & {
  call(path: string, init?: RequestInit & { key?: string }): Promise<Response>;
  json<T = Record<string, unknown>>(
    path: string,
    init?: RequestInit & { key?: string },
  ): Promise<{ res: Response; body: T }>;
  createLink(
    body: unknown,
    key?: string,
  ): Promise<{ res: Response; body: Record<string, unknown> }>;
} {
  const sandbox = createSandboxApp({ quiet: true, slowDelayMs: 30, ...options });
  const call = (path: string, init: RequestInit & { key?: string } = {}): Promise<Response> => {
    const { key, headers, ...rest } = init;
    const h = new Headers(headers);
    if (key !== undefined) h.set('X-Partner-Key', key);
    return Promise.resolve(sandbox.app.request(path, { ...rest, headers: h }));
  };
  const json = async <T>(
    path: string,
    init: RequestInit & { key?: string } = {},
  ): Promise<{ res: Response; body: T }> => {
    const res = await call(path, init);
    const text = await res.text();
    return { res, body: (text === '' ? null : JSON.parse(text)) as T };
  };
  const createLink = (body: unknown, key: string = KEYS.acme) =>
    json<Record<string, unknown>>('/v1/partner/donations/create-link', {
      method: 'POST',
      key,
      headers: { 'Content-Type': 'application/json' },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  return { ...sandbox, call, json, createLink };
}
