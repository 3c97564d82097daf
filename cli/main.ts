// Command-line entry (SPEC §4): composes each area's command module into one program, so the cloud
// service itself never imports hardware. Every command takes --data-dir or --database-url and --json,
// exits 0 on success and 1 with a one-line error on stderr otherwise.
import { Command, CommanderError } from 'commander';
import { registerHardwareCommands } from '../hardware/cli/register';
import { registerServerCommands } from '../sync-server/cli/server-commands';
import { registerIntegratorCommands } from './integrator-commands';

export function buildProgram(): Command {
  const program = new Command('anywhere-pos')
    .description('Anywhere POS cloud service, tools and hardware simulators.')
    .option('--data-dir <dir>', 'embedded PGlite data directory (used when no database URL is given)', './data')
    .option('--database-url <url>', 'PostgreSQL connection string (env DATABASE_URL)')
    .option('--json', 'machine-readable output: one JSON object on stdout')
    .exitOverride();
  registerServerCommands(program);
  registerIntegratorCommands(program);
  registerHardwareCommands(program);
  return program;
}

export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  program.configureOutput({ writeErr: (text) => process.stderr.write(text) });
  try {
    await program.parseAsync(argv);
    // Some commands report failure by setting process.exitCode (after printing their one line).
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version exit through here with code 0.
      return error.exitCode === 0 ? 0 : 1;
    }
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`error: ${message.split('\n')[0]}\n`);
    return 1;
  }
}
