// Vite config for the browser till (root renderer/). The dev server proxies the cloud service's
// `/sync` and `/api` so a till opened at http://127.0.0.1:5173/ talks to it same-origin.
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
      '/sync': { target: serverUrl, changeOrigin: true },
      '/api': { target: serverUrl, changeOrigin: true },
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
