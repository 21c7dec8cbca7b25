import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { hashEnrolmentCode, newDeviceSecret, newPairingCode } from '../auth/enrolmentCode.ts';
import type { FailureLimiter } from '../auth/failureLimiter.ts';
import { hashSecret } from '../auth/hashSecret.ts';
import type { Principal } from '../auth/principal.ts';
import type { DevicePairing, Repository } from '../storage/repository.ts';
import { agentKey } from '../xapi/agentKey.ts';
import { badRequest, XapiError } from '../xapi/xapiError.ts';
import { jsonBody } from './jsonBody.ts';
import { pairingState } from './pairingState.ts';

/** What the pairing routes need from the API context. */
export interface PairingContext {
  repository: Repository;
  failures: FailureLimiter;
  principal(request: FastifyRequest): Promise<Principal>;
  /** scrypt cost N of the device secrets' hashes (PASSWORD_HASH_COST). */
  passwordHashCost: number;
}

/** How long a pairing code lives, at most and by default. */
export const PAIRING_MINUTES = 10;

const createSchema = z.strictObject({
  expiresInMinutes: z.number().positive().max(PAIRING_MINUTES).default(PAIRING_MINUTES),
});
const claimSchema = z.strictObject({
  code: z.string().trim().min(1).max(40),
  device: z.string().trim().min(1).max(100).describe('how the new device describes itself, e.g. "Firefox on Android"'),
});
const waitSchema = z.strictObject({ token: z.string().min(1).max(200) });

const claimHashOf = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * Adding a device by short code: an enrolled learner device asks for a pairing (`POST /api/pairings`:
 * a code and its id, for ten minutes); the new device claims the code (`POST /api/pairings/claim`,
 * guesses counted by the failed-check limit) and waits (`POST /api/pairings/wait`); the enrolled
 * device sees who claimed it (`GET /api/pairings/:id`) and confirms or declines. Only a
 * confirmation creates the new device's own credential, for the same agent.
 */
export function pairingRoutes(app: FastifyInstance, context: PairingContext) {
  const { repository, failures } = context;
  const learner = async (request: FastifyRequest) => {
    const principal = await context.principal(request);
    if (principal.role !== 'learner' || principal.agentKey === undefined)
      throw new XapiError(403, 'Only an enrolled learner device adds a device.');
    return principal;
  };
  /** The caller's own pairing, or 404 (another learner's pairing is not shown to exist). */
  const ownPairing = async (request: FastifyRequest) => {
    const principal = await learner(request);
    const { id } = request.params as { id: string };
    const pairing = await repository.findPairing({ id });
    if (pairing === undefined || agentKey(pairing.agent) !== principal.agentKey)
      throw new XapiError(404, 'No such device pairing of yours.');
    return pairing;
  };
  const view = (p: DevicePairing) => ({
    id: p.id,
    state: pairingState(p, Date.now()),
    device: p.device,
    expiresAt: new Date(p.expiresMs).toISOString(),
  });

  app.post('/pairings', async (request, reply) => {
    const principal = await learner(request);
    const body = jsonBody(request, createSchema);
    const code = newPairingCode();
    const now = Date.now();
    const pairing: DevicePairing = {
      id: randomUUID(),
      codeHash: hashEnrolmentCode(code),
      agent: principal.agent!,
      requestedBy: principal.username,
      createdMs: now,
      expiresMs: now + body.expiresInMinutes * 60_000,
      claimHash: null,
      device: null,
      deviceUsername: null,
      deviceSecretHash: null,
      confirmedMs: null,
      declinedMs: null,
    };
    await repository.createPairing(pairing);
    return reply.code(201).send({ ...view(pairing), code });
  });

  app.get('/pairings/:id', async (request) => view(await ownPairing(request)));

  app.post('/pairings/:id/confirm', async (request) => {
    const pairing = await ownPairing(request);
    if (!(await repository.confirmPairing(pairing.id, Date.now()))) {
      const state = pairingState(pairing, Date.now());
      throw new XapiError(
        409,
        state === 'waiting'
          ? 'No device has entered this code yet: there is nothing to allow.'
          : `This pairing is ${state}: start again with "Add a device".`,
      );
    }
    return view((await repository.findPairing({ id: pairing.id }))!);
  });

  app.post('/pairings/:id/decline', async (request) => {
    const pairing = await ownPairing(request);
    if (!(await repository.declinePairing(pairing.id, Date.now())))
      throw new XapiError(409, `This pairing is ${pairingState(pairing, Date.now())}: there is nothing to decline.`);
    return view((await repository.findPairing({ id: pairing.id }))!);
  });

  app.post('/pairings/claim', async (request, reply) => {
    const wait = failures.retryAfterMs(request.ip);
    if (wait > 0)
      throw new XapiError(429, `Too many failed attempts from this address; try again in ${Math.ceil(wait / 1000)} s.`);
    const body = jsonBody(request, claimSchema);
    const token = newDeviceSecret();
    const claimed = await repository.claimPairing(hashEnrolmentCode(body.code), Date.now(), {
      claimHash: claimHashOf(token),
      device: body.device,
      deviceUsername: `learner-${randomBytes(6).toString('hex')}`,
      deviceSecretHash: await hashSecret(token, context.passwordHashCost),
    });
    if (claimed === undefined) {
      await failures.recordFailure(request.ip, 'pairing code');
      throw badRequest(
        'code: this code is unknown, already used or expired. On your other device, choose "Add a device" for a new one.',
      );
    }
    // The token is this device's password once the other device allows it; until then it only asks how things stand.
    return reply.code(202).send({ ...view(claimed), token });
  });

  app.post('/pairings/wait', async (request) => {
    const body = jsonBody(request, waitSchema);
    const pairing = await repository.findPairing({ claimHash: claimHashOf(body.token) });
    if (pairing === undefined) {
      await failures.recordFailure(request.ip, 'pairing token');
      throw new XapiError(404, 'No pairing waits for this device: enter a new code from your other device.');
    }
    const state = pairingState(pairing, Date.now());
    return {
      state,
      ...(state === 'confirmed' ? { username: pairing.deviceUsername, agent: pairing.agent, endpoint: '/xapi/' } : {}),
    };
  });
}
