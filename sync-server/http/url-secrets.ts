// Credentials never belong in a URL: proxies, browser history and access logs keep URLs. A request
// that carries one in its query is refused (the key is then exposed and should be rolled), and
// every URL the service logs has secret-looking query values replaced.
import type { FastifyInstance } from 'fastify';
import { ApiError } from './api-error';

/** Query parameter names that carry credentials by convention. */
const SECRET_PARAM = /^(?:api[_-]?key|key|access[_-]?token|token|auth|authorization|password|secret|session|csrf|signature|sig)$/i;
/** Values that look like one of our credentials, whatever the parameter is called. */
const OUR_CREDENTIAL = /pos_(?:live|test|dev)_[0-9A-Za-z]{8,}|whsec_[0-9A-Za-z+/=]{8,}/;

function splitQuery(url: string): [string, string | null] {
  const at = url.indexOf('?');
  return at < 0 ? [url, null] : [url.slice(0, at), url.slice(at + 1)];
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}

function isSecret(name: string, value: string): boolean {
  return SECRET_PARAM.test(decode(name)) || OUR_CREDENTIAL.test(decode(value));
}

/** The URL with every secret query value replaced by `[REDACTED]` (names and order kept). */
export function redactUrl(url: string): string {
  const [path, query] = splitQuery(url);
  if (query === null) return OUR_CREDENTIAL.test(decode(path)) ? '[REDACTED: credential in path]' : url;
  const parts = query.split('&').map((pair) => {
    const eq = pair.indexOf('=');
    const name = eq < 0 ? pair : pair.slice(0, eq);
    const value = eq < 0 ? '' : pair.slice(eq + 1);
    return isSecret(name, value) ? `${name}=[REDACTED]` : pair;
  });
  return `${OUR_CREDENTIAL.test(decode(path)) ? '[REDACTED: credential in path]' : path}?${parts.join('&')}`;
}

/** The name of the first query parameter that carries a credential, or null. */
export function credentialInUrl(url: string): string | null {
  const [path, query] = splitQuery(url);
  if (OUR_CREDENTIAL.test(decode(path))) return 'path';
  for (const pair of query?.split('&') ?? []) {
    const eq = pair.indexOf('=');
    const name = eq < 0 ? pair : pair.slice(0, eq);
    const value = eq < 0 ? '' : pair.slice(eq + 1);
    if (value !== '' && isSecret(name, value)) return decode(name);
  }
  return null;
}

/** The pino request serializer: what a log line says about a request, secrets left out. */
export function serializeRequest(request: { method: string; url: string; id: string; hostname?: string; ip?: string }): Record<string, unknown> {
  return { method: request.method, url: redactUrl(request.url), id: request.id, hostname: request.hostname, remoteAddress: request.ip };
}

export function registerUrlSecretGuard(app: FastifyInstance): void {
  app.addHook('onRequest', async (request) => {
    const param = credentialInUrl(request.url);
    if (param === null) return;
    request.log.warn({ param }, 'request refused: credential in the URL');
    throw new ApiError(
      'invalid_request',
      'credentials_in_url',
      `Credentials are not accepted in the URL (found in "${param}"): send them in the Authorization header. URLs end up in logs and proxies, so treat this credential as exposed and roll it.`,
      { param },
    );
  });
}
