import { randomUUID } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callerHasher } from '../contacts/caller-hash';
import { demoAccounts, seedDemoAccounts, seedProvince } from '../seed';
import { seedNoteChips } from '../settings/note-chips';
import { seedCentreSettings } from '../shifts/settings';
import { handoffRequest, highRiskIntake, rescueIntake, startRequest, transferEntry, withSafetyPlan } from '../testing/contacts';
import { harnessFor, type Harness } from '../testing/harness';
import { canStartPostgres, startPostgres, type ThrowawayPostgres } from '../testing/postgres';
import { runInTrainingScope, trainingAwareStore } from '../training/scope';
import { seedTransferTargets } from '../transfers/directory';
import { migrate } from './migrate';
import { openPostgres } from './postgres';

/**
 * The same migrations and flows on a real PostgreSQL server: a throwaway cluster when the server
 * binaries are installed, or TEST_DATABASE_URL (an empty database) when CI provides one.
 */
const givenUrl = process.env.TEST_DATABASE_URL;

describe('on real PostgreSQL', () => {
  let server: ThrowawayPostgres | undefined;
  let h: Harness;

  beforeAll(async () => {
    if (!givenUrl && !canStartPostgres) {
      throw new Error('PostgreSQL is needed for these tests: apt-get install postgresql, or set TEST_DATABASE_URL');
    }
    server = givenUrl ? undefined : startPostgres();
    h = harnessFor(openPostgres(givenUrl ?? server?.url ?? ''));
  });
  afterAll(async () => {
    await h.close();
    server?.stop();
  });

  it('applies the migrations once, and nothing the second time', async () => {
    const files = (await readdir(new URL('../migrations/', import.meta.url))).filter((name) => name.endsWith('.sql')).sort();
    expect(files.length).toBeGreaterThanOrEqual(8);
    expect(await migrate(h.store)).toEqual(files);
    expect(await migrate(h.store)).toEqual([]);
  });

  it('migrates safely when two API processes start at once', async () => {
    expect(await Promise.all([migrate(h.store), migrate(h.store)])).toEqual([[], []]);
  });

  it('seeds idempotently', async () => {
    for (let round = 0; round < 2; round++) {
      await seedProvince(h.store, 'fujian');
      await seedDemoAccounts(h.store);
      await seedNoteChips(h.store);
    }
    // Two API processes starting at once must not both write the directory.
    await Promise.all([seedTransferTargets(h.store, 'fujian'), seedTransferTargets(h.store, 'fujian')]);
    await Promise.all([seedCentreSettings(h.store, {}), seedCentreSettings(h.store, {})]);
    const [counts] = await h.store.query<{ centres: number; staff: number; institutions: number; settings: number; targets: number; centreSettings: number }>(
      `select (select count(*) from centres)::int as centres, (select count(*) from staff)::int as staff,
              (select count(*) from institutions)::int as institutions, (select count(*) from settings)::int as settings,
              (select count(*) from transfer_targets)::int as targets, (select count(*) from centre_settings)::int as "centreSettings"`,
    );
    expect(counts).toEqual({ centres: 9, staff: demoAccounts.length, institutions: 3, settings: 1, targets: 17, centreSettings: 9 });
  });

  const call = (method: string, path: string, cookie?: string, body?: unknown) => h.call(method, path, { cookie, body });
  const signIn = (username: string) => h.signIn(username);
  const routeText = async (query: string) => (await h.pbx(`/api/pbx/route?${query}`)).text();

  it('serves sign-in, SIP credentials, clock-in and call routing', async () => {
    expect(await (await call('GET', '/api/health')).json()).toEqual({ ok: true, store: 'postgres' });
    const cookies = [];
    for (const username of ['counsellor1', 'counsellor2']) {
      const cookie = await signIn(username);
      const creds = await call('POST', '/api/sip/credentials', cookie, { tabId: `tab-${username}` });
      expect(creds.status).toBe(200);
      cookies.push(cookie);
    }
    // A softphone alone does not make a seat ring: the counsellor has to clock in.
    expect(await routeText('dialled=059112356&callId=c-0')).toBe('nobody-on-duty');
    for (const cookie of cookies) {
      expect((await call('POST', '/api/shift/clock-in', cookie)).status).toBe(200);
    }
    expect((await h.pbx('/api/pbx/ha1?username=8001&realm=12356.local')).status).toBe(200);

    // While one call's routing holds 8001 (it is the next in turn), a second call goes to 8002 at once.
    const second = await h.store.transaction(async (tx) => {
      await tx.query("select 1 from staff where sip_username = '8001' for update");
      return routeText('dialled=059112356&callId=c-2');
    });
    expect(second).toBe('8002');
    expect(await routeText('dialled=059112356&callId=c-1')).toBe('8001');
    // A seat whose status is being changed is passed over rather than rung mid-change.
    const midChange = await h.store.transaction(async (tx) => {
      await tx.query("select 1 from seats se join staff st on st.id = se.staff_id where st.sip_username = '8002' for update of se");
      return routeText('dialled=059112356&callId=c-4');
    });
    expect(midChange).toBe('8001');
    const tried = await h.pbx('/api/pbx/route?dialled=059112356&callId=c-3&tried=8001,8002');
    expect({ status: tried.status, text: await tried.text() }).toEqual({ status: 404, text: 'no-answer' });
  });

  it('agrees on one caller-number pepper when API processes make it at once', async () => {
    const hashes = await Promise.all([1, 2, 3].map(() => callerHasher(h.store, undefined)('13800138000')));
    expect(new Set(hashes).size).toBe(1);
  });

  it('keeps call records: start (also twice at once), history, revisions, completion, audit', async () => {
    const counsellor = await signIn('counsellor1');
    const supervisor = await signIn('supervisor1');

    const earlier = startRequest({ answeredAt: '2026-03-01T10:00:00Z' });
    expect((await call('POST', '/api/contacts', counsellor, earlier)).status).toBe(200);
    const request = startRequest();
    const [a, b] = await Promise.all([1, 2].map(() => call('POST', '/api/contacts', counsellor, request)));
    expect([a?.status, b?.status]).toEqual([200, 200]);
    const record = (await a?.json()) as { id: string; callerHistory: { previousContacts: number } };
    expect(record.id).toBe(request.id);
    expect(record.callerHistory.previousContacts).toBe(1);
    const other = await call('POST', '/api/contacts', await signIn('counsellor2'), { ...request, id: startRequest().id });
    expect(other.status).toBe(409);

    const intake = (revision: number, body: unknown) => call('PUT', `/api/contacts/${record.id}/intake`, counsellor, { revision, intake: body });
    expect(await (await intake(2, highRiskIntake())).json()).toMatchObject({ revision: 2 });
    // A late replay of an older revision: refused as a conflict naming the stored revision.
    expect(await (await intake(1, withSafetyPlan(highRiskIntake()))).json()).toEqual({ error: { code: 'conflict', revision: 2 } });
    expect(await (await intake(1, highRiskIntake())).json()).toMatchObject({ revision: 2 });
    expect((await call('PUT', `/api/contacts/${record.id}/intake`, supervisor, { revision: 3, intake: highRiskIntake() })).status).toBe(403);

    const complete = (intakeRevision: number, body: unknown) =>
      call('POST', `/api/contacts/${record.id}/complete`, counsellor, {
        intakeRevision,
        intake: body,
        notesRevision: 1,
        notes: [],
        transfersRevision: 0,
        transfers: [],
      });
    const incomplete = await complete(2, highRiskIntake());
    expect(incomplete.status).toBe(422);
    expect(await incomplete.json()).toMatchObject({ error: { code: 'incomplete' } });
    const done = await complete(3, withSafetyPlan(highRiskIntake()));
    expect(done.status).toBe(200);
    expect(await done.json()).toMatchObject({ status: 'completed', riskLevel: 'high', intakeRevision: 3 });
    expect((await intake(4, highRiskIntake())).status).toBe(409);

    const read = await call('GET', `/api/contacts/${record.id}`, supervisor);
    expect(read.status).toBe(200);
    expect((await call('GET', `/api/contacts/${record.id}`, await signIn('counsellor3'))).status).toBe(404);
    const list = await call('GET', '/api/contacts?scope=centre', supervisor);
    expect(await list.json()).toMatchObject({ contacts: [{ id: record.id, callerNumberMasked: '138****8000' }, { id: earlier.id }] });

    const [audits] = await h.store.query<{ reads: number; completes: number }>(
      `select count(*) filter (where action = 'contact.read')::int as reads,
              count(*) filter (where action = 'contact.complete')::int as completes
         from audit_log where subject_id = $1`,
      [record.id],
    );
    // Two reads: the concurrent second start answered the existing record, and the supervisor's read.
    expect(audits).toEqual({ reads: 2, completes: 1 });
  });

  it('keeps transfer logs, hand-off packets and open rescues', async () => {
    const counsellor = await signIn('counsellor2');
    const supervisor = await signIn('supervisor1');
    const request = startRequest();
    expect((await call('POST', '/api/contacts', counsellor, request)).status).toBe(200);
    const contact = `/api/contacts/${request.id}`;

    const log = [transferEntry()];
    expect(await (await call('PUT', `${contact}/transfers`, counsellor, { revision: 2, transfers: log })).json()).toMatchObject({ revision: 2 });
    expect(await (await call('PUT', `${contact}/transfers`, counsellor, { revision: 1, transfers: [] })).json()).toEqual({ error: { code: 'conflict', revision: 2 } });
    expect(await (await call('PUT', `${contact}/transfers`, counsellor, { revision: 1, transfers: log })).json()).toMatchObject({ revision: 2 });
    const intake = rescueIntake({ at: '2026-03-01T02:10:00+08:00' });
    expect((await call('PUT', `${contact}/intake`, counsellor, { revision: 1, intake })).status).toBe(200);

    const handoff = handoffRequest();
    const [first, again] = await Promise.all([1, 2].map(() => call('POST', `${contact}/handoffs`, counsellor, handoff)));
    expect([first?.status, again?.status]).toEqual([200, 200]);
    const read = await call('POST', `/api/handoffs/${handoff.id}/read`, undefined, { token: handoff.token });
    expect(await read.json()).toMatchObject({ id: handoff.id, contactId: request.id, centreAreaCode: '0591', location: handoff.location });
    expect((await call('POST', `/api/handoffs/${handoff.id}/read`, undefined, { token: handoffRequest().token })).status).toBe(404);
    const [reads] = await h.store.query<{ n: number }>("select count(*)::int as n from audit_log where action = 'handoff.read' and subject_id = $1", [handoff.id]);
    expect(reads?.n).toBe(1);

    const done = await call('POST', `${contact}/complete`, counsellor, {
      intakeRevision: 2,
      intake,
      notesRevision: 1,
      notes: [],
      transfersRevision: 2,
      transfers: log,
    });
    expect(await done.json()).toMatchObject({ status: 'completed', transfers: log, transfersRevision: 2 });
    for (const [cookie, scope] of [[counsellor, 'mine'], [supervisor, 'centre']] as const) {
      const rescues = await call('GET', `/api/rescues?scope=${scope}`, cookie);
      expect(await rescues.json()).toEqual({
        rescues: [expect.objectContaining({ contactId: request.id, service: '120', handedOverAt: '2026-02-28T18:10:00.000Z', location: '福州大学 3 号楼天台' })],
      });
    }
    expect((await call('GET', '/api/rescues?scope=centre', counsellor)).status).toBe(403);
  });

  it('serves the transfer directory with the supervisor on duty, and lets an admin replace it', async () => {
    const counsellor = await signIn('counsellor1');
    const supervisorEntry = async () => {
      const res = await call('GET', '/api/transfer-targets', counsellor);
      return ((await res.json()) as { targets: { kind: string; number: string; available: boolean }[] }).targets.find((t) => t.kind === 'supervisor');
    };
    await h.store.query("update sip_credentials set revoked_at = now() where sip_username = '8101'");
    expect(await supervisorEntry()).toMatchObject({ number: '', available: false });
    const supervisor = await signIn('supervisor1');
    const creds = await call('POST', '/api/sip/credentials', supervisor, { tabId: 'tab-supervisor' });
    expect(creds.status).toBe(200);
    expect(await supervisorEntry()).toMatchObject({ number: '8101', available: true });

    const admin = await signIn('admin1');
    const put = (targets: unknown[], confirmEmergency?: string[]) => call('PUT', '/api/transfer-targets', admin, { targets, confirmEmergency });
    const police = { id: 'police', kind: 'police', nameZh: '公安报警', nameEn: 'Police', number: '110', emergency: true };
    expect((await put([police, police])).status).toBe(400);
    // Removing 120 and 119 is a change to emergency numbers: refused until named.
    expect((await put([police])).status).toBe(400);
    const replaced = await put([police], ['ambulance', 'fire']);
    expect(await replaced.json()).toEqual({ targets: [police] });
  });

  it('serves the institutions and the note chips', async () => {
    const admin = await signIn('admin1');
    const institutions = await call('GET', '/api/institutions', admin);
    expect(await institutions.json()).toMatchObject({ institutions: [{ areaCode: '0591' }, { areaCode: '0592' }, { areaCode: '0595' }] });
    const chips = { chips: [{ id: 'sleep', zh: '失眠', en: 'Sleep' }] };
    const put = await call('PUT', '/api/settings/note-chips', admin, chips);
    expect(put.status).toBe(200);
    expect(await (await call('GET', '/api/settings/note-chips', admin)).json()).toEqual(chips);
  });

  it('keeps seats and shifts: clock-in, status, wrap-up, routing, clock-out, handover, settings, line stats', async () => {
    const [start] = await h.store.query<{ now: Date }>('select now()');
    const since = start?.now.toISOString() ?? '';
    const counsellor = await signIn('counsellor3');
    const seat = async (body: unknown) => {
      const res = await call('PUT', '/api/seat', counsellor, body);
      return { status: res.status, view: (await res.json()) as { seat: { since: string; wrapUpEndsAt: string | null } } };
    };
    const xiamen = (callId: string) => routeText(`dialled=059212356&callId=${callId}`);
    expect((await call('POST', '/api/sip/credentials', counsellor, { tabId: 'tab-counsellor3' })).status).toBe(200);

    // Two clock-ins at once open one shift.
    const [a, b] = await Promise.all([1, 2].map(() => call('POST', '/api/shift/clock-in', counsellor)));
    expect([a?.status, b?.status]).toEqual([200, 200]);
    const [open] = await h.store.query<{ n: number }>(
      "select count(*)::int as n from shift_sessions ss join staff st on st.id = ss.staff_id where st.username = 'counsellor3'",
    );
    expect(open?.n).toBe(1);
    expect(await xiamen('pg-1')).toBe('8003');

    expect((await seat({ change: 'on-call', callId: 'pg-1' })).status).toBe(200);
    expect(await xiamen('pg-2')).toBe('queue:300');
    const wrapUp = await seat({ change: 'wrap-up', callId: 'pg-1' });
    expect((Date.parse(wrapUp.view.seat.wrapUpEndsAt ?? '') - Date.parse(wrapUp.view.seat.since)) / 1000).toBe(300);
    expect((await seat({ change: 'extend-wrap-up', reason: '补记录' })).status).toBe(200);
    expect((await seat({ change: 'extend-wrap-up', reason: '补记录' })).status).toBe(409);
    const [extensions] = await h.store.query<{ n: number }>("select count(*)::int as n from audit_log where action = 'seat.extend-wrap-up'");
    expect(extensions?.n).toBe(1);
    expect((await seat({ change: 'break', kind: 'debrief' })).status).toBe(200);
    expect((await seat({ change: 'available' })).status).toBe(200);
    expect(await xiamen('pg-3')).toBe('8003');

    expect((await call('POST', '/api/contacts', counsellor, startRequest({ dialled: '059212356', callId: 'pg-1' }))).status).toBe(200);
    const summary = await call('POST', '/api/shift/clock-out', counsellor, { handoverNote: '厦门：明早回访两位来电者' });
    expect(await summary.json()).toMatchObject({ callsTaken: 1, crisisCalls: 0 });
    expect((await seat({ change: 'available' })).status).toBe(409);
    expect(await xiamen('pg-4')).toBe('nobody-on-duty');

    const handover = await call('GET', '/api/shift/handover', counsellor);
    expect(await handover.json()).toMatchObject({ notes: [{ counsellorName: '王咨询员', note: '厦门：明早回访两位来电者' }] });
    const admin = await signIn('admin1');
    const stats = await call('GET', `/api/stats/lines?since=${encodeURIComponent(since)}`, admin);
    expect(await stats.json()).toEqual({ since, offered: 4, unanswered: 2 });
    expect((await call('GET', `/api/stats/lines?since=${encodeURIComponent(since)}`, counsellor)).status).toBe(403);

    const settings = (await (await call('GET', '/api/centres/0592/settings', counsellor)).json()) as Record<string, unknown>;
    const put = await call('PUT', '/api/centres/0592/settings', admin, { ...settings, wrapUpLimitSec: 240 });
    expect(await put.json()).toMatchObject({ wrapUpLimitSec: 240 });
    expect((await call('PUT', '/api/centres/0592/settings', counsellor, settings)).status).toBe(403);

    // Signing out leaves the shift open; signing in again carries it on, the seat available again.
    expect((await call('POST', '/api/shift/clock-in', counsellor)).status).toBe(200);
    expect(await xiamen('pg-5')).toBe('8003');
    expect((await call('DELETE', '/api/session', counsellor)).status).toBe(200);
    const again = await signIn('counsellor3');
    expect(await (await call('GET', '/api/seat', again)).json()).toMatchObject({ seat: { status: 'available' }, session: { clockedOutAt: null } });
  });
  it('keeps a mock call’s writes in the training schema on a shared pool, never on the next request of a pooled connection', async () => {
    const db = trainingAwareStore(h.store);
    const scope = { trainingCallId: randomUUID(), traineeId: randomUUID(), trainerId: randomUUID() };
    const write = (action: string) => db.query("insert into audit_log (action, subject_type) values ($1, 'pool-test')", [action]);
    // Interleaved on the pool's connections: a session-wide search_path would leak into the real writes.
    await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        i % 2 === 0 ? runInTrainingScope(scope, () => write('pool.scoped')) : db.transaction((tx) => tx.query("insert into audit_log (action, subject_type) values ('pool.real', 'pool-test')")),
      ),
    );
    const [counts] = await h.store.query(
      `select (select count(*)::int from public.audit_log where action = 'pool.scoped') as "publicScoped",
              (select count(*)::int from training.audit_log where action = 'pool.scoped') as "trainingScoped",
              (select count(*)::int from public.audit_log where action = 'pool.real') as "publicReal",
              (select count(*)::int from training.audit_log where action = 'pool.real') as "trainingReal"`,
    );
    expect(counts).toEqual({ publicScoped: 0, trainingScoped: 20, publicReal: 20, trainingReal: 0 });
  });
});
