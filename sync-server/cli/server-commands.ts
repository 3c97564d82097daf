// Server-side CLI commands: serve, migrate (and, as they land: demo seed, keys, devices, users).
import type { Command } from 'commander';
import { migrate } from '../storage/migrate';
import { openDatabase } from '../storage/database';
import { configFor, globalOptions, output } from './context';

export function registerServerCommands(program: Command): void {
  program
    .command('migrate')
    .description('apply schema migrations (idempotent)')
    .action(async (_options, command: Command) => {
      const options = globalOptions(command);
      const config = configFor(options);
      const db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
      try {
        const result = await migrate(db);
        output(options, result, result.applied.length ? `applied ${result.applied.join(', ')}` : `up to date (${result.total} migrations)`);
      } finally {
        await db.close();
      }
    });
}
