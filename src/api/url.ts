/**
 * True for hostnames that can only reach this machine. Plain `http:` is
 * tolerated there so a local sandbox works without certificates.
 */
export function isLoopbackHost(hostname: string): boolean {
  const h = hostname.toLowerCase().replace(/\.$/, '');
  return (
    /^((.*\.)?localhost|\[::1]|::1)$/.test(h) ||
    (/^127(\.\d{1,3}){3}$/.test(h) && h.split('.').every((n) => +n < 256))
  );
}

/** Whether `url` is absolute and names a loopback host; false when it does not parse. */
export function isLoopbackUrl(url: string): boolean {
  try {
    return isLoopbackHost(new URL(url).hostname);
  } catch {
    return false;
  }
}

/** The parsed URL when it is safe to call, link to or render; undefined otherwise. */
export function parseSafeUrl(value: unknown, allowLoopbackHttp?: boolean): URL | undefined {
  try {
    // 8 KB is far above any real checkout or logo URL and stops data-sized junk early.
    const u = new URL(typeof value == 'string' && value.length <= 8192 ? value : '');
    if (
      !(u.username + u.password) &&
      (u.protocol == 'https:' ||
        (allowLoopbackHttp && u.protocol == 'http:' && isLoopbackHost(u.hostname)))
    )
      return u;
  } catch {
    // Not a URL.
  }
}

/**
 * The normalised absolute URL if it is `https:` (or `http:` on a loopback host
 * when allowed) and carries no credentials; `undefined` for anything else
 * (`javascript:`, `data:`, relative, malformed). Used for checkout links and logos.
 */
export function safeUrl(value: unknown, opts: { allowLoopbackHttp: boolean }): string | undefined {
  return parseSafeUrl(value, opts.allowLoopbackHttp)?.href;
}
