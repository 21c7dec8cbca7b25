import { randomUUID } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import {
  type PopulationSizes,
  populationDimensionSchema,
  populationRequestSchema,
} from '../../src/lib/evidence/populationSizesSchema.ts';
import { namesInEveryLanguage } from '../../src/lib/invitations/namesInEveryLanguage.ts';
import { resolveNames } from '../../src/lib/invitations/resolveNames.ts';
import { leadOf } from '../auth/leadOf.ts';
import type { Principal } from '../auth/principal.ts';
import type { PopulationChange, Repository } from '../storage/repository.ts';
import { badRequest } from '../xapi/xapiError.ts';
import { jsonBody } from './jsonBody.ts';
import type { SiteCurriculum } from './readSiteCurriculum.ts';

/** What the population routes need from the API context. */
export interface PopulationContext {
  repository: Repository;
  principal(request: FastifyRequest): Promise<Principal>;
  /** The built site's curriculum.json, which declares the regions and job functions a size may name. */
  curriculumOf: SiteCurriculum;
}

const at = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

/**
 * The population a lead enters per region and per job function, for COE leads and admins:
 * `GET /api/evidence/population` lists every region and function of the curriculum with its size
 * (null: none entered) and every change; `PUT /api/evidence/population` sets or clears sizes (a
 * region or function given by id or by name, in any of the site's languages), recording each
 * change with who made it and when. A size equal to the one stored is no change and is not recorded.
 */
export function populationRoutes(app: FastifyInstance, context: PopulationContext) {
  const { curriculumOf } = context;
  const lead = (request: FastifyRequest) =>
    leadOf(context.principal, request, 'Only COE leads and admins enter population sizes');

  const choices = async () => {
    const { regions, functions = [] } = await curriculumOf();
    return { region: regions, function: functions };
  };

  async function listing(): Promise<PopulationSizes> {
    const known = await choices();
    const sizes = await context.repository.listPopulationSizes();
    const entered = (dimension: 'region' | 'function') =>
      known[dimension].map(({ id }) => {
        const s = sizes.find((x) => x.dimension === dimension && x.key === id);
        return { id, size: s?.size ?? null, updatedBy: s?.updatedBy ?? null, updatedAt: at(s?.updatedMs ?? null) };
      });
    const changes = (await context.repository.listPopulationChanges()).map((c) => ({
      dimension: c.dimension,
      id: c.key,
      size: c.size,
      changedBy: c.changedBy,
      changedAt: new Date(c.changedMs).toISOString(),
    }));
    return { regions: entered('region'), functions: entered('function'), changes };
  }

  app.get('/evidence/population', async (request, reply) => {
    await lead(request);
    return reply.header('Cache-Control', 'no-store').send(await listing());
  });

  app.put('/evidence/population', async (request, reply) => {
    const by = await lead(request);
    const { sizes } = jsonBody(request, populationRequestSchema);
    const known = await choices();
    const problems: string[] = [];
    const resolved = sizes.map((entry) => ({ ...entry }));
    for (const dimension of populationDimensionSchema.options) {
      const at = resolved.flatMap((entry, index) => (entry.dimension === dimension ? [{ entry, index }] : []));
      const { invitees, unknown } = resolveNames(
        at.map(({ entry }) => entry),
        'id',
        namesInEveryLanguage(known[dimension]),
      );
      invitees.forEach((entry, i) => {
        resolved[at[i]!.index] = entry;
      });
      for (const { index, value } of unknown)
        problems.push(
          `sizes.${at[index]!.index}: ${dimension} "${value}" is not one of the curriculum's; use one of ${known[dimension].map((c) => c.id).join(', ') || '(none listed)'} (or its name)`,
        );
    }
    const seen = new Set<string>();
    resolved.forEach((entry, index) => {
      const key = `${entry.dimension}:${entry.id}`;
      if (seen.has(key)) problems.push(`sizes.${index}: ${entry.dimension} "${entry.id}" is given twice; give it once`);
      seen.add(key);
    });
    if (problems.length > 0) throw badRequest(`${problems.join('; ')}. Nothing was changed.`);

    const stored = await context.repository.listPopulationSizes();
    const now = Date.now();
    const changes: PopulationChange[] = resolved
      .filter((e) => (stored.find((s) => s.dimension === e.dimension && s.key === e.id)?.size ?? null) !== e.size)
      .map((e) => ({
        id: randomUUID(),
        dimension: e.dimension,
        key: e.id,
        size: e.size,
        changedBy: by.username,
        changedMs: now,
      }));
    await context.repository.changePopulationSizes(changes);
    return reply.header('Cache-Control', 'no-store').send(await listing());
  });
}
