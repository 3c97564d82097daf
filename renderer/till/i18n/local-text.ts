// Words made outside React (the session store, checkout, hardware callbacks) as a catalog key and its
// parameters, so they are shown in the location's language by whoever renders them.
import type { Params, Translate } from '../../../core/i18n/translate';
import type { TillMessageKey } from './messages';

/** A catalog message to show later, or text that is already in the location's language. */
export type LocalText = string | { key: TillMessageKey; params?: Params };

export const localText = (key: TillMessageKey, params?: Params): LocalText => ({ key, params });

export function showText(text: LocalText, t: Translate<TillMessageKey>): string {
  return typeof text === 'string' ? text : t(text.key, text.params);
}
