import { randomUUID } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { caseMarkdownToHtml } from '../../src/lib/cases/caseMarkdownToHtml.ts';
import { caseReferenceProblems } from '../../src/lib/cases/caseReferenceProblems.ts';
import { countFieldCases } from '../../src/lib/cases/countFieldCases.ts';
import {
  CASE_MARKDOWN_FIELDS,
  type CaseDecision,
  type CaseStatus,
  caseDecisionSchema,
  caseStatusSchema,
  type FieldCase,
  fieldCaseSchema,
} from '../../src/lib/cases/fieldCaseSchema.ts';
import { renderCaseMarkdown } from '../../src/lib/cases/renderCaseMarkdown.ts';
import { idSchema, levelSchema } from '../../src/lib/curriculum/idSchema.ts';
import { describeZodError } from '../../src/lib/describeZodError.ts';
import { leadOf } from '../auth/leadOf.ts';
import type { Principal } from '../auth/principal.ts';
import type { FieldCaseEvent, FieldCaseRecord, FieldCaseWrite, Repository } from '../storage/repository.ts';
import { badRequest, XapiError } from '../xapi/xapiError.ts';
import { recordCaseStatement } from './fieldCaseStatements.ts';
import { caseView, libraryCase } from './fieldCaseViews.ts';
import { jsonBody } from './jsonBody.ts';
import { parseQuery } from './parseQuery.ts';
import type { SiteCurriculum } from './readSiteCurriculum.ts';

/** What the field case routes need from the API context. */
export interface FieldCaseContext {
  repository: Repository;
  principal(request: FastifyRequest): Promise<Principal>;
  /** The built site's curriculum.json, which lists the competencies, levels, regions and functions a case may name. */
  curriculumOf: SiteCurriculum;
  /** Home page of the accounts a lead acts as in xAPI statements (COHESION_PUBLIC_URL). */
  publicUrl: string;
  workforceMinGroup: number;
  /** How many cases one learner may submit or resubmit in an hour (CASE_SUBMISSIONS_PER_HOUR). */
  submissionsPerHour: number;
}

/** The largest case body accepted: four 4,000-character fields of any script, JSON-escaped, with room to spare. */
export const CASE_BODY_LIMIT = 128 * 1024;
const HOUR = 3_600_000;

const queueQuerySchema = z
  .strictObject({ status: z.union([caseStatusSchema, z.literal('all')]).default('submitted') })
  .describe('Use ?status=submitted|changesRequested|approved|declined|all.');
const libraryQuerySchema = z
  .strictObject({
    competency: idSchema.optional(),
    level: z.coerce.number().pipe(levelSchema).optional(),
    region: idSchema.optional(),
    archetype: idSchema.optional(),
    function: idSchema.optional(),
  })
  .describe('Use ?competency=<id>&level=<number>&region=<id>&archetype=<id>&function=<id>, each optional.');

/** Where each decision leaves a case. */
const STATUS_AFTER = {
  approve: 'approved',
  requestChanges: 'changesRequested',
  decline: 'declined',
} as const satisfies Record<CaseDecision['decision'], CaseStatus>;

/** The case with a lead's edits applied, or a 400 when they leave it invalid. */
function editedCase(fieldCase: FieldCase, edits: NonNullable<CaseDecision['edits']>): FieldCase {
  const parsed = fieldCaseSchema.safeParse({ ...fieldCase, ...edits });
  if (!parsed.success)
    throw badRequest(`These edits leave the case invalid: ${describeZodError(parsed.error, 'case')}.`);
  return parsed.data;
}

/**
 * The Markdown fields of `c` that it has, as safe HTML. Rendered before a write's transaction takes its
 * locks: parsing costs more than the write, and SQLite's write lock would hold every other writer meanwhile.
 */
