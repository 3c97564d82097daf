// Why the cloud refused a mutation, in the cashier's language: the server's stable reason code picks
// the catalog text (rejection.*); a code this till does not know yet is named in a generic text. The
// server's English message stays in Dexie and the back office, it is not shown on the till.
import type { Translate } from '../../../core/i18n/translate';
import { en, type TillMessageKey } from './messages';

export function rejectionText(error: { code: string }, t: Translate<TillMessageKey>): string {
  const key = `rejection.${error.code}`;
  return key in en ? t(key as TillMessageKey) : t('rejection.other', { code: error.code });
}

/** The kind of record ("Verkauf", "Storno"); a type the catalog does not know is shown as it is. */
export function mutationTypeText(type: string, t: Translate<TillMessageKey>): string {
  const key = `mutation.${type}`;
  return key in en ? t(key as TillMessageKey) : type;
}
