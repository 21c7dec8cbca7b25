import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { describeZodError } from '../../src/lib/describeZodError.ts';
import { badRequest } from '../xapi/xapiError.ts';

/** The request's JSON body (parsed by Fastify; none is `{}`) checked against `schema`, or a 400 naming each problem. */
export function jsonBody<T>(request: FastifyRequest, schema: z.ZodType<T>): T {
  const parsed = schema.safeParse(request.body ?? {});
  if (!parsed.success) throw badRequest(describeZodError(parsed.error, 'body'));
  return parsed.data;
}
