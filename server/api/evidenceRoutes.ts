import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { evidenceReportFromPlan } from '../../src/lib/evidence/buildEvidenceReport.ts';
import type { LearnerAnswers } from '../../src/lib/evidence/evidenceAnswers.ts';
import { evidenceChartSchema, evidenceCsv, evidenceCsvName } from '../../src/lib/evidence/evidenceCsv.ts';
import type { EvidenceReport } from '../../src/lib/evidence/evidenceReportSchema.ts';
import { UNSTATED_FUNCTION } from '../../src/lib/evidence/learnerHistory.ts';
import { type PlacedLearner, placedHistory } from '../../src/lib/evidence/placedLearner.ts';
import { type EvidenceCurriculum, type EvidencePlan, planEvidenceSteps } from '../../src/lib/evidence/planEvidence.ts';
import type { StoredHistory } from '../../src/lib/evidence/storedHistory.ts';
import type { PlannerCurriculum } from '../../src/lib/journey/plannerCurriculum.ts';
import { NO_PATH, UNKNOWN_REGION } from '../../src/lib/workforce/learnerStanding.ts';
import { leadOf } from '../auth/leadOf.ts';
import { agentKey } from '../xapi/agentKey.ts';
import { badRequest } from '../xapi/xapiError.ts';
import { inSlices } from './inSlices.ts';
import { EVIDENCE_KIND } from './learnerAggregates.ts';
import { parseQuery } from './parseQuery.ts';
import type { ReportContext } from './reportContext.ts';

/** The message of the log line each plan of the evidence report made writes (with its learners, date and ms). */
export const PLANNED = 'evidence report planned';

/**
 * The learners' order in a plan (which the suppression's "first on ties" follows): `localeCompare`'s, as
 * every server process must plan alike, through one collator (the same order, a tenth of the time).
 */
const byAgent = new Intl.Collator();

/** The report's date when the query names none: today (UTC). */
const today = () => new Date().toISOString().slice(0, 10);

/** The query of `GET /api/evidence`: filters and the report's date (today when absent). */
export const evidenceQuerySchema = z
  .strictObject({
    chart: evidenceChartSchema.optional().describe('for the CSV: which chart'),
    region: z.string().min(1).max(100).optional(),
    path: z.string().min(1).max(100).optional(),
    asOf: z.iso.date().optional(),
  })
  .describe('Use ?region=<region id>&path=<path id>&asOf=YYYY-MM-DD (and &chart=<chart> for the CSV).');

/**
 * `GET /api/evidence`, for COE leads and admins: the evidence report (growth, reach, adoption,
 * cohorts) over every learner's history, filtered by `region` and `path`, under the workforce
 * view's small-group rule (`WORKFORCE_MIN_GROUP`). Histories are kept in the database (`aggregates`
 * kind `EVIDENCE_KIND`), derived once for every server process as statements arrive and read by the
 * others (see `learnerAggregates`), and held as their stored JSON, each parsed only while the plan
 * works that learner out; the plan is made in slices with the event loop free in between, and shared
 * by the requests that arrive meanwhile; today's is made as soon as the process listens, so a lead's
 * first report after a start finds it made. Invitations not yet used count as invited, not enrolled;
 * a used one gives the learner it enrolled its function.
 */
