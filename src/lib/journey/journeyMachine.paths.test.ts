import { getShortestPaths } from '@xstate/graph';
import { describe, expect, it } from 'vitest';
import { type AnyStateNode, type AnyTransitionDefinition, createActor, type SnapshotFrom } from 'xstate';
import { createJourneyMachine, type JourneyEvent } from './journeyMachine';
import { journeyModuleIds } from './journeyModuleIds';
import { journeyTestCurriculum } from './journeyTestCurriculum';

// Every transition of the journey machine, exercised by a path generated from the machine itself:
// the graph of states reachable with a small set of events is explored, and for each transition in
// the machine's definition the shortest path that takes it is replayed on a fresh actor, checking
// the journey's invariants after every step. Adding a transition adds a test; an unreachable one fails.

const curriculum = journeyTestCurriculum;

const planner = curriculum();
const machine = createJourneyMachine(planner);
type Snapshot = SnapshotFrom<typeof machine>;

const doneOf = (s: Snapshot) => new Set([...s.context.completed, ...s.context.testedOut]);
const inAssessment = (s: Snapshot) => s.matches('assessing') || s.matches('reassessing') || s.matches('notStarted');

/** The events a learner (or the page) can send, given where the journey is. */
function eventsFor(s: Snapshot): JourneyEvent[] {
  // A journey restored from an older curriculum is checked first, before anything else (journeyActor).
  if (s.context.curriculumVersion !== planner.version) return [{ type: 'curriculum.check' }];
  const shared: JourneyEvent[] = [
    { type: 'journey.restart' },
    { type: 'curriculum.check' },
    { type: 'notice.dismiss' },
    { type: 'reassessment.start' },
    { type: 'assessment.start' },
  ];
  // Before any assessment a learner may still pick a path ("Start this path"), planned from level 0.
  const pickPath: JourneyEvent[] = s.matches('notStarted')
    ? [{ type: 'target.change', target: { kind: 'path', pathId: 'essentials' } }]
    : [];
  if (inAssessment(s)) {
    return [
      ...shared,
      ...pickPath,
      { type: 'region.choose', region: 'emerging' },
      { type: 'assessment.answer', option: 0 },
      { type: 'assessment.answer', option: 2 },
      { type: 'assessment.skip' },
      { type: 'assessment.skipRest' },
      { type: 'assessment.back' },
      { type: 'assessment.forward' },
      { type: 'assessment.finish' },
    ];
  }
  const next = journeyModuleIds(s.context.journey).find((id) => !doneOf(s).has(id)) ?? 'intro';
  return [
    ...shared,
    { type: 'journey.begin' },
    { type: 'journey.finish' },
    { type: 'suggestion.dismiss' },
    { type: 'module.open', moduleId: next },
    { type: 'module.open', moduleId: 'planning' },
    { type: 'check.pass', moduleId: next, checkId: 'q1' },
    { type: 'check.fail', moduleId: next, checkId: 'q1' },
    { type: 'module.testOut', moduleId: next },
    { type: 'module.testOutFailed', moduleId: next },
    { type: 'progress.merge', completed: [next], testedOut: [] },
    { type: 'target.change', target: { kind: 'path', pathId: 'essentials' } },
    { type: 'target.change', target: { kind: 'model' } },
  ];
}

/**
 * What tells two journey states apart for this exploration: during an assessment, where the
 * learner is and what they answered (not how they got there); afterwards, the plan, progress and target (kept small so the
 * graph stays small: failures count only for the next module's check q1, and only up to two).
 */
function serializeState(s: Snapshot): string {
  const c = s.context;
  if (inAssessment(s)) return JSON.stringify([s.value, c.cursor, c.answers, c.scope ?? null]);
  const next = journeyModuleIds(c.journey).find((id) => !doneOf(s).has(id)) ?? '';
  return JSON.stringify([
    s.value,
    journeyModuleIds(c.journey),
    [...doneOf(s)].sort(),
    c.estimates.map((e) => e.level),
    Math.min(c.failures[`${next}/q1`] ?? 0, 2),
    c.suggestion !== null,
    c.target,
    c.changes.length > 0,
    c.curriculumVersion === planner.version,
  ]);
}

