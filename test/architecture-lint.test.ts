// The rooms of docs/architecture.md are enforced by eslint.config.js: each case lints a would-be
// file in one room that imports another and expects the boundary rule to refuse (or allow) it.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function ruleIds(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('architecture lint', () => {
  it.each([
    ['core', 'core/zz-probe.ts', "import { createBridgeClient } from '../renderer/hardware/hardware-client';\nexport const x = createBridgeClient;\n"],
    ['core', 'core/zz-probe.ts', "import { buildApp } from '../sync-server/app';\nexport const x = buildApp;\n"],
    ['renderer', 'renderer/zz-probe.ts', "import { PrinterDriver } from '../hardware/printer/printer-driver';\nexport const x = PrinterDriver;\n"],
    ['renderer', 'renderer/till/zz-probe.ts', "import { buildApp } from '../../sync-server/app';\nexport const x = buildApp;\n"],
    [
      'sync-server',
      'sync-server/zz-probe.ts',
      "import { registerHardwareCommands } from '../hardware/cli/register';\nexport const x = registerHardwareCommands;\n",
    ],
    ['sync-server', 'sync-server/zz-probe.ts', "import { createSyncEngine } from '../renderer/sync/sync-engine';\nexport const x = createSyncEngine;\n"],
    ['hardware', 'hardware/zz-probe.ts', "import { buildApp } from '../sync-server/app';\nexport const x = buildApp;\n"],
    ['hardware', 'hardware/zz-probe.ts', "import { createSyncEngine } from '../renderer/sync/sync-engine';\nexport const x = createSyncEngine;\n"],
    ['cli', 'cli/zz-probe.ts', "import { createSyncEngine } from '../renderer/sync/sync-engine';\nexport const x = createSyncEngine;\n"],
  ])('refuses a cross-room import from %s (%s)', async (_room, filePath, code) => {
    expect(await ruleIds(filePath, code)).toContain('boundaries/dependencies');
  });

  it('allows what the rooms may import: core from anywhere, hardware from electron and cli, a room its own files', async () => {
    expect(
      await ruleIds(
        'renderer/zz-probe.ts',
        "import { ok } from '../core/result';\nimport { createBridgeClient } from './hardware/hardware-client';\nexport const x = [ok, createBridgeClient];\n",
      ),
    ).toEqual([]);
    expect(
      await ruleIds('electron/zz-probe.ts', "import { PrinterDriver } from '../hardware/printer/printer-driver';\nexport const x = PrinterDriver;\n"),
    ).toEqual([]);
    expect(
      await ruleIds(
        'cli/zz-probe.ts',
        "import { buildApp } from '../sync-server/app';\nimport { registerHardwareCommands } from '../hardware/cli/register';\nexport const x = [buildApp, registerHardwareCommands];\n",
      ),
    ).toEqual([]);
  });

  it('keeps I/O out of core, Electron out of the other rooms and IPC inside its two wrappers', async () => {
    expect(await ruleIds('core/zz-probe.ts', 'export const get = () => fetch("https://example.com");\n')).toContain('no-restricted-globals');
    expect(await ruleIds('renderer/zz-probe.ts', "import { ipcRenderer } from 'electron';\nexport const x = ipcRenderer;\n")).toEqual(
      expect.arrayContaining(['no-restricted-imports', 'no-restricted-syntax']),
    );
  });

  it('checks the rules of hooks in the renderer', async () => {
    const code = "import { useState } from 'react';\nexport function C({ on }: { on: boolean }) {\n  if (on) useState(0);\n  return null;\n}\n";
    expect(await ruleIds('renderer/zz-probe.tsx', code)).toContain('react-hooks/rules-of-hooks');
  });
});
