// Modifier choices: the group rules (single choice, maximum, required) and the dialog's keys.
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ModifiersDialog, modifierProblem, toggleModifier, type ModifierGroupView } from './modifiers-dialog';

const groups: ModifierGroupView[] = [
  {
    id: 'size',
    name: 'Size',
    min: 1,
    max: 1,
    modifiers: [
      { id: 'normal', name: 'Normal', price_delta: 0 },
      { id: 'large', name: 'Large', price_delta: 80 },
    ],
  },
  {
    id: 'extras',
    name: 'Extras',
    min: 0,
    max: 2,
    modifiers: [
      { id: 'shot', name: 'Extra shot', price_delta: 50 },
      { id: 'vanilla', name: 'Vanilla', price_delta: 40 },
      { id: 'caramel', name: 'Caramel', price_delta: 40 },
    ],
  },
];

afterEach(cleanup);

describe('modifier rules', () => {
  it('a single-choice group swaps its choice; a group never exceeds its maximum', () => {
    let s = toggleModifier(groups, new Set(), 'normal');
    s = toggleModifier(groups, s, 'large');
    expect([...s]).toEqual(['large']);
    s = toggleModifier(groups, s, 'shot');
    s = toggleModifier(groups, s, 'vanilla');
    s = toggleModifier(groups, s, 'caramel');
    expect([...s].sort()).toEqual(['large', 'shot', 'vanilla']);
    expect([...toggleModifier(groups, s, 'shot')].sort()).toEqual(['large', 'vanilla']);
    expect([...toggleModifier(groups, s, 'unknown')].sort()).toEqual(['large', 'shot', 'vanilla']);
  });

  it('a required group must be chosen before applying', () => {
    expect(modifierProblem(groups, new Set())).toContain('Size');
    expect(modifierProblem(groups, new Set(['large']))).toBeNull();
  });
});

describe('modifiers dialog', () => {
  it('digits toggle the n-th option and Enter applies; a missing required choice is explained', async () => {
    const onApply = vi.fn();
    const user = userEvent.setup();
    render(<ModifiersDialog productName="Cappuccino" currency="EUR" groups={groups} selected={[]} onApply={onApply} onClose={() => {}} />);
    await user.keyboard('{Enter}');
    expect(screen.getByRole('alert').textContent).toContain('Size');
    await user.keyboard('23');
    expect(screen.getAllByRole('button', { pressed: true })).toHaveLength(2);
    await user.keyboard('{Enter}');
    expect(onApply).toHaveBeenCalledWith([
      { id: 'large', name: 'Large', price_delta: 80 },
      { id: 'shot', name: 'Extra shot', price_delta: 50 },
    ]);
  });

  it('Esc closes without applying', async () => {
    const onApply = vi.fn();
    const onClose = vi.fn();
    const user = userEvent.setup();
    render(<ModifiersDialog productName="Tea" currency="EUR" groups={[]} selected={[]} onApply={onApply} onClose={onClose} />);
    await user.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalled();
    await user.click(document.querySelector('button.primary')!);
    expect(onApply).toHaveBeenCalledWith([]);
  });
});
