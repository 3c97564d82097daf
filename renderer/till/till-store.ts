// UI session state only (SPEC §6.1): who is signed in, which screen, the cart being rung up and
// the open dialog. Anything persisted (catalog, orders, shifts) is read from Dexie, never kept here.
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { addLine, newCart, removeLine, setQuantity, type Cart, type CartLine } from './cart';

export type Screen = 'sell' | 'tender' | 'receipt' | 'history' | 'reports' | 'settings' | 'orders' | 'parked';

export interface SignedInStaff {
  id: string;
  name: string;
  role: string;
}

export type Dialog =
  | { kind: 'modifiers'; lineId: string }
  | { kind: 'discount'; target: 'line' | 'order'; lineId: string | null }
  | { kind: 'help' }
  | { kind: 'void' };

export interface Notice {
  id: number;
  tone: 'info' | 'error' | 'success';
  text: string;
}

export interface TillState {
  staff: SignedInStaff | null;
  screen: Screen;
  cart: Cart;
  selectedLineId: string | null;
  /** Digits typed before a product is picked: the quantity of the next line ("3 ×"). */
  pendingQuantity: string;
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
  setPendingQuantity(text: string): void;
  setCategory(id: string | null): void;
  setSearch(text: string): void;
  openDialog(dialog: Dialog): void;
  closeDialog(): void;
  showReceipt(orderId: string, printError?: string | null): void;
  notify(tone: Notice['tone'], text: string): void;
  dismiss(id: number): void;
}

let noticeSeq = 0;

/** An order created through the API was priced by the cloud: the till takes its payment as it is. */
function lockedOrder(get: () => TillState): boolean {
  const number = get().cart.open_order_number;
  if (get().cart.open_order_id === null) return false;
  get().notify('info', `Order ${number ?? ''} came from the API and is paid as it is; void (F8) to start a new sale.`);
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
      pendingQuantity: '',
      category: null,
      search: '',
      dialog: null,
      receiptOrderId: null,
      receiptPrintError: null,
      notices: [],

      signIn: (staff) => set({ staff, screen: 'sell' }),
      // Signing out keeps the cart: the next cashier can finish or void it (a parked sale is never lost).
      signOut: () => set({ staff: null, dialog: null, screen: 'sell' }),
      go: (screen) => set({ screen, dialog: null }),
      setCart: (cart) => set({ cart, selectedLineId: cart.lines[cart.lines.length - 1]?.id ?? null }),
      addToCart: (line) => {
        if (lockedOrder(get)) return;
        const typed = Number.parseInt(get().pendingQuantity, 10);
        const quantity = typed > 0 ? Math.min(9999, typed) : line.quantity;
        const { cart, lineId } = addLine(get().cart, { ...line, quantity });
        set({ cart, selectedLineId: lineId, pendingQuantity: '' });
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
      clearCart: () => set({ cart: newCart(), selectedLineId: null, pendingQuantity: '' }),
      selectLine: (lineId) => set({ selectedLineId: lineId }),
      // Not capped here: a scan's digits pass through before the burst is recognised and are removed again.
      setPendingQuantity: (text) => set({ pendingQuantity: text.replace(/\D/g, '').slice(-40) }),
      setCategory: (id) => set({ category: id }),
      setSearch: (text) => set({ search: text }),
      openDialog: (dialog) => {
        if ((dialog.kind === 'modifiers' || dialog.kind === 'discount') && lockedOrder(get)) return;
        set({ dialog });
      },
      closeDialog: () => set({ dialog: null }),
      showReceipt: (orderId, printError = null) => set({ receiptOrderId: orderId, receiptPrintError: printError, screen: 'receipt', dialog: null }),
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
