// The desktop package: electron-vite builds main/preload/renderer, then electron-builder (our
// electron-builder.yml) packs them; the packed app.asar holds exactly what the till's main process needs.
// No Electron download: a stand-in Electron distribution directory is enough for electron-builder's `dir` target.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { listPackage } from '@electron/asar';
import { parse } from 'yaml';

const run = promisify(execFile);
const root = join(import.meta.dirname, '..');
const bin = (name: string) => join(root, 'node_modules', '.bin', name);

let work = '';
let asarFiles: string[] = [];
let unpacked = '';
let mainJs = '';

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'pos-builder-'));
  await run(bin('electron-vite'), ['build'], { cwd: root, timeout: 180_000 });
  mainJs = await readFile(join(root, 'out/main/index.js'), 'utf8');
  const fakeElectron = join(work, 'electron-dist');
  await mkdir(fakeElectron);
  await writeFile(join(fakeElectron, 'electron'), '');
  await chmod(join(fakeElectron, 'electron'), 0o755);
  const out = join(work, 'release');
  await run(bin('electron-builder'), ['--linux', 'dir', '--publish', 'never', `--config.electronDist=${fakeElectron}`, `--config.directories.output=${out}`], {
    cwd: root,
    timeout: 240_000,
    env: { ...process.env, CI: '1' },
  });
  const resources = join(out, 'linux-unpacked', 'resources');
  asarFiles = listPackage(join(resources, 'app.asar'), { isPack: false }).map((f) => f.replaceAll('\\', '/'));
  unpacked = join(resources, 'app.asar.unpacked');
}, 420_000);

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

/** Bare module specifiers the bundled main process imports (everything else is bundled in). */
function externalImports(js: string): string[] {
  const names = new Set<string>();
  for (const m of js.matchAll(/(?:from\s*|import\s*\(\s*|require\(\s*)["']([^"'.][^"']*)["']/g)) {
    const spec = m[1] as string;
    if (spec.startsWith('node:') || spec === 'electron') continue;
    names.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : (spec.split('/')[0] as string));
  }
  return [...names].sort();
}

/** Package directories (relative to the repo) that `names` need at run time: dependencies, transitively. */
function dependencyClosure(names: string[]): Set<string> {
  const seen = new Set<string>();
  const find = (name: string, from: string): string | null => {
    for (let d = from; ; d = dirname(d)) {
      const p = join(d, 'node_modules', name, 'package.json');
      if (existsSync(p)) return dirname(p);
      if (d === root || d === dirname(d)) return null;
    }
  };
  const walk = (name: string, from: string) => {
    const dir = find(name, from);
    if (!dir) return;
    const rel = dir.slice(root.length + 1).replaceAll('\\', '/');
    if (seen.has(rel)) return;
    seen.add(rel);
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { dependencies?: object; optionalDependencies?: object };
    for (const dep of Object.keys({ ...pkg.dependencies, ...pkg.optionalDependencies })) walk(dep, dir);
  };
  for (const n of names) walk(n, root);
  return seen;
}

/** Package directories inside the archive (`node_modules/x`, `node_modules/@s/x`, nested ones too). */
function packedPackages(files: string[]): Set<string> {
  const out = new Set<string>();
  for (const f of files) {
    const m = /^\/((?:node_modules\/(?:@[^/]+\/)?[^/]+\/)+)package\.json$/.exec(f);
    if (m) out.add((m[1] as string).replace(/\/$/, ''));
  }
  return out;
}

describe('electron-builder.yml', () => {
  it('targets AppImage + deb (Linux), nsis (Windows) and dmg (macOS) for a release machine', async () => {
    const config = parse(await readFile(join(root, 'electron-builder.yml'), 'utf8')) as Record<string, { target?: string[] } & Record<string, unknown>>;
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(config.win?.target).toEqual(['nsis']);
    expect(config.mac?.target).toEqual(['dmg']);
    expect(config.appId).toBe('com.anywherepos.till');
    expect(config.npmRebuild).toBe(false);
    // The installed electron-builder accepts the file as its configuration (validated against its schema when packing above).
    expect(asarFiles.length).toBeGreaterThan(0);
  });

  it('electron-vite builds main (ESM), a CommonJS sandboxed preload and the renderer', async () => {
    const preload = await readFile(join(root, 'out/preload/preload.cjs'), 'utf8');
    expect(preload).toContain('require("electron")');
    expect(preload).not.toMatch(/^\s*import\s/m);
    expect(mainJs).toMatch(/from\s*["']electron["']/);
    expect(await readFile(join(root, 'out/renderer/index.html'), 'utf8')).toContain('<script');
  });

  it('packs the built app and nothing of the sources, tests or source maps', () => {
    for (const f of ['/package.json', '/out/main/index.js', '/out/preload/preload.cjs', '/out/renderer/index.html']) expect(asarFiles).toContain(f);
    for (const dir of ['/sync-server', '/hardware', '/core', '/renderer', '/electron', '/test', '/bench', '/docs', '/bin', '/cli']) {
      expect(asarFiles.filter((f) => f === dir || f.startsWith(`${dir}/`))).toEqual([]);
    }
    expect(asarFiles.filter((f) => /\.(test|spec)\.[cm]?[jt]sx?$/.test(f) || f.endsWith('.map'))).toEqual([]);
  });

  it('packs exactly the dependencies the main process imports (and theirs): no PostgreSQL, PGlite, Swagger UI, build tools', () => {
    const imports = externalImports(mainJs);
    expect(imports).toEqual(expect.arrayContaining(['fastify', 'serialport', 'node-thermal-printer']));
    // Compared by package name: electron-builder 26 lays nested duplicates out differently from npm (e.g.
    // bindings-cpp's own @serialport/parser-readline 12 ends up under serialport/), Node still resolves them.
    const name = (p: string) => p.split('node_modules/').at(-1) as string;
    const needed = new Set([...dependencyClosure(imports)].map(name));
    const packedPaths = packedPackages(asarFiles);
    const packed = new Set([...packedPaths].map(name));
    expect([...needed].filter((p) => !packed.has(p)).sort()).toEqual([]);
    expect([...packed].filter((p) => !needed.has(p)).sort()).toEqual([]);
    for (const banned of [
      'pg',
      '@electric-sql/pglite',
      '@fastify/swagger-ui',
      '@fastify/swagger',
      '@fastify/static',
      'tsx',
      'esbuild',
      'react',
      'dexie',
      'ioredis',
      'nodemailer',
    ]) {
      expect(packed.has(banned)).toBe(false);
    }
  });

  it('keeps the native serial bindings outside the archive so they can be loaded', () => {
    const prebuilds = join(unpacked, 'node_modules/@serialport/bindings-cpp/prebuilds');
    for (const platform of ['linux-x64', 'win32-x64', 'darwin-x64+arm64']) expect(existsSync(join(prebuilds, platform)), platform).toBe(true);
  });
});
