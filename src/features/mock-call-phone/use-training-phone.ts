import { useEffect, useRef, useState } from 'react';
import { ApiError, issueSipCredentials } from '../../api';
import { useTelephony } from '../../telephony';

const CREDENTIALS_RETRY_MS = [1000, 2000, 5000, 10_000, 30_000];

/**
 * Keeps the trainer console's phone connected and registered for the life of the screen, with
 * the trainer's practice identity (tr<ext>): it places mock calls, and every transfer or hand-off
 * of a mock call dials it, so it must be reachable before the first mock call starts. Its own
 * identity: a workstation or simulator tab of the same trainer keeps its own registration.
 */
export function useTrainingPhone(): { credentialsFailed: boolean; reconnect(): void } {
  const telephony = useTelephony();
  const [tabId] = useState(() => crypto.randomUUID());
  const [credentialsFailed, setCredentialsFailed] = useState(false);
  const connectNow = useRef<() => void>(() => undefined);

  useEffect(() => {
    let cancelled = false;
    let retryTimer: ReturnType<typeof setTimeout> | null = null;
    let failures = 0;

    const connect = async () => {
      if (retryTimer) clearTimeout(retryTimer);
      retryTimer = null;
      try {
        const credentials = await issueSipCredentials({ tabId, purpose: 'training' });
        if (cancelled) return;
        setCredentialsFailed(false);
        failures = 0;
        await telephony.connect({
          wsUrl: credentials.wsUrl,
          domain: credentials.domain,
          registerExpiresSec: credentials.registerExpiresSec,
          credentials: { username: credentials.username, password: credentials.password, displayName: credentials.displayName },
        });
      } catch (error) {
        if (cancelled) return;
        setCredentialsFailed(true);
        // A refusal (signed out, not a trainer) is not retried; the API being away is.
        if (error instanceof ApiError && !error.transient) return;
        const delay = CREDENTIALS_RETRY_MS[Math.min(failures, CREDENTIALS_RETRY_MS.length - 1)] ?? 30_000;
        failures += 1;
        retryTimer = setTimeout(() => void connect(), delay);
      }
    };

    connectNow.current = () => void connect();
    void connect();
    return () => {
      cancelled = true;
      if (retryTimer) clearTimeout(retryTimer);
      void telephony.disconnect();
    };
  }, [telephony, tabId]);

  return { credentialsFailed, reconnect: () => connectNow.current() };
}
