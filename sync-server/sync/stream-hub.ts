// Server-Sent Event streams of the tills connected to this instance. Catalog and open-order
// changes NOTIFY `pos_sync` at commit (triggers in 0004_sync.sql); every instance LISTENs and
// pokes its own tills of that location, so a change made through any instance reaches every till.
import type { ServerResponse } from 'node:http';
import type { Database } from '../storage/database';

export const SYNC_CHANNEL = 'pos_sync';
const HEARTBEAT_MS = 25_000;

interface Client {
  businessId: string;
  locationId: string;
  res: ServerResponse;
}

export class StreamHub {
  private readonly clients = new Set<Client>();
  private unlisten: (() => Promise<void>) | null = null;
  private heartbeat: ReturnType<typeof setInterval> | null = null;

  constructor(private readonly db: Database) {}

  async start(): Promise<void> {
    this.unlisten = await this.db.listen(SYNC_CHANNEL, (payload) => this.onNotify(payload));
    this.heartbeat = setInterval(() => {
      for (const client of this.clients) client.res.write(': ping\n\n');
    }, HEARTBEAT_MS);
    this.heartbeat.unref();
  }

  async stop(): Promise<void> {
    if (this.heartbeat) clearInterval(this.heartbeat);
    for (const client of this.clients) client.res.end();
    this.clients.clear();
    await this.unlisten?.();
    this.unlisten = null;
  }

  get size(): number {
    return this.clients.size;
  }

  /** Registers an open SSE response; it is dropped when the connection closes. */
  add(businessId: string, locationId: string, res: ServerResponse): void {
    const client: Client = { businessId, locationId, res };
    this.clients.add(client);
    res.on('close', () => this.clients.delete(client));
    send(res, 'ready', { reason: 'connected' });
  }

  /** Pokes the tills of one location (or of every location of the business when locationId is null). */
  poke(businessId: string, locationId: string | null, reason: string): void {
    for (const client of this.clients) {
      if (client.businessId === businessId && (locationId === null || client.locationId === locationId)) send(client.res, 'poke', { reason });
    }
  }

  private onNotify(payload: string): void {
    try {
      const { business_id: businessId, location_id: locationId } = JSON.parse(payload) as { business_id?: unknown; location_id?: unknown };
      if (typeof businessId !== 'string') return;
      this.poke(businessId, typeof locationId === 'string' ? locationId : null, 'catalog');
    } catch {
      // Not ours: someone else NOTIFYing on the channel with another format.
    }
  }
}

function send(res: ServerResponse, event: string, data: unknown): void {
  res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
}
