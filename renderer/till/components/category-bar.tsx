// The sell screen's category bar: scrolls sideways by touch, wheel or keyboard, and says so — a fade
// and an arrow button on each side that has more; ← → move between categories (roving focus).
import { useCallback, useEffect, useRef, useState, type CSSProperties } from 'react';
import { useI18n } from '../i18n/use-i18n';

export interface CategoryBarProps {
  categories: readonly { id: string; name: string; color: string | null }[];
  allLabel: string;
  /** the selected category id, null for all, undefined when a search overrides the choice */
  selected: string | null | undefined;
  onPick(id: string | null): void;
}

export function CategoryBar({ categories, allLabel, selected, onPick }: CategoryBarProps) {
  const { t } = useI18n();
  const scroller = useRef<HTMLDivElement>(null);
  const [more, setMore] = useState({ left: false, right: false });

  const measure = useCallback(() => {
    const el = scroller.current;
    if (!el) return;
    const left = el.scrollLeft > 1;
    const right = el.scrollLeft + el.clientWidth < el.scrollWidth - 1;
    setMore((m) => (m.left === left && m.right === right ? m : { left, right }));
  }, []);

  useEffect(() => {
    measure();
    const el = scroller.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [measure, categories.length]);

  const page = (direction: 1 | -1) => scroller.current?.scrollBy({ left: direction * scroller.current.clientWidth * 0.8 });
  const overflowing = more.left || more.right;

  return (
    <div className={`category-bar${more.left ? ' more-left' : ''}${more.right ? ' more-right' : ''}`} data-testid="category-bar">
      {overflowing && (
        <button type="button" className="btn scroll" tabIndex={-1} aria-label={t('sell.scrollLeft')} disabled={!more.left} onClick={() => page(-1)}>
          ‹
        </button>
      )}
      <div
        ref={scroller}
        className="categories"
        role="toolbar"
        aria-label={t('sell.categories')}
        onScroll={measure}
        onKeyDown={(e) => {
          if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
          const buttons = [...(scroller.current?.querySelectorAll<HTMLButtonElement>('button') ?? [])];
          const i = buttons.indexOf(e.target as HTMLButtonElement);
          const next = buttons[i + (e.key === 'ArrowRight' ? 1 : -1)];
          if (i < 0 || !next) return;
          e.preventDefault();
          next.focus();
          next.scrollIntoView({ block: 'nearest', inline: 'nearest' });
        }}
      >
        <button type="button" className="btn" aria-pressed={selected === null} onClick={() => onPick(null)}>
          {allLabel}
        </button>
        {categories.map((c) => (
          <button
            key={c.id}
            type="button"
            className="btn"
            aria-pressed={selected === c.id}
            style={c.color ? ({ '--cat': c.color } as CSSProperties) : undefined}
            onClick={() => onPick(c.id)}
          >
            {c.name}
          </button>
        ))}
      </div>
      {overflowing && (
        <button type="button" className="btn scroll" tabIndex={-1} aria-label={t('sell.scrollRight')} disabled={!more.right} onClick={() => page(1)}>
          ›
        </button>
      )}
    </div>
  );
}
