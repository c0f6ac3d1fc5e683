import type { Context } from 'hono';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { SignedIn } from '../auth/sessions';
import type { Config } from '../config';
import type { LiveBus } from '../events/bus';
import type { CallQueue } from '../queue/service';
import type { Store } from '../store/store';

export interface AppEnv {
  Variables: { auth: SignedIn | undefined };
}

export type App = OpenAPIHono<AppEnv>;

export interface Deps {
  store: Store;
  config: Config;
  /** The TCP peer's address; the PBX callbacks accept loopback peers only. */
  clientAddress: (c: Context) => string | undefined;
  /** The live centre's changes (seat, queue, alerts …), for the event stream. */
  live: LiveBus;
  /** The call queue: routing holds callers in it, seat changes and the PBX move them on. */
  queue: CallQueue;
}
