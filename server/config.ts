import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { CentreSettings } from '../src/contract';
import { provinces, type ProvinceKey } from './provinces';

export interface Config {
  host: string;
  port: number;
  /** PGlite data directory; ignored when `databaseUrl` is set. */
  dataDir: string;
  databaseUrl: string | undefined;
  pbxWsUrl: string;
  /**
   * PBX_HTTP_URL: where the API releases a queued call (the PBX's xhttp route, loopback + secret).
   * Defaults to the WebSocket address over http, which is where Kamailio serves HTTP too.
   */
  pbxHttpUrl: string;
  /** SIP domain, also the digest realm. */
  pbxDomain: string;
  pbxSharedSecret: string;
  staticDir: string;
  cookieSecure: boolean;
  /**
   * TRUSTED_PROXIES: addresses of reverse proxies in front of the API. A request from one of them
   * is counted under the client address it names in X-Forwarded-For (the right-most entry that is
   * not itself a trusted proxy); from anyone else the header is ignored, since a client can send it.
   */
  trustedProxies: string[];
  seedDemo: boolean;
  /**
   * BOOTSTRAP_ADMIN: the username of a real deployment's first admin, created on start when no
   * admin can sign in; its one-time password is printed once to the server's output (README).
   */
  bootstrapAdmin: string | undefined;
  /**
   * DEMO_PRETEND_NUMBERS: trainers and admins may register their browser as any number that is
   * no staff extension or public line — 110, 120, a caller's mobile — for the caller simulator and
   * the end-to-end tests. Only for a practice server whose PBX reaches no real service: there the
   * directory's 110/120 are the trainer's practice services. Off by default; on only in `npm start`
   * and the e2e rig, and only together with the demo accounts (whose passwords are public, so such
   * a server can never be a live one).
   */
  demoPretendNumbers: boolean;
  sipRegisterExpiresSec: number;
  province: ProvinceKey;
  /**
   * Key of the HMAC that turns caller numbers into lookup hashes. Unset: the server makes one up
   * once and keeps it in the database. Changing it later cuts every caller off from their history.
   */
  callerHashPepper: string | undefined;
  /**
   * WRAP_UP_LIMIT_SEC, WRAP_UP_EXTENSION_SEC, DEBRIEF_BREAK_SEC: for tests and demos that cannot
   * wait five minutes. Each one set is written into every centre's settings at every start,
   * replacing the default and whatever an admin chose for that field.
   */
  centreSettingsOverrides: CentreSettingsOverrides;
  /** RETENTION_EVERY_MIN: how often the retention job strips records past their centre's period. */
  retentionEveryMin: number;
}

export type CentreSettingsOverrides = Partial<Pick<CentreSettings, 'wrapUpLimitSec' | 'wrapUpExtensionSec' | 'debriefBreakSec'>>;

/** The contract's own bounds, so an override can never store settings the API would refuse. */
const seconds = (field: z.ZodNumber) => z.coerce.number().pipe(field).optional();

const flag = z.enum(['true', 'false', '1', '0', 'yes', 'no']).transform((v) => ['true', '1', 'yes'].includes(v));

const Env = z.object({
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(1).max(65535).default(8356),
  DATA_DIR: z.string().min(1).default('./data/pglite'),
  DATABASE_URL: z.string().min(1).optional(),
  PBX_WS_URL: z.string().regex(/^wss?:\/\/[^\s/]+/).default('ws://127.0.0.1:8357'),
  PBX_HTTP_URL: z.string().regex(/^https?:\/\/[^\s/]+$/).optional(),
  PBX_DOMAIN: z.string().regex(/^[A-Za-z0-9.-]+$/).default('12356.local'),
  PBX_SHARED_SECRET: z.string().min(16).optional(),
  STATIC_DIR: z.string().min(1).default('./dist'),
  COOKIE_SECURE: flag.optional(),
  TRUSTED_PROXIES: z
    .string()
    .default('')
    .transform((value) => value.split(',').map((entry) => entry.trim()).filter(Boolean)),
  SEED_DEMO: flag.default(true),
  BOOTSTRAP_ADMIN: z.string().regex(/^[a-z][a-z0-9._-]{2,31}$/).optional(),
  DEMO_PRETEND_NUMBERS: flag.default(false),
  SIP_REGISTER_EXPIRES: z.coerce.number().int().min(60).max(3600).default(300),
  PROVINCE: z.enum(Object.keys(provinces) as [ProvinceKey, ...ProvinceKey[]]).default('fujian'),
  CALLER_HASH_PEPPER: z.string().min(16).optional(),
  WRAP_UP_LIMIT_SEC: seconds(CentreSettings.shape.wrapUpLimitSec),
  WRAP_UP_EXTENSION_SEC: seconds(CentreSettings.shape.wrapUpExtensionSec),
  DEBRIEF_BREAK_SEC: seconds(CentreSettings.shape.debriefBreakSec),
  RETENTION_EVERY_MIN: z.coerce.number().int().min(1).max(1440).default(60),
});

