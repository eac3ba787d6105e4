/** Search by Chinese or English name; choosing a result flies there and opens its information. */
import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { search, type SearchHit } from '../data/search.ts';
import { actions, useAppStore } from '../app/store.ts';

export function SearchBox() {
  const { t, i18n } = useTranslation();
  const data = useAppStore((s) => s.data);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const listId = useId();
  const hits = useMemo(() => (data ? search(query, data.places, data.metroStations) : []), [query, data]);
  const en = i18n.language === 'en';

  const choose = (h: SearchHit) => {
    actions.select(h.id);
    actions.flyTo({ lon: h.lon, lat: h.lat, zoom: h.kind === 'station' ? 15 : 14.5 });
    setQuery(en ? h.name_en || h.name_zh : h.name_zh);
    setOpen(false);
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown') setActive((a) => Math.min(a + 1, hits.length - 1));
    else if (e.key === 'ArrowUp') setActive((a) => Math.max(a - 1, 0));
    else if (e.key === 'Enter' && hits[active]) choose(hits[active]);
    else if (e.key === 'Escape') setOpen(false);
  };

  return (
    <div className="search" role="search">
      <input
        type="search"
        aria-label={t('search.label')}
        placeholder={t('search.placeholder')}
        value={query}
        maxLength={60}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onKeyDown={onKey}
        onFocus={() => setOpen(true)}
        aria-controls={listId}
        aria-expanded={open && hits.length > 0}
        role="combobox"
        data-testid="search-input"
      />
      {open && query.trim() && (
        <ul id={listId} role="listbox" className="search-results" data-testid="search-results">
          {hits.length === 0 && <li className="empty">{t('search.noResults', { query: query.trim() })}</li>}
          {hits.map((h, i) => (
            <li
              key={h.id}
              role="option"
              aria-selected={i === active}
              onMouseDown={(e) => {
                e.preventDefault();
                choose(h);
              }}
            >
              <span className="hit-name">{en ? h.name_en || h.name_zh : h.name_zh}</span>
              <span className="hit-kind">{h.kind === 'station' ? t('search.station') : t(`layers.${h.layer}`)}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
