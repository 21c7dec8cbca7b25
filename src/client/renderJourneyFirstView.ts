import type { MessageId } from '../i18n/en';
import type { Translate } from '../lib/i18n/createTranslator';
import { describeStep } from '../lib/journey/describeStep';
import { describeTarget } from '../lib/journey/describeTarget';
import type { JourneyContext } from '../lib/journey/journeyMachine';
import { journeyOverview, STEP_STATUS_MESSAGE } from '../lib/journey/journeyOverview';
import { stageOf } from '../lib/journey/journeyRecordOf';
import { mergeJourneyProgress } from '../lib/journey/mergeJourneyProgress';
import type { PlannerCurriculum } from '../lib/journey/plannerCurriculum';
import { quickQuizHref, quickQuizMinutes } from '../lib/journey/quickQuiz';
import { testOutHref } from '../lib/journey/testOutHref';
import { deriveProgress } from '../lib/progress/deriveProgress';
import { factsOfProgress } from '../lib/progress/moduleStatus';
import type { LearningStatement } from '../lib/progress/statements';
import { reviewSchedule } from '../lib/review/reviewSchedule';
import { worthRevisiting } from '../lib/review/worthRevisiting';
import { assessmentCall } from './assessmentCall';
import { h } from './h';

/** The messages the first view shows; the journey page ships them (`<ClientMessages>`). */
export const JOURNEY_FIRST_VIEW_MESSAGES = [
  'status.completed',
  'status.tested-out',
  'journeyView.assessing',
  'journeyView.notStarted',
  'journeyView.planIntro',
  'journeyView.continueAssessment',
  'journeyView.takeAssessment',
  'journeyView.reassessing',
  'journeyView.continueReassessment',
  'journeyView.level',
  'journeyView.progress',
  'journeyView.progressLabel',
  'journeyView.start',
  'journeyView.continue',
  'journeyView.likelyKnown',
  'journeyView.likelyKnownIntro',
  'journeyView.quickQuiz',
  'journeyView.testOutOf',
  'journeyView.stage',
  'journeyView.upNext',
  'journeyView.toDo',
  'journeyView.minutes',
  'journeyView.neededBefore',
  'journeyView.mayKnow',
  'journeyView.uncovered',
  'journeyView.competencyLevel',
  'journeyView.target.model',
  'journeyView.target.default',
  'journeyView.target.path',
  'journeyView.target.competency',
  'journeyView.option.model',
  'journeyView.option.default',
  'journeyView.option.path',
  'journeyView.option.competency',
  'journeyView.yourTarget',
  'journeyView.aimsAt',
  'journeyView.aimAt',
  'journeyView.changeTarget',
  'journeyView.restart',
] as const satisfies readonly MessageId[];

type T = Translate<(typeof JOURNEY_FIRST_VIEW_MESSAGES)[number]>;

/** What the first view needs besides the stored journey. */
export interface FirstViewInput {
  /** Fetched only for a planned journey or a learner with learning events (the others need nothing of it). */
  curriculum: () => Promise<PlannerCurriculum>;
  /** The learning-event log: progress synced or imported since the journey was saved, and review cards. */
  log: () => Promise<LearningStatement[]>;
  t: T;
  /** Where the site's pages in the learner's locale start: "/" or "/fr/". */
  base: string;
  hasModel: boolean;
}

/** The first view's nodes, and the modules of the journey they show (none before a journey is planned). */
export interface FirstView {
  nodes: Node[];
  moduleIds: string[];
}

/**
 * The journey page's first view, drawn from the stored journey machine snapshot the way JourneyView
 * draws it, as plain DOM (no React, no XState): the assessment to take, or the journey's progress,
 * stages, steps and target. Null when it cannot stand in for the island: a snapshot it cannot read,
 * one made for another version of the curriculum (the machine repairs it first), or a journey whose
 * state needs its buttons or the machine (a notice to acknowledge, a journey finished, competencies
 * worth revisiting).
 */
