// The till's keyboard shortcuts, in one list: the help dialog and docs/till.md show these.
export interface Shortcut {
  keys: string;
  action: string;
}

export const SHORTCUTS: { section: string; items: Shortcut[] }[] = [
  {
    section: 'Everywhere',
    items: [
      { keys: 'F1', action: 'Show these shortcuts' },
      { keys: 'Esc', action: 'Close the dialog / back to selling' },
      { keys: 'F6', action: 'Orders to pay: parked sales and online (API) orders' },
      { keys: 'F7', action: 'Sales history: reprint, refund, void' },
      { keys: 'F9', action: 'Reports: X report, cash in/out, close shift (Z report)' },
      { keys: 'F10', action: 'Settings: cloud, pairing, devices' },
      { keys: 'Alt+Q', action: 'Sign out (lock the till)' },
      { keys: 'Tab / Shift+Tab', action: 'Move focus (always visible)' },
    ],
  },
  {
    section: 'Selling',
    items: [
      { keys: 'Barcode scan', action: 'Adds the product (works wherever the focus is)' },
      { keys: 'F2', action: 'Search products; Enter adds the first match' },
      { keys: '0–9 then product', action: 'Quantity for the next product (e.g. 3, then scan)' },
      { keys: '↑ / ↓', action: 'Select a cart line' },
      { keys: '+ / −', action: 'Change the selected line’s quantity' },
      { keys: 'Del', action: 'Remove the selected line' },
      { keys: 'F3 / Shift+F3', action: 'Discount on the line / on the order' },
      { keys: 'F4', action: 'Modifiers of the selected line' },
      { keys: 'Shift+F4', action: 'Change the selected line’s price (manager approval for cashiers)' },
      { keys: 'F5', action: 'Park the sale' },
      { keys: 'F8', action: 'Void (clear) the current sale' },
      { keys: 'Enter', action: 'Pay' },
    ],
  },
  {
    section: 'Payment',
    items: [
      { keys: 'digits', action: 'Cash given (or part amount for a split)' },
      { keys: 'Enter', action: 'Cash: the amount typed, or exact when nothing is typed' },
      { keys: 'F5–F8', action: 'Quick cash amounts (exact, next notes)' },
      { keys: 'F2', action: 'Card for the amount typed, or the rest due' },
      { keys: 'Esc', action: 'Back to the cart (before a card is charged)' },
    ],
  },
  {
    section: 'Receipt',
    items: [
      { keys: 'Enter', action: 'Next sale' },
      { keys: 'R', action: 'Reprint the receipt' },
    ],
  },
];
