import { trainingLibraryEndpoints as endpoints } from '../../src/contract/api-training';
import { route } from '../http/route';
import type { App, Deps } from '../http/types';
import { myTrainingResults, readTrainingResult, scoreTrainingCall } from '../training-library/scores';

/** A mock call's rubric: the trainer scores it, the trainee reads it once the call is over (#14). */
export function trainingScoreRoutes(app: App, deps: Deps): void {
  const { store } = deps;
  route(app, deps, endpoints.scoreTrainingCall, ({ auth, params, body }) => scoreTrainingCall(store, auth, params.id, body));
  route(app, deps, endpoints.trainingResult, ({ auth, params }) => readTrainingResult(store, auth, params.id));
  route(app, deps, endpoints.myTrainingResults, async ({ auth }) => ({ results: await myTrainingResults(store, auth) }));
}
