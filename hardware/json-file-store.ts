// A small JSON settings file: validated against its schema on read (falls back to defaults, keeping a copy of
// a bad file), written atomically (temp file + fsync + rename) so a crash never leaves half a file.
import { copyFile, mkdir, open, readFile, rename } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { TSchema, Static } from 'typebox';
import { Value } from 'typebox/value';

export interface JsonFileStore<T> {
  read(): Promise<T>;
  write(value: T): Promise<void>;
}

export function createJsonFileStore<S extends TSchema>(file: string, schema: S, defaults: Static<S>): JsonFileStore<Static<S>> {
  let chain: Promise<unknown> = Promise.resolve();
  return {
    async read() {
      await chain;
      let raw: string;
      try {
        raw = await readFile(file, 'utf8');
      } catch {
        return structuredClone(defaults);
      }
      let parsed: unknown;
      try {
        parsed = JSON.parse(raw);
      } catch {
        parsed = undefined;
      }
      // Missing keys from an older version get their defaults; anything else invalid falls back entirely.
      const merged = typeof parsed === 'object' && parsed !== null ? deepMerge(structuredClone(defaults), parsed as Record<string, unknown>) : undefined;
      if (merged !== undefined && Value.Check(schema, merged)) return merged as Static<S>;
      await copyFile(file, `${file}.invalid`).catch(() => {});
      return structuredClone(defaults);
    },
    write(value) {
      const next = chain.then(async () => {
        await mkdir(dirname(file), { recursive: true });
        const tmp = `${file}.${process.pid}.tmp`;
        const fh = await open(tmp, 'w');
        try {
          await fh.writeFile(JSON.stringify(value, null, 2));
          await fh.sync();
        } finally {
          await fh.close();
        }
        await rename(tmp, file);
      });
      chain = next.catch(() => {});
      return next;
    },
  };
}

function deepMerge(base: unknown, over: Record<string, unknown>): unknown {
  if (typeof base !== 'object' || base === null || Array.isArray(base)) return over;
  const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [k, v] of Object.entries(over)) {
    const b = out[k];
    out[k] = typeof v === 'object' && v !== null && !Array.isArray(v) && typeof b === 'object' && b !== null ? deepMerge(b, v as Record<string, unknown>) : v;
  }
  return out;
}
