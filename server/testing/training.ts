import { randomUUID } from 'node:crypto';
import type { ScenarioDraft, TrainingGrant } from '../../src/contract/training';
import type { VouchedTraining } from '../../src/contract/training-call';
import { okJson, type Harness } from './harness';

/** A scenario of the library, written straight into its table (the library's API is TLIB's). */
export async function insertScenario(h: Harness, { retired = false } = {}): Promise<string> {
  const draft: ScenarioDraft = {
    title: '考试失利后的轻生念头',
    titleEn: 'Suicidal thoughts after a failed exam',
    persona: { ageBand: '18-24', gender: 'female', occupation: 'student', region: '福州市仓山区', dialled: '059112356' },
    problem: 'study',
    brief: '大三学生，考研失利，语气低落，被问到才说出计划。',
    openingLine: '喂……我不知道该跟谁说。',
    reveals: [{ topic: 'location', whenAsked: '问她在哪里', fact: '在学校宿舍楼顶' }],
    expected: {
      riskLevel: 'imminent',
      callType: 'counselling',
      askScreener: true,
      location: true,
      callBack: true,
      emergencyService: '120',
      referral: false,
      followUp: false,
    },
  };
  const id = randomUUID();
  await h.store.query('insert into training_scenarios (id, draft, retired_at) values ($1, $2, $3)', [
    id,
    JSON.stringify(draft),
    retired ? new Date() : null,
  ]);
  return id;
}

export async function staffId(h: Harness, username: string): Promise<string> {
  const [row] = await h.store.query<{ id: string }>('select id from staff where username = $1', [username]);
  if (!row) throw new Error(`no staff ${username}`);
  return row.id;
}

/** The trainer's grant for a mock call on the trainee's seat. */
export async function grantMockCall(h: Harness, trainer: string, traineeId: string, scenarioId: string): Promise<TrainingGrant> {
  return okJson<TrainingGrant>(await h.call('POST', '/api/training/calls', { cookie: trainer, body: { traineeId, scenarioId } }), 201);
}

export const vouch = (h: Harness, cookie: string, grant: Pick<TrainingGrant, 'id' | 'token'>, callId: string) =>
  h.call('POST', `/api/training/calls/${grant.id}/vouch`, { cookie, body: { token: grant.token, callId } });

/** A mock call granted and vouched for: live on the trainee's seat with this SIP Call-ID. */
export async function liveMockCall(h: Harness, trainer: string, trainee: string, scenarioId: string): Promise<{ grant: TrainingGrant; callId: string; vouched: VouchedTraining }> {
  const grant = await grantMockCall(h, trainer, await staffIdOfCookie(h, trainee), scenarioId);
  const callId = `mock-${randomUUID()}`;
  const vouched = await okJson<VouchedTraining>(await vouch(h, trainee, grant, callId));
  return { grant, callId, vouched };
}

async function staffIdOfCookie(h: Harness, cookie: string): Promise<string> {
  const me = await okJson<{ id: string }>(await h.call('GET', '/api/me', { cookie }));
  return me.id;
}
