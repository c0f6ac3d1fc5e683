import { useEffect, useRef, useState } from 'react';
import { useTelephony } from './react';
import type { PhoneIdentity } from './types';

const CREDENTIALS_RETRY_MS = [1000, 2000, 5000, 10_000, 30_000];

export interface ConsolePhone {
  /** No identity could be had (retried by itself while `retryable` says so). */
  credentialsFailed: boolean;
  reconnect(): void;
}

/**
 * Keeps a console's phone (a supervisor's listening phone, a trainer's practice phone) connected
 * for the life of its screen, ready the moment it is needed: connecting then would add the
 * WebSocket and digest round trips to the wait. Each console has a SIP identity of its own, so a
 * workstation tab of the same person keeps its seat. `identity` gets fresh credentials for this
 * tab (the app asks the API: telephony never does); `retryable` says which failures to try again.
 */
export function useConsolePhone(identity: (tabId: string) => Promise<PhoneIdentity>, retryable: (error: unknown) => boolean): ConsolePhone {
  const telephony = useTelephony();
  const [tabId] = useState(() => crypto.randomUUID());
  const [credentialsFailed, setCredentialsFailed] = useState(false);
  const connectNow = useRef<() => void>(() => undefined);
  // The newest ones, without reconnecting when a render makes new functions.
  const asked = useRef({ identity, retryable });
  useEffect(() => {
    asked.current = { identity, retryable };
  });

  useEffect(() => {
    let cancelled = false;
    let retryTimer: ReturnType<typeof setTimeout> | null = null;
    let failures = 0;

    const connect = async () => {
      if (retryTimer) clearTimeout(retryTimer);
      retryTimer = null;
      try {
        const issued = await asked.current.identity(tabId);
        if (cancelled) return;
        setCredentialsFailed(false);
        failures = 0;
        await telephony.connect(issued);
      } catch (error) {
        if (cancelled) return;
        setCredentialsFailed(true);
        if (!asked.current.retryable(error)) return;
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
