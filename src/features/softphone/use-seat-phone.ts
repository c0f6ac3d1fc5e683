import { useEffect, useRef, useState } from 'react';
import { ApiError, checkSipSeatHolder, issueSipCredentials } from '../../api';
import { useTelephony } from '../../telephony';
import { useAudioPreferences } from './audio-preferences';
import { announceSeatClaim, onSeatClaim } from './seat-channel';

const CREDENTIALS_RETRY_MS = [1000, 2000, 5000, 10_000, 30_000];
/** How soon a seat taken on another device is noticed here (one tiny request per tab). */
export const SEAT_HOLDER_CHECK_MS = 10_000;

export interface SeatPhone {
  /** Why the API issued no SIP credentials; a transient one (API down) is retried automatically. */
  credentialsError: ApiError | null;
  /** Connect again: after fixing the microphone, or to take the seat back from another tab. */
  reconnect(): void;
}

/**
 * Keeps a staff member's seat registered for the life of the screen: credentials from the API
 * (never in the bundle), a fresh set per tab so the newest tab holds the seat, and the older
 * tab told at once so it stops ringing — while any call it still carries stays up. Tabs of one
 * browser hear of it over a BroadcastChannel; a tab on another device learns it from the API
 * within SEAT_HOLDER_CHECK_MS instead of only when its next REGISTER refresh is refused.
 */
export function useSeatPhone(): SeatPhone {
  const telephony = useTelephony();
  const [tabId] = useState(() => crypto.randomUUID());
  const [credentialsError, setCredentialsError] = useState<ApiError | null>(null);
  const connectNow = useRef<() => void>(() => undefined);

  useEffect(() => {
    let cancelled = false;
    let retryTimer: ReturnType<typeof setTimeout> | null = null;
    let failures = 0;
    let sipUsername: string | null = null;
    // Counts the credentials issued to this tab, so an answer about older ones is ignored.
    let issued = 0;

    const connect = async () => {
      if (retryTimer) clearTimeout(retryTimer);
      retryTimer = null;
      try {
        const credentials = await issueSipCredentials({ tabId });
        if (cancelled) return;
        issued += 1;
        setCredentialsError(null);
        failures = 0;
        sipUsername = credentials.username;
        announceSeatClaim({ sipUsername: credentials.username, tabId });
        const { microphoneId, speakerId } = useAudioPreferences.getState();
        if (microphoneId) telephony.selectMicrophone(microphoneId);
        if (speakerId) await telephony.selectSpeaker(speakerId).catch(() => undefined);
        await telephony.connect({
          wsUrl: credentials.wsUrl,
          domain: credentials.domain,
          registerExpiresSec: credentials.registerExpiresSec,
          wrapUpCallerCalls: true,
          credentials: {
            username: credentials.username,
            password: credentials.password,
            displayName: credentials.displayName,
          },
        });
      } catch (error) {
        if (cancelled) return;
        const apiError = error instanceof ApiError ? error : new ApiError('unexpected', 0);
        setCredentialsError(apiError);
        if (!apiError.transient) return;
        const delay = CREDENTIALS_RETRY_MS[Math.min(failures, CREDENTIALS_RETRY_MS.length - 1)] ?? 30_000;
        failures += 1;
        retryTimer = setTimeout(() => void connect(), delay);
      }
    };

    connectNow.current = () => void connect();
    void connect();
    const stopListening = onSeatClaim((claim) => {
      if (claim.tabId !== tabId && claim.sipUsername === sipUsername) void telephony.yieldRegistration();
    });
    const checkSeatHolder = async () => {
      const asked = issued;
      if (asked === 0 || telephony.store.getState().registration.status === 'taken-over') return;
      try {
        const { heldByThisTab } = await checkSipSeatHolder({ tabId });
        if (!cancelled && asked === issued && !heldByThisTab) void telephony.yieldRegistration();
      } catch {
        // An unreachable API is shown where it matters (registration line, record status); the next check retries.
      }
    };
    const holderTimer = setInterval(() => void checkSeatHolder(), SEAT_HOLDER_CHECK_MS);
    return () => {
      cancelled = true;
      stopListening();
      clearInterval(holderTimer);
      if (retryTimer) clearTimeout(retryTimer);
      void telephony.disconnect();
    };
  }, [telephony, tabId]);

  return { credentialsError, reconnect: () => connectNow.current() };
}