export function evidenceRoutes(app: FastifyInstance, context: ReportContext) {
  const { curriculumOf } = context;
  let cached: { key: string; plan: Promise<EvidencePlan> } | undefined;
  // Each learner as the plan last read them, the same object while neither their stored history (JSON,
  // parsed only while the plan works out their answers) nor where they sit changed, so the answers worked
  // out for them (kept per curriculum and date) are reused: a re-plan after a few learners changed works out only theirs.
  const placed = new Map<string, { json: string; where: string; learner: PlacedLearner }>();
  let answers: { key: string; known: WeakMap<PlacedLearner, LearnerAnswers> } | undefined;

  async function currentPlan(curriculum: PlannerCurriculum & EvidenceCurriculum, asOf: string) {
    const { version, parts } = await context.learners.snapshot(EVIDENCE_KIND);
    const { journeys, fingerprint } = await context.journeys();
    const now = Date.now();
    const invitations = await context.repository.listInvitations();
    const waiting = invitations.filter((i) => i.usedMs === null && i.revokedMs === null && i.expiresMs > now);
    // A learner's function is the one their invitation named: its code created their user, bound to their agent.
    // One read of the users for every invitation, not one query per enrolled learner on each report.
    const used = invitations.filter((i) => i.usedBy !== null && i.jobFunction !== '');
    const agentOf = new Map(
      used.length === 0 ? [] : (await context.repository.listUsers()).map((u) => [u.username, u.agent] as const),
    );
    const functionOf = new Map<string, string>();
    for (const i of used) {
      const agent = agentOf.get(i.usedBy!);
      const key = agent == null ? undefined : agentKey(agent);
      if (key !== undefined) functionOf.set(key, i.jobFunction);
    }
    // A function the learner stated themselves (on the sync page) wins over their invitation's.
    for (const s of await context.repository.listStatedFunctions()) functionOf.set(s.agentKey, s.jobFunction);
    const key = [
      version,
      curriculum.version,
      context.workforceMinGroup,
      asOf,
      fingerprint,
      waiting.map((i) => i.id).join(','),
      [...functionOf].join(','),
    ].join('|');
    if (cached?.key !== key) {
      const regions = new Set(curriculum.regions.map((r) => r.id));
      const paths = new Set(curriculum.paths.map((p) => p.id));
      const functions = new Set(curriculum.functions.map((f) => f.id));
      const all: PlacedLearner[] = [...parts.entries()]
        .sort(([a], [b]) => byAgent.compare(a, b))
        .map(([agent, json]) => {
          const state = journeys.get(agent);
          const region = state !== undefined && regions.has(state.region) ? state.region : UNKNOWN_REGION;
          const path = state?.pathId != null && paths.has(state.pathId) ? state.pathId : NO_PATH;
          const fn = functionOf.get(agent) ?? UNSTATED_FUNCTION;
          const where = `${region}|${path}|${fn}`;
          const kept = placed.get(agent);
          if (kept?.json === json && kept.where === where) return kept.learner;
          const learner: PlacedLearner = {
            region,
            path,
            function: fn,
            history: () => JSON.parse(json) as StoredHistory,
          };
          placed.set(agent, { json, where, learner });
          return learner;
        });
      for (const agent of placed.keys()) if (!parts.has(agent)) placed.delete(agent);
      for (const i of waiting)
        all.push(
          placedHistory({
            region: regions.has(i.region) ? i.region : UNKNOWN_REGION,
            path: NO_PATH,
            function: functions.has(i.jobFunction) ? i.jobFunction : UNSTATED_FUNCTION,
            assessments: [],
            completions: [],
            hours: 0,
          }),
        );
      const answersKey = `${curriculum.version}|${asOf}`;
      if (answers?.key !== answersKey) answers = { key: answersKey, known: new WeakMap() };
      const started = performance.now();
      cached = {
        key,
        plan: inSlices(planEvidenceSteps(all, curriculum, context.workforceMinGroup, asOf, answers.known)),
      };
      cached.plan.then(
        () => app.log.info({ learners: all.length, asOf, ms: Math.round(performance.now() - started) }, PLANNED),
        () => (cached = undefined),
      );
    }
    return cached.plan;
  }

  const evidenceCurriculum = async () => {
    const planner = await curriculumOf();
    return { ...planner, functions: planner.functions ?? [] };
  };

  // Today's report is planned as soon as the process listens (in slices, so other requests are
  // answered meanwhile): a lead's first report finds the plan made, or waits for this same work.
  let ahead: Promise<unknown> | undefined;
  app.addHook('onListen', async () => {
    ahead = evidenceCurriculum()
      .then((curriculum) => currentPlan(curriculum, today()))
      .catch(() => {}); // no site yet, storage closing: the report says what is wrong
  });

  async function report(request: FastifyRequest): Promise<{ body: EvidenceReport; chart?: string }> {
    await leadOf(context.principal, request, 'Programme evidence is for COE leads and admins');
    const query = parseQuery(request, evidenceQuerySchema, 'evidence query');
    const { region, path } = query;
    const curriculum = await evidenceCurriculum();
    const plan = await currentPlan(curriculum, query.asOf ?? today());
    const events = await context.repository.listProgrammeEvents();
    const population = (await context.repository.listPopulationSizes()).map(({ dimension, key, size }) => ({
      dimension,
      key,
      size,
    }));
    const body = evidenceReportFromPlan(plan, curriculum, { region, path }, events, population);
    if (region !== undefined && !body.options.regions.some((r) => r.id === region))
      throw badRequest(`Unknown region "${region}"; use one of: ${body.options.regions.map((r) => r.id).join(', ')}.`);
    if (path !== undefined && !body.options.paths.some((p) => p.id === path))
      throw badRequest(`Unknown path "${path}"; use one of: ${body.options.paths.map((p) => p.id).join(', ')}.`);
    return { body, chart: query.chart };
  }

  app.get('/evidence', async (request, reply) => {
    const { body } = await report(request);
    return reply.header('Cache-Control', 'no-store').send(body);
  });

  app.get('/evidence.csv', async (request, reply) => {
    const { body, chart } = await report(request);
    const which = evidenceChartSchema.safeParse(chart);
    if (!which.success)
      throw badRequest(`Say which chart's CSV: ?chart= one of ${evidenceChartSchema.options.join(', ')}.`);
    return reply
      .header('Cache-Control', 'no-store')
      .header('Content-Disposition', `attachment; filename="${evidenceCsvName(body, which.data)}"`)
      .type('text/csv; charset=utf-8')
      .send(evidenceCsv(body, which.data));
  });
  app.addHook('onClose', async () => {
    await ahead;
    await cached?.plan.catch(() => {});
  });
}
