import { describe, expect, it } from 'vitest';
import { loadFile, openDeviceDir, readRecord, removeFilesExcept, storeFile, writeRecord } from './device-store.ts';
import { fakeDir } from './fake-dir.ts';

const archive = (n: number, fill = 7) => new Blob([new Uint8Array(n).fill(fill)]);

describe('the basemap file on this machine', () => {
  it('is copied to disk and read back whole, byte for byte', async () => {
    const dir = fakeDir();
    const r = await storeFile(dir, archive(300_000), '深圳街道.pmtiles', new Date('2026-11-28T10:00:00Z'));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.saved).toEqual({ stored: 'basemap-1795860000000.pmtiles', name: '深圳街道.pmtiles', size: 300_000, savedAt: '2026-11-28T10:00:00.000Z' });
    const again = await loadFile(dir, r.value.saved);
    expect(again?.size).toBe(300_000);
    expect(new Uint8Array(await again!.slice(299_990).arrayBuffer())).toEqual(new Uint8Array(10).fill(7));
  });

  it('a full disk is reported as such and leaves no partial copy; the record still points at the old file', async () => {
    const dir = fakeDir({ failAfter: 100_000 });
    const first = await storeFile(dir, archive(50_000), 'old.pmtiles', new Date(1));
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    await writeRecord(dir, { choice: 'file', file: first.value.saved });
    const second = await storeFile(dir, archive(200_000, 9), 'new.pmtiles', new Date(2));
    expect(second).toEqual({ ok: false, error: { code: 'errors.quota', params: {} } });
    expect([...dir.files.keys()].filter((n) => n.endsWith('.pmtiles'))).toEqual(['basemap-1.pmtiles']);
    expect((await readRecord(dir))?.file?.name).toBe('old.pmtiles');
    expect((await loadFile(dir, first.value.saved))?.size).toBe(50_000);
  });

  it('remembers the choice; a damaged record reads as nothing chosen', async () => {
    const dir = fakeDir();
    expect(await readRecord(dir)).toBeNull();
    await writeRecord(dir, { choice: 'none', file: null });
    expect(await readRecord(dir)).toEqual({ choice: 'none', file: null });
    dir.files.set('basemap.json', new Blob(['{"choice":"everything"}']));
    expect(await readRecord(dir)).toBeNull();
    dir.files.set('basemap.json', new Blob(['{not json']));
    expect(await readRecord(dir)).toBeNull();
  });

  it('a stored file of the wrong size (cut short) is not used', async () => {
    const dir = fakeDir();
    const r = await storeFile(dir, archive(1000), 'a.pmtiles', new Date(5));
    if (!r.ok) throw new Error('store failed');
    dir.files.set(r.value.saved.stored, archive(10));
    expect(await loadFile(dir, r.value.saved)).toBeNull();
    expect(await loadFile(dir, { ...r.value.saved, stored: 'gone.pmtiles' })).toBeNull();
  });

  it('old and half-written archives are cleared, the current one kept', async () => {
    const dir = fakeDir();
    for (const t of [1, 2, 3]) await storeFile(dir, archive(10), `${t}.pmtiles`, new Date(t));
    await writeRecord(dir, { choice: 'file', file: null });
    await removeFilesExcept(dir, 'basemap-2.pmtiles');
    expect([...dir.files.keys()].sort()).toEqual(['basemap-2.pmtiles', 'basemap.json']);
  });

  it('without OPFS there is no directory (the basemap then lasts for the session only)', async () => {
    expect(await openDeviceDir(undefined)).toBeNull();
  });
});
