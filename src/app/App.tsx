import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, type ComponentType, type LazyExoticComponent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Redirect, Route, Switch } from 'wouter';
import { useMe } from '../api';
import type { Me } from '../contract';
import { loadAdminMessages, loadFormMessages, loadSupervisorMessages, loadTrainingMessages } from '../i18n';
import { PhoneHost, type TelephonyFactory } from './phone-host';
import { RequireSignIn } from './RequireSignIn';
import { homePathFor, screens, type ScreenName } from './screens';

const SignInPage = lazy(() => import('../features/session').then((module) => ({ default: module.SignInPage })));

// Every role's screen is its own chunk, loaded when its route is visited: a counsellor's browser
// never downloads the simulator (or a screen added later), and the sign-in page does not wait
// for sip.js. The type makes a screen added to `screens` without a lazily loaded page an error.
// The supervisor's screens, with their messages, which are not part of the first screen's (src/i18n/zh-CN-supervisor.ts).
const supervisorScreens = () => Promise.all([import('./SupervisorPage'), loadSupervisorMessages()]).then(([module]) => module);
// The trainer's screens, with their messages and the form's (problem, call type and persona words).
const trainerScreens = () => Promise.all([import('./TrainerScreens'), loadTrainingMessages(), loadFormMessages()]).then(([module]) => module);
// Running a centre's screens, with their messages and the form's (problem, call type and risk words in reports).
const adminScreens = () => Promise.all([import('./AdminScreens'), loadAdminMessages(), loadFormMessages()]).then(([module]) => module);

/** One page of a lazily loaded module (a screen's chunk). */
function page<N extends string, M extends Record<N, ComponentType<{ me: Me }>>>(load: () => Promise<M>, name: N) {
  return lazy(() => load().then((module) => ({ default: module[name] })));
}

const pages: Record<ScreenName, LazyExoticComponent<ComponentType<{ me: Me }>>> = {
  supervisor: page(supervisorScreens, 'SupervisorPage'),
  workstation: page(() => import('./WorkstationPage'), 'WorkstationPage'),
  training: page(trainerScreens, 'TrainingPage'),
  simulator: page(trainerScreens, 'SimulatorPage'),
  // In the console's chunk, whose layout it shares; the review itself loads with the route.
  review: page(supervisorScreens, 'ReviewPage'),
  trainingScenarios: page(trainerScreens, 'TrainingScenariosPage'),
  trainingTrainees: page(trainerScreens, 'TrainingTraineesPage'),
  trainingCall: page(trainerScreens, 'TrainingCallPage'),
  adminStaff: page(adminScreens, 'AdminStaffPage'),
  adminSettings: page(adminScreens, 'AdminSettingsPage'),
  auditLog: page(adminScreens, 'AuditLogPage'),
  reports: page(adminScreens, 'ReportsPage'),
};

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
        {(Object.keys(screens) as ScreenName[]).map((name) => {
          const Page = pages[name];
          return (
            <Route key={name} path={screens[name].path}>
              <RequireSignIn roles={screens[name].roles}>
                {(me) => (
                  <PhoneHost createTelephony={createTelephony}>
                    <Loading>
                      <Page me={me} />
                    </Loading>
                  </PhoneHost>
                )}
              </RequireSignIn>
            </Route>
          );
        })}
        <Route component={NotFound} />
      </Switch>
    </QueryClientProvider>
  );
}
