import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callTypes, handoffOutcomes } from '../../src/contract/intake';
import type { Report } from '../../src/contract/reports';
import { riskLevels } from '../../src/contract/risk';
import { createHarness, okJson, type Harness } from '../testing/harness';
import { generateCalls, insertCalls, insertRecords, type GeneratedCall } from './testing/generate';

const at = (iso: string) => Date.parse(iso);
function must<T>(value: T | null | undefined): T {
  if (value === null || value === undefined) throw new Error('missing');
  return value;
}
// October 2026 in Beijing: 2026-09-30T16:00Z to 2026-10-31T16:00Z.
const OCT_FROM = at('2026-09-30T16:00:00Z');
const OCT_TO = at('2026-10-31T16:00:00Z');

/** Calls on both sides of the month's Beijing midnights, and one answered across the last one. */
const boundaries: Partial<GeneratedCall>[] = [
  { areaCode: '0591', arrivedAt: at('2026-09-30T15:59:59Z'), outcome: 'answered', waitSec: 0 }, // 30 Sep 23:59:59
  { areaCode: '0591', arrivedAt: at('2026-09-30T16:00:00Z'), outcome: 'answered', waitSec: 0 }, // 1 Oct 00:00:00
  { areaCode: '0592', arrivedAt: at('2026-10-31T15:59:59Z'), outcome: 'abandoned', waitSec: 30 }, // 31 Oct 23:59:59
  { areaCode: '0592', arrivedAt: at('2026-10-31T16:00:00Z'), outcome: 'busy' }, // 1 Nov 00:00:00
  // Arrives on 31 Oct at 23:59:50, answered 1 Nov 00:00:05: the queue counts it in October, its record in November.
  { areaCode: '0591', arrivedAt: at('2026-10-31T15:59:50Z'), outcome: 'answered', waitSec: 15 },
];
const calls = generateCalls(15, 400, at('2026-09-28T16:00:00Z'), at('2026-11-02T16:00:00Z'), boundaries);
const serviceLevelOf = (areaCode: string | null) => (areaCode === '0592' ? 30 : 20);

/** The expected figures, counted from the generated list in plain JavaScript. */
function expected(from: number, to: number, centre: string | null) {
  const arrived = calls.filter((c) => c.arrivedAt >= from && c.arrivedAt < to && (centre === null || c.areaCode === centre));
  const answered = arrived.filter((c) => c.outcome === 'answered');
  const inLevel = answered.filter((c) => c.waitSec <= serviceLevelOf(c.areaCode));
  const records = calls.flatMap((c) => (c.record ? [c.record] : [])).filter((r) => r.answeredAt >= from && r.answeredAt < to && (centre === null || r.centre === centre));
  const allFollowUps = calls.flatMap((c) => (c.record?.followUp && (centre === null || c.record.centre === centre) ? [c.record.followUp] : [])).filter((f) => f.dueAt >= from && f.dueAt < to);
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
  const crisis = (r: (typeof records)[number]) => r.risk === 'high' || r.risk === 'imminent' || r.handoffOutcome !== null;
  const done = (f: (typeof allFollowUps)[number]) => f.outcome === 'reached' || f.outcome === 'not-reached';
  return {
    queue: {
      offered: arrived.length,
      answered: answered.length,
      abandoned: arrived.filter((c) => c.outcome === 'abandoned').length,
      busy: arrived.filter((c) => c.outcome === 'busy').length,
      overflowed: arrived.filter((c) => c.overflowed).length,
      answeredInServiceLevel: inLevel.length,
      answerRate: answered.length / arrived.length,
      serviceLevel: inLevel.length / arrived.length,
      avgWaitSec: Math.round((sum(answered.map((c) => c.waitSec)) / answered.length) * 10) / 10,
      avgTalkSec: Math.round((sum(answered.map((c) => c.talkSec)) / answered.length) * 10) / 10,
    },
    records: records.length,
    byType: Object.fromEntries(callTypes.map((type) => [type, records.filter((r) => r.callType === type).length])),
    byRisk: Object.fromEntries(riskLevels.map((level) => [level, records.filter((r) => r.risk === level).length])),
    crisis: records.filter(crisis).length,
    handoffOutcomes: Object.fromEntries(handoffOutcomes.map((o) => [o, records.filter((r) => r.handoffOutcome === o).length])),
    referrals: records.filter((r) => r.referral !== null).length,
    selfHarm: records.filter((r) => r.problems.some((p) => p.category === 'self-harm')).length,
    female: records.filter((r) => r.gender === 'female').length,
    teens: records.filter((r) => r.ageBand === '12-17').length,
    followUps: {
      due: allFollowUps.length,
      doneOnTime: allFollowUps.filter((f) => done(f) && f.closedAt !== null && f.closedAt <= f.dueAt).length,
      doneLate: allFollowUps.filter((f) => done(f) && f.closedAt !== null && f.closedAt > f.dueAt).length,
      cancelled: allFollowUps.filter((f) => f.outcome === 'no-longer-needed').length,
      open: allFollowUps.filter((f) => f.outcome === null).length,
    },
  };
}

