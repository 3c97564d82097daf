// Serves the built back-office page (Vite output, renderer/dist/backoffice) at /backoffice/…: files
// as they are, every other page path as index.html (client-side routing). Unbuilt, it says how to build.
import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { ApiError } from '../http/api-error';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const BUILD_COMMAND = 'npx vite build --config renderer/backoffice/vite.config.ts';

/** Where the built files are: POS_BACKOFFICE_DIST (tests build into a temp dir), else renderer/dist/backoffice. */
export function backofficeDistDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.POS_BACKOFFICE_DIST ? resolve(env.POS_BACKOFFICE_DIST) : join(REPO_ROOT, 'renderer/dist/backoffice');
}

// The page loads only its own scripts and styles and talks only to this origin; it is never framed.
// Pictures also come from the public URL's origin (product image_url) and as data: URLs (the upload preview).
const pageCsp = (publicUrl: string) =>
  `default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: ${new URL(publicUrl).origin}; connect-src 'self'; font-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'`;

export async function registerAssetRoutes(bo: FastifyInstance): Promise<void> {
  const root = backofficeDistDir();
  await bo.register(fastifyStatic, { root, serve: false, suppressWarning: true, decorateReply: true });

  const sendPage = (reply: FastifyReply) => {
    reply.header('Content-Security-Policy', pageCsp(bo.publicUrl())).header('X-Frame-Options', 'DENY');
    if (!existsSync(join(root, 'index.html'))) {
      return reply
        .status(503)
        .header('Cache-Control', 'no-store')
        .type('text/html; charset=utf-8')
        .send(
          `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Back office not built</title></head><body>` +
            `<h1>The back office has not been built yet</h1><p>Build it once with</p><pre>${BUILD_COMMAND}</pre>` +
            `<p>then reload this page. (Built files are looked for in <code>${escapeHtml(root)}</code>.)</p></body></html>`,
        );
    }
    return reply.header('Cache-Control', 'no-cache').sendFile('index.html', root);
  };

  bo.get('/', { schema: { hide: true }, config: { access: 'public' } }, async (_request, reply) => sendPage(reply));
  bo.get<{ Params: { '*': string } }>('/*', { schema: { hide: true }, config: { access: 'public' } }, async (request, reply) => {
    const path = request.params['*'];
    if (path === 'api' || path.startsWith('api/')) {
      throw new ApiError('not_found', 'route_not_found', `No route ${request.method} /backoffice/${path.split('?')[0]}.`);
    }
    if (path.split('/').some((segment) => segment === '..' || segment.startsWith('.'))) return sendPage(reply);
    const file = join(root, path);
    if (path !== '' && file.startsWith(root) && existsSync(file) && statSync(file).isFile()) {
      // Vite puts content-hashed bundles under assets/: they never change, so cache them for good.
      const immutable = path.startsWith('assets/');
      return reply.sendFile(path, root, immutable ? { maxAge: '365d', immutable: true } : { maxAge: 0 });
    }
    return sendPage(reply);
  });
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
