import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { useTransferTargets } from '../../api';
import type { TransferDirectoryEntry } from '../../contract';
import { Alert, Button, SelectField, apiErrorMessage } from '../../components';
import { isTalking } from '../../telephony';
import { EmergencyButtons } from './EmergencyButtons';
import { HandoffPacketCard } from './HandoffPacketCard';
import { useTransferRecord } from './record-link';
import { useCallerCall } from './use-caller-call';
import { useTransferActions } from './use-transfer-actions';

function targetLabel(t: TFunction, target: TransferDirectoryEntry, english: boolean): string {
  const name = targetName(target, english);
  const label = target.number ? t('transfer.targetOption', { name, number: target.number }) : name;
  return target.available ? label : t('transfer.targetUnavailable', { target: label });
}

function targetName(target: TransferDirectoryEntry | undefined, english: boolean): string {
  if (!target) return '';
  return english ? target.nameEn : target.nameZh;
}

/**
 * Always on the workstation: 110 and 120 one click away, and every other hand-on (another
 * hotline, another 12356 centre, the supervisor on duty) as a blind transfer, a consultation
 * first, or a three-way conference.
 */
export function TransferBar() {
  const { t, i18n } = useTranslation();
  const english = i18n.language.startsWith('en');
  const targets = useTransferTargets();
  const { caller, consulted } = useCallerCall();
  const actions = useTransferActions();
  const { intake } = useTransferRecord();
  const [targetId, setTargetId] = useState('');
  // Emergency services are in the list too: a blind transfer or a consultation with them is
  // sometimes right, though their big buttons always start a conference.
  const others = targets.data?.targets ?? [];
  const chosen = others.find((target) => target.id === targetId);
  const consultedTarget = (targets.data?.targets ?? []).find((target) => target.number === consulted?.remoteNumber);
  const askedName = targetName(consultedTarget, english) || consulted?.remoteNumber || '';
  // A mock call's practice call: the number asked for, marked, though the trainer answers it.
  const consultedName = consulted?.training ? t('mockCall.practice', { name: askedName }) : askedName;
  const idle = caller !== undefined && isTalking(caller) && consulted === undefined;
  const failure = caller?.transferFailure;
  const handoffOpen = intake?.safety.emergencyHandoff?.outcome === 'pending';

  return (
    <div className="flex flex-col gap-3" data-transfer-state={consulted?.conference ? 'conference' : consulted ? 'consulting' : caller?.phase ?? 'no-call'}>
      <EmergencyButtons />
      {targets.isError && <Alert tone="warning">{apiErrorMessage(t, targets.error)}</Alert>}
      <div className="flex flex-wrap gap-2">
        <SelectField
          className="w-full"
          label={t('transfer.target')}
          value={targetId}
          onChange={(event) => setTargetId(event.target.value)}
          options={[
            { value: '', label: t('transfer.chooseTarget') },
            ...others.map((target) => ({
              value: target.id,
              label: targetLabel(t, target, english),
            })),
          ]}
        />
        <Button tone="secondary" className="flex-1 whitespace-nowrap !px-1" disabled={!idle || !chosen?.available} onClick={() => caller && chosen && void actions.consult(caller.id, chosen)}>
          {t('transfer.consult')}
        </Button>
        <Button tone="secondary" className="flex-1 whitespace-nowrap !px-1" disabled={!idle || !chosen?.available} onClick={() => caller && chosen && void actions.conference(caller.id, chosen)}>
          {t('transfer.conference')}
        </Button>
        <Button tone="secondary" className="flex-1 whitespace-nowrap !px-1" disabled={!idle || !chosen?.available} onClick={() => caller && chosen && void actions.blind(caller.id, chosen)}>
          {t('transfer.blind')}
        </Button>
      </div>
      {!caller && <p className="text-sm text-slate-500">{t('transfer.noCall')}</p>}
      {caller?.phase === 'transferring' && <Alert tone="info">{t('transfer.transferring')}</Alert>}
      {failure && (
        <Alert tone="error">
          {t('transfer.failed', { reason: t(`call.ended.${failure}`) })}
        </Alert>
      )}
      {caller && consulted && (
        <div className="flex flex-col gap-2 rounded-md bg-slate-50 p-3 ring-1 ring-slate-200" role="group" aria-label={t('transfer.inProgress')}>
          <p className="text-sm font-medium text-slate-900">
            {consulted.conference
              ? t('transfer.inConference', { name: consultedName })
              : consulted.phase === 'active'
                ? t('transfer.consulting', { name: consultedName })
                : t('transfer.calling', { name: consultedName })}
          </p>
          <div className="flex flex-wrap gap-2">
            {consulted.phase === 'active' && !consulted.conference && (
              <>
                <Button onClick={() => void actions.complete(caller.id)}>{t('transfer.complete')}</Button>
                <Button tone="secondary" onClick={() => actions.joinConference(caller.id)}>
                  {t('transfer.join')}
                </Button>
              </>
            )}
            {consulted.conference && <Button onClick={() => void actions.complete(caller.id)}>{t('transfer.leave')}</Button>}
            <Button tone="danger" onClick={() => void actions.cancel(consulted.id)}>
              {consulted.conference ? t('transfer.drop', { name: consultedName }) : t('transfer.cancel')}
            </Button>
          </div>
        </div>
      )}
      {intake && (handoffOpen || consulted?.conference) && <HandoffPacketCard intake={intake} />}
    </div>
  );
}
