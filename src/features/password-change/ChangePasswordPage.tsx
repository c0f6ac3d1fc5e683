import { zodResolver } from '@hookform/resolvers/zod';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { ApiError, callApi, meQuery, useSignOut } from '../../api';
import { Alert, Button, LanguageSwitch, TextField, apiErrorMessage, translateValidation } from '../../components';
import type { Me } from '../../contract';
import { ChangePasswordRequest, passwordProblems } from '../../contract/admin-staff';
import { adminStaffEndpoints } from '../../contract/api-admin-staff';

type Values = ChangePasswordRequest & { repeat: string };

/** The policy checked as the person types, the same rule the server applies. */
function schemaFor(username: string) {
  return ChangePasswordRequest.extend({ repeat: z.string() }).superRefine((value, ctx) => {
    for (const message of passwordProblems(value.newPassword, { username, previous: value.currentPassword })) {
      ctx.addIssue({ code: 'custom', path: ['newPassword'], message });
    }
    if (value.repeat !== value.newPassword) ctx.addIssue({ code: 'custom', path: ['repeat'], message: 'adminStaff.passwordsDiffer' });
  });
}

/**
 * Signed in with a one-time password (an admin made or reset the account): nothing else opens,
 * and the API answers nothing else, until the person has chosen their own password.
 */
export function ChangePasswordPage({ me }: { me: Me }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const signOut = useSignOut();
  const resolver = useMemo(() => zodResolver(schemaFor(me.username)), [me.username]);
  const form = useForm<Values>({ resolver, defaultValues: { currentPassword: '', newPassword: '', repeat: '' } });
  const { errors, isSubmitting } = form.formState;
  const error = (message: string | undefined) => translateValidation(t, message);
  useEffect(() => {
    document.title = t('adminStaff.passwordChange.title');
  }, [t]);

  const submit = form.handleSubmit(async ({ currentPassword, newPassword }) => {
    try {
      await callApi(adminStaffEndpoints.changePassword, { body: { currentPassword, newPassword } });
      await queryClient.invalidateQueries({ queryKey: meQuery.queryKey });
    } catch (failure) {
      const issues = failure instanceof ApiError ? failure.issues : [];
      for (const issue of issues) {
        const field = issue.path[0] === 'currentPassword' ? 'currentPassword' : 'newPassword';
        form.setError(field, { message: issue.message });
      }
      if (issues.length === 0) form.setError('root', { message: apiErrorMessage(t, failure) });
    }
  });

  return (
    <main id="main" className="flex min-h-screen items-center justify-center bg-slate-100 p-4">
      <div className="w-full max-w-md rounded-xl bg-white p-8 shadow-md ring-1 ring-slate-200">
        <div className="mb-4 flex items-start justify-between gap-4">
          <h1 className="text-xl font-semibold text-slate-900">{t('adminStaff.passwordChange.title')}</h1>
          <LanguageSwitch />
        </div>
        <p className="mb-2 text-sm text-slate-700">{t('adminStaff.passwordChange.intro')}</p>
        <p className="mb-4 text-sm text-slate-600">{t('adminStaff.passwordChange.policy')}</p>
        <form noValidate className="flex flex-col gap-3" onSubmit={(event) => void submit(event)}>
          <input type="text" name="username" autoComplete="username" value={me.username} readOnly hidden />
          <TextField
            label={t('adminStaff.passwordChange.current')}
            type="password"
            autoComplete="current-password"
            error={error(errors.currentPassword?.message)}
            {...form.register('currentPassword')}
          />
          <TextField label={t('adminStaff.passwordChange.next')} type="password" autoComplete="new-password" error={error(errors.newPassword?.message)} {...form.register('newPassword')} />
          <TextField label={t('adminStaff.passwordChange.repeat')} type="password" autoComplete="new-password" error={error(errors.repeat?.message)} {...form.register('repeat')} />
          {errors.root && <Alert tone="error">{errors.root.message}</Alert>}
          <Button type="submit" disabled={isSubmitting}>
            {t('adminStaff.passwordChange.submit')}
          </Button>
          <Button tone="quiet" onClick={() => signOut.mutate()}>
            {t('adminStaff.passwordChange.signOut')}
          </Button>
        </form>
      </div>
    </main>
  );
}
