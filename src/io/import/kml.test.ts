// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { parseKml } from './kml.ts';

const kml = (body: string) => `<?xml version="1.0"?><kml xmlns="http://www.opengis.net/kml/2.2"><Document>${body}</Document></kml>`;

describe('parseKml', () => {
  it('turns placemarks into features with their names and data, without style noise', () => {
    const r = parseKml(
      kml(`<Style id="s"><LineStyle><color>ff0000ff</color></LineStyle></Style>
      <Placemark><name>东门</name><styleUrl>#s</styleUrl><ExtendedData><Data name="层级"><value>市级</value></Data></ExtendedData>
      <Point><coordinates>114.12,22.55</coordinates></Point></Placemark>`),
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.features[0]!.geometry).toEqual({ type: 'Point', coordinates: [114.12, 22.55] });
    expect({ ...(r.features[0]!.properties as object) }).toEqual({ name: '东门', 层级: '市级' });
  });
  it('rejects broken XML with its line, non-KML XML by its root, and KML without placemarks', () => {
    expect(parseKml('<kml>\n<Document>\n<Placemark>\n</kml>')).toMatchObject({ ok: false, errors: [{ code: 'import.xmlInvalidAt' }] });
    expect(parseKml('<svg xmlns="http://www.w3.org/2000/svg"/>')).toEqual({ ok: false, errors: [{ code: 'import.kmlNotKml', params: { value: 'svg' } }] });
    expect(parseKml(kml('<Folder/>'))).toEqual({ ok: false, errors: [{ code: 'import.kmlNoPlacemarks', params: {} }] });
  });
  it('keeps the text of an HTML description and never runs its markup', () => {
    const desc = (html: string) => {
      const r = parseKml(kml(`<Placemark><description><![CDATA[${html}]]></description><Point><coordinates>114,22.5</coordinates></Point></Placemark>`));
      return r.ok ? (r.features[0]!.properties as Record<string, unknown>).description : undefined;
    };
    expect(desc('<p>商业<br/>综合体 &amp; 广场</p>')).toBe('商业\n综合体 & 广场');
    expect(desc('<img src=x onerror="globalThis.hacked=1">')).toBe('');
    expect((globalThis as Record<string, unknown>).hacked).toBeUndefined();
  });
});
