/**
 * Zip archives: KMZ (zipped KML) is opened with fflate; an Excel workbook or a zipped shapefile is
 * named so the planner knows to export CSV/GeoJSON instead. Sizes are checked before inflating,
 * and only one KML is inflated, so a hostile archive cannot make us inflate gigabytes.
 */
import { unzipSync } from 'fflate';
import { issue, type Issue } from '../issue.ts';

export type Unzipped = { ok: true; kml: Uint8Array } | { ok: false; errors: Issue[] };

export function openZip(bytes: Uint8Array, maxBytes: number): Unzipped {
  const names: string[] = [];
  let tooLarge = 0;
  let taken = 0;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (f) => {
        names.push(f.name);
        // KMZ convention: the main document is doc.kml, or else the first .kml in the archive.
        if (!/\.kml$/i.test(f.name) || (taken > 0 && !/(^|\/)doc\.kml$/i.test(f.name)) || taken > 1) return false;
        if (f.originalSize > maxBytes) tooLarge = f.originalSize;
        return f.originalSize <= maxBytes && ++taken > 0;
      },
    });
  } catch {
    return { ok: false, errors: [issue('import.zipCorrupt')] };
  }
  if (tooLarge) return { ok: false, errors: [issue('import.fileTooLarge', { size: formatSize(tooLarge), limit: formatSize(maxBytes) })] };
  if (names.some((n) => n.startsWith('xl/'))) return { ok: false, errors: [issue('import.excelNotSupported')] };
  if (names.some((n) => /\.shp$/i.test(n))) return { ok: false, errors: [issue('import.shapefileNotSupported')] };
  const kmlName = Object.keys(files).find((n) => /(^|\/)doc\.kml$/i.test(n)) ?? Object.keys(files)[0];
  if (kmlName === undefined) return { ok: false, errors: [issue('import.zipNoKml')] };
  return { ok: true, kml: files[kmlName]! };
}

/** A size for messages: "5 MB", "1.5 MB", "800 KB". */
export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}
