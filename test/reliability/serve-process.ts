// The service as users run it (`node bin/anywhere-pos.js serve`), a real child process, for the fault
// tests: they need to see it stay up (or exit) while its database is restarted under it.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

export const BIN = join(import.meta.dirname, '..', '..', 'bin', 'anywhere-pos.js');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs one CLI command to its end. */
export function runCli(args: string[], env: Record<string, string>): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += String(chunk)));
    child.stderr.on('data', (chunk) => (stderr += String(chunk)));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Runs a CLI command with --json and returns its one JSON object; throws with its stderr otherwise. */
export async function cliJson<T>(args: string[], env: Record<string, string>): Promise<T> {
  const result = await runCli(['--json', ...args], env);
  if (result.code !== 0) throw new Error(`anywhere-pos ${args.join(' ')} exited ${result.code}: ${result.stderr}`);
  return JSON.parse(result.stdout.trim()) as T;
}

export interface ServeProcess {
  url: string;
  child: ChildProcess;
  /** everything the process wrote to stderr so far */
  stderr(): string;
  /** everything it wrote to stdout so far (the log goes there) */
  stdout(): string;
  /** null while running; the exit code (or signal name) once it exited */
  exitCode(): number | string | null;
  /** SIGTERM, then SIGKILL after 10 s; resolves when it is gone */
  stop(): Promise<void>;
}

export async function startServe(env: Record<string, string>, args: string[] = []): Promise<ServeProcess> {
  const child = spawn(process.execPath, [BIN, ...args, 'serve', '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
  let stdout = '';
  let stderr = '';
  let exit: number | string | null = null;
  child.stderr.on('data', (chunk) => (stderr += String(chunk)));
  const exited = new Promise<void>((resolve) =>
    child.on('exit', (code, signal) => {
      exit = code ?? signal ?? 'unknown';
      resolve();
    }),
  );
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`serve did not start within 60 s: ${stderr}`)), 60_000);
    child.stdout.on('data', (chunk) => {
      stdout += String(chunk);
      const match = /listening on (http:\/\/\S+)\n/.exec(stdout);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    void exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`serve exited with ${exit}: ${stderr}`));
    });
  });
  return {
    url,
    child,
    stderr: () => stderr,
    stdout: () => stdout,
    exitCode: () => exit,
    async stop() {
      if (exit !== null) return;
      child.kill('SIGTERM');
      const kill = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(kill);
    },
  };
}
