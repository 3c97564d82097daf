// Modal dialog: focus moves in on open, Esc closes, Tab stays inside, focus returns on close.
import { useEffect, useRef, type ReactNode } from 'react';

export interface DialogProps {
  title: string;
  onClose(): void;
  children: ReactNode;
  testId?: string;
}

export function Dialog({ title, onClose, children, testId }: DialogProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const previous = document.activeElement as HTMLElement | null;
    // An element with autoFocus already took focus during commit; otherwise the first field, else the first button.
    if (ref.current && !ref.current.contains(document.activeElement)) {
      const first = ref.current.querySelector<HTMLElement>('input, select') ?? ref.current.querySelector<HTMLElement>('button:not([disabled])');
      first?.focus();
    }
    return () => previous?.focus?.();
  }, []);

  return (
    <div
      className="backdrop"
      onMouseDown={(e) => {
        if (e.target === e.currentTarget) onClose();
      }}
    >
      <div
        ref={ref}
        className="dialog"
        role="dialog"
        aria-modal="true"
        aria-label={title}
        data-testid={testId}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.preventDefault();
            e.stopPropagation();
            onClose();
            return;
          }
          if (e.key !== 'Tab' || !ref.current) return;
          const focusable = [...ref.current.querySelectorAll<HTMLElement>('input, select, button:not([disabled]), [tabindex="0"]')].filter(
            (el) => el.tabIndex >= 0,
          );
          const first = focusable[0];
          const last = focusable[focusable.length - 1];
          if (!first || !last) return;
          if (e.shiftKey && document.activeElement === first) {
            e.preventDefault();
            last.focus();
          } else if (!e.shiftKey && document.activeElement === last) {
            e.preventDefault();
            first.focus();
          }
        }}
      >
        <h2>{title}</h2>
        {children}
      </div>
    </div>
  );
}
