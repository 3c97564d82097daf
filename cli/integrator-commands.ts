// Integrator tools that talk to a running service over its public API, like `stripe listen` and
// `stripe trigger`: `webhooks listen` (a temporary endpoint whose deliveries are printed, verified and
// optionally forwarded) and `events trigger TYPE` (creates the real objects that produce an event).
// They authenticate with an API key (--api-key or POS_API_KEY) created in the back office; the service
// URL is --url, POS_URL, or the one the service recorded in the data dir (service.json).
import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Command } from 'commander';
import { serviceHolding } from '../sync-server/storage/data-dir-lock';
import { globalOptions, type GlobalOptions } from '../sync-server/cli/context';

interface Access {
  url: string;
  key: string;
}

interface Flags {
  url?: string;
  apiKey?: string;
}

function accessFor(options: GlobalOptions, flags: Flags): Access {
  const key = flags.apiKey ?? process.env.POS_API_KEY;
  if (!key) {
    throw new Error(
      'an API key is needed: pass --api-key pos_live_… or set POS_API_KEY (create one in the back office: Settings → Integrations → New API key)',
    );
  }
  const url = flags.url ?? process.env.POS_URL ?? serviceHolding(options.dataDir)?.url ?? 'http://127.0.0.1:8080';
  return { url: url.replace(/\/+$/, ''), key };
}

/** One API v1 call; a non-2xx answer becomes an error carrying the API's own message. */
async function callApi<T>(access: Access, method: string, path: string, body?: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(`${access.url}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${access.key}`,
        ...(method === 'GET' ? {} : { 'idempotency-key': randomUUID() }),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  } catch (error) {
    throw new Error(
      `cannot reach the service at ${access.url} (${error instanceof Error ? error.message : String(error)}); is it running? (npm start, or --url)`,
      { cause: error },
    );
  }
  const text = await response.text();
  if (!response.ok) {
    let message = text;
    try {
      message = (JSON.parse(text) as { error: { message: string } }).error.message;
    } catch {
      // Not the API's error shape: show the body as is.
    }
    throw new Error(`${method} ${path} → ${response.status}: ${message}`);
  }
  return (text ? JSON.parse(text) : null) as T;
}

/** The seed's X-Pos-Signature check (any v1 may match: rotated secrets sign twice). */
export function verifyPosSignature(rawBody: string, header: string | undefined, secret: string, nowSeconds = Date.now() / 1000): boolean {
  const t = /t=(\d+)/.exec(header ?? '')?.[1];
  if (!t || Math.abs(nowSeconds - Number(t)) > 300) return false;
  const expected = createHmac('sha256', secret).update(`${t}.${rawBody}`).digest();
  return [...(header ?? '').matchAll(/v1=([0-9a-f]+)/g)].some(([, hex]) => {
    const actual = Buffer.from(hex!, 'hex');
    return actual.length === expected.length && timingSafeEqual(actual, expected);
  });
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Forwards a delivery as received (body and signature headers) and returns the target's status. */
async function forward(target: string, request: IncomingMessage, body: string): Promise<{ status: number | null; error?: string }> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) {
    if (typeof value === 'string' && (name.startsWith('x-pos-') || name.startsWith('webhook-') || name === 'content-type' || name === 'user-agent'))
      headers[name] = value;
  }
  try {
    const response = await fetch(target, { method: 'POST', headers, body, signal: AbortSignal.timeout(10_000) });
    await response.arrayBuffer();
    return { status: response.status };
  } catch (error) {
    return { status: null, error: error instanceof Error ? error.message : String(error) };
  }
}

interface ListenFlags extends Flags {
  events: string;
  forwardTo?: string;
}

