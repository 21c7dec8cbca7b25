import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import type { PlannerCurriculum } from '../../src/lib/journey/plannerCurriculum.ts';
import type { LearningStatement } from '../../src/lib/progress/statements.ts';
import { COHESION_URN } from '../../src/lib/progress/xapiIds.ts';
import { type StatementStanding, standingFromStatements } from '../../src/lib/workforce/learnerStanding.ts';
import type { Repository } from '../storage/repository.ts';
import { agentKey } from '../xapi/agentKey.ts';

const KIND = 'workforce';
/** The aggregate key of the cursor: the newest statement seq the standings include, and the curriculum they were derived with. */
const CURSOR = '';
const PAGE = 200;
/** Standings written per transaction, so one write never holds the event loop (SQLite is synchronous) for long. */
const WRITE_BATCH = 50;
/** How long after a stored batch the standings are brought up to date, so a burst of batches costs one pass. */
const SETTLE_MS = 50;

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

/**
 * Per-learner workforce standings kept in the `aggregates` table and in memory, updated as
 * statements are stored: after each committed batch (and before each report) only the learners
 * whose statements changed since the cursor are re-derived, one at a time with the event loop free
 * in between, so a report costs in proportion to learners, never to statements × weeks, and no
 * learner's log holds other requests up. A new curriculum re-derives everyone. Learners count when
 * at least one of their statements is about a Cohesion activity.
 */
export function workforceStandings(repository: Repository, curriculumOf: () => Promise<PlannerCurriculum>) {
  let state:
    | { through: number; curriculum: string; parts: Map<string, StatementStanding>; version: number }
    | undefined;
  let running: Promise<void> | undefined;
  let timer: NodeJS.Timeout | undefined;

  async function catchUp(): Promise<void> {
    const curriculum = await curriculumOf();
    if (state === undefined) {
      const stored = await repository.readAggregates(KIND);
      const cursor = JSON.parse(stored.get(CURSOR) ?? 'null') as { through: number; curriculum: string } | null;
      const parts = new Map<string, StatementStanding>();
      for (const [key, value] of stored)
        if (key !== CURSOR && value !== 'null') parts.set(key, JSON.parse(value) as StatementStanding);
      state = { through: cursor?.through ?? 0, curriculum: cursor?.curriculum ?? '', parts, version: 0 };
    }
    const reset = state.curriculum !== curriculum.version;
    const from = reset ? 0 : state.through;
    const { through, agentKeys } = await repository.agentsChangedSince(from);
    if (!reset && through === state.through) return;
    const parts = reset ? new Map<string, StatementStanding>() : state.parts;
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
    batch.push([CURSOR, JSON.stringify({ through, curriculum: curriculum.version })]);
    await flush();
    state = { through, curriculum: curriculum.version, parts, version: state.version + 1 };
  }

  /** Brings the standings up to date with every statement stored so far (one pass at a time; a call during a pass waits for the next). */
  function refresh(): Promise<void> {
    if (running !== undefined) return running.catch(() => {}).then(() => refresh());
    running = catchUp().finally(() => {
      running = undefined;
    });
    return running;
  }

  const unsubscribe = repository.onStatementsStored(() => {
    timer ??= setTimeout(() => {
      timer = undefined;
      // No built site yet, or storage closing: the next report retries and says what is wrong.
      refresh().catch(() => {});
    }, SETTLE_MS);
  });

  return {
    refresh,
    /** The standings as of the last refresh. */
    async snapshot(): Promise<StandingsSnapshot> {
      await refresh();
      return { version: state!.version, parts: state!.parts };
    },
    /** Stops following stored statements and waits for a pass under way. */
    async close() {
      unsubscribe();
      if (timer !== undefined) clearTimeout(timer);
      await running?.catch(() => {});
    },
  };
}
