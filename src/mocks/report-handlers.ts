import { reportEndpoints } from '../contract/api-reports';
import { ageBands, callTypes, genders, handoffOutcomes, problemCategories } from '../contract/intake';
import { periodBounds } from '../contract/report-period';
import type { Report } from '../contract/reports';
import { riskLevels } from '../contract/risk';
import { mockData } from './data';
import { MockApiError, mockEndpoint } from './endpoint-handler';
import { mockStaffUuid } from './training-data';

const zeros = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;

/**
 * A report as the API answers it, with the API's access rule (supervisors their own centre,
 * admins any): fixed figures, so a screen test can say exactly what the user reads.
 */
export function mockReport(query: { scope: string; period: Report['period']; date: string; by?: 'line' | 'counsellor' }): Report {
  const bounds = periodBounds(query.period, query.date);
  return {
    scope: query.scope,
    period: query.period,
    from: new Date(bounds.from).toISOString(),
    to: new Date(bounds.to).toISOString(),
    queue: {
      offered: 120,
      answered: 102,
      abandoned: 12,
      busy: 4,
      overflowed: 2,
      answeredInServiceLevel: 96,
      answerRate: 0.85,
      serviceLevel: 0.8,
      avgWaitSec: 14.2,
      avgTalkSec: 65,
    },
    records: {
      records: 102,
      byType: { ...zeros(callTypes), counselling: 90, silent: 7, prank: 3, abusive: 2 },
      nuisance: 12,
      byProblem: { ...zeros(Object.keys(problemCategories) as (keyof typeof problemCategories)[]), study: 30, 'self-harm': 9 },
      byRisk: { ...zeros(riskLevels), none: 40, low: 35, moderate: 18, high: 6, imminent: 3 },
      crisis: 10,
      handoffs: 3,
      handoffOutcomes: { ...zeros(handoffOutcomes), reached: 2, pending: 1 },
      referrals: 8,
      ageBands: { ...zeros(ageBands), '18-24': 50, unknown: 52 },
      genders: { ...zeros(genders), female: 60, male: 40, unknown: 2 },
    },
    followUps: { due: 6, doneOnTime: 4, doneLate: 1, cancelled: 0, open: 1 },
    series: bounds.buckets.map((at, index) => ({ at: new Date(at).toISOString(), offered: index === 0 ? 120 : 0, answered: index === 0 ? 102 : 0, abandoned: index === 0 ? 12 : 0, crisis: index === 0 ? 10 : 0 })),
    byLine:
      query.by === 'line'
        ? [{ areaCode: query.scope === 'province' ? null : query.scope, queue: { offered: 120, answered: 102, abandoned: 12, busy: 4, overflowed: 2, answeredInServiceLevel: 96, answerRate: 0.85, serviceLevel: 0.8, avgWaitSec: 14.2, avgTalkSec: 65 }, records: 102, crisis: 10 }]
        : null,
    byCounsellor:
      query.by === 'counsellor'
        ? [
            { staffId: mockStaffUuid('s1'), name: '张咨询员', answered: 57, avgTalkSec: 612, crisis: 6, handoffs: 2, referrals: 5 },
            { staffId: mockStaffUuid('s6'), name: '周学员', answered: 45, avgTalkSec: 480, crisis: 4, handoffs: 1, referrals: 3 },
          ]
        : null,
  };
}

export const reportHandlers = [
  mockEndpoint(reportEndpoints.report, ({ query }) => {
    const staff = mockData.signedIn;
    if (!staff) throw new MockApiError(401, 'unauthenticated');
    const allowed = staff.role === 'admin' || (staff.role === 'supervisor' && staff.centre?.areaCode === query.scope);
    if (!allowed) throw new MockApiError(403, 'forbidden');
    return mockReport(query);
  }),
];