async function listen(options: GlobalOptions, flags: ListenFlags): Promise<void> {
  const access = accessFor(options, flags);
  const events = flags.events
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean);
  const print = (data: Record<string, unknown>, human: string) => process.stdout.write(options.json ? `${JSON.stringify(data)}\n` : `${human}\n`);
  let secret = '';
  const receiver = createServer((request, response) => {
    void (async () => {
      const body = await readBody(request);
      const arrived = Date.now();
      let event: { id?: string; type?: string; created_at?: string } = {};
      try {
        event = JSON.parse(body) as typeof event;
      } catch {
        // Printed as "?" below; the signature line still tells whether it came from the service.
      }
      const verified = verifyPosSignature(body, request.headers['x-pos-signature'] as string | undefined, secret);
      const latencyMs = event.created_at ? arrived - Date.parse(event.created_at) : null;
      const forwarded = flags.forwardTo ? await forward(flags.forwardTo, request, body) : null;
      print(
        {
          type: event.type ?? null,
          id: event.id ?? null,
          delivery_id: request.headers['x-pos-delivery-id'] ?? null,
          verified,
          latency_ms: latencyMs,
          forwarded,
        },
        `${new Date(arrived).toISOString()}  ${event.type ?? '?'}  ${event.id ?? '?'}  signature ${verified ? '✓' : '✗'}  latency ${latencyMs ?? '?'} ms` +
          (forwarded ? `  → ${flags.forwardTo} ${forwarded.status ?? `failed: ${forwarded.error}`}` : ''),
      );
      // The service sees what the forward target answered (a failing handler gets retried), else 200.
      const status = forwarded ? (forwarded.status ?? 502) : 200;
      response.writeHead(status, { 'content-type': 'application/json' }).end('{"received":true}');
    })();
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  const receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/`;
  let endpoint: { id: string; secret: string };
  try {
    endpoint = await callApi(access, 'POST', '/api/v1/webhooks', {
      name: `webhooks listen (temporary, pid ${process.pid})`,
      url: receiverUrl,
      subscribed_events: events,
    });
  } catch (error) {
    receiver.close();
    throw error;
  }
  secret = endpoint.secret;
  print(
    { ready: true, endpoint_id: endpoint.id, receiver: receiverUrl, events, secret },
    `Ready. Endpoint ${endpoint.id} on ${access.url} sends ${events.join(', ')} to ${receiverUrl}${flags.forwardTo ? ` (forwarded to ${flags.forwardTo})` : ''}.\n` +
      `Signing secret: ${secret}\nPress Ctrl+C to stop (the endpoint is removed).`,
  );
  await new Promise<void>((resolve) => {
    const stop = () => {
      callApi(access, 'DELETE', `/api/v1/webhooks/${endpoint.id}`)
        .then(
          () => process.stderr.write(`removed endpoint ${endpoint.id}\n`),
          (error: unknown) => process.stderr.write(`could not remove endpoint ${endpoint.id}: ${error instanceof Error ? error.message : String(error)}\n`),
        )
        .finally(() => {
          receiver.closeAllConnections();
          receiver.close(() => resolve());
        });
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}

interface ApiOrder {
  id: string;
  totals: { balance_due: number; amount_paid: number };
  payments: { id: string }[];
}

/** What each triggerable type needs: an API order, then optionally a payment and a refund. */
const TRIGGERS: Record<string, { pay: boolean; refund: boolean }> = {
  'order.created': { pay: false, refund: false },
  'order.paid': { pay: true, refund: false },
  'payment.succeeded': { pay: true, refund: false },
  'order.refunded': { pay: true, refund: true },
};

async function trigger(options: GlobalOptions, type: string, flags: Flags & { location?: string }): Promise<void> {
  const plan = TRIGGERS[type];
  if (!plan) throw new Error(`cannot trigger "${type}"; supported: ${Object.keys(TRIGGERS).join(', ')}`);
  const access = accessFor(options, flags);
  const locations = await callApi<{ data: { id: string }[] }>(access, 'GET', '/api/v1/locations');
  const locationId = flags.location ?? locations.data[0]?.id;
  if (!locationId) throw new Error('the API key sees no location');
  const products = await callApi<{ data: { id: string; active?: boolean; modifier_groups?: unknown[] }[] }>(
    access,
    'GET',
    `/api/v1/products?location_id=${encodeURIComponent(locationId)}&limit=100`,
  );
  // A product with no modifier groups sells without choices (a required "size" would refuse the order).
  const product = products.data.find((p) => p.active !== false && (p.modifier_groups ?? []).length === 0);
  if (!product) throw new Error(`location ${locationId} has no active product without modifiers to sell (see --location)`);
  let order = await callApi<ApiOrder>(access, 'POST', '/api/v1/orders', {
    location_id: locationId,
    items: [{ product_id: product.id, quantity: 1 }],
    external_ref: `events trigger ${type}`,
  });
  const created: Record<string, string> = { order: order.id };
  if (plan.pay) {
    // The payment POST answers with the whole order; the new payment is its last one.
    order = await callApi<ApiOrder>(access, 'POST', `/api/v1/orders/${order.id}/payments`, {
      amount: order.totals.balance_due,
      method: 'external',
      reference: 'events trigger',
    });
    created.payment = order.payments.at(-1)?.id ?? '?';
  }
  if (plan.refund) {
    const refund = await callApi<{ id: string }>(access, 'POST', `/api/v1/orders/${order.id}/refunds`, { reason: 'events trigger' });
    created.refund = refund.id;
  }
  process.stdout.write(
    options.json
      ? `${JSON.stringify({ type, ...created })}\n`
      : `triggered ${type}: ${Object.entries(created)
          .map(([k, v]) => `${k} ${v}`)
          .join(', ')}\n`,
  );
}

const addAccessOptions = (command: Command): Command =>
  command
    .option('--url <url>', 'the running service (env POS_URL; default: the service holding --data-dir, else http://127.0.0.1:8080)')
    .option('--api-key <key>', 'an API v1 key (env POS_API_KEY)');

export function registerIntegratorCommands(program: Command): void {
  const webhooks = program.command('webhooks').description('webhooks of a running service');
  addAccessOptions(
    webhooks
      .command('listen')
      .description('register a temporary endpoint, print each delivery (type, id, signature ✓/✗, latency), optionally forward it; removed on Ctrl+C')
      .option('--events <types>', 'comma-separated types, prefix wildcards (order.*) or *', '*')
      .option('--forward-to <url>', 'POST each delivery (same body and signature headers) to this URL too'),
  ).action(async (flags: ListenFlags, command: Command) => listen(globalOptions(command), flags));

  addAccessOptions(
    program
      .command('events')
      .description('events of a running service')
      .command('trigger <type>')
      .description(`create the real objects that produce an event (${Object.keys(TRIGGERS).join(', ')})`)
      .option('--location <id>', 'location to sell at (default: the first the key sees)'),
  ).action(async (type: string, flags: Flags & { location?: string }, command: Command) => trigger(globalOptions(command), type, flags));
}
