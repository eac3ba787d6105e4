import { describe, expect, it } from 'vitest';
import { canRedo, canUndo, createHistory, push, redo, undo } from './history.ts';

describe('history', () => {
  it('undoes and redoes in order', () => {
    let h = createHistory('a');
    h = push(push(h, 'b'), 'c');
    expect(canUndo(h)).toBe(true);
    expect(canRedo(h)).toBe(false);
    h = undo(h);
    expect(h.present).toBe('b');
    h = undo(h);
    expect(h.present).toBe('a');
    expect(canUndo(h)).toBe(false);
    expect(undo(h)).toBe(h);
    h = redo(redo(h));
    expect(h.present).toBe('c');
    expect(redo(h)).toBe(h);
  });
  it('drops the redo branch on a new edit and ignores non-edits', () => {
    let h = push(push(createHistory(1), 2), 3);
    h = push(undo(h), 4);
    expect([h.past, h.present, h.future]).toEqual([[1, 2], 4, []]);
    expect(push(h, 4)).toBe(h);
  });
  it('keeps at most `cap` undo steps', () => {
    let h = createHistory(0, 100);
    for (let i = 1; i <= 150; i++) h = push(h, i);
    expect(h.past).toHaveLength(100);
    expect(h.past[0]).toBe(50);
    for (let i = 0; i < 200; i++) h = undo(h);
    expect(h.present).toBe(50);
  });
});
