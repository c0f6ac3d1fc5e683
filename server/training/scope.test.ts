import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inProcessBus, type LiveChange } from '../events/bus';
import { createHarness, type Harness } from '../testing/harness';
import { currentTrainingScope, inTrainingScope, runInTrainingScope, trainingAwareLive, trainingAwareStore, type TrainingScope } from './scope';

const scope: TrainingScope = {
  trainingCallId: '00000000-0000-4000-8000-000000000001',
  traineeId: '00000000-0000-4000-8000-000000000002',
  trainerId: '00000000-0000-4000-8000-000000000003',
};

describe('the training scope', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness();
  });
  afterAll(() => h.close());

  const count = async (table: string, action: string) =>
    (await h.store.query<{ n: number }>(`select count(*)::int as n from ${table} where action = $1`, [action]))[0]?.n;

  it('writes a bare query and a transaction to the training twins, and only inside the scope', async () => {
    const db = trainingAwareStore(h.store);
    const insert = (action: string) => `insert into audit_log (action, subject_type) values ('${action}', 'test')`;
    await runInTrainingScope(scope, async () => {
      await db.query(insert('scoped.bare'));
      await db.transaction((tx) => tx.query(insert('scoped.tx')));
    });
    await db.query(insert('real.bare'));

    expect([await count('public.audit_log', 'scoped.bare'), await count('public.audit_log', 'scoped.tx')]).toEqual([0, 0]);
    expect([await count('training.audit_log', 'scoped.bare'), await count('training.audit_log', 'scoped.tx')]).toEqual([1, 1]);
    expect([await count('public.audit_log', 'real.bare'), await count('training.audit_log', 'real.bare')]).toEqual([1, 0]);
  });

  it('reads tables without a twin as they are, and leaves no search_path behind', async () => {
    const searchPath = async () => (await h.store.query<{ path: string }>("select current_setting('search_path') as path"))[0]?.path;
    const before = await searchPath();
    const staff = await inTrainingScope(h.store, scope, (db) => db.query<{ n: number }>('select count(*)::int as n from staff'));
    expect(staff[0]?.n).toBeGreaterThan(0);
    expect(before).not.toContain('training');
    expect(await searchPath()).toBe(before);
  });

  it('turns every change published inside the scope into one training change, heard outside it', async () => {
    const live = trainingAwareLive(inProcessBus());
    const heard: { change: LiveChange; scope: TrainingScope | undefined }[] = [];
    // The event hub reads what changed from the database: it must read real data, whoever published.
    live.subscribe((change) => heard.push({ change, scope: currentTrainingScope() }));
    await runInTrainingScope(scope, () => live.publish({ kind: 'seat', staffId: scope.traineeId }));
    await live.publish({ kind: 'seat', staffId: scope.traineeId });
    expect(heard).toEqual([
      { change: { kind: 'training', trainingCallId: scope.trainingCallId }, scope: undefined },
      { change: { kind: 'seat', staffId: scope.traineeId }, scope: undefined },
    ]);
  });
});
