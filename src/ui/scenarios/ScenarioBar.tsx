/** Choose, create, duplicate, rename and delete scenarios; shows whether the last edit is saved. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useScenarioStore } from '../../app/scenario-store.ts';
import { deleteActive, duplicateActive, newScenario, renameActive, switchScenario } from '../../app/scenarios.ts';
import { scenarioToGeoJson, exportFileName } from '../../io/export.ts';
import { downloadText } from '../download.ts';

export function ScenarioBar() {
  const { t } = useTranslation(['scenario', 'io']);
  const { scenarios, active, save, persistent } = useScenarioStore();
  const [renaming, setRenaming] = useState<string | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);

  return (
    <fieldset className="scenario-bar">
      <legend>{t('title')}</legend>
      {!persistent && <p className="note warning">{t('notPersistent')}</p>}
      <div className="row">
        <select
          value={active?.id ?? ''}
          onChange={(e) => void switchScenario(e.target.value)}
          aria-label={t('choose')}
          data-testid="scenario-select"
          disabled={!scenarios.length}
        >
          {!active && <option value="">{t('none')}</option>}
          {scenarios.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name} ({s.count})
            </option>
          ))}
        </select>
        <button type="button" onClick={() => newScenario(t('defaults.scenarioName'))} data-testid="scenario-new">
          {t('new')}
        </button>
      </div>
      {active && (
        <div className="row">
          <button type="button" onClick={() => void duplicateActive(t('copyOf', { name: active.name }))} data-testid="scenario-duplicate">
            {t('duplicate')}
          </button>
          <button type="button" onClick={() => setRenaming(active.name)} data-testid="scenario-rename">
            {t('rename')}
          </button>
          <button type="button" className="danger" onClick={() => setConfirmDelete(true)} data-testid="scenario-delete">
            {t('delete')}
          </button>
        </div>
      )}
      {renaming !== null && (
        <form
          className="row"
          onSubmit={(e) => {
            e.preventDefault();
            if (renameActive(renaming)) setRenaming(null);
          }}
        >
          <input value={renaming} onChange={(e) => setRenaming(e.target.value)} aria-label={t('newName')} data-testid="scenario-rename-input" autoFocus />
          <button type="submit">{t('ok')}</button>
          <button type="button" onClick={() => setRenaming(null)}>{t('cancel')}</button>
        </form>
      )}
      {confirmDelete && active && (
        <div role="alertdialog" className="confirm" aria-label={t('delete')}>
          <p>{t('confirmDelete', { name: active.name, count: active.proposals.length })}</p>
          <button type="button" className="danger" onClick={() => { void deleteActive(); setConfirmDelete(false); }} data-testid="scenario-delete-confirm">
            {t('delete')}
          </button>
          <button type="button" onClick={() => setConfirmDelete(false)}>{t('cancel')}</button>
        </div>
      )}
      <p className="save-status" aria-live="polite" data-testid="save-status">
        {save?.state === 'saving' && t('saving')}
        {save?.state === 'saved' && t('saved')}
        {save?.state === 'error' && (
          <>
            {t('saveFailed')}{' '}
            <button type="button" onClick={() => downloadText(exportFileName(save.unsaved.name, 'geojson'), scenarioToGeoJson(save.unsaved), 'application/geo+json')}>
              {t('downloadUnsaved')}
            </button>
          </>
        )}
      </p>
    </fieldset>
  );
}
