import { useTranslation } from 'react-i18next';
import { languages, setLanguage, type Language } from '../i18n';

const names: Record<Language, string> = { 'zh-CN': '中文', en: 'English' };

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <label className="flex items-center gap-1 text-sm text-slate-600">
      <span className="sr-only">{t('app.language')}</span>
      <select
        aria-label={t('app.language')}
        value={i18n.language}
        onChange={(event) => void setLanguage(event.target.value as Language)}
        className="rounded border border-slate-300 bg-white px-1 py-1 text-sm"
      >
        {languages.map((language) => (
          <option key={language} value={language}>
            {names[language]}
          </option>
        ))}
      </select>
    </label>
  );
}
