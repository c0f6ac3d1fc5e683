import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Region, apiErrorMessage } from '../../components';
import type { Institution } from '../../contract';
import { useAdminCentres, useAdminInstitutions } from './config-api';
import { InstitutionForm } from './InstitutionForm';

/** The referral institutions counsellors choose from; a retired one is kept for the records that named it. */
export function InstitutionsEditor() {
  const { t, i18n } = useTranslation();
  const institutions = useAdminInstitutions();
  const centres = useAdminCentres();
  const [editing, setEditing] = useState<{ institution: Institution | null } | null>(null);
  const english = i18n.language.startsWith('en');
  const centreList = (centres.data?.centres ?? []).map((centre) => ({ areaCode: centre.areaCode, name: english ? centre.cityEn : centre.cityZh }));
  if (editing && centres.data) return <InstitutionForm institution={editing.institution} centres={centreList} onDone={() => setEditing(null)} />;
  return (
    <Region
      title={t('adminConfig.institutions.title')}
      actions={
        <Button disabled={!centres.data} onClick={() => setEditing({ institution: null })}>
          {t('adminConfig.institutions.add')}
        </Button>
      }
    >
      <p className="mb-2 text-sm text-slate-600">{t('adminConfig.institutions.intro')}</p>
      {institutions.isError && <Alert tone="error">{apiErrorMessage(t, institutions.error)}</Alert>}
      {institutions.data && (
        <table className="w-full text-sm">
          <thead className="text-left text-slate-600">
            <tr>
              <th scope="col">{t('adminConfig.institutions.columns.name')}</th>
              <th scope="col">{t('adminConfig.institutions.centre')}</th>
              <th scope="col">{t('adminConfig.institutions.phone')}</th>
              <th scope="col">{t('adminConfig.institutions.hours')}</th>
              <th scope="col">{t('adminConfig.institutions.columns.state')}</th>
              <th scope="col">{t('adminConfig.institutions.columns.actions')}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {institutions.data.institutions.map((institution) => {
              const name = english ? institution.nameEn : institution.nameZh;
              return (
                <tr key={institution.id}>
                  <th scope="row" className="py-1 text-left font-normal">
                    {name}
                    {institution.address && <span className="block text-slate-600">{institution.address}</span>}
                  </th>
                  <td>{institution.areaCode}</td>
                  <td>{institution.phone || t('adminConfig.institutions.noPhone')}</td>
                  <td>{institution.hours}</td>
                  <td>{t(institution.retired ? 'adminConfig.institutions.retired' : 'adminConfig.institutions.active')}</td>
                  <td>
                    <Button tone="secondary" disabled={!centres.data} onClick={() => setEditing({ institution })} aria-label={`${t('adminConfig.edit')}：${name}`}>
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
