import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import type { PlannerCurriculum } from '../../src/lib/journey/plannerCurriculum.ts';
import type { LearningStatement } from '../../src/lib/progress/statements.ts';
import { COHESION_URN } from '../../src/lib/progress/xapiIds.ts';
import { followStoredStatements } from '../storage/followStoredStatements.ts';
import type { Repository } from '../storage/repository.ts';
import { statementsOf } from './statementsOf.ts';

/** The aggregate key of each kind's cursor (see Cursor). */
const CURSOR = '';
/** Learners whose aggregates are written per transaction (one per kind), so one write never holds the event loop (SQLite is synchronous) for long. */
const WRITE_BATCH = 100;

/** What a report needs of one kind of aggregate: each learner's, by agent key, and a version that changes when any does. */
export interface AggregatesSnapshot<T> {
  version: number;
  parts: ReadonlyMap<string, T>;
}

/** How each kind of per-learner aggregate is derived from the learner's own statements (at least one about a Cohesion activity). */
export type AggregateKinds = Record<
  string,
  (statements: readonly LearningStatement[], curriculum: PlannerCurriculum) => unknown
>;

/** The cursor as stored: the newest statement seq the stored aggregates include, the curriculum and the kinds they were derived with. */
interface Cursor {
  through: number;
  curriculum: string;
  kinds: string[];
}

/**
 * Per-learner aggregates of several kinds (the `aggregates` table, a kind each), shared by every
 * server process on the database, and mirrored in memory. A refresh runs `exclusively` (one process
 * at a time): it first adopts what other processes stored — the aggregates of the learners whose
 * statements changed since this process's mirror, read from the table, never from their statements
 * — then re-derives only the learners whose statements changed since the stored cursor, one at a
 * time with the event loop free in between, every kind from one read of their statements, writes
 * them and moves the cursor last. So each statement is read once for all processes and kinds, a
 * report costs in proportion to learners, never to statements × weeks, and no learner's log holds
 * other requests up. A new curriculum (or a new kind) re-derives everyone. Learners count when at
 * least one of their statements is about a Cohesion activity.
 */
