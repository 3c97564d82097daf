// One HTTP attempt of a webhook delivery with undici: a hard timeout, no redirects, a bounded
// response read, the SSRF guard on the address actually connected to, and a stable error class.
import { isIP } from 'node:net';
import { Agent, request } from 'undici';
import { BLOCKED_ADDRESS_CODE, checkWebhookUrl, explainRefusal, guardedLookup, isBlockedAddress, type LookupFn } from './address-guard';

export const RESPONSE_READ_LIMIT = 64 * 1024;
export const RESPONSE_STORE_LIMIT = 2 * 1024;

export type ErrorClass = 'timeout' | 'dns' | 'connection_refused' | 'connection_error' | 'tls' | 'http_status' | 'blocked_address';

export interface AttemptResult {
  ok: boolean;
  statusCode: number | null;
  durationMs: number;
  /** First 2 KB of the response body (UTF-8, lossy). */
  responseBody: string | null;
  errorClass: ErrorClass | null;
  errorMessage: string | null;
  /** Retry-After of a 429/503 answer, in ms. */
  retryAfterMs: number | null;
}

export interface SenderOptions {
  timeoutMs: number;
  allowPrivate: boolean;
  /** DNS lookup (tests simulate rebinding with it); defaults to dns.lookup. */
  lookup?: LookupFn;
}

export interface WebhookSender {
  send(url: string, headers: Record<string, string>, body: string): Promise<AttemptResult>;
  close(): Promise<void>;
}

/** Retry-After as delta-seconds or an HTTP date, in ms from now; null when absent or unreadable. */
export function parseRetryAfter(value: string | string[] | undefined, now = Date.now()): number | null {
  const text = Array.isArray(value) ? value[0] : value;
  if (!text) return null;
  if (/^\s*\d+\s*$/.test(text)) return Number(text) * 1000;
  const date = Date.parse(text);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

const TLS_CODES = new Set([
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'UNABLE_TO_GET_ISSUER_CERT',
  'CERT_UNTRUSTED',
  'EPROTO',
]);

/** Maps a thrown network error (possibly wrapped in `cause` or an AggregateError) to an error class. */
/**
 * What a non-2xx answer means for the manager reading the delivery log. 401/403 are retried on the
 * same schedule (a receiver may be mid-deploy), but they usually need a person: say so.
 */
export function describeStatus(status: number): string {
  if (status === 401 || status === 403) {
    return `receiver answered ${status}: the receiver rejects the signature or credentials (check that it verifies with this endpoint's current signing secret, and any authentication it requires)`;
  }
  return `receiver answered ${status}`;
}

export function classifyError(error: unknown): { errorClass: ErrorClass; message: string } {
  const seen: unknown[] = [];
  const queue: unknown[] = [error];
  while (queue.length > 0) {
    const e = queue.shift() as (Error & { code?: string; errors?: unknown[] }) | undefined;
    if (!e || seen.includes(e)) continue;
    seen.push(e);
    const code = e.code ?? '';
    const message = e.message || code;
    if (code === BLOCKED_ADDRESS_CODE) return { errorClass: 'blocked_address', message };
    if (e.name === 'TimeoutError' || e.name === 'AbortError' || /^UND_ERR_(HEADERS|BODY|CONNECT)_TIMEOUT$/.test(code) || code === 'ETIMEDOUT') {
      return { errorClass: 'timeout', message: 'no complete response within the timeout' };
    }
    if (['ENOTFOUND', 'EAI_AGAIN', 'EAI_NONAME', 'EAI_FAIL', 'EAI_NODATA'].includes(code)) return { errorClass: 'dns', message };
    if (code === 'ECONNREFUSED') return { errorClass: 'connection_refused', message };
    if (TLS_CODES.has(code) || code.startsWith('ERR_TLS') || code.startsWith('ERR_SSL') || code.startsWith('ERR_OSSL')) return { errorClass: 'tls', message };
    if (Array.isArray(e.errors)) queue.push(...e.errors);
    if (e.cause) queue.push(e.cause);
  }
  const top = error as Error & { code?: string };
  return { errorClass: 'connection_error', message: top?.message || top?.code || String(error) };
}

export function createSender(options: SenderOptions): WebhookSender {
  const agent = new Agent({
    connect: {
      timeout: options.timeoutMs,
      ...(options.allowPrivate ? (options.lookup ? { lookup: options.lookup } : {}) : { lookup: guardedLookup(options.lookup) }),
    },
    headersTimeout: options.timeoutMs,
    bodyTimeout: options.timeoutMs,
    keepAliveTimeout: 4_000,
    connections: 64,
  });

  return {
    async send(url, headers, body) {
      const started = performance.now();
      const elapsed = () => Math.round(performance.now() - started);
      const blockedReason = checkWebhookUrl(url, options.allowPrivate);
      const host = new URL(url).hostname.replace(/^\[|\]$/g, '');
      // net.connect skips `lookup` for IP literals, so check those here.
      if (blockedReason || (!options.allowPrivate && isIP(host) && isBlockedAddress(host))) {
        return {
          ok: false,
          statusCode: null,
          durationMs: elapsed(),
          responseBody: null,
          errorClass: 'blocked_address',
          errorMessage: explainRefusal(url, blockedReason ?? `non-public address ${host}`),
          retryAfterMs: null,
        };
      }
      const signal = AbortSignal.timeout(options.timeoutMs);
      try {
        const response = await request(url, { method: 'POST', headers, body, dispatcher: agent, signal });
        const chunks: Buffer[] = [];
        let read = 0;
        for await (const chunk of response.body) {
          const buffer = chunk as Buffer;
          chunks.push(buffer);
          read += buffer.length;
          if (read >= RESPONSE_READ_LIMIT) {
            response.body.destroy();
            break;
          }
        }
        const responseBody = Buffer.concat(chunks).subarray(0, RESPONSE_STORE_LIMIT).toString('utf8');
        const status = response.statusCode;
        const ok = status >= 200 && status < 300;
        return {
          ok,
          statusCode: status,
          durationMs: elapsed(),
          responseBody,
          errorClass: ok ? null : 'http_status',
          errorMessage: ok ? null : describeStatus(status),
          retryAfterMs: status === 429 || status === 503 ? parseRetryAfter(response.headers['retry-after']) : null,
        };
      } catch (error) {
        const { errorClass, message } = classifyError(signal.aborted ? signal.reason : error);
        return { ok: false, statusCode: null, durationMs: elapsed(), responseBody: null, errorClass, errorMessage: message, retryAfterMs: null };
      }
    },
    async close() {
      await agent.close();
    },
  };
}
