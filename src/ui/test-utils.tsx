/** Render a component with i18n and a fresh store holding fixture data. */
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { createI18n, type Lang } from '../i18n/index.ts';
import { initialState, useAppStore, type AppState } from '../app/store.ts';
import { fixtureData } from '../map/test-fixtures.ts';

export function renderWithApp(ui: ReactElement, { lang = 'zh', state = {} }: { lang?: Lang; state?: Partial<AppState> } = {}) {
  useAppStore.setState({ ...initialState(), data: fixtureData(), lang, ...state }, true);
  const i18n = createI18n(lang);
  return { ...render(<I18nextProvider i18n={i18n}>{ui}</I18nextProvider>), i18n };
}
