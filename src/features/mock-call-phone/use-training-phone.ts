import { ApiError, issueSipCredentials } from '../../api';
// By path: the telephony index is on the counsellor's first load, and this is for consoles only.
import { useConsolePhone, type ConsolePhone } from '../../telephony/use-console-phone';

/**
 * The trainer console's phone, registered with the trainer's practice identity (tr<ext>): it
 * places mock calls, and every transfer or hand-off of a mock call dials it, so it must be
 * reachable before the first mock call starts.
 */
export function useTrainingPhone(): ConsolePhone {
  return useConsolePhone(
    async (tabId) => {
      const credentials = await issueSipCredentials({ tabId, purpose: 'training' });
      return {
        wsUrl: credentials.wsUrl,
        domain: credentials.domain,
        registerExpiresSec: credentials.registerExpiresSec,
        credentials: { username: credentials.username, password: credentials.password, displayName: credentials.displayName },
      };
    },
    // A refusal (signed out, not a trainer) is not retried; the API being away is.
    (error) => !(error instanceof ApiError) || error.transient,
  );
}
