import type { CentreSettingsOverrides } from '../config';
import { audit } from '../audit';
import { loadCentreSettings } from '../shifts/settings';
import type { Store } from '../store/store';
import { stripCentreRecords, stripCentreTraces, type StrippedCounts } from './strip';

export interface RetentionDeps {
  store: Store;
  overrides: CentreSettingsOverrides;
}

export interface CentreRun extends StrippedCounts {
  areaCode: string;
  months: number;
  /** Records answered before this moment (Beijing midnight, `months` before today) were stripped. */
  cutoff: string;
  trainingRecords: number;
  queueCalls: number;
}

const runLock = "select pg_try_advisory_xact_lock(hashtext('retention-job')) as locked";

/**
 * One run: every centre's records answered before the Beijing midnight that starts today's date
 * `callerDataRetentionMonths` months ago lose their caller's number and words (strip.ts). A whole
 * Beijing day falls out of the period at once, whatever the hour of the run. One transaction: a
 * failure strips nothing. With several API processes on one PostgreSQL, one runs and the others,
 * finding the lock taken, skip (null); a second run finds nothing left and strips nothing.
 * Each centre's run that removed anything is audited with its counts (no address: no request caused it).
 */
export async function runRetention({ store, overrides }: RetentionDeps, now = new Date()): Promise<CentreRun[] | null> {
  return store.transaction(async (tx) => {
    const [lock] = await tx.query<{ locked: boolean }>(runLock);
    if (!lock?.locked) return null;
    const centres = await tx.query<{ areaCode: string }>('select area_code as "areaCode" from centres order by area_code');
    const periods = await Promise.all(
      centres.map(async ({ areaCode }) => ({ areaCode, months: (await loadCentreSettings(tx, areaCode, overrides)).callerDataRetentionMonths })),
    );
    const shortest = Math.min(...periods.map((p) => p.months));
    const runs: CentreRun[] = [];
    let provinceDone = false;
    for (const { areaCode, months } of periods) {
      const [row] = await tx.query<{ cutoff: Date | string }>(
        `select ((($1::timestamptz at time zone 'Asia/Shanghai')::date - make_interval(months => $2::int))::timestamp
                 at time zone 'Asia/Shanghai') as cutoff`,
        [now.toISOString(), months],
      );
      const cutoff = new Date(row?.cutoff ?? now);
      const counts = await stripCentreRecords(tx, 'public', areaCode, cutoff, now);
      const training = await stripCentreRecords(tx, 'training', areaCode, cutoff, now);
      const province: boolean = !provinceDone && months === shortest;
      provinceDone ||= province;
      const queueCalls = await stripCentreTraces(tx, areaCode, cutoff, now, province);
      const run = { areaCode, months, cutoff: cutoff.toISOString(), ...counts, trainingRecords: training.records, queueCalls };
      runs.push(run);
      // Only a run that removed something: hourly runs of nine centres would otherwise write 216
      // entries a day saying nothing happened (the server log has every run).
      const removedAny = Object.entries(run).some(([key, value]) => key !== 'months' && typeof value === 'number' && value > 0);
      if (removedAny) await audit(tx, { staffId: null, action: 'retention.run', subjectType: 'centre', subjectId: areaCode, detail: { ...run } });
    }
    return runs;
  });
}

/** One line for the server log: counts and centres only, nothing of a caller. */
export function retentionLogLine(runs: CentreRun[]): string {
  const total = runs.reduce((sum, run) => sum + run.records + run.trainingRecords, 0);
  const parts = runs.map((run) => `${run.areaCode} ${run.records}+${run.trainingRecords} (${run.months} mo)`);
  return `retention: ${total} records stripped of caller data (${parts.join(', ')})`;
}

/**
 * Runs at start and then every `everyMin` minutes in this process; runs never overlap, a failed
 * one is logged and the next tries again. Stopping waits for a run under way.
 */
export function startRetentionJob(deps: RetentionDeps, everyMin: number, log = console): () => Promise<void> {
  let running: Promise<void> | null = null;
  const tick = () => {
    running ??= runRetention(deps)
      .then((runs) => {
        if (runs) log.log(retentionLogLine(runs));
      })
      .catch((error: unknown) => log.error(`retention run failed: ${error instanceof Error ? error.message : String(error)}`))
      .finally(() => {
        running = null;
      });
  };
  tick();
  const timer = setInterval(tick, everyMin * 60_000);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
  };
}
