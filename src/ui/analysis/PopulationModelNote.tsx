/** What every population figure rests on, and where the model cannot tell (beside the table it qualifies). */
import { useTranslation } from 'react-i18next';

export function PopulationModelNote() {
  const { t } = useTranslation('areas');
  return (
    <details className="model-note" data-testid="population-model">
      <summary>{t('model.title')}</summary>
      <p>{t('model.text')}</p>
      <p>{t('model.limits')}</p>
      <p>{t('model.noSample')}</p>
      <p>{t('model.shenshan')}</p>
      <p className="note">{t('model.credit')}</p>
    </details>
  );
}
