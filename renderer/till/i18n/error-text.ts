// An AppError in the cashier's language: its stable code picks the catalog text, and the original
// message (a device's or a database's own words) is kept as {detail} where it helps to find the cause.
import type { AppError } from '../../../core/result';
import type { Translate } from '../../../core/i18n/translate';
import { en, type TillMessageKey } from './messages';

export function errorText(error: Pick<AppError, 'code' | 'message'>, t: Translate<TillMessageKey>): string {
  const key = `error.${error.code}`;
  if (key in en) return t(key as TillMessageKey, { detail: error.message });
  return t('error.other', { detail: error.message || error.code });
}
