import { api } from '../../src/contract';
import { ApiError } from '../http/errors';
import { route } from '../http/route';
import type { App, Deps } from '../http/types';

/** The call queue as the caller simulator sees it: its own call's place in line. */
export function queueRoutes(app: App, deps: Deps): void {
  route(app, deps, api.queuePosition, async ({ query }) => {
    const position = await deps.queue.position(query.callId);
    if (!position) throw new ApiError(404, 'not_found');
    return position;
  });
}
