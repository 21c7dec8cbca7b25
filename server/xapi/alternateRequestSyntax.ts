import { negotiateVersion } from './versionHeader.ts';
import { badRequest } from './xapiError.ts';

/** Form fields of the alternate request syntax that stand for request headers (xAPI 1.0.3 Communication 1.3). */
const HEADER_FIELDS = [
  'authorization',
  'x-experience-api-version',
  'content-type',
  'content-length',
  'if-match',
  'if-none-match',
];
const METHODS = ['GET', 'PUT', 'POST', 'DELETE'];

/** The request an alternate-syntax POST stands for. */
export interface AlternateRequest {
  method: 'GET' | 'PUT' | 'POST' | 'DELETE';
  url: string;
  headers: Record<string, string>;
  payload: string | undefined;
}

/** Whether a request uses the alternate request syntax (a `method` query parameter). */
export function usesAlternateSyntax(url: string): boolean {
  const query = url.indexOf('?');
  return query >= 0 && new URLSearchParams(url.slice(query + 1)).has('method');
}

/**
 * Translates an xAPI 1.0.x alternate-syntax request — a POST whose only query parameter is
 * `method`, with a form body carrying the headers, the `content` and the other parameters — into
 * the request it stands for; 400 when it breaks a rule, and for xAPI 2.0, which removed the syntax.
 */
export function readAlternateRequest(request: {
  method: string;
  url: string;
  headers: Record<string, string | string[] | undefined>;
  body: unknown;
}): AlternateRequest {
  const [path, search = ''] = request.url.split('?') as [string, string?];
  const query = new URLSearchParams(search);
  if (request.method !== 'POST')
    throw badRequest(
      `The alternate request syntax (a "method" parameter) is only sent as POST, not ${request.method}.`,
    );
  const extra = [...query.keys()].filter((k) => k !== 'method');
  if (extra.length > 0)
    throw badRequest(
      `With the alternate request syntax, "method" is the only query parameter; send ${extra.join(', ')} in the form body.`,
    );
  const method = query.get('method')!.toUpperCase();
  if (!METHODS.includes(method))
    throw badRequest(`The "method" parameter must be one of ${METHODS.join(', ')}, got "${query.get('method')}".`);
  const type = String(request.headers['content-type'] ?? '')
    .split(';')[0]!
    .trim()
    .toLowerCase();
  const bytes = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
  if (type !== 'application/x-www-form-urlencoded')
    throw badRequest('The alternate request syntax sends its body as application/x-www-form-urlencoded.');
  const form = new URLSearchParams(bytes.toString('utf8'));
  const headers: Record<string, string> = {};
  for (const name of ['authorization', 'x-experience-api-version', 'accept-language']) {
    const value = request.headers[name];
    if (typeof value === 'string') headers[name] = value;
  }
  const params = new URLSearchParams();
  let payload: string | undefined;
  for (const [name, value] of form) {
    if (HEADER_FIELDS.includes(name.toLowerCase())) {
      if (name.toLowerCase() !== 'content-length') headers[name.toLowerCase()] = value;
    } else if (name === 'content') payload = value;
    else params.append(name, value);
  }
  if (negotiateVersion(headers['x-experience-api-version']) !== '1.0.3') {
    throw badRequest(
      'The alternate request syntax (a "method" parameter, form bodies) is not supported in xAPI 2.0, which removed it. Send the real HTTP method.',
    );
  }
  if (payload !== undefined && headers['content-type'] === undefined) headers['content-type'] = 'application/json';
  if ((method === 'PUT' || method === 'POST') && payload === undefined)
    throw badRequest(`An alternate-syntax ${method} carries its body in the "content" form field.`);
  const rest = params.toString();
  return {
    method: method as AlternateRequest['method'],
    url: rest === '' ? path : `${path}?${rest}`,
    headers,
    payload,
  };
}
