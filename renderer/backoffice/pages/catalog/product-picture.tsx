// The product editor's picture: shows the current one, takes a new file (checked by its bytes and
// shrunk to tile size when the browser can, previewed at once) or removes it. The change is
// applied when the product is saved (PUT / DELETE /backoffice/api/products/{id}/image).
import { useId, useState } from 'react';
import type { Product } from '../../../../core/api/catalog';
import { PRODUCT_IMAGE_MAX_BYTES, sniffProductImageType } from '../../../../core/product-image';
import { del, upload } from '../../api-client';

export type PictureChange = { kind: 'keep' } | { kind: 'set'; file: Blob; preview: string } | { kind: 'remove' };

/** Longest side a tile ever needs (a 1920×1080 till's tiles are about 240 px; room for retina). */
const MAX_SIDE = 800;

function readAs<T extends 'buffer' | 'dataUrl'>(blob: Blob, as: T): Promise<T extends 'buffer' ? ArrayBuffer : string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as T extends 'buffer' ? ArrayBuffer : string);
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
    if (as === 'buffer') reader.readAsArrayBuffer(blob);
    else reader.readAsDataURL(blob);
  });
}

/** A smaller WebP of a large photo, or null where the browser cannot draw it (then the file goes as it is). */
async function shrink(file: Blob): Promise<Blob | null> {
  if (typeof createImageBitmap !== 'function' || typeof document === 'undefined') return null;
  try {
    const bitmap = await createImageBitmap(file);
    const scale = Math.min(1, MAX_SIDE / Math.max(bitmap.width, bitmap.height));
    if (scale === 1 && file.size <= PRODUCT_IMAGE_MAX_BYTES) return null;
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(bitmap.width * scale);
    canvas.height = Math.round(bitmap.height * scale);
    canvas.getContext('2d')?.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
    return await new Promise((resolve) => canvas.toBlob((blob) => resolve(blob), 'image/webp', 0.85));
  } catch (cause) {
    console.warn('picture not shrunk; uploading it as it is', cause);
    return null;
  }
}

/** The file to upload, or a sentence saying why it cannot be. */
export async function preparePicture(file: Blob): Promise<Blob | string> {
  const type = sniffProductImageType(new Uint8Array(await readAs(file.slice(0, 16), 'buffer')));
  if (!type) return 'Choose a PNG, JPEG or WebP picture.';
  const smaller = await shrink(file);
  const chosen = smaller && smaller.size < file.size ? smaller : file;
  if (chosen.size > PRODUCT_IMAGE_MAX_BYTES) return 'The picture is larger than 2 MB; choose a smaller one.';
  return chosen;
}

/** Uploads or removes the picture of a saved product; nothing for 'keep'. */
export async function applyPictureChange(productId: string, change: PictureChange): Promise<void> {
  const path = `/products/${encodeURIComponent(productId)}/image`;
  if (change.kind === 'set') await upload<Product>(path, change.file);
  else if (change.kind === 'remove') await del<Product>(path);
}

export function PictureField({ current, change, onChange }: { current: string | null; change: PictureChange; onChange: (change: PictureChange) => void }) {
  const inputId = useId();
  const [problem, setProblem] = useState<string | null>(null);
  const [reading, setReading] = useState(false);
  const shown = change.kind === 'set' ? change.preview : change.kind === 'remove' ? null : current;

  const choose = async (file: File | undefined) => {
    if (!file) return;
    setProblem(null);
    setReading(true);
    try {
      const prepared = await preparePicture(file);
      if (typeof prepared === 'string') setProblem(prepared);
      else onChange({ kind: 'set', file: prepared, preview: await readAs(prepared, 'dataUrl') });
    } catch (cause) {
      setProblem(cause instanceof Error ? cause.message : 'The file could not be read.');
    } finally {
      setReading(false);
    }
  };

  return (
    <fieldset>
      <legend>Picture</legend>
      <div className="picture-field">
        {shown ? (
          <img className="picture-preview" src={shown} alt="Product picture" />
        ) : (
          <div className="picture-preview picture-none">No picture: the tills show the category colour</div>
        )}
        <div>
          <label htmlFor={inputId}>{shown ? 'Replace picture' : 'Add a picture'}</label>
          <input id={inputId} type="file" accept="image/png,image/jpeg,image/webp" disabled={reading} onChange={(e) => void choose(e.target.files?.[0])} />
          <p className="hint small">PNG, JPEG or WebP; large photos are made smaller before upload (at most 2 MB). Applied when you save.</p>
          {shown ? (
            <button
              type="button"
              className="button-danger button-small"
              onClick={() => onChange(change.kind === 'set' && !current ? { kind: 'keep' } : { kind: 'remove' })}
            >
              Remove picture
            </button>
          ) : null}
          {problem ? (
            <p className="banner banner-error" role="alert">
              {problem}
            </p>
          ) : null}
        </div>
      </div>
    </fieldset>
  );
}
