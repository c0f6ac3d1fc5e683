import { api, supervisionSipUsername, trainingSipUsername, type Role, type SipConfig, type SipCredentialsRequest } from '../../src/contract';
import { audit } from '../audit';
import { ApiError } from '../http/errors';
import { route } from '../http/route';
import type { App, Deps } from '../http/types';
import { holdsLiveCredential, issueCredential } from '../sip/credentials';
import { judgePretendNumber } from '../sip/pretend';

/** Roles that may register as a pretend caller or service (the caller simulator). */
const mayImpersonate = new Set<Role>(['trainer', 'admin']);

/** A console's phone has a SIP identity of its own, so it never takes its owner's own seat. */
function consoleSipUsername(purpose: SipCredentialsRequest['purpose'], own: string): string {
  if (purpose === 'supervision') return supervisionSipUsername(own);
  if (purpose === 'training') return trainingSipUsername(own);
  return own;
}

export function sipRoutes(app: App, deps: Deps): void {
  const { store, config } = deps;
  const sipConfig: SipConfig = {
    wsUrl: config.pbxWsUrl,
    domain: config.pbxDomain,
    registerExpiresSec: config.sipRegisterExpiresSec,
  };

  route(app, deps, api.sipConfig, async () => sipConfig);

  route(app, deps, api.sipCredentials, async ({ body, auth }) => {
    const asNumber = body.asNumber;
    let pretend: Record<string, unknown> = { pretend: false };
    if (asNumber !== undefined) {
      if (!mayImpersonate.has(auth.role)) throw new ApiError(403, 'forbidden');
      const verdict = await judgePretendNumber(store, config.demoPretendNumbers, asNumber);
      if (!verdict.allowed) throw new ApiError(verdict.status, verdict.status === 403 ? 'forbidden' : 'conflict');
      // Service numbers are public and say what was played; anything else may be a caller's mobile.
      pretend = verdict.directoryEntry
        ? { pretend: true, number: verdict.directoryEntry.number, emergency: verdict.directoryEntry.emergency }
        : { pretend: true, number: 'other' };
    }
    if (body.purpose === 'supervision' && (auth.role !== 'supervisor' || asNumber !== undefined)) throw new ApiError(403, 'forbidden');
    if (body.purpose === 'training' && (auth.role !== 'trainer' || asNumber !== undefined)) throw new ApiError(403, 'forbidden');
    const sipUsername = asNumber ?? consoleSipUsername(body.purpose, auth.sipUsername);
    const { id, password } = await issueCredential(store, {
      sipUsername,
      realm: config.pbxDomain,
      staffId: asNumber === undefined ? auth.staffId : null,
      sessionId: auth.sessionId,
      tabId: body.tabId,
    });
    await audit(store, {
      staffId: auth.staffId,
      action: 'sip.credentials_issued',
      subjectType: 'sip_credential',
      subjectId: id,
      detail: body.purpose === 'supervision' || body.purpose === 'training' ? { ...pretend, purpose: body.purpose } : pretend,
    });
    return { ...sipConfig, username: sipUsername, password, displayName: asNumber ?? auth.displayName };
  });

  route(app, deps, api.sipSeatHolder, async ({ query, auth }) => ({
    heldByThisTab: await holdsLiveCredential(store, auth.sessionId, query.tabId),
  }));
}
