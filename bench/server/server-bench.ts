// server: the cloud service's real paths (Fastify app via inject, on PGlite and, when configured,
// PostgreSQL) beside the plainest SQL or HTTP that moves the same data.
// Each case family has its file: push-bench.ts, api-orders-bench.ts, events-feed-bench.ts; the app
// and database they share are opened by server-setup.ts.
import type { Engine } from '../../sync-server/storage/test-database';
import { onEveryEngine, type BenchContext, type RunBenchmark } from '../benchmark';
import { machineInfo, type BenchmarkResult, type CaseResult } from '../harness';
import { benchApiOrders, ORDER_CLIENTS, orderSizes } from './api-orders-bench';
import { benchEventsFeed, feedSizes } from './events-feed-bench';
import { benchPush, pushSizes } from './push-bench';
import { openServerSetup } from './server-setup';

async function runOn(engine: Engine, context: BenchContext): Promise<BenchmarkResult> {
  const { setup, close } = await openServerSetup(engine);
  try {
    const cases: CaseResult[] = [];
    // The smallest store first: the API orders and the feed (which copies the push's events) then
    // run at the stored size they always had; the larger stores after them, listed with the first.
    const [first, ...larger] = pushSizes(context);
    cases.push(await benchPush(setup, context, first!));
    for (const clients of ORDER_CLIENTS) cases.push(await benchApiOrders(setup, context, clients));
    for (const stored of orderSizes(context)) cases.push(await benchApiOrders(setup, context, 1, stored));
    for (const size of feedSizes(context)) cases.push(await benchEventsFeed(setup, context, size));
    const pushCases: CaseResult[] = [];
    for (const size of larger) pushCases.push(await benchPush(setup, context, size));
    cases.splice(1, 0, ...pushCases);
    return {
      benchmark: 'server',
      title: 'Cloud service',
      environment: 'Node.js (Fastify inject)',
      database: engine,
      machine: machineInfo(),
      node_version: process.version,
      date: new Date().toISOString(),
      cases,
    };
  } finally {
    await close();
  }
}

export const runServerBenchmark: RunBenchmark = onEveryEngine(runOn);
