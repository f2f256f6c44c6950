import { SirApiError } from './errors.js';
import type { Environment } from './types.js';
import { parseSafeUrl } from './url.js';

export type KeyKind = 'publishable-test' | 'publishable-live' | 'secret' | 'malformed' | 'missing';

export interface Connection {
  /** Origin plus an optional proxy path prefix, without a trailing slash. */
  baseUrl: string;
  environment: Environment;
  testMode: boolean;
}

const HOSTS: Record<Environment, string> = {
  test: 'devapi.sirgiving.org',
  live: 'api.sirgiving.org',
};

/**
 * What kind of key this is. Surrounding whitespace is ignored because HTML
 * attributes often carry it (a pasted key with a trailing newline should work);
 * any inner whitespace makes the key malformed.
 */
export function classifyKey(value: unknown): KeyKind {
  if (typeof value !== 'string' || !value.trim()) return 'missing';
  const k = value.trim();
  // Checked first and loosely: a secret key must never pass as anything else.
  if (/^sk_|sk_(test|live)_/i.test(k)) return 'secret';
  const m = /^pk_(test|live)_[A-Za-z0-9]+$/.exec(k);
  return m ? (m[1] === 'test' ? 'publishable-test' : 'publishable-live') : 'malformed';
}

/** A key safe to show a developer (`pk_test_…ab12`). Secret keys are never printed, not even in part. */
export function maskKey(key: unknown): string {
  const kind = classifyKey(key);
  if (!kind.startsWith('publishable')) return `[${kind} key]`;
  const k = (key as string).trim();
  return `${k.slice(0, 8)}…${k.length > 16 ? k.slice(-4) : ''}`;
}

const fail = (code: string, message: string) =>
  new SirApiError({ code, message, retryable: false });

/**
 * Checks the key and the optional API base before anything touches the
 * network; throws a non-retryable SirApiError whose message never holds the key.
 */
export function resolveConnection(publishableKey: unknown, apiBase?: string | null): Connection {
  const kind = classifyKey(publishableKey);
  if (kind === 'secret')
    throw fail(
      'SECRET_KEY_REJECTED',
      'publishable-key holds a secret key (sk_…). Secret keys must never be used in a browser: ' +
        'rotate it now and use a publishable key (pk_…).',
    );
  if (kind === 'missing' || kind === 'malformed')
    throw fail('INVALID_KEY_FORMAT', `publishable-key is ${kind}: expected pk_test_… or pk_live_…`);
  const environment: Environment = kind === 'publishable-test' ? 'test' : 'live';
  const base = typeof apiBase === 'string' ? apiBase.trim() : '';
  if (!base)
    return {
      baseUrl: `https://${HOSTS[environment]}`,
      environment,
      testMode: environment === 'test',
    };

  const u = parseSafeUrl(base, true);
  if (!u || u.search || u.hash)
    throw fail(
      'INVALID_API_BASE',
      'api-base must be an https: URL (http: only on loopback) without credentials, query or fragment.',
    );
  const host = u.hostname.replace(/\.$/, '');
  const other: Environment = environment === 'test' ? 'live' : 'test';
  if (host === HOSTS[other])
    throw fail(
      'ENVIRONMENT_MISMATCH',
      `A pk_${environment}_ key cannot be used with ${HOSTS[other]}.`,
    );
  return {
    baseUrl: u.origin + u.pathname.replace(/\/+$/, ''),
    environment,
    testMode: environment === 'test',
  };
}
