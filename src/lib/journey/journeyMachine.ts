import { assertEvent, assign, setup } from 'xstate';
import { assessmentQueue } from '../assessment/assessmentQueue';
import { type Answers, type CompetencyEstimate, levelsOf, scoreAssessment } from '../assessment/scoreAssessment';
import type { CheckInteraction } from '../progress/checkInteraction';
import { coveredCompetencies } from './coveredCompetencies';
import { describeChanges, type JourneyChange, type PlannedModules, plannedModules } from './journeyChange';
import { journeyModuleIds } from './journeyModuleIds';
import { mergeJourneyProgress } from './mergeJourneyProgress';
import { type Journey, type JourneyTarget, planJourney } from './planJourney';
import type { PlannerCurriculum } from './plannerCurriculum';
import { type Remedy, suggestRemedy } from './suggestRemedy';

export interface JourneyContext {
  region: string;
  answers: Answers;
  /** Index of the assessment item on screen; equal to the item count on the "finish" screen. */
  cursor: number;
  /** Competencies this assessment round asks about; null (or absent, in older snapshots) asks all. */
  scope?: string[] | null;
  /** 1 for the first assessment, 2 and up for reassessments. */
  round: number;
  estimates: CompetencyEstimate[];
  target: JourneyTarget;
  journey: Journey | null;
  planned: PlannedModules;
  completed: string[];
  testedOut: string[];
  passedChecks: Record<string, string[]>;
  /** Failed attempts per knowledge check, keyed `module/check`. */
  failures: Record<string, number>;
  currentModuleId: string | null;
  suggestion: Remedy | null;
  curriculumVersion: string;
  changes: JourneyChange[];
}

export type JourneyEvent =
  | { type: 'assessment.start' }
  | { type: 'region.choose'; region: string }
  | { type: 'assessment.answer'; option: number }
  | { type: 'assessment.skip' }
  | { type: 'assessment.skipRest' }
  | { type: 'assessment.back' }
  | { type: 'assessment.forward' }
  | { type: 'assessment.finish' }
  | { type: 'journey.begin' }
  | { type: 'module.open'; moduleId: string }
  | { type: 'check.pass'; moduleId: string; checkId: string; chosen?: number[]; interaction?: CheckInteraction }
  | { type: 'check.fail'; moduleId: string; checkId: string; chosen?: number[]; interaction?: CheckInteraction }
  | { type: 'module.testOut'; moduleId: string }
  | { type: 'module.testOutFailed'; moduleId: string }
  | { type: 'progress.merge'; completed: string[]; testedOut: string[] }
  | { type: 'suggestion.dismiss' }
  | { type: 'reassessment.start' }
  | { type: 'journey.finish' }
  | { type: 'target.change'; target: JourneyTarget }
  | { type: 'journey.restart' }
  | { type: 'curriculum.check' }
  | { type: 'notice.dismiss' };

/** The assessment items in the order they are asked. */
export function assessmentItemIds(curriculum: PlannerCurriculum): string[] {
  return curriculum.assessment.flatMap((b) => b.items.map((i) => i.id));
}

export function initialContext(curriculum: PlannerCurriculum): JourneyContext {
  return {
    region: 'global',
    answers: {},
    cursor: 0,
    scope: null,
    round: 1,
    estimates: [],
    target: { kind: 'model' },
    journey: null,
    planned: {},
    completed: [],
    testedOut: [],
    passedChecks: {},
    failures: {},
    currentModuleId: null,
    suggestion: null,
    curriculumVersion: curriculum.version,
    changes: [],
  };
}

/**
 * The learner's journey, from the first self-assessment to completion. The machine is created for
 * one curriculum: planning, scoring and module completion consult it, and `curriculum.check`
 * repairs a journey restored from a snapshot made with an older curriculum.
 */
