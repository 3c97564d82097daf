// Vite config for the browser till (root renderer/). The dev server proxies the cloud service's
// `/sync/v1` and `/api/v1` so a till opened at http://127.0.0.1:5173/ talks to it same-origin
// (only the versioned prefixes: renderer/sync/*.ts modules are served under /sync/ too).
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
const serverUrl = process.env.POS_SERVER_URL || 'http://127.0.0.1:8080';

export default defineConfig({
  root,
  plugins: [react()],
  server: {
    host: process.env.POS_TILL_HOST || '127.0.0.1',
    port: process.env.POS_TILL_PORT ? Number(process.env.POS_TILL_PORT) : 5173,
    strictPort: false,
    proxy: {
      '/sync/v1': { target: serverUrl, changeOrigin: true },
      '/api/v1': { target: serverUrl, changeOrigin: true },
    },
  },
  preview: {
    host: process.env.POS_TILL_HOST || '127.0.0.1',
    port: process.env.POS_TILL_PORT ? Number(process.env.POS_TILL_PORT) : 5173,
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
  },
});
