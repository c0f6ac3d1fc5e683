import { streamSSE } from 'hono/streaming';
import { api } from '../../src/contract';
import { liveHub } from '../events/hub';
import { viewerOf } from '../events/viewer';
import { route } from '../http/route';
import type { App, Deps } from '../http/types';
import type { Queryable } from '../store/store';

/** A comment line this often keeps proxies from closing a quiet stream and finds dead clients. */
export const HEARTBEAT_MS = 15_000;

/** Frames a stream may have waiting for a slow client before it is dropped. */
export const MAX_UNSENT_FRAMES = 500;

/** Without sliding it: an open stream alone must not keep a session alive. */
async function sessionLive(db: Queryable, sessionId: string): Promise<boolean> {
  const rows = await db.query('select 1 from sessions where id = $1 and revoked_at is null and expires_at > now()', [sessionId]);
  return rows.length > 0;
}

/**
 * GET /api/events: the live centre as Server-Sent Events. The stream ends when the client goes
 * away, when its own seat changes after its session was revoked (a sign-out, a deactivation), or
 * at the first heartbeat after its session ended (expired, revoked).
 */
export function eventRoutes(app: App, deps: Deps, { heartbeatMs = HEARTBEAT_MS, maxUnsent = MAX_UNSENT_FRAMES } = {}): void {
  const hub = liveHub(deps.live, deps.store, deps.config.centreSettingsOverrides);

  route(app, deps, api.events, async ({ c, auth }) => {
    const viewer = viewerOf(auth);
    return streamSSE(c, async (stream) => {
      let stop!: () => void;
      const stopped = new Promise<void>((resolve) => {
        stop = resolve;
      });
      stream.onAbort(stop);
      // A write to a client that is gone fails, and one that stopped reading piles frames up in
      // memory: either ends the stream (a live client reconnects and gets a fresh snapshot).
      let unsent = 0;
      const write = (frame: string) => {
        if (unsent >= maxUnsent) return stop();
        unsent += 1;
        stream.write(frame).then(() => {
          unsent -= 1;
        }, stop);
      };
      const endIfSignedOut = () => void sessionLive(deps.store, auth.sessionId).then((live) => live || stop(), () => undefined);
      // A change of one's own seat is also what a sign-out elsewhere or a deactivation announces:
      // the stream ends then, not at the next heartbeat.
      const unsubscribe = await hub.open(viewer, write, endIfSignedOut);
      const heartbeat = setInterval(() => {
        void sessionLive(deps.store, auth.sessionId).then(
          (live) => (live ? write(': heartbeat\n\n') : stop()),
          () => write(': heartbeat\n\n'),
        );
      }, heartbeatMs);
      await stopped;
      clearInterval(heartbeat);
      unsubscribe();
    });
  });
}
