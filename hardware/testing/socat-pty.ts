// Test support: a linked pair of pseudo-terminals from socat (a "null-modem cable" between two serial ports).
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface PtyPair {
  /** One end (the device under test opens this). */
  a: string;
  /** The other end (the simulator opens this). */
  b: string;
  /** Kills socat: both ends go away, like pulling the cable. */
  unplug(): Promise<void>;
  close(): Promise<void>;
}

export async function createPtyPair(): Promise<PtyPair> {
  const dir = await mkdtemp(join(tmpdir(), 'pos-pty-'));
  const a = join(dir, 'a');
  const b = join(dir, 'b');
  const child: ChildProcess = spawn('socat', ['-d', '-d', `pty,raw,echo=0,link=${a}`, `pty,raw,echo=0,link=${b}`], { stdio: 'ignore' });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  for (let i = 0; i < 200 && !(existsSync(a) && existsSync(b)); i++) await new Promise((r) => setTimeout(r, 25));
  if (!existsSync(a) || !existsSync(b)) {
    child.kill();
    await rm(dir, { recursive: true, force: true });
    throw new Error('socat did not create the pty pair');
  }
  const unplug = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      await exited;
    }
  };
  return {
    a,
    b,
    unplug,
    async close() {
      await unplug();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
