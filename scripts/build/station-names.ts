/**
 * Station names: the 2026 official list is canonical; Amap and HKUST spell a few differently.
 * English: the metro's own English names where they are not plain pinyin (from station signage, as
 * commonly published); every other station gets generated Hanyu Pinyin, marked as such.
 */
import { pinyin } from 'pinyin-pro';

/** Source spelling → official 2026 name. */
export const NAME_ALIASES: Record<string, string> = {
  人民南: '人民',
  大学城: '学城',
  光明城站: '光明城',
  深圳北站: '深圳北',
};

export const canonicalName = (n: string): string => NAME_ALIASES[n.trim()] ?? n.trim();

/** English station names that are translations rather than pinyin. */
const ENGLISH: Record<string, string> = {
  大剧院: 'Grand Theater',
  科学馆: 'Science Museum',
  会展中心: 'Convention & Exhibition Center',
  购物公园: 'Shopping Park',
  世界之窗: 'Window of the World',
  华侨城: 'OCT',
  侨城东: 'Qiaocheng East',
  侨城北: 'Qiaocheng North',
  高新园: 'Hi-Tech Park',
  深大: 'Shenzhen University',
  机场东: 'Airport East',
  机场: "Bao'an Int'l Airport",
  机场北: 'Airport North',
  市民中心: 'Civic Center',
  少年宫: "Children's Palace",
  福田口岸: 'Futian Checkpoint',
  深圳湾口岸: 'Shenzhen Bay Port',
  深圳北: 'Shenzhen North Station',
  福田: 'Futian',
  岗厦北: 'Gangxia North',
  海上世界: 'Sea World',
  蛇口港: 'Shekou Port',
  会展城: 'Convention City',
  国展: 'Guozhan (Shenzhen World)',
  国展北: 'Guozhan North',
  人才公园: 'Talent Park',
  体育中心: 'Sports Center',
  大运: 'Universiade',
  大运中心: 'Universiade Center',
  龙城公园: 'Longcheng Park',
  红树湾南: 'Hongshuwan South',
  深圳东: 'Shenzhen East',
  坪山: 'Pingshan',
  前海湾: 'Qianhai Bay',
  宝安中心: "Bao'an Center",
  宝体: "Bao'an Stadium",
  香蜜湖: 'Xiangmihu',
  华强北: 'Huaqiangbei',
  华强路: 'Huaqiang Road',
  老街: 'Laojie',
  国贸: 'Guomao',
  罗湖: 'Luohu',
  长岭陂: 'Changlingpi',
  技术大学: 'Technology University',
  深理工: 'SUAT',
  学城: 'University Town',
  北大: 'Peking University',
  深大丽湖: 'Shenzhen University Lihu',
  人民: 'Renmin',
  清湖: 'Qinghu',
  光明城: 'Guangming Town',
};

/** Shenzhen signage writes pinyin syllables run together, first letter capitalised. */
function toPinyin(name: string): string {
  const syllables = pinyin(name, { toneType: 'none', type: 'array', nonZh: 'consecutive' });
  const joined = syllables.join('').replace(/\s+/g, '');
  return joined.charAt(0).toUpperCase() + joined.slice(1);
}

export function englishName(zh: string): { name_en: string; name_en_source: 'curated' | 'pinyin' } {
  const en = ENGLISH[zh];
  return en ? { name_en: en, name_en_source: 'curated' } : { name_en: toPinyin(zh), name_en_source: 'pinyin' };
}

/** A stable ASCII id for a station. */
export function stationId(zh: string): string {
  return `st-${pinyin(zh, { toneType: 'none', type: 'array', nonZh: 'consecutive' }).join('-').toLowerCase().replace(/[^a-z0-9-]/g, '')}`;
}
