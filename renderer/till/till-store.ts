// UI session state only (SPEC §6.1): who is signed in, which screen, the cart being rung up and
// the open dialog. Anything persisted (catalog, orders, shifts) is read from Dexie, never kept here.
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { newCart } from '../db/sales';
import type { Cart, CartLine } from '../db/till-db';
import { addLine, MAX_QUANTITY, removeLine, setQuantity } from './cart';
import { localText, type LocalText } from './i18n/local-text';

export type Screen = 'sell' | 'tender' | 'receipt' | 'history' | 'reports' | 'settings' | 'orders' | 'parked';

export interface SignedInStaff {
  id: string;
  name: string;
  role: string;
}

export type Dialog =
  | { kind: 'modifiers'; lineId: string }
  | { kind: 'discount'; target: 'line' | 'order'; lineId: string | null }
  /** Changing a line's unit price (price override, guarded). */
  | { kind: 'price'; lineId: string }
  | { kind: 'help' }
  /** Weighing a product sold by weight before it goes on the cart. */
  | { kind: 'weigh'; productId: string }
  | { kind: 'void' }
  /** Finding a customer to attach to the sale. */
  | { kind: 'customer' };

export interface Notice {
  id: number;
  tone: 'info' | 'error' | 'success';
  text: LocalText;
}

export interface TillState {
  staff: SignedInStaff | null;
  screen: Screen;
  cart: Cart;
  selectedLineId: string | null;
  /**
   * The quantity of the next product ("3 ×"), set only on purpose (digits then ×/*, or the Qty
   * button), always shown, at most MAX_QUANTITY, and dropped on every screen change.
   */
  pendingQuantity: number | null;
  category: string | null;
  search: string;
  dialog: Dialog | null;
  /** The order shown on the receipt screen (read from Dexie by id). */
  receiptOrderId: string | null;
  /** Why its receipt did not print, shown beside the reprint button. */
  receiptPrintError: string | null;
  notices: Notice[];

  signIn(staff: SignedInStaff): void;
  signOut(): void;
  go(screen: Screen): void;
  setCart(cart: Cart): void;
  /** Adds a line built by cartLineFromProduct; a pending typed quantity replaces its quantity. */
  addToCart(line: CartLine): void;
  changeQuantity(lineId: string, quantity: number): void;
  removeFromCart(lineId: string): void;
  clearCart(): void;
  selectLine(lineId: string | null): void;
  /** Sets (or clears, with null) the next product's quantity; false with a notice when out of range. */
  setPendingQuantity(quantity: number | null): boolean;
  setCategory(id: string | null): void;
  setSearch(text: string): void;
  openDialog(dialog: Dialog): void;
  closeDialog(): void;
  showReceipt(orderId: string, printError?: string | null): void;
  notify(tone: Notice['tone'], text: LocalText): void;
  dismiss(id: number): void;
}

let noticeSeq = 0;

/** An order created through the API was priced by the cloud: the till takes its payment as it is. */
function lockedOrder(get: () => TillState): boolean {
  const number = get().cart.open_order_number;
  if (get().cart.open_order_id === null) return false;
  get().notify('info', localText('sell.apiOrder', { number: number ?? '' }));
  return true;
}

export const useTill = create<TillState>()(
  // The cart being rung up survives a page reload or crash (sessionStorage); who is signed in does not.
  persist(
    (set, get) => ({
      staff: null,
      screen: 'sell',
      cart: newCart(),
      selectedLineId: null,
      pendingQuantity: null,
      category: null,
      search: '',
      dialog: null,
      receiptOrderId: null,
      receiptPrintError: null,
      notices: [],

      signIn: (staff) => set({ staff, screen: 'sell', pendingQuantity: null }),
      // Signing out keeps the cart: the next cashier can finish or void it (a parked sale is never lost).
      signOut: () => set({ staff: null, dialog: null, screen: 'sell', pendingQuantity: null }),
      // A quantity typed for the next product never outlives the screen it was typed on.
      go: (screen) => set({ screen, dialog: null, pendingQuantity: null }),
      setCart: (cart) => set({ cart, selectedLineId: cart.lines[cart.lines.length - 1]?.id ?? null }),
      addToCart: (line) => {
        if (lockedOrder(get)) return;
        // A weighed line is one weighing: a typed quantity does not multiply it.
        const quantity = line.weight ? 1 : (get().pendingQuantity ?? line.quantity);
        const { cart, lineId } = addLine(get().cart, { ...line, quantity });
        set({ cart, selectedLineId: lineId, pendingQuantity: null });
      },
      changeQuantity: (lineId, quantity) => {
        if (lockedOrder(get)) return;
        const cart = setQuantity(get().cart, lineId, quantity);
        const stillThere = cart.lines.some((l) => l.id === lineId);
        set({ cart, selectedLineId: stillThere ? lineId : (cart.lines[cart.lines.length - 1]?.id ?? null) });
      },
      removeFromCart: (lineId) => {
        if (lockedOrder(get)) return;
        const cart = removeLine(get().cart, lineId);
        set({ cart, selectedLineId: cart.lines[cart.lines.length - 1]?.id ?? null });
      },
      clearCart: () => set({ cart: newCart(), selectedLineId: null, pendingQuantity: null }),
      selectLine: (lineId) => set({ selectedLineId: lineId }),
      setPendingQuantity: (quantity) => {
        if (quantity !== null && (!Number.isSafeInteger(quantity) || quantity < 1 || quantity > MAX_QUANTITY)) {
          get().notify('error', localText('sell.quantityRange', { max: MAX_QUANTITY }));
          return false;
        }
        set({ pendingQuantity: quantity });
        return true;
      },
      setCategory: (id) => set({ category: id }),
      setSearch: (text) => set({ search: text }),
      openDialog: (dialog) => {
        if ((dialog.kind === 'modifiers' || dialog.kind === 'discount' || dialog.kind === 'price') && lockedOrder(get)) return;
        set({ dialog });
      },
      closeDialog: () => set({ dialog: null }),
      showReceipt: (orderId, printError = null) =>
        set({ receiptOrderId: orderId, receiptPrintError: printError, screen: 'receipt', dialog: null, pendingQuantity: null }),
      notify: (tone, text) => {
        const id = ++noticeSeq;
        set({ notices: [...get().notices.slice(-2), { id, tone, text }] });
      },
      dismiss: (id) => set({ notices: get().notices.filter((n) => n.id !== id) }),
    }),
    {
      name: 'pos.till-session',
      storage: createJSONStorage(() => sessionStorage),
      partialize: (state) => ({ cart: state.cart }),
    },
  ),
);
