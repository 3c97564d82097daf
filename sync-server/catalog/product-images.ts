// Product pictures in the database (table product_images, one per product): stored after their
// type is sniffed from the bytes, served under a URL naming their sha256 so the URL of a picture
// never changes what it shows (docs/decisions.md, "Product images").
import { createHash } from 'node:crypto';
import { PRODUCT_IMAGE_EXTENSIONS, sniffProductImageType, type ProductImageType } from '../../core/product-image';
import { ApiError } from '../http/api-error';
import type { Queryable } from '../storage/database';

/** Where pictures are served (public: the hash in the URL is the secret, as on a CDN). */
export const PRODUCT_IMAGE_PATH = '/images/products';

/** The picture's absolute URL under the service's public base URL. */
export function productImageUrl(publicUrl: string, productId: string, sha256: string, contentType: string): string {
  const extension = PRODUCT_IMAGE_EXTENSIONS[contentType as ProductImageType] ?? 'bin';
  return `${publicUrl}${PRODUCT_IMAGE_PATH}/${encodeURIComponent(productId)}/${sha256}.${extension}`;
}

/** The bytes' type, or a 415 that says what is accepted. */
export function acceptedImageType(bytes: Uint8Array): ProductImageType {
  const type = sniffProductImageType(bytes);
  if (!type) {
    throw new ApiError(
      'invalid_request',
      'unsupported_image_type',
      'The body is not a PNG, JPEG or WebP picture (its type is read from its bytes, not from Content-Type).',
      {
        status: 415,
      },
    );
  }
  return type;
}

/** Stores the product's picture (replacing any); false when the same bytes were stored already. */
export async function storeProductImage(tx: Queryable, businessId: string, productId: string, bytes: Buffer, contentType: ProductImageType): Promise<boolean> {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const { rowCount } = await tx.query(
    `INSERT INTO product_images (product_id, business_id, sha256, content_type, bytes) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (product_id) DO UPDATE SET sha256 = excluded.sha256, content_type = excluded.content_type, bytes = excluded.bytes, created_at = now()
       WHERE product_images.sha256 <> excluded.sha256`,
    [productId, businessId, sha256, contentType, bytes],
  );
  return (rowCount ?? 0) > 0;
}

/** Removes the product's picture; false when it had none. */
export async function removeProductImage(tx: Queryable, productId: string): Promise<boolean> {
  const { rowCount } = await tx.query('DELETE FROM product_images WHERE product_id = $1', [productId]);
  return (rowCount ?? 0) > 0;
}

/** A live product's picture by its hash, or null (replaced, removed, product deleted, unknown). */
export async function readProductImage(q: Queryable, productId: string, sha256: string): Promise<{ bytes: Buffer; contentType: ProductImageType } | null> {
  const { rows } = await q.query<{ bytes: Uint8Array; content_type: ProductImageType }>(
    `SELECT i.bytes, i.content_type FROM product_images i JOIN products p ON p.id = i.product_id
     WHERE i.product_id = $1 AND i.sha256 = $2 AND p.deleted_at IS NULL`,
    [productId, sha256],
  );
  const row = rows[0];
  return row ? { bytes: Buffer.from(row.bytes), contentType: row.content_type } : null;
}
