import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Me } from '../contract';
import { EmptyState, Region } from '../components';
import { Softphone } from '../features/softphone';
import { AppLayout } from './AppLayout';

/**
 * The counsellor's screen, laid out for 1366×768 and up: the phone always visible on the left,
 * the record of the call in the middle, notes and the shift on the right.
 */
export function WorkstationPage({ me }: { me: Me }) {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = t('workstation.title');
  }, [t]);

  return (
    <AppLayout me={me} title={t('app.shortName')}>
      <div className="grid h-full min-h-0 grid-cols-[minmax(300px,340px)_minmax(0,1fr)_minmax(280px,340px)] gap-3">
        <Region title={t('workstation.regions.softphone')}>
          <Softphone />
        </Region>
        <div className="flex min-h-0 flex-col gap-3">
          <Region title={t('workstation.regions.transfer')} className="shrink-0">
            <EmptyState>{t('workstation.emptyTransfer')}</EmptyState>
          </Region>
          <Region title={t('workstation.regions.intake')} className="flex-1">
            <EmptyState>{t('workstation.emptyIntake')}</EmptyState>
          </Region>
        </div>
        <div className="flex min-h-0 flex-col gap-3">
          <Region title={t('workstation.regions.shift')} className="shrink-0">
            <EmptyState>{t('workstation.emptyShift')}</EmptyState>
          </Region>
          <Region title={t('workstation.regions.notes')} className="flex-1">
            <EmptyState>{t('workstation.emptyNotes')}</EmptyState>
          </Region>
        </div>
      </div>
    </AppLayout>
  );
}
