import { reviewEndpoints } from '../../src/contract/api-review';
import { announce } from '../events/announce';
import { route } from '../http/route';
import type { App, Deps } from '../http/types';
import { reviewList } from '../review/list';
import { readReview, saveReview } from '../review/reviews';

/** Record review: the centre's records for supervisors, and the reviews their counsellors read. */
export function reviewRoutes(app: App, deps: Deps): void {
  const { store } = deps;
  route(app, deps, reviewEndpoints.reviewRecords, ({ auth, query }) => reviewList(store, auth, query));
  route(app, deps, reviewEndpoints.contactReview, async ({ auth, params }) => ({ review: await readReview(store, auth, params.id) }));
  route(app, deps, reviewEndpoints.saveContactReview, async ({ auth, params, body }) => {
    const review = await saveReview(store, auth, params.id, body.text);
    // The counsellor's record list shows the review's mark without a reload.
    await announce(deps.live, { kind: 'review', contactId: params.id });
    return { review };
  });
}
