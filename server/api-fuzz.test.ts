import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { api, errorCodes, PbxNoRouteReason, type Endpoint } from '../src/contract';
import { allEndpoints } from '../src/contract/api-screens';
import { startCall } from './testing/contacts';
import { createHarness, type Harness } from './testing/harness';
import { pathsOf, sampleOf, withValueAt } from './testing/schema-samples';

/**
 * Property test over the whole API. Every operation of the app's own OpenAPI document (so a route
 * added later is covered without listing it here) gets requests built from its contract schemas:
 * a body, query and path the schema accepts with ONE field replaced by something hostile, sent as
 * a caller the route admits (signed in, JSON with a same-origin Origin: what gets past the session
 * and CSRF checks), so most requests reach validation of that one field or the handler behind it.
 * Some go as any caller, or with a body that is not along the schema at all. Whatever is sent, the
 * API must not fail (no 5xx) and must say what is wrong in a code both languages of the SPA
 * translate.
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
  '../../etc/passwd',
  "' or 1=1 --",
  '<script>alert(1)</script>',
  '__proto__',
  '0000-01-01',
  '0000-01-01T00:00:00Z',
  '2026-03-01T02:10:00+20:00',
  '+275760-09-13T00:00:00Z',
  '2026-02-30',
  'x'.repeat(10_240),
  '长'.repeat(5000),
  '110',
  '2147483648',
  '-1',
  'NaN',
  '00000000-0000-0000-0000-000000000000',
];
const hostileNumbers = [-1, 0.5, 2147483647, 2147483648, 1e308, -1e308, Number.MAX_SAFE_INTEGER + 2];
const hostileValue = fc.oneof(
  fc.constantFrom<unknown>(...hostileStrings, ...hostileNumbers, true, null),
  fc.constantFrom<unknown>({ nested: { deeper: ['\ud800'] } }, ['an', 'array'], [], {}, { __proto__: { admin: true } }),
  fc.string({ unit: 'binary', maxLength: 40 }),
);
const rawBodies = ['{', 'null', '[]', '"x"', '\u0000', '{"a":"\\ud800"}'];

const callers = ['anonymous', 'pbx', 'counsellor1', 'supervisor1', 'trainer1', 'admin1'] as const;
type Caller = (typeof callers)[number];
const roleOf: Record<string, Caller> = { counsellor: 'counsellor1', supervisor: 'supervisor1', trainer: 'trainer1', admin: 'admin1' };

/** The callers a route lets past its access check. */
function admitted(endpoint: Endpoint | undefined): Caller[] {
  const access = endpoint?.access;
  if (access === undefined || access === 'public') return [...callers];
  if (access === 'pbx') return ['pbx'];
  if (access === 'signed-in') return ['counsellor1', 'supervisor1', 'trainer1', 'admin1'];
  return access.map((role) => roleOf[role]).filter((caller): caller is Caller => caller !== undefined);
}

interface Operation {
  method: string;
  path: string;
  endpoint: Endpoint | undefined;
}

/**
 * What the SPA can translate: the contract's error codes, and issue messages that are contract keys
 * (`text.tooLong`) or zod issue codes (shown as "invalid"). src/i18n/completeness.test.ts checks
 * that zh-CN and en both have a message for every error code and every key the contract uses.
 */
const translatableMessage = /^([a-z][A-Za-z]*(\.[a-z][A-Za-z]*)+|[a-z_]+)$/;

/** Refusals before any handler ran: the request never got past the front door or its schema. */
const refusedEarly = new Set(['validation', 'unauthenticated', 'forbidden', 'unsupported_media_type', 'payload_too_large']);

let h: Harness;
let operations: Operation[] = [];
const cookies = new Map<Caller, string>();
/** Path parameters of real things, so a request with a hostile body can reach the row it names. */
let realParams: Record<string, string> = {};
beforeAll(async () => {
  h = await createHarness();
  for (const caller of callers) if (caller !== 'anonymous' && caller !== 'pbx') cookies.set(caller, await h.signIn(caller));
  const contact = await startCall(h, cookies.get('counsellor1') ?? '');
  realParams = { id: contact.id, handoffId: crypto.randomUUID(), areaCode: '0591' };
  const document = (await (await h.call('GET', '/api/openapi.json')).json()) as { paths: Record<string, Record<string, unknown>> };
  const contract = Object.values(allEndpoints as Record<string, Endpoint>);
  operations = Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.keys(methods).map((method) => ({
      method,
      path,
      endpoint: contract.find((candidate) => candidate.method === method && candidate.path === path),
    })),
  );
}, 120_000);
afterAll(() => h.close());