export async function renderJourneyFirstView(stored: unknown, input: FirstViewInput): Promise<FirstView | null> {
  const { t, base } = input;
  const snapshot = stored as { value?: unknown; context?: Partial<JourneyContext> } | null | undefined;
  const context = snapshot?.context;
  if (stored !== undefined && (!snapshot?.value || !context || !Array.isArray(context.completed))) return null;
  const stage = snapshot ? stageOf(snapshot.value as string) : 'notStarted';
  const planned = stage === 'planned' || stage === 'learning';
  if (!planned && !['notStarted', 'assessing', 'choosingRegion', 'reassessing'].includes(stage)) return null;
  if (planned && ((context?.changes?.length ?? 0) > 0 || context?.suggestion)) return null;
  const log = await input.log();
  const curriculum = planned || log.length > 0 ? await input.curriculum() : undefined;
  if (curriculum && worthRevisiting(reviewSchedule(log), curriculum.modules).length > 0) return null;
  const only = (...nodes: Node[]): FirstView => ({ nodes, moduleIds: [] });
  if (stage === 'notStarted')
    return only(assessmentCall(t('journeyView.notStarted'), t('journeyView.takeAssessment'), input));
  if (stage === 'reassessing')
    return only(
      h(
        'section',
        {},
        h('h2', {}, t('journeyView.reassessing')),
        h('a', { class: 'button', href: `${base}assessment/` }, t('journeyView.continueReassessment')),
      ),
    );
  if (!planned) return only(assessmentCall(t('journeyView.assessing'), t('journeyView.continueAssessment'), input));
  if (!curriculum || context!.curriculumVersion !== curriculum.version) return null;
  const merged = withLoggedProgress(context as JourneyContext, log, curriculum);
  const overview = journeyOverview(merged, curriculum);
  // Progress from the log finishing the journey moves the machine on (to reassessing or completed): its view.
  if (overview.ids.length > 0 && overview.current === undefined) return null;
  return { nodes: journeyView(merged, curriculum, input), moduleIds: overview.ids };
}

/** The journey with the progress the log holds added, as the machine's `progress.merge` adds it once it runs. */
function withLoggedProgress(
  context: JourneyContext,
  log: readonly LearningStatement[],
  curriculum: PlannerCurriculum,
): JourneyContext {
  const logged = factsOfProgress(deriveProgress(log));
  const known = new Set(curriculum.modules.map((m) => m.id));
  return { ...context, ...mergeJourneyProgress(context, logged, known) };
}

