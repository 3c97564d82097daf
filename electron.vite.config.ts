process.env.ELECTRON_MAJOR_VER ??= '41';
// electron-vite build of the desktop till: main (ESM) → out/main/index.js, sandboxed preload (must be CommonJS)
// → out/preload/preload.cjs, renderer (the same React till as the browser build) → out/renderer/.
// ELECTRON_MAJOR_VER above lets electron-vite pick its build targets without the (optional) electron binary.
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      externalizeDeps: true,
      rollupOptions: { input: { index: here('./electron/main.ts') } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload cannot load node_modules: bundle everything it imports.
      externalizeDeps: false,
      rollupOptions: {
        input: { preload: here('./electron/preload.ts') },
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: here('./renderer'),
    plugins: [react()],
    build: {
      outDir: here('./out/renderer'),
      rollupOptions: { input: here('./renderer/index.html') },
    },
  },
});
