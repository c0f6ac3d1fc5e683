import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ContactRecord, ContactSummary, Intake, NoteEntry, SavedPart } from '../../src/contract';
import { auditCount, highRiskIntake, intakeWith, rescueIntake, startCall, withSafetyPlan } from '../testing/contacts';
import { createHarness, okJson, type Harness } from '../testing/harness';

let h: Harness;
let cookie: string;
let record: ContactRecord;
beforeAll(async () => {
  h = await createHarness();
  cookie = await h.signIn('counsellor1');
});
afterAll(() => h.close());
beforeEach(async () => {
  record = await startCall(h, cookie);
});

const putIntake = (revision: number, intake: unknown) =>
  h.call('PUT', `/api/contacts/${record.id}/intake`, { cookie, body: { revision, intake } });
const putNotes = (revision: number, notes: unknown) => h.call('PUT', `/api/contacts/${record.id}/notes`, { cookie, body: { revision, notes } });
const complete = (intakeRevision: number, intake: Intake, notesRevision = 1, notes: NoteEntry[] = []) =>
  h.call('POST', `/api/contacts/${record.id}/complete`, {
    cookie,
    body: { intakeRevision, intake, notesRevision, notes, transfersRevision: 0, transfers: [] },
  });
const reload = async () => (await (await h.call('GET', `/api/contacts/${record.id}`, { cookie })).json()) as ContactRecord;

const note = (text: string, atSec = 30): NoteEntry => ({ id: `n-${atSec}`, atSec, text, edited: false });

async function issuesOf(res: Response) {
  expect(res.status).toBe(400);
  const body = (await res.json()) as { error: { code: string; issues: { path: (string | number)[]; message: string }[] } };
  expect(body.error.code).toBe('validation');
  return body.error.issues;
}

describe('autosave revisions', () => {
  it('stores a newer revision and answers it', async () => {
    const res = await putIntake(1, intakeWith((intake) => (intake.summary = '学业压力')));
    const saved = await okJson<SavedPart>(res);
    expect(saved.revision).toBe(1);
    expect(Date.parse(saved.savedAt)).toBeGreaterThan(Date.now() - 60_000);
    expect((await reload()).intake.summary).toBe('学业压力');
  });

  it('refuses an older revision with other content as a conflict naming the stored one, so a late replay never wins nor vanishes unseen; a retry passes', async () => {
    await putIntake(3, intakeWith((intake) => (intake.summary = 'newest')));
    const res = await putIntake(2, intakeWith((intake) => (intake.summary = 'older')));
    expect(res.status).toBe(409);
    expect(await res.json()).toEqual({ error: { code: 'conflict', revision: 3 } });
    const retried = await putIntake(3, intakeWith((intake) => (intake.summary = 'newest')));
    expect(retried.status).toBe(200);
    expect(((await retried.json()) as SavedPart).revision).toBe(3);
    await putNotes(2, [note('失眠')]);
    const staleNotes = await putNotes(1, []);
    expect(staleNotes.status).toBe(409);
    const retriedNotes = await putNotes(1, [note('失眠')]);
    expect(((await retriedNotes.json()) as SavedPart).revision).toBe(2);

    const stored = await reload();
    expect(stored.intake.summary).toBe('newest');
    expect(stored.intakeRevision).toBe(3);
    expect(stored.notes.map((n) => n.text)).toEqual(['失眠']);
    expect(stored.notesRevision).toBe(2);
  });

  it('answers 409 with the stored revision to a second tab saving the same revision with other content', async () => {
    expect((await putNotes(1, [note('第一个标签页')])).status).toBe(200);
    const other = await putNotes(1, [note('第二个标签页')]);
    expect(other.status).toBe(409);
    expect(await other.json()).toEqual({ error: { code: 'conflict', revision: 1 } });
    expect((await putIntake(1, intakeWith((intake) => (intake.summary = 'A')))).status).toBe(200);
    expect((await putIntake(1, intakeWith((intake) => (intake.summary = 'B')))).status).toBe(409);
    const stored = await reload();
    expect(stored.notes.map((n) => n.text)).toEqual(['第一个标签页']);
    expect(stored.intake.summary).toBe('A');
  });

  it('keeps the imminent-danger details for the ambulance, and when a hand-off’s outcome was recorded', async () => {
    const intake = rescueIntake({ outcome: 'reached', at: '2026-02-28T18:10:00.000Z', resolvedAt: '2026-02-28T18:40:00.000Z' });
    expect((await putIntake(1, intake)).status).toBe(200);
    const stored = await reload();
    expect(stored.intake).toEqual(intake);
    expect(stored.intake.imminent).toMatchObject({ timeTaken: '约 01:30', callerState: '说话含糊' });
    expect(stored.riskLevel).toBe('imminent');
  });

  it('derives the call type and risk level from the saved intake', async () => {
    await putIntake(1, highRiskIntake());
    expect(await reload()).toMatchObject({ riskLevel: 'high', callType: 'counselling' });
    await putIntake(2, intakeWith((intake) => (intake.callType = 'abusive')));
    expect(await reload()).toMatchObject({ riskLevel: 'none', callType: 'abusive' });
  });

  it('audits a risk override, with the computed level and the reason, and only when it changes', async () => {
    const override = { level: 'high' as const, reason: '语气决绝，既往有自伤史' };
    const withOverride = { ...intakeWith((i) => (i.screener.wishedDead = 'yes')), riskOverride: override };
    await putIntake(1, withOverride);
    await putIntake(2, { ...withOverride, summary: 'still the same override' });
    await putIntake(3, { ...withOverride, riskOverride: null });
    const rows = await h.store.query<{ detail: object }>(
      "select detail from audit_log where action = 'risk.override' and subject_id = $1 order by at",
      [record.id],
    );
    expect(rows.map((row) => row.detail)).toEqual([
      { computed: 'low', from: null, to: 'high', reason: override.reason },
      { computed: 'low', from: 'high', to: null, reason: null },
    ]);
    expect((await reload()).riskLevel).toBe('low');
  });
});

