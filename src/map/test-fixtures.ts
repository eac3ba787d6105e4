/** Small map data for style and adapter tests (no WebGL, no files). */
import type { FeatureCollection } from 'geojson';
import { defaultStatuses, defaultVisible, type MapData } from '../state-types.ts';
import type { StyleInput } from './build-style.ts';

const fc = (features: FeatureCollection['features']): FeatureCollection => ({ type: 'FeatureCollection', features });

export function fixtureData(): MapData {
  return {
    context: fc([]),
    districts: fc([
      {
        type: 'Feature',
        properties: { id: 'futian', name_zh: '福田区', name_en: 'Futian', approximate: false, area_km2: 78, population_2020: 1553225 },
        geometry: { type: 'Polygon', coordinates: [[[114.0, 22.5], [114.1, 22.5], [114.1, 22.6], [114.0, 22.6], [114.0, 22.5]]] },
      },
    ]),
    districtLabels: fc([]),
    metroLines: fc([]),
    metroStations: fc([
      { type: 'Feature', properties: { id: 'st-hua-qiang-bei', name_zh: '华强北', name_en: 'Huaqiangbei', lines: ['2', '7'], aliases: [] }, geometry: { type: 'Point', coordinates: [114.0803, 22.5471] } },
    ]),
    places: fc([
      {
        type: 'Feature',
        properties: {
          id: 'huaqiangbei', name_zh: '华强北', name_en: 'Huaqiangbei', layer: 'featured_street', tier: 'street', district: 'futian',
          status: 'upgrade', plan_ref: '专栏2-1', plan_quote: '充分发挥华强北“中国电子第一街”的品牌效应', named_in_plan: true,
          placement: 'station-anchored', anchor_station: 'st-hua-qiang-bei', placement_note: 'on 华强北路 at 华强北 station',
        },
        geometry: { type: 'Point', coordinates: [114.0845, 22.5455] },
      },
      {
        type: 'Feature',
        properties: {
          id: 'shenzhen-bay-port', name_zh: '深圳湾口岸', name_en: 'Shenzhen Bay Port', layer: 'port', tier: null, district: 'nanshan',
          status: 'existing', plan_ref: '第三章第四节', plan_quote: '推动口岸经济带建设', named_in_plan: false, placement: 'public-coordinate',
          anchor_station: null, placement_note: 'port building', port_kind: 'land', port_action: 'not_named',
        },
        geometry: { type: 'Point', coordinates: [113.9466, 22.5046] },
      },
    ]),
    zones: fc([
      {
        type: 'Feature',
        properties: {
          id: 'zone-test-bonded', name_zh: '测试保税区', name_en: 'Test bonded zone', kind: 'bonded_zone', plan_ref: '专栏13-1', plan_quote: '福田保税区建设',
          status: 'upgrade', status_verb: '建设', site_exists: true, placement: 'approximate', linked_place: null, source: 'a statistical unit',
          note_zh: '统计单元范围', note_en: 'The statistical unit', districts: ['futian'], area_km2: 2.04, official_area_km2: 1.35,
        },
        geometry: { type: 'Polygon', coordinates: [[[114.03, 22.505], [114.06, 22.505], [114.06, 22.52], [114.03, 22.52], [114.03, 22.505]]] },
      },
    ]),
    axes: fc([
      {
        type: 'Feature',
        properties: {
          id: 'axis-test', name_zh: '测试轴线', name_en: 'Test axis', kind: 'commercial_axis', plan_ref: '专栏1-2', plan_quote: '构建以地铁4号线为轴',
          status: 'build', status_verb: '构建', site_exists: false, placement: 'traced', linked_place: null, source: 'a track', note_zh: '沿轨道', note_en: 'Along the track',
          districts: ['nanshan'], length_km: 5.5,
        },
        geometry: { type: 'LineString', coordinates: [[113.92, 22.53], [113.95, 22.55]] },
      },
    ]),
    areaIndex: {
      jiedao: {
        'futian-huaqiangbei': { district: 'futian', name_zh: '华强北街道', name_en: 'Huaqiangbei Subdistrict', land_km2: 2.46, population_model: 80000, bbox: [114.07, 22.53, 114.09, 22.56], places: ['huaqiangbei'], zones: [] },
      },
    },
    jiedaoUrl: '/jiedao.geojson',
  };
}

/** A complete style input over the fixture data: the defaults of a first visit, changed by `over`. */
export function styleInput(over: Partial<StyleInput> = {}): StyleInput {
  return { lang: 'zh', visible: defaultVisible(), statuses: defaultStatuses(), selectedId: null, hoverId: null, data: fixtureData(), ...over };
}
