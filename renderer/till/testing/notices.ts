// The till's notices as a test reads them: notices may hold a catalog key, shown here in English.
import { showText } from '../i18n/local-text';
import { tillI18n } from '../i18n/use-i18n';
import { useTill } from '../till-store';

/** The newest notice as an English till shows it. */
export function lastNotice(): string | undefined {
  const notice = useTill.getState().notices.at(-1);
  return notice && showText(notice.text, tillI18n(null).t);
}
