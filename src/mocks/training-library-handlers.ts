import { trainingLibraryEndpoints as endpoints } from '../contract/api-training';
import type { Scenario } from '../contract/training';
import { mockData } from './data';
import { MockApiError, mockEndpoint } from './endpoint-handler';
import { mockStaffUuid } from './training-data';

function signedIn() {
  if (!mockData.signedIn) throw new MockApiError(401, 'unauthenticated');
  return mockData.signedIn;
}

function trainer() {
  const me = signedIn();
  if (me.role !== 'trainer') throw new MockApiError(403, 'forbidden');
  return me;
}

function scenario(id: string): Scenario {
  const found = mockData.training.scenarios.find((s) => s.id === id);
  if (!found) throw new MockApiError(404, 'not_found');
  return found;
}

function trainee(id: string) {
  const found = mockData.training.trainees.find((t) => t.id === id);
  if (!found) throw new MockApiError(404, 'not_found');
  return found;
}

function replace(updated: Scenario): Scenario {
  mockData.training.scenarios = mockData.training.scenarios.map((s) => (s.id === updated.id ? updated : s));
  return updated;
}

const results = () => [...mockData.training.results.values()];

/** The scenario library, trainees, sign-off and scoring as the API does them (#14). */
export const trainingLibraryHandlers = [
  mockEndpoint(endpoints.scenarios, ({ query }) => {
    trainer();
    return { scenarios: mockData.training.scenarios.filter((s) => query.retired === 'include' || s.retiredAt === null) };
  }),
  mockEndpoint(endpoints.createScenario, ({ body }) => {
    trainer();
    const created: Scenario = { ...body, id: crypto.randomUUID(), builtIn: false, retiredAt: null, updatedAt: new Date().toISOString() };
    mockData.training.scenarios.push(created);
    return created;
  }),
  mockEndpoint(endpoints.updateScenario, ({ params, body }) => {
    trainer();
    const { id, builtIn, retiredAt } = scenario(params.id);
    return replace({ ...body, id, builtIn, retiredAt, updatedAt: new Date().toISOString() });
  }),
  mockEndpoint(endpoints.retireScenario, ({ params, body }) => {
    trainer();
    const current = scenario(params.id);
    const retiredAt = body.retired ? (current.retiredAt ?? new Date().toISOString()) : null;
    return replace({ ...current, retiredAt, updatedAt: new Date().toISOString() });
  }),
  mockEndpoint(endpoints.trainees, () => {
    trainer();
    return { trainees: mockData.training.trainees };
  }),
  mockEndpoint(endpoints.traineeProgress, ({ params }) => {
    trainer();
    const who = trainee(params.id);
    const calls = [...mockData.training.results.values()]
      .filter(({ result }) => result.call.traineeId === who.id && result.call.state === 'ended')
      .map(({ result, talkSec }) => ({
        callId: result.call.id,
        at: result.call.startedAt ?? result.call.grantedAt,
        scenarioTitle: result.call.scenarioTitle,
        talkSec,
        auto: result.auto,
        judgement: result.judgement,
      }))
      .sort((a, b) => a.at.localeCompare(b.at));
    return { trainee: who, practiceSec: calls.reduce((sum, call) => sum + call.talkSec, 0), calls };
  }),
  mockEndpoint(endpoints.signOffTrainee, ({ params }) => {
    const me = trainer();
    const who = trainee(params.id);
    if (!who.trainee) throw new MockApiError(409, 'conflict');
    Object.assign(who, { trainee: false, signedOffAt: new Date().toISOString(), signedOffBy: me.displayName });
    return who;
  }),
  mockEndpoint(endpoints.scoreTrainingCall, ({ params, body }) => {
    const me = trainer();
    const stored = mockData.training.results.get(params.id);
    if (!stored) throw new MockApiError(404, 'not_found');
    if (stored.result.call.trainerId !== mockStaffUuid(me.id)) throw new MockApiError(403, 'forbidden');
    if (stored.result.call.state !== 'ended') throw new MockApiError(409, 'conflict');
    stored.result = {
      ...stored.result,
      call: { ...stored.result.call, scored: true },
      judgement: body.judgement,
      comment: body.comment,
      scoredAt: new Date().toISOString(),
      scoredBy: me.displayName,
    };
    return stored.result;
  }),
  mockEndpoint(endpoints.trainingResult, ({ params }) => {
    const me = signedIn();
    const stored = mockData.training.results.get(params.id);
    if (!stored || (me.role !== 'trainer' && stored.result.call.traineeId !== mockStaffUuid(me.id))) throw new MockApiError(404, 'not_found');
    if (me.role !== 'trainer' && stored.result.call.state !== 'ended') throw new MockApiError(409, 'conflict');
    return stored.result;
  }),
  mockEndpoint(endpoints.myTrainingResults, () => {
    const me = signedIn();
    if (me.role !== 'counsellor' && me.role !== 'supervisor') throw new MockApiError(403, 'forbidden');
    const mine = results()
      .map(({ result }) => result)
      .filter((result) => result.call.traineeId === mockStaffUuid(me.id) && result.call.state === 'ended')
      .sort((a, b) => b.call.grantedAt.localeCompare(a.call.grantedAt));
    return { results: mine };
  }),
];