export function sharedAggregates<K extends AggregateKinds, J extends keyof K & string = never>(
  repository: Repository,
  curriculumOf: () => Promise<PlannerCurriculum>,
  derive: K,
  keptAsJson: readonly J[] = [],
) {
  const kinds = Object.keys(derive).sort();
  /** The kinds whose summaries a snapshot gives as stored (JSON), for a reader that parses each only when it needs it. */
  const asJson = new Set<string>(keptAsJson);
  type Parts = Map<string, Map<string, unknown>>;
  /**
   * Per kind: summaries read from the table and not yet parsed. A report parses its kind's when it first
   * asks, so a report made at start does not wait for the other kinds' (the workforce standings are twice
   * the histories' JSON).
   */
  type Unparsed = Map<string, Map<string, string>>;
  /**
   * The kinds whose stored summaries this mirror has not read yet, each with the learners it has settled
   * since (derived here, or adopted from another process's pass) and the read under way: the first read of
   * the kind takes every other learner's row, which is never older than what the mirror could have had.
   */
  type Unread = Map<string, { settled: Set<string>; read?: Promise<void> }>;
  interface Mirror {
    parts: Parts;
    unparsed: Unparsed;
    unread: Unread;
  }
  let state: (Cursor & Mirror & { version: number }) | undefined;

  /** A stored summary as the mirror keeps it (`undefined`: none): parsed, or the JSON itself for a kind kept as JSON. */
  const partOf = (kind: string, value: string | undefined): unknown =>
    value === undefined || value === 'null' ? undefined : asJson.has(kind) ? value : JSON.parse(value);
  const emptyMirror = (unread: readonly string[]): Mirror => ({
    parts: new Map(kinds.map((kind) => [kind, new Map()])),
    unparsed: new Map(kinds.map((kind) => [kind, new Map()])),
    unread: new Map(unread.map((kind) => [kind, { settled: new Set() }])),
  });
  /** Puts the latest of a learner's summary of a kind (`undefined`: none) in the mirror. */
  const settle = (mirror: Mirror, kind: string, key: string, part: unknown) => {
    mirror.unread.get(kind)?.settled.add(key);
    mirror.unparsed.get(kind)!.delete(key);
    if (part === undefined) mirror.parts.get(kind)!.delete(key);
    else mirror.parts.get(kind)!.set(key, part);
  };

  /** Makes the mirror what the table holds as of `cursor`, reading only the aggregates that changed since the mirror's. */
  async function adopt(cursor: Cursor): Promise<void> {
    if (state !== undefined && state.curriculum === cursor.curriculum && state.through === cursor.through) return;
    const version = (state?.version ?? 0) + 1;
    if (state === undefined || state.curriculum !== cursor.curriculum || state.through > cursor.through) {
      // Nothing read yet: each kind is read when a report first asks for it (`readKind`).
      state = { ...cursor, ...emptyMirror(kinds), version };
      return;
    }
    const { agentKeys } = await repository.agentsChangedSince(state.through);
    for (const kind of kinds) {
      const stored = await repository.readAggregates(kind, agentKeys);
      for (const key of agentKeys) settle(state, kind, key, partOf(kind, stored.get(key)));
    }
    state = { ...state, ...cursor, version };
  }

  /** Reads a kind's stored summaries into the mirror, once, leaving out the learners it has settled meanwhile. */
  function readKind(mirror: Mirror, kind: string): Promise<void> {
    const unread = mirror.unread.get(kind);
    if (unread === undefined) return Promise.resolve();
    unread.read ??= repository.readAggregates(kind).then(
      (stored) => {
        stored.delete(CURSOR);
        const waiting = mirror.unparsed.get(kind)!;
        for (const [key, value] of stored) if (!unread.settled.has(key)) waiting.set(key, value);
        mirror.unread.delete(kind);
      },
      (error: unknown) => {
        unread.read = undefined; // the next report reads again
        throw error;
      },
    );
    return unread.read;
  }

  async function catchUp(): Promise<void> {
    const curriculum = await curriculumOf();
    await repository.exclusively(`aggregates:${kinds.join('+')}`, async () => {
      // Each kind carries the cursor in its own last write: a pass cut short between kinds leaves one
      // behind, and the next pass derives again from the least of them.
      const cursors = await Promise.all(
        kinds.map(
          async (kind) =>
            JSON.parse((await repository.readAggregates(kind, [CURSOR])).get(CURSOR) ?? 'null') as Cursor | null,
        ),
      );
      const stale = cursors.some(
        (c) => c === null || c.curriculum !== curriculum.version || c.kinds?.join() !== kinds.join(),
      );
      const cursor = stale ? null : cursors.reduce((a, b) => (b!.through < a!.through ? b : a));
      const reset = cursor === null;
      if (!reset) await adopt(cursor);
      const from = reset ? 0 : cursor.through;
      const { through, agentKeys } = await repository.agentsChangedSince(from);
      if (!reset && through === from) return;
      // A new curriculum derives every learner: nothing is left to read.
      const mirror: Mirror = reset || state === undefined ? emptyMirror([]) : state;
      let batch: Array<[string, Array<readonly [string, string]>]> = kinds.map((kind) => [kind, []]);
      let first = true;
      const flush = async () => {
        for (const [kind, entries] of batch) await repository.writeAggregates(kind, entries, reset && first);
        first = false;
        batch = kinds.map((kind) => [kind, []]);
      };
      for (const key of agentKeys) {
        const statements = await statementsOf(repository, key);
        await yieldToEventLoop();
        const learner = statements.some((s) => 'id' in s.object && String(s.object.id).startsWith(COHESION_URN));
        for (const [kind, entries] of batch) {
          const part = learner ? derive[kind]!(statements, curriculum) : undefined;
          const json = part === undefined ? 'null' : JSON.stringify(part);
          settle(mirror, kind, key, asJson.has(kind) ? partOf(kind, json) : part);
          entries.push([key, json]);
          await yieldToEventLoop(); // a long log's derivations are one block each, not one together
        }
        if (batch[0]![1].length >= WRITE_BATCH) await flush();
      }
      const moved: Cursor = { through, curriculum: curriculum.version, kinds };
      for (const [, entries] of batch) entries.push([CURSOR, JSON.stringify(moved)]);
      await flush();
      const { parts, unparsed, unread } = mirror;
      state = { ...moved, parts, unparsed, unread, version: (state?.version ?? 0) + 1 };
    });
  }

  // Brings the aggregates up to date with every statement stored so far; a failed pass (no built site
  // yet, storage closing) is run again by the next report, which says what is wrong.
  const following = followStoredStatements(repository, catchUp);
  const { refresh } = following;

  return {
    refresh,
    /** One kind's aggregates as of a refresh made now (a kind kept as JSON: each learner's summary as stored). */
    async snapshot<N extends keyof K & string>(
      kind: N,
    ): Promise<AggregatesSnapshot<N extends J ? string : ReturnType<K[N]>>> {
      await refresh();
      // The kind's summaries, read if this mirror has not yet, then parsed in slices so requests are answered
      // meanwhile (a kind kept as JSON: taken as they are, at once). Each is taken out of `unparsed` as it is
      // parsed, in one synchronous step: a pass that derives a learner meanwhile drops theirs from it first, so
      // a parsed summary never replaces a newer one.
      while (state!.unread.has(kind) || state!.unparsed.get(kind)!.size > 0) {
        await readKind(state!, kind);
        const waiting = state!.unparsed.get(kind)!;
        const parts = state!.parts.get(kind)!;
        if (asJson.has(kind)) {
          for (const [key, value] of waiting) if (value !== 'null') parts.set(key, value);
          waiting.clear();
          continue;
        }
        let parsed = 0;
        for (const [key, value] of waiting) {
          waiting.delete(key);
          const part = partOf(kind, value);
          if (part !== undefined) parts.set(key, part);
          if (++parsed % WRITE_BATCH === 0) await yieldToEventLoop();
          if (state!.unparsed.get(kind) !== waiting) break; // a pass read the table anew meanwhile
        }
      }
      return {
        version: state!.version,
        parts: state!.parts.get(kind) as Map<string, N extends J ? string : ReturnType<K[N]>>,
      };
    },
    /** Stops following stored statements and waits for a pass under way. */
    close: following.close,
  };
}
