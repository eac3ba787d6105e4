import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import 'maplibre-gl/dist/maplibre-gl.css';
import './ui/app.css';
import { App } from './app/App.tsx';
import { hydrateFromHash, startHashSync } from './app/hash-sync.ts';
import { takeShareHash } from './app/share.ts';
import { useAppStore } from './app/store.ts';
import { createI18n } from './i18n/index.ts';
import { registerShippedFontForPage } from './map/font-faces.ts';

registerShippedFontForPage();
takeShareHash();
hydrateFromHash();
startHashSync();
const i18n = createI18n(useAppStore.getState().lang);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <App />
    </I18nextProvider>
  </StrictMode>,
);
