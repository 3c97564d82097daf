// A scripted stand-in for the sync API, as a `fetch` function, for the engine's unit tests. It
// keeps the server's seq rules (duplicate / apply / 409) and can drop responses, go down, or
// refuse large batches. The real server is exercised in test/sync-engine-server.test.ts.
import type { TillLocation, TillProduct } from '../../core/sync/catalog';
import type { Mutation } from '../../core/sync/mutations';
import type { MutationResult, PullResponse } from '../../core/sync/protocol';
import { TEST_LOCATION } from '../db/test-till';

export interface FakeSyncServer {
  fetch: typeof fetch;
  /** every mutation applied, in order of application */
  applied: Mutation[];
  /** seq lists of each push request that reached the server */
  pushes: number[][];
  pulls: string[];
  lastSeq: number;
  down: boolean;
  /** apply the next push, then fail as if the response was lost on the way back */
  loseNextResponse: boolean;
  /** answer the next push with 409 and this expected seq */
  gapOnce: number | null;
  /** 413 for pushes with more mutations than this */
  maxBatch: number;
  unauthorized: boolean;
  /** mutation seqs to reject */
  rejectSeqs: Set<number>;
  products: TillProduct[];
  deletedProducts: string[];
  location: TillLocation;
  /** the next pull says reset: true */
  resetNext: boolean;
  /** open SSE streams; `poke()` writes to each */
  poke(): void;
  closeStreams(): void;
}

const json = (status: number, body: unknown): Response => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

export function createFakeSyncServer(): FakeSyncServer {
  const streams = new Set<ReadableStreamDefaultController<Uint8Array>>();
  const encoder = new TextEncoder();
  const server: FakeSyncServer = {
    applied: [],
    pushes: [],
    pulls: [],
    lastSeq: 0,
    down: false,
    loseNextResponse: false,
    gapOnce: null,
    maxBatch: Number.POSITIVE_INFINITY,
    unauthorized: false,
    rejectSeqs: new Set(),
    products: [],
    deletedProducts: [],
    location: TEST_LOCATION,
    resetNext: false,
    poke() {
      for (const controller of streams) controller.enqueue(encoder.encode('event: poke\ndata: {"reason":"catalog"}\n\n'));
    },
    closeStreams() {
      for (const controller of streams) controller.close();
      streams.clear();
    },
    async fetch(input, init) {
      if (server.down) throw new TypeError('fetch failed');
      const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
      if (server.unauthorized) return json(401, { error: { type: 'authentication', code: 'device_token_invalid', message: 'revoked', request_id: 'r' } });
      if (url.pathname === '/sync/v1/push') {
        const { mutations } = JSON.parse(String(init?.body)) as { mutations: Mutation[] };
        server.pushes.push(mutations.map((m) => m.seq));
        if (mutations.length > server.maxBatch)
          return json(413, { error: { type: 'invalid_request', code: 'body_too_large', message: 'too large', request_id: 'r' } });
        if (server.gapOnce !== null) {
          const expected = server.gapOnce;
          server.gapOnce = null;
          return json(409, { error: { type: 'conflict', code: 'seq_gap', message: 'gap', request_id: 'r', expected_seq: expected } });
        }
        const results: MutationResult[] = [];
        for (const m of mutations) {
          if (m.seq <= server.lastSeq) {
            results.push({ id: m.id, seq: m.seq, status: 'duplicate' });
            continue;
          }
          if (m.seq > server.lastSeq + 1) {
            return json(409, { error: { type: 'conflict', code: 'seq_gap', message: 'gap', request_id: 'r', expected_seq: server.lastSeq + 1 } });
          }
          server.lastSeq = m.seq;
          if (server.rejectSeqs.has(m.seq)) {
            results.push({ id: m.id, seq: m.seq, status: 'rejected', error: { code: 'totals_mismatch', message: 'totals do not match' } });
          } else {
            server.applied.push(m);
            results.push({ id: m.id, seq: m.seq, status: 'applied' });
          }
        }
        if (server.loseNextResponse) {
          server.loseNextResponse = false;
          throw new TypeError('network connection lost');
        }
        return json(200, { results, acked_seq: server.lastSeq });
      }
      if (url.pathname === '/sync/v1/pull') {
        const cursor = url.searchParams.get('cursor') ?? '';
        server.pulls.push(cursor);
        const none = { upserted: [], deleted: [] };
        const page: PullResponse = {
          location: server.location,
          reset: cursor === '' || server.resetNext,
          products: { upserted: server.products, deleted: server.deletedProducts },
          categories: none,
          modifier_groups: none,
          tax_rates: none,
          staff: none,
          open_orders: none,
          next_cursor: `d1-${server.pulls.length}`,
          has_more: false,
        };
        server.resetNext = false;
        return json(200, page);
      }
      if (url.pathname === '/sync/v1/stream') {
        const body = new ReadableStream<Uint8Array>({
          start(controller) {
            streams.add(controller);
            controller.enqueue(encoder.encode('event: ready\ndata: {"reason":"connected"}\n\n'));
            init?.signal?.addEventListener('abort', () => {
              streams.delete(controller);
              try {
                controller.error(new DOMException('aborted', 'AbortError'));
              } catch {
                // already closed
              }
            });
          },
        });
        return new Response(body, { status: 200, headers: { 'content-type': 'text/event-stream' } });
      }
      if (url.pathname === '/sync/v1/pair') {
        const { code } = JSON.parse(String(init?.body)) as { code: string };
        if (code !== 'GOOD-CODE') return json(401, { error: { type: 'authentication', code: 'pairing_code_invalid', message: 'bad code', request_id: 'r' } });
        return json(200, { device_id: 'dev_01KAQ30B1C7K2M9N4P6R8T0V2Y', device_token: `pos_dev_${'a'.repeat(40)}`, location: server.location });
      }
      return json(404, { error: { type: 'not_found', code: 'route_not_found', message: 'no', request_id: 'r' } });
    },
  };
  return server;
}
