import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Checkbox, Region, SelectField, TextField, apiErrorMessage, translateValidation } from '../../components';
import { roles, type Centre } from '../../contract';
import { StaffInput, type StaffAccount, type WithOneTimePassword } from '../../contract/admin-staff';
import { ApiError } from '../../api';
import { useSaveStaff } from './staff-api';

type FormValues = Omit<StaffInput, 'centre'> & { centre: string };

const blank: FormValues = { username: '', displayName: '', role: 'counsellor', centre: '', trainee: false };

const valuesOf = (account: StaffAccount): FormValues => ({
  username: account.username,
  displayName: account.displayName,
  role: account.role,
  centre: account.centre ?? '',
  trainee: account.trainee,
});

// The select's empty option stands for "no centre" (the province), which the contract says as null.
const toInput = (values: FormValues): StaffInput => ({ ...values, centre: values.centre === '' ? null : values.centre });
const resolver = zodResolver(StaffInput);

/**
 * Creates or edits an account, validated by the contract's schema (the API checks the same, and
 * answers what only it knows, a taken username, on the field). A supervisor managing their
 * centre's counsellors is offered nothing else.
 */
export function StaffForm({
  account,
  centres,
  onlyCentreCounsellors,
  onSaved,
  onCancel,
}: {
  account: StaffAccount | null;
  centres: readonly Centre[];
  /** The supervisor's centre when they may manage its counsellors only. */
  onlyCentreCounsellors: string | null;
  onSaved: (saved: WithOneTimePassword | null) => void;
  onCancel: () => void;
}) {
  const { t, i18n } = useTranslation();
  const save = useSaveStaff();
  const defaults = account ? valuesOf(account) : onlyCentreCounsellors ? { ...blank, centre: onlyCentreCounsellors } : blank;
  const form = useForm<FormValues>({
    defaultValues: defaults,
    resolver: (values, context, options) => resolver(toInput(values) as never, context, options as never) as never,
  });
  const { register, formState, setError } = form;
  const error = (message: string | undefined) => translateValidation(t, message);
  const centreLabel = (centre: Centre) => (i18n.language === 'en' ? centre.cityEn : centre.cityZh);
  const roleOptions = (onlyCentreCounsellors ? (['counsellor'] as const) : roles).map((role) => ({ value: role, label: t(`app.roles.${role}`) }));
  const centreOptions = [
    ...(onlyCentreCounsellors ? [] : [{ value: '', label: t('adminStaff.form.noCentre') }]),
    ...centres.filter((centre) => !onlyCentreCounsellors || centre.areaCode === onlyCentreCounsellors).map((centre) => ({ value: centre.areaCode, label: `${centreLabel(centre)} ${centre.areaCode}` })),
  ];

  const submit = form.handleSubmit(async (values) => {
    try {
      const saved = await save.mutateAsync({ id: account?.id ?? null, input: toInput(values) });
      onSaved(saved);
    } catch (failure) {
      // The API's field-level answers (a taken username, an unknown centre) go on their field.
      if (failure instanceof ApiError) {
        for (const issue of failure.issues) {
          const field = issue.path[0];
          if (field === 'username' || field === 'centre' || field === 'displayName') setError(field, { message: issue.message });
        }
      }
    }
  });

  const apiIssue = save.error instanceof ApiError ? save.error.issues.find((issue) => issue.path.length === 0) : undefined;
  return (
    <Region title={account ? t('adminStaff.form.editTitle', { name: account.displayName }) : t('adminStaff.form.newTitle')}>
      <form noValidate onSubmit={(event) => void submit(event)} className="grid max-w-2xl grid-cols-1 gap-3 md:grid-cols-2">
        <TextField label={t('adminStaff.form.username')} hint={t('adminStaff.form.usernameHint')} autoComplete="off" error={error(formState.errors.username?.message)} {...register('username')} />
        <TextField label={t('adminStaff.form.displayName')} autoComplete="off" error={error(formState.errors.displayName?.message)} {...register('displayName')} />
        <SelectField label={t('adminStaff.form.role')} options={roleOptions} error={error(formState.errors.role?.message)} {...register('role')} />
        <SelectField label={t('adminStaff.form.centre')} options={centreOptions} error={error(formState.errors.centre?.message)} {...register('centre')} />
        <div className="md:col-span-2">
          <Checkbox label={t('adminStaff.form.trainee')} {...register('trainee')} />
          {formState.errors.trainee && <p className="text-sm text-red-700">{error(formState.errors.trainee.message)}</p>}
        </div>
        {!account && <p className="text-sm text-slate-600 md:col-span-2">{t('adminStaff.form.extensionNote')}</p>}
        {save.isError && (
          <div className="md:col-span-2">
            <Alert tone="error">{apiIssue ? error(apiIssue.message) : apiErrorMessage(t, save.error)}</Alert>
          </div>
        )}
        <div className="flex gap-2 md:col-span-2">
          <Button type="submit" disabled={save.isPending}>
            {account ? t('adminStaff.form.save') : t('adminStaff.form.create')}
          </Button>
          <Button tone="secondary" onClick={onCancel}>
            {t('adminStaff.form.cancel')}
          </Button>
        </div>
      </form>
    </Region>
  );
}
