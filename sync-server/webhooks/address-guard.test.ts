// SSRF guard: which addresses and URLs are refused, and the delivery-time check on the address the
// socket actually connects to (a name that resolved publicly at create time may resolve privately later).
import type { LookupAddress } from 'node:dns';
import { readFileSync } from 'node:fs';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { checkResolvedHost, checkWebhookUrl, guardedLookup, isBlockedAddress, type LookupFn } from './address-guard';
import { createSender, type WebhookSender } from './webhook-sender';
import { startReceiver, type Receiver } from './webhooks-test-support';

/** A DNS stand-in: every name resolves to `address` (what a rebinding attacker's DNS would answer). */
const fakeDns = (address: string, family = 4): LookupFn =>
  ((_host: string, _options: unknown, callback: (error: null, addresses: LookupAddress[]) => void) =>
    callback(null, [{ address, family }])) as unknown as LookupFn;

describe('address guard', () => {
  it('blocks loopback, private, link-local, CGNAT, metadata, ULA, mapped and reserved addresses', () => {
    for (const ip of [
      '127.0.0.1',
      '127.9.9.9',
      '10.0.0.1',
      '172.16.0.1',
      '172.31.255.255',
      '192.168.0.1',
      '169.254.169.254',
      '100.64.0.1',
      '100.100.100.200',
      '0.0.0.0',
      '255.255.255.255',
      '224.0.0.1',
      '::1',
      '::',
      'fe80::1',
      'fd00:ec2::254',
      'fc00::1',
      '::ffff:127.0.0.1',
      '::ffff:8.8.8.8',
      '64:ff9b::a00:1',
      'ff02::1',
      'not-an-ip',
    ]) {
      expect(isBlockedAddress(ip), ip).toBe(true);
    }
    for (const ip of ['8.8.8.8', '93.184.216.34', '172.32.0.1', '100.128.0.1', '2606:4700:4700::1111', '2a00:1450:4001:81b::200e']) {
      expect(isBlockedAddress(ip), ip).toBe(false);
    }
  });

  it('blocks every IPv6 transition form that can carry a private IPv4 (mapped, translated, compatible, NAT64, 6to4, Teredo) and non-global IPv6', () => {
    const forms = [
      '::ffff:0:7f00:1', // IPv4-translated 127.0.0.1 (RFC 2765), the form that got through
      '::ffff:0:a00:1', // translated 10.0.0.1
      '::ffff:0:808:808', // translated, even of a public address: never a real receiver
      '::7f00:1', // IPv4-compatible
      '::ffff:7f00:1', // mapped
      '64:ff9b::7f00:1', // NAT64 well-known prefix
      '64:ff9b:1::a00:1', // NAT64 local-use prefix
      '2002:7f00:1::1', // 6to4 of 127.0.0.1
      '2002:a00:1::', // 6to4 of 10.0.0.1
      '2001:0:4136:e378:8000:63bf:80ff:fffe', // Teredo (client 127.0.0.1 obfuscated)
      '2001:2::1', // benchmarking
      '2001:10::1', // ORCHID
      '3fff::1', // documentation (RFC 9637)
      '5f00::1', // SRv6 SIDs
      '1::1', // outside 2000::/3: not global unicast
      '4000::1',
    ];
    for (const ip of forms) expect(isBlockedAddress(ip), ip).toBe(true);
    for (const url of [
      'https://[::ffff:0:7f00:1]/',
      'https://[64:ff9b::127.0.0.1]/',
      'https://[2002:7f00:1::1]/',
      'https://[2001:0:4136:e378:8000:63bf:80ff:fffe]/',
      'https://[::ffff:127.0.0.1]/',
    ]) {
      expect(checkWebhookUrl(url, false), url).toEqual(expect.stringContaining('non-public'));
    }
  });

  it('accepts public https URLs and refuses the rest unless private addresses are allowed', () => {
    expect(checkWebhookUrl('https://stock.example.com/anywhere-webhook', false)).toBeNull();
    expect(checkWebhookUrl('https://8.8.8.8/x', false)).toBeNull();
    for (const url of [
      'http://stock.example.com/',
      'ftp://stock.example.com/',
      'https://127.0.0.1/',
      'https://[::1]/',
      'https://localhost/',
      'https://a.localhost/',
      'https://box/',
      'https://u:p@stock.example.com/',
      'https://stock.example.com/#x',
      'nonsense',
    ]) {
      expect(checkWebhookUrl(url, false), url).toEqual(expect.any(String));
    }
    expect(checkWebhookUrl('http://127.0.0.1:8080/hook', true)).toBeNull();
    expect(checkWebhookUrl('ftp://127.0.0.1/', true)).toEqual(expect.any(String));
  });

  it('checks the resolved addresses of a name when an endpoint is saved', async () => {
    expect(await checkResolvedHost('evil.example.com', fakeDns('10.0.0.8'))).toMatch(/non-public address \(10\.0\.0\.8\)/);
    expect(await checkResolvedHost('good.example.com', fakeDns('93.184.216.34'))).toBeNull();
    expect(await checkResolvedHost('localhost')).toMatch(/non-public/); // the real resolver
  });

  it('the connect-time lookup refuses a private answer and passes a public one', async () => {
    const run = (lookup: LookupFn, all: boolean) =>
      new Promise<unknown[]>((resolve) => guardedLookup(lookup)('host.example.com', { all }, (...args: unknown[]) => resolve(args)));
    const [error] = await run(fakeDns('192.168.1.10'), false);
    expect(error).toMatchObject({ code: 'ERR_WEBHOOK_BLOCKED_ADDRESS' });
    expect(await run(fakeDns('93.184.216.34'), false)).toEqual([null, '93.184.216.34', 4]);
    expect(await run(fakeDns('2606:4700::1', 6), true)).toEqual([null, [{ address: '2606:4700::1', family: 6 }]]);
  });
});

