import { useTranslation } from 'react-i18next';
import { Button } from '../../components';
import type { Centre } from '../../contract';
import type { StaffAccount } from '../../contract/admin-staff';
import { formatBeijingDate } from '../../lib/time';

export interface RowActions {
  mayManage: (account: StaffAccount) => boolean;
  onEdit: (account: StaffAccount) => void;
  onDeactivate: (account: StaffAccount) => void;
  onReactivate: (account: StaffAccount) => void;
  onResetPassword: (account: StaffAccount) => void;
}

function TraineeState({ account }: { account: StaffAccount }) {
  const { t, i18n } = useTranslation();
  if (account.trainee) return <span className="text-amber-800">{t('adminStaff.traineeNotSignedOff')}</span>;
  if (account.signedOffAt) return <span>{t('adminStaff.traineeSignedOff', { date: formatBeijingDate(account.signedOffAt, i18n.language) })}</span>;
  return null;
}

function AccountState({ account }: { account: StaffAccount }) {
  const { t, i18n } = useTranslation();
  if (account.deactivatedAt) return <span className="text-slate-600">{t('adminStaff.deactivatedOn', { date: formatBeijingDate(account.deactivatedAt, i18n.language) })}</span>;
  return <span>{account.mustChangePassword ? t('adminStaff.mustChange') : t('adminStaff.active')}</span>;
}

/** The accounts, with what the viewer may do to each; the trainee's sign-off is read-only here (#14). */
export function StaffTable({ accounts, centres, actions }: { accounts: readonly StaffAccount[]; centres: readonly Centre[]; actions: RowActions }) {
  const { t, i18n } = useTranslation();
  const centreName = (areaCode: string | null) => {
    if (areaCode === null) return t('adminStaff.noCentre');
    const centre = centres.find((entry) => entry.areaCode === areaCode);
    return centre ? (i18n.language === 'en' ? centre.cityEn : centre.cityZh) : areaCode;
  };
  return (
    <table className="w-full text-sm">
      <thead className="text-left text-slate-600">
        <tr>
          {(['name', 'username', 'role', 'centre', 'extension', 'trainee', 'state', 'actions'] as const).map((column) => (
            <th key={column} scope="col" className="py-1 pr-3">
              {t(`adminStaff.columns.${column}`)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {accounts.map((account) => {
          const name = account.displayName;
          return (
            <tr key={account.id} className="border-t border-slate-100 align-top">
              <th scope="row" className="py-1 pr-3 text-left font-medium">
                {name}
              </th>
              <td className="pr-3">{account.username}</td>
              <td className="pr-3">{t(`app.roles.${account.role}`)}</td>
              <td className="pr-3">{centreName(account.centre)}</td>
              <td className="pr-3 tabular-nums">{account.sipUsername}</td>
              <td className="pr-3">
                <TraineeState account={account} />
              </td>
              <td className="pr-3">
                <AccountState account={account} />
              </td>
              <td className="flex flex-wrap gap-1 py-1">
                {actions.mayManage(account) &&
                  (account.deactivatedAt ? (
                    <Button size="md" tone="secondary" aria-label={t('adminStaff.reactivateLabel', { name })} onClick={() => actions.onReactivate(account)}>
                      {t('adminStaff.reactivate')}
                    </Button>
                  ) : (
                    <>
                      <Button tone="quiet" aria-label={t('adminStaff.editLabel', { name })} onClick={() => actions.onEdit(account)}>
                        {t('adminStaff.edit')}
                      </Button>
                      <Button tone="quiet" aria-label={t('adminStaff.resetPasswordLabel', { name })} onClick={() => actions.onResetPassword(account)}>
                        {t('adminStaff.resetPassword')}
                      </Button>
                      <Button tone="quiet" aria-label={t('adminStaff.deactivateLabel', { name })} onClick={() => actions.onDeactivate(account)}>
                        {t('adminStaff.deactivate')}
                      </Button>
                    </>
                  ))}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
