import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Checkbox, Region, SelectField, TextArea, TextField, apiErrorMessage, translateValidation } from '../../components';
import type { Institution } from '../../contract';
import { InstitutionInput } from '../../contract/centre-config';
import { useSaveInstitution } from './config-api';
import { configErrorMap } from './error-map';
import { showServerIssues } from './server-issues';

const blank = (areaCode: string): InstitutionInput => ({ nameZh: '', nameEn: '', areaCode, phone: '', address: '', hours: '', services: '', retired: false });

/** Adds or edits one referral institution: what a counsellor reads out to a caller referred there. */
export function InstitutionForm({
  institution,
  centres,
  onDone,
}: {
  institution: Institution | null;
  centres: { areaCode: string; name: string }[];
  onDone: () => void;
}) {
  const { t, i18n } = useTranslation();
  const save = useSaveInstitution();
  const defaults = institution ? (({ id: _id, ...input }) => input)(institution) : blank(centres[0]?.areaCode ?? '');
  const form = useForm<InstitutionInput>({ resolver: zodResolver(InstitutionInput, { error: configErrorMap }), defaultValues: defaults });
  const { register, formState } = form;
  const error = (field: keyof InstitutionInput) => translateValidation(t, formState.errors[field]?.message);
  const heading = institution ? t('adminConfig.institutions.editTitle', { name: i18n.language.startsWith('en') ? institution.nameEn : institution.nameZh }) : t('adminConfig.institutions.newTitle');
  const submit = form.handleSubmit((input) =>
    save.mutate({ id: institution?.id ?? null, input }, { onSuccess: onDone, onError: (failure) => showServerIssues(failure, form.setError) }),
  );
  return (
    <Region title={heading}>
      <form noValidate aria-label={heading} className="grid grid-cols-1 gap-3 md:grid-cols-2" onSubmit={submit}>
        <TextField label={t('adminConfig.nameZh')} error={error('nameZh')} {...register('nameZh')} />
        <TextField label={t('adminConfig.nameEn')} error={error('nameEn')} {...register('nameEn')} />
        <SelectField
          label={t('adminConfig.institutions.centre')}
          error={error('areaCode')}
          options={centres.map((centre) => ({ value: centre.areaCode, label: `${centre.name}（${centre.areaCode}）` }))}
          {...register('areaCode')}
        />
        <TextField label={t('adminConfig.institutions.phone')} inputMode="numeric" hint={t('adminConfig.institutions.phoneHint')} error={error('phone')} {...register('phone')} />
        <TextField label={t('adminConfig.institutions.address')} error={error('address')} {...register('address')} />
        <TextField label={t('adminConfig.institutions.hours')} error={error('hours')} {...register('hours')} />
        <TextArea className="col-span-full" rows={2} label={t('adminConfig.institutions.services')} error={error('services')} {...register('services')} />
        <Checkbox label={t('adminConfig.institutions.retiredLabel')} {...register('retired')} />
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
    </Region>
  );
}
