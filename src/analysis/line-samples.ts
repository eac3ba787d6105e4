/**
 * A street (a LineString proposal) serves along its length: it becomes service nodes every 250 m,
 * the first and last vertex included. The app and the command line sample the same way.
 */
import type { Position } from 'geojson';
import { distanceM } from './geo.ts';

export const STREET_SAMPLE_M = 250;

export function samplesAlong(line: readonly Position[], stepM = STREET_SAMPLE_M): Position[] {
  if (line.length === 0) return [];
  const out: Position[] = [line[0]!];
  let carried = 0;
  for (let i = 1; i < line.length; i++) {
    const [a, b] = [line[i - 1]!, line[i]!];
    const seg = distanceM(a[0]!, a[1]!, b[0]!, b[1]!);
    let t = stepM - carried;
    while (t <= seg) {
      const f = t / seg;
      out.push([a[0]! + (b[0]! - a[0]!) * f, a[1]! + (b[1]! - a[1]!) * f]);
      t += stepM;
    }
    carried = (carried + seg) % stepM;
  }
  const last = line[line.length - 1]!;
  if (out.length === 1 || out[out.length - 1] !== last) out.push(last);
  return out;
}
