// Product pictures (issue 10): which files are accepted and how their type is told — from the
// bytes' magic numbers, never from a Content-Type header or a file name. Shared by the cloud (which
// refuses anything else) and the back office (which says so before uploading).

export type ProductImageType = 'image/png' | 'image/jpeg' | 'image/webp';

/** Largest picture the cloud stores: plenty for a tile (the back office shrinks big photos first). */
export const PRODUCT_IMAGE_MAX_BYTES = 2 * 1024 * 1024;

/** File name extension per type, used in the picture's URL. */
export const PRODUCT_IMAGE_EXTENSIONS: Record<ProductImageType, string> = { 'image/png': 'png', 'image/jpeg': 'jpg', 'image/webp': 'webp' };

const startsWith = (bytes: Uint8Array, at: number, magic: readonly number[]): boolean =>
  bytes.length >= at + magic.length && magic.every((b, i) => bytes[at + i] === b);

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];
const RIFF = [0x52, 0x49, 0x46, 0x46];
const WEBP = [0x57, 0x45, 0x42, 0x50];

/** The picture's type from its first bytes, or null when it is no PNG, JPEG or WebP. */
export function sniffProductImageType(bytes: Uint8Array): ProductImageType | null {
  if (startsWith(bytes, 0, PNG)) return 'image/png';
  if (startsWith(bytes, 0, JPEG)) return 'image/jpeg';
  if (startsWith(bytes, 0, RIFF) && startsWith(bytes, 8, WEBP)) return 'image/webp';
  return null;
}