let h: Harness;
let admin: string;

beforeAll(async () => {
  h = await createHarness();
  await h.store.query(`update centre_settings set settings = settings || '{"serviceLevelSec": 30}'::jsonb where area_code = '0592'`);
  await insertCalls(h.store, calls);
  admin = await h.signIn('admin1');
});
afterAll(() => h.close());

const report = async (cookie: string, query: string) => okJson<Report>(await h.call('GET', `/api/reports?${query}`, { cookie }));

describe('a generated October across Beijing midnights and month ends', () => {
  it.each([
    ['province', null],
    ['0591', '0591'],
    ['0592', '0592'],
  ] as const)('the %s month equals the figures counted by hand', async (scope, centre) => {
    const got = await report(admin, `scope=${scope}&period=month&date=2026-10-17`);
    const want = expected(OCT_FROM, OCT_TO, centre);
    expect(got.queue).toEqual({ ...want.queue, answerRate: expect.closeTo(want.queue.answerRate, 9), serviceLevel: expect.closeTo(want.queue.serviceLevel, 9) });
    expect(got.records).toMatchObject({ records: want.records, byType: want.byType, byRisk: want.byRisk, crisis: want.crisis, handoffOutcomes: want.handoffOutcomes, referrals: want.referrals });
    expect(got.records.nuisance).toBe((want.byType.silent ?? 0) + (want.byType.prank ?? 0) + (want.byType.abusive ?? 0));
    expect([got.records.byProblem['self-harm'], got.records.genders.female, got.records.ageBands['12-17']]).toEqual([want.selfHarm, want.female, want.teens]);
    expect(got.followUps).toEqual(want.followUps);
    expect(got.series).toHaveLength(31);
    expect(got.series.reduce((n, point) => n + point.offered, 0)).toBe(want.queue.offered);
    expect(got.series.reduce((n, point) => n + point.crisis, 0)).toBe(want.crisis);
  });

  it('counts a call by the Beijing day it arrived and its record by the day it was answered', async () => {
    const lastDay = await report(admin, 'scope=0591&period=day&date=2026-10-31');
    const firstOfNovember = await report(admin, 'scope=0591&period=day&date=2026-11-01');
    expect(lastDay.queue).toMatchObject({ offered: expected(at('2026-10-30T16:00:00Z'), OCT_TO, '0591').queue.offered });
    expect(lastDay.records.records).toBe(expected(at('2026-10-30T16:00:00Z'), OCT_TO, '0591').records);
    expect(firstOfNovember.records.records).toBe(expected(OCT_TO, at('2026-11-01T16:00:00Z'), '0591').records);
    // The last hour of 31 October holds the call that arrived at 23:59:50, and the one at 23:59:59 on the 0592 line is not in 0591's report.
    expect(lastDay.series).toHaveLength(24);
    expect(lastDay.series[23]).toMatchObject({ at: '2026-10-31T15:00:00.000Z' });
    const lastHour = calls.filter((c) => c.areaCode === '0591' && c.arrivedAt >= at('2026-10-31T15:00:00Z') && c.arrivedAt < OCT_TO);
    expect(lastDay.series[23]?.offered).toBe(lastHour.length);
  });

  it('a week runs Monday to Sunday in Beijing: the one of Sunday 1 November starts on Monday 26 October', async () => {
    const week = await report(admin, 'scope=province&period=week&date=2026-11-01');
    expect([week.from, week.to, week.series.length]).toEqual(['2026-10-25T16:00:00.000Z', '2026-11-01T16:00:00.000Z', 7]);
    expect(week.queue.offered).toBe(expected(at('2026-10-25T16:00:00Z'), at('2026-11-01T16:00:00Z'), null).queue.offered);
  });

  it('breaks the month down by line and by counsellor', async () => {
    const byLine = await report(admin, 'scope=province&period=month&date=2026-10-01&by=line');
    expect(byLine.byCounsellor).toBeNull();
    for (const areaCode of ['0591', '0592']) {
      expect(byLine.byLine?.find((row) => row.areaCode === areaCode)?.queue.offered).toBe(expected(OCT_FROM, OCT_TO, areaCode).queue.offered);
    }
    const plain = calls.filter((c) => c.areaCode === null && c.arrivedAt >= OCT_FROM && c.arrivedAt < OCT_TO);
    expect(byLine.byLine?.find((row) => row.areaCode === null)?.queue.offered).toBe(plain.length);
    const byCounsellor = await report(admin, 'scope=0591&period=month&date=2026-10-01&by=counsellor');
    const theirs = calls.filter((c) => c.record?.counsellor === 'counsellor2' && c.record.answeredAt >= OCT_FROM && c.record.answeredAt < OCT_TO);
    const names = await h.store.query<{ display_name: string }>(`select display_name from staff where username = 'counsellor2'`);
    expect(byCounsellor.byCounsellor?.find((row) => row.name === names[0]?.display_name)?.answered).toBe(theirs.length);
    const third = await h.store.query<{ display_name: string }>(`select display_name from staff where username = 'counsellor3'`);
    expect(theirs.length).toBeGreaterThan(0);
    expect(byCounsellor.byCounsellor?.map((row) => row.name)).not.toContain(third[0]?.display_name);
  });

  it('never counts a mock call’s record or follow-up (schema training)', async () => {
    const before = await report(admin, 'scope=0591&period=month&date=2026-10-01');
    const [mock] = generateCalls(99, 1, OCT_FROM, OCT_TO, [{ areaCode: '0591', arrivedAt: at('2026-10-10T02:00:00Z'), outcome: 'answered', waitSec: 5 }]);
    const record = { ...must(mock?.record), counsellor: 'counsellor1', centre: '0591', risk: 'high' as const, handoffOutcome: null, followUp: { dueAt: at('2026-10-11T02:00:00Z'), closedAt: null, outcome: null } };
    const [staff] = await h.store.query<{ id: string }>(`select id from staff where username = 'counsellor1'`);
    await insertRecords(h.store, 'training', [{ callId: 'mock-call', areaCode: '0591', talkSec: 60, record, counsellorId: must(staff).id }]);
    expect(await h.store.query('select 1 from training.contacts where call_id = $1', ['mock-call'])).toHaveLength(1);
    const after = await report(admin, 'scope=0591&period=month&date=2026-10-01');
    expect([after.records.records, after.records.crisis, after.followUps.due]).toEqual([before.records.records, before.records.crisis, before.followUps.due]);
  });
});

