import { zodResolver } from '@hookform/resolvers/zod';
import type { TFunction } from 'i18next';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ApiError, signInSchema, useSignIn } from '../../api';
import type { LoginRequest } from '../../contract';
import { Alert, Button, LanguageSwitch, TextField, ThemeSwitch, apiErrorMessage, translateValidation } from '../../components';

function signInError(t: TFunction, error: unknown): string {
  if (error instanceof ApiError && error.code === 'too_many_attempts') {
    return t('signIn.tooManyAttempts', { minutes: Math.max(1, Math.ceil((error.retryAfterSec ?? 60) / 60)) });
  }
  if (error instanceof ApiError && error.code === 'bad_credentials') return t('signIn.badCredentials');
  return apiErrorMessage(t, error);
}

export function SignInPage() {
  const { t } = useTranslation();
  const signIn = useSignIn();
  const form = useForm<LoginRequest>({
    resolver: zodResolver(signInSchema),
    defaultValues: { username: '', password: '' },
  });
  const { errors } = form.formState;

  return (
    <main id="main" className="flex min-h-screen items-center justify-center bg-slate-100 p-4">
      <div className="w-full max-w-sm rounded-xl bg-white p-8 shadow-md ring-1 ring-slate-200">
        <div className="mb-6 flex items-start justify-between gap-4">
          <div>
            <h1 className="text-2xl font-semibold text-slate-900">{t('signIn.title')}</h1>
            <p className="mt-1 text-sm text-slate-500">{t('signIn.subtitle')}</p>
          </div>
          <div className="flex flex-col items-end gap-2">
            <LanguageSwitch />
            <ThemeSwitch />
          </div>
        </div>
        <form
          noValidate
          className="flex flex-col gap-4"
          onSubmit={form.handleSubmit((values) => signIn.mutate(values))}
        >
          <TextField
            label={t('signIn.username')}
            autoComplete="username"
            autoFocus
            error={translateValidation(t, errors.username?.message)}
            {...form.register('username')}
          />
          <TextField
            label={t('signIn.password')}
            type="password"
            autoComplete="current-password"
            error={translateValidation(t, errors.password?.message)}
            {...form.register('password')}
          />
          {signIn.isError && <Alert tone="error">{signInError(t, signIn.error)}</Alert>}
          <Button type="submit" size="lg" disabled={signIn.isPending}>
            {signIn.isPending ? t('signIn.submitting') : t('signIn.submit')}
          </Button>
        </form>
        <p className="mt-6 text-xs text-slate-600">{t('signIn.demoHint')}</p>
      </div>
    </main>
  );
}
