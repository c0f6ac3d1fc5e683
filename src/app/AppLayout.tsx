import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { useSignOut } from '../api';
import type { Me } from '../contract';
import { Button, LanguageSwitch, ThemeSwitch } from '../components';
import { onAPhoneCall, useTelephony, useTelephonyState } from '../telephony';

function SignOutButton() {
  const { t } = useTranslation();
  const telephony = useTelephony();
  const busy = useTelephonyState((state) => onAPhoneCall(state.calls));
  const signOut = useSignOut();
  const [, navigate] = useLocation();
  return (
    <Button
      tone="quiet"
      disabled={busy || signOut.isPending}
      title={busy ? t('app.signOutBlockedOnCall') : undefined}
      onClick={async () => {
        // Loaded on demand: the outbox module is not needed to draw the screen.
        const { clearRecordOutbox, flushRecordOutbox } = await import('../features/record');
        const unsent = await flushRecordOutbox();
        if (unsent > 0 && !window.confirm(t('app.signOutUnsent', { count: unsent }))) return;
        // Unregister first: a seat left registered after sign-out would keep ringing.
        await telephony.disconnect();
        await signOut.mutateAsync().catch(() => undefined);
        // Nothing of any caller may stay in this browser once its user has gone.
        await clearRecordOutbox();
        navigate('/login', { replace: true });
      }}
    >
      {t('app.signOut')}
    </Button>
  );
}

export function AppLayout({ me, title, centre, children }: { me: Me; title: string; centre?: ReactNode; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="flex h-screen min-h-[700px] flex-col bg-slate-100 text-slate-900">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-10 focus:bg-white focus:p-2">
        {t('app.skipToContent')}
      </a>
      <header className="flex h-12 shrink-0 items-center gap-4 border-b border-slate-200 bg-white px-4">
        <h1 className="text-base font-semibold text-teal-900">{title}</h1>
        <div className="flex-1">{centre}</div>
        <p className="text-sm text-slate-600">
          {me.displayName} · {t(`app.roles.${me.role}`)}
          {me.centre ? ` · ${me.centre.areaCode}` : ''}
        </p>
        <LanguageSwitch />
        <ThemeSwitch />
        <SignOutButton />
      </header>
      <main id="main" className="min-h-0 flex-1 overflow-auto p-3">
        {children}
      </main>
    </div>
  );
}
