/** Render a component with i18n, a fresh store holding fixture data, and an analysis controller. */
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { createI18n, type Lang } from '../i18n/index.ts';
import { AnalysisControllerContext } from '../app/analysis-context.ts';
import { createAnalysisController, type AnalysisPort } from '../app/analysis-controller.ts';
import { initialState, useAppStore, type AppState } from '../app/store.ts';
import { fixtureData } from '../map/test-fixtures.ts';

/** A worker API that answers nothing: panel tests exercise validation and rendering, not the engine. */
const noWorker = new Proxy({} as AnalysisPort, {
  get: (_t, name) => () => Promise.reject(new Error(`no worker in this test (${String(name)})`)),
});

export function renderWithApp(ui: ReactElement, { lang = 'zh', state = {} }: { lang?: Lang; state?: Partial<AppState> } = {}) {
  useAppStore.setState({ ...initialState(), data: fixtureData(), lang, ...state }, true);
  const i18n = createI18n(lang);
  const controller = createAnalysisController({ api: noWorker, readScenario: async () => null });
  return {
    ...render(
      <I18nextProvider i18n={i18n}>
        <AnalysisControllerContext.Provider value={controller}>{ui}</AnalysisControllerContext.Provider>
      </I18nextProvider>,
    ),
    i18n,
    controller,
  };
}
