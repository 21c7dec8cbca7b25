import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { PlannerCurriculum } from '../../src/lib/journey/plannerCurriculum.ts';
import { reportFromPlan } from '../../src/lib/workforce/buildWorkforceReport.ts';
import { standingFromStatements, withJourney } from '../../src/lib/workforce/learnerStanding.ts';
import { planWorkforceSteps, type WorkforcePlan } from '../../src/lib/workforce/planWorkforce.ts';
import { workforceCsv } from '../../src/lib/workforce/workforceCsv.ts';
import { workforceQuerySchema } from '../../src/lib/workforce/workforceQuerySchema.ts';
import type { WorkforceReport } from '../../src/lib/workforce/workforceReportSchema.ts';
import { leadOf } from '../auth/leadOf.ts';
import { badRequest } from '../xapi/xapiError.ts';
import { inSlices } from './inSlices.ts';
import { parseQuery } from './parseQuery.ts';
import type { ReportContext } from './reportContext.ts';

/**
 * `GET /api/workforce` (JSON) and `GET /api/workforce.csv`, for COE leads and admins: the workforce
 * report over every learner's standing (kept up to date as statements are stored) and journey State
 * document, filtered by `region` and `path`, with small-cell suppression planned over every report a
 * lead can request, so no combination reveals a group under `WORKFORCE_MIN_GROUP` learners.
 */
export function workforceRoutes(app: FastifyInstance, context: ReportContext) {
  const { curriculumOf } = context;
  let cached: { key: string; plan: Promise<WorkforcePlan> } | undefined;

  /**
   * The plan of every report, re-made only when a standing, a journey State document, the curriculum
   * or the minimum changed — one competency at a time with the event loop free in between — and
   * shared by the requests that arrive meanwhile.
   */
  async function currentPlan(curriculum: PlannerCurriculum): Promise<WorkforcePlan> {
    const { version, parts } = await context.learners.snapshot('workforce');
    const { journeys, fingerprint } = await context.journeys();
    const key = `${version}|${curriculum.version}|${context.workforceMinGroup}|${fingerprint}`;
    if (cached?.key !== key) {
      const empty = standingFromStatements([], curriculum);
      const learners = new Set([...parts.keys(), ...journeys.keys()]);
      const all = [...learners]
        .sort()
        .map((agent) => withJourney(parts.get(agent) ?? empty, journeys.get(agent), curriculum));
      cached = { key, plan: inSlices(planWorkforceSteps(all, curriculum, context.workforceMinGroup)) };
      cached.plan.catch(() => (cached = undefined));
    }
    return cached.plan;
  }

  // Plan ahead once statements settle, so a lead's report finds the plan made.
  let timer: NodeJS.Timeout | undefined;
  const unsubscribe = context.repository.onStatementsStored(() => {
    timer ??= setTimeout(() => {
      timer = undefined;
      void curriculumOf()
        .then(currentPlan)
        .catch(() => {}); // no site yet: the report says so
    }, 100);
  });
  app.addHook('onClose', async () => {
    unsubscribe();
    if (timer !== undefined) clearTimeout(timer);
    await cached?.plan.catch(() => {});
  });

  async function report(request: FastifyRequest): Promise<WorkforceReport> {
    await leadOf(context.principal, request, 'Workforce figures are for COE leads and admins');
    const { region, path } = parseQuery(request, workforceQuerySchema, 'workforce query');
    const curriculum = await curriculumOf();
    const report = reportFromPlan(await currentPlan(curriculum), curriculum, { region, path });
    if (region !== undefined && !report.options.regions.some((r) => r.id === region)) {
      throw badRequest(
        `Unknown region "${region}"; use one of: ${report.options.regions.map((r) => r.id).join(', ')}.`,
      );
    }
    if (path !== undefined && !report.options.paths.some((p) => p.id === path)) {
      throw badRequest(`Unknown path "${path}"; use one of: ${report.options.paths.map((p) => p.id).join(', ')}.`);
    }
    return report;
  }

  app.get('/workforce', async (request, reply) => {
    const body = await report(request);
    return reply.header('Cache-Control', 'no-store').send(body);
  });

  app.get('/workforce.csv', async (request, reply) => {
    const body = await report(request);
    const name = ['workforce', body.filter.region, body.filter.path].filter((part) => part !== null).join('-');
    return reply
      .header('Cache-Control', 'no-store')
      .header('Content-Disposition', `attachment; filename="${name}.csv"`)
      .type('text/csv; charset=utf-8')
      .send(workforceCsv(body));
  });
}
