// When the service disables a webhook endpoint by itself (here: the receiver answers 410 Gone), the
// business's owners get one mail through a real SMTP server (smtp-server), the back office dashboard
// lists the endpoint for its banner until it is re-enabled; without SMTP the mail goes to the log.
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { SMTPServer } from 'smtp-server';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../sync-server/app';
import { createApiKey } from '../sync-server/auth/api-keys';
import { signIn } from '../sync-server/backoffice/test-fixtures';
import { loadConfig, type ServerConfig } from '../sync-server/config';
import { recordEvent } from '../sync-server/events/outbox';
import { openTestDatabase, TEST_ENGINES, type TestDatabase } from '../sync-server/storage/test-database';
import { sendDisabledEndpointNotices } from '../sync-server/webhooks/disabled-endpoint-notice';
import { startReceiver, type Receiver } from '../sync-server/webhooks/webhooks-test-support';
import { createMailer } from '../sync-server/mail/mailer';
import { OWNER_PASSWORD, seedTestBusiness, type TestBusiness } from '../sync-server/testing/test-business';

interface ReceivedMail {
  from: string;
  to: string[];
  raw: string;
}

/** A local SMTP server that keeps every mail; `next()` resolves with the next one to arrive. */
async function startSmtp(): Promise<{ url: string; mails: ReceivedMail[]; next(timeoutMs?: number): Promise<ReceivedMail>; close(): Promise<void> }> {
  const mails: ReceivedMail[] = [];
  const waiting: ((mail: ReceivedMail) => void)[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const mail = {
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        };
        mails.push(mail);
        waiting.shift()?.(mail);
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    mails,
    next(timeoutMs = 10_000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no mail within ${timeoutMs} ms (got ${mails.length})`)), timeoutMs);
        waiting.push((mail) => (clearTimeout(timer), resolve(mail)));
      });
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const unquote = (text: string) =>
  Buffer.from(
    text.replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
    'latin1',
  ).toString('utf8');
/** The text body of a simple nodemailer message (quoted-printable soft breaks undone). */
const bodyOf = (raw: string) => unquote(raw.slice(raw.indexOf('\r\n\r\n') + 4).replace(/=\r\n/g, ''));
/** The Subject header, its folded RFC 2047 Q-encoded words decoded. */
function subjectOf(raw: string): string {
  const header = /^Subject: (.*(?:\r\n[ \t].*)*)/m.exec(raw)![1]!.replace(/\r\n[ \t]/g, '');
  return header.replace(/=\?UTF-8\?Q\?(.*?)\?=/gi, (_, words: string) => unquote(words.replace(/_/g, ' ')));
}

describe.each(TEST_ENGINES)('owner notice for an auto-disabled webhook endpoint on %s', (engine) => {
  let handle: TestDatabase;
  let biz: TestBusiness;
  let key: string;
  const apps: FastifyInstance[] = [];
  const receivers: Receiver[] = [];

  beforeAll(async () => {
    handle = await openTestDatabase(engine);
    biz = await seedTestBusiness(handle.db);
    ({ key } = await createApiKey(handle.db, { businessId: biz.businessId, name: 'addon', scopes: ['webhooks:read', 'webhooks:write'], locationIds: 'all' }));
  });
  afterEach(async () => {
    for (const r of receivers.splice(0)) await r.close();
    for (const app of apps.splice(0)) await app.close();
  });
  afterAll(async () => {
    await handle?.close();
  });

  async function app(overrides: Partial<ServerConfig>, logger: boolean | Record<string, unknown> = false): Promise<FastifyInstance> {
    const config = loadConfig(
      {},
      { webhookAllowPrivate: true, webhookRetrySchedule: [60_000], webhookTimeoutMs: 2_000, publicUrl: 'https://pos.example.com', ...overrides },
    );
    const built = await buildApp({ db: handle.db, config, workers: true, logger });
    apps.push(built);
    await built.ready();
    return built;
  }
  /** An endpoint whose receiver answers 410 Gone, and an event for it: the dispatcher disables it. */
  async function endpointThatGoesAway(on: FastifyInstance, name: string): Promise<string> {
    const gone = await startReceiver(() => ({ status: 410, body: 'gone' }));
    receivers.push(gone);
    const created = await on.inject({
      method: 'POST',
      url: '/api/v1/webhooks',
      headers: { authorization: `Bearer ${key}`, 'idempotency-key': randomUUID() },
      payload: { name, url: gone.url, subscribed_events: ['order.paid'] },
    });
    expect(created.statusCode).toBe(201);
    await handle.db.transaction((tx) =>
      recordEvent(tx, { businessId: biz.businessId, type: 'order.paid', locationId: biz.locationIds[0], data: { object: { id: 'ord_X', object: 'order' } } }),
    );
    await gone.waitFor(1);
    return created.json().id as string;
  }

  it('mails the owners once through SMTP and shows the endpoint on the dashboard until it is re-enabled', async () => {
    const smtp = await startSmtp();
    try {
      const on = await app({ smtpUrl: smtp.url, mailFrom: 'POS <pos@example.com>' });
      const arriving = smtp.next();
      const id = await endpointThatGoesAway(on, 'Stock sync');
      const mail = await arriving;
      expect(mail.from).toBe('pos@example.com');
      expect(mail.to).toEqual([biz.owner.email]);
      expect(subjectOf(mail.raw)).toBe('Webhook endpoint "Stock sync" was disabled');
      const text = bodyOf(mail.raw);
      expect(text).toContain('The receiver answered 410 Gone');
      expect(text).toContain(`https://pos.example.com/backoffice/settings/integrations/webhooks/${id}`);

      // Claimed once: another sweep sends nothing more.
      expect(
        await sendDisabledEndpointNotices({
          db: handle.db,
          mailer: createMailer({ smtpUrl: smtp.url, from: 'x@example.com', log: () => undefined }),
          publicUrl: () => 'https://pos.example.com',
          log: () => undefined,
        }),
      ).toBe(0);
      expect(smtp.mails).toHaveLength(1);

      const owner = await signIn(on, biz.owner.email, OWNER_PASSWORD);
      const banner = (await on.inject({ method: 'GET', url: '/backoffice/api/dashboard', headers: owner.headers })).json();
      expect(banner.disabled_webhooks).toEqual([
        {
          id,
          name: 'Stock sync',
          url: expect.any(String),
          disabled_reason: expect.stringMatching(/^The receiver answered 410 Gone/),
          disabled_at: expect.any(String),
        },
      ]);
      // A live endpoint is not test data: the dashboard's test view ("View test data") does not list it.
      const testView = (await on.inject({ method: 'GET', url: '/backoffice/api/dashboard', headers: { ...owner.headers, 'x-pos-view': 'test' } })).json();
      expect(testView.disabled_webhooks).toEqual([]);

      const enabled = await on.inject({ method: 'PATCH', url: `/backoffice/api/webhooks/${id}`, headers: owner.headers, payload: { enabled: true } });
      expect(enabled.statusCode).toBe(200);
      expect((await on.inject({ method: 'GET', url: '/backoffice/api/dashboard', headers: owner.headers })).json().disabled_webhooks).toEqual([]);
      const { rows } = await handle.db.query('SELECT auto_disabled_at, owner_notified_at FROM webhook_endpoints WHERE id = $1', [id]);
      expect(rows[0]).toEqual({ auto_disabled_at: null, owner_notified_at: null });
    } finally {
      for (const built of apps.splice(0)) await built.close();
      await smtp.close();
    }
  });

  it('does not list or mail an endpoint a user disabled', async () => {
    const on = await app({});
    const owner = await signIn(on, biz.owner.email, OWNER_PASSWORD);
    const created = await on.inject({
      method: 'POST',
      url: '/api/v1/webhooks',
      headers: { authorization: `Bearer ${key}`, 'idempotency-key': randomUUID() },
      payload: { name: 'Paused', url: 'http://127.0.0.1:9/hook', subscribed_events: ['order.paid'] },
    });
    const id = created.json().id as string;
    expect((await on.inject({ method: 'PATCH', url: `/backoffice/api/webhooks/${id}`, headers: owner.headers, payload: { enabled: false } })).statusCode).toBe(
      200,
    );
    const listed = (await on.inject({ method: 'GET', url: '/backoffice/api/dashboard', headers: owner.headers })).json().disabled_webhooks as { id: string }[];
    expect(listed.map((w) => w.id)).not.toContain(id);
    const { rows } = await handle.db.query('SELECT auto_disabled_at, owner_notified_at FROM webhook_endpoints WHERE id = $1', [id]);
    expect(rows[0]).toEqual({ auto_disabled_at: null, owner_notified_at: null });
  });

  it('writes the mail to the log when POS_SMTP_URL is not set', async () => {
    const lines: Record<string, unknown>[] = [];
    let logged: () => void = () => undefined;
    const mailLogged = new Promise<void>((resolve) => (logged = resolve));
    const stream = {
      write(line: string) {
        const entry = JSON.parse(line) as Record<string, unknown>;
        lines.push(entry);
        if (String(entry.msg).startsWith('mail not sent')) logged();
      },
    };
    const on = await app({ smtpUrl: undefined }, { level: 'warn', stream });
    const id = await endpointThatGoesAway(on, 'Loyalty');
    await mailLogged;
    const entry = lines.find((l) => String(l.msg).startsWith('mail not sent'))!;
    expect(entry).toMatchObject({ level: 40, to: [biz.owner.email], subject: 'Webhook endpoint "Loyalty" was disabled' });
    expect(entry.text).toContain(`/backoffice/settings/integrations/webhooks/${id}`);
  });
});
