import type { FastifyInstance, FastifyRequest } from 'fastify';
import { type LearnerFunction, statedFunctionRequestSchema } from '../../src/lib/evidence/statedFunctionSchema.ts';
import { namesInEveryLanguage } from '../../src/lib/invitations/namesInEveryLanguage.ts';
import { resolveNames } from '../../src/lib/invitations/resolveNames.ts';
import type { Principal } from '../auth/principal.ts';
import type { Repository } from '../storage/repository.ts';
import { agentKey } from '../xapi/agentKey.ts';
import { badRequest, XapiError } from '../xapi/xapiError.ts';
import { jsonBody } from './jsonBody.ts';
import type { SiteCurriculum } from './readSiteCurriculum.ts';

/** What the profile routes need from the API context. */
export interface ProfileContext {
  repository: Repository;
  principal(request: FastifyRequest): Promise<Principal>;
  /** The built site's curriculum.json, which lists the job functions (`content/functions.yaml`). */
  curriculumOf: SiteCurriculum;
}

/**
 * A learner's own job function, for the learner's device credentials only: `GET /api/profile/function`
 * answers the function they stated, else their invitation's, else none; `PUT /api/profile/function`
 * states (or, blank, withdraws) it for the caller's own agent. No request names an agent or a user:
 * a learner can state only their own function, which then counts in the evidence report's reach.
 */
export function profileRoutes(app: FastifyInstance, context: ProfileContext) {
  const { curriculumOf } = context;
  const learner = async (request: FastifyRequest) => {
    const principal = await context.principal(request);
    if (principal.role !== 'learner' || principal.agentKey === undefined)
      throw new XapiError(403, 'A job function is stated by a learner, from their own device on the Sync page.');
    return { ...principal, agentKey: principal.agentKey };
  };

  async function functionOf(key: string): Promise<LearnerFunction> {
    const stated = await context.repository.findStatedFunction(key);
    if (stated !== undefined) return { function: stated.jobFunction, from: 'stated' };
    // Otherwise the invitation that enrolled one of the learner's devices, if it named a function.
    const own = new Set(
      (await context.repository.listUsers())
        .filter((u) => u.agent !== null && agentKey(u.agent) === key)
        .map((u) => u.username),
    );
    const invited = (await context.repository.listInvitations()).find(
      (i) => i.usedBy !== null && own.has(i.usedBy) && i.jobFunction !== '',
    );
    return invited === undefined
      ? { function: null, from: null }
      : { function: invited.jobFunction, from: 'invitation' };
  }

  app.get('/profile/function', async (request, reply) => {
    const { agentKey: key } = await learner(request);
    return reply.header('Cache-Control', 'no-store').send(await functionOf(key));
  });

  app.put('/profile/function', async (request, reply) => {
    const principal = await learner(request);
    const body = jsonBody(request, statedFunctionRequestSchema);
    const functions = (await curriculumOf()).functions ?? [];
    const { invitees, unknown } = resolveNames([body], 'function', namesInEveryLanguage(functions));
    if (unknown.length > 0)
      throw badRequest(
        `function: "${body.function}" is not one of the curriculum's functions; use one of ${functions.map((f) => f.id).join(', ') || '(none listed)'} (or its name), or leave it blank.`,
      );
    await context.repository.setStatedFunction({
      agentKey: principal.agentKey,
      jobFunction: invitees[0]!.function,
      statedBy: principal.username,
      statedMs: Date.now(),
    });
    return reply.header('Cache-Control', 'no-store').send(await functionOf(principal.agentKey));
  });
}
