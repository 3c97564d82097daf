// Modifier choice for a cart line: groups with min/max selections; digits toggle the n-th option.
import { useState } from 'react';
import { tillI18n, useI18n, type TillI18n } from '../i18n/use-i18n';
import type { ModifierInput } from '../../../core/order-totals';
import { Dialog } from './dialog';

export interface ModifierGroupView {
  id: string;
  name: string;
  min: number;
  max: number;
  modifiers: ModifierInput[];
}

export interface ModifiersDialogProps {
  productName: string;
  currency: string;
  groups: ModifierGroupView[];
  selected: ModifierInput[];
  onApply(modifiers: ModifierInput[]): void;
  onClose(): void;
}

/** Why the selection cannot be applied yet (a group under its minimum), or null; in English outside the till's language context. */
export function modifierProblem(groups: ModifierGroupView[], selectedIds: ReadonlySet<string>, t: TillI18n['t'] = tillI18n(null).t): string | null {
  for (const group of groups) {
    const count = group.modifiers.filter((m) => selectedIds.has(m.id)).length;
    if (count < group.min) return t('modifiers.atLeast', { min: group.min, group: group.name });
  }
  return null;
}

/** Toggles a modifier, keeping its group within `max` (a single-choice group swaps its choice). */
export function toggleModifier(groups: ModifierGroupView[], selectedIds: ReadonlySet<string>, modifierId: string): Set<string> {
  const next = new Set(selectedIds);
  if (next.has(modifierId)) {
    next.delete(modifierId);
    return next;
  }
  const group = groups.find((g) => g.modifiers.some((m) => m.id === modifierId));
  if (!group) return next;
  const inGroup = group.modifiers.filter((m) => next.has(m.id));
  if (group.max === 1) inGroup.forEach((m) => next.delete(m.id));
  else if (group.max > 0 && inGroup.length >= group.max) return next;
  next.add(modifierId);
  return next;
}

export function ModifiersDialog({ productName, currency, groups, selected, onApply, onClose }: ModifiersDialogProps) {
  const { money, t } = useI18n();
  const [ids, setIds] = useState<Set<string>>(() => new Set(selected.map((m) => m.id)));
  const [error, setError] = useState<string | null>(null);
  const all = groups.flatMap((g) => g.modifiers);

  const apply = () => {
    const problem = modifierProblem(groups, ids, t);
    if (problem) {
      setError(problem);
      return;
    }
    onApply(all.filter((m) => ids.has(m.id)));
  };

  return (
    <Dialog title={`Modifiers — ${productName}`} onClose={onClose} testId="modifiers-dialog">
      <div
        onKeyDown={(e) => {
          const n = Number.parseInt(e.key, 10);
          if (!Number.isNaN(n) && n >= 1 && n <= all.length && !e.ctrlKey && !e.altKey) {
            e.preventDefault();
            setIds((cur) => toggleModifier(groups, cur, (all[n - 1] as ModifierInput).id));
            setError(null);
          } else if (e.key === 'Enter' && !(e.target instanceof HTMLButtonElement && !e.target.dataset.option)) {
            // Enter applies, also on a focused option (Space toggles that one); Cancel/Apply keep their own Enter.
            e.preventDefault();
            apply();
          }
        }}
      >
        {groups.length === 0 && <p className="empty">{t('modifiers.none')}</p>}
        {groups.map((group) => (
          <fieldset key={group.id} style={{ border: 0, padding: 0, margin: '0 0 12px' }}>
            <legend style={{ fontWeight: 700, marginBottom: 6 }}>
              {group.name}{' '}
              <small style={{ color: 'var(--muted)', fontWeight: 400 }}>
                {group.min > 0 ? `choose ${group.min === group.max ? group.min : `${group.min}–${group.max || 'any'}`}` : 'optional'}
              </small>
            </legend>
            <div className="choice-grid">
              {group.modifiers.map((m) => {
                const index = all.indexOf(m) + 1;
                return (
                  <button
                    key={m.id}
                    type="button"
                    className="btn"
                    data-option={m.id}
                    aria-pressed={ids.has(m.id)}
                    onClick={() => {
                      setIds((cur) => toggleModifier(groups, cur, m.id));
                      setError(null);
                    }}
                  >
                    {index <= 9 ? <span className="key">{index}</span> : <span />}
                    <span className="option-name">{m.name}</span>
                    {m.price_delta !== 0 && <small className="option-price">{(m.price_delta > 0 ? '+' : '') + money(m.price_delta, currency)}</small>}
                  </button>
                );
              })}
            </div>
          </fieldset>
        ))}
        {error && (
          <p className="error-text" role="alert">
            {error}
          </p>
        )}
        <div className="actions">
          <button type="button" className="btn" onClick={onClose}>
            {t('common.cancel')} <span className="key">Esc</span>
          </button>
          <button type="button" className="btn primary" onClick={apply}>
            {t('common.apply')} <span className="key">Enter</span>
          </button>
        </div>
      </div>
    </Dialog>
  );
}
