export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length) - 1;
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))] ?? Number.NaN;
}

export function describeTimes(label: string, values: number[], target?: string): string {
  const median = percentile(values, 50);
  const p95 = percentile(values, 95);
  const range = `min ${Math.min(...values)} / median ${median} / p95 ${p95} / max ${Math.max(...values)} ms over ${values.length}`;
  return `${label}: ${range}${target ? ` (target ${target})` : ''}`;
}
