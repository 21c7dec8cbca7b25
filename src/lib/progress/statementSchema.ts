import { z } from 'zod';
import { describeZodError } from '../describeZodError';
import type { LearningStatement } from './statements';

/** The structural checks every statement must pass before it enters the log (xAPI's required properties). */
export const statementSchema = z.looseObject({
  id: z.uuid({ error: 'a statement id must be a UUID' }),
  actor: z.looseObject({}, { error: 'a statement needs an actor' }),
  verb: z.looseObject({ id: z.url({ error: 'a verb id must be an IRI' }) }, { error: 'a statement needs a verb' }),
  object: z.looseObject(
    { id: z.string({ error: 'an object needs an id' }).min(1, { error: 'an object needs an id' }) },
    { error: 'a statement needs an object' },
  ),
  timestamp: z.iso.datetime({ offset: true, error: 'a timestamp must be an ISO 8601 date-time' }),
});

/** A statement from elsewhere, checked: the statement, or the reason it cannot enter the log. */
export function checkStatement(
  value: unknown,
): { ok: true; statement: LearningStatement } | { ok: false; reason: string } {
  const result = statementSchema.safeParse(value);
  if (result.success) return { ok: true, statement: result.data as LearningStatement };
  return { ok: false, reason: describeZodError(result.error, 'statement', 3) };
}
