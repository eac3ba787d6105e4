import { useTranslation } from 'react-i18next';
import { actions, useAppStore } from '../app/store.ts';

export function LanguageSwitch() {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  return (
    <button
      type="button"
      className="lang-switch"
      lang={lang === 'zh' ? 'en' : 'zh'}
      aria-label={t('switchToLabel')}
      data-testid="lang-switch"
      onClick={() => actions.setLang(lang === 'zh' ? 'en' : 'zh')}
    >
      {t('switchTo')}
    </button>
  );
}