/** Half a surrogate pair has no UTF-8, so no percent-encoding: send the bytes a careless client would. */
function encodePart(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return '%ED%A0%80';
  }
}

/** The schema's sample, with the field at the `pick`-th place (if `hostile` is given) replaced. */
function alongSchema(schema: z.ZodType | undefined, pick: number, hostile: unknown): unknown {
  const sample = schema ? sampleOf(schema) : {};
  const paths = pathsOf(sample);
  return withValueAt(sample, paths[pick % paths.length] ?? [], hostile);
}

const request = fc.record({
  operation: fc.nat(),
  // Which part gets the hostile value; the others stay as the schema wants them.
  target: fc.constantFrom('body', 'body', 'body', 'query', 'params', 'raw'),
  pick: fc.nat(),
  hostile: hostileValue,
  anyCaller: fc.nat({ max: 9 }),
  callerPick: fc.nat(),
  raw: fc.constantFrom(...rawBodies),
});

describe('the API under hostile input', () => {
  it('never fails with 5xx, and answers every 4xx with a code both languages translate', { timeout: 60_000 }, async () => {
    expect(operations.length).toBeGreaterThanOrEqual(Object.keys(allEndpoints).length);
    const tally = { sent: 0, reachedHandler: 0 };
    const property = fc.asyncProperty(request, async ({ operation: which, target, pick, hostile, anyCaller, callerPick, raw }) => {
      const { method, path, endpoint } = operations[which % operations.length] as Operation;
      // Nine in ten as a caller the route admits; the rest as anyone.
      const choices = anyCaller === 0 ? [...callers] : admitted(endpoint);
      const caller = choices[callerPick % choices.length] ?? 'anonymous';

      const params = (target === 'params' ? alongSchema(endpoint?.params, pick, hostile) : endpoint?.params && sampleOf(endpoint.params)) as
        | Record<string, unknown>
        | undefined;
      const filled = path.replace(/\{(\w+)\}/g, (_, name: string) => {
        const value = target === 'params' ? params?.[name] : (realParams[name] ?? params?.[name]);
        return encodePart(typeof value === 'string' ? value : JSON.stringify(value ?? 'x'));
      });
      const query = endpoint?.query && (target === 'query' ? alongSchema(endpoint.query, pick, hostile) : sampleOf(endpoint.query));
      const search = query && typeof query === 'object' ? new URLSearchParams(Object.entries(query).map(([key, value]) => [key, typeof value === 'string' ? value : JSON.stringify(value)])).toString() : '';
      const sent = method === 'get' ? undefined : target === 'raw' ? raw : alongSchema(endpoint?.body, target === 'body' ? pick : 0, target === 'body' ? hostile : undefined);
      const body = sent === undefined || (target !== 'body' && target !== 'raw' && !endpoint?.body) ? undefined : sent;

      const headers: Record<string, string> = { host: 'desk.example', origin: 'https://desk.example' };
      if (caller === 'pbx') headers['x-pbx-secret'] = h.config.pbxSharedSecret;
      const res = await h.call(method.toUpperCase(), filled + (search ? `?${search}` : ''), {
        cookie: cookies.get(caller),
        headers,
        ...(body !== undefined && { body }),
      });
      const where = `${method} ${path} as ${caller}, hostile ${target}: ${res.status}`;
      tally.sent++;

      expect(res.status, where).toBeLessThan(500);
      if (path === api.logout.path && res.status === 200 && cookies.has(caller)) cookies.set(caller, await h.signIn(caller));
      if (res.status < 400) {
        tally.reachedHandler++;
        return;
      }
      if (endpoint?.responseKind === 'text' && res.status === 404) {
        // The PBX's route answers why nobody is offered the call, as a word Kamailio maps to a reply.
        expect(['', ...PbxNoRouteReason.options], where).toContain(await res.text());
        return;
      }
      const answer = (await res.json()) as { error: { code: string; issues?: { message: string }[] } };
      expect(errorCodes, where).toContain(answer.error.code);
      for (const issue of answer.error.issues ?? []) expect(issue.message, where).toMatch(translatableMessage);
      if (!refusedEarly.has(answer.error.code)) tally.reachedHandler++;
    });
    await fc.assert(property, { numRuns: 2000, interruptAfterTimeLimit: 5_000, markInterruptAsFailure: false });
    console.info(`api fuzz: ${tally.sent} requests over ${operations.length} operations, ${tally.reachedHandler} reached a handler (2xx or a handler's own 4xx)`);
    // A test that stopped reaching handlers would only be testing the front door again.
    expect(tally.reachedHandler).toBeGreaterThan(tally.sent / 5);
  });
});