describe('input validation of an intake save', () => {
  it('refuses over-long text with the contract’s key', async () => {
    const issues = await issuesOf(await putIntake(1, intakeWith((i) => (i.summary = '长'.repeat(4001)))));
    expect(issues).toEqual([{ path: ['intake', 'summary'], message: 'text.tooLong' }]);
  });

  it('refuses control characters', async () => {
    const issues = await issuesOf(await putIntake(1, intakeWith((i) => (i.imminent.location = '福州\u0000鼓楼'))));
    expect(issues).toEqual([{ path: ['intake', 'imminent', 'location'], message: 'text.controlChars' }]);
  });

  it('refuses a date that does not exist', async () => {
    const issues = await issuesOf(await putIntake(1, intakeWith((i) => (i.followUp = { needed: true, date: '2026-02-30', by: '' }))));
    expect(issues).toContainEqual({ path: ['intake', 'followUp', 'date'], message: 'date.invalid' });
  });

  it('refuses an intake without the imminent-danger fields, or a hand-off without its resolution time', async () => {
    const { timeTaken: _t, callerState: _c, ...oldImminent } = rescueIntake().imminent;
    const issues = await issuesOf(await putIntake(1, { ...rescueIntake(), imminent: oldImminent }));
    expect(issues).toEqual([
      { path: ['intake', 'imminent', 'timeTaken'], message: 'invalid_type' },
      { path: ['intake', 'imminent', 'callerState'], message: 'invalid_type' },
    ]);
    const { resolvedAt: _r, ...oldHandoff } = rescueIntake().safety.emergencyHandoff ?? {};
    const noResolvedAt = { ...rescueIntake(), safety: { ...rescueIntake().safety, emergencyHandoff: oldHandoff } };
    expect(await issuesOf(await putIntake(1, noResolvedAt))).toEqual([
      { path: ['intake', 'safety', 'emergencyHandoff', 'resolvedAt'], message: 'invalid_type' },
    ]);
  });

  it('refuses a call-back number that is not digits', async () => {
    const issues = await issuesOf(await putIntake(1, intakeWith((i) => (i.imminent.callbackNumber = '138-0013-8000'))));
    expect(issues).toContainEqual({ path: ['intake', 'imminent', 'callbackNumber'], message: 'phone.digitsOnly' });
  });

  it('refuses a note with a line break and stores nothing of a refused save', async () => {
    const issues = await issuesOf(await putNotes(1, [note('第一行\n第二行')]));
    expect(issues).toEqual([{ path: ['notes', 0, 'text'], message: 'text.singleLine' }]);
    expect((await reload()).notesRevision).toBe(0);
  });

  it('takes the largest notes the contract allows', async () => {
    const notes = Array.from({ length: 300 }, (_, i) => ({ id: `n-${i}`, atSec: i, text: '情'.repeat(500), edited: false }));
    expect((await putNotes(1, notes)).status).toBe(200);
  });
});

