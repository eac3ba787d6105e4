/**
 * Print layouts: A4 / A3, landscape / portrait, everything in millimetres (PDF converts to points,
 * PNG to pixels at the chosen dpi). One proportional layout for each orientation; A3 is A4 scaled by √2
 * (text too), as a print shop would enlarge it.
 *
 * Landscape: title band on top; the map on the left; legend and the coverage table/chart in a column on
 * the right; credits along the bottom. Portrait: title, map, then legend and results side by side
 * beneath, credits at the bottom. North arrow and scale bar sit inside the map frame's corners.
 */
export const PAPERS = { A4: { w: 297, h: 210 }, A3: { w: 420, h: 297 } } as const;
export type Paper = keyof typeof PAPERS;
export type Orientation = 'landscape' | 'portrait';
export const DPIS = [150, 300] as const;
export type Dpi = (typeof DPIS)[number];

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface PageLayout {
  paper: Paper;
  orientation: Orientation;
  width: number;
  height: number;
  /** Multiplier for type sizes and line widths (1 on A4, √2 on A3). */
  scale: number;
  title: Box;
  map: Box;
  legend: Box;
  results: Box;
  credits: Box;
}

export function pageSize(paper: Paper, orientation: Orientation): { width: number; height: number } {
  const { w, h } = PAPERS[paper];
  return orientation === 'landscape' ? { width: w, height: h } : { width: h, height: w };
}

/** Pixel size of the whole page at a dpi: A4 landscape at 300 dpi is 3508 × 2480. */
export function pagePixels(paper: Paper, orientation: Orientation, dpi: number): { width: number; height: number } {
  const { width, height } = pageSize(paper, orientation);
  return { width: Math.round((width / 25.4) * dpi), height: Math.round((height / 25.4) * dpi) };
}

export function layoutPage(paper: Paper, orientation: Orientation): PageLayout {
  const { width, height } = pageSize(paper, orientation);
  const k = paper === 'A3' ? Math.SQRT2 : 1;
  const m = 10 * k; // margin
  const titleH = 16 * k;
  const creditsH = 9 * k;
  const gap = 4 * k;
  const title = { x: m, y: m, w: width - 2 * m, h: titleH };
  const credits = { x: m, y: height - m - creditsH, w: width - 2 * m, h: creditsH };
  const top = m + titleH + gap;
  const bottom = credits.y - gap;
  if (orientation === 'landscape') {
    const colW = 78 * k;
    const map = { x: m, y: top, w: width - 2 * m - colW - gap, h: bottom - top };
    const colX = map.x + map.w + gap;
    const legendH = (bottom - top) * 0.52;
    return {
      paper, orientation, width, height, scale: k, title, credits, map,
      legend: { x: colX, y: top, w: colW, h: legendH },
      results: { x: colX, y: top + legendH + gap, w: colW, h: bottom - top - legendH - gap },
    };
  }
  const lowerH = 78 * k;
  const map = { x: m, y: top, w: width - 2 * m, h: bottom - top - lowerH - gap };
  const lowerY = map.y + map.h + gap;
  const half = (width - 2 * m - gap) / 2;
  return {
    paper, orientation, width, height, scale: k, title, credits, map,
    legend: { x: m, y: lowerY, w: half, h: lowerH },
    results: { x: m + half + gap, y: lowerY, w: half, h: lowerH },
  };
}
