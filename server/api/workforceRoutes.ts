import type { FastifyInstance, FastifyRequest } from 'fastify';
import { buildWorkforceReport } from '../../src/lib/workforce/buildWorkforceReport.ts';
import { learnerStanding, type LearnerRecord } from '../../src/lib/workforce/learnerStanding.ts';
import { workforceCsv } from '../../src/lib/workforce/workforceCsv.ts';
import { workforceQuerySchema } from '../../src/lib/workforce/workforceQuerySchema.ts';
import type { WorkforceReport } from '../../src/lib/workforce/workforceReportSchema.ts';
import type { LearningStatement } from '../../src/lib/progress/statements.ts';
import type { Authenticator } from '../auth/authenticator.ts';
import type { Repository } from '../storage/repository.ts';
import { agentKey } from '../xapi/agentKey.ts';
import { XapiError, badRequest } from '../xapi/xapiError.ts';
import { siteCurriculumReader } from './readSiteCurriculum.ts';

const JOURNEY_ACTIVITY = 'urn:cohesion:journey';
const JOURNEY_STATE = 'urn:cohesion:state:journey';
const PAGE = 1000;

/** Every learner the LRS knows: agents with a statement about a Cohesion activity or a journey State document. */
async function collectLearners(repository: Repository): Promise<LearnerRecord[]> {
  const byAgent = new Map<string, { statements: LearningStatement[]; cohesion: boolean; journeyState?: unknown; updatedMs: number }>();
  const entry = (key: string) => byAgent.get(key) ?? byAgent.set(key, { statements: [], cohesion: false, updatedMs: -1 }).get(key)!;
  let after: number | undefined;
  do {
    const page = await repository.queryStatements({ relatedAgents: false, relatedActivities: false, ascending: true, limit: PAGE, after });
    for (const statement of page.statements) {
      const key = agentKey(statement.actor);
      if (key === undefined) continue;
      const learner = entry(key);
      // Stored statements are validated and always carry id and timestamp (the LRS sets them).
      learner.statements.push(statement as unknown as LearningStatement);
      if (String(statement.object.id ?? '').startsWith('urn:cohesion:')) learner.cohesion = true;
    }
    after = page.next;
  } while (after !== undefined);
  for (const { agentKey: key, document } of await repository.listStateDocuments(JOURNEY_ACTIVITY, JOURNEY_STATE)) {
    const learner = entry(key);
    if (document.updatedMs <= learner.updatedMs) continue; // the latest across registrations
    try {
      learner.journeyState = JSON.parse(Buffer.from(document.content).toString('utf8'));
      learner.updatedMs = document.updatedMs;
      learner.cohesion = true;
    } catch {
      // Not JSON: the learner counts with an unknown region and no path.
    }
  }
  return [...byAgent.values()].filter((l) => l.cohesion).map(({ statements, journeyState }) => ({ statements, journeyState }));
}

/** What the workforce routes need from the API context. */
export interface WorkforceContext {
  repository: Repository;
  authenticate: Authenticator;
  siteDir: string;
  workforceMinGroup: number;
}

/**
 * `GET /api/workforce` (JSON) and `GET /api/workforce.csv`, for COE leads and admins: the workforce
 * report over every learner's statements and journey State document, filtered by `region` and
 * `path`, with groups under `WORKFORCE_MIN_GROUP` learners hidden before anything leaves the server.
 */
export function workforceRoutes(app: FastifyInstance, context: WorkforceContext) {
  const curriculumOf = siteCurriculumReader(context.siteDir);

  async function report(request: FastifyRequest): Promise<WorkforceReport> {
    const principal = await context.authenticate(request.headers.authorization, request.ip);
    if (principal.role === 'learner') throw new XapiError(403, 'Workforce figures are for COE leads and admins; sign in with a lead credential.');
    const params = new URLSearchParams(request.url.split('?')[1] ?? '');
    const keys = [...params.keys()];
    const repeated = keys.find((k, i) => keys.indexOf(k) !== i);
    if (repeated !== undefined) throw badRequest(`Parameter "${repeated}" is given more than once; give it once.`);
    const parsed = workforceQuerySchema.safeParse(Object.fromEntries(params));
    if (!parsed.success) throw badRequest(`Invalid workforce query: ${parsed.error.issues.map((i) => `${i.path.join('.') || 'query'}: ${i.message}`).join('; ')}. Use ?region=<region id>&path=<path id>.`);
    const { region, path } = parsed.data;
    const curriculum = await curriculumOf();
    const report = buildWorkforceReport((await collectLearners(context.repository)).map((l) => learnerStanding(l, curriculum)), curriculum, { region, path }, context.workforceMinGroup);
    if (region !== undefined && !report.options.regions.some((r) => r.id === region)) {
      throw badRequest(`Unknown region "${region}"; use one of: ${report.options.regions.map((r) => r.id).join(', ')}.`);
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
