import { decideSignalAction } from '../../../shared/src/engine/signal-action.ts';
import { describe, expect, it } from 'vitest';

describe('decideSignalAction', () => {
  const laddered = { action: 'one', actionsByLevel: { 1: 'one', 2: 'two', 3: 'three' } } as const;

  it.each([
    { level: 0, action: 'one' },
    { level: 1, action: 'one' },
    { level: 2, action: 'two' },
    { level: 3, action: 'three' },
  ] as const)('a rule whose action follows the level, at level $level → "$action"', ({ level, action }) => {
    expect(decideSignalAction(laddered, level)).toBe(action);
  });

  it.each([0, 1, 2, 3] as const)('a rule with one action keeps it at level %s', (level) => {
    expect(decideSignalAction({ action: 'same' }, level)).toBe('same');
  });
});
