// The till's keyboard shortcuts, in one list: the help dialog (in the location's language) and
// docs/till.md show these.
import type { TillMessageKey } from './i18n/messages';

export interface Shortcut {
  /** the keys as printed on the keyboard, or `keysText` when they need words ("digits") */
  keys?: string;
  keysText?: TillMessageKey;
  action: TillMessageKey;
}

export const SHORTCUTS: { section: TillMessageKey; items: Shortcut[] }[] = [
  {
    section: 'shortcuts.everywhere',
    items: [
      { keys: 'F1', action: 'shortcuts.help' },
      { keys: 'Esc', action: 'shortcuts.escape' },
      { keys: 'F6', action: 'shortcuts.orders' },
      { keys: 'F7', action: 'shortcuts.history' },
      { keys: 'F9', action: 'shortcuts.reports' },
      { keys: 'F10', action: 'shortcuts.settings' },
      { keys: 'Alt+Q', action: 'shortcuts.signOut' },
      { keys: 'Tab / Shift+Tab', action: 'shortcuts.tab' },
    ],
  },
  {
    section: 'shortcuts.selling',
    items: [
      { keysText: 'shortcuts.scanKey', action: 'shortcuts.scan' },
      { keys: 'F2', action: 'shortcuts.search' },
      { keysText: 'shortcuts.quantityKey', action: 'shortcuts.quantity' },
      { keys: '↑ / ↓', action: 'shortcuts.select' },
      { keys: '+ / −', action: 'shortcuts.lineQuantity' },
      { keys: 'Del', action: 'shortcuts.remove' },
      { keys: 'F3 / Shift+F3', action: 'shortcuts.discount' },
      { keys: 'F4', action: 'shortcuts.modifiers' },
      { keys: 'Shift+F4', action: 'shortcuts.price' },
      { keys: 'F5', action: 'shortcuts.park' },
      { keys: 'F8', action: 'shortcuts.void' },
      { keys: 'Enter', action: 'shortcuts.pay' },
    ],
  },
  {
    section: 'shortcuts.payment',
    items: [
      { keysText: 'shortcuts.digitsKey', action: 'shortcuts.cashGiven' },
      { keys: 'Enter', action: 'shortcuts.cashEnter' },
      { keys: 'F5–F8', action: 'shortcuts.quickCash' },
      { keys: 'F2', action: 'shortcuts.card' },
      { keys: 'Esc', action: 'shortcuts.back' },
    ],
  },
  {
    section: 'shortcuts.receipt',
    items: [
      { keys: 'Enter', action: 'shortcuts.next' },
      { keys: 'R', action: 'shortcuts.reprint' },
    ],
  },
];