describe('downloads', () => {
  it('the .xlsx is a real workbook: a sheet per breakdown, numbers as numbers, shares as %, headings in the language asked for', async () => {
    const res = await h.call('GET', '/api/reports/export.xlsx?scope=province&period=month&date=2026-10-05&lang=zh-CN', { cookie: admin });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain('12356-report-province-month-2026-10-01.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await res.arrayBuffer());
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['概况', '趋势', '按线路', '按咨询员']);
    const want = expected(OCT_FROM, OCT_TO, null);
    const summary = must(workbook.getWorksheet('概况'));
    const rowOf = (label: string) => must(summary.getRows(1, summary.rowCount)?.find((row) => row.getCell(2).value === label));
    expect(rowOf('呼入量').getCell(3).value).toBe(want.queue.offered);
    expect(rowOf('接通率').getCell(3).value).toBeCloseTo(want.queue.answerRate, 9);
    expect(rowOf('接通率').getCell(3).numFmt).toBe('0.0%');
    // A time in Excel is a fraction of a day, which exceljs reads back as a moment of 30 December 1899.
    const wait = rowOf('平均等待时长').getCell(3).value as Date;
    expect(wait.getTime() - Date.UTC(1899, 11, 30)).toBeCloseTo(want.queue.avgWaitSec * 1000, 0);
    expect(rowOf('平均等待时长').getCell(3).numFmt).toBe('[m]:ss');
    expect(rowOf('危机来电').getCell(3).value).toBe(want.crisis);
    expect(must(workbook.getWorksheet('趋势')).rowCount).toBe(1 + 31);
    const english = await h.call('GET', '/api/reports/export.xlsx?scope=province&period=month&date=2026-10-05&lang=en', { cookie: admin });
    const englishBook = new ExcelJS.Workbook();
    await englishBook.xlsx.load(await english.arrayBuffer());
    expect(englishBook.worksheets.map((sheet) => sheet.name)).toEqual(['Summary', 'Trend', 'By line', 'By counsellor']);
  });

  it('the CSV starts with a UTF-8 BOM and carries the same figures; every download is audited', async () => {
    const supervisor = await h.signIn('supervisor2');
    const before = await h.store.query(`select 1 from audit_log where action = 'report.export' and subject_id = '0592'`);
    const res = await h.call('GET', '/api/reports/export.csv?scope=0592&period=month&date=2026-10-05', { cookie: supervisor });
    expect(res.status).toBe(200);
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parse(new TextDecoder().decode(bytes).slice(1), { relaxColumnCount: true }) as string[][];
    const want = expected(OCT_FROM, OCT_TO, '0592');
    expect(rows.find((row) => row[1] === '呼入量')?.[2]).toBe(String(want.queue.offered));
    expect(rows.find((row) => row[1] === '服务水平')?.[2]).toBe(`${(want.queue.serviceLevel * 100).toFixed(1)}%`);
    const after = await h.store.query<{ detail: Record<string, unknown> }>(`select detail from audit_log where action = 'report.export' and subject_id = '0592'`);
    expect(after).toHaveLength(before.length + 1);
    expect(after.at(-1)?.detail).toEqual({ period: 'month', date: '2026-10-05', format: 'csv' });
  });
});

