import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION, type Scenario } from '../proposal.ts';
import { createAutosaver, type AutosaveStatus, type SaveFn } from './autosave.ts';

const s = (name: string, updated: string): Scenario => ({ id: 'a', name, proposals: [], slides: [], created: updated, updated, schemaVersion: SCHEMA_VERSION });

/** A fake store: records each write, resolves when told to. */
function fakeSave(fail?: (n: number) => boolean) {
  const writes: { name: string; expected?: string }[] = [];
  const pending: (() => void)[] = [];
  const save: SaveFn = (sc, opts) => {
    writes.push({ name: sc.name, ...(opts.expectedUpdated ? { expected: opts.expectedUpdated } : {}) });
    const n = writes.length;
    return new Promise((resolve) => pending.push(() => resolve(fail?.(n) ? { ok: false, error: { code: 'storage.quotaExceeded', params: {} } } : { ok: true, value: sc })));
  };
  const release = async () => {
    while (pending.length) {
      pending.shift()!();
      await new Promise((r) => setTimeout(r, 0));
    }
  };
  return { save, writes, release };
}

describe('autosave', () => {
  it('writes one at a time and coalesces edits made during a write', async () => {
    const f = fakeSave();
    const statuses: AutosaveStatus['state'][] = [];
    const a = createAutosaver(f.save, (st) => statuses.push(st.state));
    a.loaded(s('v0', 't0'));
    a.edit(s('v1', 't1'));
    a.edit(s('v2', 't2'));
    a.edit(s('v3', 't3'));
    await f.release();
    await a.flush();
    expect(f.writes).toEqual([{ name: 'v1', expected: 't0' }, { name: 'v3', expected: 't1' }]);
    expect(statuses).toEqual(['saving', 'saving', 'saved']);
  });

  it('on failure reports the unsaved version, and retries with the next edit', async () => {
    const f = fakeSave((n) => n === 1);
    const seen: AutosaveStatus[] = [];
    const a = createAutosaver(f.save, (st) => seen.push(st));
    a.edit(s('v1', 't1'));
    await f.release();
    await a.flush();
    expect(seen.at(-1)).toMatchObject({ state: 'error', error: { code: 'storage.quotaExceeded' }, unsaved: { name: 'v1' } });
    a.edit(s('v2', 't2'));
    await f.release();
    await a.flush();
    expect(seen.at(-1)).toEqual({ state: 'saved', updated: 't2' });
  });
});

describe('autosave across scenarios', () => {
  it('keeps the queued edit of one scenario when another is edited before it is written', async () => {
    const written: string[] = [];
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const save: SaveFn = async (s) => {
      await gate;
      written.push(`${s.id}:${s.name}`);
      return { ok: true, value: s };
    };
    const a = createAutosaver(save);
    const base: Omit<Scenario, 'id' | 'name'> = { proposals: [], created: '2026-01-01T00:00:00.000Z', updated: '2026-01-01T00:00:00.000Z', slides: [], schemaVersion: SCHEMA_VERSION };
    a.edit({ ...base, id: 'a', name: 'A0' }); // in flight
    a.edit({ ...base, id: 'a', name: 'A1' }); // queued
    a.edit({ ...base, id: 'b', name: 'B1' }); // queued too: must not replace A1
    release();
    await a.flush();
    expect(written).toEqual(['a:A0', 'a:A1', 'b:B1']);
  });
});
