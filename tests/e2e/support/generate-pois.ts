/**
 * Generated Amap-style POI exports for the dataset specs (never committed): GBK-encoded CSV with the
 * columns 名称,大类,中类,小类,经度,纬度,地址, GCJ-02-looking positions in 福田/南山/罗湖, and broken rows
 * (bad number, empty coordinate, a point in Beijing) at known lines. Seeded, so every run is the same.
 */
import { encodeGbk } from '../../../src/io/datasets/gbk.ts';

const CATS: [string, string, string, string][] = [
  ['美宜佳', '购物服务', '便民商店/便利店', '便利店'],
  ['天虹超市', '购物服务', '超级市场', '超市'],
  ['农贸市场', '购物服务', '综合市场', '农副产品市场'],
  ['大药房', '医疗保健服务', '医药保健销售店', '药房'],
  ['发型屋', '生活服务', '美容美发店', '美容美发店'],
  ['洗衣店', '生活服务', '洗衣店', '洗衣店'],
  ['家电维修', '生活服务', '维修站点', '维修站点'],
  ['家政服务', '生活服务', '生活服务场所', '家政服务'],
  ['菜鸟驿站', '生活服务', '物流速递', '物流速递'],
  ['包子铺', '餐饮服务', '快餐厅', '快餐厅'],
  ['购物中心', '购物服务', '商场', '购物中心'],
];

export interface GeneratedPois {
  bytes: Uint8Array;
  rows: number;
  /** 1-based file lines of the broken rows (the header is line 1). */
  brokenLines: number[];
  valid: number;
}

export function generateAmapGbk(rows: number, opts: { brokenEvery?: number; seed?: number; only?: number } = {}): GeneratedPois {
  let s = opts.seed ?? 42;
  const rnd = () => ((s = (s * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  const lines = ['名称,大类,中类,小类,经度,纬度,地址'];
  const brokenLines: number[] = [];
  for (let i = 0; i < rows; i++) {
    const c = CATS[opts.only ?? i % CATS.length]!;
    const lon = (113.93 + rnd() * 0.2 + 0.005).toFixed(6);
    const lat = (22.53 + rnd() * 0.08 - 0.003).toFixed(6);
    const line = i + 2;
    if (opts.brokenEvery && i % opts.brokenEvery === opts.brokenEvery - 1) {
      brokenLines.push(line);
      const kind = brokenLines.length % 3;
      lines.push(kind === 0 ? `${c[0]}${i},${c[1]},${c[2]},${c[3]},东经,${lat},` : kind === 1 ? `${c[0]}${i},${c[1]},${c[2]},${c[3]},,${lat},` : `${c[0]}${i},${c[1]},${c[2]},${c[3]},116.4,39.9,北京`);
    } else lines.push(`${c[0]}${i}号店,${c[1]},${c[2]},${c[3]},${lon},${lat},深圳市某路${i}号`);
  }
  return { bytes: encodeGbk(lines.join('\r\n') + '\r\n'), rows, brokenLines, valid: rows - brokenLines.length };
}
