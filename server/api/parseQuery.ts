import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { describeZodError } from '../../src/lib/describeZodError.ts';
import { badRequest } from '../xapi/xapiError.ts';

/**
 * The request's query string parsed by `schema`; 400 naming the parameter when one is given twice,
 * or with `what` ("workforce query"), each problem and the schema's description (how to ask) when the
 * schema refuses it.
 */
export function parseQuery<S extends z.ZodType>(request: FastifyRequest, schema: S, what: string): z.infer<S> {
  const params = new URLSearchParams(request.url.split('?')[1] ?? '');
  const keys = [...params.keys()];
  const repeated = keys.find((k, i) => keys.indexOf(k) !== i);
  if (repeated !== undefined) throw badRequest(`Parameter "${repeated}" is given more than once; give it once.`);
  const parsed = schema.safeParse(Object.fromEntries(params));
  if (!parsed.success)
    throw badRequest(`Invalid ${what}: ${describeZodError(parsed.error, 'query')}. ${schema.description ?? ''}`.trim());
  return parsed.data;
}
