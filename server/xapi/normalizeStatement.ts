import type { ActorJson, JsonObject, StatementJson } from './xapiTypes.ts';

const CONTEXT_ACTIVITY_KEYS = ['parent', 'grouping', 'category', 'other'] as const;

function withArrayContextActivities(context: JsonObject | undefined): JsonObject | undefined {
  const activities = context?.contextActivities;
  if (context === undefined || typeof activities !== 'object' || activities === null || Array.isArray(activities))
    return context;
  const fixed: JsonObject = { ...activities };
  for (const key of CONTEXT_ACTIVITY_KEYS) {
    const value = fixed[key];
    if (value !== undefined && !Array.isArray(value)) fixed[key] = [value];
  }
  return { ...context, contextActivities: fixed };
}

/**
 * Rewrites the forms xAPI lets a client send in two ways into the one the LRS stores: a single
 * context activity becomes an array of one (1.0.x allowed the object form), a statement id is
 * lower-cased. Runs before validation so 1.0.3 clients are accepted.
 */
export function normalizeIncoming(raw: unknown): unknown {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return raw;
  const statement = { ...(raw as Record<string, unknown>) };
  if (typeof statement.id === 'string') statement.id = statement.id.toLowerCase();
  if (typeof statement.context === 'object' && statement.context !== null) {
    statement.context = withArrayContextActivities(statement.context as JsonObject);
  }
  const object = statement.object as Record<string, unknown> | undefined;
  if (object?.objectType === 'SubStatement' && typeof object.context === 'object' && object.context !== null) {
    statement.object = { ...object, context: withArrayContextActivities(object.context as JsonObject) };
  }
  return statement;
}

/** What the LRS fills in on a statement it accepts (all but `stored`, which storage sets when it commits). */
export interface Stamp {
  id: string;
  authority: ActorJson;
  version: string;
}

/** Sets id, authority and version as the spec requires: authority always from the credentials. */
export function stampStatement(statement: StatementJson, stamp: Stamp): StatementJson {
  return {
    ...statement,
    id: statement.id ?? stamp.id,
    authority: stamp.authority,
    version: statement.version ?? stamp.version,
  };
}

/** Sets `stored`, and `timestamp` to it when the client sent none. */
export function setStored(statement: StatementJson, stored: string): StatementJson {
  return { ...statement, stored, timestamp: statement.timestamp ?? stored };
}
