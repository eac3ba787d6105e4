import { describe, expect, it } from 'vitest';
import { BASIC_TRADES, defaultTrade, TRADES, tradeCode, tradeCodes, TRADE_NAME_ZH } from './trades.ts';

describe('defaultTrade', () => {
  it.each([
    // Amap 大类;中类;小类
    ['购物服务;便民商店/便利店;便利店', 'convenience'],
    ['购物服务;便民商店/便利店;7-ELEVEn便利店', 'convenience'],
    ['购物服务;超级市场;超市', 'supermarket'],
    ['购物服务;超级市场;屈臣氏', 'other'],
    ['购物服务;综合市场;农副产品市场', 'fresh_market'],
    ['购物服务;综合市场;综合市场', 'fresh_market'],
    ['购物服务;综合市场;水产海鲜市场', 'fresh_market'],
    ['购物服务;综合市场;小商品市场', 'other'],
    ['医疗保健服务;医药保健销售店;药房', 'pharmacy'],
    ['生活服务;美容美发店;美容美发店', 'hair_beauty'],
    ['生活服务;洗衣店;洗衣店', 'laundry'],
    ['生活服务;维修站点;维修站点', 'repair'],
    ['生活服务;生活服务场所;家政服务', 'housekeeping'],
    ['生活服务;物流速递;物流速递', 'parcel'],
    ['生活服务;邮局;邮政速递', 'parcel'],
    ['汽车维修;汽车综合维修;汽车综合维修', 'other'],
    ['汽车服务;洗车场;洗车场', 'other'],
    ['购物服务;商场;购物中心', 'other'],
    ['餐饮服务;糕饼店;糕饼店', 'other'],
    // Baidu tags
    ['购物;便利店', 'convenience'],
    ['购物;超市', 'supermarket'],
    ['购物;市场', 'fresh_market'],
    ['医疗;药店', 'pharmacy'],
    ['丽人;美发', 'hair_beauty'],
    // OSM tags
    ['shop=convenience', 'convenience'],
    ['shop=supermarket', 'supermarket'],
    ['shop=greengrocer', 'fresh_market'],
    ['amenity=pharmacy', 'pharmacy'],
    ['shop=hairdresser', 'hair_beauty'],
    ['shop=dry_cleaning', 'laundry'],
    ['amenity=post_office', 'parcel'],
    ['shop=mall', 'other'],
    ['shop=bakery', 'other'],
    ['shop=chemist', 'other'],
    ['', 'other'],
  ])('%s → %s', (category, trade) => {
    expect(defaultTrade(category)).toBe(trade);
  });

  it('counts a food outlet as breakfast by its name, and nothing else by name', () => {
    expect(defaultTrade('餐饮服务;快餐厅;快餐厅', '老王包子铺')).toBe('breakfast');
    expect(defaultTrade('餐饮服务;中餐厅;中餐厅', '潮汕砂锅粥')).toBe('breakfast');
    expect(defaultTrade('餐饮服务;中餐厅;中餐厅', '湘菜馆')).toBe('other');
    expect(defaultTrade('购物服务;专卖店;专卖店', '早餐包子批发')).toBe('other');
  });
});

describe('tradeCodes', () => {
  const categories = ['购物服务;便民商店/便利店;便利店', '餐饮服务;快餐厅;快餐厅', '购物服务;商场;购物中心'];
  const names = ['美宜佳', '包子铺', '某某广场', '面馆'];
  const index = [0, 1, 2, 1];
  it('classifies each row, with the name rule only for food rows', () => {
    expect([...tradeCodes(categories, index, (i) => names[i]!)].map((c) => TRADES[c])).toEqual(['convenience', 'breakfast', 'other', 'other']);
  });
  it('lets the planner override a category, winning over the name rule', () => {
    const codes = tradeCodes(categories, index, (i) => names[i]!, { '餐饮服务;快餐厅;快餐厅': 'other', '购物服务;商场;购物中心': 'supermarket' });
    expect([...codes].map((c) => TRADES[c])).toEqual(['convenience', 'other', 'supermarket', 'other']);
  });
  it('has ten basic trades with Chinese names, "other" last', () => {
    expect(BASIC_TRADES).toHaveLength(10);
    expect(TRADES.at(-1)).toBe('other');
    expect(tradeCode('other')).toBe(10);
    expect(TRADES.map((t) => TRADE_NAME_ZH[t]).join('、')).toBe('便利店、综合超市、菜市场/生鲜、早餐、药店、美容美发、洗染、维修、家政、快递、其他');
  });
});
