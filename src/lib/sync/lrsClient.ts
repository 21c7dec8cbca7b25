import type { LearningStatement } from '../progress/statements';
import type { LrsAgent, LrsConnection } from './lrsConnectionSchema';
import { errorFromResponse, offlineError, SyncError } from './syncError';

/** A page of statements and the address of the next one, as the LRS returns them. */
export interface StatementPage {
  statements: LearningStatement[];
  more: string | undefined;
  consistentThrough: string | undefined;
}

/** A document of the xAPI State resource with its ETag (for If-Match). */
export interface StateDocument<T> {
  document: T;
  etag: string;
}

export type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

/** xAPI versions this client speaks, preferred first (2.0 statements Cohesion writes are valid 1.0.3). */
const VERSIONS = ['2.0.0', '1.0.3'] as const;

/**
 * The few xAPI calls sync needs, over any conformant LRS: post statement batches, read this
 * agent's statements since a point in time (following `more`), and read and write one State
 * document with optimistic concurrency. Every failure is a SyncError.
 */
export function createLrsClient(connection: LrsConnection, fetchImpl: Fetch = (input, init) => fetch(input, init)) {
  const base = new URL(connection.endpoint);
  const authorization = `Basic ${btoa(`${connection.username}:${connection.password}`)}`;
  let version: Promise<string> | undefined;
  // The About resource says which versions the LRS speaks; use the newest we share (1.0.3 LRSs
  // refuse a 2.0.0 header). Asked once per client; a failed ask is asked again next time.
  const negotiate = () =>
    (version ??= (async () => {
      let response: Response;
      try {
        response = await fetchImpl(new URL('about', base).toString(), {
          headers: { 'X-Experience-API-Version': VERSIONS[0] },
        });
      } catch (error) {
        version = undefined;
        throw offlineError('Asking the server which xAPI versions it speaks', error);
      }
      if (!response.ok) {
        version = undefined;
        throw errorFromResponse(
          response.status,
          await response.text(),
          'Asking the server which xAPI versions it speaks',
        );
      }
      const about = (await response.json()) as { version?: string[] };
      return (
        VERSIONS.find((v) => about.version?.some((offered) => offered === v || offered.startsWith(v.slice(0, 4)))) ??
        VERSIONS[1]
      );
    })());
  // Cohesion's server then answers a revoked credential with a plain 401 (no Basic challenge), which
  // sync turns into "connect again" instead of the browser holding the request behind a sign-in
  // dialog. Other LRSs get no extra header: it would need their CORS consent.
  const scriptHeaders: Record<string, string> =
    connection.kind === 'cohesion' ? { 'X-Requested-With': 'XMLHttpRequest' } : {};
  const request = async (what: string, url: URL, init: RequestInit = {}) => {
    // The credentials go to the LRS's own origin only, whatever URL a response points to.
    if (url.origin !== base.origin) {
      throw new SyncError('refused', `${what}: ${url.origin} ≠ ${base.origin}`, 'otherSite');
    }
    const xapiVersion = await negotiate();
    let response: Response;
    try {
      response = await fetchImpl(url.toString(), {
        ...init,
        headers: {
          'X-Experience-API-Version': xapiVersion,
          Authorization: authorization,
          ...scriptHeaders,
          ...init.headers,
        },
      });
    } catch (error) {
      throw offlineError(what, error);
    }
    return response;
  };
  const fail = async (what: string, response: Response) =>
    errorFromResponse(response.status, await response.text(), what);
  const agentParam = (agent: LrsAgent) => JSON.stringify(agent);

  return {
    /** Sends statements (their ids are set, so resending after a lost answer is harmless). */
    async postStatements(statements: readonly LearningStatement[]): Promise<void> {
      const what = `Sending ${statements.length} learning events`;
      const response = await request(what, new URL('statements', base), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(statements),
      });
      if (!response.ok) throw await fail(what, response);
      await response.body?.cancel();
    },

    /** One page of this agent's statements stored after `since` (oldest first), or the page at `more` (refused when on another origin). */
    async getStatements(
      query: { agent: LrsAgent; since?: string | undefined; limit?: number } | { more: string },
    ): Promise<StatementPage> {
      const what = 'Reading your learning events from the server';
      let url: URL;
      if ('more' in query) url = new URL(query.more, base);
      else {
        url = new URL('statements', base);
        url.searchParams.set('agent', agentParam(query.agent));
        url.searchParams.set('ascending', 'true');
        url.searchParams.set('limit', String(query.limit ?? 200));
        if (query.since) url.searchParams.set('since', query.since);
      }
      const response = await request(what, url);
      if (!response.ok) throw await fail(what, response);
      const body = (await response.json()) as { statements: LearningStatement[]; more?: string };
      return {
        statements: body.statements,
        more: body.more || undefined,
        consistentThrough: response.headers.get('X-Experience-API-Consistent-Through') ?? undefined,
      };
    },

    /** The State document, or undefined when there is none yet. */
    async getState<T>(activityId: string, agent: LrsAgent, stateId: string): Promise<StateDocument<T> | undefined> {
      const what = 'Reading your journey from the server';
      const url = new URL('activities/state', base);
      url.searchParams.set('activityId', activityId);
      url.searchParams.set('agent', agentParam(agent));
      url.searchParams.set('stateId', stateId);
      const response = await request(what, url);
      if (response.status === 404) {
        await response.body?.cancel();
        return undefined;
      }
      if (!response.ok) throw await fail(what, response);
      return { document: (await response.json()) as T, etag: response.headers.get('ETag') ?? '' };
    },

    /**
     * Writes the State document only if it is still the version we read (`etag`), or only if there
     * is none yet (`etag` undefined). Returns the new ETag, or "conflict" when another device wrote
     * it in the meantime (412).
     */
    async putState(
      activityId: string,
      agent: LrsAgent,
      stateId: string,
      document: unknown,
      etag: string | undefined,
    ): Promise<string | 'conflict'> {
      const what = 'Saving your journey on the server';
      const url = new URL('activities/state', base);
      url.searchParams.set('activityId', activityId);
      url.searchParams.set('agent', agentParam(agent));
      url.searchParams.set('stateId', stateId);
      const response = await request(what, url, {
        method: 'PUT',
        headers: { 'Content-Type': 'application/json', ...(etag ? { 'If-Match': etag } : { 'If-None-Match': '*' }) },
        body: JSON.stringify(document),
      });
      if (response.status === 412) {
        await response.body?.cancel();
        return 'conflict';
      }
      if (!response.ok) throw await fail(what, response);
      await response.body?.cancel();
      return response.headers.get('ETag') ?? '';
    },
  };
}
export type LrsClient = ReturnType<typeof createLrsClient>;
