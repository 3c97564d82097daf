// Back office: PUT / DELETE /backoffice/api/products/{id}/image, the product editor's picture.
// Same checks, storage and product.updated event as the API's (catalog/products-service.ts);
// the body is the file's bytes (http/image-body.ts).
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { setProductImageWithEvents } from '../catalog/products-service';
import { notFound } from '../http/api-error';
import { acceptImageBodies, imageBody } from '../http/image-body';
import { sessionOf } from './request-context';

const IdParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 64 }) });

async function imageRoutes(scope: FastifyInstance): Promise<void> {
  acceptImageBodies(scope);
  const write = async (businessId: string, id: string, bytes: Buffer | null) => {
    const product = await scope.db.transaction((tx) => setProductImageWithEvents(tx, businessId, id, bytes, scope.publicUrl()));
    if (!product) throw notFound('product', id, 'id');
    return product;
  };
  scope.put<{ Params: { id: string } }>('/api/products/:id/image', { schema: { params: IdParams, hide: true } }, async (request) =>
    write(sessionOf(request).businessId, request.params.id, imageBody(request.body)),
  );
  scope.delete<{ Params: { id: string } }>('/api/products/:id/image', { schema: { params: IdParams, hide: true } }, async (request) =>
    write(sessionOf(request).businessId, request.params.id, null),
  );
}

export async function registerProductImageRoutes(bo: FastifyInstance): Promise<void> {
  await bo.register(imageRoutes);
}
