import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ContactRecord, ListNuisanceRequest, NuisanceListing, NuisanceSuggestion } from '../../src/contract';
import { inProcessBus, type LiveChange } from '../events/bus';
import { eventsOf } from '../events/build';
import { mayReceive } from '../events/viewer';
import { liveListingSql } from '../nuisance/listing';
import { auditCount, mobile, signInNewStaff, startCall } from '../testing/contacts';
import { createHarness, okJson, type Harness } from '../testing/harness';

let h: Harness;
let xiamenSupervisor: string;
let supervisors = 0;
const live = inProcessBus();
const heard: LiveChange[] = [];
live.subscribe((change) => heard.push(change));
beforeAll(async () => {
  h = await createHarness({ live });
});
afterAll(() => h.close());
beforeEach(async () => {
  await h.store.query('truncate sessions, contacts, nuisance_suggestions, nuisance_numbers, audit_log cascade');
  supervisors += 1;
  xiamenSupervisor = await signInNewStaff(h, { username: `supervisor-xm-n${supervisors}`, role: 'supervisor', centre: '0592', sipUsername: `82${supervisors}0` });
});

const suggest = (cookie: string, contactId: string, reason = '多次来电辱骂咨询员') =>
  h.call('POST', `/api/contacts/${contactId}/nuisance-suggestion`, { cookie, body: { reason } });
const decision = (patch: Partial<ListNuisanceRequest> = {}): ListNuisanceRequest => ({ reason: '一周内辱骂 5 次', expiry: '7d', blocked: false, ...patch });
const listFromSuggestion = (cookie: string, id: string, body = decision()) =>
  h.call('POST', `/api/nuisance/suggestions/${id}/listing`, { cookie, body });
const listFromRecord = (cookie: string, contactId: string, body = decision()) =>
  h.call('POST', `/api/contacts/${contactId}/nuisance-listing`, { cookie, body });
const dismiss = (cookie: string, id: string) => h.call('POST', `/api/nuisance/suggestions/${id}/dismissal`, { cookie });
const remove = (cookie: string, id: string) => h.call('DELETE', `/api/nuisance/listings/${id}`, { cookie });
const listings = async (cookie: string) =>
  (await okJson<{ listings: NuisanceListing[] }>(await h.call('GET', '/api/nuisance/listings', { cookie }))).listings;
const suggestions = async (cookie: string) =>
  (await okJson<{ suggestions: NuisanceSuggestion[] }>(await h.call('GET', '/api/nuisance/suggestions', { cookie }))).suggestions;

/** What routing would read for this number at this centre. */
async function routingSees(number: string, centre: string): Promise<string | null> {
  const [row] = await h.store.query<{ listing: string | null }>(
    `select ${liveListingSql('(select caller_number_hash from contacts where caller_number = $1 limit 1)', '$2')} as listing`,
    [number, centre],
  );
  return row?.listing ?? null;
}

describe('a counsellor suggests listing a caller', () => {
  it('from a record they answered: masked number, reason, who; audited without the reason; again answers the same', async () => {
    const cookie = await h.signIn('counsellor1');
    const record = await startCall(h, cookie);
    const made = await okJson<NuisanceSuggestion>(await suggest(cookie, record.id, '  每晚来电辱骂  '));
    expect(made).toMatchObject({ contactId: record.id, maskedNumber: '138****8000', reason: '每晚来电辱骂', suggestedByName: '张咨询员', callType: 'counselling', alreadyListed: false });
    expect(await okJson<NuisanceSuggestion>(await suggest(cookie, record.id, '另一个理由'))).toEqual(made);
    expect(await auditCount(h, 'nuisance.suggest', record.id)).toBe(1);
    const audited = await h.store.query<{ detail: unknown }>("select detail from audit_log where action like 'nuisance.%'");
    expect(JSON.stringify(audited)).not.toMatch(/辱骂|8000/);
    // Nothing of the number in clear anywhere in the answers.
    expect(JSON.stringify(await suggestions(await h.signIn('supervisor1')))).not.toContain(mobile);
  });

  it('only from their own record with a number: others are refused or learn nothing', async () => {
    const owner = await h.signIn('counsellor1');
    const record = await startCall(h, owner);
    expect((await suggest(await h.signIn('counsellor2'), record.id)).status).toBe(404);
    expect((await suggest(await h.signIn('supervisor1'), record.id)).status).toBe(403);
    expect((await suggest(await h.signIn('trainer1'), record.id)).status).toBe(403);
    expect((await suggest(owner, record.id, '  ')).status).toBe(400);
    const withheld = await startCall(h, owner, { callerNumber: '' });
    expect((await suggest(owner, withheld.id)).status).toBe(409);
    expect(await h.store.query('select 1 from nuisance_suggestions')).toEqual([]);
  });
});