export function createJourneyMachine(curriculum: PlannerCurriculum) {
  const items = assessmentItemIds(curriculum);
  const checksOf = (moduleId: string) => curriculum.modules.find((m) => m.id === moduleId)?.checks ?? [];
  const done = (c: JourneyContext) => [...c.completed, ...c.testedOut];
  const plan = (c: JourneyContext, target = c.target): Pick<JourneyContext, 'journey' | 'planned' | 'target'> => {
    const journey = planJourney(curriculum, { levels: levelsOf(c.estimates), target, done: done(c) });
    return { journey, target, planned: plannedModules(curriculum, journeyModuleIds(journey)) };
  };
  const currentItem = (c: JourneyContext) => items[c.cursor];
  const queue = (c: Pick<JourneyContext, 'answers' | 'scope'>) =>
    assessmentQueue({ banks: curriculum.assessment, answers: c.answers, scope: c.scope ?? null });
  const answer = (c: JourneyContext, option: number | null) => {
    const id = currentItem(c);
    if (!id) return {};
    const answers = { ...c.answers, [id]: option };
    return { answers, cursor: queue({ ...c, answers }).next(c.cursor + 1) };
  };
  // A new round clears the answers of the competencies it asks about and starts at its first item.
  const newRound = (c: JourneyContext, scope: string[] | null) => {
    const answers =
      scope === null
        ? {}
        : Object.fromEntries(Object.entries(c.answers).filter(([id]) => !scope.includes(competencyOf.get(id)!)));
    return { scope, answers, cursor: queue({ answers, scope }).next(0) };
  };
  const competencyOf = new Map(curriculum.assessment.flatMap((b) => b.items.map((i) => [i.id, b.competency] as const)));

  const answering = {
    'assessment.answer': { actions: 'recordAnswer' },
    'assessment.skip': { actions: 'recordSkip' },
    'assessment.skipRest': { actions: 'skipRest' },
    'assessment.forward': { guard: 'canGoForward', actions: 'moveForward' },
  } as const;

  return setup({
    types: { context: {} as JourneyContext, events: {} as JourneyEvent },
    guards: {
      canGoBack: ({ context }) => queue(context).previous(context.cursor) >= 0,
      moduleInJourney: ({ context, event }) => {
        assertEvent(event, 'module.open');
        return journeyModuleIds(context.journey).includes(event.moduleId);
      },
      canGoForward: ({ context }) => context.cursor < items.length,
      // Twice on the same check: one slip on each of two checks is not a pattern.
      failedTwice: ({ context, event }) => {
        assertEvent(event, 'check.fail');
        return (context.failures[failureKey(event)] ?? 0) + 1 >= 2;
      },
      // A suggestion is moot once its module is done (completed or tested out).
      suggestionSettled: ({ context }) => !context.suggestion || done(context).includes(context.suggestion.forModuleId),
      journeyDone: ({ context }) => {
        const finished = new Set(done(context));
        return context.journey !== null && journeyModuleIds(context.journey).every((id) => finished.has(id));
      },
      hasModulesToLearn: ({ context }) => journeyModuleIds(context.journey).length > 0,
      curriculumChanged: ({ context }) => context.curriculumVersion !== curriculum.version,
      targetStillExists: ({ context }) =>
        context.target.kind !== 'path' ||
        curriculum.paths.some((p) => p.id === (context.target as { pathId: string }).pathId),
    },
    actions: {
      reset: assign(() => initialContext(curriculum)),
      chooseRegion: assign(({ event }) => {
        assertEvent(event, 'region.choose');
        return { region: event.region };
      }),
      recordAnswer: assign(({ context, event }) => {
        assertEvent(event, 'assessment.answer');
        return answer(context, event.option);
      }),
      recordSkip: assign(({ context }) => answer(context, null)),
      // Skipping the rest is pressing Skip on each remaining question, so the results are the same.
      skipRest: assign(({ context }) => {
        let next = context;
        while (currentItem(next)) next = { ...next, ...answer(next, null) };
        return { answers: next.answers, cursor: next.cursor };
      }),
      moveBack: assign({ cursor: ({ context }) => queue(context).previous(context.cursor) }),
      moveForward: assign({ cursor: ({ context }) => queue(context).next(context.cursor + 1) }),
      // Reassessing after a journey asks only about the competencies it worked on.
      startReassessment: assign(({ context }) => newRound(context, coveredCompetencies(context.journey))),
      startFullAssessment: assign(({ context }) => newRound(context, null)),
      scoreAndPlan: assign(({ context }) => {
        const inScope = (competency: string) => !context.scope || context.scope.includes(competency);
        const previous = new Map(context.estimates.map((e) => [e.competency, e]));
        const estimates = scoreAssessment(curriculum.assessment, context.answers).map((e) =>
          inScope(e.competency) ? e : (previous.get(e.competency) ?? e),
        );
        return { estimates, ...plan({ ...context, estimates }) };
      }),
      nextRound: assign({ round: ({ context }) => context.round + 1 }),
      changeTarget: assign(({ context, event }) => {
        assertEvent(event, 'target.change');
        return plan(context, event.target);
      }),
      openModule: assign(({ event }) => {
        assertEvent(event, 'module.open');
        return { currentModuleId: event.moduleId };
      }),
      recordPass: assign(({ context, event }) => {
        assertEvent(event, 'check.pass');
        const passed = [...new Set([...(context.passedChecks[event.moduleId] ?? []), event.checkId])].sort();
        const all = checksOf(event.moduleId);
        const complete =
          all.length > 0 && all.every((id) => passed.includes(id)) && !context.completed.includes(event.moduleId);
        return {
          passedChecks: { ...context.passedChecks, [event.moduleId]: passed },
          completed: complete ? [...context.completed, event.moduleId] : context.completed,
          currentModuleId: event.moduleId,
        };
      }),
      recordFailure: assign(({ context, event }) => {
        assertEvent(event, 'check.fail');
        return {
          failures: { ...context.failures, [failureKey(event)]: (context.failures[failureKey(event)] ?? 0) + 1 },
        };
      }),
      suggest: assign(({ event }) => {
        assertEvent(event, 'check.fail');
        return { suggestion: suggestRemedy(curriculum, event.moduleId) };
      }),
      clearSuggestion: assign({ suggestion: () => null }),
      mergeProgress: assign(({ context, event }) => {
        assertEvent(event, 'progress.merge');
        return mergeJourneyProgress(context, event, new Set(curriculum.modules.map((m) => m.id)));
      }),
      recordTestOut: assign(({ context, event }) => {
        assertEvent(event, 'module.testOut');
        return context.testedOut.includes(event.moduleId) ? {} : { testedOut: [...context.testedOut, event.moduleId] };
      }),
      repair: assign(({ context }) => {
        const known = new Set(curriculum.modules.map((m) => m.id));
        const kept = {
          ...context,
          completed: context.completed.filter((id) => known.has(id)),
          testedOut: context.testedOut.filter((id) => known.has(id)),
        };
        const answers = Object.fromEntries(Object.entries(context.answers).filter(([id]) => items.includes(id)));
        const estimates = context.estimates.filter((e) => curriculum.competencies.some((c) => c.id === e.competency));
        const replanned = context.journey
          ? plan({ ...kept, estimates })
          : { journey: null, planned: {}, target: context.target };
        const changes = context.journey
          ? describeChanges(context.planned, journeyModuleIds(replanned.journey), curriculum)
          : [];
        return {
          ...kept,
          ...replanned,
          answers,
          estimates,
          cursor: Math.min(context.cursor, items.length),
          curriculumVersion: curriculum.version,
          changes: [...context.changes, ...changes],
        };
      }),
      dropMissingTarget: assign(({ context }) => ({
        target: { kind: 'model' } as const,
        changes: [...context.changes, { kind: 'target' as const, title: '' }],
      })),
      dismissNotice: assign({ changes: () => [] }),
    },
  }).createMachine({
    id: 'journey',
    context: () => initialContext(curriculum),
    initial: 'notStarted',
    on: {
      'journey.restart': { target: '.notStarted', actions: 'reset' },
      'curriculum.check': [
        { guard: 'targetStillExists', actions: 'repair' },
        { actions: ['dropMissingTarget', 'repair'] },
      ],
      'notice.dismiss': { actions: 'dismissNotice' },
      'module.open': { actions: 'openModule' },
      'check.pass': { actions: 'recordPass' },
      'check.fail': { actions: 'recordFailure' },
      'module.testOut': { actions: 'recordTestOut' },
      // Recorded in the event log only; the journey does not change.
      'module.testOutFailed': {},
      'progress.merge': { actions: 'mergeProgress' },
    },
    states: {
      notStarted: {
        // "Start this path" before any self-assessment: plan the path from level 0.
        on: { 'assessment.start': 'assessing', 'target.change': { target: 'planned', actions: 'changeTarget' } },
      },
      assessing: {
        initial: 'region',
        states: {
          region: {
            on: { 'region.choose': { target: 'items', actions: 'chooseRegion' } },
          },
          items: {
            on: {
              ...answering,
              'assessment.back': [{ guard: 'canGoBack', actions: 'moveBack' }, { target: 'region' }],
              'assessment.finish': { target: '#journey.replanned', actions: 'scoreAndPlan' },
            },
          },
        },
      },
      planned: {
        // Every module done without starting (tested out, or merged from another device).
        always: { guard: 'journeyDone', target: 'reassessmentOffered' },
        on: {
          'journey.begin': 'learning',
          'module.open': [
            { guard: 'moduleInJourney', target: 'learning', actions: 'openModule' },
            { actions: 'openModule' },
          ],
          'target.change': { target: 'replanned', actions: 'changeTarget' },
          'assessment.start': { target: 'reassessing', actions: 'startFullAssessment' },
        },
      },
      // Just planned (after an assessment or a new target): a plan with modules is followed, an
      // empty one means the learner is already there.
      replanned: {
        always: [{ guard: 'hasModulesToLearn', target: 'planned' }, { target: 'completed' }],
      },
      learning: {
        initial: 'active',
        always: { guard: 'journeyDone', target: 'reassessmentOffered' },
        on: {
          'target.change': { target: 'replanned', actions: 'changeTarget' },
          'check.fail': [
            { guard: 'failedTwice', target: '.struggling', actions: ['recordFailure', 'suggest'] },
            { actions: 'recordFailure' },
          ],
        },
        states: {
          active: {},
          struggling: {
            always: { guard: 'suggestionSettled', target: 'active', actions: 'clearSuggestion' },
            on: { 'suggestion.dismiss': { target: 'active', actions: 'clearSuggestion' } },
          },
        },
      },
      reassessmentOffered: {
        on: {
          'reassessment.start': { target: 'reassessing', actions: 'startReassessment' },
          'journey.finish': 'completed',
        },
      },
      reassessing: {
        on: {
          ...answering,
          'assessment.back': { guard: 'canGoBack', actions: 'moveBack' },
          'assessment.finish': { target: 'replanned', actions: ['scoreAndPlan', 'nextRound'] },
        },
      },
      completed: {
        on: {
          'reassessment.start': { target: 'reassessing', actions: 'startReassessment' },
          'target.change': { target: 'replanned', actions: 'changeTarget' },
        },
      },
    },
  });
}

export type JourneyMachine = ReturnType<typeof createJourneyMachine>;

/** Failures are counted per knowledge check (`module/check`), not per module. */
function failureKey(event: { moduleId: string; checkId: string }): string {
  return `${event.moduleId}/${event.checkId}`;
}
