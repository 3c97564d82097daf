// Serves the till for e2e tests: Vite's dev server on a free port with `/sync` and `/api`
// proxied to the cloud service under test (same-origin, like `npm start`).
import { fileURLToPath } from 'node:url';
import { createServer, type ViteDevServer } from 'vite';

const ROOT = fileURLToPath(new URL('../../../renderer/', import.meta.url));

export interface TillServer {
  url: string;
  close(): Promise<void>;
}

export async function startTillServer(cloudUrl: string): Promise<TillServer> {
  const server: ViteDevServer = await createServer({
    configFile: fileURLToPath(new URL('../../../renderer/vite.config.ts', import.meta.url)),
    root: ROOT,
    logLevel: 'warn',
    clearScreen: false,
    server: {
      host: '127.0.0.1',
      port: 0,
      strictPort: false,
      hmr: false,
      watch: null,
      proxy: {
        '/sync/v1': { target: cloudUrl, changeOrigin: true },
        '/api/v1': { target: cloudUrl, changeOrigin: true },
      },
    },
  });
  await server.listen();
  const address = server.httpServer?.address();
  if (!address || typeof address === 'string') throw new Error('till dev server has no TCP address');
  return {
    url: `http://127.0.0.1:${address.port}`,
    close: () => server.close(),
  };
}
