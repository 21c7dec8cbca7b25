import type { FastifyRequest } from 'fastify';
import { XapiError } from '../xapi/xapiError.ts';
import type { Principal } from './principal.ts';

/**
 * The caller of `request` when a COE lead or an admin; a learner gets 403 with `refusal` (who does
 * what here, e.g. "Item analysis is for COE leads and admins") and how to get in.
 */
export async function leadOf(
  principalOf: (request: FastifyRequest) => Promise<Principal>,
  request: FastifyRequest,
  refusal: string,
): Promise<Principal> {
  const principal = await principalOf(request);
  if (principal.role === 'learner') throw new XapiError(403, `${refusal}; sign in with a lead credential.`);
  return principal;
}
