import { randomUUID } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { namesInEveryLanguage, type TranslatedChoice } from '../../src/lib/invitations/namesInEveryLanguage.ts';
import { resolveNames } from '../../src/lib/invitations/resolveNames.ts';
import { hashEnrolmentCode, newEnrolmentCode } from '../auth/enrolmentCode.ts';
import type { Principal } from '../auth/principal.ts';
import type { EnrolmentCode, Invitation, Repository } from '../storage/repository.ts';
import { badRequest, XapiError } from '../xapi/xapiError.ts';
import { invitationState } from './invitationState.ts';
import { jsonBody } from './jsonBody.ts';
import type { SiteCurriculum } from './readSiteCurriculum.ts';

/** What the invitation routes need from the API context. */
export interface InvitationContext {
  repository: Repository;
  principal(request: FastifyRequest): Promise<Principal>;
  /** The built site's curriculum.json, which declares the regions and job functions an invitation may name. */
  curriculumOf: SiteCurriculum;
}

const text = (max: number) => z.string().trim().max(max);
const createSchema = z.strictObject({
  invitees: z
    .array(
      z.strictObject({
        invitee: text(200).min(1).describe('name or e-mail address'),
        region: text(100).default(''),
        jobFunction: text(100).default(''),
      }),
    )
    .min(1)
    .max(500),
  expiresInHours: z
    .number()
    .positive()
    .max(24 * 90)
    .default(24 * 14),
});

/**
 * Invitations for COE leads and admins: `POST /api/invitations` creates one per invitee, each with
 * its own one-time enrolment code (returned once, never stored but as a hash), `GET /api/invitations`
 * lists them with their state, `POST /api/invitations/:id/revoke` revokes an unused one.
 */
export function invitationRoutes(app: FastifyInstance, context: InvitationContext) {
  const lead = async (request: FastifyRequest) => {
    const principal = await context.principal(request);
    if (principal.role === 'learner') throw new XapiError(403, 'Only COE leads and admins manage invitations.');
    return principal;
  };

  const { curriculumOf } = context;
  /**
   * The invitees with their regions and job functions as ids (each given by id or by name), or a 400
   * naming every row whose region or function the curriculum lacks, and nothing created. Functions
   * are checked only when the curriculum lists them (`content/functions.yaml` is optional).
   */
  const withKnownChoices = async (invitees: z.infer<typeof createSchema>['invitees']) => {
    // Left blank everywhere, they need no curriculum: the learner picks a region on their device.
    if (invitees.every((i) => i.region === '' && i.jobFunction === '')) return invitees;
    const { regions, functions } = await curriculumOf();
    const problems: string[] = [];
    const check = (field: 'region' | 'jobFunction', what: string, choices: readonly TranslatedChoice[] | undefined) => {
      if (choices === undefined) return;
      // A name in any of the site's languages will do.
      const resolved = resolveNames(invitees, field, namesInEveryLanguage(choices));
      for (const { index, value } of resolved.unknown)
        problems.push(
          `row ${index + 1} (${invitees[index]!.invitee}): ${what} "${value}" is not one of the curriculum's; use one of ${choices.map((c) => c.id).join(', ')} (or its name)`,
        );
      invitees = resolved.invitees;
    };
    check('region', 'region', regions);
    check('jobFunction', 'function', functions);
    if (problems.length > 0)
      throw badRequest(`invitees: ${problems.join('; ')}, or leave it blank. Nothing was created.`);
    return invitees;
  };

  app.post('/invitations', async (request, reply) => {
    const by = await lead(request);
    const body = jsonBody(request, createSchema);
    const invitees = await withKnownChoices(body.invitees);
    const now = Date.now();
    const expiresMs = now + body.expiresInHours * 3_600_000;
    const made = invitees.map((who) => {
      const code = newEnrolmentCode();
      const codeHash = hashEnrolmentCode(code);
      // A code not tied to an agent: it binds only the new random agent of the device that opens the link.
      const enrolment: EnrolmentCode = { codeHash, issuedBy: by.username, agent: null, expiresMs, addsDevice: false };
      const invitation: Invitation = {
        id: randomUUID(),
        codeHash,
        invitee: who.invitee,
        region: who.region,
        jobFunction: who.jobFunction,
        createdBy: by.username,
        createdMs: now,
        expiresMs,
        revokedMs: null,
      };
      return { invitation, code: enrolment, secret: code };
    });
    await context.repository.createInvitations(made);
    return reply.code(201).send({
      invitations: made.map(({ invitation: i, secret }) => ({
        id: i.id,
        invitee: i.invitee,
        region: i.region,
        jobFunction: i.jobFunction,
        code: secret,
        expiresAt: new Date(i.expiresMs).toISOString(),
        state: 'sent',
      })),
    });
  });

  app.get('/invitations', async (request) => {
    await lead(request);
    const now = Date.now();
    return {
      invitations: (await context.repository.listInvitations()).map((i) => ({
        id: i.id,
        invitee: i.invitee,
        region: i.region,
        jobFunction: i.jobFunction,
        createdBy: i.createdBy,
        createdAt: new Date(i.createdMs).toISOString(),
        expiresAt: new Date(i.expiresMs).toISOString(),
        state: invitationState(i, now),
      })),
    };
  });

  app.post('/invitations/:id/revoke', async (request) => {
    await lead(request);
    const { id } = request.params as { id: string };
    if (await context.repository.revokeInvitation(id, Date.now())) return { id, state: 'revoked' };
    const found = (await context.repository.listInvitations()).find((i) => i.id === id);
    if (found === undefined) throw new XapiError(404, `No invitation ${id}.`);
    throw new XapiError(
      409,
      `This invitation is ${invitationState(found, Date.now())}: only a sent one can be revoked.`,
    );
  });
}
