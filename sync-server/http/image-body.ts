// Raw picture uploads (PUT …/products/{id}/image, API and back office): inside the scope this is
// applied to, every body is read as bytes whatever its Content-Type says (the picture's type is
// sniffed from the bytes), up to PRODUCT_IMAGE_MAX_BYTES, with a 413 that names that limit.
import type { FastifyError, FastifyInstance } from 'fastify';
import { PRODUCT_IMAGE_MAX_BYTES } from '../../core/product-image';
import { ApiError } from './api-error';

const LIMIT_TEXT = `${PRODUCT_IMAGE_MAX_BYTES / (1024 * 1024)} MB`;

/** Makes `scope` (an encapsulated plugin holding only upload routes) read bodies as Buffers. */
export function acceptImageBodies(scope: FastifyInstance): void {
  scope.removeAllContentTypeParsers();
  scope.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: PRODUCT_IMAGE_MAX_BYTES }, (_request, body, done) => done(null, body));
  // Thrown on to the parent's handler, which writes the error shape.
  scope.setErrorHandler((error: FastifyError) => {
    if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      throw new ApiError(
        'invalid_request',
        'image_too_large',
        `The picture is larger than ${LIMIT_TEXT} (${PRODUCT_IMAGE_MAX_BYTES} bytes); send a smaller one.`,
        { status: 413 },
      );
    }
    throw error;
  });
}

/** The uploaded bytes, or a 400 when the request had no body. */
export function imageBody(body: unknown): Buffer {
  if (!Buffer.isBuffer(body) || body.length === 0) {
    throw new ApiError('invalid_request', 'body_missing', 'Send the picture as the request body (the bytes of a PNG, JPEG or WebP file).');
  }
  return body;
}
