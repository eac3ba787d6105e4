/**
 * The basic trades of 《城市一刻钟便民生活圈建设指南》 (商务部等, 2021) — 便利店, 综合超市, 菜市场/生鲜,
 * 早餐, 药店, 美容美发, 洗染, 维修, 家政, 快递 — and the default mapping of an outlet's category to one
 * of them. Categories come as Amap paths ("购物服务;便民商店/便利店;便利店"), Baidu tags ("购物;超市") or
 * OSM tags ("shop=convenience"); anything unmatched is "other". The planner can override the mapping
 * per category and dataset; overrides win over every rule here, including the name rule for breakfast.
 *
 * Choices (written down because the guide lists trades, not data categories):
 * - Breakfast has no category of its own in Amap or OSM. A food outlet (餐饮/美食/快餐/food) whose name
 *   says 早餐/早点/包子/豆浆/肠粉/油条/粥 counts as breakfast; bakeries (糕饼店, shop=bakery) do not.
 * - Markets: Amap 综合市场 as a sub-category of its own and the fresh-food sub-categories (农副产品, 蔬菜,
 *   水产海鲜, 果品) count as 菜市场/生鲜; 小商品/旧货/批发/建材 markets do not. OSM greengrocer, butcher,
 *   seafood, farm and amenity=marketplace count; deli, wholesale, mall and department_store do not.
 * - Chains Amap files under 超级市场 that are personal-care shops (屈臣氏, 万宁) are "other".
 * - Car repair and car beauty (汽车…) and pet grooming (宠物…) are not community trades: "other".
 * - Pharmacies: Amap 药房/医药保健销售店, Baidu 药店, OSM amenity=pharmacy (not shop=chemist, a drugstore).
 * - Parcels: post offices, 物流速递, 快递, 驿站/丰巢 lockers, OSM amenity=post_office/parcel_locker.
 */

export const BASIC_TRADES = [
  'convenience',
  'supermarket',
  'fresh_market',
  'breakfast',
  'pharmacy',
  'hair_beauty',
  'laundry',
  'repair',
  'housekeeping',
  'parcel',
] as const;
export type BasicTrade = (typeof BASIC_TRADES)[number];
export type Trade = BasicTrade | 'other';
/** All trades in display order; the index of a trade here is its code in typed arrays (Uint8Array). */
export const TRADES: readonly Trade[] = [...BASIC_TRADES, 'other'];
export const OTHER_CODE = TRADES.indexOf('other');
export const tradeCode = (t: Trade): number => TRADES.indexOf(t);
export const isTrade = (x: unknown): x is Trade => typeof x === 'string' && (TRADES as readonly string[]).includes(x);

/** Chinese names as the guide words them (the English ones live in the i18n files). */
export const TRADE_NAME_ZH: Record<Trade, string> = {
  convenience: '便利店',
  supermarket: '综合超市',
  fresh_market: '菜市场/生鲜',
  breakfast: '早餐',
  pharmacy: '药店',
  hair_beauty: '美容美发',
  laundry: '洗染',
  repair: '维修',
  housekeeping: '家政',
  parcel: '快递',
  other: '其他',
};

/** OSM `key=value` tags → trade. */
const OSM: Record<string, Trade> = {
  'shop=convenience': 'convenience',
  'shop=general': 'convenience',
  'shop=supermarket': 'supermarket',
  'shop=greengrocer': 'fresh_market',
  'shop=butcher': 'fresh_market',
  'shop=seafood': 'fresh_market',
  'shop=farm': 'fresh_market',
  'amenity=marketplace': 'fresh_market',
  'amenity=pharmacy': 'pharmacy',
  'healthcare=pharmacy': 'pharmacy',
  'shop=hairdresser': 'hair_beauty',
  'shop=beauty': 'hair_beauty',
  'shop=laundry': 'laundry',
  'shop=dry_cleaning': 'laundry',
  'shop=repair': 'repair',
  'shop=shoe_repair': 'repair',
  'shop=electronics_repair': 'repair',
  'shop=mobile_phone_repair': 'repair',
  'craft=shoemaker': 'repair',
  'craft=key_cutter': 'repair',
  'craft=electronics_repair': 'repair',
  'craft=watchmaker': 'repair',
  'craft=cleaning': 'housekeeping',
  'office=cleaning': 'housekeeping',
  'amenity=post_office': 'parcel',
  'amenity=parcel_locker': 'parcel',
  'shop=courier': 'parcel',
  'office=courier': 'parcel',
};

/** Text rules for Amap/Baidu category paths, first match wins. */
const RULES: [RegExp, Trade][] = [
  [/汽车|摩托|宠物/, 'other'],
  [/便利店|便民商店/, 'convenience'],
  [/屈臣氏|万宁/, 'other'],
  [/超级市场|超市|大卖场|仓储会员/, 'supermarket'],
  [/农副产品|蔬菜|水产|海鲜|果品|水果|生鲜|菜市场|农贸|肉菜|综合市场$|;市场$/, 'fresh_market'],
  [/药房|药店|医药保健销售|医药/, 'pharmacy'],
  [/美容美发|美发|理发|美容|丽人/, 'hair_beauty'],
  [/洗衣|干洗|洗染|洗涤/, 'laundry'],
  [/维修|修理|修鞋|配钥匙|开锁/, 'repair'],
  [/家政|保洁|保姆|月嫂/, 'housekeeping'],
  [/物流速递|快递|邮局|邮政|驿站|丰巢|速递/, 'parcel'],
  [/早餐|早点/, 'breakfast'],
];
const FOOD = /餐饮|美食|快餐|小吃|^amenity=(fast_food|restaurant|cafe)$|^shop=food$/;
const BREAKFAST_NAME = /早餐|早点|包子|豆浆|肠粉|油条|粥/;

/** The default trade of one outlet from its category (and, for food outlets only, its name). */
export function defaultTrade(category: string, name = ''): Trade {
  const c = category.trim();
  if (c === '') return 'other';
  const lower = c.toLowerCase().replace(/\s+/g, '');
  for (const tag of lower.split(/[;,|]/)) {
    const t = OSM[tag];
    if (t) return t;
  }
  for (const [re, t] of RULES) if (re.test(c)) return t;
  if (FOOD.test(lower) && BREAKFAST_NAME.test(name)) return 'breakfast';
  return 'other';
}

/** A planner's per-dataset changes: category → trade. */
export type TradeOverrides = Readonly<Record<string, Trade>>;

/**
 * Trade codes (indexes into TRADES) for every row, from the dataset's category table and per-row
 * category index. Categories are classified once each; the name rule runs only for food rows.
 */
export function tradeCodes(categories: readonly string[], categoryIndex: ArrayLike<number>, names: (row: number) => string, overrides: TradeOverrides = {}): Uint8Array {
  const byCategory = categories.map((c) => {
    const o = Object.hasOwn(overrides, c) ? overrides[c] : undefined;
    if (o) return { code: tradeCode(o), food: false };
    return { code: tradeCode(defaultTrade(c)), food: FOOD.test(c.toLowerCase().replace(/\s+/g, '')) };
  });
  const out = new Uint8Array(categoryIndex.length);
  for (let i = 0; i < out.length; i++) {
    const k = byCategory[categoryIndex[i]!];
    if (!k) {
      out[i] = OTHER_CODE;
      continue;
    }
    out[i] = k.food && k.code === OTHER_CODE && BREAKFAST_NAME.test(names(i)) ? tradeCode('breakfast') : k.code;
  }
  return out;
}
