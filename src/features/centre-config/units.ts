import { CentreSettings } from '../../contract';

/**
 * The unit each duration of the centre settings is shown and typed in, as a centre speaks of it:
 * "five minutes of wrap-up", "answered within 20 seconds". The contract stores seconds; this is the
 * one place that converts.
 */
export const durationUnits = {
  wrapUpLimitSec: 'min',
  wrapUpExtensionSec: 'min',
  debriefBreakSec: 'min',
  continuousTalkWarnSec: 'min',
  breakResetsAfterSec: 'min',
  queueLimitSec: 'min',
  overflowAfterSec: 'sec',
  serviceLevelSec: 'sec',
  longCallAlertSec: 'min',
  rescueOpenAlertSec: 'min',
} as const satisfies Partial<Record<keyof CentreSettings, 'min' | 'sec'>>;

export type DurationField = keyof typeof durationUnits;
export const durationFields = Object.keys(durationUnits) as DurationField[];

const secondsPer = { min: 60, sec: 1 } as const;

/** The settings as the form shows them: the same fields, durations in their `durationUnits` unit. */
export type SettingsForm = CentreSettings;

export function toForm(settings: CentreSettings): SettingsForm {
  const form = { ...settings };
  for (const field of durationFields) form[field] = settings[field] / secondsPer[durationUnits[field]];
  return form;
}

/** Whole seconds, as the contract wants them; a field left empty stays NaN, for the form to refuse. */
export function fromForm(form: SettingsForm): CentreSettings {
  const settings = { ...form };
  for (const field of durationFields) settings[field] = Math.round(form[field] * secondsPer[durationUnits[field]]);
  return settings;
}

/**
 * The contract's bounds of a number field, read from its checks. Not `minValue`/`maxValue`: those
 * run zod's JSON-Schema code, which the browser build leaves out (they throw there).
 */
export function numberRange(field: keyof CentreSettings): { min: number; max: number } {
  const checks = (CentreSettings.shape[field]._zod.def.checks ?? []).map((check) => check._zod.def as { check: string; value?: unknown });
  const bound = (kind: string) => Number(checks.find((check) => check.check === kind)?.value ?? 0);
  return { min: bound('greater_than'), max: bound('less_than') };
}

/** The contract's bounds of a duration, in the unit the form shows it. */
export function durationRange(field: DurationField): { min: number; max: number } {
  const per = secondsPer[durationUnits[field]];
  const { min, max } = numberRange(field);
  return { min: min / per, max: max / per };
}
