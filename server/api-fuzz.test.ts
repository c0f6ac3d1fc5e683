import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { api, errorCodes, type Endpoint } from '../src/contract';
import { createHarness, type Harness } from './testing/harness';

/**
 * Property test over the whole API: malformed bodies, queries and path parameters, built from the
 * contract's own schemas and a set of hostile strings, sent to every endpoint of `api` (so an
 * endpoint added later is covered without listing it here) as every kind of caller. Whatever is
 * sent, the API must not fail (no 5xx) and must say what is wrong in a code the SPA translates:
 * one of the contract's error codes, and issue messages that are i18n keys or zod issue codes
 * (src/i18n/completeness.test.ts checks that every code and every contract key has a message).
 */

const hostileStrings = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\ud800',
  'x\udfff',
  '😀',
  '\u202e',
  '%00',
  '%',
  '../../etc/passwd',
  "' or 1=1 --",
  '<script>alert(1)</script>',
  '{{constructor}}',
  '__proto__',
  '0000-01-01T00:00:00Z',
  '2026-03-01T02:10:00+20:00',
  '9'.repeat(400),
  '长'.repeat(5000),
  '110',
  '12356',
  '2147483648',
  '-1',
  'NaN',
  'null',
  '00000000-0000-0000-0000-000000000000',
];
const hostileString = fc.oneof(fc.constantFrom(...hostileStrings), fc.string({ unit: 'binary', maxLength: 40 }));
const hostileNumber = fc.constantFrom(0, -1, 1, 2147483647, 2147483648, 1e308, -1e308, 0.5, Number.MAX_SAFE_INTEGER + 2);
const hostileLeaf = fc.oneof(hostileString, hostileNumber, fc.boolean(), fc.constant(null));
const hostileValue = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    hostileLeaf,
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(hostileString, tie('value'), { maxKeys: 4 }),
  ),
})).value;

/** Field names the contract gives a schema, so generated objects reach past "missing field". */
function fieldNames(schema: z.ZodType | undefined): string[] {
  return schema instanceof z.ZodObject ? Object.keys(schema.shape) : [];
}

/** An object with some of the schema's fields, each holding something hostile. */
const alongSchema = (schema: z.ZodType | undefined) => {
  const names = fieldNames(schema);
  return names.length === 0 ? hostileValue : fc.record(Object.fromEntries(names.map((name) => [name, hostileValue])), { requiredKeys: [] });
};

const rawBodies = fc.constantFrom('{', 'null', '[]', '"x"', '{"__proto__":{"admin":true}}', '\u0000', '{"a":"\\ud800"}');

const endpoints: Record<string, Endpoint> = api;
const callers = ['anonymous', 'pbx', 'counsellor1', 'supervisor1', 'trainer1', 'admin1'] as const;
type Caller = (typeof callers)[number];

const request = fc.record({
  name: fc.constantFrom(...Object.keys(endpoints)),
  caller: fc.constantFrom(...callers),
  params: fc.dictionary(fc.constantFrom('id', 'handoffId', 'areaCode'), hostileString),
  query: fc.option(fc.dictionary(fc.oneof(fc.constantFrom('scope', 'limit', 'tabId', 'username', 'realm', 'dialled', 'callId', 'tried', 'caller'), hostileString), hostileString), { nil: undefined }),
  body: fc.oneof(fc.constant(undefined), hostileValue, rawBodies),
  seed: fc.nat(),
});

/** Half a surrogate pair has no UTF-8, so no percent-encoding: send the bytes a careless client would. */
function encodePart(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return '%ED%A0%80';
  }
}

/** What the SPA can look up under `validation.`: a contract key, or a zod issue code it shows as "invalid". */
const translatableMessage = /^([a-z][A-Za-z]*(\.[a-z][A-Za-z]*)+|[a-z_]+)$/;

let h: Harness;
const cookies = new Map<Caller, string>();
beforeAll(async () => {
  h = await createHarness();
  for (const caller of callers) if (caller !== 'anonymous' && caller !== 'pbx') cookies.set(caller, await h.signIn(caller));
}, 120_000);
afterAll(() => h.close());

describe('the API under hostile input', () => {
  it('never fails with 5xx, and answers every 4xx with a code the SPA translates', { timeout: 60_000 }, async () => {
    const property = fc.asyncProperty(request, async ({ name, caller, params, query, body, seed }) => {
      const endpoint = endpoints[name] as Endpoint;
      // Half the time, a body along the endpoint's own schema rather than anything at all; never on a GET.
      const alongside = seed % 2 === 0 && endpoint.body;
      const sent = endpoint.method === 'get' ? undefined : alongside ? fc.sample(alongSchema(endpoint.body), { seed, numRuns: 1 })[0] : body;
      const path = endpoint.path.replace(/\{(\w+)\}/g, (_, param: string) => encodePart(params[param] ?? 'x'));
      const search = query ? `?${new URLSearchParams(query).toString()}` : '';
      const headers: Record<string, string> = caller === 'pbx' ? { 'x-pbx-secret': h.config.pbxSharedSecret } : {};
      const res = await h.call(endpoint.method.toUpperCase(), path + search, {
        cookie: cookies.get(caller),
        headers,
        ...(sent !== undefined && { body: sent }),
      });
      const where = `${name} as ${caller}: ${res.status}`;
      expect(res.status, where).toBeLessThan(500);
      if (name === 'logout' && res.status === 200 && caller !== 'anonymous' && caller !== 'pbx') cookies.set(caller, await h.signIn(caller));
      if (res.status < 400) return;
      if (endpoint.responseKind === 'text' && res.status === 404) {
        expect(await res.text(), where).toBe('');
        return;
      }
      const answer = (await res.json()) as { error: { code: string; issues?: { message: string }[] } };
      expect(errorCodes, where).toContain(answer.error.code);
      for (const issue of answer.error.issues ?? []) expect(issue.message, where).toMatch(translatableMessage);
    });
    await fc.assert(property, { numRuns: 400, interruptAfterTimeLimit: 5_000, markInterruptAsFailure: false });
  });
});
