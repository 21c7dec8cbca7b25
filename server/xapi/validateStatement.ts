import xapiValidation from '@learninglocker/xapi-validation';
import { z } from 'zod';
import { describeZodError } from '../../src/lib/describeZodError.ts';
import { VERBS } from '../../src/lib/progress/xapiIds.ts';
import { badRequest } from './xapiError.ts';
import type { StatementJson } from './xapiTypes.ts';

type Warning = { path: string[]; name: string; typeName?: string; keys?: string[]; data?: unknown };
type Validate = (data: unknown) => Warning[];
// The package is CommonJS with `exports.default`: Node's ESM loader hands us the exports object.
const library = xapiValidation as unknown as Validate | { default: Validate };
const validateWithLibrary: Validate = typeof library === 'function' ? library : library.default;

const iri = z.string().regex(/^[a-z][a-z0-9+.-]*:/i, 'an IRI with a scheme');
const relevantTypes = z.array(iri).min(1).optional();
const contextAgent = z.strictObject({
  objectType: z.literal('contextAgent'),
  agent: z.record(z.string(), z.unknown()),
  relevantTypes,
});
const contextGroup = z.strictObject({
  objectType: z.literal('contextGroup'),
  group: z.record(z.string(), z.unknown()),
  relevantTypes,
});
// xAPI 2.0 timestamps: RFC 3339 date-times with a time zone; "-00:00" is not allowed.
const timestamp = z.iso
  .datetime({ offset: true, local: false })
  .refine((t) => !t.endsWith('-00:00'), 'a time zone other than -00:00');

// RFC 3987: a scheme is a letter then letters, digits, "+", "-" or "." (Open edX's `block-v1:…`).
const IRI_SCHEME = /^[a-z][a-z0-9+.-]*:\S/i;
// The canonical UUID form, 8-4-4-4-12 hex digits: no braces, no `urn:uuid:` prefix.
const canonicalUuid = z.guid();

const value = (data: unknown) => JSON.stringify(data)?.slice(0, 80) ?? String(data);
const quoted = (data: unknown) => (typeof data === 'string' ? `'${data.slice(0, 80)}'` : value(data));

/** The objectTypes allowed where the library found a wrong one, from the warning's path. */
function allowedObjectTypes(path: readonly string[]): string {
  const last = path[path.length - 1];
  if (last !== 'object') return 'Agent, Group';
  return path.length > 2
    ? 'Activity, Agent, Group, StatementRef'
    : 'Activity, Agent, Group, SubStatement, StatementRef';
}

function describeWarning(warning: Warning): string {
  const where = warning.path.join('.');
  const w = warning as Warning & Record<string, unknown>;
  switch (warning.name) {
    case 'RestrictedKeysWarning':
      return `${where}: unknown properties ${(warning.keys ?? []).join(', ')}`;
    case 'TypeWarning':
      return `${where}: expected ${warning.typeName}, got ${value(warning.data)}`;
    case 'ObjectTypeWarning':
      return `${where}.objectType: ${quoted(warning.data)} is not one of ${allowedObjectTypes(warning.path)}`;
    case 'SubStatementWarning':
      return `${where}.object.objectType: 'SubStatement' is not allowed inside a SubStatement`;
    case 'VoidWarning':
      return `${where}.object.objectType: a statement with verb ${String(w.voidVerbId)} must have a StatementRef object`;
    case 'IfiCountWarning':
      return `${where}: an agent has exactly one identifier, got ${(w.usedIfis as string[]).join(', ')}`;
    case 'NoIfiWarning':
      return `${where}: needs one identifier (mbox, mbox_sha1sum, openid or account), got ${value(warning.data)}`;
    case 'RawMoreThanMaxWarning':
      return `${where}.raw: ${String(w.raw)} is more than max ${String(w.max)}`;
    case 'RawLessThanMinWarning':
      return `${where}.raw: ${String(w.raw)} is less than min ${String(w.min)}`;
    case 'MinMoreThanMaxWarning':
      return `${where}.min: ${String(w.min)} is more than max ${String(w.max)}`;
    case 'RestrictedValueWarning':
      return `${where}: must be ${value(w.requiredValue)}, got ${value(warning.data)}`;
    case 'SignedContentTypeWarning':
      return `${where}.contentType: a signature attachment must be ${String(w.contentType)}, got ${value((warning.data as { contentType?: unknown })?.contentType)}`;
    case 'InvalidComponentsWarning':
      return `${where}: components not allowed for this interactionType: ${value(w.invalidComponents)}`;
    case 'MissingInteractionTypeWarning':
      return `${where}.interactionType: required when interaction components are given`;
    case 'ContextPropWarning':
      return `${where}: revision and platform are only allowed when the object is an Activity`;
    case 'NoMembersWarning':
    case 'MembersLengthWarning':
      return `${where}.member: an anonymous Group needs at least one member`;
    case 'MembersTypeWarning':
      return `${where}.member: members are Agents, not Groups`;
    default:
      return `${where}: ${warning.name.replace(/Warning$/, '')}, got ${value(warning.data)}`;
  }
}

