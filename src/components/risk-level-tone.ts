import type { RiskLevel } from '../contract';

/** One colour per risk level, so a level looks alike on the counsellor's form and the supervisor's board. */
export const riskLevelTone: Record<RiskLevel, string> = {
  none: 'bg-slate-100 text-slate-800',
  low: 'bg-sky-100 text-sky-900',
  moderate: 'bg-amber-100 text-amber-900',
  high: 'bg-orange-200 text-orange-950',
  imminent: 'bg-red-700 text-white',
};
