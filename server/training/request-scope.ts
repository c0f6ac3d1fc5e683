import type { Endpoint } from '../../src/contract';
import type { SignedIn } from '../auth/sessions';
import { ApiError } from '../http/errors';
import type { Queryable } from '../store/store';
import { liveMockCallSql } from './rows';
import type { TrainingScope } from './scope';

/** What a request names that may be training data: its path's id and its body's call id. */
export interface ScopeQuestion {
  params: unknown;
  body: unknown;
  auth: SignedIn | undefined;
}

/** Who may make a request about a mock call: anyone else is told it does not exist. */
type Party = 'trainee' | 'trainer' | 'either' | 'token-holder';

interface Rule {
  /** Finds the mock call the request is about, from the data alone. */
  find: (db: Queryable, question: ScopeQuestion) => Promise<TrainingScope | undefined>;
  party: Party;
}

const scopeColumns = 'tc.id as "trainingCallId", tc.trainee_id as "traineeId", tc.trainer_id as "trainerId"';

const field = (value: unknown, name: string): string | undefined => {
  const found = value && typeof value === 'object' ? (value as Record<string, unknown>)[name] : undefined;
  return typeof found === 'string' ? found : undefined;
};

async function one(db: Queryable, sql: string, value: string | undefined): Promise<TrainingScope | undefined> {
  if (value === undefined) return undefined;
  const [row] = await db.query<TrainingScope>(sql, [value]);
  return row;
}

/** A mock call by the trainee's SIP Call-ID: live, or ended (the record is still completed afterwards). */
const byCallId = (states: string): Rule['find'] => (db, q) =>
  one(db, `select ${scopeColumns} from training_calls tc where tc.call_id = $1 and tc.state in (${states})`, field(q.body, 'callId'));

/** A mock call by a row of one of its training tables, named by the path's `id` (or another parameter). */
const byRow = (sql: string, param = 'id'): Rule['find'] => (db, q) =>
  one(db, `select ${scopeColumns} from training_calls tc where tc.call_id = (${sql})`, field(q.params, param));

const contactCall = 'select call_id from training.contacts where id = $1::uuid';

/**
 * A training record may not take a real record's id (the browser picks it): requests naming that
 * id would then reach the training record, and the real one's counsellor would be told it is gone.
 */
const newTrainingRecord: Rule['find'] = async (db, q) => {
  const scope = await byCallId("'live', 'ended'")(db, q);
  const id = field(q.body, 'id');
  if (scope && id && (await db.query('select 1 from public.contacts where id = $1::uuid', [id])).length > 0) throw new ApiError(409, 'conflict');
  return scope;
};

const rules: Record<string, Rule> = {
  'post /api/contacts': { find: newTrainingRecord, party: 'trainee' },
  'post /api/callers/history': { find: byCallId("'live', 'ended'"), party: 'trainee' },
  'put /api/seat': { find: byCallId("'live', 'ended'"), party: 'trainee' },
  'post /api/handoffs/{handoffId}/read': {
    find: byRow('select c.call_id from training.handoffs h join training.contacts c on c.id = h.contact_id where h.id = $1::uuid', 'handoffId'),
    // Whoever holds the packet's token: the practice target (the trainer's console) reads it.
    party: 'token-holder',
  },
  'put /api/rescues/{id}': { find: byRow(contactCall), party: 'trainee' },
  'post /api/follow-ups/{id}/close': {
    find: byRow('select c.call_id from training.follow_ups f join training.contacts c on c.id = f.contact_id where f.id = $1::uuid'),
    party: 'trainee',
  },
  // The trainer's whisper: the grant for a mock call that is live now.
  'post /api/supervision': { find: byCallId("'live'"), party: 'trainer' },
  // A help request while a mock call is live goes to its trainer, never to the centre's supervisors.
  'post /api/help': { find: (db, q) => liveCallOf(db, q.auth), party: 'trainee' },
  'get /api/help': { find: (db, q) => liveCallOf(db, q.auth), party: 'trainee' },
};

const supervisionRule: Rule = { find: byRow('select call_id from training.supervisions where id = $1::uuid'), party: 'either' };
const contactRule: Rule = { find: byRow(contactCall), party: 'trainee' };

async function liveCallOf(db: Queryable, auth: SignedIn | undefined): Promise<TrainingScope | undefined> {
  return auth && one(db, `select ${scopeColumns} from training_calls tc where tc.trainee_id = $1 and ${liveMockCallSql}`, auth.staffId);
}

/** Who may make the request when it is about a mock call; undefined: it is never about one. */
export function scopedParty(endpoint: Endpoint): Party | undefined {
  return ruleOf(endpoint)?.party;
}

function ruleOf(endpoint: Endpoint): Rule | undefined {
  const key = `${endpoint.method} ${endpoint.path}`;
  if (rules[key]) return rules[key];
  // Everything about one record (intake, notes, transfers, hand-offs, end, complete, hand-over,
  // caller number, nuisance suggestion, review) and about one supervision.
  if (endpoint.path.startsWith('/api/contacts/{id}')) return contactRule;
  if (endpoint.path.startsWith('/api/supervision/{id}')) return supervisionRule;
  return undefined;
}

function allowed(party: Party, scope: TrainingScope, auth: SignedIn | undefined): boolean {
  if (party === 'token-holder') return true;
  const staffId = auth?.staffId;
  if (party === 'trainee') return staffId === scope.traineeId;
  if (party === 'trainer') return staffId === scope.trainerId;
  return staffId === scope.traineeId || staffId === scope.trainerId;
}

/**
 * The training scope of a request, decided from the data it names, never from anything the
 * browser says about itself: a record, hand-off, follow-up or supervision that is in the training
 * schema, or a call id that is a mock call's. Someone other than the mock call's own party is
 * answered 404, like a record that does not exist.
 */
export function requestScope(db: Queryable): (endpoint: Endpoint, question: ScopeQuestion) => Promise<TrainingScope | undefined> {
  return async (endpoint, question) => {
    const rule = ruleOf(endpoint);
    const scope = rule && (await rule.find(db, question));
    if (!rule || !scope) return undefined;
    if (!allowed(rule.party, scope, question.auth)) throw new ApiError(404, 'not_found');
    return scope;
  };
}
