import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NoteChipList } from '../../src/contract';
import { defaultNoteChips, seedNoteChips } from '../settings/note-chips';
import { createHarness, type Harness } from '../testing/harness';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

const chips: NoteChipList = {
  chips: [
    { id: 'exam-stress', zh: '考试焦虑', en: 'Exam anxiety' },
    { id: 'night-shift', zh: '夜班疲劳', en: 'Night-shift fatigue' },
  ],
};

describe('note pad chips', () => {
  it('answers the default chips to any signed-in staff member', async () => {
    expect((await h.call('GET', '/api/settings/note-chips')).status).toBe(401);
    const res = await h.call('GET', '/api/settings/note-chips', { cookie: await h.signIn('counsellor1') });
    expect(res.status).toBe(200);
    const body = (await res.json()) as NoteChipList;
    expect(body.chips).toEqual(defaultNoteChips);
    expect(body.chips.map((c) => c.id)).toContain('self-harm-thoughts');
  });

  it('lets an admin replace them, audited, and keeps them when the defaults are seeded again', async () => {
    const admin = await h.signIn('admin1');
    const res = await h.call('PUT', '/api/settings/note-chips', { cookie: admin, body: chips });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual(chips);
    await seedNoteChips(h.store);
    const read = await h.call('GET', '/api/settings/note-chips', { cookie: await h.signIn('supervisor1') });
    expect(await read.json()).toEqual(chips);
    const audits = await h.store.query<{ detail: object }>("select detail from audit_log where action = 'settings.note-chips'");
    expect(audits.map((a) => a.detail)).toEqual([
      {
        changes: [
          ...defaultNoteChips.map((chip) => ({ path: `chips[${chip.id}]`, before: chip, after: null })),
          ...chips.chips.map((chip) => ({ path: `chips[${chip.id}]`, before: null, after: chip })),
        ],
      },
    ]);
    const renamed = {
      chips: [
        { id: 'night-shift', zh: '夜班疲劳', en: 'Night-shift fatigue' },
        { id: 'exam-stress', zh: '考前焦虑', en: 'Exam anxiety' },
      ],
    };
    await h.call('PUT', '/api/settings/note-chips', { cookie: admin, body: renamed });
    const [last] = await h.store.query<{ detail: object }>("select detail from audit_log where action = 'settings.note-chips' order by at desc limit 1");
    expect(last?.detail).toEqual({
      changes: [
        { path: 'chips[exam-stress].zh', before: '考试焦虑', after: '考前焦虑' },
        { path: 'chips.order', before: ['exam-stress', 'night-shift'], after: ['night-shift', 'exam-stress'] },
      ],
    });
    await h.call('PUT', '/api/settings/note-chips', { cookie: admin, body: chips });
  });

  it('refuses the change to anyone but an admin', async () => {
    for (const username of ['counsellor1', 'supervisor1', 'trainer1']) {
      const res = await h.call('PUT', '/api/settings/note-chips', { cookie: await h.signIn(username), body: chips });
      expect(res.status).toBe(403);
    }
  });

  it('refuses invalid chips with the contract’s keys, and a repeated id', async () => {
    const admin = await h.signIn('admin1');
    const bad = await h.call('PUT', '/api/settings/note-chips', {
      cookie: admin,
      body: { chips: [{ id: 'Bad Id', zh: '', en: 'x'.repeat(41) }] },
    });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({
      error: {
        code: 'validation',
        issues: [
          { path: ['chips', 0, 'id'], message: 'invalid_format' },
          { path: ['chips', 0, 'zh'], message: 'text.required' },
          { path: ['chips', 0, 'en'], message: 'text.tooLong' },
        ],
      },
    });
    const repeated = await h.call('PUT', '/api/settings/note-chips', {
      cookie: admin,
      body: { chips: [...chips.chips, { id: 'exam-stress', zh: '考试', en: 'Exams' }] },
    });
    expect(repeated.status).toBe(400);
    expect(await repeated.json()).toEqual({
      error: { code: 'validation', issues: [{ path: ['chips', 2, 'id'], message: 'invalid' }] },
    });
  });
});