describe('ending the call', () => {
  it('keeps the first end time it is told', async () => {
    const first = '2026-03-01T10:20:00.000Z';
    const res = await h.call('POST', `/api/contacts/${record.id}/end`, { cookie, body: { endedAt: first } });
    expect(res.status).toBe(200);
    expect(((await res.json()) as ContactSummary).endedAt).toBe(first);
    const again = await h.call('POST', `/api/contacts/${record.id}/end`, { cookie, body: { endedAt: '2026-03-01T10:30:00.000Z' } });
    expect(((await again.json()) as ContactSummary).endedAt).toBe(first);
    expect((await reload()).status).toBe('draft');
  });
});

describe('completing a record', () => {
  it('answers 422 naming what a high-risk record lacks, keeps what was sent, then completes once fixed', async () => {
    const res = await complete(1, highRiskIntake(), 1, [note('有自杀计划')]);
    expect(res.status).toBe(422);
    expect(await res.json()).toEqual({
      error: {
        code: 'incomplete',
        issues: [
          { path: ['safety'], message: 'intake.safetyActionRequired' },
          { path: ['followUp', 'needed'], message: 'intake.followUpRequired' },
          { path: ['followUp', 'date'], message: 'intake.followUpDateRequired' },
          { path: ['followUp', 'by'], message: 'intake.followUpByRequired' },
        ],
      },
    });
    const draft = await reload();
    expect(draft).toMatchObject({ status: 'draft', riskLevel: 'high', intakeRevision: 1, notesRevision: 1 });

    const done = await complete(2, withSafetyPlan(highRiskIntake()), 1, [note('有自杀计划')]);
    expect(done.status).toBe(200);
    const completed = (await done.json()) as ContactRecord;
    expect(completed).toMatchObject({ status: 'completed', riskLevel: 'high', intakeRevision: 2 });
    expect(completed.completedAt).not.toBeNull();
    expect(completed.endedAt).toBe(completed.completedAt);
    expect(await auditCount(h, 'contact.complete', record.id)).toBe(1);
  });

  it('completes a nuisance call with nothing but its type', async () => {
    const res = await complete(1, intakeWith((i) => (i.callType = 'silent')));
    expect(res.status).toBe(200);
    expect(((await res.json()) as ContactRecord).callType).toBe('silent');
  });

  it('answers 409 when the API holds a newer revision than the one being completed', async () => {
    await putIntake(5, highRiskIntake());
    const res = await complete(4, withSafetyPlan(highRiskIntake()));
    expect(res.status).toBe(409);
    expect(await reload()).toMatchObject({ status: 'draft', intakeRevision: 5 });
  });

  it('answers 409, as a save would, to completing the stored revision with other content', async () => {
    const theirs = { ...withSafetyPlan(highRiskIntake()), summary: '另一个标签页写的' };
    expect((await putIntake(2, theirs)).status).toBe(200);
    expect((await putNotes(1, [note('另一个标签页的笔记')])).status).toBe(200);
    expect((await complete(2, { ...theirs, summary: '这个标签页写的' }, 1, [note('另一个标签页的笔记')])).status).toBe(409);
    expect((await complete(2, theirs, 1, [note('这个标签页的笔记')])).status).toBe(409);
    expect(await reload()).toMatchObject({ status: 'draft', intakeRevision: 2, intake: { summary: '另一个标签页写的' }, notes: [{ text: '另一个标签页的笔记' }] });
    // The same content at the same revision is the tab that saved it, completing what it sent.
    expect((await complete(2, theirs, 1, [note('另一个标签页的笔记')])).status).toBe(200);
  });

  it('refuses every save to a completed record with 409', async () => {
    expect((await complete(1, intakeWith((i) => (i.callType = 'prank')))).status).toBe(200);
    expect((await putIntake(9, highRiskIntake())).status).toBe(409);
    expect((await putNotes(9, [])).status).toBe(409);
    expect((await complete(9, intakeWith((i) => (i.callType = 'prank')), 9)).status).toBe(409);
    expect(await reload()).toMatchObject({ callType: 'prank', intakeRevision: 1 });
  });
});
