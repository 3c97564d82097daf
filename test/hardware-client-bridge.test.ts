// The bridge client (renderer/hardware/hardware-client.ts) calling the bridge over real HTTP against a
// loopback server that speaks the bridge's wire format, so fetch, headers, status codes and errors are
// real. Its push events over a real WebSocket are in hardware-client-events.test.ts.
import { describe, expect, it } from 'vitest';
import { FakeBridge, TOKEN, useFakeBridge } from './fake-hardware-bridge';

describe('bridge client over real HTTP', () => {
  const t = useFakeBridge();
  const client = t.client;

  it('posts the args as JSON to /rpc/<channel> with the bearer token and returns the value', async () => {
    const c = client(`${t.bridge.url}//`, TOKEN); // trailing slashes are dropped; default global fetch
    const r = await c.send('printer:status', {});
    expect(r).toEqual({ ok: true, value: { online: true, paperOut: false, paperNearEnd: true, coverOpen: false, drawerOpen: null } });
    expect(t.bridge.rpcs).toEqual([{ channel: 'printer:status', authorization: `Bearer ${TOKEN}`, contentType: 'application/json', body: {} }]);
  });

  it('sends omitted args as an empty object', async () => {
    const c = client(t.bridge.url, TOKEN);
    // IPC callers may omit args for channels without any; the bridge must still get a JSON object.
    await c.send('printer:status', undefined as never);
    expect(t.bridge.rpcs[0]?.body).toEqual({});
  });

  it('returns the AppError the bridge answers with, details included', async () => {
    const c = client(t.bridge.url, TOKEN);
    expect(await c.send('drawer:open', {})).toEqual({
      ok: false,
      error: { code: 'printer_offline', message: 'printer at tcp://10.0.0.5:9100 is offline', details: { uri: 'tcp://10.0.0.5:9100' } },
    });
  });

  it('a wrong token comes back as the 401 unauthorized error value', async () => {
    const c = client(t.bridge.url, 'not-the-token');
    expect(await c.send('printer:status', {})).toEqual({ ok: false, error: { code: 'unauthorized', message: 'missing or wrong hardware bridge token' } });
    expect(t.bridge.rpcs[0]?.authorization).toBe('Bearer not-the-token');
  });

  it('maps non-JSON and foreign bodies to protocol_error with the status', async () => {
    const c = client(t.bridge.url, TOKEN);
    expect(await c.send('scanner:status', {})).toEqual({ ok: false, error: { code: 'protocol_error', message: 'hardware bridge answered 502 without JSON' } });
    expect(await c.send('display:show', { kind: 'clear' } as never)).toEqual({
      ok: false,
      error: { code: 'protocol_error', message: 'hardware bridge answered 500 with an unexpected body' },
    });
  });

  it('a bridge that is not listening is bridge_unreachable, not a throw', async () => {
    const url = t.bridge.url;
    await t.bridge.close();
    t.bridge = await new FakeBridge().listen(); // afterEach closes this one
    const r = await client(url, TOKEN).send('printer:status', {});
    expect(r).toMatchObject({ ok: false, error: { code: 'bridge_unreachable' } });
    expect(!r.ok && r.error.message).toMatch(/^hardware bridge unreachable: /);
  });

  it('a fetch that rejects with a non-Error still yields bridge_unreachable with its text', async () => {
    const c = client(t.bridge.url, TOKEN, {
      fetch: () => Promise.reject('offline'), // some polyfills reject with strings
    });
    expect(await c.send('printer:status', {})).toEqual({ ok: false, error: { code: 'bridge_unreachable', message: 'hardware bridge unreachable: offline' } });
  });
});
