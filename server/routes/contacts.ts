import { api } from '../../src/contract';
import { audit } from '../audit';
import { callerHasher } from '../contacts/caller-hash';
import { readableContact } from '../contacts/access';
import { completeContact } from '../contacts/complete';
import { endCall } from '../contacts/end';
import { centreHandovers, handOverRecord } from '../contacts/handover';
import { callerHistory, mayLookUpHistory, recordWithHistory } from '../contacts/history';
import { listContacts } from '../contacts/list';
import { revealCallerNumber } from '../contacts/reveal';
import { saveIntake, saveNotes, saveTransfers } from '../contacts/save';
import { startContact } from '../contacts/start';
import { ApiError } from '../http/errors';
import { route } from '../http/route';
import type { App, Deps } from '../http/types';

/** Call records and the caller history they feed. */
export function contactRoutes(app: App, deps: Deps): void {
  const { store } = deps;
  const hashCaller = callerHasher(store, deps.config.callerHashPepper);

  route(app, deps, api.startContact, ({ auth, body }) => startContact(store, hashCaller, auth, body));

  route(app, deps, api.listContacts, async ({ auth, query }) => ({ contacts: await listContacts(store, auth, query) }));

  route(app, deps, api.contact, async ({ auth, params }) => {
    const row = await readableContact(store, params.id, auth);
    await audit(store, { staffId: auth.staffId, action: 'contact.read', subjectType: 'contact', subjectId: row.id });
    return recordWithHistory(store, row);
  });

  route(app, deps, api.saveIntake, ({ auth, params, body }) => saveIntake(store, deps.live, auth, params.id, body.revision, body.intake));

  route(app, deps, api.saveNotes, ({ auth, params, body }) => saveNotes(store, auth, params.id, body.revision, body.notes));

  route(app, deps, api.saveTransfers, ({ auth, params, body }) =>
    saveTransfers(store, auth, params.id, body.revision, body.transfers),
  );

  route(app, deps, api.endCall, ({ auth, params, body }) => endCall(store, auth, params.id, body.endedAt));

  route(app, deps, api.handOverRecord, ({ auth, params, body }) => handOverRecord(store, auth, params.id, body.reason));

  route(app, deps, api.recordHandovers, async ({ auth }) => ({ handovers: await centreHandovers(store, auth) }));

  route(app, deps, api.completeContact, ({ auth, params, body }) => completeContact(store, auth, params.id, body));

  route(app, deps, api.revealCallerNumber, async ({ auth, params }) => ({
    callerNumber: await revealCallerNumber(store, auth, params.id),
  }));

  route(app, deps, api.callerHistory, async ({ body, auth }) => {
    const hash = await hashCaller(body.callerNumber);
    const allowed = await mayLookUpHistory(store, auth, body.callId, hash);
    // The Call-ID names the call, not the caller; the number stays out of the log.
    await audit(store, {
      staffId: auth.staffId,
      action: 'caller.history_lookup',
      subjectType: 'call',
      subjectId: body.callId,
      detail: { allowed },
    });
    if (!allowed) throw new ApiError(403, 'forbidden');
    return callerHistory(store, hash);
  });
}
