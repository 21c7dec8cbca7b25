import { randomUUID } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { programmeEventSchema } from '../../src/lib/evidence/programmeEventSchema.ts';
import type { Principal } from '../auth/principal.ts';
import type { Repository } from '../storage/repository.ts';
import { XapiError } from '../xapi/xapiError.ts';
import { jsonBody } from './jsonBody.ts';

/** What the programme event routes need from the API context. */
export interface ProgrammeEventContext {
  repository: Repository;
  principal(request: FastifyRequest): Promise<Principal>;
}

/**
 * The programme timeline, for COE leads and admins: `GET /api/programme-events` lists the events,
 * `POST /api/programme-events` marks one (date, kind, label), `DELETE /api/programme-events/:id`
 * removes one. A browser session's writes carry its CSRF token, like every cookie-session form.
 */
export function programmeEventRoutes(app: FastifyInstance, context: ProgrammeEventContext) {
  const lead = async (request: FastifyRequest) => {
    const principal = await context.principal(request);
    if (principal.role === 'learner')
      throw new XapiError(403, 'Only COE leads and admins mark programme events; sign in with a lead credential.');
    return principal;
  };

  app.get('/programme-events', async (request) => {
    await lead(request);
    return { events: await context.repository.listProgrammeEvents() };
  });

  app.post('/programme-events', async (request, reply) => {
    const by = await lead(request);
    const event = jsonBody(request, programmeEventSchema.strict());
    const record = { id: randomUUID(), ...event, createdBy: by.username, createdMs: Date.now() };
    await context.repository.addProgrammeEvent(record);
    return reply.code(201).send(record);
  });

  app.delete<{ Params: { id: string } }>('/programme-events/:id', async (request, reply) => {
    await lead(request);
    if (!(await context.repository.deleteProgrammeEvent(request.params.id)))
      throw new XapiError(404, `No programme event ${request.params.id}.`);
    return reply.code(204).send();
  });
}
