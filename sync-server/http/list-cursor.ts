// Opaque list cursors (`?cursor=`): the last id of a page, base64url-encoded so clients treat it as opaque.
import { ApiError } from './api-error';

export function encodeListCursor(lastId: string): string {
  return Buffer.from(`v1:${lastId}`, 'utf8').toString('base64url');
}

/** The id a cursor points after; a cursor we did not issue is a 400 on `cursor`. */
export function decodeListCursor(cursor: string): string {
  const text = /^[A-Za-z0-9_-]+$/.test(cursor) ? Buffer.from(cursor, 'base64url').toString('utf8') : '';
  const match = /^v1:([a-z]{3}_[0-9A-Z]{1,40})$/.exec(text);
  if (!match)
    throw new ApiError('invalid_request', 'cursor_invalid', 'The cursor is not one this API returned; pass next_cursor from the previous page.', {
      param: 'cursor',
    });
  return match[1]!;
}
