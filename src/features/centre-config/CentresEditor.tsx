import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Checkbox, Region, TextField, apiErrorMessage, translateValidation } from '../../components';
import { NewCentre, type AdminCentre } from '../../contract/centre-config';
import { useAdminCentres, useCreateCentre, useUpdateCentre } from './config-api';
import { configErrorMap } from './error-map';
import { showServerIssues } from './server-issues';

/** Adds a centre (its area code gives its line) or renames one and opens or closes its line. */
function CentreForm({ centre, onDone }: { centre: AdminCentre | null; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const create = useCreateCentre();
  const update = useUpdateCentre();
  const save = centre ? update : create;
  const form = useForm<NewCentre>({
    resolver: zodResolver(NewCentre, { error: configErrorMap }),
    defaultValues: centre ?? { areaCode: '', cityZh: '', cityEn: '', lineOpen: true },
  });
  const error = (field: keyof NewCentre) => translateValidation(t, form.formState.errors[field]?.message);
  const heading = centre ? t('adminConfig.centres.editTitle', { centre: i18n.language.startsWith('en') ? centre.cityEn : centre.cityZh }) : t('adminConfig.centres.newTitle');
  const options = { onSuccess: onDone, onError: (failure: Error) => showServerIssues(failure, form.setError) };
  const submit = form.handleSubmit(({ areaCode, ...edit }) =>
    centre ? update.mutate({ areaCode: centre.areaCode, edit }, options) : create.mutate({ areaCode, ...edit }, options),
  );
  return (
    <form noValidate aria-label={heading} className="mb-4 grid grid-cols-1 gap-3 rounded-md border border-slate-200 p-3 md:grid-cols-3" onSubmit={submit}>
      <h3 className="font-semibold text-slate-800 col-span-full">{heading}</h3>
      <TextField label={t('adminConfig.centres.areaCode')} inputMode="numeric" readOnly={centre !== null} error={error('areaCode')} {...form.register('areaCode')} />
      <TextField label={t('adminConfig.centres.cityZh')} error={error('cityZh')} {...form.register('cityZh')} />
      <TextField label={t('adminConfig.centres.cityEn')} error={error('cityEn')} {...form.register('cityEn')} />
      <Checkbox label={t('adminConfig.centres.lineOpen')} {...form.register('lineOpen')} />
      <p className="text-sm text-slate-600 col-span-full">{t('adminConfig.centres.closedMeans')}</p>
      <div className="flex gap-3 col-span-full">
        <Button type="submit" disabled={save.isPending}>
          {t('adminConfig.save')}
        </Button>
        <Button tone="secondary" onClick={onDone}>
          {t('adminConfig.cancel')}
        </Button>
      </div>
      {save.isError && <Alert tone="error">{apiErrorMessage(t, save.error)}</Alert>}
    </form>
  );
}

/** The province's centres and their lines <area code>12356: who answers each, and whether it is open. */
export function CentresEditor() {
  const { t, i18n } = useTranslation();
  const centres = useAdminCentres();
  const [editing, setEditing] = useState<{ centre: AdminCentre | null } | null>(null);
  const english = i18n.language.startsWith('en');
  return (
    <Region
      title={t('adminConfig.centres.title')}
      actions={
        <Button disabled={editing !== null} onClick={() => setEditing({ centre: null })}>
          {t('adminConfig.centres.add')}
        </Button>
      }
    >
      {editing && <CentreForm key={editing.centre?.areaCode ?? 'new'} centre={editing.centre} onDone={() => setEditing(null)} />}
      {centres.isError && <Alert tone="error">{apiErrorMessage(t, centres.error)}</Alert>}
      {centres.data && (
        <table className="w-full text-sm">
          <thead className="text-left text-slate-600">
            <tr>
              <th scope="col">{t('adminConfig.centres.columns.centre')}</th>
              <th scope="col">{t('adminConfig.centres.columns.line')}</th>
              <th scope="col">{t('adminConfig.centres.columns.staff')}</th>
              <th scope="col">{t('adminConfig.centres.columns.state')}</th>
              <th scope="col">{t('adminConfig.centres.columns.actions')}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {centres.data.centres.map((centre) => {
              const name = english ? centre.cityEn : centre.cityZh;
              return (
                <tr key={centre.areaCode}>
                  <th scope="row" className="py-1 text-left font-normal">
                    {name}
                  </th>
                  <td>{centre.line}</td>
                  <td>{centre.staffCount}</td>
                  <td>{t(centre.lineOpen ? 'adminConfig.centres.open' : 'adminConfig.centres.closed')}</td>
                  <td>
                    <Button tone="secondary" onClick={() => setEditing({ centre })} aria-label={`${t('adminConfig.edit')}：${name}`}>
                      {t('adminConfig.edit')}
                    </Button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </Region>
  );
}
