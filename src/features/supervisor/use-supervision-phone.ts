import { ApiError, issueSipCredentials } from '../../api';
// By path: the telephony index is on the counsellor's first load, and this is for consoles only.
import { useConsolePhone } from '../../telephony/use-console-phone';
import type { SupervisionPhoneState } from './SupervisionPanel';

/**
 * The console's listening phone: its own SIP identity (sv<ext>), and it never registers, so no
 * caller is ever offered to it and a workstation tab of the same supervisor keeps its seat.
 */
export function useSupervisionPhone(): SupervisionPhoneState {
  return useConsolePhone(
    async (tabId) => {
      const credentials = await issueSipCredentials({ tabId, purpose: 'supervision' });
      return {
        wsUrl: credentials.wsUrl,
        domain: credentials.domain,
        registerExpiresSec: credentials.registerExpiresSec,
        placesCallsOnly: true,
        credentials: { username: credentials.username, password: credentials.password, displayName: credentials.displayName },
      };
    },
    // A refusal (signed out, not a supervisor) is not retried; the API being away is.
    (error) => !(error instanceof ApiError) || error.transient,
  );
}