describe('a supervisor decides', () => {
  it('lists from a suggestion with reason and expiry: the centre’s list shows it masked, routing sees it, the caller history warns', async () => {
    const counsellor = await h.signIn('counsellor1');
    const record = await startCall(h, counsellor);
    const suggestion = await okJson<NuisanceSuggestion>(await suggest(counsellor, record.id));
    const supervisor = await h.signIn('supervisor1');
    expect((await suggestions(supervisor)).map((s) => s.id)).toEqual([suggestion.id]);

    const listing = await okJson<NuisanceListing>(await listFromSuggestion(supervisor, suggestion.id));
    expect(listing).toMatchObject({ maskedNumber: '138****8000', reason: '一周内辱骂 5 次', blocked: false, listedByName: '陈督导', contactId: record.id });
    const days = (Date.parse(listing.expiresAt) - Date.parse(listing.listedAt)) / (24 * 3600 * 1000);
    expect(days).toBeCloseTo(7, 5);
    expect(await listings(supervisor)).toEqual([listing]);
    expect(await suggestions(supervisor)).toEqual([]);
    expect(await auditCount(h, 'nuisance.list', listing.id)).toBe(1);
    expect(await routingSees(mobile, '0591')).toBe('listed');
    expect(await routingSees(mobile, '0592')).toBeNull();

    const next = await startCall(h, await h.signIn('counsellor2'));
    expect(next.callerHistory.nuisanceListed).toBe(true);
    // Decided: it cannot be decided again.
    expect((await dismiss(supervisor, suggestion.id)).status).toBe(409);
  });

  it('blocks only when chosen, and needs a reason and an expiry', async () => {
    const record = await startCall(h, await h.signIn('counsellor1'));
    const supervisor = await h.signIn('supervisor1');
    for (const body of [{ expiry: '24h', blocked: true }, { reason: '理由', blocked: true }, { reason: '理由', expiry: 'forever', blocked: true }, { reason: ' ', expiry: '24h', blocked: false }]) {
      expect((await h.call('POST', `/api/contacts/${record.id}/nuisance-listing`, { cookie: supervisor, body })).status).toBe(400);
    }
    const blocked = await okJson<NuisanceListing>(await listFromRecord(supervisor, record.id, decision({ expiry: '24h', blocked: true })));
    expect(blocked.blocked).toBe(true);
    expect(Date.parse(blocked.expiresAt) - Date.parse(blocked.listedAt)).toBe(24 * 3600 * 1000);
    expect(await routingSees(mobile, '0591')).toBe('blocked');
  });

  it('listing a listed number again replaces its listing, and decides every open suggestion of the number', async () => {
    const one = await h.signIn('counsellor1');
    const two = await h.signIn('counsellor2');
    const first = await okJson<NuisanceSuggestion>(await suggest(one, (await startCall(h, one)).id));
    const second = await okJson<NuisanceSuggestion>(await suggest(two, (await startCall(h, two)).id));
    const supervisor = await h.signIn('supervisor1');
    const earlier = await okJson<NuisanceListing>(await listFromRecord(supervisor, first.contactId, decision({ expiry: '24h' })));
    expect(await suggestions(supervisor)).toEqual([]);

    const third = await okJson<NuisanceSuggestion>(await suggest(one, (await startCall(h, one)).id));
    expect(third.alreadyListed).toBe(true);
    const later = await okJson<NuisanceListing>(await listFromSuggestion(supervisor, third.id, decision({ expiry: '30d' })));
    expect((await listings(supervisor)).map((l) => l.id)).toEqual([later.id]);
    expect(later.id).not.toBe(earlier.id);
    const decided = await h.store.query<{ id: string; decision: string }>('select id, decision from nuisance_suggestions order by suggested_at');
    expect(decided).toEqual([
      { id: first.id, decision: 'listed' },
      { id: second.id, decision: 'listed' },
      { id: third.id, decision: 'listed' },
    ]);
  });

  it('dismisses a suggestion (audited); the number stays off the list', async () => {
    const counsellor = await h.signIn('counsellor1');
    const suggestion = await okJson<NuisanceSuggestion>(await suggest(counsellor, (await startCall(h, counsellor)).id));
    const supervisor = await h.signIn('supervisor1');
    expect((await dismiss(supervisor, suggestion.id)).status).toBe(200);
    expect(await suggestions(supervisor)).toEqual([]);
    expect(await listings(supervisor)).toEqual([]);
    expect(await auditCount(h, 'nuisance.dismiss', suggestion.id)).toBe(1);
    expect((await listFromSuggestion(supervisor, suggestion.id)).status).toBe(409);
  });

  it('removes a listing early (kept, marked removed; audited): routing and history no longer see it', async () => {
    const record: ContactRecord = await startCall(h, await h.signIn('counsellor1'));
    const supervisor = await h.signIn('supervisor1');
    const listing = await okJson<NuisanceListing>(await listFromRecord(supervisor, record.id));
    expect((await remove(supervisor, listing.id)).status).toBe(200);
    expect(await listings(supervisor)).toEqual([]);
    expect(await routingSees(mobile, '0591')).toBeNull();
    expect(await h.store.query('select removed_at is not null as removed from nuisance_numbers')).toEqual([{ removed: true }]);
    expect(await auditCount(h, 'nuisance.remove', listing.id)).toBe(1);
    expect((await remove(supervisor, listing.id)).status).toBe(409);
    expect((await startCall(h, await h.signIn('counsellor2'))).callerHistory.nuisanceListed).toBe(false);
  });

  it('lets an expired listing lapse by itself', async () => {
    const record = await startCall(h, await h.signIn('counsellor1'));
    const supervisor = await h.signIn('supervisor1');
    await okJson(await listFromRecord(supervisor, record.id, decision({ expiry: '24h', blocked: true })));
    await h.store.query("update nuisance_numbers set listed_at = now() - interval '25 hours', expires_at = now() - interval '1 hour'");
    expect(await listings(supervisor)).toEqual([]);
    expect(await routingSees(mobile, '0591')).toBeNull();
  });
});

