import { agentKey, memberKeys } from './agentKey.ts';
import type { ActorJson, Json, JsonObject, StatementJson } from './xapiTypes.ts';
import { VOIDED_VERB } from './xapiTypes.ts';

/** `direct` rows answer the plain agent/activity filters; `related` rows only the related_* forms. */
export type Relation = 'direct' | 'related';

/** The columns and rows storage keeps beside a statement so every GET filter is an index lookup. */
export interface StatementIndex {
  verbId: string;
  registration: string | null;
  /** The statement this one targets with a StatementRef object, if any. */
  targetId: string | null;
  /** Whether this is a voiding statement (verb voided, StatementRef object). */
  voids: boolean;
  agents: { key: string; relation: Relation }[];
  activities: { id: string; relation: Relation }[];
  /** Activity definitions carried by the statement, for the canonical definitions the Activities resource returns. */
  definitions: { id: string; definition: JsonObject }[];
  /** Names the statement gives identified agents, for the Person object the Agents resource returns. */
  names: { key: string; name: string }[];
}

const isObject = (value: Json | undefined): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function addActor(index: StatementIndex, actor: Json | ActorJson | undefined, relation: Relation) {
  if (!isObject(actor as Json)) return;
  const own = agentKey(actor as ActorJson);
  if (own !== undefined) index.agents.push({ key: own, relation });
  // A Group's members are only related: otherwise anyone could put a statement into a member's own (direct) queries.
  for (const key of memberKeys(actor as ActorJson)) index.agents.push({ key, relation: 'related' });
}

function addContext(index: StatementIndex, context: Json | undefined) {
  if (!isObject(context)) return;
  addActor(index, context.instructor, 'related');
  addActor(index, context.team, 'related');
  for (const entry of Array.isArray(context.contextAgents) ? context.contextAgents : [])
    if (isObject(entry)) addActor(index, entry.agent, 'related');
  for (const entry of Array.isArray(context.contextGroups) ? context.contextGroups : [])
    if (isObject(entry)) addActor(index, entry.group, 'related');
  const activities = context.contextActivities;
  if (isObject(activities)) {
    for (const list of Object.values(activities)) {
      for (const activity of Array.isArray(list) ? list : [list]) {
        if (isObject(activity) && typeof activity.id === 'string') {
          index.activities.push({ id: activity.id, relation: 'related' });
          addDefinition(index, activity);
        }
      }
    }
  }
}

function addDefinition(index: StatementIndex, activity: JsonObject) {
  if (typeof activity.id === 'string' && isObject(activity.definition))
    index.definitions.push({ id: activity.id, definition: activity.definition });
}

function addObject(index: StatementIndex, object: JsonObject, relation: Relation) {
  const type = object.objectType ?? 'Activity';
  if (type === 'Activity' && typeof object.id === 'string') {
    index.activities.push({ id: object.id, relation });
    addDefinition(index, object);
  }
  if (type === 'Agent' || type === 'Group') addActor(index, object, relation);
}

/** Extracts what the statement filters look at (spec: GET Statements, agent/activity/related_* rules). */
export function indexStatement(statement: StatementJson): StatementIndex {
  const context = statement.context;
  const registration =
    isObject(context) && typeof context.registration === 'string' ? context.registration.toLowerCase() : null;
  const object = statement.object;
  const targetId =
    object.objectType === 'StatementRef' && typeof object.id === 'string' ? object.id.toLowerCase() : null;
  const index: StatementIndex = {
    verbId: statement.verb.id,
    registration,
    targetId,
    voids: statement.verb.id === VOIDED_VERB && targetId !== null,
    agents: [],
    activities: [],
    definitions: [],
    names: [],
  };
  addActor(index, statement.actor, 'direct');
  const actorKey = agentKey(statement.actor);
  if (actorKey !== undefined && statement.actor.name !== undefined)
    index.names.push({ key: actorKey, name: statement.actor.name });
  addObject(index, object, 'direct');
  addActor(index, statement.authority, 'related');
  addContext(index, context);
  if (object.objectType === 'SubStatement') {
    addActor(index, object.actor, 'related');
    if (isObject(object.object)) addObject(index, object.object, 'related');
    addContext(index, object.context);
  }
  // A direct match also satisfies the related_* form, so direct rows are stored once and both queries read them.
  const seen = new Set<string>();
  index.agents = index.agents.filter((a) => !seen.has(`a${a.relation}${a.key}`) && seen.add(`a${a.relation}${a.key}`));
  index.activities = index.activities.filter(
    (a) => !seen.has(`v${a.relation}${a.id}`) && seen.add(`v${a.relation}${a.id}`),
  );
  return index;
}
