/**
 * Service nodes that are not outlets of a dataset — plan centres, metro stations, a scenario's proposals —
 * counted in coverage by trade as providing every chosen trade (a planned community commercial centre
 * offers the daily trades). One outlet per node and trade, in the column form of an outlet dataset.
 */
import type { OutletPoints } from './trade-coverage.ts';
import { tradeCode, type BasicTrade } from './trades.ts';

export function nodesAsOutlets(nodes: readonly { lon: number; lat: number }[], trades: readonly BasicTrade[]): OutletPoints {
  const n = nodes.length * trades.length;
  const lon = new Float64Array(n), lat = new Float64Array(n), trade = new Uint8Array(n);
  let k = 0;
  for (const node of nodes) {
    for (const t of trades) {
      lon[k] = node.lon;
      lat[k] = node.lat;
      trade[k++] = tradeCode(t);
    }
  }
  return { lon, lat, trade };
}
