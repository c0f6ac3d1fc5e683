import type { Context } from 'hono';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { SignedIn } from '../auth/sessions';
import type { Config } from '../config';
import type { LiveBus } from '../events/bus';
import type { CallQueue } from '../queue/service';
import type { Store } from '../store/store';
import type { ScopeQuestion } from '../training/request-scope';
import type { TrainingScope } from '../training/scope';
import type { Endpoint } from '../../src/contract';

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
  /** The mock call a request is about, from the data it names (server/training/request-scope.ts). */
  trainingScopeOf: (endpoint: Endpoint, question: ScopeQuestion) => Promise<TrainingScope | undefined>;
}
