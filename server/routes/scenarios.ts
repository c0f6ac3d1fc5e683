import { trainingLibraryEndpoints as endpoints } from '../../src/contract/api-training';
import { route } from '../http/route';
import type { App, Deps } from '../http/types';
import { createScenario, listScenarios, retireScenario, updateScenario } from '../training-library/scenarios';
import { listTrainees, signOffTrainee, traineeProgress } from '../training-library/trainees';

/** The trainer's scenario library, trainees, their progress and sign-off (#14). */
export function scenarioRoutes(app: App, deps: Deps): void {
  const { store } = deps;
  route(app, deps, endpoints.scenarios, async ({ query }) => ({ scenarios: await listScenarios(store, query.retired === 'include') }));
  route(app, deps, endpoints.createScenario, ({ auth, body }) => createScenario(store, auth, body));
  route(app, deps, endpoints.updateScenario, ({ auth, params, body }) => updateScenario(store, auth, params.id, body));
  route(app, deps, endpoints.retireScenario, ({ auth, params, body }) => retireScenario(store, auth, params.id, body.retired));
  route(app, deps, endpoints.trainees, async () => ({ trainees: await listTrainees(store) }));
  route(app, deps, endpoints.traineeProgress, ({ params }) => traineeProgress(store, params.id));
  route(app, deps, endpoints.signOffTrainee, ({ auth, params, body }) => signOffTrainee(store, auth, params.id, body.note));
}
