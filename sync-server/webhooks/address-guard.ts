// SSRF guard (SPEC §5.5): webhook URLs must be https and must not reach loopback, private,
// link-local, CGNAT, metadata or other non-public addresses — checked when an endpoint is saved and
// again on the address actually connected to at delivery time (DNS can change in between).
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { BlockList, isIP } from 'node:net';

// Two lists: a BlockList also matches IPv4 addresses against IPv6 rules through their mapped form,
// and the IPv6 list blocks every mapped address.
const blockedV4 = new BlockList();
const blockedV6 = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8], // "this network"
  ['10.0.0.0', 8],
  ['100.64.0.0', 10], // CGNAT (also Alibaba's metadata 100.100.100.200)
  ['127.0.0.0', 8],
  ['169.254.0.0', 16], // link-local, cloud metadata 169.254.169.254
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.88.99.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved + broadcast
] as const)
  blockedV4.addSubnet(net, prefix, 'ipv4');
for (const [net, prefix] of [
  ['::', 128], // unspecified
  ['::1', 128],
  ['::', 96], // IPv4-compatible (deprecated)
  ['::ffff:0:0', 96], // IPv4-mapped: never needed for a public receiver
  ['::ffff:0:0:0', 96], // IPv4-translated (RFC 2765): embeds any IPv4, loopback included
  ['64:ff9b::', 96], // NAT64 can embed private IPv4
  ['64:ff9b:1::', 48],
  ['100::', 64], // discard
  ['2001::', 32], // Teredo: embeds the client's IPv4 (obfuscated) and the server's
  ['2001:2::', 48], // benchmarking
  ['2001:10::', 28], // ORCHID
  ['2001:20::', 28], // ORCHIDv2
  ['2001:db8::', 32], // documentation
  ['2002::', 16], // 6to4 can embed private IPv4
  ['3fff::', 20], // documentation (RFC 9637)
  ['5f00::', 16], // SRv6 segment identifiers
  ['fc00::', 7], // unique local (AWS metadata fd00:ec2::254 is here)
  ['fe80::', 10], // link-local
  ['fec0::', 10], // site-local (deprecated)
  ['ff00::', 8], // multicast
] as const)
  blockedV6.addSubnet(net, prefix, 'ipv6');

// Backstop: only 2000::/3 is global unicast; anything outside it (future transition forms in ::/8,
// unassigned space) is never a public receiver.
const globalV6 = new BlockList();
globalV6.addSubnet('2000::', 3, 'ipv6');

const BLOCKED_NAMES = /(^|\.)(localhost|local|internal|localdomain|home\.arpa)\.?$/i;

export const BLOCKED_ADDRESS_CODE = 'ERR_WEBHOOK_BLOCKED_ADDRESS';

/** True when `ip` (v4 or v6 literal) is not a public unicast address. */
export function isBlockedAddress(ip: string): boolean {
  const family = isIP(ip);
  if (family === 0) return true;
  return family === 4 ? blockedV4.check(ip, 'ipv4') : blockedV6.check(ip, 'ipv6') || !globalV6.check(ip, 'ipv6');
}

export class BlockedAddressError extends Error {
  readonly code = BLOCKED_ADDRESS_CODE;
}

/** Strips the brackets of an IPv6 URL host. */
function bareHost(hostname: string): string {
  return hostname.startsWith('[') && hostname.endsWith(']') ? hostname.slice(1, -1) : hostname;
}

/** Checks a URL's shape and (when the host is a literal or a reserved name) its address. Returns a reason, or null when fine. */
export function checkWebhookUrl(text: string, allowPrivate: boolean): string | null {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return 'url must be an absolute URL';
  }
  if (url.protocol !== 'https:' && !(allowPrivate && url.protocol === 'http:')) return 'url must use https';
  if (url.username || url.password) return 'url must not contain credentials';
  if (url.hash) return 'url must not contain a fragment';
  if (allowPrivate) return null;
  const host = bareHost(url.hostname);
  if (isIP(host)) return isBlockedAddress(host) ? `url points at a non-public address (${host})` : null;
  if (BLOCKED_NAMES.test(host) || !host.includes('.')) return `url host "${host}" is not a public name`;
  return null;
}

/**
 * What to tell someone whose URL was refused for being http or non-public: the setting that allows it
 * exists, but only for development and tests. Refusals that the setting would not change get no hint.
 */
export const ALLOW_PRIVATE_HINT =
  'http and loopback/private receivers are allowed only in development: start the service with POS_WEBHOOK_ALLOW_PRIVATE=1 (npm start does this for its demo)';

/** The reason with the POS_WEBHOOK_ALLOW_PRIVATE hint when the setting would have allowed the URL. */
export function explainRefusal(url: string, reason: string): string {
  return checkWebhookUrl(url, true) === null ? `${reason}; ${ALLOW_PRIVATE_HINT}` : reason;
}

export type LookupFn = typeof dnsLookup;

/** Resolves `hostname` and fails when any address is non-public. Used when an endpoint is saved; unresolvable names pass (delivery re-checks). */
export async function checkResolvedHost(hostname: string, lookup: LookupFn = dnsLookup, timeoutMs = 3000): Promise<string | null> {
  const host = bareHost(hostname);
  if (isIP(host)) return isBlockedAddress(host) ? `url points at a non-public address (${host})` : null;
  const addresses = await new Promise<LookupAddress[]>((resolve) => {
    const timer = setTimeout(() => resolve([]), timeoutMs);
    lookup(host, { all: true }, (error, result) => {
      clearTimeout(timer);
      resolve(error ? [] : (result as LookupAddress[]));
    });
  });
  const bad = addresses.find((a) => isBlockedAddress(a.address));
  return bad ? `url host "${host}" resolves to a non-public address (${bad.address})` : null;
}

/**
 * A `lookup` for net/tls connect options: resolves like dns.lookup and refuses when any address is
 * non-public, so the socket connects only to an address that passed the check (no rebinding window).
 */
export function guardedLookup(lookup: LookupFn = dnsLookup) {
  return (hostname: string, options: { all?: boolean; family?: number | string }, callback: (...args: unknown[]) => void): void => {
    lookup(hostname, { ...options, all: true } as never, (error: NodeJS.ErrnoException | null, result: unknown) => {
      if (error) return callback(error);
      const addresses = result as LookupAddress[];
      const bad = addresses.find((a) => isBlockedAddress(a.address));
      if (bad) return callback(new BlockedAddressError(`${hostname} resolves to a non-public address (${bad.address}); ${ALLOW_PRIVATE_HINT}`));
      if (addresses.length === 0) return callback(Object.assign(new Error(`no addresses for ${hostname}`), { code: 'ENOTFOUND' }));
      if (options.all) return callback(null, addresses);
      return callback(null, addresses[0]!.address, addresses[0]!.family);
    });
  };
}
