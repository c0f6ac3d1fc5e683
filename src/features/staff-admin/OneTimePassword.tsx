import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button } from '../../components';
import type { StaffAccount } from '../../contract/admin-staff';

/** The one time a one-time password is seen: the server keeps only its hash, and so does this screen once closed. */
export function OneTimePassword({ account, password, onDone }: { account: StaffAccount; password: string; onDone: () => void }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  return (
    <section aria-labelledby="one-time-password" className="flex flex-col gap-3 rounded-lg bg-amber-50 p-4 ring-1 ring-amber-300">
      <h2 id="one-time-password" className="font-semibold text-slate-900">
        {t('adminStaff.oneTime.title')}
      </h2>
      <p className="text-sm text-slate-800">{t('adminStaff.oneTime.body', { name: account.displayName, username: account.username })}</p>
      <p className="font-mono text-xl tracking-wider text-slate-900" data-testid="one-time-password">
        {password}
      </p>
      <div className="flex gap-2">
        <Button
          tone="secondary"
          onClick={() => {
            void navigator.clipboard?.writeText(password).then(() => setCopied(true));
          }}
        >
          {t('adminStaff.oneTime.copy')}
        </Button>
        <Button onClick={onDone}>{t('adminStaff.oneTime.done')}</Button>
      </div>
      {copied && <Alert tone="success">{t('adminStaff.oneTime.copied')}</Alert>}
    </section>
  );
}
