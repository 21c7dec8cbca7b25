import xapiValidation from '@learninglocker/xapi-validation';
import { z } from 'astro/zod';
import { badRequest } from './xapiError.ts';
import type { StatementJson } from './xapiTypes.ts';

type Warning = { path: string[]; name: string; typeName?: string; keys?: string[]; data?: unknown };
type Validate = (data: unknown) => Warning[];
// The package is CommonJS with `exports.default`: Node's ESM loader hands us the exports object.
const library = xapiValidation as unknown as Validate | { default: Validate };
const validateWithLibrary: Validate = typeof library === 'function' ? library : library.default;

const iri = z.string().regex(/^[a-z][a-z0-9+.-]*:/i, 'an IRI with a scheme');
const relevantTypes = z.array(iri).min(1).optional();
const contextAgent = z.strictObject({ objectType: z.literal('contextAgent'), agent: z.record(z.string(), z.unknown()), relevantTypes });
const contextGroup = z.strictObject({ objectType: z.literal('contextGroup'), group: z.record(z.string(), z.unknown()), relevantTypes });
// xAPI 2.0 timestamps: RFC 3339 date-times with a time zone; "-00:00" is not allowed.
const timestamp = z.iso.datetime({ offset: true, local: false }).refine((t) => !t.endsWith('-00:00'), 'a time zone other than -00:00');

function describe(warning: Warning): string {
  const where = warning.path.join('.');
  if (warning.keys !== undefined) return `${where}: unknown properties ${warning.keys.join(', ')}`;
  if (warning.typeName !== undefined) return `${where}: expected ${warning.typeName}, got ${JSON.stringify(warning.data)?.slice(0, 80)}`;
  return `${where}: ${warning.name.replace(/Warning$/, '')} rule broken`;
}

/** Takes the 2.0-only parts out of a statement (or sub-statement) so the 1.0 validator can check the rest. */
function splitTwoPointZero(statement: Record<string, unknown>, path: string, problems: string[]): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...statement };
  if (typeof copy.version === 'string' && /^2\.0\.\d+$/.test(copy.version)) delete copy.version;
  if (typeof copy.timestamp === 'string' && !timestamp.safeParse(copy.timestamp).success) {
    problems.push(`${path}.timestamp: expected an RFC 3339 date-time with a time zone, got ${JSON.stringify(copy.timestamp)}`);
  }
  if (typeof copy.context === 'object' && copy.context !== null && !Array.isArray(copy.context)) {
    const context: Record<string, unknown> = { ...(copy.context as Record<string, unknown>) };
    for (const [key, schema] of [['contextAgents', contextAgent], ['contextGroups', contextGroup]] as const) {
      if (!(key in context)) continue;
      const parsed = z.array(schema).safeParse(context[key]);
      if (!parsed.success) problems.push(`${path}.context.${key}: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`);
      else {
        const actors = parsed.data.map((entry) => ('agent' in entry ? entry.agent : entry.group));
        for (const [i, actor] of actors.entries()) {
          // Reuse the library's actor rules by validating a tiny statement around each agent/group.
          const probe = { actor, verb: { id: 'http://adlnet.gov/expapi/verbs/experienced' }, object: { id: 'urn:probe' } };
          for (const w of validateWithLibrary(probe)) problems.push(`${path}.context.${key}.${i}: ${describe({ ...w, path: w.path.slice(2) })}`);
        }
      }
      delete context[key];
    }
    copy.context = context;
  }
  if (typeof copy.object === 'object' && copy.object !== null && (copy.object as Record<string, unknown>).objectType === 'SubStatement') {
    copy.object = splitTwoPointZero(copy.object as Record<string, unknown>, `${path}.object`, problems);
  }
  return copy;
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
  for (const warning of validateWithLibrary(forLibrary)) problems.push(describe({ ...warning, path: [where, ...warning.path.slice(1)] }));
  if (problems.length > 0) throw badRequest(`Invalid statement. ${problems.join('. ')}`);
  return statement as StatementJson;
}
