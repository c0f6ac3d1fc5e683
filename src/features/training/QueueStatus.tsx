import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQueuePosition } from '../../api';
import { Alert } from '../../components';
import type { CallSnapshot } from '../../telephony';
import { startQueueTone } from './queue-tone';

/**
 * What a simulated caller waiting in the hotline's queue hears and sees: the queue tone and the
 * number of callers ahead. Once the line has queued the call (182) the place is asked until the
 * call is answered or ends: a counsellor who lets it ring out sends it back in line silently.
 */
export function QueueStatus({ call }: { call: CallSnapshot }) {
  const { t } = useTranslation();
  const [seenQueued, setSeenQueued] = useState(false);
  if (call.queued && !seenQueued) setSeenQueued(true);
  const connecting = call.phase === 'connecting';
  const position = useQueuePosition(call.sipCallId, connecting && seenQueued);
  const waiting = connecting && (position.data ? position.data.state === 'waiting' : call.queued);

  useEffect(() => (waiting ? startQueueTone() : undefined), [waiting]);

  if (!waiting) return null;
  const ahead = position.data?.position != null ? position.data.position - 1 : null;
  return (
    <Alert tone="info">
      {ahead === null ? t('simulator.queued') : ahead === 0 ? t('simulator.queuedNext') : t('simulator.queuedAhead', { count: ahead })}
    </Alert>
  );
}
