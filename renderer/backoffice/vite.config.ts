// Vite config for the back office (root renderer/backoffice/, served by the cloud service at
// /backoffice/). `vite build` writes renderer/dist/backoffice; the dev server proxies the JSON API.
import react from '@vitejs/plugin-react';
import { defineConfig, loadEnv } from 'vite';

const root = decodeURIComponent(new URL('.', import.meta.url).pathname);

export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, root, 'POS_');
  const serverUrl = env.POS_SERVER_URL || 'http://127.0.0.1:8080';
  return {
    root,
    base: '/backoffice/',
    plugins: [react()],
    server: {
      host: '127.0.0.1',
      port: 5174,
      proxy: { '/backoffice/api': { target: serverUrl, changeOrigin: true } },
    },
    build: {
      outDir: '../dist/backoffice',
      emptyOutDir: true,
    },
  };
});
