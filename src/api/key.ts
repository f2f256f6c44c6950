import { apiError } from './errors.js';
import type { Environment } from './types.js';
import { parseSafeUrl } from './url.js';

export type KeyKind = 'publishable-test' | 'publishable-live' | 'secret' | 'malformed' | 'missing';

export interface Connection {
  /** Origin plus an optional proxy path prefix, without a trailing slash. */
  baseUrl: string;
  environment: Environment;
  testMode: boolean;
}

const host = (env: Environment) => `${env == 'test' ? 'dev' : ''}api.sirgiving.org`;

/**
 * What kind of key this is. Surrounding whitespace is ignored because HTML
 * attributes often carry it (a pasted key with a trailing newline should work);
 * any inner whitespace makes the key malformed.
 */
export function classifyKey(value: unknown): KeyKind {
  const k = typeof value == 'string' ? value.trim() : '';
  const m = /^pk_(test|live)_[^\W_]+$/.exec(k);
  // The secret check comes first and is loose: a secret key must never pass as anything else.
  return !k
    ? 'missing'
    : /^sk_|sk_(test|live)_/i.test(k)
      ? 'secret'
      : m
        ? `publishable-${m[1] as Environment}`
        : 'malformed';
}

/** A key safe to show a developer (`pk_test_…ab12`). Secret keys are never printed, not even in part. */
export function maskKey(key: unknown): string {
  const kind = classifyKey(key);
  const k = kind[0] == 'p' && (key as string).trim();
  return k ? `${k.slice(0, 8)}…${k.length > 16 ? k.slice(-4) : ''}` : `[${kind} key]`;
}

/**
 * Checks the key and the optional API base before anything touches the
 * network; throws a non-retryable SirApiError whose message never holds the key.
 */
export function resolveConnection(publishableKey: unknown, apiBase?: string | null): Connection {
  const kind = classifyKey(publishableKey);
  if (kind == 'secret')
    throw apiError(
      'SECRET_KEY_REJECTED',
      'Secret keys (sk_…) must never be used in a browser: rotate this one and use a pk_ key.',
    );
  if (kind[0] != 'p')
    throw apiError(
      'INVALID_KEY_FORMAT',
      `publishable-key is ${kind}: expected pk_test_… or pk_live_…`,
    );
  const environment = kind.slice(12) as Environment;
  const testMode = environment == 'test';
  const other = host(testMode ? 'live' : 'test');
  let baseUrl = `https://${host(environment)}`;
  const base = apiBase?.trim();
  if (base) {
    const u = parseSafeUrl(base, true);
    if (!u || u.search || u.hash)
      throw apiError(
        'INVALID_API_BASE',
        'api-base must be https: (http: on loopback only), without credentials, query or fragment.',
      );
    if (u.hostname.replace(/\.$/, '') == other)
      throw apiError(
        'ENVIRONMENT_MISMATCH',
        `A pk_${environment}_ key cannot be used with ${other}.`,
      );
    baseUrl = u.origin + u.pathname.replace(/\/+$/, '');
  }
  return { baseUrl, environment, testMode };
}
