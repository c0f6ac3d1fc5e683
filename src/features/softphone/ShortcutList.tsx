import { useTranslation } from 'react-i18next';
import { Kbd } from '../../components';
import { callShortcuts, type CallShortcut } from './shortcuts';

const labels: Record<CallShortcut, 'shortcuts.answer' | 'shortcuts.hangUp' | 'shortcuts.mute' | 'shortcuts.hold'> = {
  answer: 'shortcuts.answer',
  'hang-up': 'shortcuts.hangUp',
  mute: 'shortcuts.mute',
  hold: 'shortcuts.hold',
};

export function ShortcutList() {
  const { t } = useTranslation();
  return (
    <div>
      <h3 className="mb-1 text-sm font-semibold text-slate-700">{t('shortcuts.title')}</h3>
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm text-slate-600">
        {(Object.keys(callShortcuts) as CallShortcut[]).map((shortcut) => (
          <div key={shortcut} className="contents">
            <dt>
              <Kbd>{callShortcuts[shortcut].label}</Kbd>
            </dt>
            <dd>{t(labels[shortcut])}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
