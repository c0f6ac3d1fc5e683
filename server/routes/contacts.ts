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
import { announce } from '../events/announce';
import { ApiError } from '../http/errors';
import { route } from '../http/route';
import type { App, Deps } from '../http/types';
import { currentTrainingScope } from '../training/scope';

/** Call records and the caller history they feed. */
export function contactRoutes(app: App, deps: Deps): void {
  const { store } = deps;
  const hashCaller = callerHasher(store, deps.config.callerHashPepper);

  route(app, deps, api.startContact, async ({ auth, body }) => {
    const started = await startContact(store, hashCaller, auth, body);
    // The seat board's call gains its record (and so its risk level).
    await announce(deps.live, { kind: 'seat', staffId: auth.staffId });
    return started;
  });

  route(app, deps, api.listContacts, async ({ auth, query }) => ({ contacts: await listContacts(store, auth, query) }));

  route(app, deps, api.contact, async ({ auth, params }) => {
    const row = await readableContact(store, params.id, auth);
    await audit(store, { staffId: auth.staffId, action: 'contact.read', subjectType: 'contact', subjectId: row.id });
    return recordWithHistory(store, row);
  });

  route(app, deps, api.saveIntake, async ({ auth, params, body }) => {
    const { saved, changes } = await saveIntake(store, auth, params.id, body.revision, body.intake);
    await announce(deps.live, ...changes);
    return saved;
  });

  route(app, deps, api.saveNotes, ({ auth, params, body }) => saveNotes(store, auth, params.id, body.revision, body.notes));

  route(app, deps, api.saveTransfers, ({ auth, params, body }) =>
    saveTransfers(store, auth, params.id, body.revision, body.transfers),
  );

  route(app, deps, api.endCall, ({ auth, params, body }) => endCall(store, auth, params.id, body.endedAt));

  route(app, deps, api.handOverRecord, ({ auth, params, body }) => handOverRecord(store, auth, params.id, body.reason));

  route(app, deps, api.recordHandovers, async ({ auth }) => ({ handovers: await centreHandovers(store, auth) }));

  route(app, deps, api.completeContact, async ({ auth, params, body }) => {
    const completed = await completeContact(store, auth, params.id, body, deps.config.centreSettingsOverrides);
    // The board counts today's records with protocol misses per counsellor.
    await announce(deps.live, { kind: 'seat', staffId: completed.counsellorId });
    return completed;
  });

  route(app, deps, api.revealCallerNumber, async ({ auth, params }) => ({
    callerNumber: await revealCallerNumber(store, auth, params.id),
  }));

  route(app, deps, api.callerHistory, async ({ body, auth }) => {
    const hash = await hashCaller(body.callerNumber);
    // A mock call is not routed by the PBX; its trainee (whom the scope already checked) may look it up.
    const allowed = currentTrainingScope() !== undefined || (await mayLookUpHistory(store, auth, body.callId, hash));
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
