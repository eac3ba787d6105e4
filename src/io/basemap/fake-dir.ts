/** Test helper: an in-memory stand-in for an OPFS directory (used by unit tests only). */
import type { DirLike, FileHandleLike } from './device-store.ts';

/** An in-memory stand-in for an OPFS directory; `failAfter` bytes makes writes hit a full disk. */
export function fakeDir(opts: { failAfter?: number } = {}) {
  const files = new Map<string, Blob>();
  const dirs = new Map<string, DirLike>();
  let written = 0;
  const notFound = () => Object.assign(new Error('not found'), { name: 'NotFoundError' });
  const dir: DirLike & { files: Map<string, Blob> } = {
    files,
    async getDirectoryHandle(name) {
      if (!dirs.has(name)) dirs.set(name, dir);
      return dirs.get(name)!;
    },
    async getFileHandle(name, o) {
      if (!files.has(name)) {
        if (!o?.create) throw notFound();
        files.set(name, new Blob([]));
      }
      const handle: FileHandleLike = {
        getFile: async () => {
          const b = files.get(name);
          if (!b) throw notFound();
          return new File([b], name);
        },
        createWritable: async () => {
          const chunks: Uint8Array<ArrayBuffer>[] = [];
          return new WritableStream<Uint8Array>({
            write(c) {
              written += c.length;
              if (opts.failAfter !== undefined && written > opts.failAfter) throw new DOMException('full', 'QuotaExceededError');
              chunks.push(new Uint8Array(c));
            },
            close() {
              files.set(name, new Blob(chunks));
            },
          });
        },
      };
      return handle;
    },
    async removeEntry(name) {
      files.delete(name);
    },
    async *keys() {
      yield* [...files.keys()];
    },
  };
  return dir;
}

