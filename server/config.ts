import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { z } from 'zod';
import { describeZodError } from '../src/lib/describeZodError.ts';
import { DEFAULT_HASH_COST, MAX_HASH_COST } from './auth/hashSecret.ts';

/** A whole-number setting from `min` (1 unless given) to `max`, `fallback` when the variable is unset. */
const integer = (fallback: number, { min = 1, max = Number.MAX_SAFE_INTEGER } = {}) =>
  z.coerce.number().int().min(min).max(max).default(fallback);
const text = (fallback: string) => z.string().default(fallback);

/** The server's settings, all from environment variables with working defaults (no setup needed). */
export const configSchema = z.object({
  PORT: integer(4321, { min: 0, max: 65535 }).describe('HTTP port'),
  HOST: text('localhost').describe('interface to bind; 0.0.0.0 to accept other machines'),
  DATABASE_URL: z.string().optional().describe('postgres://… to store in PostgreSQL instead of SQLite'),
  COHESION_DB_FILE: text('.data/cohesion.sqlite').describe('SQLite database file (when DATABASE_URL is unset)'),
  COHESION_SITE_DIR: text('dist').describe('built site to serve; skipped when missing'),
  COHESION_PUBLIC_URL: z.url().optional().describe('public base URL, used as the homePage of authority accounts'),
  CORS_ORIGINS: text('').describe(
    'comma-separated origins allowed to call /xapi/ and /api/ from a site served elsewhere',
  ),
  MAX_BODY_BYTES: integer(20 * 1024 * 1024).describe('largest request body (statements with attachments, documents)'),
  MAX_BATCH: integer(1000).describe('most statements in one POST'),
  PAGE_SIZE: integer(500).describe('statements per GET page'),
  AUTH_FAILURES_PER_MINUTE: integer(20).describe('failed credential checks from one address before 429'),
  WRITES_PER_MINUTE: integer(3000).describe(
    "statements and document writes one learner or lead credential may make per minute (a minute's worth at once) before 429",
  ),
  MAX_JSON_DEPTH: integer(64).describe(
    'deepest nesting of objects/arrays accepted in a JSON body or parameter (400 beyond)',
  ),
  REQUEST_TIMEOUT_MS: integer(120_000).describe('longest time to receive a whole request (408 beyond)'),
  CONNECTION_TIMEOUT_MS: integer(60_000).describe(
    'longest a socket may stay silent (client or server) before it is closed; keep it above the slowest request',
  ),
  WORKFORCE_MIN_GROUP: integer(5).describe(
    'smallest group of learners the workforce figures show; smaller groups are hidden',
  ),
  CASE_SUBMISSIONS_PER_HOUR: integer(10).describe(
    'field cases one learner (all their devices together) may submit or resubmit in an hour before 429',
  ),
  CREDENTIAL_CACHE_MS: integer(60_000, { min: 0, max: 60_000 }).describe(
    'how long a checked credential is trusted without reading it again: a removed user is refused within this time',
  ),
  DB_POOL_SIZE: integer(10).describe(
    'PostgreSQL connections this process may hold (keep processes × size under max_connections)',
  ),
  DB_STATEMENT_TIMEOUT_MS: integer(30_000).describe(
    'PostgreSQL statement_timeout of every connection: a query running longer is cancelled (503, nothing recorded)',
  ),
  PASSWORD_HASH_COST: integer(DEFAULT_HASH_COST, { min: 2, max: MAX_HASH_COST })
    .refine((n) => (n & (n - 1)) === 0, 'must be a power of two')
    .describe(
      'scrypt cost N of newly stored passwords and device secrets (a power of two); lower it only for tests, stored hashes keep their own',
    ),
  SESSION_HOURS: integer(12).describe('how long a browser sign-in (lead or admin) lasts before signing in again'),
  COHESION_SECRET: z
    .string()
    .min(32)
    .optional()
    .describe('key binding CSRF tokens to sessions; set the same value on every process behind one address'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'silent']).default('info'),
});

/** Resolved configuration. */
export interface ServerConfig {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dbFile: string;
  dbPoolSize: number;
  credentialCacheMs: number;
  dbStatementTimeoutMs: number;
  siteDir: string;
  publicUrl: string;
  corsOrigins: string[];
  maxBodyBytes: number;
  maxBatch: number;
  pageSize: number;
  authFailuresPerMinute: number;
  writesPerMinute: number;
  maxJsonDepth: number;
  requestTimeoutMs: number;
  connectionTimeoutMs: number;
  workforceMinGroup: number;
  caseSubmissionsPerHour: number;
  sessionHours: number;
  /** scrypt cost N that new password and device-secret hashes are made with (PASSWORD_HASH_COST). */
  passwordHashCost: number;
  /** COHESION_SECRET, or a random key per process when unset. */
  csrfKey: string;
  logLevel: string;
}

/** Reads the configuration from an environment, with a message naming the variable when one is wrong. */
export function readConfig(env: Record<string, string | undefined>, cwd = process.cwd()): ServerConfig {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    throw new Error(
      `Invalid server configuration (environment variables): ${describeZodError(parsed.error, 'environment')}`,
    );
  }
  const c = parsed.data;
  return {
    port: c.PORT,
    host: c.HOST,
    databaseUrl: c.DATABASE_URL === '' ? undefined : c.DATABASE_URL,
    dbFile: resolve(cwd, c.COHESION_DB_FILE),
    dbPoolSize: c.DB_POOL_SIZE,
    credentialCacheMs: c.CREDENTIAL_CACHE_MS,
    dbStatementTimeoutMs: c.DB_STATEMENT_TIMEOUT_MS,
    siteDir: resolve(cwd, c.COHESION_SITE_DIR),
    publicUrl: c.COHESION_PUBLIC_URL ?? `http://${c.HOST}:${c.PORT}`,
    corsOrigins: c.CORS_ORIGINS.split(',')
      .map((o) => o.trim())
      .filter((o) => o !== ''),
    maxBodyBytes: c.MAX_BODY_BYTES,
    maxBatch: c.MAX_BATCH,
    pageSize: c.PAGE_SIZE,
    authFailuresPerMinute: c.AUTH_FAILURES_PER_MINUTE,
    writesPerMinute: c.WRITES_PER_MINUTE,
    maxJsonDepth: c.MAX_JSON_DEPTH,
    requestTimeoutMs: c.REQUEST_TIMEOUT_MS,
    connectionTimeoutMs: c.CONNECTION_TIMEOUT_MS,
    workforceMinGroup: c.WORKFORCE_MIN_GROUP,
    caseSubmissionsPerHour: c.CASE_SUBMISSIONS_PER_HOUR,
    sessionHours: c.SESSION_HOURS,
    passwordHashCost: c.PASSWORD_HASH_COST,
    csrfKey: c.COHESION_SECRET ?? randomBytes(32).toString('base64url'),
    logLevel: c.LOG_LEVEL,
  };
}
