/** Drawing tools (point, street, zone, edit) and undo/redo. */
import { useTranslation } from 'react-i18next';
import { canRedo, canUndo } from '../../io/history.ts';
import { scenarioActions, useScenarioStore, type DrawMode } from '../../app/scenario-store.ts';
import { redoEdit, undoEdit } from '../../app/scenarios.ts';

const TOOLS: Exclude<DrawMode, 'none'>[] = ['point', 'linestring', 'polygon', 'select'];

export function DrawToolbar() {
  const { t } = useTranslation('scenario');
  const mode = useScenarioStore((s) => s.drawMode);
  const history = useScenarioStore((s) => s.history);
  return (
    <fieldset>
      <legend>{t('draw.title')}</legend>
      <div className="toolbar" role="toolbar" aria-label={t('draw.title')}>
        {TOOLS.map((tool) => (
          <button
            key={tool}
            type="button"
            aria-pressed={mode === tool}
            onClick={() => scenarioActions.setDrawMode(mode === tool ? 'none' : tool)}
            data-testid={`draw-${tool}`}
          >
            {t(`draw.${tool}`)}
          </button>
        ))}
      </div>
      <p className="note">{t(`draw.hint.${mode}`)}</p>
      <div className="toolbar">
        <button type="button" onClick={undoEdit} disabled={!history || !canUndo(history)} data-testid="undo" title="Ctrl+Z">
          {t('undo')}
        </button>
        <button type="button" onClick={redoEdit} disabled={!history || !canRedo(history)} data-testid="redo" title="Ctrl+Shift+Z">
          {t('redo')}
        </button>
      </div>
    </fieldset>
  );
}
