import { describe, expect, it } from 'vitest';
import { loadConfig } from './config';

describe('loadConfig', () => {
  it('has defaults for a loopback dev server', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      host: '127.0.0.1',
      port: 8356,
      dataDir: './data/pglite',
      databaseUrl: undefined,
      pbxWsUrl: 'ws://127.0.0.1:8357',
      pbxHttpUrl: 'http://127.0.0.1:8357',
      pbxDomain: '12356.local',
      staticDir: './dist',
      cookieSecure: false,
      seedDemo: true,
      demoPretendNumbers: false,
      sipRegisterExpiresSec: 300,
      province: 'fujian',
    });
  });

  it('turns pretend numbers on only when asked, and only on a server with the demo accounts', () => {
    expect(loadConfig({ DEMO_PRETEND_NUMBERS: 'true' }).demoPretendNumbers).toBe(true);
    expect(() => loadConfig({ DEMO_PRETEND_NUMBERS: 'true', SEED_DEMO: 'false' })).toThrow(/DEMO_PRETEND_NUMBERS needs SEED_DEMO/);
  });

  it('reads the trusted reverse proxies, none by default', () => {
    expect(loadConfig({}).trustedProxies).toEqual([]);
    expect(loadConfig({ TRUSTED_PROXIES: '10.0.0.2, ::1', COOKIE_SECURE: 'true' }).trustedProxies).toEqual(['10.0.0.2', '::1']);
    // A loopback server behind a TLS proxy must not guess that its cookies travel over plain http.
    expect(() => loadConfig({ TRUSTED_PROXIES: '127.0.0.1' })).toThrow(/COOKIE_SECURE must be set/);
  });

  it('makes up a fresh PBX secret per process when none is given', () => {
    const a = loadConfig({}).pbxSharedSecret;
    expect(a.length).toBeGreaterThanOrEqual(32);
    expect(loadConfig({}).pbxSharedSecret).not.toBe(a);
    expect(loadConfig({ PBX_SHARED_SECRET: 'given-secret-0123456' }).pbxSharedSecret).toBe('given-secret-0123456');
  });

  it('sends Secure cookies by default when listening beyond loopback', () => {
    expect(loadConfig({ HOST: '0.0.0.0' }).cookieSecure).toBe(true);
    expect(loadConfig({ HOST: '0.0.0.0', COOKIE_SECURE: 'false' }).cookieSecure).toBe(false);
  });

  it('reads flags and numbers', () => {
    expect(loadConfig({ SEED_DEMO: 'false', PORT: '9000', SIP_REGISTER_EXPIRES: '600' })).toMatchObject({
      seedDemo: false,
      port: 9000,
      sipRegisterExpiresSec: 600,
    });
  });

  it('names bad variables without echoing their values', () => {
    expect(() => loadConfig({ PORT: 'eighty', PBX_SHARED_SECRET: 'short' })).toThrow(
      'Invalid configuration: PORT, PBX_SHARED_SECRET',
    );
    expect(() => loadConfig({ PBX_SHARED_SECRET: 'short' })).not.toThrow(/short/);
    expect(() => loadConfig({ CALLER_HASH_PEPPER: 'too-short' })).toThrow('Invalid configuration: CALLER_HASH_PEPPER');
  });

  it('reads wrap-up and debrief overrides within the contract’s bounds, and none by default', () => {
    expect(loadConfig({}).centreSettingsOverrides).toEqual({});
    expect(loadConfig({ WRAP_UP_LIMIT_SEC: '15', WRAP_UP_EXTENSION_SEC: '10', DEBRIEF_BREAK_SEC: '60' }).centreSettingsOverrides).toEqual({
      wrapUpLimitSec: 15,
      wrapUpExtensionSec: 10,
      debriefBreakSec: 60,
    });
    expect(() => loadConfig({ WRAP_UP_LIMIT_SEC: '5', DEBRIEF_BREAK_SEC: 'soon' })).toThrow('Invalid configuration: WRAP_UP_LIMIT_SEC, DEBRIEF_BREAK_SEC');
  });

  it('leaves the caller-number pepper to the database unless one is given', () => {
    expect(loadConfig({}).callerHashPepper).toBeUndefined();
    expect(loadConfig({ CALLER_HASH_PEPPER: 'pepper-0123456789abcdef' }).callerHashPepper).toBe('pepper-0123456789abcdef');
  });
});