function httpOrigin(wsUrl: string): string {
  const url = new URL(wsUrl);
  return `${url.protocol === 'wss:' ? 'https' : 'http'}://${url.host}`;
}

export function isLoopback(address: string | undefined): boolean {
  if (!address) return false;
  return (
    address === 'localhost' ||
    address === '::1' ||
    address.startsWith('127.') ||
    address.startsWith('::ffff:127.')
  );
}

/** Reads the environment; throws naming the bad variables (never their values, which may hold secrets). */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = Env.safeParse(env);
  if (!parsed.success) {
    const names = [...new Set(parsed.error.issues.map((issue) => String(issue.path[0])))];
    throw new Error(`Invalid configuration: ${names.join(', ')}`);
  }
  const e = parsed.data;
  // Behind a proxy the listening address says nothing about whether browsers speak TLS.
  if (e.TRUSTED_PROXIES.length > 0 && e.COOKIE_SECURE === undefined) {
    throw new Error('Invalid configuration: COOKIE_SECURE must be set when TRUSTED_PROXIES is (true behind a TLS proxy)');
  }
  if (e.DEMO_PRETEND_NUMBERS && !e.SEED_DEMO) {
    throw new Error('Invalid configuration: DEMO_PRETEND_NUMBERS needs SEED_DEMO (a practice server only)');
  }
  return {
    host: e.HOST,
    port: e.PORT,
    dataDir: e.DATA_DIR,
    databaseUrl: e.DATABASE_URL,
    pbxWsUrl: e.PBX_WS_URL,
    pbxHttpUrl: e.PBX_HTTP_URL ?? httpOrigin(e.PBX_WS_URL),
    pbxDomain: e.PBX_DOMAIN,
    // A fresh secret per process keeps a forgotten default from ever opening the PBX callbacks.
    pbxSharedSecret: e.PBX_SHARED_SECRET ?? randomBytes(32).toString('base64url'),
    staticDir: e.STATIC_DIR,
    // Browsers drop Secure cookies on plain http, which is what a loopback dev server speaks; a
    // loopback server behind a TLS proxy has TRUSTED_PROXIES and so must say (checked above).
    cookieSecure: e.COOKIE_SECURE ?? !isLoopback(e.HOST),
    trustedProxies: e.TRUSTED_PROXIES,
    seedDemo: e.SEED_DEMO,
    bootstrapAdmin: e.BOOTSTRAP_ADMIN,
    demoPretendNumbers: e.DEMO_PRETEND_NUMBERS,
    sipRegisterExpiresSec: e.SIP_REGISTER_EXPIRES,
    province: e.PROVINCE,
    callerHashPepper: e.CALLER_HASH_PEPPER,
    centreSettingsOverrides: {
      ...(e.WRAP_UP_LIMIT_SEC !== undefined && { wrapUpLimitSec: e.WRAP_UP_LIMIT_SEC }),
      ...(e.WRAP_UP_EXTENSION_SEC !== undefined && { wrapUpExtensionSec: e.WRAP_UP_EXTENSION_SEC }),
      ...(e.DEBRIEF_BREAK_SEC !== undefined && { debriefBreakSec: e.DEBRIEF_BREAK_SEC }),
    },
    retentionEveryMin: e.RETENTION_EVERY_MIN,
  };
}
