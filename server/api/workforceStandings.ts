import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import type { PlannerCurriculum } from '../../src/lib/journey/plannerCurriculum.ts';
import type { LearningStatement } from '../../src/lib/progress/statements.ts';
import { COHESION_URN } from '../../src/lib/progress/xapiIds.ts';
import { type StatementStanding, standingFromStatements } from '../../src/lib/workforce/learnerStanding.ts';
import { followStoredStatements } from '../storage/followStoredStatements.ts';
import type { Repository } from '../storage/repository.ts';
import { agentKey } from '../xapi/agentKey.ts';

const KIND = 'workforce';
/** The aggregate key of the cursor (see Cursor). */
const CURSOR = '';
const PAGE = 200;
/** Standings written per transaction, so one write never holds the event loop (SQLite is synchronous) for long. */
const WRITE_BATCH = 50;

/** What the workforce report needs of the standings: each learner's, by agent key, and a version that changes when any does. */
export interface StandingsSnapshot {
  version: number;
  parts: ReadonlyMap<string, StatementStanding>;
}

/** A learner's own statements (actor is the agent; voided ones left out by storage), a page at a time. */
export async function statementsOf(repository: Repository, key: string): Promise<LearningStatement[]> {
  const own: LearningStatement[] = [];
  let after: number | undefined = 0;
  do {
    const page = await repository.agentStatements(key, after, PAGE);
    // Stored statements are validated and always carry id and timestamp (the LRS sets them).
    for (const statement of page.statements)
      if (agentKey(statement.actor) === key) own.push(statement as unknown as LearningStatement);
    after = page.next;
  } while (after !== undefined);
  return own;
}

/** The cursor as stored: the newest statement seq the stored standings include, and the curriculum they were derived with. */
interface Cursor {
  through: number;
  curriculum: string;
}

/**
 * Per-learner workforce standings kept in the `aggregates` table, shared by every server process on
 * the database, and mirrored in memory. A refresh runs `exclusively` (one process at a time): it
 * first adopts what other processes stored — the standings of the learners whose statements changed
 * since this process's mirror, read from the table, never from their statements — then re-derives
 * only the learners whose statements changed since the stored cursor, one at a time with the event
 * loop free in between, writes them and moves the cursor. So each statement is read once for all
 * processes, a report costs in proportion to learners, never to statements × weeks, and no
 * learner's log holds other requests up. A new curriculum re-derives everyone. Learners count when
 * at least one of their statements is about a Cohesion activity.
 */
export function workforceStandings(repository: Repository, curriculumOf: () => Promise<PlannerCurriculum>) {
  let state: (Cursor & { parts: Map<string, StatementStanding>; version: number }) | undefined;

  const standingOf = (value: string | undefined) =>
    value === undefined || value === 'null' ? undefined : (JSON.parse(value) as StatementStanding);

  /** Makes the mirror what the table holds as of `cursor`, reading only the standings that changed since the mirror's. */
  async function adopt(cursor: Cursor): Promise<void> {
    if (state !== undefined && state.curriculum === cursor.curriculum && state.through === cursor.through) return;
    const version = (state?.version ?? 0) + 1;
    if (state === undefined || state.curriculum !== cursor.curriculum || state.through > cursor.through) {
      const parts = new Map<string, StatementStanding>();
      for (const [key, value] of await repository.readAggregates(KIND)) {
        const part = key === CURSOR ? undefined : standingOf(value);
        if (part !== undefined) parts.set(key, part);
      }
      state = { ...cursor, parts, version };
      return;
    }
    const { agentKeys } = await repository.agentsChangedSince(state.through);
    const stored = await repository.readAggregates(KIND, agentKeys);
    for (const key of agentKeys) {
      const part = standingOf(stored.get(key));
      if (part === undefined) state.parts.delete(key);
      else state.parts.set(key, part);
    }
    state = { ...state, ...cursor, version };
  }

  async function catchUp(): Promise<void> {
    const curriculum = await curriculumOf();
    await repository.exclusively(`aggregates:${KIND}`, async () => {
      const cursor = JSON.parse(
        (await repository.readAggregates(KIND, [CURSOR])).get(CURSOR) ?? 'null',
      ) as Cursor | null;
      const reset = cursor?.curriculum !== curriculum.version;
      if (!reset) await adopt(cursor);
      const from = reset ? 0 : cursor.through;
      const { through, agentKeys } = await repository.agentsChangedSince(from);
      if (!reset && through === from) return;
      const parts = reset || state === undefined ? new Map<string, StatementStanding>() : state.parts;
      let batch: Array<readonly [string, string]> = [];
      let first = true;
      const flush = async () => {
        await repository.writeAggregates(KIND, batch, reset && first);
        first = false;
        batch = [];
      };
      for (const key of agentKeys) {
        const statements = await statementsOf(repository, key);
        await yieldToEventLoop();
        const learner = statements.some((s) => 'id' in s.object && String(s.object.id).startsWith(COHESION_URN));
        const part = learner ? standingFromStatements(statements, curriculum) : undefined;
        if (part === undefined) parts.delete(key);
        else parts.set(key, part);
        batch.push([key, part === undefined ? 'null' : JSON.stringify(part)]);
        if (batch.length >= WRITE_BATCH) await flush();
      }
      batch.push([CURSOR, JSON.stringify({ through, curriculum: curriculum.version } satisfies Cursor)]);
      await flush();
      state = { through, curriculum: curriculum.version, parts, version: (state?.version ?? 0) + 1 };
    });
  }

  // Brings the standings up to date with every statement stored so far; a failed pass (no built site
  // yet, storage closing) is run again by the next report, which says what is wrong.
  const following = followStoredStatements(repository, catchUp);
  const { refresh } = following;

  return {
    refresh,
    /** The standings as of the last refresh. */
    async snapshot(): Promise<StandingsSnapshot> {
      await refresh();
      return { version: state!.version, parts: state!.parts };
    },
    /** Stops following stored statements and waits for a pass under way. */
    close: following.close,
  };
}
