import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, EmptyState, Region, SelectField, apiErrorMessage, translateValidation } from '../../components';
import { ApiError, useLines } from '../../api';
import { roles, type Me } from '../../contract';
import { mayManage, type StaffAccount, type StaffListQuery, type WithOneTimePassword } from '../../contract/admin-staff';
import { OneTimePassword } from './OneTimePassword';
import { StaffForm } from './StaffForm';
import { StaffImport } from './StaffImport';
import { StaffTable } from './StaffTable';
import { useDeactivateStaff, useReactivateStaff, useResetStaffPassword, useStaffList } from './staff-api';

type Panel = { kind: 'none' } | { kind: 'form'; account: StaffAccount | null } | { kind: 'confirm'; account: StaffAccount } | { kind: 'password'; answer: WithOneTimePassword };

function ConfirmDeactivate({ account, onClose }: { account: StaffAccount; onClose: () => void }) {
  const { t } = useTranslation();
  const deactivate = useDeactivateStaff();
  const issue = deactivate.error instanceof ApiError ? deactivate.error.issues[0] : undefined;
  const name = account.displayName;
  return (
    <section aria-labelledby="confirm-deactivate" className="flex flex-col gap-3 rounded-lg bg-red-50 p-4 ring-1 ring-red-300">
      <h2 id="confirm-deactivate" className="font-semibold text-slate-900">
        {t('adminStaff.confirmDeactivate.title')}
      </h2>
      <p className="text-sm text-slate-800">{t('adminStaff.confirmDeactivate.body', { name, username: account.username, extension: account.sipUsername })}</p>
      {deactivate.isError && <Alert tone="error">{issue ? translateValidation(t, issue.message) : apiErrorMessage(t, deactivate.error)}</Alert>}
      <div className="flex gap-2">
        <Button tone="danger" disabled={deactivate.isPending} onClick={() => deactivate.mutate(account.id, { onSuccess: onClose })}>
          {t('adminStaff.confirmDeactivate.confirm', { name })}
        </Button>
        <Button tone="secondary" onClick={onClose}>
          {t('adminStaff.confirmDeactivate.cancel')}
        </Button>
      </div>
    </section>
  );
}

/**
 * Staff accounts (#15): admins manage every account; a centre's supervisors its counsellors when
 * the centre allows it, and otherwise read why they cannot.
 */
export function StaffAdmin({ me }: { me: Me }) {
  const { t, i18n } = useTranslation();
  const [filters, setFilters] = useState<StaffListQuery>({ state: 'active' });
  const [panel, setPanel] = useState<Panel>({ kind: 'none' });
  const list = useStaffList(filters);
  const lines = useLines();
  const reactivate = useReactivateStaff();
  const reset = useResetStaffPassword();
  const centres = lines.data?.centres ?? [];
  const manages = list.data?.manages ?? 'none';
  const manager = { role: me.role, centre: me.centre?.areaCode ?? null, supervisorsManageStaff: manages !== 'none' };
  const showPassword = (answer: WithOneTimePassword) => setPanel({ kind: 'password', answer });
  const actionError = reactivate.error ?? reset.error;
  const actionIssue = actionError instanceof ApiError ? actionError.issues[0] : undefined;
  const setFilter = (key: 'centre' | 'role' | 'state', value: string) => setFilters((current) => ({ ...current, [key]: value === '' ? undefined : value }));

  return (
    <div className="flex flex-col gap-4">
      {list.data && manages === 'none' && <Alert tone="info">{t('adminStaff.notAllowed')}</Alert>}
      {manages === 'centreCounsellors' && <Alert tone="info">{t('adminStaff.centreCounsellorsOnly')}</Alert>}
      {panel.kind === 'password' && <OneTimePassword account={panel.answer.account} password={panel.answer.oneTimePassword} onDone={() => setPanel({ kind: 'none' })} />}
      {panel.kind === 'confirm' && <ConfirmDeactivate account={panel.account} onClose={() => setPanel({ kind: 'none' })} />}
      {panel.kind === 'form' && (
        <StaffForm
          account={panel.account}
          centres={centres}
          onlyCentreCounsellors={manages === 'centreCounsellors' ? manager.centre : null}
          onSaved={(saved) => setPanel(saved ? { kind: 'password', answer: saved } : { kind: 'none' })}
          onCancel={() => setPanel({ kind: 'none' })}
        />
      )}
      {actionError && <Alert tone="error">{actionIssue ? translateValidation(t, actionIssue.message) : apiErrorMessage(t, actionError)}</Alert>}
      <Region
        title={t('adminStaff.title')}
        actions={manages !== 'none' && <Button onClick={() => setPanel({ kind: 'form', account: null })}>{t('adminStaff.create')}</Button>}
      >
        <fieldset className="mb-3 flex flex-wrap gap-3">
          <legend className="sr-only">{t('adminStaff.filters.label')}</legend>
          {me.role === 'admin' && (
            <SelectField
              label={t('adminStaff.filters.centre')}
              value={filters.centre ?? ''}
              onChange={(event) => setFilter('centre', event.target.value)}
              options={[{ value: '', label: t('adminStaff.filters.allCentres') }, ...centres.map((c) => ({ value: c.areaCode, label: `${i18n.language === 'en' ? c.cityEn : c.cityZh} ${c.areaCode}` }))]}
            />
          )}
          <SelectField
            label={t('adminStaff.filters.role')}
            value={filters.role ?? ''}
            onChange={(event) => setFilter('role', event.target.value)}
            options={[{ value: '', label: t('adminStaff.filters.allRoles') }, ...roles.map((role) => ({ value: role, label: t(`app.roles.${role}`) }))]}
          />
          <SelectField
            label={t('adminStaff.filters.state')}
            value={filters.state}
            onChange={(event) => setFilter('state', event.target.value)}
            options={(['active', 'deactivated', 'all'] as const).map((state) => ({ value: state, label: t(`adminStaff.filters.states.${state}`) }))}
          />
        </fieldset>
        {list.isPending && <p className="text-slate-500">{t('adminStaff.loading')}</p>}
        {list.isError && <Alert tone="error">{apiErrorMessage(t, list.error)}</Alert>}
        {list.data?.accounts.length === 0 && <EmptyState>{t('adminStaff.none')}</EmptyState>}
        {list.data && list.data.accounts.length > 0 && (
          <StaffTable
            accounts={list.data.accounts}
            centres={centres}
            actions={{
              mayManage: (account) => account.id !== me.id && mayManage(manager, account),
              onEdit: (account) => setPanel({ kind: 'form', account }),
              onDeactivate: (account) => setPanel({ kind: 'confirm', account }),
              onReactivate: (account) => reactivate.mutate(account.id, { onSuccess: showPassword }),
              onResetPassword: (account) => reset.mutate(account.id, { onSuccess: showPassword }),
            }}
          />
        )}
      </Region>
      {manages !== 'none' && <StaffImport />}
    </div>
  );
}
