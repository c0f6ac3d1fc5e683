import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { emptyIntake, type ContactRecord, type ContactSummary, type Intake } from '../../src/contract';
import type { RecordReviewView, ReviewList, ReviewListRow } from '../../src/contract/review';
import { auditCount, highRiskIntake, intakeWith, rescueIntake, signInNewStaff, startCall } from '../testing/contacts';
import { createHarness, okJson, type Harness } from '../testing/harness';
import { eventsOf } from '../events/build';
import type { LiveChange } from '../events/bus';
import { mayReceive } from '../events/viewer';
import { REVIEW_COUNT_CAP } from '../review/list';

let h: Harness;
type Who = 'counsellor1' | 'counsellor2' | 'counsellor3' | 'supervisor1' | 'admin1' | 'xiamenSupervisor' | 'otherSupervisor';
const cookies = {} as Record<Who, string>;
beforeAll(async () => {
  h = await createHarness();
  for (const username of ['counsellor1', 'counsellor2', 'counsellor3', 'supervisor1', 'admin1'] as const) {
    cookies[username] = await h.signIn(username);
  }
  cookies.xiamenSupervisor = await signInNewStaff(h, { username: 'supervisor-xm', role: 'supervisor', centre: '0592', sipUsername: '8102' });
  cookies.otherSupervisor = await signInNewStaff(h, { username: 'supervisor-fz2', role: 'supervisor', centre: '0591', sipUsername: '8103' });
});
afterAll(() => h.close());
beforeEach(() => h.store.query('truncate contacts, handoffs, record_handovers, follow_ups, record_reviews cascade'));

/** A record answered at a Beijing moment, its intake saved as given. */
async function recorded(who: Who, answeredAt: string, intake: Intake, dialled = '059112356'): Promise<ContactRecord> {
  const record = await startCall(h, cookies[who], { answeredAt: new Date(answeredAt).toISOString(), dialled });
  const saved = await h.call('PUT', `/api/contacts/${record.id}/intake`, { cookie: cookies[who], body: { revision: 1, intake } });
  expect(saved.status).toBe(200);
  return record;
}

const list = (who: Who, query = '') => h.call('GET', `/api/review/records${query}`, { cookie: cookies[who] });
const ids = async (who: Who, query: string) => (await okJson<ReviewList>(await list(who, query))).records.map((row) => row.id);
const review = (who: Who, id: string, text: string) => h.call('PUT', `/api/contacts/${id}/review`, { cookie: cookies[who], body: { text } });

/** Item 2 yes, items 3–5 never asked: the screener's follow-up is missed. */
const unfinishedScreen = () =>
  intakeWith((intake) => {
    intake.problems = [{ category: 'mood', detail: 'low-mood' }];
    intake.screener = { ...intake.screener, wishedDead: 'yes', suicidalThoughts: 'yes' };
  });

