/** "Zoom to district": fits the map to a district's bounds. */
import { useTranslation } from 'react-i18next';
import bbox from '@turf/bbox';
import { actions, useAppStore } from '../app/store.ts';

export function DistrictZoom() {
  const { t, i18n } = useTranslation();
  const districts = useAppStore((s) => s.data?.districts.features);
  if (!districts) return null;
  const en = i18n.language === 'en';
  return (
    <label className="district-zoom">
      <span className="visually-hidden">{t('district.zoomTo')}</span>
      <select
        data-testid="district-zoom"
        value=""
        onChange={(e) => {
          const id = e.target.value;
          if (id === '*') {
            actions.fitBounds([113.75, 22.39, 114.63, 22.87]);
            return;
          }
          const f = districts.find((d) => d.properties?.id === id);
          if (f) actions.fitBounds(bbox(f) as [number, number, number, number]);
        }}
      >
        <option value="" disabled>
          {t('district.zoomTo')}
        </option>
        <option value="*">{t('district.all')}</option>
        {districts.map((d) => (
          <option key={d.properties!.id} value={d.properties!.id}>
            {en ? d.properties!.name_en : d.properties!.name_zh}
            {d.properties!.approximate ? ` (${t('district.approximate')})` : ''}
          </option>
        ))}
      </select>
    </label>
  );
}
