/** A shared link carries a scenario whose id is already stored here: ask before replacing anything. */
import { useTranslation } from 'react-i18next';
import { scenarioActions, useScenarioStore } from '../../app/scenario-store.ts';
import { adoptAsNewScenario, replaceScenario } from '../../app/scenarios.ts';

export function SharedScenarioDialog() {
  const { t } = useTranslation('scenario');
  const offer = useScenarioStore((s) => s.sharedOffer);
  const existing = useScenarioStore((s) => s.scenarios.find((x) => x.id === offer?.conflictsWith));
  if (!offer) return null;
  const done = scenarioActions.dismissSharedOffer;
  return (
    <div className="dialog-backdrop">
      <div role="alertdialog" aria-labelledby="shared-title" className="dialog" data-testid="shared-dialog">
        <h2 id="shared-title">{t('shared.title')}</h2>
        <p>{t('shared.conflict', { name: offer.scenario.name, existing: existing?.name ?? '' })}</p>
        <div className="form-buttons">
          <button type="button" data-testid="shared-keep-both" onClick={() => { adoptAsNewScenario(offer.scenario); done(); }}>
            {t('shared.keepBoth')}
          </button>
          <button type="button" className="danger" onClick={() => { void replaceScenario(offer.scenario); done(); }}>
            {t('shared.replace')}
          </button>
          <button type="button" onClick={done}>{t('shared.ignore')}</button>
        </div>
      </div>
    </div>
  );
}
