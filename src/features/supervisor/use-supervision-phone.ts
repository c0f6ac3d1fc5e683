import { useEffect, useRef, useState } from 'react';
import { ApiError, issueSipCredentials } from '../../api';
import { useTelephony } from '../../telephony';
import type { SupervisionPhoneState } from './SupervisionPanel';

const CREDENTIALS_RETRY_MS = [1000, 2000, 5000, 10_000, 30_000];

/**
 * Keeps the console's phone connected for the life of the screen, ready to dial the moment a
 * supervisor clicks listen (connecting then would add the WebSocket and digest round trips to
 * the wait for audio). It has a SIP identity of its own and never registers: no caller is ever
 * offered to it, and a workstation tab of the same supervisor keeps its seat.
 */
export function useSupervisionPhone(): SupervisionPhoneState {
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
        const credentials = await issueSipCredentials({ tabId, purpose: 'supervision' });
        if (cancelled) return;
        setCredentialsFailed(false);
        failures = 0;
        await telephony.connect({
          wsUrl: credentials.wsUrl,
          domain: credentials.domain,
          registerExpiresSec: credentials.registerExpiresSec,
          placesCallsOnly: true,
          credentials: { username: credentials.username, password: credentials.password, displayName: credentials.displayName },
        });
      } catch (error) {
        if (cancelled) return;
        setCredentialsFailed(true);
        // A refusal (signed out, not a supervisor) is not retried; the API being away is.
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
