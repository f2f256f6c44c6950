/**
 * True for hostnames that can only reach this machine. Plain `http:` is
 * tolerated there so a local sandbox works without certificates.
 */
export function isLoopbackHost(hostname: string): boolean {
  const h = hostname.toLowerCase().replace(/\.$/, '');
  if (h === 'localhost' || h.endsWith('.localhost') || h === '[::1]' || h === '::1') return true;
  const m = /^127\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(h);
  return !!m && m.slice(1).every((n) => +n < 256);
}

/** The parsed URL when it is safe to call, link to or render; undefined otherwise. */
export function parseSafeUrl(value: unknown, allowLoopbackHttp: boolean): URL | undefined {
  // 8 KB is far above any real checkout or logo URL and stops data-sized junk early.
  if (typeof value !== 'string' || value.length > 8192) return undefined;
  let u: URL;
  try {
    u = new URL(value);
  } catch {
    return undefined;
  }
  if (u.username || u.password || !u.hostname) return undefined;
  return u.protocol === 'https:' ||
    (u.protocol === 'http:' && allowLoopbackHttp && isLoopbackHost(u.hostname))
    ? u
    : undefined;
}

/**
 * The normalised absolute URL if it is `https:` (or `http:` on a loopback host
 * when allowed) and carries no credentials; `undefined` for anything else
 * (`javascript:`, `data:`, relative, malformed). Used for checkout links and logos.
 */
export function safeUrl(value: unknown, opts: { allowLoopbackHttp: boolean }): string | undefined {
  return parseSafeUrl(value, opts.allowLoopbackHttp)?.href;
}
