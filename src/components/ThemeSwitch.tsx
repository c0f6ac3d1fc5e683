import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { setTheme, subscribeTheme, themeChoice, themeChoices, type ThemeChoice } from '../lib/theme';

/** System, light or dark: night shifts are long, and a bright screen in a dark room tires the eyes. */
export function ThemeSwitch() {
  const { t } = useTranslation();
  const choice = useSyncExternalStore(subscribeTheme, themeChoice);
  return (
    <select
      aria-label={t('app.theme.label')}
      value={choice}
      onChange={(event) => setTheme(event.target.value as ThemeChoice)}
      className="rounded border border-slate-300 bg-white px-1 py-1 text-sm text-slate-700"
    >
      {themeChoices.map((option) => (
        <option key={option} value={option}>
          {t(`app.theme.${option}`)}
        </option>
      ))}
    </select>
  );
}