/** What must hold in every state the journey can reach. */
function checkInvariants(s: Snapshot) {
  const c = s.context;
  const ids = journeyModuleIds(c.journey);
  const done = doneOf(s);
  expect(c.cursor).toBeGreaterThanOrEqual(0);
  expect(c.cursor).toBeLessThanOrEqual(planner.assessment.flatMap((b) => b.items).length);
  // A journey is followed only while it has something to learn, and "completed" leaves no plan unused.
  if (s.matches('planned')) expect(ids.filter((id) => !done.has(id)).length).toBeGreaterThan(0);
  if (s.matches('completed') || s.matches('reassessmentOffered')) expect(ids.filter((id) => !done.has(id))).toEqual([]);
  if (s.matches({ learning: 'struggling' })) expect(c.suggestion).not.toBeNull();
  expect(s.matches('replanned')).toBe(false); // only ever passed through
}

// A planned journey saved under an older curriculum whose chosen path has since been withdrawn.
const restoredFromOlderCurriculum = (() => {
  const actor = createActor(machine).start();
  for (const event of [
    { type: 'assessment.start' },
    { type: 'region.choose', region: 'global' },
    { type: 'assessment.finish' },
  ] as const)
    actor.send(event);
  const { context } = actor.getSnapshot();
  return machine.resolveState({
    value: 'planned',
    context: { ...context, curriculumVersion: 'older', target: { kind: 'path', pathId: 'withdrawn' } },
  });
})();
const starts = [{ from: undefined }, { from: restoredFromOlderCurriculum }];

function allTransitions(node: AnyStateNode = machine.root): AnyTransitionDefinition[] {
  return [
    ...[...node.transitions.values()].flat(),
    ...(node.always ?? []),
    ...Object.values(node.states).flatMap((child) => allTransitions(child)),
  ];
}
const describeTransition = (t: AnyTransitionDefinition) =>
  `${t.source.id} --${t.eventType || 'always'}${t.guard ? ` [${typeof t.guard === 'object' && 'type' in t.guard ? t.guard.type : 'guard'}]` : ''}--> ${t.target?.map((n) => n.id).join(', ') ?? '(stays)'}`;

/** An actor at the start, optionally recording every transition it takes. */
function actorAt(from: Snapshot | undefined, taken?: Set<AnyTransitionDefinition>) {
  return createActor(machine, {
    ...(from ? { snapshot: machine.getPersistedSnapshot(from) as never } : {}),
    inspect: (e) => {
      if (taken && e.type === '@xstate.microstep')
        for (const t of (e as unknown as { _transitions: AnyTransitionDefinition[] })._transitions) taken.add(t);
    },
  }).start();
}

/** Replays a path on a fresh actor, checking the invariants after every step; returns the transitions taken. */
function replay(from: Snapshot | undefined, events: readonly JourneyEvent[]) {
  const taken = new Set<AnyTransitionDefinition>();
  const actor = actorAt(from, taken);
  for (const event of events) {
    actor.send(event);
    checkInvariants(actor.getSnapshot());
  }
  return taken;
}

// The witness for each transition: a shortest path to a state of the graph, then one more event
// that takes the transition. (The graph merges states that differ only in history, so each path is
// replayed to find the state it really reaches.)
const witnesses = new Map<AnyTransitionDefinition, { from: Snapshot | undefined; events: JourneyEvent[] }>();
for (const { from } of starts) {
  const options = { events: eventsFor, serializeState, ...(from ? { fromState: from } : {}) };
  const paths = getShortestPaths(machine, options).sort((a, b) => a.steps.length - b.steps.length);
  for (const path of paths) {
    const events = path.steps.map((step) => step.event as JourneyEvent).filter((e) => !e.type.startsWith('xstate.'));
    const reached = actorAt(from);
    for (const event of events) reached.send(event);
    for (const event of eventsFor(reached.getSnapshot())) {
      const taken = new Set<AnyTransitionDefinition>();
      actorAt(reached.getSnapshot(), taken).send(event);
      for (const t of taken) if (!witnesses.has(t)) witnesses.set(t, { from, events: [...events, event] });
    }
  }
}

describe('journeyMachine, every transition by a generated path', () => {
  it.each(allTransitions().map((t) => [describeTransition(t), t] as const))('%s', (_, transition) => {
    const witness = witnesses.get(transition);
    expect(witness, 'no generated path takes this transition').toBeDefined();
    const taken = replay(witness!.from, witness!.events);
    expect(taken.has(transition), JSON.stringify(witness!.events)).toBe(true);
  });
});
