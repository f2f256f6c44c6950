// Key classification and masking. The sandbox never echoes a key: responses
// carry fixed messages, and logs carry only the masked form from maskKey().

export type KeyClass =
  | { readonly kind: 'missing' }
  | { readonly kind: 'secret' }
  | { readonly kind: 'live' }
  | { readonly kind: 'malformed' }
  | { readonly kind: 'test'; readonly key: string };

const TEST_KEY = /^pk_test_[0-9a-f]{64}$/;

/** A secret key: starts with `sk_`, or carries `sk_test_` / `sk_live_` anywhere (any case). */
export function isSecretKey(value: string): boolean {
  const lower = value.trim().toLowerCase();
  return lower.startsWith('sk_') || lower.includes('sk_test_') || lower.includes('sk_live_');
}

export function classifyKey(raw: string | undefined | null): KeyClass {
  if (raw == null || raw.trim() === '') return { kind: 'missing' };
  if (isSecretKey(raw)) return { kind: 'secret' };
  const value = raw.trim();
  if (value.startsWith('pk_live_')) return { kind: 'live' };
  if (!TEST_KEY.test(value)) return { kind: 'malformed' };
  return { kind: 'test', key: value };
}

function lastFour(value: string): string {
  // Only letters and digits survive, so a hostile header cannot inject into a log line.
  return value.slice(-4).replace(/[^A-Za-z0-9]/g, '?');
}

/**
 * `pk_test_…ab12` for publishable keys; `[redacted secret key]` for secret
 * keys (never their prefix or body); `***ab12` for anything else long enough,
 * `***` when it is too short to show four characters safely; null when absent.
 */
export function maskKey(raw: string | undefined | null): string | null {
  if (raw == null || raw.trim() === '') return null;
  if (isSecretKey(raw)) return '[redacted secret key]';
  const value = raw.trim();
  for (const prefix of ['pk_test_', 'pk_live_']) {
    if (value.startsWith(prefix)) {
      const body = value.slice(prefix.length);
      return body.length >= 12 ? `${prefix}…${lastFour(body)}` : `${prefix}…`;
    }
  }
  return value.length >= 16 ? `***${lastFour(value)}` : '***';
}
