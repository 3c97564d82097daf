// PUT / DELETE /api/v1/products/{id}/image (products:write): the product picture as raw bytes
// (PNG, JPEG or WebP, sniffed; at most PRODUCT_IMAGE_MAX_BYTES). Registered in a scope of its own
// that reads every body as bytes (http/image-body.ts). Both answer the product and emit
// product.updated when the picture changed.
import type { FastifyInstance, FastifySchemaCompiler } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { ProductSchema } from '../../core/api/catalog';
import { PRODUCT_IMAGE_MAX_BYTES } from '../../core/product-image';
import { setProductImageWithEvents } from '../catalog/products-service';
import { notFound } from '../http/api-error';
import { acceptImageBodies, imageBody } from '../http/image-body';
import { validatorCompiler } from '../http/validation';
import { requireApiKey } from './api-auth';
import { markIdempotencyCommitted } from './idempotency';
import { accessibleProduct } from './products-routes';
import { bearer, errorResponse, errors, IdempotencyHeaders, IdParams } from './route-schemas';

// The body schema is for the OpenAPI document only: the bytes are checked by their magic numbers.
const bytesOrParams: FastifySchemaCompiler<object> = (route) => (route.httpPart === 'body' ? () => true : validatorCompiler(route));

const ImageBody = Type.Unsafe<Buffer>({
  type: 'string',
  format: 'binary',
  description: `the picture's bytes: PNG, JPEG or WebP, at most ${PRODUCT_IMAGE_MAX_BYTES} bytes (2 MB). Its type is read from the bytes; Content-Type is not trusted.`,
});

async function imageRoutes(scope: FastifyInstance): Promise<void> {
  acceptImageBodies(scope);
  const api = scope.withTypeProvider<TypeBoxTypeProvider>();

  api.put(
    '/api/v1/products/:id/image',
    {
      onRequest: scope.apiKeyAuth('products:write'),
      // Setting the same bytes twice is the same state: no Idempotency-Key needed (and none stored for 2 MB bodies).
      config: { idempotency: false },
      validatorCompiler: bytesOrParams,
      schema: {
        tags: ['Products'],
        summary: 'Set the product picture',
        description:
          "Send the picture as the raw request body (`--data-binary @photo.webp`). PNG, JPEG and WebP are accepted, told by their bytes (415 `unsupported_image_type` otherwise); at most 2 MB (413 `image_too_large`). Replaces any picture; the product's `image_url` changes and `product.updated` is emitted. Sending the same picture again changes nothing. No Idempotency-Key needed.",
        security: bearer,
        params: IdParams,
        consumes: ['image/png', 'image/jpeg', 'image/webp'],
        body: ImageBody,
        response: {
          200: ProductSchema,
          ...errors(404),
          413: errorResponse('Picture larger than 2 MB (`image_too_large`)'),
          415: errorResponse('Not a PNG, JPEG or WebP picture (`unsupported_image_type`)'),
        },
      },
    },
    async (request) => {
      const key = requireApiKey(request);
      await accessibleProduct(scope, key, request.params.id);
      const bytes = imageBody(request.body);
      const product = await scope.db.transaction((tx) => setProductImageWithEvents(tx, key.businessId, request.params.id, bytes, scope.publicUrl()));
      if (!product) throw notFound('product', request.params.id, 'id');
      return product;
    },
  );

  api.delete(
    '/api/v1/products/:id/image',
    {
      onRequest: scope.apiKeyAuth('products:write'),
      schema: {
        tags: ['Products'],
        summary: 'Remove the product picture',
        description:
          "The product's `image_url` becomes null (tills show the category colour) and `product.updated` is emitted; a product without a picture is answered as it is.",
        security: bearer,
        headers: IdempotencyHeaders,
        params: IdParams,
        response: { 200: ProductSchema, ...errors(404, 409) },
      },
    },
    async (request) => {
      const key = requireApiKey(request);
      await accessibleProduct(scope, key, request.params.id);
      return scope.db.transaction(async (tx) => {
        const product = await setProductImageWithEvents(tx, key.businessId, request.params.id, null, scope.publicUrl());
        if (!product) throw notFound('product', request.params.id, 'id');
        await markIdempotencyCommitted(tx, request);
        return product;
      });
    },
  );
}

export async function registerProductImageRoutes(app: FastifyInstance): Promise<void> {
  await app.register(imageRoutes);
}
