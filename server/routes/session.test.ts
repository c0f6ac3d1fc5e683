import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, demoPassword, type Harness } from '../testing/harness';

let h: Harness;
let peer = '127.0.0.1';
beforeAll(async () => {
  h = await createHarness({ clientAddress: () => peer });
});
afterAll(() => h.close());

const login = (username: string, password: string) => h.call('POST', '/api/session', { body: { username, password } });

describe('sign-in', () => {
  it('sets an httpOnly, SameSite=Strict session cookie and answers who signed in', async () => {
    const res = await login('counsellor1', demoPassword('counsellor1'));
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      username: 'counsellor1',
      displayName: '张咨询员',
      role: 'counsellor',
      centre: { areaCode: '0591', cityZh: '福州', cityEn: 'Fuzhou', provinceZh: '福建省', provinceEn: 'Fujian' },
    });
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^sid=[A-Za-z0-9_-]{43};/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
    expect(cookie).toContain('Path=/');
    expect(cookie).not.toContain('Secure');
  });

  it('stores only the hash of the cookie token', async () => {
    const pair = await h.signIn('counsellor2');
    const token = pair.slice('sid='.length);
    const rows = await h.store.query('select 1 from sessions where id = $1', [token]);
    expect(rows).toHaveLength(0);
  });

  it('is case-insensitive in the username', async () => {
    expect((await login('Counsellor3', demoPassword('counsellor3'))).status).toBe(200);
  });

  it('answers a wrong password and an unknown user alike', async () => {
    const wrong = await login('supervisor1', 'not-the-password');
    const unknown = await login('nobody-here', 'whatever');
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(await wrong.json()).toEqual({ error: { code: 'bad_credentials' } });
    expect(await unknown.json()).toEqual({ error: { code: 'bad_credentials' } });
  });

  it('makes one address wait longer after each failure past three, while the user signs in from their own', async () => {
    peer = '10.0.0.66';
    for (let i = 0; i < 3; i++) expect((await login('trainer1', 'wrong')).status).toBe(401);
    const waits: number[] = [];
    for (let i = 0; i < 4; i++) {
      const res = await login('trainer1', demoPassword('trainer1'));
      expect(res.status).toBe(429);
      const body = (await res.json()) as { error: { code: string; retryAfterSec: number } };
      expect(body.error.code).toBe('too_many_attempts');
      expect(res.headers.get('retry-after')).toBe(String(body.error.retryAfterSec));
      waits.push(body.error.retryAfterSec);
      // The wait is over: one more failure, and the next wait is twice as long.
      await h.store.query(`update sign_in_failures set at = at - interval '1 second' * ${body.error.retryAfterSec}`);
      expect((await login('trainer1', 'wrong')).status).toBe(401);
    }
    expect(waits).toEqual([1, 2, 4, 8]);
    peer = '10.0.0.7';
    expect((await login('trainer1', demoPassword('trainer1'))).status).toBe(200);
    peer = '127.0.0.1';
  });

  it('lets no more than the free tries past when they come all at once', async () => {
    peer = '10.0.0.67';
    const answers = await Promise.all(Array.from({ length: 8 }, () => login('counsellor1', 'wrong')));
    expect(answers.map((res) => res.status).sort()).toEqual([401, 401, 401, 429, 429, 429, 429, 429]);
    peer = '127.0.0.1';
  });

  it('stops an address inventing usernames before it costs a password hash each', async () => {
    peer = '10.0.0.68';
    for (let i = 0; i < 20; i++) expect((await login(`nobody-${i}`, 'x')).status).toBe(401);
    const res = await login('nobody-else', 'x');
    expect(res.status).toBe(429);
    expect(((await res.json()) as { error: { retryAfterSec: number } }).error.retryAfterSec).toBeGreaterThan(14 * 60);
    peer = '127.0.0.1';
  });

  it('answers the same tries alike whether the usernames exist or not, throttled or not', async () => {
    const known = ['counsellor1', 'counsellor2', 'counsellor3', 'trainer1', 'admin1'];
    const unknown = known.map((name) => `${name}-gone`);
    // Three wrong tries at each name, then names no one has (20 failures reach the address's
    // limit), then a fourth try at the first name.
    const tries = (names: string[]) => [...names.flatMap((name) => [name, name, name]), ...['p1', 'p2', 'p3', 'p4', 'p5', 'p6'], names[0] ?? ''];
    const answers = async (address: string, names: string[]) => {
      peer = address;
      const seen = [];
      for (const name of tries(names)) {
        const res = await login(name, 'wrong');
        const body = (await res.json()) as { error: { code: string; retryAfterSec?: number } };
        seen.push({ status: res.status, code: body.error.code, waitsMinutes: Math.round((body.error.retryAfterSec ?? 0) / 60) });
      }
      peer = '127.0.0.1';
      return seen;
    };
    const forKnown = await answers('10.0.0.71', known);
    expect(forKnown.map((answer) => answer.status)).toEqual([...Array(20).fill(401), 429, 429]);
    expect(await answers('10.0.0.72', unknown)).toEqual(forKnown);
  });

  it('does not count successful sign-ins from one address (a centre behind one router) towards its limit', async () => {
    peer = '10.0.0.70';
    for (let i = 0; i < 25; i++) expect((await login('counsellor3', demoPassword('counsellor3'))).status).toBe(200);
    expect((await login('counsellor3', 'wrong')).status).toBe(401);
    peer = '127.0.0.1';
  });

  it('audits sign-ins without storing what was typed', async () => {
    const rows = await h.store.query<{ action: string; detail: object }>(
      "select a.action, a.detail from audit_log a join staff s on s.id = a.staff_id where s.username = 'supervisor1'",
    );
    expect(rows).toEqual([{ action: 'session.login_failed', detail: {} }]);
  });
});

