import type { Authenticator } from '../auth/authenticator.ts';
import type { Principal } from '../auth/principal.ts';
import type { Repository } from '../storage/repository.ts';
import type { WriteRateLimiter } from './writeRateLimiter.ts';
import type { JsonObject } from './xapiTypes.ts';

/** What every xAPI route needs: storage, the credential check and the limits. */
export interface XapiContext {
  repository: Repository;
  authenticate: Authenticator;
  /** Statements per GET page (and the cap on `limit`). */
  pageSize: number;
  /** Statements per POST batch. */
  maxBatch: number;
  /** The IRL used as the homePage of authority accounts. */
  authorityHomePage: string;
  /** Spends the write allowance of learner and lead credentials (admins are not limited). */
  writeLimiter: WriteRateLimiter;
  /** Deepest JSON nesting accepted (bodies, multipart parts, parameters). */
  maxJsonDepth: number;
  /** The definition the site publishes for one of its own activities (it wins over any statement's), or undefined. */
  publishedDefinition(activityId: string): Promise<JsonObject | undefined>;
}

/** What the xAPI hooks learned about a request: its negotiated version and (except for About) the caller. */
export interface XapiRequestState {
  version: '2.0.0' | '1.0.3';
  principal: Principal | undefined;
}

declare module 'fastify' {
  interface FastifyRequest {
    xapi: XapiRequestState;
  }
}
