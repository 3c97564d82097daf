// Server-side CLI commands (SPEC §4): serve, migrate, demo seed, keys create|list|revoke,
// devices pair-code, users create. Each prints one line (or one JSON object with --json).
import { createInterface } from 'node:readline';
import type { Command } from 'commander';
import { migrate } from '../storage/migrate';
import { openDatabase } from '../storage/database';
import { API_SCOPES, createApiKey, isApiScope, listApiKeys, revokeApiKey, type ApiScope } from '../auth/api-keys';
import { createPairingCode } from '../auth/pairing-codes';
import { createUser, USER_ROLES, type UserRole } from '../auth/users';
import { seedDemo, type DemoSeedResult } from '../demo/demo-seed';
import { startServer } from '../server';
import { configFor, globalOptions, openConfiguredDatabase, output, refuseHeldDataDir, resolveBusiness, type GlobalOptions } from './context';
import { publicBaseUrl } from '../http/public-url';

function describeDemo(result: DemoSeedResult): string {
  const lines = [
    result.seeded ? 'demo data seeded' : 'demo data already present (nothing changed)',
    ...result.locations.map((l) => `  location ${l.id}  ${l.name} (${l.currency}, tax ${l.tax_mode}, ${l.products} products)`),
    ...Object.entries(result.sample_product_ids).map(([name, id]) => `  product  ${id}  ${name}`),
    ...result.staff.map((s) => `  staff    ${s.name} (${s.role}) PIN ${s.pin} at ${s.location_id}`),
    ...result.logins.map((u) => `  login    ${u.email} / ${u.password} (${u.role})`),
  ];
  return lines.join('\n');
}

/** `--mode live|test` (or `--test`) as livemode; anything else is an error. */
function liveModeFlag(flags: { mode: string; test?: boolean }): boolean {
  if (flags.mode !== 'live' && flags.mode !== 'test') throw new Error(`--mode must be live or test, not "${flags.mode}"`);
  return flags.mode === 'live' && !flags.test;
}

async function withDatabase<T>(options: GlobalOptions, fn: (db: Awaited<ReturnType<typeof openConfiguredDatabase>>) => Promise<T>): Promise<T> {
  const db = await openConfiguredDatabase(options);
  try {
    return await fn(db);
  } finally {
    await db.close();
  }
}

function parsePort(text: string): number {
  const port = Number(text);
  if (!/^\d+$/.test(text) || port > 65_535) throw new Error(`invalid port "${text}" (0–65535; 0 picks a free port)`);
  return port;
}

async function readPassword(): Promise<string> {
  if (process.stdin.isTTY) {
    process.stderr.write('password (input hidden): ');
    const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: true });
    // Echo nothing while typing the password.
    (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = () => undefined;
    const answer = await new Promise<string>((resolve) => rl.question('', resolve));
    rl.close();
    process.stderr.write('\n');
    return answer;
  }
  let text = '';
  for await (const chunk of process.stdin) text += String(chunk);
  return text.replace(/\r?\n$/, '');
}

