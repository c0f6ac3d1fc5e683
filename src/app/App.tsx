import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Redirect, Route, Switch } from 'wouter';
import { useMe } from '../api';
import { AppLayout } from './AppLayout';
import { PhoneHost, type TelephonyFactory } from './phone-host';
import { RequireSignIn } from './RequireSignIn';
import { homePathFor, screens } from './screens';

// Each screen is its own chunk: a counsellor's browser never downloads the simulator, and the
// sign-in page does not wait for sip.js.
const SignInPage = lazy(() => import('../features/session').then((module) => ({ default: module.SignInPage })));
const CallerSimulator = lazy(() => import('../features/training').then((module) => ({ default: module.CallerSimulator })));
const WorkstationPage = lazy(() => import('./WorkstationPage').then((module) => ({ default: module.WorkstationPage })));

function Loading({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return <Suspense fallback={<p className="p-6 text-slate-500">{t('app.loading')}</p>}>{children}</Suspense>;
}

function SignInRoute() {
  const me = useMe();
  const { t } = useTranslation();
  useEffect(() => {
    document.title = t('signIn.title');
  }, [t]);
  if (me.data) return <Redirect to={homePathFor(me.data.role)} replace />;
  return (
    <Loading>
      <SignInPage />
    </Loading>
  );
}

function SimulatorPage({ createTelephony }: { createTelephony: TelephonyFactory }) {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = t('simulator.title');
  }, [t]);
  return (
    <RequireSignIn roles={screens.simulator.roles}>
      {(me) => (
        <PhoneHost createTelephony={createTelephony}>
          <AppLayout me={me} title={t('simulator.title')}>
            <Loading>
              <CallerSimulator />
            </Loading>
          </AppLayout>
        </PhoneHost>
      )}
    </RequireSignIn>
  );
}

function NotFound() {
  const { t } = useTranslation();
  return (
    <main id="main" className="mx-auto mt-16 max-w-md p-4 text-center">
      <p className="mb-4 text-lg">{t('app.notFound')}</p>
      <a className="text-teal-800 underline" href="/">
        {t('app.backHome')}
      </a>
    </main>
  );
}

export function App({ queryClient, createTelephony }: { queryClient: QueryClient; createTelephony: TelephonyFactory }) {
  return (
    <QueryClientProvider client={queryClient}>
      <Switch>
        <Route path="/login" component={SignInRoute} />
        <Route path="/">
          <RequireSignIn>{(me) => <Redirect to={homePathFor(me.role)} replace />}</RequireSignIn>
        </Route>
        <Route path={screens.workstation.path}>
          <RequireSignIn roles={screens.workstation.roles}>
            {(me) => (
              <PhoneHost createTelephony={createTelephony}>
                <Loading>
                  <WorkstationPage me={me} />
                </Loading>
              </PhoneHost>
            )}
          </RequireSignIn>
        </Route>
        <Route path={screens.simulator.path}>
          <SimulatorPage createTelephony={createTelephony} />
        </Route>
        <Route component={NotFound} />
      </Switch>
    </QueryClientProvider>
  );
}