/** Whether the library's warning is one xAPI does not make: its IRI check refuses schemes with `+ - .`. */
function isFalseAlarm(warning: Warning): boolean {
  return (
    warning.name === 'TypeWarning' &&
    /IRI/.test(warning.typeName ?? '') &&
    typeof warning.data === 'string' &&
    IRI_SCHEME.test(warning.data)
  );
}

/** Takes the 2.0-only parts out of a statement (or sub-statement) so the 1.0 validator can check the rest. */
function splitTwoPointZero(
  statement: Record<string, unknown>,
  path: string,
  problems: string[],
): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...statement };
  if (typeof copy.version === 'string' && /^2\.0\.\d+$/.test(copy.version)) delete copy.version;
  if (typeof copy.timestamp === 'string' && !timestamp.safeParse(copy.timestamp).success) {
    problems.push(
      `${path}.timestamp: expected an RFC 3339 date-time with a time zone, got ${JSON.stringify(copy.timestamp)}`,
    );
  }
  if (typeof copy.context === 'object' && copy.context !== null && !Array.isArray(copy.context)) {
    const context: Record<string, unknown> = { ...(copy.context as Record<string, unknown>) };
    for (const [key, schema] of [
      ['contextAgents', contextAgent],
      ['contextGroups', contextGroup],
    ] as const) {
      if (!(key in context)) continue;
      const parsed = z.array(schema).safeParse(context[key]);
      if (!parsed.success) problems.push(`${path}.context.${key}: ${describeZodError(parsed.error, key)}`);
      else {
        const actors = parsed.data.map((entry) => ('agent' in entry ? entry.agent : entry.group));
        for (const [i, actor] of actors.entries()) {
          // Reuse the library's actor rules by validating a tiny statement around each agent/group.
          const probe = {
            actor,
            verb: { id: VERBS.experienced.id },
            object: { id: 'urn:probe' },
          };
          for (const w of validateWithLibrary(probe))
            if (!isFalseAlarm(w))
              problems.push(`${path}.context.${key}.${i}: ${describeWarning({ ...w, path: w.path.slice(2) })}`);
        }
      }
      delete context[key];
    }
    copy.context = context;
  }
  if (
    typeof copy.object === 'object' &&
    copy.object !== null &&
    (copy.object as Record<string, unknown>).objectType === 'SubStatement'
  ) {
    copy.object = splitTwoPointZero(copy.object as Record<string, unknown>, `${path}.object`, problems);
  }
  return copy;
}

/** Paths of the strings (values and property names) that hold U+0000, which PostgreSQL's text cannot store. */
function nulPaths(value: unknown, path: string, found: string[]): string[] {
  if (typeof value === 'string') {
    if (value.includes('\u0000')) found.push(path);
  } else if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) nulPaths(item, `${path}[${i}]`, found);
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      if (key.includes('\u0000')) found.push(`${path} (a property name)`);
      nulPaths(item, `${path}.${key}`, found);
    }
  }
  return found;
}

/**
 * Checks one statement against xAPI 2.0 (and 1.0.x) structure rules and returns it typed, or throws a
 * 400 listing every problem. xapi-validation (Learning Locker, conformance-tested for 1.0.x) checks the
 * structure; the 2.0 additions it predates — version 2.0.x, contextAgents, contextGroups, RFC 3339
 * timestamps — are checked here with zod.
 */
export function validateStatement(statement: unknown, where = 'statement'): StatementJson {
  if (typeof statement !== 'object' || statement === null || Array.isArray(statement)) {
    throw badRequest(`${where}: expected a statement object`);
  }
  const problems: string[] = [];
  const forLibrary = splitTwoPointZero(statement as Record<string, unknown>, where, problems);
  const id = (statement as Record<string, unknown>).id;
  if (id !== undefined && !canonicalUuid.safeParse(id).success)
    problems.push(`${where}.id: expected a UUID in canonical form (8-4-4-4-12 hex digits), got ${quoted(id)}`);
  for (const warning of validateWithLibrary(forLibrary)) {
    if (isFalseAlarm(warning) || (warning.path[1] === 'id' && warning.path.length === 2)) continue;
    problems.push(describeWarning({ ...warning, path: [where, ...warning.path.slice(1)] }));
  }
  // Refused on every store alike, so a statement SQLite would keep is not one PostgreSQL fails on.
  for (const at of nulPaths(statement, where, []))
    problems.push(`${at}: holds a NUL character (U+0000), which this LRS does not store; remove it`);
  if (problems.length > 0) throw badRequest(`Invalid statement. ${problems.join('. ')}`);
  return statement as StatementJson;
}
