import { lazy, Suspense, useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Redirect } from 'wouter';
import { useMe } from '../api';
import type { Me, Role } from '../contract';
import { Alert, Button, apiErrorMessage } from '../components';
import { loadAdminMessages } from '../i18n';

// Its own chunk, with its messages (the admin part): only a person on a one-time password sees it.
const ChangePasswordPage = lazy(() =>
  Promise.all([import('../features/password-change'), loadAdminMessages()]).then(([module]) => ({ default: module.ChangePasswordPage })),
);

/** Renders its page only for a signed-in staff member of an allowed role. */
export function RequireSignIn({ roles, children }: { roles?: readonly Role[]; children: (me: Me) => ReactNode }) {
  const { t } = useTranslation();
  const me = useMe();

  useEffect(() => {
    if (me.isError) {
      const timer = setTimeout(() => void me.refetch(), 5000);
      return () => clearTimeout(timer);
    }
  }, [me]);

  if (me.isPending) return <p className="p-6 text-slate-500">{t('app.loading')}</p>;
  if (me.isError) {
    return (
      <div className="mx-auto mt-16 flex max-w-md flex-col gap-3 p-4">
        <Alert tone="error">{apiErrorMessage(t, me.error)}</Alert>
        <Button onClick={() => void me.refetch()}>{t('registration.retry')}</Button>
      </div>
    );
  }
  if (!me.data) return <Redirect to="/login" replace />;
  // The API answers nothing else until the one-time password is changed (#15), whatever the page.
  if (me.data.mustChangePassword) {
    return (
      <Suspense fallback={<p className="p-6 text-slate-500">{t('app.loading')}</p>}>
        <ChangePasswordPage me={me.data} />
      </Suspense>
    );
  }
  if (roles && !roles.includes(me.data.role)) {
    return (
      <div className="mx-auto mt-16 flex max-w-md flex-col gap-3 p-4">
        <Alert tone="warning">{t('app.forbidden')}</Alert>
        <a className="text-teal-800 underline" href="/">
          {t('app.backHome')}
        </a>
      </div>
    );
  }
  return <>{children(me.data)}</>;
}
