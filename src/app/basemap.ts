/**
 * The street basemap controller (created by App): restores the planner's basemap file from this
 * machine, checks and stores a newly opened one, registers archives with MapLibre's pmtiles:// protocol,
 * and publishes what the map should draw (`useBasemapStore.spec`). Off by default; nothing here runs a
 * request to another origin unless the build was configured with a bureau tile server.
 */
import type { Source } from 'pmtiles';
import { DEPLOY_CONFIG } from '../deploy/configured.ts';
import type { TileSource } from '../deploy/tile-source.ts';
import {
  loadFile,
  openDeviceDir,
  readRecord,
  removeFilesExcept,
  storeFile,
  writeRecord,
  type BasemapChoice,
  type DirLike,
  type SavedBasemap,
} from '../io/basemap/device-store.ts';
import { blobSource, readArchive, type ArchiveInfo } from '../io/basemap/read-archive.ts';
import type { BasemapSpec } from '../map/basemap-style.ts';
import { useBasemapStore, type BasemapFileInfo, type BasemapState } from './basemap-store.ts';

type AlertFn = (key: string, params?: Record<string, string | number>, level?: 'error' | 'warning' | 'info') => void;

export interface BasemapDeps {
  alert: AlertFn;
  /** The deploy-time tile server (default: this build's deploy config). */
  server?: TileSource | null;
  openDir?: () => Promise<DirLike | null>;
  /** Makes an archive readable by the map under a pmtiles:// URL; returns that URL. */
  registerArchive?: (source: Source) => Promise<string>;
  now?: () => Date;
}

export interface BasemapController {
  /** Restores the last choice and file (call once at start). */
  init(): Promise<void>;
  openFile(file: File): Promise<void>;
  choose(choice: BasemapChoice): Promise<void>;
  remove(): Promise<void>;
  /** The map could not load a basemap tile (told once per session). */
  tileError(message: string): void;
}

/** The default registration: one pmtiles Protocol for the page, added to MapLibre on first use. */
function pmtilesRegistrar(): (source: Source) => Promise<string> {
  let protocol: import('pmtiles').Protocol | null = null;
  return async (source) => {
    const [{ PMTiles, Protocol }, { registerTileProtocol }] = await Promise.all([import('pmtiles'), import('../map/map-adapter.ts')]);
    if (!protocol) {
      protocol = new Protocol();
      registerTileProtocol('pmtiles', protocol.tile);
    }
    protocol.add(new PMTiles(source));
    return `pmtiles://${source.getKey()}`;
  };
}

function specFor(info: ArchiveInfo, url: string, fallbackCredit: string): BasemapSpec {
  return { kind: info.kind, url, attribution: info.attribution || fallbackCredit, vectorLayers: info.vectorLayers, tileSize: 256 };
}