export function registerServerCommands(program: Command): void {
  program
    .command('serve')
    .description('migrate, optionally seed demo data, and serve the cloud service')
    .option('--host <host>', 'interface to listen on (env HOST)')
    .option('--port <port>', 'port; 0 picks a free one (env PORT)')
    .option('--demo', 'seed the demo business when the database is empty')
    .action(async (flags: { host?: string; port?: string; demo?: boolean }, command: Command) => {
      const options = globalOptions(command);
      const config = configFor(options);
      if (flags.host) config.host = flags.host;
      if (flags.port !== undefined) config.port = parsePort(flags.port);
      const server = await startServer(config, { demo: Boolean(flags.demo), logger: options.json ? false : { level: process.env.LOG_LEVEL ?? 'warn' } });
      if (server.demo) process.stderr.write(`${describeDemo(server.demo)}\n`);
      output(options, { url: server.url, host: server.host, port: server.port, demo: server.demo }, `listening on ${server.url}`);
      // After the `listening on` line (SPEC §4: the first line of stdout), so scripts waiting for it see it first.
      if (!config.publicUrl) {
        server.app.log.warn(
          { publicUrl: publicBaseUrl(undefined, { host: server.host, port: server.port }) },
          'POS_PUBLIC_URL is not set: thin webhook payloads link under the listening address; set it to the URL integrators use',
        );
      }
      await new Promise<void>((resolve) => {
        const stop = (signal: string): void => {
          process.stderr.write(`${signal}: shutting down\n`);
          server.close().then(resolve, (error: unknown) => {
            process.stderr.write(`error while shutting down: ${error instanceof Error ? error.message : String(error)}\n`);
            resolve();
          });
        };
        process.once('SIGINT', () => stop('SIGINT'));
        process.once('SIGTERM', () => stop('SIGTERM'));
      });
    });

  program
    .command('migrate')
    .description('apply schema migrations (idempotent)')
    .action(async (_flags, command: Command) => {
      const options = globalOptions(command);
      const config = configFor(options);
      refuseHeldDataDir(config);
      const db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
      try {
        const result = await migrate(db);
        output(options, result, result.applied.length ? `applied ${result.applied.join(', ')}` : `up to date (${result.total} migrations)`);
      } finally {
        await db.close();
      }
    });

  const demo = program.command('demo').description('demo data');
  demo
    .command('seed')
    .description('demo business: 2 locations, ~40 products, staff with PINs, manager logins (idempotent)')
    .action(async (_flags, command: Command) => {
      const options = globalOptions(command);
      const result = await withDatabase(options, (db) => seedDemo(db));
      output(options, result, describeDemo(result));
    });

  const keys = program.command('keys').description('integrator API keys');
  keys
    .command('create')
    .description('create an API key; the full key is printed once')
    .requiredOption('--name <name>', 'what the key is for')
    .requiredOption('--scopes <scopes>', `comma-separated: ${API_SCOPES.join(',')}`)
    .option('--locations <ids>', 'all, or comma-separated location ids', 'all')
    .option('--business <id>', 'business id (default: the only one)')
    .option('--mode <mode>', 'live (pos_live_…) or test (pos_test_…: sees and creates test-mode data only)', 'live')
    .option('--test', 'same as --mode test')
    .action(async (flags: { name: string; scopes: string; locations: string; business?: string; mode: string; test?: boolean }, command: Command) => {
      const options = globalOptions(command);
      const livemode = liveModeFlag(flags);
      const scopes = flags.scopes
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
      const unknown = scopes.filter((s) => !isApiScope(s));
      if (scopes.length === 0 || unknown.length > 0) throw new Error(`unknown scope ${unknown.join(', ') || '(none given)'}; valid: ${API_SCOPES.join(', ')}`);
      if (!flags.name.trim()) throw new Error('--name must not be empty');
      const result = await withDatabase(options, async (db) => {
        const businessId = await resolveBusiness(db, flags.business);
        let locationIds: string[] | 'all' = 'all';
        if (flags.locations.trim() !== 'all') {
          locationIds = flags.locations
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean);
          if (locationIds.length === 0) throw new Error('--locations must be "all" or location ids');
          const { rows } = await db.query<{ id: string }>('SELECT id FROM locations WHERE business_id = $1 AND id = ANY($2::text[])', [
            businessId,
            locationIds,
          ]);
          const missing = locationIds.filter((id) => !rows.some((r) => r.id === id));
          if (missing.length > 0) throw new Error(`unknown location ${missing.join(', ')}`);
        }
        const { livemode: created, ...key } = await createApiKey(db, {
          businessId,
          name: flags.name.trim(),
          scopes: scopes as ApiScope[],
          locationIds,
          livemode,
        });
        // Live keys print exactly the SPEC's {id, key, prefix}; test keys say so.
        return created ? key : { ...key, livemode: false };
      });
      output(options, result, JSON.stringify(result));
    });
  keys
    .command('list')
    .description('list API keys (never the full keys)')
    .action(async (_flags, command: Command) => {
      const options = globalOptions(command);
      const list = await withDatabase(options, (db) => listApiKeys(db));
      const human = list.length
        ? list
            .map(
              (k) =>
                `${k.id}  ${k.prefix}…  ${k.name}${k.livemode ? '' : '  (test mode)'}  scopes=${k.scopes.join(',')}  locations=${k.locations === 'all' ? 'all' : k.locations.join(',')}${k.revoked_at ? `  revoked ${k.revoked_at}` : ''}`,
            )
            .join('\n')
        : 'no API keys';
      output(options, { data: list }, human);
    });
  keys
    .command('revoke <id>')
    .description('revoke an API key at once')
    .action(async (id: string, _flags, command: Command) => {
      const options = globalOptions(command);
      const revoked = await withDatabase(options, (db) => revokeApiKey(db, id));
      if (!revoked) throw new Error(`no API key ${id}`);
      output(options, revoked, `revoked ${revoked.id} (${revoked.prefix}…)`);
    });

  program
    .command('devices')
    .description('till devices')
    .command('pair-code')
    .description('print a one-time pairing code (valid 15 min) for a till')
    .requiredOption('--location <id>', 'location the till will sell for')
    .option('--mode <mode>', 'live, or test: the till sells in test mode (its sales never mix with live ones)', 'live')
    .option('--test', 'same as --mode test')
    .action(async (flags: { location: string; mode: string; test?: boolean }, command: Command) => {
      const options = globalOptions(command);
      const livemode = liveModeFlag(flags);
      const result = await withDatabase(options, async (db) => {
        const { rows } = await db.query<{ business_id: string }>('SELECT business_id FROM locations WHERE id = $1', [flags.location]);
        if (!rows[0]) throw new Error(`unknown location ${flags.location}`);
        const { livemode: created, ...code } = await createPairingCode(db, { businessId: rows[0].business_id, locationId: flags.location, livemode });
        return created ? code : { ...code, livemode: false };
      });
      output(options, result, `${livemode ? '' : 'TEST MODE '}pairing code ${result.code} for ${result.location_id}, valid until ${result.expires_at}`);
    });

  program
    .command('users')
    .description('back-office users')
    .command('create')
    .description('create a back-office user; the password is read from stdin or prompted')
    .requiredOption('--email <email>', 'sign-in email')
    .requiredOption('--role <role>', 'owner or manager')
    .option('--name <name>', 'display name', '')
    .option('--business <id>', 'business id (default: the only one; a first owner creates the business)')
    .action(async (flags: { email: string; role: string; name: string; business?: string }, command: Command) => {
      const options = globalOptions(command);
      if (!USER_ROLES.includes(flags.role as UserRole)) throw new Error(`--role must be owner or manager, got "${flags.role}"`);
      const password = await readPassword();
      const user = await withDatabase(options, async (db) => {
        const businessId = await resolveBusiness(db, flags.business, { createIfNone: flags.role === 'owner' });
        return createUser(db, { businessId, email: flags.email, role: flags.role as UserRole, password, name: flags.name });
      });
      output(options, user, `created ${user.role} ${user.email} (${user.id})`);
    });
}
