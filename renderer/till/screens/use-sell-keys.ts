// The sell screen's keyboard: F2 search, F3 discount, F4 modifiers/price, × quantity, +/- and Delete on the
// selected line, arrows to select, Enter to add or pay; typing with nothing focused goes into the search box.
import { useLayoutEffect, type RefObject } from 'react';
import { isWedgeChar } from '../scanner-wedge';
import { useTill } from '../till-store';

/**
 * Listens on the window while the sell screen shows and no dialog is open. The actions are refs so the
 * listener, added once, always runs the current render's version.
 */
export function useSellKeys({
  searchRef,
  submitSearch,
  takeQuantity,
}: {
  searchRef: RefObject<HTMLInputElement | null>;
  submitSearch: RefObject<() => void>;
  takeQuantity: RefObject<() => void>;
}): void {
  useLayoutEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const s = useTill.getState();
      if (s.dialog || s.screen !== 'sell') return;
      const inInput = e.target instanceof HTMLInputElement || e.target instanceof HTMLTextAreaElement;
      const selected = s.cart.lines.find((l) => l.id === s.selectedLineId) ?? null;
      if (e.key === 'F2') {
        e.preventDefault();
        searchRef.current?.focus();
        searchRef.current?.select();
      } else if (e.key === 'F3') {
        e.preventDefault();
        if (e.shiftKey) {
          if (s.cart.lines.length > 0) s.openDialog({ kind: 'discount', target: 'order', lineId: null });
        } else if (selected) s.openDialog({ kind: 'discount', target: 'line', lineId: selected.id });
      } else if (e.key === 'F4') {
        e.preventDefault();
        if (selected) s.openDialog(e.shiftKey ? { kind: 'price', lineId: selected.id } : { kind: 'modifiers', lineId: selected.id });
      } else if (e.key === '*' && (!inInput || e.target === searchRef.current) && /^\d+$/.test(s.search.trim())) {
        e.preventDefault();
        takeQuantity.current();
      } else if (inInput) {
        return;
      } else if (isWedgeChar(e.key) && !e.ctrlKey && !e.altKey && !e.metaKey && e.key !== '+' && e.key !== '-' && e.key !== '*') {
        // Typing with nothing focused goes into the search box, in view: digits are a barcode or a
        // search until × makes them a quantity, so a scanner of any speed never sets a quantity.
        e.preventDefault();
        s.setSearch(s.search + e.key);
        searchRef.current?.focus();
      } else if (e.key === 'Backspace' && s.pendingQuantity !== null) {
        e.preventDefault();
        s.setPendingQuantity(null);
      } else if (e.key === 'Enter' && !(e.target instanceof HTMLButtonElement) && s.search.trim() !== '') {
        e.preventDefault();
        submitSearch.current();
      } else if ((e.key === '+' || e.key === '-') && selected) {
        e.preventDefault();
        s.changeQuantity(selected.id, selected.quantity + (e.key === '+' ? 1 : -1));
      } else if (e.key === 'Delete' && selected) {
        e.preventDefault();
        s.removeFromCart(selected.id);
      } else if ((e.key === 'ArrowUp' || e.key === 'ArrowDown') && s.cart.lines.length > 0 && !(e.target instanceof HTMLButtonElement)) {
        e.preventDefault();
        const i = s.cart.lines.findIndex((l) => l.id === s.selectedLineId);
        const next = e.key === 'ArrowUp' ? Math.max(0, i - 1) : Math.min(s.cart.lines.length - 1, i + 1);
        s.selectLine(s.cart.lines[next]?.id ?? null);
      } else if (e.key === 'Enter' && !(e.target instanceof HTMLButtonElement) && s.cart.lines.length > 0) {
        e.preventDefault();
        s.go('tender');
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [searchRef, submitSearch, takeQuantity]);
}