describe('who may see and act', () => {
  it('counsellors may not read, list or remove; another centre’s supervisor sees and touches nothing of this centre', async () => {
    const counsellor = await h.signIn('counsellor1');
    const record = await startCall(h, counsellor);
    const suggestion = await okJson<NuisanceSuggestion>(await suggest(counsellor, record.id));
    const supervisor = await h.signIn('supervisor1');
    const listing = await okJson<NuisanceListing>(await listFromRecord(supervisor, (await startCall(h, counsellor)).id));

    for (const path of ['/api/nuisance/listings', '/api/nuisance/suggestions']) {
      expect((await h.call('GET', path, { cookie: counsellor })).status).toBe(403);
    }
    expect((await listFromRecord(counsellor, record.id)).status).toBe(403);
    expect((await listFromSuggestion(counsellor, suggestion.id)).status).toBe(403);
    expect((await dismiss(counsellor, suggestion.id)).status).toBe(403);
    expect((await remove(counsellor, listing.id)).status).toBe(403);

    expect(await listings(xiamenSupervisor)).toEqual([]);
    expect(await suggestions(xiamenSupervisor)).toEqual([]);
    expect((await listFromRecord(xiamenSupervisor, record.id)).status).toBe(404);
    expect((await listFromSuggestion(xiamenSupervisor, suggestion.id)).status).toBe(404);
    expect((await dismiss(xiamenSupervisor, suggestion.id)).status).toBe(404);
    expect((await remove(xiamenSupervisor, listing.id)).status).toBe(404);

    expect((await suggestions(supervisor)).map((s) => s.id)).toEqual([]);
    expect((await listings(supervisor)).map((l) => l.id)).toEqual([listing.id]);
  });
});

describe('the supervisors’ lists follow the event stream', () => {
  it('every write tells the centre’s supervisors their lists are stale, nobody else, and carries nothing of the list', async () => {
    const counsellor = await h.signIn('counsellor1');
    const supervisor = await h.signIn('supervisor1');
    const record = await startCall(h, counsellor);
    heard.length = 0;
    const suggested = await okJson<NuisanceSuggestion>(await suggest(counsellor, record.id));
    expect(heard).toEqual([{ kind: 'nuisance', centre: '0591' }]);
    const listed = await okJson<NuisanceListing>(await listFromSuggestion(supervisor, suggested.id));
    expect((await remove(supervisor, listed.id)).status).toBe(200);
    expect(heard).toEqual(Array(3).fill({ kind: 'nuisance', centre: '0591' }));
    // A refused write changes nothing and says nothing.
    expect((await remove(xiamenSupervisor, listed.id)).status).toBe(404);
    expect(heard).toHaveLength(3);

    const [outgoing, ...more] = await eventsOf(h.store, { kind: 'nuisance', centre: '0591' }, {});
    expect(more).toEqual([]);
    expect(outgoing?.event).toEqual({ type: 'nuisance-changed' });
    const audience = outgoing?.audience ?? { to: 'line', areaCode: 'none', roles: 'supervisors' };
    expect(mayReceive({ role: 'supervisor', staffId: 's', centre: '0591' }, audience)).toBe(true);
    expect(mayReceive({ role: 'supervisor', staffId: 's', centre: '0592' }, audience)).toBe(false);
    expect(mayReceive({ role: 'counsellor', staffId: 'c', centre: '0591' }, audience)).toBe(false);
  });
});
