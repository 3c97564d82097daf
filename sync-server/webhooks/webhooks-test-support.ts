// Shared pieces of the webhook tests: a real HTTP receiver on 127.0.0.1 (port 0) that records raw
// requests, and a dispatcher wired with a short retry policy.
import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Database } from '../storage/database';
import { createSecretBox, type SecretBox } from './secret-box';
import { WebhookDispatcher, type DeliveryPolicy } from './webhook-dispatcher';
import { createSender, type SenderOptions, type WebhookSender } from './webhook-sender';

export interface ReceivedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  rawBody: Buffer;
  receivedAt: number;
}

/** What the receiver answers: a status (+ headers/body), or 'hang' to never answer. */
export type Reply = { status: number; headers?: Record<string, string>; body?: string; delayMs?: number } | 'hang';

export interface Receiver {
  url: string;
  requests: ReceivedRequest[];
  reply: (request: ReceivedRequest, index: number) => Reply;
  /** Resolves once `count` requests have arrived (rejects after `timeoutMs`). */
  waitFor(count: number, timeoutMs?: number): Promise<ReceivedRequest[]>;
  close(): Promise<void>;
}

export async function startReceiver(reply: Receiver['reply'] = () => ({ status: 200, body: 'ok' })): Promise<Receiver> {
  const hanging = new Set<ServerResponse>();
  const waiters: { count: number; resolve: () => void }[] = [];
  const receiver: Receiver = {
    url: '',
    requests: [],
    reply,
    async waitFor(count, timeoutMs = 10_000) {
      if (receiver.requests.length >= count) return receiver.requests;
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`receiver got ${receiver.requests.length} of ${count} requests`)), timeoutMs);
        waiters.push({ count, resolve: () => (clearTimeout(timer), resolve()) });
      });
      return receiver.requests;
    },
    async close() {
      for (const res of hanging) res.destroy();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const request: ReceivedRequest = { method: req.method ?? '', path: req.url ?? '', headers: req.headers, rawBody: Buffer.concat(chunks), receivedAt: Date.now() };
      const index = receiver.requests.push(request) - 1;
      for (const waiter of waiters.filter((w) => receiver.requests.length >= w.count)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve();
      }
      const answer = receiver.reply(request, index);
      if (answer === 'hang') {
        hanging.add(res);
        return;
      }
      const send = () => res.writeHead(answer.status, answer.headers ?? {}).end(answer.body ?? '');
      if (answer.delayMs) setTimeout(send, answer.delayMs);
      else send();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  receiver.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
  return receiver;
}

export const testBox: SecretBox = createSecretBox(Buffer.alloc(32, 7));

export function testPolicy(overrides: Partial<DeliveryPolicy> = {}): DeliveryPolicy {
  return {
    retrySchedule: [200, 400],
    retryAfterCapMs: 12 * 3_600_000,
    disableAfterMs: 3 * 86_400_000,
    concurrencyPerEndpoint: 4,
    leaseMs: 5_000,
    ...overrides,
  };
}

export interface TestDispatcher {
  dispatcher: WebhookDispatcher;
  sender: WebhookSender;
  stop(): Promise<void>;
}

export async function startDispatcher(
  db: Database,
  policy: DeliveryPolicy,
  senderOptions: Partial<SenderOptions> = {},
  extra: { maxInFlight?: number; box?: SecretBox; pollIntervalMs?: number } = {},
): Promise<TestDispatcher> {
  const sender = createSender({ timeoutMs: 2_000, allowPrivate: true, ...senderOptions });
  const dispatcher = new WebhookDispatcher({ db, box: extra.box ?? testBox, sender, policy, pollIntervalMs: extra.pollIntervalMs ?? 50, ...(extra.maxInFlight ? { maxInFlight: extra.maxInFlight } : {}) });
  await dispatcher.start();
  return {
    dispatcher,
    sender,
    async stop() {
      await dispatcher.stop();
      await sender.close();
    },
  };
}

/** Polls `check` until it returns a truthy value (rejects after `timeoutMs`). */
export async function eventually<T>(check: () => Promise<T | null | undefined | false>, timeoutMs = 10_000, what = 'condition'): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