function journeyView(context: JourneyContext, curriculum: PlannerCurriculum, input: FirstViewInput): Node[] {
  const { t, base } = input;
  const modules = new Map(curriculum.modules.map((m) => [m.id, m]));
  const title = (id: string) => modules.get(id)?.title ?? id;
  const names = new Map(curriculum.competencies.map((c) => [c.id, c.name]));
  const levelName = (level: number) =>
    curriculum.scale.find((l) => l.level === level)?.name ?? t('journeyView.level', { level });
  const { ids, finished, current, minutesLeft, likelyKnown, stepStatus } = journeyOverview(context, curriculum);
  const journey = context.journey;
  const uncovered = journey?.uncovered ?? [];
  return [
    ids.length > 0 &&
      h(
        'section',
        { 'aria-labelledby': 'progress-heading' },
        h('h2', { id: 'progress-heading' }, t('journeyView.progress')),
        h(
          'p',
          { id: 'journey-progress-label' },
          t('journeyView.progressLabel', {
            done: finished.size,
            total: ids.length,
            hours: Math.round(minutesLeft / 6) / 10,
          }),
        ),
        h('progress', {
          max: Math.max(ids.length, 1),
          value: finished.size,
          'aria-labelledby': 'journey-progress-label',
        }),
        current &&
          h(
            'p',
            {},
            h(
              'a',
              { class: 'button', href: `${base}modules/${current}/` },
              t(finished.size === 0 ? 'journeyView.start' : 'journeyView.continue', { module: title(current) }),
            ),
          ),
      ),
    likelyKnown.length > 0 &&
      h(
        'section',
        { class: 'notice', 'aria-labelledby': 'likely-known' },
        h('h2', { id: 'likely-known' }, t('journeyView.likelyKnown', { count: likelyKnown.length })),
        h('p', {}, t('journeyView.likelyKnownIntro')),
        h(
          'p',
          {},
          h(
            'a',
            { class: 'button', href: quickQuizHref(likelyKnown, likelyKnown[0]!, base) },
            t('journeyView.quickQuiz', {
              count: likelyKnown.length,
              minutes: quickQuizMinutes(likelyKnown.map((id) => modules.get(id) ?? { checks: [] })),
            }),
          ),
        ),
        h(
          'ul',
          {},
          ...likelyKnown.map((id) =>
            h('li', {}, h('a', { href: testOutHref(id, base) }, t('journeyView.testOutOf', { module: title(id) }))),
          ),
        ),
      ),
    ...(journey?.stages ?? []).map((stage, s) =>
      h(
        'section',
        { class: 'journey-stage', 'aria-labelledby': `stage-${s}` },
        h('h2', { id: `stage-${s}` }, t('journeyView.stage', { number: s + 1, level: levelName(stage.level) })),
        h(
          'ol',
          { class: 'journey-steps' },
          ...stage.steps.map((step) => {
            const status = stepStatus(step.moduleId);
            const done = finished.has(step.moduleId);
            return h(
              'li',
              { class: `journey-step ${done ? 'is-done' : ''} ${status === 'upNext' ? 'is-current' : ''}` },
              h('a', { href: `${base}modules/${step.moduleId}/` }, title(step.moduleId)),
              h('span', { class: 'status-badge' }, t(STEP_STATUS_MESSAGE[status])),
              h(
                'span',
                { class: 'muted' },
                ` · ${t('journeyView.minutes', { minutes: modules.get(step.moduleId)?.duration ?? 0 })}`,
              ),
              h('br', {}),
              h('span', { class: 'muted' }, describeStep(step, curriculum, t)),
              step.mastered && status === 'toDo' && ' · ',
              step.mastered &&
                status === 'toDo' &&
                h('a', { href: testOutHref(step.moduleId, base) }, t('journeyView.mayKnow')),
            );
          }),
        ),
      ),
    ),
    uncovered.length > 0 &&
      h(
        'p',
        { class: 'muted' },
        t('journeyView.uncovered', {
          levels: uncovered
            .map((u) =>
              t('journeyView.competencyLevel', { competency: names.get(u.competency) ?? u.competency, level: u.level }),
            )
            .join(', '),
        }),
      ),
    targetSection(context, curriculum, input),
  ].filter((node): node is HTMLElement => node instanceof Node);
}

/**
 * The target and its controls. The controls need the island: they are drawn as it draws them, and
 * what the learner does with them before it hydrates is handed over (src/client/journeyFirstView.ts).
 */
function targetSection(context: JourneyContext, curriculum: PlannerCurriculum, { t, hasModel }: FirstViewInput) {
  const option = (value: string, label: string) => h('option', { value }, label);
  return h(
    'section',
    { 'aria-labelledby': 'target-heading' },
    h('h2', { id: 'target-heading' }, t('journeyView.yourTarget')),
    h('p', {}, t('journeyView.aimsAt', { target: describeTarget(context.target, curriculum, t, hasModel) })),
    h(
      'div',
      { class: 'actions-row' },
      h(
        'label',
        {},
        `${t('journeyView.aimAt')} `,
        h(
          'select',
          {},
          option('model', t(hasModel ? 'journeyView.option.model' : 'journeyView.option.default')),
          h(
            'optgroup',
            { label: t('journeyView.option.path') },
            ...curriculum.paths.map((p) => option(`path:${p.id}`, p.title)),
          ),
          h(
            'optgroup',
            { label: t('journeyView.option.competency') },
            ...curriculum.competencies.map((c) => option(`competency:${c.id}`, c.name)),
          ),
        ),
      ),
      h('button', { class: 'button secondary', type: 'button' }, t('journeyView.changeTarget')),
      h('button', { class: 'button secondary', type: 'button' }, t('journeyView.restart')),
    ),
  );
}