describe('input validation', () => {
  it('answers 400 with the contract message key for an over-long username', async () => {
    const res = await login('x'.repeat(65), 'pw');
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      error: { code: 'validation', issues: [{ path: ['username'], message: 'text.tooLong' }] },
    });
  });

  it('refuses control characters', async () => {
    const res = await login('counsellor1\u0007', 'pw');
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { issues: { message: string }[] } };
    expect(body.error.issues.map((i) => i.message)).toContain('text.controlChars');
  });

  it('names a missing field by zod issue code', async () => {
    const res = await h.call('POST', '/api/session', { body: { username: 'counsellor1' } });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      error: { code: 'validation', issues: [{ path: ['password'], message: 'invalid_type' }] },
    });
  });

  it('answers malformed JSON with 400', async () => {
    const res = await h.call('POST', '/api/session', { body: '{"username":' });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: { code: 'validation' } });
  });
});

describe('cross-site requests', () => {
  const body = JSON.stringify({ username: 'counsellor1', password: demoPassword('counsellor1') });

  it('refuses a request from another origin', async () => {
    const res = await h.call('POST', '/api/session', {
      body,
      headers: { host: 'desk.example', origin: 'https://evil.example' },
    });
    expect(res.status).toBe(403);
    expect(await res.json()).toEqual({ error: { code: 'forbidden' } });
  });

  it('accepts a request from its own origin', async () => {
    const res = await h.call('POST', '/api/session', {
      body,
      headers: { host: 'desk.example', origin: 'https://desk.example' },
    });
    expect(res.status).toBe(200);
  });

  it('refuses bodies that are not JSON, which is all an HTML form can send', async () => {
    const res = await h.call('POST', '/api/session', { body, headers: { 'content-type': 'text/plain' } });
    expect(res.status).toBe(415);
    expect(await res.json()).toEqual({ error: { code: 'unsupported_media_type' } });
    const bare = await h.call('POST', '/api/session', { body, headers: { 'content-type': '' } });
    expect(bare.status).toBe(415);
  });
});

describe('the signed-in session', () => {
  it('answers 401 to /api/me without a cookie or with a made-up one', async () => {
    expect((await h.call('GET', '/api/me')).status).toBe(401);
    const res = await h.call('GET', '/api/me', { cookie: 'sid=made-up' });
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ error: { code: 'unauthenticated' } });
  });

  it('slides the expiry forward on use', async () => {
    const cookie = await h.signIn('counsellor1');
    await h.store.query("update sessions set expires_at = now() + interval '1 minute'");
    expect((await h.call('GET', '/api/me', { cookie })).status).toBe(200);
    const [row] = await h.store.query<{ hours: number }>(
      'select max(extract(epoch from expires_at - now()) / 3600)::float8 as hours from sessions',
    );
    expect(row?.hours).toBeGreaterThan(15.9);
  });

  it('ends 24 hours after sign-in, however busy', async () => {
    const cookie = await h.signIn('supervisor1');
    const backdate = (age: string) =>
      h.store.query(`update sessions set created_at = now() - interval '${age}' where revoked_at is null and staff_id = (select id from staff where username = 'supervisor1')`);
    await backdate('23 hours 30 minutes');
    expect((await h.call('GET', '/api/me', { cookie })).status).toBe(200);
    const [row] = await h.store.query<{ minutes: number }>(
      "select max(extract(epoch from expires_at - now()) / 60)::float8 as minutes from sessions where staff_id = (select id from staff where username = 'supervisor1') and revoked_at is null",
    );
    expect(row?.minutes).toBeLessThanOrEqual(30);
    await backdate('24 hours 1 minute');
    expect((await h.call('GET', '/api/me', { cookie })).status).toBe(401);
  });

  it('keeps at most five live sessions per account: a sixth sign-in ends the oldest', async () => {
    const cookies = [];
    for (let i = 0; i < 6; i++) cookies.push(await h.signIn('admin1'));
    const statuses = await Promise.all(cookies.map(async (cookie) => (await h.call('GET', '/api/me', { cookie })).status));
    expect(statuses).toEqual([401, 200, 200, 200, 200, 200]);
  });

  it('ends when it expires', async () => {
    const cookie = await h.signIn('counsellor2');
    await h.store.query("update sessions set expires_at = now() - interval '1 second' where revoked_at is null");
    expect((await h.call('GET', '/api/me', { cookie })).status).toBe(401);
  });

  it('signs out: the cookie is cleared and no longer works', async () => {
    const cookie = await h.signIn('counsellor3');
    const res = await h.call('DELETE', '/api/session', { cookie });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true });
    expect(res.headers.get('set-cookie')).toMatch(/^sid=;.*Max-Age=0/);
    expect((await h.call('GET', '/api/me', { cookie })).status).toBe(401);
    expect((await h.call('DELETE', '/api/session', { cookie })).status).toBe(401);
  });
});

describe('secure cookies', () => {
  it('marks the cookie Secure when COOKIE_SECURE is on', async () => {
    const secure = await createHarness({ config: { cookieSecure: true } });
    try {
      const res = await secure.call('POST', '/api/session', {
        body: { username: 'counsellor1', password: demoPassword('counsellor1') },
      });
      expect(res.headers.get('set-cookie')).toContain('Secure');
    } finally {
      await secure.close();
    }
  });
});
