// The frame of the Categories, Modifiers and Taxes tabs.
import type { ReactNode } from 'react';

/** The frame of the Categories, Modifiers and Taxes tabs: a card with its title and a "New …" button. */
export function TabSection({ title, newLabel, onNew, children }: { title: string; newLabel: string; onNew: () => void; children: ReactNode }) {
  return (
    <section className="card">
      <div className="section-header">
        <h2>{title}</h2>
        <button type="button" className="button-primary" onClick={onNew}>
          {newLabel}
        </button>
      </div>
      {children}
    </section>
  );
}
