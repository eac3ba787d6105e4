/**
 * A scale bar for a printed map: the longest "nice" length (1, 2 or 5 × 10ⁿ metres) that fits the
 * space, its length on paper, its label, and the representative fraction (1 : N) of the print.
 * Web Mercator: a map pixel spans 2π·R·cos(φ) / (512 · 2^zoom) metres at latitude φ (MapLibre's
 * 512-pixel tiles). Over Shenzhen (22.4°–22.9° N) that changes by 0.4 % from south to north, so one
 * bar measured at the map's centre is exact to well within a line width.
 */
export const EARTH_RADIUS_M = 6378137;
const MM_PER_INCH = 25.4;
/** CSS pixels per inch: MapLibre draws symbols in CSS pixels, which print at 1/96 inch. */
export const CSS_DPI = 96;

export function metresPerPixel(latitude: number, zoom: number): number {
  return (2 * Math.PI * EARTH_RADIUS_M * Math.cos((latitude * Math.PI) / 180)) / (512 * 2 ** zoom);
}

export interface ScaleBar {
  metres: number;
  /** Length of the bar in the same unit as `maxLength` (pixels or millimetres). */
  length: number;
  label: string;
  /** Positions of the tick marks along the bar, same unit as `length` (0, half, end; quarters for 1·10ⁿ). */
  ticks: number[];
}

/** `unitsPerMetre`: how many pixels (or mm) one metre on the ground takes. */
export function scaleBar(metresPerUnit: number, maxLength: number): ScaleBar {
  if (!(metresPerUnit > 0) || !(maxLength > 0)) throw new RangeError('scale bar needs positive sizes');
  const maxMetres = metresPerUnit * maxLength;
  const pow = 10 ** Math.floor(Math.log10(maxMetres));
  const step = [5, 2, 1].find((m) => m * pow <= maxMetres)!;
  const metres = step * pow;
  const length = metres / metresPerUnit;
  const parts = step === 1 ? 4 : step === 2 ? 4 : 5;
  return {
    metres,
    length,
    label: metres >= 1000 ? `${metres / 1000} km` : `${metres} m`,
    ticks: Array.from({ length: parts + 1 }, (_, i) => (length * i) / parts),
  };
}

/** Ground metres per printed millimetre, for a map drawn at `zoom` and printed at 96 CSS px per inch. */
export const metresPerMm = (latitude: number, zoom: number): number => (metresPerPixel(latitude, zoom) * CSS_DPI) / MM_PER_INCH;

/** The representative fraction N of "1 : N", rounded to three significant figures. */
export function scaleDenominator(metresPerMillimetre: number): number {
  const n = metresPerMillimetre * 1000;
  const p = 10 ** (Math.floor(Math.log10(n)) - 2);
  return Math.round(n / p) * p;
}