describe('who may see which report', () => {
  it('a supervisor sees their own centre, not another centre or the province', async () => {
    const supervisor = await h.signIn('supervisor1');
    expect((await h.call('GET', '/api/reports?scope=0591&period=day&date=2026-10-01&by=counsellor', { cookie: supervisor })).status).toBe(200);
    expect((await h.call('GET', '/api/reports?scope=0592&period=day&date=2026-10-01', { cookie: supervisor })).status).toBe(403);
    expect((await h.call('GET', '/api/reports?scope=province&period=day&date=2026-10-01', { cookie: supervisor })).status).toBe(403);
    expect((await h.call('GET', '/api/reports/export.csv?scope=0592&period=day&date=2026-10-01', { cookie: supervisor })).status).toBe(403);
  });

  it('counsellors and trainers get none; an admin any centre, an unknown one is not found', async () => {
    for (const username of ['counsellor1', 'trainer1']) {
      const cookie = await h.signIn(username);
      expect((await h.call('GET', '/api/reports?scope=0591&period=day&date=2026-10-01', { cookie })).status).toBe(403);
      expect((await h.call('GET', '/api/reports/export.xlsx?scope=0591&period=day&date=2026-10-01', { cookie })).status).toBe(403);
    }
    expect((await h.call('GET', '/api/reports?scope=0100&period=day&date=2026-10-01', { cookie: admin })).status).toBe(404);
    expect((await h.call('GET', '/api/reports?scope=0591&period=year&date=2026-10-01', { cookie: admin })).status).toBe(400);
    expect((await h.call('GET', '/api/reports?scope=0591&period=day&date=2026-02-30', { cookie: admin })).status).toBe(400);
  });
});