describe('delivery-time checks and error classes', () => {
  let receiver: Receiver | null = null;
  let sender: WebhookSender | null = null;
  afterEach(async () => {
    await receiver?.close();
    await sender?.close();
    receiver = null;
    sender = null;
  });

  it('refuses to connect when the name now resolves to a private address (DNS rebinding), sending nothing', async () => {
    receiver = await startReceiver();
    const port = new URL(receiver.url).port;
    sender = createSender({ timeoutMs: 2000, allowPrivate: false, lookup: fakeDns('127.0.0.1') });
    const result = await sender.send(`https://rebind.example.com:${port}/hook`, { 'content-type': 'application/json' }, '{}');
    expect(result).toMatchObject({ ok: false, errorClass: 'blocked_address', statusCode: null });
    expect(receiver.requests).toHaveLength(0);
  });

  it('refuses an IP literal that is not public (no DNS involved) and http URLs', async () => {
    receiver = await startReceiver();
    sender = createSender({ timeoutMs: 2000, allowPrivate: false });
    expect((await sender.send(receiver.url.replace('http:', 'https:'), {}, '{}')).errorClass).toBe('blocked_address');
    expect((await sender.send(receiver.url, {}, '{}')).errorClass).toBe('blocked_address');
    expect(receiver.requests).toHaveLength(0);
  });

  it('classifies a bad certificate as tls and an unknown name as dns; never follows redirects; reads at most 64 KB', async () => {
    const tls = createHttpsServer(
      {
        key: readFileSync(new URL('../../test/fixtures/self-signed-key.pem', import.meta.url)),
        cert: readFileSync(new URL('../../test/fixtures/self-signed-cert.pem', import.meta.url)),
      },
      (_req, res) => res.end('ok'),
    );
    await new Promise<void>((resolve) => tls.listen(0, '127.0.0.1', resolve));
    try {
      sender = createSender({ timeoutMs: 2000, allowPrivate: true });
      const bad = await sender.send(`https://127.0.0.1:${(tls.address() as AddressInfo).port}/`, {}, '{}');
      expect(bad.errorClass).toBe('tls');
      const dns = await sender.send('http://no-such-host.invalid/', {}, '{}');
      expect(dns.errorClass).toBe('dns');
    } finally {
      tls.closeAllConnections();
      await new Promise((resolve) => tls.close(resolve));
    }
    let hits = 0;
    receiver = await startReceiver((req) => {
      hits++;
      return req.path === '/hook' ? { status: 302, headers: { location: '/elsewhere' } } : { status: 200 };
    });
    const redirected = await sender.send(receiver.url, {}, '{}');
    expect(redirected).toMatchObject({ ok: false, statusCode: 302, errorClass: 'http_status' });
    expect(hits).toBe(1);
    receiver.reply = () => ({ status: 200, body: 'y'.repeat(1024 * 1024) });
    const big = await sender.send(receiver.url, {}, '{}');
    expect(big.ok).toBe(true);
    expect(big.responseBody).toHaveLength(2048);
  });
});
