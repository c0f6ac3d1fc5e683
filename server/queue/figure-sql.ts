/**
 * What the queue's figures mean, as SQL over a hotline_calls row aliased `h`: one definition the
 * supervisor's live queue (events/queue-figures.ts) and the reports (reports/queue.ts) both count
 * with. A wait runs from the call's arrival to its answer (or to the caller giving up); talk from
 * the answer to the end; service level is an answer within the centre's serviceLevelSec of arrival.
 */
export const figureSql = {
  answered: 'h.answered_at is not null',
  abandoned: `h.state = 'abandoned'`,
  busy: `h.state = 'busy'`,
  overflowed: 'h.overflowed_at is not null',
  inServiceLevel: (serviceLevelSec: string) => `h.answered_at - h.arrived_at <= make_interval(secs => ${serviceLevelSec})`,
  waitSec: 'extract(epoch from h.answered_at - h.arrived_at)',
  abandonedWaitSec: 'extract(epoch from h.finished_at - h.arrived_at)',
  /** Talk counts once the call has ended. */
  ended: `h.state = 'ended'`,
  talkSec: 'extract(epoch from h.finished_at - h.answered_at)',
} as const;
