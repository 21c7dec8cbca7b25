import { badRequest } from './xapiError.ts';

/**
 * The query parameters of a request as a map, refusing (400) any parameter the resource does not
 * define — including ones that differ only in case — and any given twice. The `method` parameter of
 * xAPI 1.0's alternate request syntax gets its own message, since xAPI 2.0 removed that syntax.
 */
export function readParams(search: string, allowed: readonly string[]): Map<string, string> {
  const params = new Map<string, string>();
  for (const [name, value] of new URLSearchParams(search)) {
    if (name === 'method')
      throw badRequest(
        'The alternate request syntax (a "method" parameter) is not supported: xAPI 2.0 removed it. Send the real HTTP method.',
      );
    if (!allowed.includes(name)) {
      const hint = allowed.find((a) => a.toLowerCase() === name.toLowerCase());
      throw badRequest(
        `Unknown parameter "${name}"${hint === undefined ? '' : ` (did you mean "${hint}"? parameter names are case-sensitive)`}. Allowed: ${allowed.join(', ')}.`,
      );
    }
    if (params.has(name)) throw badRequest(`Parameter "${name}" was given more than once.`);
    params.set(name, value);
  }
  return params;
}

/** A required parameter's value, or a 400 naming it. */
export function requireParam(params: Map<string, string>, name: string): string {
  const value = params.get(name);
  if (value === undefined || value === '') throw badRequest(`Missing required parameter "${name}".`);
  return value;
}

/** A boolean parameter (`true` / `false`, as in JSON), with its default. */
export function booleanParam(params: Map<string, string>, name: string, fallback: boolean): boolean {
  const value = params.get(name);
  if (value === undefined) return fallback;
  if (value === 'true') return true;
  if (value === 'false') return false;
  throw badRequest(`Parameter "${name}" must be true or false, got "${value}".`);
}

/** A timestamp parameter as epoch milliseconds. */
export function timestampParam(params: Map<string, string>, name: string): number | undefined {
  const value = params.get(name);
  if (value === undefined) return undefined;
  const ms = Date.parse(value);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(value) || Number.isNaN(ms))
    throw badRequest(`Parameter "${name}" must be an ISO 8601 timestamp, got "${value}".`);
  return ms;
}