export function createBasemapController(deps: BasemapDeps): BasemapController {
  const server = deps.server === undefined ? DEPLOY_CONFIG.tileSource : deps.server;
  const register = deps.registerArchive ?? pmtilesRegistrar();
  const now = deps.now ?? (() => new Date());
  let dir: DirLike | null = null;
  let fileSpec: BasemapSpec | null = null;
  let serverSpec: BasemapSpec | null = null;
  let saved: SavedBasemap | null = null;
  let toldTileError = false;
  let started: Promise<void> | null = null;

  const publish = (patch: Partial<BasemapState>) => {
    const next = { ...useBasemapStore.getState(), ...patch };
    const spec = next.choice === 'file' ? fileSpec : next.choice === 'server' ? serverSpec : null;
    useBasemapStore.setState({ ...patch, spec });
  };
  const persist = async () => {
    if (!dir) return;
    const r = await writeRecord(dir, { choice: useBasemapStore.getState().choice, file: saved });
    if (!r.ok) deps.alert(`basemap:${r.error.code}`, r.error.params, 'warning');
  };
  const fileInfo = (name: string, size: number, info: ArchiveInfo, remembered: boolean): BasemapFileInfo => ({
    name,
    size,
    kind: info.kind,
    format: info.format,
    minZoom: info.minZoom,
    maxZoom: info.maxZoom,
    attribution: info.attribution,
    remembered,
  });

  async function initServer(ts: TileSource): Promise<void> {
    const origin = new URL(ts.url).origin;
    useBasemapStore.setState({ server: { origin, attribution: ts.attribution } });
    if (ts.type === 'xyz') {
      serverSpec = { kind: ts.kind, tiles: [ts.url], minzoom: ts.minzoom, maxzoom: ts.maxzoom, tileSize: ts.tileSize, attribution: ts.attribution, vectorLayers: null };
      return;
    }
    const { FetchSource } = await import('pmtiles');
    const source = new FetchSource(ts.url);
    const r = await readArchive(source);
    if (!r.ok) {
      deps.alert(r.error.code === 'errors.unreadable' ? 'basemap:serverUnreachable' : `basemap:${r.error.code}`, { origin, ...r.error.params }, 'warning');
      return;
    }
    serverSpec = { ...specFor(r.info, await register(source), ts.attribution), attribution: ts.attribution };
  }

  async function restore(): Promise<void> {
    const serverReady = server ? initServer(server) : Promise.resolve();
    dir = await (deps.openDir ?? openDeviceDir)();
    const record = dir ? await readRecord(dir) : null;
    let choice: BasemapChoice = record?.choice ?? (server ? 'server' : 'none');
    let file: BasemapFileInfo | null = null;
    if (dir && record?.file) {
      const f = await loadFile(dir, record.file);
      const key = `local-${record.file.stored.replace(/\D/g, '')}`;
      const r = f ? await readArchive(blobSource(f, key), f.size) : null;
      if (f && r?.ok) {
        saved = record.file;
        fileSpec = specFor(r.info, await register(blobSource(f, key)), record.file.name);
        file = fileInfo(record.file.name, record.file.size, r.info, true);
      } else {
        deps.alert('basemap:lost', { name: record.file.name }, 'warning');
        if (choice === 'file') choice = 'none';
      }
    }
    if (dir) await removeFilesExcept(dir, saved?.stored ?? null);
    await serverReady.catch(() => undefined);
    if (choice === 'server' && !server) choice = 'none';
    publish({ choice, file });
  }

  return {
    init() {
      started ??= restore();
      return started;
    },

    async openFile(file) {
      if (useBasemapStore.getState().busy) return;
      useBasemapStore.setState({ busy: true });
      try {
        const when = now();
        const key = `local-${when.getTime()}`;
        const r = await readArchive(blobSource(file, key), file.size);
        if (!r.ok) {
          deps.alert(`basemap:${r.error.code}`, { name: file.name, ...r.error.params });
          return; // nothing changes: the basemap shown before stays
        }
        let usable: Blob = file;
        let stored: SavedBasemap | null = null;
        if (dir) {
          const s = await storeFile(dir, file, file.name, when);
          if (s.ok) {
            usable = s.value.file;
            stored = s.value.saved;
          } else deps.alert(`basemap:${s.error.code}`, s.error.params, 'warning');
        } else deps.alert('basemap:notRemembered', {}, 'info');
        fileSpec = specFor(r.info, await register(blobSource(usable, key)), file.name);
        if (stored) saved = stored;
        publish({ choice: 'file', file: fileInfo(file.name, file.size, r.info, !!stored) });
        if (stored) {
          await persist();
          if (dir) await removeFilesExcept(dir, stored.stored);
        }
      } finally {
        useBasemapStore.setState({ busy: false });
      }
    },

    async choose(choice) {
      if (choice === 'file' && !fileSpec) return;
      if (choice === 'server' && !server) return;
      publish({ choice });
      await persist();
    },

    async remove() {
      fileSpec = null;
      saved = null;
      const choice = useBasemapStore.getState().choice === 'file' ? 'none' : useBasemapStore.getState().choice;
      publish({ choice, file: null });
      await persist();
      if (dir) await removeFilesExcept(dir, null);
    },

    tileError(message) {
      if (toldTileError) return;
      toldTileError = true;
      deps.alert('basemap:tilesFailed', { message }, 'warning');
    },
  };
}