describe('the review list', () => {
  let a: ContactRecord, b: ContactRecord, c: ContactRecord;
  beforeEach(async () => {
    // A: high risk, self-harm, an open follow-up. B: a silent call to plain 12356 late on 2 March
    // (Beijing). C: an open rescue, answered ten minutes into 3 March in Beijing (still the 2nd in
    // UTC), reviewed. X: Xiamen's, which Fuzhou never sees.
    a = await recorded('counsellor1', '2026-03-01T10:00:00+08:00', highRiskIntake());
    b = await recorded('counsellor2', '2026-03-02T23:30:00+08:00', intakeWith((intake) => (intake.callType = 'silent')), '12356');
    c = await recorded('counsellor1', '2026-03-03T00:10:00+08:00', rescueIntake());
    await recorded('counsellor3', '2026-03-02T12:00:00+08:00', highRiskIntake(), '059212356');
    await h.store.query(`insert into follow_ups (contact_id, centre_area_code, risk_level, due_at) values ($1, '0591', 'high', now())`, [a.id]);
    expect((await review('supervisor1', c.id, '危机处置及时，请补记地点核实过程')).status).toBe(200);
  });

  it.each([
    ['no filter: the centre’s, newest first', '', () => [c, b, a]],
    ['from a Beijing day', '?from=2026-03-03', () => [c]],
    ['to a Beijing day (inclusive)', '?to=2026-03-02', () => [b, a]],
    ['one Beijing day', '?from=2026-03-02&to=2026-03-02', () => [b]],
    ['a counsellor', () => `?counsellorId=${b.counsellorId}`, () => [b]],
    ['the province line', '?line=12356', () => [b]],
    ['the centre’s line', '?line=0591', () => [c, a]],
    ['a risk level', '?riskLevel=high', () => [a]],
    ['a call type', '?callType=silent', () => [b]],
    ['a problem category', '?problem=self-harm', () => [c, a]],
    ['a problem nobody brought', '?problem=sleep', () => []],
    ['an open follow-up', '?openFollowUp=yes', () => [a]],
    ['no open follow-up', '?openFollowUp=no', () => [c, b]],
    ['an open rescue', '?openRescue=yes', () => [c]],
    ['no open rescue', '?openRescue=no', () => [b, a]],
    ['reviewed', '?reviewState=reviewed', () => [c]],
    ['not yet reviewed', '?reviewState=not-reviewed', () => [b, a]],
    ['filters combined', '?riskLevel=high&openFollowUp=yes&line=0591', () => [a]],
  ] as const)('filters: %s', async (_name, query, expected) => {
    const q = typeof query === 'function' ? query() : query;
    expect(await ids('supervisor1', q)).toEqual(expected().map((record) => record.id));
  });

  it('pages on the server with the total over every page', async () => {
    const first = await okJson<ReviewList>(await list('supervisor1', '?pageSize=2'));
    expect([first.records.map((row) => row.id), first.total, first.page]).toEqual([[c.id, b.id], 3, 1]);
    const second = await okJson<ReviewList>(await list('supervisor1', '?pageSize=2&page=2'));
    expect([second.records.map((row) => row.id), second.total]).toEqual([[a.id], 3]);
    const beyond = await okJson<ReviewList>(await list('supervisor1', '?pageSize=2&page=3'));
    expect([beyond.records, beyond.total]).toEqual([[], 3]);
  });

  it('gives each row the flags and the protocol misses, nothing of the caller’s number', async () => {
    const unfinished = await recorded('counsellor2', '2026-03-04T09:00:00+08:00', unfinishedScreen());
    const answer = await okJson<ReviewList>(await list('supervisor1'));
    const row = (id: string) => answer.records.find((candidate) => candidate.id === id);
    expect(row(unfinished.id)).toMatchObject<Partial<ReviewListRow>>({
      counsellorName: '李咨询员',
      callerNumberMasked: '138****8000',
      protocolMisses: 1,
      reviewed: false,
      openFollowUp: false,
      openRescue: false,
    });
    expect(row(a.id)).toMatchObject({ openFollowUp: true, openRescue: false, reviewed: false, riskLevel: 'high' });
    expect(row(c.id)).toMatchObject({ openFollowUp: false, openRescue: true, reviewed: true, riskLevel: 'imminent' });
    // Imminent with nobody told, and no follow-up set for the high-risk one: each misses.
    expect(row(c.id)?.protocolMisses).toBeGreaterThan(0);
    expect(JSON.stringify(answer)).not.toContain('13800138000');
    expect(answer.counsellors.map((staff) => staff.name)).toEqual(expect.arrayContaining(['张咨询员', '李咨询员']));
    expect(answer.counsellors.map((staff) => staff.name)).not.toContain('王咨询员');
    expect(await auditCount(h, 'review.list', '0591')).toBeGreaterThan(0);
  });

  it('counts matches up to a cap, then says more match: a year of records is not counted on every page', async () => {
    await h.store.query(
      `insert into contacts (id, call_id, dialled, area_code, counsellor_id, centre_area_code, answered_at, call_type, risk_level, intake)
       select gen_random_uuid(), 'many-' || n, '059112356', '0591', $1, '0591', now() - n * interval '1 minute', 'counselling', 'low', $2
         from generate_series(1, $3) n`,
      [a.counsellorId, JSON.stringify(emptyIntake('0591')), REVIEW_COUNT_CAP],
    );
    const capped = await okJson<ReviewList>(await list('supervisor1'));
    expect([capped.total, capped.totalCapped, capped.records.length]).toEqual([REVIEW_COUNT_CAP, true, 20]);
    const counted = await okJson<ReviewList>(await list('supervisor1', '?riskLevel=high'));
    expect([counted.total, counted.totalCapped]).toEqual([1, false]);
  });

  it('refuses counsellors, another centre, and an admin who names none; an admin reads the centre named', async () => {
    expect((await list('counsellor1')).status).toBe(403);
    expect((await list('supervisor1', '?areaCode=0592')).status).toBe(403);
    expect((await list('admin1')).status).toBe(400);
    expect(await ids('xiamenSupervisor', '')).toHaveLength(1);
    expect(await ids('admin1', '?areaCode=0592')).toEqual(await ids('xiamenSupervisor', ''));
    expect(await ids('admin1', '?areaCode=0591')).toEqual([c.id, b.id, a.id]);
    expect((await list('supervisor1', '?from=2026-03-05&to=2026-03-01')).status).toBe(400);
    expect((await list('supervisor1', '?riskLevel=extreme')).status).toBe(400);
  });
});

