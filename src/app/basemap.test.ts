import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Source } from 'pmtiles';
import { fakeDir } from '../io/basemap/fake-dir.ts';
import { createBasemapController } from './basemap.ts';
import { initialBasemapState, useBasemapStore } from './basemap-store.ts';

const VECTOR = readFileSync('tests/fixtures/basemap/synthetic-streets-vector.pmtiles');
const vectorFile = () => new File([new Uint8Array(VECTOR)], '福田街道.pmtiles');

function setup(opts: { server?: Parameters<typeof createBasemapController>[0]['server']; dir?: ReturnType<typeof fakeDir> | null } = {}) {
  const dir = opts.dir === undefined ? fakeDir() : opts.dir;
  const alert = vi.fn();
  const registered: Source[] = [];
  let t = Date.UTC(2026, 10, 28);
  const controller = createBasemapController({
    alert,
    server: opts.server ?? null,
    openDir: async () => dir,
    registerArchive: async (s) => (registered.push(s), `pmtiles://${s.getKey()}`),
    now: () => new Date((t += 1000)),
  });
  return { controller, alert, registered, dir };
}

beforeEach(() => useBasemapStore.setState(initialBasemapState(), true));

describe('street basemap controller', () => {
  it('shows no streets by default and loads no tile reader', async () => {
    const { controller, registered } = setup();
    await controller.init();
    expect(useBasemapStore.getState()).toMatchObject({ choice: 'none', file: null, server: null, spec: null });
    expect(registered).toEqual([]);
  });

  it('a PMTiles file the planner opens is drawn, kept on this machine, and back after a reload', async () => {
    const first = setup();
    await first.controller.init();
    await first.controller.openFile(vectorFile());
    expect(first.alert).not.toHaveBeenCalled();
    const s = useBasemapStore.getState();
    expect(s.choice).toBe('file');
    expect(s.file).toMatchObject({ name: '福田街道.pmtiles', kind: 'vector', minZoom: 12, maxZoom: 15, remembered: true });
    expect(s.spec).toMatchObject({ kind: 'vector', url: expect.stringMatching(/^pmtiles:\/\/local-\d+$/), vectorLayers: ['water', 'landuse', 'buildings', 'roads'] });

    // A reload: a fresh store and controller over the same machine.
    useBasemapStore.setState(initialBasemapState(), true);
    const again = setup({ dir: first.dir });
    await again.controller.init();
    expect(useBasemapStore.getState()).toMatchObject({ choice: 'file', file: { name: '福田街道.pmtiles', remembered: true }, spec: { kind: 'vector' } });
    // The map reads the copy on disk, not the file the planner picked.
    const bytes = await again.registered[0]!.getBytes(0, 7);
    expect(new TextDecoder().decode(bytes.data)).toBe('PMTiles');
  });

  it('a file that is not PMTiles is refused with a message and changes nothing', async () => {
    const { controller, alert, dir } = setup();
    await controller.init();
    await controller.openFile(vectorFile());
    const before = useBasemapStore.getState().spec;
    await controller.openFile(new File(['SQLite format 3\0'.padEnd(4096, '\0')], 'shenzhen.mbtiles'));
    expect(alert).toHaveBeenCalledWith('basemap:errors.notPmtiles', { name: 'shenzhen.mbtiles', format: 'MBTiles / SQLite' });
    expect(useBasemapStore.getState().spec).toBe(before);
    expect([...dir!.files.keys()].filter((n) => n.endsWith('.pmtiles'))).toHaveLength(1);
  });

  it('can be removed; the file leaves the machine and stays gone after a reload', async () => {
    const { controller, dir } = setup();
    await controller.init();
    await controller.openFile(vectorFile());
    await controller.remove();
    expect(useBasemapStore.getState()).toMatchObject({ choice: 'none', file: null, spec: null });
    expect([...dir!.files.keys()].filter((n) => n.endsWith('.pmtiles'))).toEqual([]);
    useBasemapStore.setState(initialBasemapState(), true);
    const again = setup({ dir });
    await again.controller.init();
    expect(useBasemapStore.getState().spec).toBeNull();
  });

  it('without storage on this machine the file still works for the session, and the planner is told', async () => {
    const { controller, alert } = setup({ dir: null });
    await controller.init();
    await controller.openFile(vectorFile());
    expect(useBasemapStore.getState().file?.remembered).toBe(false);
    expect(useBasemapStore.getState().spec?.kind).toBe('vector');
    expect(alert).toHaveBeenCalledWith('basemap:notRemembered', {}, 'info');
  });

  it("a bureau's XYZ server is the default when the build names one; turning it off is remembered", async () => {
    const server = { type: 'xyz' as const, url: 'https://tiles.example.gov.cn/{z}/{x}/{y}.png', kind: 'raster' as const, attribution: '© 本局', minzoom: 0, maxzoom: 18, tileSize: 256 as const };
    const a = setup({ server });
    await a.controller.init();
    expect(useBasemapStore.getState()).toMatchObject({ choice: 'server', server: { origin: 'https://tiles.example.gov.cn' }, spec: { kind: 'raster', tiles: [server.url] } });
    await a.controller.choose('none');
    useBasemapStore.setState(initialBasemapState(), true);
    const b = setup({ server, dir: a.dir });
    await b.controller.init();
    expect(useBasemapStore.getState()).toMatchObject({ choice: 'none', spec: null });
  });

  it('says once, not per tile, when basemap tiles cannot be loaded', () => {
    const { controller, alert } = setup();
    controller.tileError('Failed to fetch');
    controller.tileError('Failed to fetch');
    expect(alert).toHaveBeenCalledTimes(1);
    expect(alert).toHaveBeenCalledWith('basemap:tilesFailed', { message: 'Failed to fetch' }, 'warning');
  });
});
