/**
 * Undo/redo over immutable scenario states. Pure: each call returns a new History, so it fits a
 * React/zustand store directly. Scenarios are immutable values, so keeping 100 of them costs only
 * the parts that changed between them.
 */
export const HISTORY_CAP = 100;

export interface History<T> {
  readonly past: readonly T[];
  readonly present: T;
  readonly future: readonly T[];
  readonly cap: number;
}

export function createHistory<T>(present: T, cap = HISTORY_CAP): History<T> {
  return { past: [], present, future: [], cap: Math.max(1, cap) };
}

/** Records an edit. A new edit clears the redo branch; the oldest state falls off beyond the cap. */
export function push<T>(h: History<T>, next: T): History<T> {
  if (Object.is(next, h.present)) return h; // no change, no undo step
  const past = [...h.past, h.present];
  return { ...h, past: past.length > h.cap ? past.slice(past.length - h.cap) : past, present: next, future: [] };
}

export function undo<T>(h: History<T>): History<T> {
  if (h.past.length === 0) return h;
  return { ...h, past: h.past.slice(0, -1), present: h.past.at(-1)!, future: [h.present, ...h.future] };
}

export function redo<T>(h: History<T>): History<T> {
  if (h.future.length === 0) return h;
  return { ...h, past: [...h.past, h.present], present: h.future[0]!, future: h.future.slice(1) };
}

export const canUndo = (h: History<unknown>) => h.past.length > 0;
export const canRedo = (h: History<unknown>) => h.future.length > 0;