describe('reviews', () => {
  const read = (who: Who, id: string) => h.call('GET', `/api/contacts/${id}/review`, { cookie: cookies[who] });

  it('a supervisor writes a review its counsellor reads; other counsellors and centres learn nothing', async () => {
    const record = await recorded('counsellor1', '2026-03-01T10:00:00+08:00', unfinishedScreen());
    expect(await okJson<RecordReviewView>(await read('counsellor1', record.id))).toEqual({ review: null });

    const written = await okJson<RecordReviewView>(await review('supervisor1', record.id, '第2题为“是”后，请继续询问第3–5题。'));
    expect(written.review).toMatchObject({ contactId: record.id, authorName: '陈督导', text: '第2题为“是”后，请继续询问第3–5题。' });
    expect(await okJson<RecordReviewView>(await read('counsellor1', record.id))).toEqual(written);

    expect((await read('counsellor2', record.id)).status).toBe(404);
    expect((await read('xiamenSupervisor', record.id)).status).toBe(404);
    expect((await review('xiamenSupervisor', record.id, '越权')).status).toBe(404);
    expect((await review('counsellor1', record.id, '自评')).status).toBe(403);

    const mine = await okJson<{ contacts: ContactSummary[] }>(await h.call('GET', '/api/contacts', { cookie: cookies.counsellor1 }));
    expect(mine.contacts.find((contact) => contact.id === record.id)?.reviewed).toBe(true);
    expect(await auditCount(h, 'review.written', record.id)).toBe(1);
    // The two reads the counsellor was allowed; refusals read nothing.
    expect(await auditCount(h, 'review.read', record.id)).toBe(2);
  });

  it('tells the record’s counsellor through the event stream, and no other counsellor', async () => {
    const record = await recorded('counsellor1', '2026-03-01T10:00:00+08:00', unfinishedScreen());
    const changes: LiveChange[] = [];
    const stop = h.live.subscribe((change) => changes.push(change));
    await okJson<RecordReviewView>(await review('supervisor1', record.id, '请补问第3–5题。'));
    stop();
    expect(changes).toEqual([{ kind: 'review', contactId: record.id }]);
    const [outgoing] = await eventsOf(h.store, { kind: 'review', contactId: record.id }, {});
    expect(outgoing?.event).toEqual({ type: 'record-reviewed', contactId: record.id, staffId: record.counsellorId });
    expect(outgoing && mayReceive({ role: 'counsellor', staffId: record.counsellorId, centre: '0591' }, outgoing.audience)).toBe(true);
    expect(outgoing && mayReceive({ role: 'counsellor', staffId: 'someone-else', centre: '0591' }, outgoing.audience)).toBe(false);
  });

  it('only its author edits a review, and the first writing time is kept', async () => {
    const record = await recorded('counsellor1', '2026-03-01T10:00:00+08:00', highRiskIntake());
    const first = (await okJson<RecordReviewView>(await review('supervisor1', record.id, '初评'))).review;
    expect((await review('otherSupervisor', record.id, '改写他人意见')).status).toBe(403);
    const edited = (await okJson<RecordReviewView>(await review('supervisor1', record.id, '补充：随访已安排'))).review;
    expect(edited).toMatchObject({ text: '补充：随访已安排', createdAt: first?.createdAt });
    expect(Date.parse(edited?.updatedAt ?? '')).toBeGreaterThanOrEqual(Date.parse(first?.updatedAt ?? ''));
    expect(await auditCount(h, 'review.edited', record.id)).toBe(1);
    expect((await review('supervisor1', record.id, '   ')).status).toBe(400);
    expect((await review('supervisor1', record.id, '长'.repeat(2001))).status).toBe(400);
  });
});
