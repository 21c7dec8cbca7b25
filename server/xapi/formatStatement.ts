import type { StatementFormat } from './parseStatementQuery.ts';
import type { ActorJson, Json, JsonObject, StatementJson } from './xapiTypes.ts';

const isObject = (v: Json | undefined): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

function idsActor(actor: ActorJson): ActorJson {
  const out: ActorJson = {};
  if (actor.objectType !== undefined) out.objectType = actor.objectType;
  for (const ifi of ['mbox', 'mbox_sha1sum', 'openid', 'account'] as const)
    if (actor[ifi] !== undefined) (out as Record<string, unknown>)[ifi] = actor[ifi];
  if (
    actor.objectType === 'Group' &&
    out.mbox === undefined &&
    out.mbox_sha1sum === undefined &&
    out.openid === undefined &&
    out.account === undefined
  ) {
    out.member = (actor.member ?? []).map(idsActor);
  }
  return out;
}

/** Picks one language from a language map by the Accept-Language preferences (then `und`, then the first). */
export function pickLanguage(map: JsonObject, languages: readonly string[]): JsonObject {
  const keys = Object.keys(map);
  if (keys.length <= 1) return map;
  for (const wanted of languages) {
    const exact = keys.find((k) => k.toLowerCase() === wanted.toLowerCase());
    if (exact !== undefined) return { [exact]: map[exact]! };
    const prefix = keys.find((k) => k.toLowerCase().split('-')[0] === wanted.toLowerCase().split('-')[0]);
    if (prefix !== undefined) return { [prefix]: map[prefix]! };
  }
  const fallback = keys.includes('und') ? 'und' : keys[0]!;
  return { [fallback]: map[fallback]! };
}

function canonicalDefinition(definition: JsonObject, languages: readonly string[]): JsonObject {
  const out: JsonObject = { ...definition };
  for (const key of ['name', 'description'] as const) {
    const map = out[key];
    if (isObject(map)) out[key] = pickLanguage(map, languages);
  }
  for (const key of ['choices', 'scale', 'source', 'target', 'steps'] as const) {
    const list = out[key];
    if (Array.isArray(list)) {
      out[key] = list.map((c) =>
        isObject(c) && isObject(c.description) ? { ...c, description: pickLanguage(c.description, languages) } : c,
      );
    }
  }
  return out;
}

/** Options for rendering statements in a format: canonical needs the LRS's definitions and the client's languages. */
export interface FormatOptions {
  format: StatementFormat;
  languages: readonly string[];
  definitions: ReadonlyMap<string, JsonObject>;
}

function formatActivity(activity: JsonObject, options: FormatOptions): JsonObject {
  // An Activity in the ids format is its id alone (spec: GET Statements `format`).
  if (options.format === 'ids') return { id: activity.id ?? null };
  const id = String(activity.id);
  const definition = options.definitions.get(id) ?? (isObject(activity.definition) ? activity.definition : undefined);
  const out: JsonObject = { ...activity };
  if (definition !== undefined) out.definition = canonicalDefinition(definition, options.languages);
  return out;
}

function formatObject(object: JsonObject, options: FormatOptions): JsonObject {
  const type = object.objectType ?? 'Activity';
  if (type === 'Activity') return formatActivity(object, options);
  if (type === 'Agent' || type === 'Group')
    return options.format === 'ids' ? (idsActor(object as ActorJson) as JsonObject) : object;
  if (type === 'SubStatement') return formatBody(object as unknown as StatementJson, options) as unknown as JsonObject;
  return object;
}

function formatContext(context: JsonObject, options: FormatOptions): JsonObject {
  const out: JsonObject = { ...context };
  if (options.format === 'ids') {
    for (const key of ['instructor', 'team'] as const)
      if (isObject(out[key])) out[key] = idsActor(out[key] as ActorJson) as JsonObject;
    for (const [key, inner] of [
      ['contextAgents', 'agent'],
      ['contextGroups', 'group'],
    ] as const) {
      const list = out[key];
      if (Array.isArray(list))
        out[key] = list.map((e) =>
          isObject(e) && isObject(e[inner]) ? { ...e, [inner]: idsActor(e[inner] as ActorJson) as JsonObject } : e,
        );
    }
  }
  const activities = out.contextActivities;
  if (isObject(activities)) {
    const fixed: JsonObject = {};
    for (const [k, list] of Object.entries(activities))
      fixed[k] = Array.isArray(list) ? list.map((a) => (isObject(a) ? formatActivity(a, options) : a)) : list;
    out.contextActivities = fixed;
  }
  return out;
}

function formatBody(statement: StatementJson, options: FormatOptions): StatementJson {
  const out: StatementJson = { ...statement };
  out.object = formatObject(statement.object, options) as StatementJson['object'];
  if (statement.context !== undefined) out.context = formatContext(statement.context, options);
  if (options.format === 'ids') {
    out.actor = idsActor(statement.actor);
    out.verb = { id: statement.verb.id };
    if (statement.authority !== undefined) out.authority = idsActor(statement.authority);
  } else if (statement.verb.display !== undefined) {
    out.verb = {
      ...statement.verb,
      display: pickLanguage(statement.verb.display, options.languages) as Record<string, string>,
    };
  }
  return out;
}

/**
 * Renders a stored statement in the requested format (spec: GET Statements `format`): `exact` as
 * stored; `ids` with agents, groups, activities and verbs reduced to their identifiers; `canonical`
 * with the LRS's activity definitions and one language per language map.
 */
export function formatStatement(statement: StatementJson, options: FormatOptions): StatementJson {
  return options.format === 'exact' ? statement : formatBody(statement, options);
}

/** The languages a client prefers, from its Accept-Language header, best first. */
export function acceptedLanguages(header: string | undefined): string[] {
  return (header ?? '')
    .split(',')
    .map((part) => {
      const [tag, ...rest] = part.trim().split(';');
      const q = rest.find((r) => r.trim().startsWith('q='));
      return { tag: tag!.trim(), q: q === undefined ? 1 : Number(q.trim().slice(2)) };
    })
    .filter((l) => l.tag !== '' && l.tag !== '*' && l.q > 0)
    .sort((a, b) => b.q - a.q)
    .map((l) => l.tag);
}
