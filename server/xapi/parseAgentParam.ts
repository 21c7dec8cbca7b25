import { agentKey } from './agentKey.ts';
import { badRequest } from './xapiError.ts';
import type { ActorJson } from './xapiTypes.ts';

const IFIS = ['mbox', 'mbox_sha1sum', 'openid', 'account'] as const;

/**
 * Parses an `agent` parameter (JSON of an Agent, or of an identified Group where `allowGroup`) and
 * returns it with its key. Exactly one inverse functional identifier is required.
 */
export function parseAgentParam(value: string, name = 'agent', allowGroup = false): { agent: ActorJson; key: string } {
  let agent: unknown;
  try {
    agent = JSON.parse(value);
  } catch {
    throw badRequest(`Parameter "${name}" must be JSON of an Agent, e.g. {"mbox":"mailto:learner@example.com"}.`);
  }
  if (typeof agent !== 'object' || agent === null || Array.isArray(agent))
    throw badRequest(`Parameter "${name}" must be a JSON object.`);
  const a = agent as ActorJson & Record<string, unknown>;
  const type = a.objectType ?? 'Agent';
  if (type !== 'Agent' && !(allowGroup && type === 'Group'))
    throw badRequest(
      `Parameter "${name}" must be an Agent${allowGroup ? ' or identified Group' : ''}, got objectType "${String(type)}".`,
    );
  const used = IFIS.filter((ifi) => a[ifi] !== undefined);
  if (used.length !== 1)
    throw badRequest(`Parameter "${name}" must have exactly one of ${IFIS.join(', ')}; it has ${used.length}.`);
  if (a.mbox !== undefined && (typeof a.mbox !== 'string' || !a.mbox.startsWith('mailto:')))
    throw badRequest(`Parameter "${name}": mbox must be a "mailto:" IRI.`);
  if (a.account !== undefined && (typeof a.account?.homePage !== 'string' || typeof a.account?.name !== 'string')) {
    throw badRequest(`Parameter "${name}": account needs a homePage and a name.`);
  }
  for (const [k, v] of Object.entries(a)) {
    if (!['objectType', 'name', ...IFIS].includes(k)) throw badRequest(`Parameter "${name}": unknown property "${k}".`);
    if (k !== 'account' && typeof v !== 'string') throw badRequest(`Parameter "${name}": "${k}" must be a string.`);
  }
  return { agent: a, key: agentKey(a)! };
}
