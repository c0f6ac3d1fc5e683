import { getConnInfo } from '@hono/node-server/conninfo';
import { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { PBX_SECRET_HEADER } from '../src/contract';
import { allEndpoints } from '../src/contract/api-screens';
import type { Config } from './config';
import { inProcessBus, type LiveBus } from './events/bus';
import { csrfGuard } from './http/csrf';
import { errorResponse, handleError } from './http/errors';
import { securityHeaders } from './http/headers';
import { requestOrigin } from './http/request-context';
import { inlineScriptHashes, serveSpa } from './http/static';
import type { App, AppEnv, Deps } from './http/types';
import { alertRoutes } from './routes/alerts';
import { auditLogRoutes } from './routes/audit-log';
import { centreSettingsRoutes } from './routes/centre-settings';
import { centreConfigRoutes } from './routes/centre-config';
import { contactRoutes } from './routes/contacts';
import { directoryRoutes } from './routes/directory';
import { eventRoutes } from './routes/events';
import { followUpRoutes } from './routes/follow-ups';
import { handoffRoutes } from './routes/handoffs';
import { healthRoutes } from './routes/health';
import { lineStatsRoutes } from './routes/line-stats';
import { nuisanceRoutes } from './routes/nuisance';
import { supervisionRoutes } from './routes/supervision';
import { trainingCallRoutes } from './routes/training-calls';
import { linesRoutes } from './routes/lines';
import { pbxRoutes } from './routes/pbx';
import { queueRoutes } from './routes/queue';
import { createCallQueue, type CallQueue } from './queue/service';
import { pbxReleaser } from './queue/release';
import { rescueRoutes } from './routes/rescues';
import { reportRoutes } from './routes/reports';
import { reviewRoutes } from './routes/review';
import { scenarioRoutes } from './routes/scenarios';
import { seatRoutes } from './routes/seat';
import { sessionRoutes } from './routes/session';
import { settingsRoutes } from './routes/settings';
import { shiftRoutes } from './routes/shift';
import { sipRoutes } from './routes/sip';
import { trainingScoreRoutes } from './routes/training-scores';
import { transferTargetRoutes } from './routes/transfer-targets';
import { adminStaffRoutes } from './routes/admin-staff';
import { SESSION_COOKIE } from './auth/sessions';
import type { Store } from './store/store';
import { requestScope } from './training/request-scope';
import { trainingAwareLive, trainingAwareStore } from './training/scope';

const maxBodyBytes = 64 * 1024;
/**
 * Record writes may be as large as the contract allows: 300 notes of 500 Chinese characters (three
 * bytes each in UTF-8) and a full intake come to about 550 KB. A save refused for its size would
 * sit in the browser's outbox for ever.
 */
const maxRecordBodyBytes = 1024 * 1024;
// A CSV import of a province's staff (#15) too: 2,000 rows of Chinese names come to about 150 KB.
const isRecordWrite = (path: string) => path.startsWith('/api/contacts/') || path === '/api/admin/staff/import';

function peerAddress(c: Context): string | undefined {
  try {
    return getConnInfo(c).remote.address;
  } catch {
    // Not behind @hono/node-server (e.g. app.request in a test): no peer, so not loopback.
    return undefined;
  }
}

export interface AppOptions {
  store: Store;
  config: Config;
  clientAddress?: Deps['clientAddress'];
  /** Defaults to a bus of this process only; PostgreSQL deployments pass one that crosses processes. */
  live?: LiveBus;
  /** Defaults to a queue that releases calls at the configured PBX; its sweep is the caller's to start. */
  queue?: CallQueue;
}

/** Fails at start-up, not at the first request, when an endpoint of the contract has no handler. */
function assertEveryEndpointServed(app: App): void {
  const served = new Set(
    app.openAPIRegistry.definitions.flatMap((d) => (d.type === 'route' ? [`${d.route.method} ${d.route.path}`] : [])),
  );
  const missing = Object.values(allEndpoints).filter((e) => !served.has(`${e.method} ${e.path}`));
  if (missing.length > 0) throw new Error(`endpoints without a handler: ${missing.map((e) => e.path).join(', ')}`);
}

export function createApp({ store, config, clientAddress = peerAddress, live = inProcessBus(), queue }: AppOptions): App {
  const callQueue = queue ?? createCallQueue({ store, overrides: config.centreSettingsOverrides, live, release: pbxReleaser(config) });
  // A request about a mock call writes training data through the same code (server/training/scope.ts).
  const deps: Deps = {
    store: trainingAwareStore(store),
    config,
    clientAddress,
    live: trainingAwareLive(live),
    queue: callQueue,
    trainingScopeOf: requestScope(store),
  };
  const app = new OpenAPIHono<AppEnv>();

  app.onError(handleError);

  app.use('*', securityHeaders(config.pbxWsUrl, inlineScriptHashes(config.staticDir)));
  const tooLarge = (c: Context) => errorResponse(c, 413, 'payload_too_large');
  const smallBody = bodyLimit({ maxSize: maxBodyBytes, onError: tooLarge });
  const recordBody = bodyLimit({ maxSize: maxRecordBodyBytes, onError: tooLarge });
  app.use('/api/*', (c, next) => (isRecordWrite(c.req.path) ? recordBody : smallBody)(c, next));
  app.use('/api/*', csrfGuard);
  // Every audit entry a request causes records where it came from (server/audit.ts).
  app.use('/api/*', requestOrigin(deps));

  app.openAPIRegistry.registerComponent('securitySchemes', 'sessionCookie', {
    type: 'apiKey',
    in: 'cookie',
    name: SESSION_COOKIE,
  });
  app.openAPIRegistry.registerComponent('securitySchemes', 'pbxSecret', {
    type: 'apiKey',
    in: 'header',
    name: PBX_SECRET_HEADER,
  });

  healthRoutes(app, deps);
  sessionRoutes(app, deps);
  sipRoutes(app, deps);
  linesRoutes(app, deps);
  pbxRoutes(app, deps);
  queueRoutes(app, deps);
  contactRoutes(app, deps);
  handoffRoutes(app, deps);
  rescueRoutes(app, deps);
  transferTargetRoutes(app, deps);
  directoryRoutes(app, deps);
  settingsRoutes(app, deps);
  seatRoutes(app, deps);
  shiftRoutes(app, deps);
  centreSettingsRoutes(app, deps);
  centreConfigRoutes(app, deps);
  lineStatsRoutes(app, deps);
  nuisanceRoutes(app, deps);
  eventRoutes(app, deps);
  alertRoutes(app, deps);
  followUpRoutes(app, deps);
  reviewRoutes(app, deps);
  reportRoutes(app, deps);
  supervisionRoutes(app, deps);
  trainingCallRoutes(app, deps);
  scenarioRoutes(app, deps);
  trainingScoreRoutes(app, deps);
  adminStaffRoutes(app, deps);
  auditLogRoutes(app, deps);
  assertEveryEndpointServed(app);

  app.doc31('/api/openapi.json', {
    openapi: '3.1.0',
    info: { title: '12356 counsellor workstation API', version: '0.1.0' },
  });

  serveSpa(app, config.staticDir);
  app.notFound((c) =>
    c.req.path === '/api' || c.req.path.startsWith('/api/') ? errorResponse(c, 404, 'not_found') : c.text('Not found', 404),
  );
  return app;
}
