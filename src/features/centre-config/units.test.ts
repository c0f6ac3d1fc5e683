import { describe, expect, it } from 'vitest';
import { defaultCentreSettings } from '../../contract';
import { durationRange, fromForm, numberRange, toForm, type DurationField } from './units';

describe('centre settings in the units people think in', () => {
  it.each<[DurationField, number, number]>([
    ['wrapUpLimitSec', 300, 5],
    ['wrapUpExtensionSec', 180, 3],
    ['debriefBreakSec', 300, 5],
    ['continuousTalkWarnSec', 7200, 120],
    ['breakResetsAfterSec', 900, 15],
    ['queueLimitSec', 300, 5],
    ['overflowAfterSec', 60, 60],
    ['serviceLevelSec', 20, 20],
    ['longCallAlertSec', 3600, 60],
    ['rescueOpenAlertSec', 1800, 30],
  ])('shows %s = %i s as %d', (field, seconds, shown) => {
    const form = toForm({ ...defaultCentreSettings, [field]: seconds });
    expect(form[field]).toBe(shown);
    expect(fromForm(form)[field]).toBe(seconds);
  });

  it('keeps what is no duration as it is, and turns half a minute into whole seconds', () => {
    const form = toForm(defaultCentreSettings);
    expect(form.followUpDueHours).toBe(24);
    expect(form.callerDataRetentionMonths).toBe(36);
    expect(fromForm({ ...form, wrapUpLimitSec: 2.5, debriefBreakSec: 1.0001 })).toMatchObject({ wrapUpLimitSec: 150, debriefBreakSec: 60 });
    expect(fromForm({ ...form, wrapUpLimitSec: Number.NaN }).wrapUpLimitSec).toBeNaN();
  });

  it('states the contract’s bounds in the shown unit', () => {
    expect(durationRange('wrapUpLimitSec')).toEqual({ min: 10 / 60, max: 60 });
    expect(durationRange('serviceLevelSec')).toEqual({ min: 5, max: 600 });
    expect(durationRange('longCallAlertSec')).toEqual({ min: 5, max: 360 });
    expect(numberRange('crisisCallsInRowWarn')).toEqual({ min: 1, max: 20 });
    expect(numberRange('callerDataRetentionMonths')).toEqual({ min: 1, max: 120 });
  });
});
