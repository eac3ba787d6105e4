/** The active scenario's proposals; choosing one opens its attribute form and flies to it. */
import { useTranslation } from 'react-i18next';
import bbox from '@turf/bbox';
import { scenarioActions, useScenarioStore } from '../../app/scenario-store.ts';
import { actions } from '../../app/store.ts';

/** A stable empty list: a selector returning a fresh [] each time would re-render forever. */
const NONE: never[] = [];

export function ProposalList() {
  const { t, i18n } = useTranslation(['scenario', 'common']);
  const proposals = useScenarioStore((s) => s.active?.proposals) ?? NONE;
  const selected = useScenarioStore((s) => s.selectedProposalId);
  const en = i18n.language === 'en';
  if (!proposals.length) return <p className="note">{t('emptyScenario')}</p>;
  return (
    <ul className="proposal-list" data-testid="proposal-list">
      {proposals.map((p) => {
        const name = (en ? p.properties.name_en : p.properties.name_zh) || p.properties.name_zh || p.properties.name_en;
        return (
          <li key={p.properties.id} aria-current={selected === p.properties.id}>
            <button
              type="button"
              className="link"
              onClick={() => {
                scenarioActions.editProposal(p.properties.id);
                const [w, s, e, n] = bbox(p) as [number, number, number, number];
                if (p.geometry.type === 'Point') actions.flyTo({ lon: w, lat: s, zoom: 15 });
                else actions.fitBounds([w, s, e, n]);
              }}
            >
              {name}
            </button>
            <span className="meta">
              {t(`layers.${p.properties.layer}`)} · {t(`common:status.${p.properties.status}`)}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
