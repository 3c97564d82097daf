// Custom headers an integrator sets on an endpoint (Svix-style), sent on every delivery: checked on
// save so that none can break the request's framing or impersonate our own headers.

export const MAX_CUSTOM_HEADERS = 20;
export const MAX_HEADER_NAME_LENGTH = 64;
export const MAX_HEADER_VALUE_LENGTH = 1024;
/** Names plus values, all headers together. */
export const MAX_CUSTOM_HEADERS_BYTES = 4096;

/** HTTP token characters (RFC 9110 §5.6.2). */
const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
/** Visible ASCII, space and tab inside; no CR, LF or other control characters. */
const VALUE = /^[\x21-\x7e]([\x20-\x7e\t]*[\x21-\x7e])?$/;

/** Set by the HTTP client or describing the connection and body framing (hop-by-hop), or our own headers. */
const RESERVED = new Set([
  'host',
  'content-length',
  'content-type',
  'content-encoding',
  'transfer-encoding',
  'connection',
  'keep-alive',
  'proxy-connection',
  'te',
  'trailer',
  'upgrade',
  'expect',
  'user-agent',
]);
const RESERVED_PREFIXES = ['x-pos-', 'webhook-', 'proxy-', 'sec-', ':'];

export interface HeaderProblem {
  code: 'header_invalid' | 'header_reserved' | 'headers_too_large';
  message: string;
  param: string;
}

/** Why these custom headers cannot be saved, or null. */
export function customHeadersProblem(headers: Record<string, string>): HeaderProblem | null {
  const entries = Object.entries(headers);
  if (entries.length > MAX_CUSTOM_HEADERS)
    return { code: 'headers_too_large', message: `At most ${MAX_CUSTOM_HEADERS} custom headers (got ${entries.length}).`, param: 'headers' };
  const seen = new Set<string>();
  let bytes = 0;
  for (const [name, value] of entries) {
    const param = `headers.${name}`;
    const lower = name.toLowerCase();
    if (!TOKEN.test(name) || name.length > MAX_HEADER_NAME_LENGTH) {
      return {
        code: 'header_invalid',
        message: `Header name "${name}" is not valid: 1–${MAX_HEADER_NAME_LENGTH} characters of letters, digits and !#$%&'*+.^_\`|~-.`,
        param,
      };
    }
    if (RESERVED.has(lower) || RESERVED_PREFIXES.some((prefix) => lower.startsWith(prefix))) {
      return {
        code: 'header_reserved',
        message: `Header "${name}" cannot be set: Host, Content-Length, Content-Type, Content-Encoding, Transfer-Encoding, Connection, Keep-Alive, TE, Trailer, Upgrade, Expect and User-Agent are set by the delivery itself, and names starting with X-Pos-, Webhook-, Proxy- or Sec- are reserved (signatures and event ids).`,
        param,
      };
    }
    if (seen.has(lower)) return { code: 'header_invalid', message: `Header "${name}" is given twice (names are case-insensitive).`, param };
    seen.add(lower);
    if (typeof value !== 'string' || value.length > MAX_HEADER_VALUE_LENGTH || !VALUE.test(value)) {
      return {
        code: 'header_invalid',
        message: `Header "${name}" needs a value of 1–${MAX_HEADER_VALUE_LENGTH} printable ASCII characters, without line breaks or leading/trailing spaces.`,
        param,
      };
    }
    bytes += name.length + value.length;
  }
  if (bytes > MAX_CUSTOM_HEADERS_BYTES)
    return {
      code: 'headers_too_large',
      message: `Custom headers may total ${MAX_CUSTOM_HEADERS_BYTES} bytes of names and values (got ${bytes}).`,
      param: 'headers',
    };
  return null;
}
