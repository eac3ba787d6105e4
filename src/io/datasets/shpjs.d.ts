/** The two record parsers of shpjs we use (the package ships no types). */
declare module 'shpjs' {
  export function parseShp(shp: ArrayBuffer | ArrayBufferView, prj?: string): unknown[];
  export function parseDbf(dbf: ArrayBuffer | ArrayBufferView, encoding?: string): Record<string, unknown>[];
}
