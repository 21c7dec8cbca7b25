import type { Kysely } from 'kysely';
import type { Database } from './database.ts';
import type { LockKey } from './kyselyRepository.ts';
import type { FieldCaseEvent, FieldCaseRecord, Repository } from './repository.ts';

type Db = Kysely<Database>;
type FieldCaseStore = Pick<Repository, 'changeFieldCase' | 'listFieldCases' | 'listFieldCaseEvents'>;

const SUBMISSIONS = ['submitted', 'resubmitted'];

const caseRow = (r: FieldCaseRecord) => ({
  id: r.case.id,
  author_key: r.authorKey,
  status: r.status,
  body: JSON.stringify(r.case),
  html: JSON.stringify(r.html),
  submitted_ms: r.submittedMs,
  updated_ms: r.updatedMs,
  approved_ms: r.approvedMs,
});

const toRecord = (row: Database['field_cases']): FieldCaseRecord => ({
  case: JSON.parse(row.body),
  authorKey: row.author_key,
  status: row.status as FieldCaseRecord['status'],
  html: JSON.parse(row.html),
  submittedMs: Number(row.submitted_ms),
  updatedMs: Number(row.updated_ms),
  approvedMs: row.approved_ms === null ? null : Number(row.approved_ms),
});

const toEvent = (row: Database['field_case_events']): FieldCaseEvent => ({
  id: row.id,
  caseId: row.case_id,
  authorKey: row.author_key,
  action: row.action as FieldCaseEvent['action'],
  by: row.by_username,
  atMs: Number(row.at_ms),
  comment: row.comment,
  edits: row.edits === null ? null : JSON.parse(row.edits),
});

/** The field case part of the Kysely repository (see `Repository.changeFieldCase` and the lists). */
export function fieldCaseStore(db: Db, lock: LockKey): FieldCaseStore {
  return {
    async changeFieldCase(id, authorKey, change) {
      return db.transaction().execute(async (trx) => {
        // The author's lock first, then the case's: a lead takes only the case's, so no two writers wait on each other in turn.
        if (authorKey !== undefined) await lock(trx, `field-cases-by:${authorKey}`);
        await lock(trx, `field-case:${id}`);
        const row = await trx.selectFrom('field_cases').selectAll().where('id', '=', id).executeTakeFirst();
        const recentSubmissions = async (author: string, sinceMs: number) => {
          const rows = await trx
            .selectFrom('field_case_events')
            .select('at_ms')
            .where('author_key', '=', author)
            .where('at_ms', '>', sinceMs)
            .where('action', 'in', SUBMISSIONS)
            .orderBy('at_ms')
            .execute();
          return rows.map((r) => Number(r.at_ms));
        };
        const write = await change(row === undefined ? undefined : toRecord(row), recentSubmissions);
        if (write.kind === 'none') return write;
        const values = caseRow(write.record);
        if (row === undefined) await trx.insertInto('field_cases').values(values).execute();
        else await trx.updateTable('field_cases').set(values).where('id', '=', id).execute();
        const e = write.event;
        await trx
          .insertInto('field_case_events')
          .values({
            id: e.id,
            case_id: e.caseId,
            author_key: e.authorKey,
            action: e.action,
            by_username: e.by,
            at_ms: e.atMs,
            comment: e.comment,
            edits: e.edits === null ? null : JSON.stringify(e.edits),
          })
          .execute();
        return write;
      });
    },

    async listFieldCases(filter = {}) {
      let query = db.selectFrom('field_cases').selectAll();
      if (filter.authorKey !== undefined) query = query.where('author_key', '=', filter.authorKey);
      if (filter.statuses !== undefined) {
        if (filter.statuses.length === 0) return [];
        query = query.where('status', 'in', filter.statuses);
      }
      const rows = await query.orderBy('updated_ms', 'desc').orderBy('id').execute();
      return rows.map(toRecord);
    },

    async listFieldCaseEvents(caseIds) {
      if (caseIds.length === 0) return [];
      const events: FieldCaseEvent[] = [];
      // Bounded lists of bound values (SQLite binds at most 32,766 per statement).
      for (let start = 0; start < caseIds.length; start += 1000) {
        const rows = await db
          .selectFrom('field_case_events')
          .selectAll()
          .where('case_id', 'in', caseIds.slice(start, start + 1000))
          .orderBy('at_ms')
          .orderBy('id')
          .execute();
        events.push(...rows.map(toEvent));
      }
      return events.sort((a, b) => a.atMs - b.atMs);
    },
  };
}
