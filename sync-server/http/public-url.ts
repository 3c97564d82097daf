// The service's public base URL: where integrators reach the API. Thin webhook payloads link to
// objects under it, so a receiver can fetch them without knowing where the service lives.

/** What links use when POS_PUBLIC_URL is unset and the service is not listening (its default address). */
export const DEFAULT_PUBLIC_URL = 'http://127.0.0.1:8080';

/**
 * Checks a configured public URL: absolute http(s), no query, fragment or credentials; returned
 * without a trailing slash so paths can be appended (a path prefix such as /pos is kept).
 */
export function parsePublicUrl(text: string): string {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    throw new RangeError(`invalid POS_PUBLIC_URL "${text}" (expected an absolute URL such as https://pos.example.com)`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new RangeError(`POS_PUBLIC_URL must be http or https, not ${url.protocol}`);
  if (url.search || url.hash || url.username || url.password) throw new RangeError('POS_PUBLIC_URL takes no query, fragment or credentials');
  return `${url.origin}${url.pathname}`.replace(/\/+$/, '');
}

/**
 * The configured public URL, or else the address the service listens on (a wildcard host becomes
 * 127.0.0.1), or else DEFAULT_PUBLIC_URL: right on one machine, and a clear hint to set it otherwise.
 */
export function publicBaseUrl(configured: string | undefined, listening: { host: string; port: number } | null): string {
  if (configured) return configured;
  if (!listening) return DEFAULT_PUBLIC_URL;
  const host = listening.host === '0.0.0.0' || listening.host === '::' || listening.host === '' ? '127.0.0.1' : listening.host;
  return `http://${host.includes(':') ? `[${host}]` : host}:${listening.port}`;
}
