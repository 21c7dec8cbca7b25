import type { StatementFilter } from '../storage/repository.ts';
import { parseAgentParam } from './parseAgentParam.ts';
import { booleanParam, readParams, timestampParam } from './readParams.ts';
import { badRequest } from './xapiError.ts';

export type StatementFormat = 'ids' | 'exact' | 'canonical';

/** What a GET on the Statement resource asks for: one statement, or a filtered page. */
export type StatementRequest =
  | { kind: 'single'; id: string; voided: boolean; format: StatementFormat; attachments: boolean }
  | {
      kind: 'query';
      filter: StatementFilter;
      format: StatementFormat;
      attachments: boolean;
      params: Map<string, string>;
    };

const SINGLE = ['statementId', 'voidedStatementId'];
const FILTERS = [
  'agent',
  'verb',
  'activity',
  'registration',
  'related_activities',
  'related_agents',
  'since',
  'until',
  'limit',
  'ascending',
];
const ALWAYS = ['format', 'attachments'];
/** Our own paging parameter, carried in `more` URLs. */
export const CURSOR_PARAM = 'cursor';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Parses and checks the parameters of GET statements (spec: GET Statements): statementId and
 * voidedStatementId exclude each other and every filter; limit 0 means the server's page size.
 */
export function parseStatementQuery(search: string, pageSize: number): StatementRequest {
  const params = readParams(search, [...SINGLE, ...FILTERS, ...ALWAYS, CURSOR_PARAM]);
  const format = (params.get('format') ?? 'exact') as StatementFormat;
  if (!['ids', 'exact', 'canonical'].includes(format))
    throw badRequest(`Parameter "format" must be ids, exact or canonical, got "${format}".`);
  const attachments = booleanParam(params, 'attachments', false);

  const statementId = params.get('statementId');
  const voidedStatementId = params.get('voidedStatementId');
  if (statementId !== undefined || voidedStatementId !== undefined) {
    if (statementId !== undefined && voidedStatementId !== undefined)
      throw badRequest('Send statementId or voidedStatementId, not both.');
    const extra = [...params.keys()].filter((k) => !SINGLE.includes(k) && !ALWAYS.includes(k));
    if (extra.length > 0)
      throw badRequest(
        `statementId/voidedStatementId cannot be combined with ${extra.join(', ')} (only format and attachments).`,
      );
    const id = (statementId ?? voidedStatementId)!;
    if (!UUID.test(id)) throw badRequest(`Statement ids are UUIDs, got "${id}".`);
    return { kind: 'single', id: id.toLowerCase(), voided: voidedStatementId !== undefined, format, attachments };
  }

  const limitText = params.get('limit') ?? '0';
  if (!/^\d+$/.test(limitText))
    throw badRequest(`Parameter "limit" must be a non-negative integer, got "${limitText}".`);
  const limit = Number(limitText) === 0 ? pageSize : Math.min(Number(limitText), pageSize);
  const registration = params.get('registration');
  if (registration !== undefined && !UUID.test(registration))
    throw badRequest(`Parameter "registration" must be a UUID, got "${registration}".`);
  const cursor = params.get(CURSOR_PARAM);
  if (cursor !== undefined && !/^\d+$/.test(cursor))
    throw badRequest('Parameter "cursor" is not one this server issued: follow the "more" URL as given.');
  const agent = params.get('agent');
  const filter: StatementFilter = {
    relatedAgents: booleanParam(params, 'related_agents', false),
    relatedActivities: booleanParam(params, 'related_activities', false),
    ascending: booleanParam(params, 'ascending', false),
    limit,
  };
  if (agent !== undefined) filter.agentKey = parseAgentParam(agent, 'agent', true).key;
  const verb = params.get('verb');
  if (verb !== undefined) filter.verbId = verb;
  const activity = params.get('activity');
  if (activity !== undefined) filter.activityId = activity;
  if (registration !== undefined) filter.registration = registration.toLowerCase();
  const since = timestampParam(params, 'since');
  if (since !== undefined) filter.sinceMs = since;
  const until = timestampParam(params, 'until');
  if (until !== undefined) filter.untilMs = until;
  if (cursor !== undefined) filter.after = Number(cursor);
  return { kind: 'query', filter, format, attachments, params };
}
