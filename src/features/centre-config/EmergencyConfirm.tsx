import { useTranslation } from 'react-i18next';
import { Button } from '../../components';
import type { TransferTarget } from '../../contract';
import type { EmergencyChange } from '../../contract/transfer-emergency';

/**
 * The second confirmation a change to 110, 120 or 119 needs: it names each entry and exactly what
 * becomes of it (old number → new number, no longer an emergency button, removed).
 */
export function EmergencyConfirm({
  changes,
  before,
  after,
  saving,
  onConfirm,
  onBack,
}: {
  changes: readonly EmergencyChange[];
  before: readonly TransferTarget[];
  after: readonly TransferTarget[];
  saving: boolean;
  onConfirm: () => void;
  onBack: () => void;
}) {
  const { t, i18n } = useTranslation();
  const nameOf = (id: string) => {
    const target = after.find((entry) => entry.id === id) ?? before.find((entry) => entry.id === id);
    return (i18n.language.startsWith('en') ? target?.nameEn : target?.nameZh) ?? id;
  };
  const describe = ({ from, to }: EmergencyChange) => {
    if (!to) return t('adminConfig.directory.confirm.removed', { number: from?.number ?? '' });
    if (!from) return t('adminConfig.directory.confirm.added', { number: to.number });
    if (!to.emergency) return t('adminConfig.directory.confirm.notEmergency', { number: from.number });
    if (!from.emergency) return t('adminConfig.directory.confirm.nowEmergency', { number: to.number });
    return `${from.number} → ${to.number}`;
  };
  return (
    <section role="alertdialog" aria-labelledby="emergency-confirm-title" aria-describedby="emergency-confirm-list" className="rounded-md bg-amber-50 p-4 ring-1 ring-amber-300">
      <h3 id="emergency-confirm-title" className="font-semibold text-amber-900">
        {t('adminConfig.directory.confirm.title')}
      </h3>
      <ul id="emergency-confirm-list" className="mt-2 mb-2 list-disc pl-6 text-amber-900">
        {changes.map((change) => (
          <li key={change.id}>{`${nameOf(change.id)}：${describe(change)}`}</li>
        ))}
      </ul>
      <div className="flex gap-3">
        <Button tone="danger" disabled={saving} onClick={onConfirm}>
          {t('adminConfig.directory.confirm.confirm')}
        </Button>
        <Button tone="secondary" onClick={onBack}>
          {t('adminConfig.directory.confirm.back')}
        </Button>
      </div>
    </section>
  );
}
