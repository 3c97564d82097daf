// GET /images/products/{product_id}/{sha256}.{ext}: a product picture, public like a CDN's (the
// hash is unguessable without the picture). A URL never changes what it shows, so it is cached for
// a year as immutable, with the hash as ETag; tills fetch it cross-origin into their offline cache.
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { ApiError } from '../http/api-error';
import { PRODUCT_IMAGE_PATH, readProductImage } from './product-images';

const Params = Type.Object({ productId: Type.String({ minLength: 1, maxLength: 64 }), file: Type.String({ minLength: 1, maxLength: 80 }) });
const FILE = /^([0-9a-f]{64})\.(png|jpg|webp)$/;

export function registerProductImageRoute(app: FastifyInstance): void {
  app.get<{ Params: { productId: string; file: string } }>(
    `${PRODUCT_IMAGE_PATH}/:productId/:file`,
    { schema: { params: Params, hide: true } },
    async (request, reply) => {
      const match = FILE.exec(request.params.file);
      const image = match ? await readProductImage(app.db, request.params.productId, match[1]!) : null;
      if (!match || !image) throw new ApiError('not_found', 'image_not_found', 'No such product picture (it may have been replaced or removed).');
      const etag = `"${match[1]}"`;
      reply.headers({
        'Cache-Control': 'public, max-age=31536000, immutable',
        ETag: etag,
        'Access-Control-Allow-Origin': '*',
        'Cross-Origin-Resource-Policy': 'cross-origin',
        'X-Content-Type-Options': 'nosniff',
        'Content-Security-Policy': "default-src 'none'; sandbox",
      });
      const ifNoneMatch = request.headers['if-none-match'];
      if (ifNoneMatch && ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag || tag.trim() === '*')) return reply.code(304).send();
      return reply.type(image.contentType).send(image.bytes);
    },
  );
}
