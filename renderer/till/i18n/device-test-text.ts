// A device test's result in the cashier's language: the hardware service's result code picks the
// catalog text (hwtest.*), a failure's AppError code the error text; a service too old to send a code
// gets a plain passed/failed with its own words kept as the detail.
import type { DeviceTestResult } from '../../../core/hardware-contract';
import type { Translate } from '../../../core/i18n/translate';
import { errorText } from './error-text';
import { en, type TillMessageKey } from './messages';

export function deviceTestText(result: DeviceTestResult, t: Translate<TillMessageKey>): string {
  const mark = result.success ? '✓' : '✗';
  const key = `hwtest.${result.code}`;
  if (result.code && key in en) return `${mark} ${t(key as TillMessageKey)}`;
  if (!result.success && result.code) return `${mark} ${errorText({ code: result.code, message: result.message }, t)}`;
  return `${mark} ${t(result.success ? 'hwtest.ok' : 'hwtest.failed')}`;
}