const renderHtml = <C extends Partial<FieldCase>>(c: C) =>
  Object.fromEntries(
    CASE_MARKDOWN_FIELDS.flatMap((f) => {
      const markdown = c[f];
      return markdown === undefined ? [] : [[f, caseMarkdownToHtml(renderCaseMarkdown(markdown))]];
    }),
  ) as C extends FieldCase ? FieldCaseRecord['html'] : Partial<FieldCaseRecord['html']>;

/**
 * Field cases, the community of practice's shared practice: a learner submits a case (`POST
 * /api/cases`, idempotent by its id), reads their own (`GET /api/cases/mine`) and resubmits one
 * (`PUT /api/cases/:id`) until a lead decides; leads read the queue (`GET /api/cases`), decide
 * (`POST /api/cases/:id/decisions`) and count (`GET /api/cases/counts`); every signed-in credential
 * reads the approved ones (`GET /api/cases/library`). Submissions and approvals are also xAPI statements.
 */
export function fieldCaseRoutes(app: FastifyInstance, context: FieldCaseContext) {
  const { repository } = context;
  const { curriculumOf } = context;

  const learner = async (request: FastifyRequest) => {
    const principal = await context.principal(request);
    if (principal.role !== 'learner' || principal.agentKey === undefined)
      throw new XapiError(
        403,
        'Only learners share field cases, from their own device: a lead or admin credential cannot submit or edit one as a learner.',
      );
    return principal as Principal & { agentKey: string };
  };
  const lead = (request: FastifyRequest) =>
    leadOf(context.principal, request, 'Only COE leads and admins curate field cases');
  /** The case from the body, its references checked against the built curriculum (400 naming each unknown one), its author's name only if shown. */
  const submittedCase = async (request: FastifyRequest) => {
    const { authorName, ...fieldCase } = jsonBody(request, fieldCaseSchema);
    await assertKnownReferences(fieldCase);
    // A name the author chose not to show is not kept at all: not even leads see it.
    return fieldCase.showName ? { ...fieldCase, authorName } : fieldCase;
  };
  const assertKnownReferences = async (fieldCase: FieldCase) => {
    const problems = caseReferenceProblems(fieldCase, await curriculumOf());
    if (problems.length > 0) throw badRequest(`This case names what the curriculum lacks: ${problems.join('; ')}.`);
  };
  /** Refuses (429) a learner's submission past the hourly limit, saying when the next one is possible. */
  const assertWithinLimit = async (
    reply: FastifyReply,
    recent: (authorKey: string, sinceMs: number) => Promise<number[]>,
    authorKey: string,
    nowMs: number,
  ) => {
    const times = await recent(authorKey, nowMs - HOUR);
    if (times.length < context.submissionsPerHour) return;
    const seconds = Math.max(1, Math.ceil((times[times.length - context.submissionsPerHour]! + HOUR - nowMs) / 1000));
    reply.header('Retry-After', String(seconds));
    throw new XapiError(
      429,
      `You have submitted ${times.length} cases in the last hour, the most this server takes (CASE_SUBMISSIONS_PER_HOUR = ${context.submissionsPerHour}). Your case is kept on your device: send it again in ${Math.ceil(seconds / 60)} min.`,
    );
  };
  const event = (
    record: FieldCaseRecord,
    action: FieldCaseEvent['action'],
    by: Principal,
    atMs: number,
    extra: Partial<FieldCaseEvent> = {},
  ): FieldCaseEvent => ({
    id: randomUUID(),
    caseId: record.case.id,
    authorKey: record.authorKey,
    action,
    by: by.username,
    atMs,
    comment: null,
    edits: null,
    ...extra,
  });
  const viewOf = async (record: FieldCaseRecord) =>
    caseView(record, await repository.listFieldCaseEvents([record.case.id]));
  const notYours = () =>
    new XapiError(
      403,
      'This case belongs to another learner: you can only submit and edit your own cases. A new case needs a new id.',
    );
  const statementOf = async (principal: Principal, write: FieldCaseWrite) => {
    if (write.kind === 'write')
      await recordCaseStatement(repository, context.publicUrl, principal, write.record, write.event);
  };
  // Refuses an oversized body by its declared length before reading it; Fastify's bodyLimit catches one sent without.
  const bodyLimit = {
    bodyLimit: CASE_BODY_LIMIT,
    preParsing: async (request: FastifyRequest) => {
      if (Number(request.headers['content-length'] ?? 0) > CASE_BODY_LIMIT)
        throw new XapiError(
          413,
          `A case is at most ${CASE_BODY_LIMIT / 1024} KiB of JSON (a title of 120 characters and four fields of 4,000); this request is larger.`,
        );
    },
  };

  app.post('/cases', bodyLimit, async (request, reply) => {
    const principal = await learner(request);
    const fieldCase = await submittedCase(request);
    const html = renderHtml(fieldCase);
    let existing: FieldCaseRecord | undefined;
    const write = await repository.changeFieldCase(fieldCase.id, principal.agentKey, async (current, recent) => {
      if (current !== undefined) {
        if (current.authorKey !== principal.agentKey) throw notYours();
        if (!isDeepStrictEqual(current.case, fieldCase))
          throw new XapiError(
            409,
            'This case was already submitted with other content. To change it, resubmit it with PUT /api/cases/:id while it is submitted or changes are requested.',
          );
        existing = current;
        return { kind: 'none' };
      }
      const now = Date.now();
      await assertWithinLimit(reply, recent, principal.agentKey, now);
      const record: FieldCaseRecord = {
        case: fieldCase,
        authorKey: principal.agentKey,
        status: 'submitted',
        html,
        submittedMs: now,
        updatedMs: now,
        approvedMs: null,
      };
      return { kind: 'write', record, event: event(record, 'submitted', principal, now) };
    });
    if (write.kind === 'write') {
      await statementOf(principal, write);
      return reply.code(201).send({ case: await viewOf(write.record) });
    }
    // The same case again (an offline device resending): nothing new; its statement is written if a failure left it out.
    const events = await repository.listFieldCaseEvents([fieldCase.id]);
    const first = events.find((e) => e.action === 'submitted');
    if (first !== undefined) await statementOf(principal, { kind: 'write', record: existing!, event: first });
    return reply.code(200).send({ case: caseView(existing!, events) });
  });

  app.get('/cases/mine', async (request) => {
    const principal = await learner(request);
    const records = await repository.listFieldCases({ authorKey: principal.agentKey });
    const events = await repository.listFieldCaseEvents(records.map((r) => r.case.id));
    return { cases: records.map((r) => caseView(r, events)) };
  });

  app.put<{ Params: { id: string } }>('/cases/:id', bodyLimit, async (request, reply) => {
    const principal = await learner(request);
    const fieldCase = await submittedCase(request);
    if (fieldCase.id !== request.params.id)
      throw badRequest(`The body's id (${fieldCase.id}) is not the case in the address (${request.params.id}).`);
    const html = renderHtml(fieldCase);
    let existing: FieldCaseRecord | undefined;
    const write = await repository.changeFieldCase(fieldCase.id, principal.agentKey, async (current, recent) => {
      if (current === undefined)
        throw new XapiError(404, `There is no case ${fieldCase.id} to resubmit; submit it with POST /api/cases.`);
      if (current.authorKey !== principal.agentKey) throw notYours();
      if (current.status === 'approved' || current.status === 'declined')
        throw new XapiError(
          409,
          `This case is ${current.status === 'approved' ? 'approved and in the library' : 'declined'}: it can no longer be edited. Share a new case instead.`,
        );
      if (current.status === 'submitted' && isDeepStrictEqual(current.case, fieldCase)) {
        existing = current;
        return { kind: 'none' };
      }
      const now = Date.now();
      await assertWithinLimit(reply, recent, principal.agentKey, now);
      const record: FieldCaseRecord = {
        ...current,
        case: fieldCase,
        status: 'submitted',
        html,
        updatedMs: now,
      };
      return { kind: 'write', record, event: event(record, 'resubmitted', principal, now) };
    });
    // The same content again while it waits for a lead: nothing new.
    return { case: await viewOf(write.kind === 'write' ? write.record : existing!) };
  });

  app.get('/cases', async (request) => {
    await lead(request);
    const { status } = parseQuery(request, queueQuerySchema, 'case queue query');
    const statuses: readonly CaseStatus[] = status === 'all' ? caseStatusSchema.options : [status];
    const records = await repository.listFieldCases({ statuses });
    const events = await repository.listFieldCaseEvents(records.map((r) => r.case.id));
    // The queue is worked oldest first: the case waiting longest comes first.
    return { cases: records.reverse().map((r) => caseView(r, events)) };
  });

  app.post<{ Params: { id: string } }>('/cases/:id/decisions', bodyLimit, async (request) => {
    const principal = await lead(request);
    const decision = jsonBody(request, caseDecisionSchema);
    const id = request.params.id;
    const editedHtml = renderHtml(decision.edits ?? {});
    let existing: FieldCaseRecord | undefined;
    const write = await repository.changeFieldCase(id, undefined, async (current) => {
      if (current === undefined) throw new XapiError(404, `There is no case ${id}.`);
      // Approving an approved case again changes nothing (a retry); its statement is written if a failure left it out.
      if (decision.decision === 'approve' && current.status === 'approved' && decision.edits === undefined) {
        existing = current;
        return { kind: 'none' };
      }
      const open = current.status === 'submitted' || current.status === 'changesRequested';
      // An approved case may still be withdrawn from the library by declining it.
      if (!open && !(current.status === 'approved' && decision.decision === 'decline'))
        throw new XapiError(409, `This case is ${current.status}: it takes no ${decision.decision} decision now.`);
      const fieldCase = decision.edits === undefined ? current.case : editedCase(current.case, decision.edits);
      if (decision.edits !== undefined) await assertKnownReferences(fieldCase);
      const now = Date.now();
      const status = STATUS_AFTER[decision.decision];
      const record: FieldCaseRecord = {
        ...current,
        case: fieldCase,
        status,
        html: { ...current.html, ...editedHtml },
        updatedMs: now,
        approvedMs: status === 'approved' ? now : null,
      };
      const extra = { comment: decision.comment || null, edits: decision.edits ?? null };
      return { kind: 'write', record, event: event(record, decision.decision, principal, now, extra) };
    });
    if (write.kind === 'write') {
      await statementOf(principal, write);
      return { case: await viewOf(write.record) };
    }
    const events = await repository.listFieldCaseEvents([id]);
    const approval = events.filter((e) => e.action === 'approve').at(-1);
    if (approval !== undefined) await statementOf(principal, { kind: 'write', record: existing!, event: approval });
    return { case: caseView(existing!, events) };
  });

  app.get('/cases/library', async (request) => {
    await context.principal(request);
    const filter = parseQuery(request, libraryQuerySchema, 'library query');
    const approved = await repository.listFieldCases({ statuses: ['approved'] });
    const matches = (c: FieldCase) =>
      (filter.competency === undefined && filter.level === undefined) ||
      c.competencies.some(
        (l) =>
          (filter.competency === undefined || l.competency === filter.competency) &&
          (filter.level === undefined || l.level === filter.level),
      );
    const cases = approved
      .filter((r) => matches(r.case))
      .filter(
        (r) => filter.region === undefined || r.case.region === filter.region || r.case.archetype === filter.region,
      )
      .filter((r) => filter.archetype === undefined || r.case.archetype === filter.archetype)
      .filter((r) => filter.function === undefined || r.case.function === filter.function)
      .sort((a, b) => (b.approvedMs ?? 0) - (a.approvedMs ?? 0))
      .map(libraryCase);
    return { cases };
  });

  app.get('/cases/counts', async (request) => {
    await lead(request);
    const approved = await repository.listFieldCases({ statuses: ['approved'] });
    return countFieldCases(approved, context.workforceMinGroup);
  });
}
