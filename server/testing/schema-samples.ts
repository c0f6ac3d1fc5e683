import type { z } from 'zod';

/**
 * The strings a schema of the contract is most likely to accept: its ids, moments, dates, area
 * codes, numbers and tokens. A string schema takes the first of them its own checks accept.
 */
const stringCandidates = [
  'x',
  '6f1c2a1e-8d8b-4c1e-9a57-3f8e2b1d0c11',
  '2026-03-01T02:10:00.000Z',
  '2026-03-01',
  '0591',
  '059112356',
  '13800138000',
  '12356',
  '8001',
  'counsellor1',
  'Demo-12356-c1',
  'a'.repeat(40),
  'https://example.org/',
  '',
];

/** What zod's introspection says of a schema; its types stop at `unknown`, hence the casts below. */
interface Def {
  type: string;
  [key: string]: unknown;
}
const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

function firstAccepted(schema: z.ZodType, candidates: unknown[]): unknown {
  return candidates.find((candidate) => candidate !== undefined && schema.safeParse(candidate).success) ?? candidates[0];
}

/**
 * A value the schema accepts, built from the schema alone (undefined where none is found): the
 * start from which the fuzz test changes one field, so a request gets past validation to where
 * the one hostile value is looked at.
 */
export function sampleOf(schema: z.ZodType): unknown {
  if (!samples.has(schema)) samples.set(schema, buildSample(schema));
  // A copy each time: callers change fields of it.
  return structuredClone(samples.get(schema));
}

const samples = new WeakMap<z.ZodType, unknown>();

function buildSample(schema: z.ZodType): unknown {
  const def = defOf(schema);
  const inner = (key: string) => sampleOf(def[key] as z.ZodType);
  switch (def.type) {
    case 'object':
      return Object.fromEntries(Object.entries(def.shape as Record<string, z.ZodType>).map(([key, field]) => [key, sampleOf(field)]));
    case 'array':
      return firstAccepted(schema, [[], [inner('element')]]);
    case 'tuple':
      return (def.items as z.ZodType[]).map((item) => sampleOf(item));
    case 'record':
      return {};
    case 'string':
      return firstAccepted(schema, stringCandidates);
    case 'number':
    case 'int':
      return firstAccepted(schema, [1, 0, 60, 2026, 100_000]);
    case 'boolean':
      return false;
    case 'null':
      return null;
    case 'enum':
      return Object.values(def.entries as Record<string, unknown>)[0];
    case 'literal':
      return (def.values as unknown[])[0];
    case 'union':
      return firstAccepted(schema, (def.options as z.ZodType[]).map((option) => sampleOf(option)));
    case 'nullable':
      return firstAccepted(schema, [inner('innerType'), null]);
    case 'optional':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
    case 'nonoptional':
      return inner('innerType');
    case 'pipe':
      return inner('in');
    case 'lazy':
      return sampleOf((def.getter as () => z.ZodType)());
    case 'intersection':
      return { ...(inner('left') as object), ...(inner('right') as object) };
    default:
      return undefined;
  }
}

export type Path = (string | number)[];

/** Every place in a JSON value a field could be replaced: each key and element, at every depth. */
export function pathsOf(value: unknown, path: Path = []): Path[] {
  if (value === null || typeof value !== 'object') return [path];
  const children = Array.isArray(value) ? value.map((child, index) => [index, child] as const) : Object.entries(value);
  return [path, ...children.flatMap(([key, child]) => pathsOf(child, [...path, key]))];
}

/** A copy of `value` with what is at `path` replaced. */
export function withValueAt(value: unknown, path: Path, replacement: unknown): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return replacement;
  const copy = (Array.isArray(value) ? [...(value as unknown[])] : { ...(value as object) }) as Record<string | number, unknown>;
  copy[head] = withValueAt(copy[head], rest, replacement);
  return copy;
}
